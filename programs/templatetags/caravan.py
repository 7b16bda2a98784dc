"""Template helpers for the public site."""

import json
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template import engines
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import timezone
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from ..models.addresses import page_address, page_address_in
from ..models.fields import safe_link as checked_link
from ..models.richtext import render_rich_text

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context) -> dict:
    return alternates_of(context["request"])


def alternates_of(request) -> dict:
    """The current page in every language, worked out once per page:
    ``{"languages": [{code, self_name, path, url}, ...], "x_default": url,
    "current_url": url}``. The view the request resolved to is reversed in
    each language; a page that resolved to no view (a 404) keeps its path.
    """
    match = getattr(request, "resolver_match", None)
    query = request.META.get("QUERY_STRING", "")
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        path = _path_in(match, code) or translate_url(request.path, code)
        languages.append(
            {
                "code": code,
                "self_name": language_self_name(code),
                "path": f"{path}?{query}" if query else path,
                "url": request.build_absolute_uri(path),
                "current": code == current,
            }
        )
    current_url = next(
        (entry["url"] for entry in languages if entry["current"]),
        request.build_absolute_uri(request.path),
    )
    return {
        "languages": languages,
        "x_default": x_default_url(request),
        "current_url": current_url,
    }


def _path_in(match, language_code: str) -> str:
    if match is None or not match.view_name:
        return ""
    # The kept addresses take a page's own arguments (a slug); a view given
    # positional ones, or extra ones by its URL pattern (the sitemap's dict
    # of sitemaps), is reversed as it comes.
    kept = not match.args and all(
        isinstance(value, str | int) for value in match.kwargs.values()
    )
    try:
        if kept:
            return page_address_in(language_code, match.view_name, **match.kwargs)
        with override(language_code):
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""


def x_default_url(request) -> str:
    """The page's address without a language prefix, which redirects each
    visitor to their own language, as in the sitemap."""
    prefix = f"/{get_language()}/"
    path = request.path
    if path.startswith(prefix):
        path = "/" + path[len(prefix) :]
    return request.build_absolute_uri(path)


@register.filter
def rich_text(html: str):
    """Editor HTML, sanitised again on output."""
    return render_rich_text(html)


def shown_language(instance, field: str) -> str:
    """The language a translated field is actually shown in (after fallback)."""
    language = get_language() or settings.LANGUAGE_CODE
    if getattr(instance, build_localized_fieldname(field, language), None):
        return language
    return settings.LANGUAGE_CODE


@register.simple_tag
def lang_of(instance, field: str):
    """` lang="en"` where a field falls back to English, so screen readers and
    search engines know the text's real language; nothing otherwise."""
    language = shown_language(instance, field)
    if language == get_language():
        return ""
    return format_html(' lang="{}"', language)


# What a page without its own description says of the site (its <meta>
# description and og:description), in both frames: base.html and the Jinja2
# programs/page_from_parts.html.
SITE_DESCRIPTION = _(
    "Cultural-exchange programs: launches, itineraries, events, participants, "
    "partner cities, press coverage and reports."
)


@register.simple_tag
def site_description() -> str:
    return str(SITE_DESCRIPTION)


OG_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "kk": "kk_KZ",
    "zh-hans": "zh_CN",
}


@register.filter
def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, "en_GB")


