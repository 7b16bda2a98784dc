"""The server-rendered map: what it draws, what it says, and that it stays small."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from programs.maps import MapLine, MapPoint, build_map, point_from_city, render_map
from programs.maps.geometry import OUTLINES_PATH, country_outlines, inside
from programs.maps.labels import text_width
from tests.factories import CityFactory

SVG = "{http://www.w3.org/2000/svg}"

LIANYUNGANG = MapPoint("Lianyungang", 34.5967, 119.2216, "CN")
BEIJING = MapPoint("Beijing", 39.9042, 116.4074, "CN")
ASTANA = MapPoint("Astana", 51.1694, 71.4491, "KZ")
ALMATY = MapPoint("Almaty", 43.2389, 76.8897, "KZ")
AKTAU = MapPoint("Aktau", 43.6481, 51.1722, "KZ")
TASHKENT = MapPoint("Tashkent", 41.2995, 69.2401, "UZ")
SAMARKAND = MapPoint("Samarkand", 39.6542, 66.9597, "UZ")
CITIES = [LIANYUNGANG, BEIJING, ASTANA, ALMATY, AKTAU, TASHKENT, SAMARKAND]
ROUTE = [ALMATY, AKTAU, TASHKENT, SAMARKAND]
PARTNERSHIPS = [
    MapLine(LIANYUNGANG, AKTAU, "Sister cities"),
    MapLine(LIANYUNGANG, ASTANA, "Logistics cooperation"),
]


def reference_map(**overrides):
    arguments = {
        "points": CITIES,
        "route": ROUTE,
        "lines": PARTNERSHIPS,
        "title": "China-Kazakhstan Cultural Exchange Program",
        "description": "The media tour from Almaty to Samarkand.",
        "highlight_countries": ("CN", "KZ", "UZ"),
        "id_prefix": "programme-map",
    }
    return build_map(**(arguments | overrides))


def parse(svg: str) -> ET.Element:
    # Our own output, parsed strictly: a stray "<" or "&" fails the test.
    return ET.fromstring(svg)  # noqa: S314


def view_box(root: ET.Element) -> list[float]:
    return [float(n) for n in root.get("viewBox").split()]


def city_positions(root: ET.Element) -> list[tuple[float, float]]:
    dots = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]
    badges = [
        (float(r.get("x")) + float(r.get("width")) / 2, float(r.get("y")) + 9)
        for r in root.iter(f"{SVG}rect")
        if r.get("class") == "map-stop"
    ]
    return dots + badges


def stop_numbers(root: ET.Element) -> list[tuple[str, float, float]]:
    return [
        (t.text, float(t.get("x")), float(t.get("y")) - 4)
        for t in root.iter(f"{SVG}text")
        if t.get("class") == "map-stop-number"
    ]


def label_texts(root: ET.Element) -> list[str]:
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "map-label")
    return [t.text for t in group]


def test_same_input_gives_byte_identical_svg():
    assert reference_map().svg.encode() == reference_map().svg.encode()


def test_reference_program_map_is_under_40_kb():
    assert len(reference_map().svg.encode("utf-8")) < 40_000


def test_reference_map_is_under_40_kb_in_chinese():
    names = ["连云港", "北京", "阿斯塔纳", "阿拉木图", "阿克套", "塔什干", "撒马尔罕"]
    points = [
        MapPoint(name, p.latitude, p.longitude, p.country)
        for name, p in zip(names, CITIES, strict=True)
    ]
    with translation.override("zh-hans"):
        svg = build_map(points, route=points[3:], title="地图").svg
    assert len(svg.encode("utf-8")) < 40_000


def test_svg_parses_as_xml_and_is_labelled_by_its_title_and_description():
    root = parse(reference_map().svg)
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert root.get("role") == "img"
    assert title.text == "China-Kazakhstan Cultural Exchange Program"
    assert desc.text == "The media tour from Almaty to Samarkand."
    assert root.get("aria-labelledby") == title.get("id")
    assert desc.get("id") in root.get("aria-describedby").split()


def test_every_city_is_named_on_the_map():
    root = parse(reference_map().svg)
    assert sorted(label_texts(root)) == sorted(p.name for p in CITIES)


def test_itinerary_badges_are_numbered_along_the_route_path():
    root = parse(reference_map().svg)
    route = next(p for p in root.iter(f"{SVG}path") if p.get("class") == "map-route")
    # Each leg is drawn as "L midpoint L next stop", so stops are every other point.
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", route.get("d"))]
    vertices = list(zip(numbers[::2], numbers[1::2], strict=True))
    stops_on_path = [vertices[0], *vertices[2::2]]
    badges = stop_numbers(root)
    assert [number for number, _x, _y in badges] == ["1", "2", "3", "4"]
    for (_number, x, y), (px, py) in zip(badges, stops_on_path, strict=True):
        assert abs(x - px) < 0.2 and abs(y - py) < 0.2


def test_itinerary_order_is_kept_in_the_text_list():
    html = render_to_string("includes/map.html", {"map": reference_map()})
    ordered = html[html.index("<ol") : html.index("</ol>")]
    positions = [ordered.index(p.name) for p in ROUTE]
    assert positions == sorted(positions)


def test_text_list_names_each_stops_country():
    html = render_to_string("includes/map.html", {"map": reference_map()})
    ordered = html[html.index("<ol") : html.index("</ol>")]
    assert "Aktau</span> (Kazakhstan)" in ordered
    assert "Samarkand</span> (Uzbekistan)" in ordered


def test_text_list_is_the_element_the_svg_is_described_by():
    html = render_to_string("includes/map.html", {"map": reference_map()})
    described_by = re.search(r'aria-describedby="([^"]+)"', html).group(1).split()
    assert all(f'id="{element_id}"' in html for element_id in described_by)


def test_text_list_links_places_that_have_a_page():
    almaty = MapPoint("Almaty", 43.2389, 76.8897, "KZ", url="/en/cities/almaty/")
    rendered = build_map(route=[almaty, AKTAU], title="Tour")
    html = render_to_string("includes/map.html", {"map": rendered})
    assert '<a href="/en/cities/almaty/">Almaty</a>' in html


def test_hidden_text_list_has_no_links_to_focus():
    almaty = MapPoint("Almaty", 43.2389, 76.8897, "KZ", url="/en/cities/almaty/")
    rendered = build_map(route=[almaty, AKTAU], title="Tour")
    html = render_to_string("includes/map.html", {"map": rendered, "list_hidden": True})
    assert "map-text-hidden" in html
    assert "<a " not in html


def test_text_list_lists_partnerships_with_their_kind():
    html = render_to_string("includes/map.html", {"map": reference_map()})
    assert "Sister cities" in html[html.index("Partnerships:") :]


def test_a_city_named_like_markup_is_shown_as_text():
    evil = MapPoint("<script>alert(1)</script>", 43.0, 70.0, "KZ")
    svg = build_map([evil], title='Title with "quotes" & <b>tags</b>').svg
    root = parse(svg)
    assert "<script>" not in svg
    assert "<b>" not in svg
    assert label_texts(root) == ["<script>alert(1)</script>"]
    assert root.find(f"{SVG}title").text == 'Title with "quotes" & <b>tags</b>'


def test_a_single_city_gets_a_map_around_it():
    root = parse(build_map([ASTANA], title="Astana").svg)
    left, top, width, height = view_box(root)
    (x, y) = city_positions(root)[0]
    assert width > 0 and height > 0
    assert left + width * 0.3 < x < left + width * 0.7
    assert top + height * 0.3 < y < top + height * 0.7


def test_cities_on_one_meridian_get_a_map_wider_than_a_line():
    north = MapPoint("North", 55.0, 70.0, "RU")
    south = MapPoint("South", 30.0, 70.0, "PK")
    root = parse(build_map([north, south], title="Meridian").svg)
    _left, _top, width, height = view_box(root)
    assert width >= height


def test_two_stops_at_the_same_place_share_one_badge():
    root = parse(build_map(route=[ALMATY, AKTAU, ALMATY], title="Return").svg)
    assert sorted(n for n, _x, _y in stop_numbers(root)) == ["1,3", "2"]


def test_reference_cities_fall_inside_the_view_box():
    root = parse(reference_map().svg)
    left, top, width, height = view_box(root)
    positions = city_positions(root)
    assert len(positions) == len(CITIES)
    for x, y in positions:
        assert left < x < left + width and top < y < top + height


def test_reference_city_labels_do_not_overlap():
    root = parse(reference_map().svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "map-label")
    boxes = []
    for text in group:
        width = text_width(text.text, 14)
        x, y = float(text.get("x")), float(text.get("y"))
        shift = {"start": 0, "middle": width / 2, "end": width}
        left = x - shift[text.get("text-anchor", "start")]
        boxes.append((left, y - 12, left + width, y + 3))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_two_maps_on_one_page_have_no_id_in_common():
    first = parse(reference_map(id_prefix="home-map").svg)
    second = parse(reference_map(id_prefix="city-map").svg)
    first_ids = {e.get("id") for e in first.iter() if e.get("id")}
    second_ids = {e.get("id") for e in second.iter() if e.get("id")}
    assert first_ids and second_ids
    assert not first_ids & second_ids


def test_map_has_no_inline_styles_for_a_strict_csp():
    svg = reference_map().svg
    assert "style" not in svg
    assert "<script" not in svg


def test_highlighted_countries_are_drawn_apart_from_the_rest():
    plain = parse(reference_map(highlight_countries=()).svg)
    strong = parse(reference_map().svg)
    classes = lambda root: {p.get("class") for p in root.iter(f"{SVG}path")}  # noqa: E731
    assert "map-land map-focus" not in classes(plain)
    assert "map-land map-focus" in classes(strong)


def test_each_partnership_is_drawn_as_a_link():
    root = parse(reference_map().svg)
    links = [p for p in root.iter(f"{SVG}path") if p.get("class") == "map-link"]
    assert [link.find(f"{SVG}title").text for link in links] == [
        "Sister cities",
        "Logistics cooperation",
    ]


def test_render_map_describes_the_svg_by_its_description_only():
    root = parse(render_map(CITIES, title="Cities", id_prefix="cities"))
    assert root.get("aria-describedby") == "cities-desc"


def test_map_id_must_start_with_a_letter():
    with pytest.raises(ValueError, match="must start with a letter"):
        build_map([ASTANA], title="Astana", id_prefix="1 map")


def test_map_without_places_is_refused():
    with pytest.raises(ValueError, match="at least one place"):
        build_map([], title="Nothing")


def test_coordinates_off_the_globe_are_refused():
    with pytest.raises(ValueError, match="outside the globe"):
        build_map([MapPoint("Nowhere", 95.0, 10.0)], title="Nowhere")


def test_outline_data_records_its_public_domain_source():
    data = json.loads(OUTLINES_PATH.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    assert "public domain" in data["licence"].lower()


def test_caspian_sea_is_water_and_its_shores_are_land():
    outlines = country_outlines()
    caspian = (50.5, 42.0)
    aktau_inland = (51.6, 43.8)
    assert not any(
        inside(caspian, ring) for rings in outlines.values() for ring in rings
    )
    assert any(inside(aktau_inland, ring) for ring in outlines["KZ"])


@pytest.mark.django_db
def test_point_from_city_names_it_in_the_visitors_language():
    city = CityFactory(name_en="Almaty", name_ru="Алматы", country="KZ")
    with translation.override("ru"):
        point = point_from_city(city)
    assert (point.name, point.lang, point.country) == ("Алматы", "", "KZ")


@pytest.mark.django_db
def test_point_from_city_marks_an_english_fallback_name():
    city = CityFactory(name_en="Almaty", country="KZ")
    with translation.override("zh-hans"):
        point = point_from_city(city)
    assert (point.name, point.lang) == ("Almaty", "en")
