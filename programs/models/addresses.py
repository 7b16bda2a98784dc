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
from django.utils.translation import get_language, override


def page_address(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)``, kept per language and prefix."""
    return page_address_in(get_language(), viewname, **kwargs)


def page_address_in(language: str, viewname: str, **kwargs) -> str:
    """The address of ``viewname`` in ``language`` (the language links of
    every page): ``reverse`` with that language active."""
    return _reversed(
        viewname,
        tuple(sorted(kwargs.items())),
        language,
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
    )


@lru_cache(maxsize=8192)
def _reversed(viewname: str, kwargs: tuple, language, prefix: str, urlconf) -> str:
    # reverse() reads the prefix itself, and the language it activates here.
    with override(language):
        return reverse(viewname, kwargs=dict(kwargs), urlconf=urlconf)
