"""The Jinja2 environment of the site's hottest templates.

Most templates are Django's. The ones drawn many times per page (a program
card, a figure) are Jinja2, through Django's own Jinja2 backend: Jinja2
compiles a template to Python, so what costs most in Django's engine per
card (resolving each variable, escaping through lazy-aware wrappers) goes.
Django templates draw them with ``{% program_card %}`` and ``{% figure %}``
(``templatetags/caravan.py``), so each has one home.

Translations: these templates only use ``{{ _("…") }}``, with
``|format(name=…)`` for placeholders, which ``makemessages`` reads in a
``.html`` file as it reads Django's own ``_("…")``; the messages are those
of the Django templates they replaced, so every catalogue keeps them.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext
from jinja2 import Environment, StrictUndefined

from .templatetags.caravan import lang_of, program_status
from .templatetags.images import picture_sources


def localized_date(value, format_name: str = "DATE_FORMAT") -> str:
    """Django's ``date`` filter: a date in the active language's format."""
    return date_format(value, format_name) if value else ""


def environment(**options) -> Environment:
    options.setdefault("undefined", StrictUndefined)
    # As Django's engine does, a template's last newline is part of it.
    options.setdefault("keep_trailing_newline", True)
    # Django's backend turns escaping on already; it is said here too, so
    # that no OPTIONS in the settings can turn it off.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    env.globals.update(
        _=gettext,
        lang_of=lang_of,
        picture_sources=picture_sources,
        program_status=program_status,
    )
    env.filters["date"] = localized_date
    return env
