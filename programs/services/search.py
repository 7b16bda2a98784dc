"""Full-text search of programs in the visitor's language.

On PostgreSQL, words are matched with the language's own dictionary where
PostgreSQL has one (English, French, Russian) and with ``simple`` otherwise
(Kazakh, Chinese), every word also as a prefix, so "Samark" finds Samarkand.
Trigram similarity catches misspellings, and a substring match catches a
fragment of a Chinese name, which has no spaces between words. SQLite, used
only for the demo, gets the substring match alone.
"""

import re

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Greatest
from modeltranslation.utils import build_localized_fieldname

MAX_QUERY_LENGTH = 200
SEARCH_CONFIGS = {"en": "english", "fr": "french", "ru": "russian"}
TRIGRAM_THRESHOLD = 0.45

# Program fields searched, and the city names of the places it visits.
TEXT_FIELDS = ("title", "theme", "summary")
CITY_PATHS = (
    "organising_city__name",
    "launch_city__name",
    "itinerary_stops__city__name",
)


def clean_query(raw: str) -> str:
    """Trim a visitor's query to something safe and reasonable to search for."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH]


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query)[:12]


def _localized(paths: tuple[str, ...], languages: list[str]) -> list[str]:
    """Each field path in each of ``languages``."""
    names = []
    for path in paths:
        *relations, field = path.split("__")
        for code in languages:
            localized = build_localized_fieldname(field, code)
            names.append("__".join([*relations, localized]))
    return names


def _substring_filter(fields: list[str], words: list[str]) -> Q:
    condition = Q()
    for word in words:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        condition &= any_field
    return condition


def search_programs(
    queryset: QuerySet, raw_query: str, language: str, every_language: bool = False
) -> QuerySet:
    """Programs matching ``raw_query``, best matches first on PostgreSQL.

    The text is searched in ``language`` and in English (the fallback, which
    is what a visitor reads where a translation is missing); with
    ``every_language`` (the API), in all five, so a Chinese name finds its
    program whatever language the answer is wanted in.
    """
    words = _words(clean_query(raw_query))
    if not words:
        return queryset
    languages = (
        list(settings.LANGUAGE_CODES)
        if every_language
        else list(dict.fromkeys([language, "en"]))
    )
    fields = _localized(TEXT_FIELDS + CITY_PATHS, languages)
    substring = _substring_filter(fields, words)
    if connection.vendor != "postgresql":
        return queryset.filter(substring).distinct()

    config = SEARCH_CONFIGS.get(language, "simple")
    prefix_query = SearchQuery(
        " & ".join(f"{word}:*" for word in words), config=config, search_type="raw"
    )
    vector = SearchVector(*fields, config=config)
    similarity = Greatest(*(TrigramWordSimilarity(" ".join(words), f) for f in fields))
    matching = (
        queryset.annotate(
            search_rank=SearchRank(vector, prefix_query), similarity=similarity
        )
        .filter(Q(search_rank__gt=0) | Q(similarity__gte=TRIGRAM_THRESHOLD) | substring)
        .values("pk")
    )
    # Matching goes through the itinerary, which repeats a program once per
    # stop; ranking uses the program's own fields, which do not.
    own_vector = SearchVector(*_localized(TEXT_FIELDS, languages), config=config)
    return (
        queryset.filter(pk__in=matching)
        .annotate(search_rank=SearchRank(own_vector, prefix_query))
        .order_by("-search_rank", F("start_date").desc(nulls_last=True), "slug")
    )