@register.filter
def json_ld(data: dict):
    """A JSON-LD block. It is data, not code: browsers never execute it, so a
    strict script-src Content-Security-Policy does not apply."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # <, > and & are escaped as in json_script, so the JSON cannot end the tag.
        mark_safe(text.translate(_json_script_escapes)),  # noqa: S308  # nosec B308 B703
    )


# How each language names itself in the language switcher, where Django's
# name is not the one speakers use ("Қазақ" is the people, "Қазақша" the language).
SELF_NAMES = {"kk": "Қазақша"}


@register.filter
def language_self_name(language_code: str) -> str:
    from django.utils.translation import get_language_info

    return (
        SELF_NAMES.get(language_code) or get_language_info(language_code)["name_local"]
    )


# The site's sections, in the order the header shows them, with the pages
# that belong to each (so a program page marks "Programs" as current).
SECTIONS = (
    (
        "programs:program-list",
        _("Programs"),
        {
            "program-list",
            "program-detail",
            "program-participants",
            "program-apply",
            "program-apply-sent",
            "event-detail",
        },
    ),
    ("programs:city-list", _("Partner cities"), {"city-list", "city-detail"}),
    ("programs:press-list", _("Press"), {"press-list"}),
    ("programs:report-list", _("Reports"), {"report-list", "report-detail"}),
)


@register.simple_tag(takes_context=True)
def site_sections(context) -> list[dict]:
    return sections_of(context.get("request"))


def sections_of(request) -> list[dict]:
    """The header's section links; ``current`` is "page" on the section's own
    list, "true" elsewhere inside it (for ``aria-current``), "" outside."""
    match = getattr(request, "resolver_match", None)
    here = match.url_name if match else ""
    sections = []
    for view, label, members in SECTIONS:
        current = ""
        if here in members:
            current = "page" if view.endswith(here) else "true"
        sections.append({"url": page_address(view), "label": label, "current": current})
    return sections


# The narrow header shows each language by a short name its readers know.
SHORT_NAMES = {"en": "EN", "fr": "FR", "ru": "RU", "kk": "ҚАЗ", "zh-hans": "中文"}


@register.filter
def language_short_name(language_code: str) -> str:
    return SHORT_NAMES.get(language_code, language_code.upper())


def drawn_by_jinja(name: str, **context) -> str:
    """``templates/jinja2/<name>`` drawn with ``context`` (programs/jinja.py),
    ready to go into a Django template: Jinja2 escaped it already."""
    template = engines["jinja2"].env.get_template(name)
    return mark_safe(template.render(context))  # noqa: S308  # nosec B308 B703


@register.simple_tag(name="jinja")
def jinja_part(name: str, **context) -> str:
    """``{% jinja "includes/press_item.html" item=item %}``: a part of a page
    that is a Jinja2 template, drawn with exactly the variables given."""
    return drawn_by_jinja(name, **context)


@register.simple_tag
def program_card(program, heading_level: int = 3) -> str:
    """A program as a card (``jinja2/includes/program_card.html``). ``heading_level``:
    3 under a section's h2, 2 straight under the page's h1. The program comes
    from ``views.programs.program_cards``, which loads its picture and route."""
    return drawn_by_jinja(
        "includes/program_card.html", program=program, heading_level=heading_level
    )


@register.simple_tag
def program_status(program) -> dict | None:
    """The badge on a program's card: applications open, upcoming or under way."""
    if program.application_window() == "open":
        return {"key": "open", "label": _("Applications open")}
    today = timezone.localdate()
    if program.start_date and program.start_date > today:
        return {"key": "upcoming", "label": _("Upcoming")}
    if program.start_date and program.end_date and program.end_date >= today:
        return {"key": "under-way", "label": _("Under way")}
    return None


@register.filter
def initials(person) -> str:
    """One or two letters for a person's avatar: given and family name."""
    letters = [name[:1] for name in (person.given_name, person.family_name) if name]
    return "".join(letters).upper()


@register.filter
def accent_colour_digits(program) -> str:
    """The six digits of a program's accent colour, for its stylesheet's URL."""
    return (program.accent_colour or "").lstrip("#")


@register.filter
def safe_link(url: str) -> str:
    """A stored address for an ``href``: "" unless http, https or mailto."""
    return checked_link(url)


def _before_page(pairs: list[tuple[str, str]]) -> str:
    query = urlencode(pairs)
    return f"{query}&" if query else ""


def filters_query(filters: dict) -> str:
    """The query string of a list's other pages, up to ``page=``, for a list
    drawn in parts (views.fragments): the ``filters`` its content depends on,
    the empty ones left out; ends with "&" when not empty."""
    return _before_page([(key, value) for key, value in filters.items() if value])


@register.simple_tag(takes_context=True)
def page_query(context) -> str:
    """The query string of a list's other pages, up to ``page=``: the
    request's own parameters but ``page``; ends with "&" when not empty."""
    return _before_page(
        [
            (key, value)
            for key, values in context["request"].GET.lists()
            if key != "page"
            for value in values
        ]
    )
