"""The page types that every browser check visits, in one place.

Add a page type here and the accessibility and HTML-validity checks visit it in
every language, at every screen size, without another line of test code. Next
to the pages in the sitemap are those a visitor reaches on the way to taking
part (the application form and what follows it, "applications closed", a
registration's own page in two states and its cancellation step) and the
"page not found" page.
"""

from collections.abc import Callable

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from programs.models import Program, Registration

from .showcase import Showcase


def _apply_path(program: Program) -> str:
    return reverse("programs:program-apply", args=[program.slug])


def _registration_path(registration: Registration, step: str = "") -> str:
    """A registration's own page, or one of its steps (``cancel``)."""
    name = f"programs:registration-{step}" if step else "programs:registration"
    return reverse(name, args=[registration.token])


PUBLIC_PAGES: dict[str, Callable[[Showcase], str]] = {
    "home": lambda showcase: reverse("programs:home"),
    "program-list": lambda showcase: reverse("programs:program-list"),
    "program": lambda showcase: showcase.program.get_absolute_url(),
    "participants": lambda showcase: reverse(
        "programs:program-participants", args=[showcase.program.slug]
    ),
    "event": lambda showcase: showcase.event.get_absolute_url(),
    "city-list": lambda showcase: reverse("programs:city-list"),
    "city": lambda showcase: showcase.city.get_absolute_url(),
    "press": lambda showcase: reverse("programs:press-list"),
    "report-list": lambda showcase: reverse("programs:report-list"),
    "report": lambda showcase: showcase.report.get_absolute_url(),
    "apply": lambda showcase: _apply_path(showcase.program),
    "apply-sent": lambda showcase: reverse(
        "programs:program-apply-sent", args=[showcase.program.slug]
    ),
    "apply-closed": lambda showcase: _apply_path(showcase.later_program),
    "registration": lambda showcase: _registration_path(showcase.registration),
    "registration-confirmed": lambda showcase: _registration_path(
        showcase.confirmed_registration
    ),
    "registration-cancel": lambda showcase: _registration_path(
        showcase.confirmed_registration, "cancel"
    ),
    "registration-travel": lambda showcase: _registration_path(
        showcase.confirmed_registration, "travel"
    ),
    "not-found": lambda showcase: reverse(
        "programs:program-detail", args=["no-such-program"]
    ),
}
# The page types that answer with something other than 200 OK.
STATUS = {"not-found": 404}
LANGUAGES: list[str] = settings.LANGUAGE_CODES


def expected_status(page: str) -> int:
    """The HTTP status a page type must answer with."""
    return STATUS.get(page, 200)


def public_path(page: str, language: str, showcase: Showcase) -> str:
    """The path of a public page type in one language, e.g. ``/kk/programs/x/``."""
    with translation.override(language):
        return PUBLIC_PAGES[page](showcase)
