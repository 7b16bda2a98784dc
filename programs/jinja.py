"""The Jinja2 environment of the site's hottest templates.

Most templates are Django's. The ones drawn for every visitor right after an
edit, and many times per page, are Jinja2 (``templates/jinja2/``), through
Django's own Jinja2 backend: Jinja2 compiles a template to Python, so what
costs most in Django's engine (resolving each variable, escaping through
lazy-aware wrappers) goes. They are:

- the frame of the pages drawn in parts (home, program list, program page:
  ``programs/page_from_parts.html``), whose head lines, header and footer
  Django's ``base.html`` draws too;
- the parts of those pages (``programs/<page>/<part>.html``) and what they
  include: program cards, figures, the map, press items, the pages' links;
- Django templates draw the shared ones with ``{% program_card %}``,
  ``{% figure %}`` or ``{% jinja "includes/press_item.html" item=item %}``
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
import functools
import zoneinfo

from django.templatetags.i18n import language_name_translated
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, ngettext
from jinja2 import Environment

from .models.fields import choice_label
from .templatetags.caravan import (
    accent_colour_digits,
    alternates_of,
    filters_query,
    initials,
    json_ld,
    lang_of,
    language_self_name,
    language_short_name,
    og_locale,
    program_status,
    rich_text,
    safe_link,
    sections_of,
    site_description,
)
from .templatetags.icons import brand_mark, icon
from .templatetags.images import picture_sources


def localized_date(value, format_name: str = "DATE_FORMAT", time_zone: str = ""):
    """Django's ``date`` filter: ``value`` in the active language's format
    ``format_name`` (or a format string such as "Y-m-d"); a moment is shown
    in ``time_zone``, or in the current time zone, as ``{% timezone %}``
    and Django's filter do."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        zone = (
            zoneinfo.ZoneInfo(time_zone)
            if time_zone
            else timezone.get_current_timezone()
        )
        # An aware moment equals the same moment in another zone, so the
        # zone is part of what the text is remembered by.
        return _formatted(value, format_name, get_language(), zone)
    return _formatted(value, format_name, get_language(), None)


@functools.lru_cache(maxsize=4096)
def _formatted(value, format_name: str, language: str, zone) -> str:
    """A date's text, remembered: the same events' dates are drawn again for
    every drawing of a page, and Django's formatting costs about 15 µs a
    date. What it depends on is the key (the language's formats are fixed
    while the site runs)."""
    if zone is not None:
        value = timezone.localtime(value, zone)
    return date_format(value, format_name)


def url(viewname: str, *args, **kwargs) -> str:
    """Django's ``{% url %}``."""
    return reverse(viewname, args=args, kwargs=kwargs)


def programs_count(counter: int) -> str:
    return ngettext("%(counter)s program", "%(counter)s programs", counter) % {
        "counter": counter
    }


def stops_count(counter: int) -> str:
    return ngettext("%(counter)s stop", "%(counter)s stops", counter) % {
        "counter": counter
    }


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
        alternates_of=alternates_of,
        brand_mark=brand_mark,
        current_language=get_language,
        filters_query=filters_query,
        icon=icon,
        lang_of=lang_of,
        more_in_category=more_in_category,
        picture_sources=picture_sources,
        places_note=places_note,
        program_status=program_status,
        programs_count=programs_count,
        sections_of=sections_of,
        see_all_participants=see_all_participants,
        site_description=site_description,
        static=static,
        stops_count=stops_count,
        url=url,
    )
    env.filters.update(
        accent_colour_digits=accent_colour_digits,
        choice_label=choice_label,
        date=localized_date,
        initials=initials,
        json_ld=json_ld,
        language_name_translated=language_name_translated,
        language_self_name=language_self_name,
        language_short_name=language_short_name,
        og_locale=og_locale,
        rich_text=rich_text,
        safe_link=safe_link,
    )
    return env
