"""The public address of a model's page, reversed once per language.

A program page links to dozens of cities, events and reports, and Django's
``reverse`` resolves the URL pattern again for each link. An address depends
only on the pattern's name, its arguments, the language (the ``/kk/``
prefix), the script prefix and the URL configuration, and URL patterns do not
change while a process runs, so the address is kept per all of those.
"""

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


def page_address(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)``, kept per language and prefix."""
    return _reversed(
        viewname,
        tuple(sorted(kwargs.items())),
        get_language(),
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
    )


@lru_cache(maxsize=8192)
def _reversed(viewname: str, kwargs: tuple, language, prefix: str, urlconf) -> str:
    # The key's language and prefix are the ones reverse() reads itself.
    return reverse(viewname, kwargs=dict(kwargs), urlconf=urlconf)
