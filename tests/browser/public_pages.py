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
    "program": lambda showcase: showcase.program.get_absolute_url(),
}
LANGUAGES: list[str] = settings.LANGUAGE_CODES


def public_path(page: str, language: str, showcase: Showcase) -> str:
    """The path of a public page type in one language, e.g. ``/kk/programs/x/``."""
    with translation.override(language):
        return PUBLIC_PAGES[page](showcase)
