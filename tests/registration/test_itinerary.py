"""A confirmed participant's personal itinerary, as PDF and as .ics, from
their self-service link, in their language.

The PDFs are read back with poppler's pdftotext: the text must be there as
text (fonts embedded, Kazakh and Chinese shaped), not only as pixels.
"""

import datetime

import icalendar
import pytest

from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    ParticipantFactory,
)
from tests.pdf import needs_pdftotext, pdf_text

from .conftest import apply
from .test_no_english_left import english_in

pytestmark = needs_pdftotext


@pytest.fixture
def tour(program):
    aktau = CityFactory(name_en="Aktau", name_kk="Ақтау", name_zh_hans="阿克套")
    stop = ItineraryStopFactory(
        program=program,
        city=aktau,
        arrival_date=datetime.date(2030, 8, 8),
        departure_date=datetime.date(2030, 8, 10),
        summary_en="The Caspian coast.",
        summary_kk="Каспий жағалауы.",
        summary_zh_hans="里海沿岸。",
    )
    EventFactory(
        program=program,
        stop=stop,
        city=aktau,
        title_en="Port visit",
        title_kk="Портқа сапар",
        title_zh_hans="参观港口",
        starts_at=datetime.datetime(2030, 8, 9, 5, 30, tzinfo=datetime.UTC),
        timezone="Asia/Aqtau",
    )
    EventFactory(program=program, title_en="Draft", live=False)
    person = ParticipantFactory(
        given_name="Aliya", family_name="Serikova", native_name="Әлия Серікова"
    )
    return apply(program, person)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", ["Ашық бағдарлама", "Әлия Серікова", "Ақтау", "Портқа сапар", "10:30"]),
        ("zh-hans", ["开放项目", "Әлия Серікова", "阿克套", "参观港口", "10:30"]),
    ],
)
def test_itinerary_pdf_in_the_visitors_language(client, tour, language, expected):
    response = client.get(f"/{language}/registrations/{tour.token}/itinerary.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "attachment" in response["Content-Disposition"]
    text = pdf_text(response.content)
    for words in expected:
        assert words in text
    # Local time at the venue (Aktau is UTC+5), and no unpublished event.
    assert "Draft" not in text
    assert english_in(text) == []


def test_itinerary_calendar_lists_the_stop_and_the_published_events(client, tour):
    response = client.get(f"/kk/registrations/{tour.token}/itinerary.ics")

    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = sorted(str(part["summary"]) for part in calendar.walk("VEVENT"))
    assert summaries == sorted(["Портқа сапар", "Ақтау"])


def test_one_events_itinerary_holds_that_event_only(client, program):
    event = EventFactory(program=program, title_en="Evening concert")
    EventFactory(program=program, title_en="Round table")
    made = apply(program, event=event)

    text = pdf_text(client.get(f"/en/registrations/{made.token}/itinerary.pdf").content)

    assert "Evening concert" in text
    assert "Round table" not in text


def test_typed_markup_is_printed_as_text(client, tour):
    stop = tour.program.itinerary_stops.get()
    stop.summary_en = '<img src="file:///etc/passwd"> Caspian'
    stop.save()

    text = pdf_text(client.get(f"/en/registrations/{tour.token}/itinerary.pdf").content)

    assert '<img src="file:///etc/passwd"> Caspian' in text


def test_only_confirmed_participants_get_an_itinerary(client, program):
    apply(program)
    apply(program)  # the last seat
    waiting = apply(program)
    assert waiting.status == "waitlisted"

    for document in ("itinerary.pdf", "itinerary.ics"):
        response = client.get(
            f"/kk/registrations/{waiting.token}/{document}", follow=True
        )
        assert response.redirect_chain == [(f"/kk/registrations/{waiting.token}/", 302)]
        page = response.content.decode()
        assert (
            "Маршрут пен сапар мәліметтері тек расталған қатысушыларға арналған."
            in page
        )
        assert f"{waiting.token}/itinerary.pdf" not in page
    assert client.get("/kk/registrations/not-a-token/itinerary.pdf").status_code == 404


def test_the_self_service_page_links_the_itinerary(client, tour):
    page = client.get(f"/en/registrations/{tour.token}/").content.decode()

    assert f"/en/registrations/{tour.token}/itinerary.pdf" in page
    assert f"/en/registrations/{tour.token}/itinerary.ics" in page
