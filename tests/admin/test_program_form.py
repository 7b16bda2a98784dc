"""Saving a program through the admin, in five languages, with its itinerary."""

import datetime

import pytest
from django.urls import reverse

from programs.models import Program
from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    ProgramFactory,
)

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:programs_program_add")
TITLES = {
    "en": "Caravan of Friendship",
    "fr": "Caravane de l’amitié",
    "ru": "Караван дружбы",
    "kk": "Достық керуені",
    "zh_hans": "友谊商队",
}


def management_form(prefix: str, total: int) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def program_form(city, **overrides) -> dict:
    """The POST data of the program add page, with no inline rows."""
    data = {
        "slug": "caravan-of-friendship",
        "organising_city": str(city.pk),
        "launch_date": "2024-08-15",
        "launch_date_precision": "month",
        "launch_city": str(city.pk),
        "start_date": "2024-08-01",
        "end_date": "2024-09-30",
        **{f"title_{code}": title for code, title in TITLES.items()},
        **management_form("itinerary_stops", 0),
        **management_form("events", 0),
        **management_form("press_coverage", 0),
        **management_form("gallery_items", 0),
    }
    data.update(overrides)
    return data


def with_stops(data: dict, *stops: dict) -> dict:
    data = {**data, **management_form("itinerary_stops", len(stops))}
    for index, stop in enumerate(stops):
        for key, value in stop.items():
            data[f"itinerary_stops-{index}-{key}"] = value
    return data


def test_program_saved_in_admin_keeps_all_five_titles_and_its_stops(superuser_client):
    astana = CityFactory(name_en="Astana")
    aktau = CityFactory(name_en="Aktau")
    data = with_stops(
        program_form(
            astana,
            summary_en="Journalists retrace the route.",
            summary_ru="Журналисты проходят маршрут.",
            body_fr="<p>Un voyage <strong>médiatique</strong>.</p>",
        ),
        {
            "position": "1",
            "city": str(astana.pk),
            "arrival_date": "2024-08-15",
            "departure_date": "2024-08-17",
            "summary_en": "The launch.",
            "summary_zh_hans": "启动仪式。",
        },
        {"position": "2", "city": str(aktau.pk), "summary_kk": "Теңіз порты."},
    )

    response = superuser_client.post(ADD_URL, data)

    assert response.status_code == 302, response.context["errors"]
    program = Program.objects.get(slug="caravan-of-friendship")
    for code, title in TITLES.items():
        assert getattr(program, f"title_{code}") == title
    assert program.summary_ru == "Журналисты проходят маршрут."
    assert program.body_fr == "<p>Un voyage <strong>médiatique</strong>.</p>"
    # Known only to the month, so stored as the month's first day.
    assert program.launch_date == datetime.date(2024, 8, 1)
    stops = list(program.itinerary_stops.order_by("position"))
    assert [(stop.position, stop.city) for stop in stops] == [(1, astana), (2, aktau)]
    assert stops[0].summary_zh_hans == "启动仪式。"
    assert stops[1].summary_kk == "Теңіз порты."
    assert stops[0].departure_date == datetime.date(2024, 8, 17)


def test_new_program_from_the_admin_starts_as_a_draft(superuser_client):
    superuser_client.post(ADD_URL, program_form(CityFactory()))

    program = Program.objects.get(slug="caravan-of-friendship")
    assert program.live is False
    assert program.status_string == "draft"


def test_english_title_is_required(superuser_client):
    response = superuser_client.post(ADD_URL, program_form(CityFactory(), title_en=""))

    assert response.status_code == 200
    assert "title_en" in response.context["adminform"].form.errors
    assert not Program.objects.exists()


def test_rich_text_is_sanitised_when_saved_from_the_admin(superuser_client):
    superuser_client.post(
        ADD_URL,
        program_form(
            CityFactory(),
            body_en='<p onclick="steal()">Hello<script>alert(1)</script></p>',
        ),
    )

    assert Program.objects.get().body_en == "<p>Hello</p>"


def test_program_admin_search_finds_a_title_in_any_language(superuser_client):
    ProgramFactory(title_en="Silk Road Forum", title_kk="Жібек жолы форумы")
    ProgramFactory(title_en="Sea Festival")

    response = superuser_client.get(
        reverse("admin:programs_program_changelist"), {"q": "Жібек"}
    )

    found = [program.title_en for program in response.context["cl"].result_list]
    assert found == ["Silk Road Forum"]


def test_event_rows_offer_only_this_programs_itinerary_stops(superuser_client):
    own = ItineraryStopFactory(position=1)
    ItineraryStopFactory(position=1)
    EventFactory(program=own.program)

    response = superuser_client.get(
        reverse("admin:programs_program_change", args=[own.program.pk])
    )

    events = response.context["inline_admin_formsets"][1].formset
    assert list(events.forms[0].fields["stop"].queryset) == [own]
