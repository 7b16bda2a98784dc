"""The list endpoints' query parameters, checked before any query runs.

A value that cannot mean anything (a year of letters, a country that is no
ISO code, a status we do not know) is a 400 naming the parameter, so a
client learns of its typo instead of getting an empty list that looks right.
"""

import re

from django.conf import global_settings
from drf_spectacular.utils import OpenApiParameter

from ..models.dates import FIRST_YEAR, LAST_YEAR
from ..services.program_filters import STATUSES, ProgramFilters
from ..services.search import MAX_QUERY_LENGTH, clean_query
from .errors import ApiError
from .languages import ALL, LANGUAGE_CODES

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,120}$"
SLUG = re.compile(SLUG_PATTERN)
COUNTRY_PATTERN = r"^[A-Za-z]{2}$"
COUNTRY = re.compile(COUNTRY_PATTERN)
PRESS_LANGUAGES = tuple(code for code, _name in global_settings.LANGUAGES)


class Checked:
    """Reads parameters one by one and gathers every problem, so one 400
    names all of them."""

    def __init__(self, request):
        self.params = request.GET
        self.problems: dict[str, list[str]] = {}

    def text(self, name: str) -> str:
        return self.params.get(name, "").strip()

    def fail(self, name: str, message: str) -> None:
        self.problems.setdefault(name, []).append(message)

    def slug(self, name: str) -> str:
        value = self.text(name)
        if value and not SLUG.match(value):
            self.fail(name, "Expected a slug: Latin letters, digits and hyphens.")
            return ""
        return value

    def choice(self, name: str, choices, transform=str) -> str:
        value = transform(self.text(name))
        if value and value not in choices:
            self.fail(name, "Expected one of: " + ", ".join(choices) + ".")
            return ""
        return value

    def integer(self, name: str, low: int, high: int, default=None):
        value = self.text(name)
        if not value:
            return default
        plausible = value.isascii() and value.isdigit() and len(value) <= 9
        if not plausible or not low <= int(value) <= high:
            self.fail(name, f"Expected a whole number from {low} to {high}.")
            return default
        return int(value)

    def done(self) -> None:
        if self.problems:
            raise ApiError(
                400, "invalid_filter", "Some parameters are not valid.", self.problems
            )


def program_filters(request) -> ProgramFilters:
    """The program list's filters from ``request``, or a 400."""
    checked = Checked(request)
    country = checked.text("country").upper()
    # As on the public list, a code no program has (or no country has yet)
    # matches nothing; only what cannot be a code at all is refused.
    if country and not COUNTRY.match(country):
        checked.fail("country", "Expected an ISO 3166-1 alpha-2 code, such as KZ.")
        country = ""
    filters = ProgramFilters(
        query=clean_query(checked.text("q")),
        country=country,
        year=checked.integer("year", FIRST_YEAR, LAST_YEAR),
        city=checked.slug("city"),
        status=checked.choice("status", STATUSES, str.lower),
    )
    checked.done()
    return filters


def press_filters(request) -> dict:
    """The press list's filters (``program`` slug, publication ``language``)."""
    checked = Checked(request)
    filters = {
        "program__slug": checked.slug("program"),
        "language": checked.choice("language", PRESS_LANGUAGES, str.lower),
    }
    checked.done()
    return {key: value for key, value in filters.items() if value}


LANG = OpenApiParameter(
    "lang",
    str,
    enum=[*LANGUAGE_CODES, ALL],
    description="The language of translated fields; `all` gives the five side "
    "by side. Without it, `Accept-Language` decides, and English otherwise.",
)
PAGE = OpenApiParameter(
    "page",
    {"type": "integer", "minimum": 1, "maximum": 10**6},
    description="The page, from 1; beyond the last one is a 404 "
    "(`page_not_found`). The `next` and `previous` links give the neighbours.",
)
PAGE_SIZE = OpenApiParameter(
    "page_size",
    {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    description=f"Results per page, from 1 to {MAX_PAGE_SIZE} "
    f"(default {DEFAULT_PAGE_SIZE}).",
)
SLUG_SCHEMA = {"type": "string", "pattern": SLUG_PATTERN}
SLUG_PATH = OpenApiParameter(
    "slug",
    {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"},
    OpenApiParameter.PATH,
    description="The slug, as in the public page's address.",
)
PROGRAM_FILTERS = [
    OpenApiParameter(
        "q",
        str,
        description="Full-text search of titles, themes, summaries and city "
        "names, in every language (words match as prefixes, misspellings by "
        f"similarity; the first {MAX_QUERY_LENGTH} characters are used).",
    ),
    OpenApiParameter(
        "country",
        {"type": "string", "pattern": COUNTRY_PATTERN},
        description="ISO 3166-1 alpha-2 code of a country the program is "
        "organised in, launched in or visits.",
    ),
    OpenApiParameter(
        "city", SLUG_SCHEMA, description="Slug of a city the program visits."
    ),
    OpenApiParameter(
        "year",
        {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
        description="Year the program starts or launches.",
    ),
    OpenApiParameter(
        "status",
        str,
        enum=list(STATUSES),
        description="Where the program stands today, from its start and end "
        "dates: upcoming, current (started, not ended) or past.",
    ),
]
PRESS_FILTERS = [
    OpenApiParameter("program", SLUG_SCHEMA, description="Slug of the program."),
    OpenApiParameter(
        "language",
        str,
        enum=list(PRESS_LANGUAGES),
        description="Language the item was published in.",
    ),
]
