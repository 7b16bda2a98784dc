"""The language of an API response, and translated fields in it.

A request names its language with ``?lang=`` (one of the site's five codes,
or ``all``), or else with ``Accept-Language``; English otherwise. A value
missing in the language asked for falls back to English, as on the public
site, and every translated value says which language it is really in.
"""

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from modeltranslation.utils import build_localized_fieldname

from .errors import ApiError

ALL = "all"
FALLBACK = settings.LANGUAGE_CODE
LANGUAGE_CODES = tuple(settings.LANGUAGE_CODES)


def requested_language(request) -> str:
    """The language code the request asks for, or ``"all"``.

    ``?lang=`` must be one of the codes (a typo is a 400, not English in
    disguise); an ``Accept-Language`` the site cannot serve means English.
    """
    raw = request.GET.get("lang")
    if raw is not None:
        code = raw.strip().lower()
        if code == ALL or code in LANGUAGE_CODES:
            return code
        raise ApiError(
            400,
            "invalid_language",
            "Unknown language; use one of: " + ", ".join((*LANGUAGE_CODES, ALL)),
            {"lang": [raw[:40]]},
        )
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in parse_accept_lang_header(header[:500]):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return FALLBACK


def translated(instance, field: str, language: str, clean=None):
    """``field`` of ``instance`` as the API shows it in ``language``.

    One language: ``{"value": …, "language": …}``, the language being the one
    the value is really written in (English when it fell back; ``None`` when
    there is no text in either). ``"all"``: each of the five languages as
    stored, ``None`` where it is empty, and no fallback. ``clean`` (the
    rich-text sanitiser) is applied to every value shown.
    """

    def stored(code: str) -> str:
        value = getattr(instance, build_localized_fieldname(field, code)) or ""
        return clean(value) if clean and value else value

    if language == ALL:
        return {code: stored(code) or None for code in LANGUAGE_CODES}
    for code in dict.fromkeys((language, FALLBACK)):
        value = stored(code)
        if value:
            return {"value": value, "language": code}
    return {"value": "", "language": None}
