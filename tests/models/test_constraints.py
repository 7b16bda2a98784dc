"""Hard rules are enforced by the database and explained by model validation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from programs.models import Participant, Registration
from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    ParticipantFactory,
    PartnershipFactory,
    ProgramFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db


def messages_of(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def assert_rejected(instance, message: str) -> None:
    """Model validation explains the problem, and the database refuses it too."""
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    assert message in messages_of(caught.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        instance.save()


def test_duplicate_program_slug_is_rejected():
    ProgramFactory(slug="silk-road")
    duplicate = ProgramFactory.build(
        slug="silk-road", organising_city=CityFactory(), launch_city=None
    )

    assert_rejected(duplicate, "Program with this Slug already exists.")


def test_program_cannot_end_before_it_starts():
    program = ProgramFactory.build(
        organising_city=CityFactory(),
        launch_city=None,
        start_date=datetime.date(2024, 9, 1),
        end_date=datetime.date(2024, 8, 1),
    )

    assert_rejected(program, "The end date cannot be before the start date.")


def test_program_capacity_cannot_be_negative():
    program = ProgramFactory.build(
        organising_city=CityFactory(), launch_city=None, capacity=-1
    )

    with pytest.raises(ValidationError) as caught:
        program.full_clean()
    assert "capacity" in caught.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        program.save()


def test_applications_must_close_after_they_open():
    opens = timezone.now()
    program = ProgramFactory.build(
        organising_city=CityFactory(),
        launch_city=None,
        applications_open_at=opens,
        applications_close_at=opens - datetime.timedelta(days=1),
    )

    assert_rejected(program, "Applications must close after they open.")


def test_schedule_cannot_expire_before_it_goes_live():
    now = timezone.now()
    program = ProgramFactory.build(
        organising_city=CityFactory(),
        launch_city=None,
        go_live_at=now + datetime.timedelta(days=2),
        expire_at=now + datetime.timedelta(days=1),
    )

    assert_rejected(program, "The expiry time must be after the go-live time.")


def test_itinerary_stop_cannot_depart_before_it_arrives():
    stop = ItineraryStopFactory.build(
        program=ProgramFactory(),
        city=CityFactory(),
        arrival_date=datetime.date(2024, 9, 5),
        departure_date=datetime.date(2024, 9, 4),
    )

    assert_rejected(stop, "The departure cannot be before the arrival.")


def test_two_stops_cannot_share_a_position():
    first = ItineraryStopFactory(position=1)
    second = ItineraryStopFactory.build(
        program=first.program, city=CityFactory(), position=1
    )

    assert_rejected(second, "Two stops of a program cannot share a position.")


def test_event_cannot_end_before_it_starts():
    starts = timezone.now()
    event = EventFactory.build(
        program=ProgramFactory(),
        starts_at=starts,
        ends_at=starts - datetime.timedelta(hours=1),
    )

    assert_rejected(event, "An event cannot end before it starts.")


def test_event_time_zone_must_be_known():
    event = EventFactory.build(program=ProgramFactory(), timezone="Mars/Olympus")

    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    assert caught.value.message_dict["timezone"] == [
        "Mars/Olympus is not a known time zone, such as Asia/Almaty."
    ]


def test_event_cannot_use_another_programs_stop():
    stop = ItineraryStopFactory()
    event = EventFactory.build(program=ProgramFactory(), stop=stop)

    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    assert caught.value.message_dict["stop"] == [
        "This stop belongs to another program's itinerary."
    ]


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        (91, 0, "Latitude must be between -90 and 90 degrees."),
        (-90.5, 0, "Latitude must be between -90 and 90 degrees."),
        (0, 180.1, "Longitude must be between -180 and 180 degrees."),
        (0, -181, "Longitude must be between -180 and 180 degrees."),
    ],
)
def test_city_coordinates_must_be_on_the_globe(latitude, longitude, message):
    city = CityFactory.build(latitude=latitude, longitude=longitude)

    assert_rejected(city, message)


def test_partnership_needs_two_different_cities():
    city = CityFactory()
    partnership = PartnershipFactory.build(city_a=city, city_b=city)

    assert_rejected(partnership, "A partnership joins two different cities.")


def test_participant_emails_are_unique_ignoring_case():
    ParticipantFactory(email="aliya@example.org")
    duplicate = ParticipantFactory.build(email="Aliya@Example.org")

    assert_rejected(duplicate, "A participant with this email already exists.")


def test_participants_without_email_do_not_collide():
    ParticipantFactory(email="")
    ParticipantFactory(email="")

    assert Participant.objects.filter(email="").count() == 2


def test_a_participant_registers_once_per_program():
    registration = RegistrationFactory()
    duplicate = Registration(
        participant=registration.participant, program=registration.program
    )

    assert_rejected(
        duplicate, "This participant is already registered for this program."
    )


def test_a_participant_registers_once_per_event_but_for_several_events():
    registration = RegistrationFactory()
    first_event = EventFactory(program=registration.program)
    second_event = EventFactory(program=registration.program)
    Registration.objects.create(
        participant=registration.participant,
        program=registration.program,
        event=first_event,
    )
    Registration.objects.create(
        participant=registration.participant,
        program=registration.program,
        event=second_event,
    )
    duplicate = Registration(
        participant=registration.participant,
        program=registration.program,
        event=first_event,
    )

    assert_rejected(duplicate, "This participant is already registered for this event.")


def test_only_waitlisted_registrations_have_a_waitlist_position():
    registration = RegistrationFactory.build(
        participant=ParticipantFactory(),
        program=ProgramFactory(),
        status=Registration.Status.CONFIRMED,
        waitlist_position=3,
    )

    assert_rejected(
        registration, "Only a waitlisted registration has a waitlist position."
    )


def test_registration_tokens_carry_at_least_128_random_bits():
    tokens = {RegistrationFactory().token for _ in range(20)}

    assert len(tokens) == 20
    # URL-safe base64 carries 6 bits a character.
    assert all(len(token) * 6 >= 128 for token in tokens)


def test_models_read_naturally_as_strings():
    city = CityFactory(name_en="Aktau")
    program = ProgramFactory(title_en="Silk Road Days", organising_city=city)
    stop = ItineraryStopFactory(program=program, city=city, position=2)
    participant = ParticipantFactory(given_name="Aliya", family_name="Seitova")

    assert str(program) == "Silk Road Days"
    assert str(stop) == "2. Aktau"
    assert str(participant) == "Aliya Seitova"
    assert str(RegistrationFactory(participant=participant, program=program)) == (
        "Aliya Seitova → Silk Road Days"
    )
