"""The follow-up form: a confirmed participant gives their travel details on
their self-service page, all of it saved or none, in their language, and
after the deadline their changes wait for the organisers."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from programs.models import (
    AuditEntry,
    ChangeRequest,
    LogisticsSettings,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from programs.services import follow_up, logistics
from programs.services.registration import registration_for_token
from tests.factories import CityFactory, ItineraryStopFactory, ParticipantFactory
from tests.i18n.test_no_english_left import english_left, readable_text

from .conftest import apply
from .test_no_english_left import english_in


@pytest.fixture
def stops(program):
    aktau = CityFactory(
        slug="aktau",
        country="KZ",
        name_en="Aktau",
        name_kk="Ақтау",
        name_zh_hans="阿克套",
    )
    tashkent = CityFactory(
        slug="tashkent",
        country="UZ",
        name_en="Tashkent",
        name_kk="Ташкент",
        name_zh_hans="塔什干",
    )
    return [
        ItineraryStopFactory(
            program=program, city=aktau, arrival_date=datetime.date(2030, 8, 8)
        ),
        ItineraryStopFactory(
            program=program, city=tashkent, arrival_date=datetime.date(2030, 8, 12)
        ),
    ]


@pytest.fixture
def confirmed(program, stops):
    person = ParticipantFactory(given_name="Aliya", family_name="Serikova")
    return apply(program, person)


def page(registration, language="en"):
    return f"/{language}/registrations/{registration.token}/travel/"


def post(client, address, data, **kwargs):
    """The form sent back as a browser sends it: with the fingerprint of
    what the page showed."""
    token = address.split("/registrations/")[1].split("/")[0]
    seen = follow_up.fingerprint(registration_for_token(token))
    return client.post(address, {**data, "seen": seen}, **kwargs)


def leg_fields(stop, direction="arrival", **values):
    prefix = f"leg-{stop.pk}-{direction}"
    return {f"{prefix}-{name}": value for name, value in values.items()}


def valid_post(stops, **overrides):
    data = {
        "details-passport_name": "ALIYA SERIKOVA",
        "details-nationality": "KZ",
        "details-passport_number": "N12345678",
        "details-passport_expires_on": "2034-05-01",
        "details-dietary_requirements": "Vegetarian",
        "details-interpreter_from": "",
        "details-interpreter_to": "",
        **leg_fields(
            stops[0],
            date="2030-08-08",
            time="09:40",
            mode="flight",
            number="kc 921",
            from_place="Astana",
            to_place="Aktau",
        ),
        "visa-countries": ["UZ"],
    }
    data.update(overrides)
    return data


def test_the_form_shows_every_stop_in_the_visitors_language(client, confirmed):
    response = client.get(page(confirmed, "kk"))

    assert response.status_code == 200
    text = response.content.decode()
    assert "Ақтау" in text and "Ташкент" in text
    assert english_left(response, "kk") == []
    assert english_left(client.get(page(confirmed, "zh-hans")), "zh-hans") == []


def test_a_valid_form_saves_details_legs_and_visas(client, confirmed, stops):
    response = post(client, page(confirmed), valid_post(stops))

    assert response.status_code == 302
    details = TravelDetails.objects.get(registration=confirmed)
    assert details.passport_name == "ALIYA SERIKOVA"
    assert details.passport_expires_on == datetime.date(2034, 5, 1)
    leg = TravelLeg.objects.get(registration=confirmed)
    assert (leg.stop, leg.direction, leg.number) == (stops[0], "arrival", "KC 921")
    assert leg.time == datetime.time(9, 40)
    visas = {v.country.code: v.needs_visa for v in confirmed.visa_requirements.all()}
    assert visas == {"UZ": True}
    actions = set(
        AuditEntry.objects.filter(object_id=str(confirmed.pk)).values_list(
            "action", flat=True
        )
    )
    assert {
        AuditEntry.Action.TRAVEL_DETAILS_SAVED,
        AuditEntry.Action.TRAVEL_LEG_SAVED,
        AuditEntry.Action.VISA_SAVED,
    } <= actions


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"details-passport_name": "Әлия Серікова"},
            "details-passport_name",
            "Атын латын әріптерімен жазыңыз",
        ),
        (
            {"__leg__": {"number": "KC 921", "date": ""}},
            "date",
            "Күнін және көлік түрін көрсетіңіз.",
        ),
    ],
)
def test_one_bad_field_saves_nothing_and_says_why_in_kazakh(
    client, confirmed, stops, overrides, field, message
):
    data = valid_post(stops)
    if "__leg__" in overrides:
        data.update(leg_fields(stops[1], "departure", mode="", **overrides["__leg__"]))
    else:
        data.update(overrides)

    response = post(client, page(confirmed, "kk"), data)

    assert response.status_code == 400
    text = response.content.decode()
    assert message in text
    assert english_in(readable_text(text, "kk")) == []
    assert not TravelDetails.objects.filter(registration=confirmed).exists()
    assert not TravelLeg.objects.filter(registration=confirmed).exists()
    assert not VisaRequirement.objects.filter(registration=confirmed).exists()


def test_clearing_a_leg_removes_it(client, confirmed, stops):
    post(client, page(confirmed), valid_post(stops))

    cleared = valid_post(
        stops,
        **leg_fields(
            stops[0], date="", time="", mode="", number="", from_place="", to_place=""
        ),
    )
    response = post(client, page(confirmed), cleared)

    assert response.status_code == 302
    assert not TravelLeg.objects.filter(registration=confirmed).exists()


def test_after_the_deadline_every_change_waits_for_approval(client, confirmed, stops):
    post(client, page(confirmed), valid_post(stops))
    LogisticsSettings.objects.create(
        program=confirmed.program,
        travel_details_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    later = valid_post(
        stops,
        **{"details-passport_number": "N99999999", "visa-countries": ["KZ", "UZ"]},
        **leg_fields(stops[0], date="2030-08-09", number="KC 925"),
        **leg_fields(stops[1], "departure", date="2030-08-14", mode="train"),
    )

    shown = client.get(page(confirmed, "kk")).content.decode()
    response = post(client, page(confirmed, "kk"), later, follow=True)

    assert "Өзгерістерді бекітуге жіберу" in shown
    assert "өзгерістеріңіз ұйымдастырушыларға бекітуге жіберілді" in (
        response.content.decode()
    )
    # Nothing changed yet: not the details, not the legs, not the visas.
    details = TravelDetails.objects.get(registration=confirmed)
    assert details.passport_number == "N12345678"
    assert TravelLeg.objects.filter(registration=confirmed).count() == 1
    assert TravelLeg.objects.get(registration=confirmed).number == "KC 921"
    assert [v.country.code for v in confirmed.visa_requirements.all()] == ["UZ"]
    request = ChangeRequest.objects.get(registration=confirmed)
    assert request.status == ChangeRequest.Status.PENDING
    arrival = f"leg:{stops[0].pk}:arrival"
    departure = f"leg:{stops[1].pk}:departure"
    assert set(request.changes) == {"passport_number", arrival, departure, "visas"}
    assert request.changes[arrival]["old"]["number"] == "KC 921"
    assert request.changes[arrival]["new"]["number"] == "KC 925"
    assert request.changes[departure]["old"] is None
    assert request.changes["visas"] == {"old": ["UZ"], "new": ["KZ", "UZ"]}

    logistics.approve_change(request, None)

    details.refresh_from_db()
    assert details.passport_number == "N99999999"
    legs = {
        (leg.stop_id, leg.direction): leg
        for leg in TravelLeg.objects.filter(registration=confirmed)
    }
    assert legs[(stops[0].pk, "arrival")].number == "KC 925"
    assert legs[(stops[0].pk, "arrival")].date == datetime.date(2030, 8, 9)
    assert legs[(stops[1].pk, "departure")].mode == "train"
    assert sorted(
        v.country.code for v in confirmed.visa_requirements.filter(needs_visa=True)
    ) == ["KZ", "UZ"]


def requested_after_the_deadline(client, confirmed, stops) -> None:
    """Details given in time, then a new arrival flight after the deadline."""
    post(client, page(confirmed), valid_post(stops))
    LogisticsSettings.objects.create(
        program=confirmed.program,
        travel_details_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    post(
        client,
        page(confirmed),
        valid_post(stops, **leg_fields(stops[0], number="KC 925")),
    )


def test_a_request_for_a_leg_changed_since_is_not_approved(client, confirmed, stops):
    requested_after_the_deadline(client, confirmed, stops)
    request = ChangeRequest.objects.get(registration=confirmed)
    leg = TravelLeg.objects.get(registration=confirmed)
    leg.number = "KC 999"
    leg.save()

    with pytest.raises(ValidationError):
        logistics.approve_change(request, None)

    leg.refresh_from_db()
    assert leg.number == "KC 999"
    request.refresh_from_db()
    assert request.status == ChangeRequest.Status.PENDING


def test_the_change_request_reads_in_words_in_the_admin(client, confirmed, stops):
    requested_after_the_deadline(client, confirmed, stops)
    key = f"leg:{stops[0].pk}:arrival"

    with translation.override("en"):
        assert logistics.change_label(key) == "Arrival: Aktau"
        request = ChangeRequest.objects.get(registration=confirmed)
        assert "KC 925" in logistics.change_shown(key, request.changes[key]["new"])
        assert logistics.change_shown("visas", ["UZ"]) == "Uzbekistan"


def test_only_a_confirmed_participant_reaches_the_form(client, program, stops):
    apply(program)
    apply(program)  # the last seat
    waiting = apply(program)

    response = client.get(page(waiting), follow=True)

    assert response.redirect_chain == [(f"/en/registrations/{waiting.token}/", 302)]
    assert client.get("/en/registrations/nobody/travel/").status_code == 404
    assert client.post(page(waiting), {}).status_code == 302
    assert not TravelDetails.objects.exists()


def test_the_self_service_page_links_the_form(client, confirmed):
    text = client.get(f"/en/registrations/{confirmed.token}/").content.decode()

    assert page(confirmed) in text


def test_a_token_shows_and_changes_only_its_own_persons_details(
    client, program, stops, confirmed
):
    other = apply(program, ParticipantFactory(given_name="Bolat"))
    post(
        client,
        page(other),
        valid_post(stops, **{"details-passport_number": "B7654321"}),
    )

    own = client.get(page(confirmed)).content.decode()
    post(client, page(confirmed), valid_post(stops))

    assert "B7654321" not in own
    assert TravelDetails.objects.get(registration=other).passport_number == "B7654321"
    assert TravelDetails.objects.get(registration=confirmed).passport_number == (
        "N12345678"
    )


def test_a_form_opened_before_an_organisers_change_saves_nothing(
    client, confirmed, stops
):
    post(client, page(confirmed), valid_post(stops))
    opened = client.get(page(confirmed, "kk")).content.decode()
    seen = opened.split('name="seen" value="')[1].split('"')[0]
    # Meanwhile an organiser corrects the passport number.
    logistics.save_travel_details(confirmed, {"passport_number": "N55555555"}, None)

    stale = {**valid_post(stops, **{"details-dietary_requirements": "Halal"})}
    response = client.post(page(confirmed, "kk"), {**stale, "seen": seen}, follow=True)

    assert "сапар мәліметтеріңіз өзгертілді" in response.content.decode()
    details = TravelDetails.objects.get(registration=confirmed)
    assert details.passport_number == "N55555555"
    assert details.dietary_requirements == "Vegetarian"
    # The page now shows the organiser's correction.
    assert "N55555555" in response.content.decode()
