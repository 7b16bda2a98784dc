"""What a map shows: places named in the visitor's language, the lines
between them, the numbered stops, and the drawn result with its text."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname


@dataclass(frozen=True)
class MapPoint:
    """A place on the map, already named in the visitor's language."""

    name: str
    latitude: float
    longitude: float
    country: str = ""
    url: str = ""
    # The language the name is really in, when it differs from the page's.
    lang: str = ""

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country)) if self.country else ""


@dataclass(frozen=True)
class MapLine:
    """A partnership or other link between two places, drawn dashed."""

    start: MapPoint
    end: MapPoint
    label: str = ""


@dataclass(frozen=True)
class MapStop:
    number: int
    point: MapPoint


@dataclass(frozen=True)
class RenderedMap:
    """What ``jinja2/includes/map.html`` needs: the picture and its text equivalent."""

    svg: SafeString
    id_prefix: str
    title: str
    # The phone-sized drawing; the stylesheet shows one of the two.
    compact_svg: SafeString = SafeString("")
    stops: tuple[MapStop, ...] = ()
    places: tuple[MapPoint, ...] = ()
    lines: tuple[MapLine, ...] = ()
    list_id: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "list_id", f"{self.id_prefix}-list")


def point_from_city(city, url: str = "") -> MapPoint:
    """A map point for a ``City``, named in the active language.

    When the city has no name in that language the English fallback is shown,
    and the point says so, so the label carries its real ``lang``.
    """
    language = get_language() or "en"
    own_name = getattr(city, build_localized_fieldname("name", language), "")
    return MapPoint(
        name=city.name,
        latitude=city.latitude,
        longitude=city.longitude,
        # A Country object is made at each reading of the field: read it once.
        country=str(city.country.code or ""),
        url=url,
        lang="" if own_name else "en",
    )
