"""The Jinja2 environment of the site's hottest templates.

Most templates are Django's. The ones drawn for every visitor right after an
edit, and many times per page, are Jinja2 (``templates/jinja2/``), through
Django's own Jinja2 backend: Jinja2 compiles a template to Python, so what
costs most in Django's engine (resolving each variable, escaping through
lazy-aware wrappers) goes. They are:

- the program card and the figure, which Django templates draw with
  ``{% program_card %}`` and ``{% figure %}``;
- the program page's content part, and what it includes; Django templates
  draw those parts with ``{% jinja "includes/press_item.html" item=item %}``
  (``templatetags/caravan.py``), so each has one home.

As in Django's engine, a variable that is not there is empty (and false).

Translations: these templates ask for them only as ``{{ _("…") }}``, with
``|format(name=…)`` for placeholders, which ``makemessages`` reads in a
``.html`` file as it reads Django's own ``_("…")``; the messages are those
of the Django templates they replaced, so every catalogue keeps them. A
message with a plural is a function below, where ``makemessages`` finds its
``ngettext`` as in any Python file.
"""

import datetime
import zoneinfo

from django.templatetags.i18n import language_name_translated
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from jinja2 import Environment

from .templatetags.caravan import (
    initials,
    lang_of,
    program_status,
    rich_text,
    safe_link,
)
from .templatetags.images import picture_sources


def localized_date(value, format_name: str = "DATE_FORMAT", time_zone: str = ""):
    """Django's ``date`` filter: ``value`` in the active language's format
    ``format_name`` (or a format string such as "Y-m-d"); a moment is shown
    in ``time_zone``, or in the current time zone, as ``{% timezone %}``
    and Django's filter do."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        zone = zoneinfo.ZoneInfo(time_zone) if time_zone else None
        value = timezone.localtime(value, zone)
    return date_format(value, format_name)


def url(viewname: str, *args, **kwargs) -> str:
    """Django's ``{% url %}``."""
    return reverse(viewname, args=args, kwargs=kwargs)


def see_all_participants(counter: int) -> str:
    return ngettext(
        "See all %(counter)s participant", "See all %(counter)s participants", counter
    ) % {"counter": counter}


def more_in_category(counter: int) -> str:
    return ngettext(
        "And %(counter)s more in this category.",
        "And %(counter)s more in this category.",
        counter,
    ) % {"counter": counter}


def places_note(capacity: int) -> str:
    return ngettext(
        "%(capacity)s place. Once it is taken, new applicants join the waiting "
        "list in the order they confirm.",
        "%(capacity)s places. Once they are taken, new applicants join the "
        "waiting list in the order they confirm.",
        capacity,
    ) % {"capacity": capacity}


def environment(**options) -> Environment:
    # As Django's engine does, a template's last newline is part of it.
    options.setdefault("keep_trailing_newline", True)
    # Django's backend turns escaping on already; it is said here too, so
    # that no OPTIONS in the settings can turn it off.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    env.globals.update(
        _=gettext,
        lang_of=lang_of,
        more_in_category=more_in_category,
        picture_sources=picture_sources,
        places_note=places_note,
        program_status=program_status,
        see_all_participants=see_all_participants,
        url=url,
    )
    env.filters.update(
        date=localized_date,
        initials=initials,
        language_name_translated=language_name_translated,
        rich_text=rich_text,
        safe_link=safe_link,
    )
    return env
