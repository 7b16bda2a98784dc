"""Rooms: one room a night per person, never more people than beds."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from programs.models import AuditEntry, Registration, Room, RoomNight
from programs.services import rooming
from tests.factories import (
    HotelFactory,
    ItineraryStopFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    RoomFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

AUG = [datetime.date(2024, 8, day) for day in range(1, 32)]
Status = Registration.Status


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def stop(db):
    # Arrive on 1 August, leave on 4 August: the nights of the 1st, 2nd, 3rd.
    return ItineraryStopFactory(
        program=ProgramFactory(),
        arrival_date=AUG[0],
        departure_date=AUG[3],
    )


@pytest.fixture
def single(stop):
    return RoomFactory(hotel=HotelFactory(stop=stop), label="412", capacity=1)


def traveller(program, name: str = "Aigerim") -> Registration:
    return RegistrationFactory(
        program=program,
        participant=ParticipantFactory(given_name=name, family_name="Test"),
        status=Status.CONFIRMED,
    )


def nights_of(registration) -> list[tuple[str, datetime.date]]:
    return list(
        RoomNight.objects.filter(registration=registration)
        .order_by("night")
        .values_list("room__label", "night")
    )


def test_assigning_a_room_books_each_night_and_is_audited(single, organiser):
    guest = traveller(single.hotel.program)

    rooming.assign_room(single, guest, [AUG[1], AUG[0]], organiser)

    assert nights_of(guest) == [("412", AUG[0]), ("412", AUG[1])]
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.object_id) == (
        AuditEntry.Action.ROOM_ASSIGNED,
        organiser,
        str(guest.pk),
    )
    assert entry.details == {
        "room": single.pk,
        "nights": ["2024-08-01", "2024-08-02"],
    }


def test_a_full_room_is_refused_with_the_night_it_is_full(single, organiser):
    program = single.hotel.program
    rooming.assign_room(single, traveller(program, "Aigerim"), [AUG[1]], organiser)
    late = traveller(program, "Bolat")

    with pytest.raises(ValidationError) as error:
        rooming.assign_room(single, late, [AUG[0], AUG[1]], organiser)

    assert error.value.messages == ["Room 412 is full on the night of Aug. 2, 2024."]
    # All or none: the free first night was not booked either.
    assert nights_of(late) == []


def test_a_twin_room_takes_two_people_a_night(stop, organiser):
    twin = RoomFactory(hotel=HotelFactory(stop=stop), capacity=2)
    people = [traveller(stop.program, name) for name in ("Aigerim", "Bolat", "Chen")]

    rooming.assign_room(twin, people[0], [AUG[0]], organiser)
    rooming.assign_room(twin, people[1], [AUG[0]], organiser)
    with pytest.raises(ValidationError, match="is full"):
        rooming.assign_room(twin, people[2], [AUG[0]], organiser)

    assert RoomNight.objects.filter(room=twin).count() == 2


def test_a_person_never_has_two_rooms_on_one_night(single, stop, organiser):
    other = RoomFactory(hotel=single.hotel, label="413", capacity=1)
    guest = traveller(stop.program)
    rooming.assign_room(single, guest, [AUG[0]], organiser)

    with pytest.raises(ValidationError) as error:
        rooming.assign_room(other, guest, [AUG[0]], organiser)

    assert error.value.messages == [
        "Aigerim Test already has a room on the night of Aug. 1, 2024."
    ]
    assert nights_of(guest) == [("412", AUG[0])]


def test_the_database_also_refuses_two_rooms_on_one_night(single, organiser):
    guest = traveller(single.hotel.program)
    other = RoomFactory(hotel=single.hotel)
    RoomNight.objects.create(room=single, registration=guest, night=AUG[0])

    with pytest.raises(IntegrityError):
        RoomNight.objects.create(room=other, registration=guest, night=AUG[0])


def test_a_hotel_of_another_program_is_refused(single, organiser):
    stranger = traveller(ProgramFactory(title_en="Steppe Days"))

    with pytest.raises(ValidationError) as error:
        rooming.assign_room(single, stranger, [AUG[0]], organiser)

    assert error.value.messages == ["This hotel is not at a stop of Steppe Days."]
    assert not RoomNight.objects.exists()


def test_a_night_outside_the_stay_at_the_stop_is_refused(single, organiser):
    guest = traveller(single.hotel.program)

    with pytest.raises(ValidationError) as error:
        rooming.assign_room(single, guest, [AUG[2], AUG[3]], organiser)

    (message,) = error.value.messages
    assert message.startswith("The night of Aug. 4, 2024 is outside the stay at")


def test_a_registration_that_does_not_travel_gets_no_room(single, organiser):
    waiting = RegistrationFactory(
        program=single.hotel.program, status=Status.WAITLISTED, waitlist_position=1
    )

    with pytest.raises(ValidationError, match="Only confirmed participants"):
        rooming.assign_room(single, waiting, [AUG[0]], organiser)


def test_no_nights_is_refused(single, organiser):
    with pytest.raises(ValidationError, match="at least one night"):
        rooming.assign_room(single, traveller(single.hotel.program), [], organiser)


def test_taking_a_room_back_frees_the_bed_and_is_audited(single, organiser):
    program = single.hotel.program
    first, second = traveller(program, "Aigerim"), traveller(program, "Bolat")
    rooming.assign_room(single, first, AUG[:3], organiser)

    freed = rooming.unassign_room(single, first, [AUG[1]], by=organiser)
    rooming.assign_room(single, second, [AUG[1]], organiser)

    assert freed == 1
    assert nights_of(first) == [("412", AUG[0]), ("412", AUG[2])]
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.ROOM_UNASSIGNED, details__nights=["2024-08-02"]
    ).exists()


def test_taking_back_a_room_nobody_holds_writes_nothing(single, organiser):
    assert rooming.unassign_room(single, traveller(single.hotel.program)) == 0
    assert not AuditEntry.objects.exists()


def test_a_room_without_a_bed_is_refused_by_the_database(single):
    with pytest.raises(IntegrityError):
        Room.objects.create(hotel=single.hotel, label="0", capacity=0)
