"""``seed_demo``'s fictional logistics for the reference program's confirmed
demo participants: passports, legs, visas, rooms, an interpreter, a change."""

import datetime

import pytest
from django.forms.models import model_to_dict

from programs.models import (
    ChangeRequest,
    Hotel,
    InterpreterAssignment,
    LogisticsSettings,
    Registration,
    Room,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from programs.services import interpreting, logistics

from .test_seed_demo import reference_program, seed

pytestmark = pytest.mark.django_db

TRAVELLERS = ["Aru", "Dana", "Hua", "Marat", "Wei"]
LOGISTICS_MODELS = (
    LogisticsSettings,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
    ChangeRequest,
    Hotel,
    Room,
    RoomNight,
    InterpreterAssignment,
)


def registration_of(given_name: str) -> Registration:
    return Registration.objects.get(
        program=reference_program(), participant__given_name=given_name
    )


def flags_of(given_name: str) -> list[str]:
    registration = registration_of(given_name)
    flags = logistics.passport_warnings(registration)
    flags += logistics.missing_information(registration)
    return sorted({flag.message for flag in flags})


def logistics_rows() -> dict[str, list[dict]]:
    return {
        model.__name__: [model_to_dict(row) for row in model.objects.order_by("pk")]
        for model in LOGISTICS_MODELS
    }


def test_every_confirmed_demo_participant_gets_latin_passport_details():
    seed()

    details = TravelDetails.objects.filter(
        registration__program=reference_program()
    ).select_related("registration__participant")
    people = {d.registration.participant.given_name: d for d in details}
    assert sorted(people) == TRAVELLERS
    for given_name, found in people.items():
        assert found.passport_name == f"{given_name} Demo".upper()
        assert found.passport_number.startswith("DEMO")
        assert found.registration.participant.is_demo
    # Lin has only applied, so does not travel.
    assert not TravelDetails.objects.filter(
        registration__participant__given_name="Lin"
    ).exists()


def test_each_traveller_arrives_at_and_leaves_each_stop_they_visit():
    seed()

    program = reference_program()
    for given_name in TRAVELLERS:
        legs = TravelLeg.objects.filter(registration=registration_of(given_name))
        visited = 3 if given_name == "Hua" else 4
        assert legs.filter(direction="arrival").count() == visited
        assert legs.filter(direction="departure").count() == visited
        assert all(leg.number.startswith(("DEM ", "DT ")) for leg in legs)
    assert set(TravelLeg.objects.values_list("stop__program", flat=True)) == {
        program.pk
    }


def test_visa_needs_cover_both_countries_of_the_itinerary():
    seed()

    for given_name in TRAVELLERS:
        visas = VisaRequirement.objects.filter(registration=registration_of(given_name))
        assert sorted(v.country.code for v in visas) == ["KZ", "UZ"]
    needing = VisaRequirement.objects.filter(needs_visa=True)
    assert sorted(
        needing.values_list("registration__participant__given_name", flat=True)
    ) == ["Hua", "Wei"]


def test_demo_hotels_at_every_stop_with_rooms_of_one_or_two_beds():
    seed()

    program = reference_program()
    hotels = Hotel.objects.filter(program=program)
    assert hotels.count() == program.itinerary_stops.count() == 4
    assert all(hotel.name.startswith("Demo Hotel ") for hotel in hotels)
    assert set(Room.objects.values_list("capacity", flat=True)) == {1, 2}


def test_room_nights_follow_the_stays_and_never_overfill_a_room():
    seed()

    for room in Room.objects.prefetch_related("nights"):
        per_night: dict[datetime.date, int] = {}
        for night in room.nights.all():
            per_night[night.night] = per_night.get(night.night, 0) + 1
        assert all(count <= room.capacity for count in per_night.values())
    aru = registration_of("Aru")
    nights = sorted(
        RoomNight.objects.filter(registration=aru).values_list("night", flat=True)
    )
    # From the arrival in Almaty to the night before leaving Samarkand.
    assert nights[0] == datetime.date(2024, 8, 4)
    assert nights[-1] == datetime.date(2024, 8, 15)
    assert len(nights) == len(set(nights)) == 12


def test_the_interpreter_in_aktau_covers_the_pairs_people_need_there():
    seed()

    assignment = InterpreterAssignment.objects.select_related("event").get()
    assert assignment.participant.is_demo
    assert assignment.event.stop.city.slug == "aktau"
    assert interpreting.interpreter_warnings(assignment.event) == []
    needing = TravelDetails.objects.exclude(interpreter_from="")
    assert needing.count() == 2


def test_one_change_request_waits_and_can_be_approved():
    seed()

    request = ChangeRequest.objects.get()
    assert request.status == ChangeRequest.Status.PENDING
    assert request.registration.participant.given_name == "Aru"
    assert logistics.is_past_deadline(reference_program())

    logistics.approve_change(request, None)

    assert TravelDetails.objects.get(
        registration=request.registration
    ).dietary_requirements == ("Vegetarian, and no dairy.")


def test_the_warnings_show_for_the_intended_people():
    seed()

    assert flags_of("Marat") == [
        "The passport expires on Dec. 20, 2024, less than six months after the "
        "program ends (Aug. 15, 2024)."
    ]
    assert flags_of("Dana") == ["The passport expiry date is missing."]
    assert flags_of("Hua") == [
        "A visa for Uzbekistan is needed, but no invitation letter has been generated.",
        "No arrival is recorded for Samarkand.",
    ]
    assert flags_of("Aru") == flags_of("Wei") == []


def test_running_twice_leaves_the_same_logistics_rows_and_values():
    seed()
    first = logistics_rows()
    updated = list(TravelDetails.objects.order_by("pk").values_list("updated_at"))

    seed()

    assert logistics_rows() == first
    # Twelve nights for four people; Hua leaves before Samarkand.
    assert len(first["RoomNight"]) == 12 * 4 + 10
    # Nothing was saved again, not even with the same values.
    assert (
        list(TravelDetails.objects.order_by("pk").values_list("updated_at")) == updated
    )
