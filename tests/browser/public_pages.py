"""The public page types that every browser check visits, in one place.

Add a page type here and the accessibility and HTML-validity checks visit it in
every language, at every screen size, without another line of test code.
"""

from collections.abc import Callable

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .showcase import Showcase

PUBLIC_PAGES: dict[str, Callable[[Showcase], str]] = {
    "home": lambda showcase: reverse("programs:home"),
    "program-list": lambda showcase: reverse("programs:program-list"),
    "program": lambda showcase: showcase.program.get_absolute_url(),
    "event": lambda showcase: showcase.event.get_absolute_url(),
    "city-list": lambda showcase: reverse("programs:city-list"),
    "city": lambda showcase: showcase.city.get_absolute_url(),
    "press": lambda showcase: reverse("programs:press-list"),
    "report-list": lambda showcase: reverse("programs:report-list"),
    "report": lambda showcase: showcase.report.get_absolute_url(),
}
LANGUAGES: list[str] = settings.LANGUAGE_CODES


def public_path(page: str, language: str, showcase: Showcase) -> str:
    """The path of a public page type in one language, e.g. ``/kk/programs/x/``."""
    with translation.override(language):
        return PUBLIC_PAGES[page](showcase)
