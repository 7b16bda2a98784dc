"""Feeds, calendars, the sitemap and robots.txt, read by real parsers."""

import xml.etree.ElementTree as ET

import feedparser
import icalendar
import pytest

from .conftest import LANGUAGES, SECRETS

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("feed", ["press", "reports"])
def test_feeds_parse_without_error_in_every_language(client, world, feed, language):
    response = client.get(f"/{language}/feeds/{feed}/")

    parsed = feedparser.parse(response.content)
    assert response.status_code == 200
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.feed.language == language
    assert len(parsed.entries) == 1


def test_press_feed_links_to_the_article_and_leaves_out_drafts(client, world):
    response = client.get("/en/feeds/press/")

    parsed = feedparser.parse(response.content)
    assert parsed.entries[0].link == "https://example.org/article"
    assert parsed.entries[0].title == "Lancement du programme"
    for secret in SECRETS:
        assert secret not in response.content.decode()


def test_report_feed_speaks_the_visitors_language(client, world):
    report = world["report"]
    report.title_kk = "Бірінші апта"
    report.save()

    parsed = feedparser.parse(client.get("/kk/feeds/reports/").content)

    assert parsed.entries[0].title == "Бірінші апта"
    assert parsed.entries[0].link == "http://testserver/kk/reports/first-week/"


def _calendar(client, url: str) -> icalendar.Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_program_calendar_holds_its_published_events(client, world):
    calendar = _calendar(client, "/en/programs/silk-road/calendar.ics")

    events = [c for c in calendar.walk("VEVENT") if str(c["uid"]).startswith("event")]
    assert [str(e["summary"]) for e in events] == ["Interviews in Aktau"]
    assert "Secret event" not in calendar.to_ical().decode()


def test_event_times_carry_the_venues_time_zone(client, world):
    calendar = _calendar(client, "/en/events/aktau-interview/calendar.ics")

    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "Asia/Aqtau"
    assert start.hour == 10
    assert calendar.walk("VTIMEZONE"), "the time zone definition is included"


def test_calendar_uids_are_stable_between_downloads(client, world):
    first = _calendar(client, "/en/programs/silk-road/calendar.ics")
    world["program"].save()
    second = _calendar(client, "/en/programs/silk-road/calendar.ics")

    def uids(calendar):
        return sorted(str(c["uid"]) for c in calendar.walk("VEVENT"))

    assert uids(first) == uids(second)
    assert uids(first)


def test_itinerary_stops_with_dates_are_all_day_entries(client, world):
    import datetime

    stop = world["program"].itinerary_stops.get(position=1)
    stop.arrival_date = datetime.date(2024, 9, 1)
    stop.departure_date = datetime.date(2024, 9, 3)
    stop.save()

    calendar = _calendar(client, "/en/programs/silk-road/calendar.ics")

    (entry,) = [c for c in calendar.walk("VEVENT") if str(c["uid"]).startswith("stop")]
    assert entry.decoded("dtstart") == datetime.date(2024, 9, 1)
    # DTEND is exclusive for all-day entries.
    assert entry.decoded("dtend") == datetime.date(2024, 9, 4)


def test_calendar_text_is_in_the_visitors_language(client, world):
    event = world["event"]
    event.title_zh_hans = "阿克套采访"
    event.save()

    calendar = _calendar(client, "/zh-hans/events/aktau-interview/calendar.ics")

    assert str(calendar.walk("VEVENT")[0]["summary"]) == "阿克套采访"


def test_sitemap_lists_every_public_page_in_every_language(client, world):
    response = client.get("/sitemap.xml")

    root = ET.fromstring(response.content)
    locations = {node.text for node in root.findall("s:url/s:loc", SITEMAP_NS)}
    for language in LANGUAGES:
        for path in [
            "",
            "programs/",
            "programs/silk-road/",
            "events/aktau-interview/",
            "cities/aktau/",
            "reports/first-week/",
            "press/",
        ]:
            assert f"http://testserver/{language}/{path}" in locations
    for secret in SECRETS:
        assert secret not in response.content.decode()


def test_sitemap_entries_carry_hreflang_alternates(client, world):
    root = ET.fromstring(client.get("/sitemap.xml").content)

    entry = next(
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if url.find("s:loc", SITEMAP_NS).text
        == "http://testserver/kk/programs/silk-road/"
    )
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.findall("xhtml:link", SITEMAP_NS)
    }
    assert alternates == {
        **{
            language: f"http://testserver/{language}/programs/silk-road/"
            for language in LANGUAGES
        },
        "x-default": "http://testserver/programs/silk-road/",
    }


def test_robots_txt_names_the_sitemap(client, world):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_the_x_default_address_redirects_by_the_browsers_language(client, world):
    response = client.get(
        "/programs/silk-road/", headers={"accept-language": "zh-CN,zh;q=0.9"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/programs/silk-road/"
