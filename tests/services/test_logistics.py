"""Travel details, the deadline and change requests, legs, visas and warnings."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from programs.models import (
    AuditEntry,
    ChangeRequest,
    Registration,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from programs.services import logistics
from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    LogisticsSettingsFactory,
    ProgramFactory,
    RegistrationFactory,
    TravelDetailsFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Action = AuditEntry.Action
Status = Registration.Status


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def program(organiser):
    program = ProgramFactory(
        start_date=datetime.date(2024, 8, 1),
        end_date=datetime.date(2024, 9, 30),
        managers=[organiser],
    )
    ItineraryStopFactory(
        program=program, city=CityFactory(name_en="Astana", country="KZ"), position=1
    )
    ItineraryStopFactory(
        program=program,
        city=CityFactory(name_en="Lianyungang", country="CN"),
        position=2,
    )
    return program


@pytest.fixture
def registration(program):
    return RegistrationFactory(program=program, status=Status.CONFIRMED)


def deadline(program, *, days: int) -> None:
    LogisticsSettingsFactory(
        program=program,
        travel_details_deadline=timezone.now() + datetime.timedelta(days=days),
    )


def field_errors(error: ValidationError) -> dict[str, list[str]]:
    return error.value.message_dict


# Passport fields


@pytest.mark.parametrize(
    "name",
    [
        "AIGERIM NURLANOVA",
        "aigerim nurlanova",
        "José María O'Neil-Ruiz",
        "Łukasz Ødegård",
        "Nguyễn Văn An",
        "D’Artagnan",
        "Jose\u0301 Marti\u0301",  # accents typed as combining marks
    ],
)
def test_a_passport_name_in_latin_letters_is_saved(registration, organiser, name):
    logistics.save_travel_details(registration, {"passport_name": name}, organiser)

    assert TravelDetails.objects.get(registration=registration).passport_name == name


@pytest.mark.parametrize(
    "name", ["王伟", "Әлия Сейітова", "Алия", "Aliya2", "Aliya_S", "- '", "Aliya × 2"]
)
def test_a_passport_name_outside_latin_script_is_refused_with_the_reason(
    registration, organiser, name
):
    with pytest.raises(ValidationError) as error:
        logistics.save_travel_details(registration, {"passport_name": name}, organiser)

    assert field_errors(error)["passport_name"] == [
        "Write the name in Latin letters (A to Z, accented letters allowed), with "
        "only spaces, hyphens and apostrophes between them."
    ]
    assert not TravelDetails.objects.exists()


@pytest.mark.parametrize("number", ["N12345678", "ab123", "A" * 20])
def test_a_passport_number_of_5_to_20_letters_and_digits_is_saved(
    registration, organiser, number
):
    logistics.save_travel_details(registration, {"passport_number": number}, organiser)

    assert TravelDetails.objects.get().passport_number == number


@pytest.mark.parametrize(
    "number", ["AB12", "N 1234567", "N-1234567", "A" * 21, "№123456"]
)
def test_a_malformed_passport_number_is_refused(registration, organiser, number):
    with pytest.raises(ValidationError) as error:
        logistics.save_travel_details(
            registration, {"passport_number": number}, organiser
        )

    assert "passport_number" in field_errors(error)


def test_the_nationality_is_a_country_code_as_for_participants(registration, organiser):
    logistics.save_travel_details(registration, {"nationality": "CN"}, organiser)

    with pytest.raises(ValidationError) as error:
        logistics.save_travel_details(registration, {"nationality": "XX"}, organiser)
    assert TravelDetails.objects.get().nationality.code == "CN"
    assert "nationality" in field_errors(error)


def test_interpreting_needs_both_languages_and_two_different_ones(
    registration, organiser
):
    for pair in (
        {"interpreter_from": "zh-hans"},
        {"interpreter_from": "kk", "interpreter_to": "kk"},
    ):
        with pytest.raises(ValidationError):
            logistics.save_travel_details(registration, pair, organiser)

    details = logistics.save_travel_details(
        registration, {"interpreter_from": "zh-hans", "interpreter_to": "kk"}, organiser
    )
    assert details.needs_interpreter


# Who travels


@pytest.mark.parametrize(
    "status", [Status.APPLIED, Status.WAITLISTED, Status.DECLINED, Status.CANCELLED]
)
def test_only_confirmed_or_attended_registrations_get_travel_details(
    program, organiser, status
):
    registration = RegistrationFactory(program=program, status=status)

    with pytest.raises(ValidationError) as error:
        logistics.save_travel_details(registration, {"passport_name": "ALI"}, organiser)

    assert "Only confirmed participants have travel details" in error.value.messages[0]
    assert not TravelDetails.objects.exists()
    assert not AuditEntry.objects.exists()


def test_an_attended_registration_keeps_getting_travel_details(program, organiser):
    registration = RegistrationFactory(program=program, status=Status.ATTENDED)

    logistics.save_travel_details(registration, {"passport_name": "ALI"}, organiser)

    assert TravelDetails.objects.get().passport_name == "ALI"


# The deadline and change requests


def test_before_the_deadline_travel_details_are_saved_and_audited(
    registration, organiser
):
    deadline(registration.program, days=3)

    saved = logistics.save_travel_details(
        registration,
        {
            "passport_number": "N1234567",
            "passport_expires_on": datetime.date(2031, 5, 1),
        },
        organiser,
    )

    assert isinstance(saved, TravelDetails)
    assert TravelDetails.objects.get().passport_number == "N1234567"
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.object_id) == (
        Action.TRAVEL_DETAILS_SAVED,
        organiser,
        str(registration.pk),
    )
    assert entry.details == {"fields": ["passport_expires_on", "passport_number"]}


def test_the_audit_log_names_the_fields_but_never_the_values(registration, organiser):
    deadline(registration.program, days=-1)
    logistics.save_travel_details(
        registration, {"passport_number": "SECRET123"}, organiser
    )

    assert "SECRET123" not in str(
        list(AuditEntry.objects.values("details", "object_repr"))
    )


def test_unchanged_values_write_nothing(registration, organiser):
    TravelDetailsFactory(registration=registration, passport_number="N1234567")

    logistics.save_travel_details(
        registration, {"passport_number": "N1234567"}, organiser
    )

    assert not AuditEntry.objects.exists()


def test_after_the_deadline_a_change_waits_as_a_pending_request(
    registration, organiser
):
    TravelDetailsFactory(registration=registration, passport_number="N1111111")
    deadline(registration.program, days=-1)

    result = logistics.save_travel_details(
        registration,
        {"passport_number": "N2222222", "dietary_requirements": "Halal"},
        organiser,
    )

    assert isinstance(result, ChangeRequest)
    assert result.status == ChangeRequest.Status.PENDING
    assert result.changes == {
        "dietary_requirements": {"old": "", "new": "Halal"},
        "passport_number": {"old": "N1111111", "new": "N2222222"},
    }
    details = TravelDetails.objects.get()
    assert (details.passport_number, details.dietary_requirements) == ("N1111111", "")
    assert AuditEntry.objects.get().action == Action.TRAVEL_CHANGE_REQUESTED


def test_after_the_deadline_an_invalid_value_is_refused_at_once(
    registration, organiser
):
    deadline(registration.program, days=-1)

    with pytest.raises(ValidationError):
        logistics.save_travel_details(
            registration, {"passport_name": "王伟"}, organiser
        )

    assert not ChangeRequest.objects.exists()


def test_approving_a_request_applies_it_and_is_audited(registration, organiser):
    TravelDetailsFactory(registration=registration, passport_number="N1111111")
    deadline(registration.program, days=-1)
    request = logistics.save_travel_details(
        registration,
        {
            "passport_number": "N2222222",
            "passport_expires_on": datetime.date(2032, 2, 29),
        },
        organiser,
    )
    approver = UserFactory(username="approver", groups=["Organisers"])

    logistics.approve_change(request, approver)

    details = TravelDetails.objects.get()
    assert details.passport_number == "N2222222"
    assert details.passport_expires_on == datetime.date(2032, 2, 29)
    request.refresh_from_db()
    assert request.status == ChangeRequest.Status.APPROVED
    assert (request.decided_by, request.requested_by) == (approver, organiser)
    assert request.decided_at is not None
    last = AuditEntry.objects.order_by("pk").last()
    assert (last.action, last.actor, last.object_id) == (
        Action.TRAVEL_CHANGE_APPROVED,
        approver,
        str(registration.pk),
    )


def test_approving_a_request_for_someone_without_details_creates_them(
    registration, organiser
):
    deadline(registration.program, days=-1)
    request = logistics.save_travel_details(
        registration, {"nationality": "CN"}, organiser
    )
    assert not TravelDetails.objects.exists()

    logistics.approve_change(request, organiser)

    assert TravelDetails.objects.get().nationality.code == "CN"


def test_rejecting_a_request_leaves_the_details_and_is_audited(registration, organiser):
    TravelDetailsFactory(registration=registration, passport_number="N1111111")
    deadline(registration.program, days=-1)
    request = logistics.save_travel_details(
        registration, {"passport_number": "N2222222"}, organiser
    )

    logistics.reject_change(request, organiser)

    assert TravelDetails.objects.get().passport_number == "N1111111"
    request.refresh_from_db()
    assert request.status == ChangeRequest.Status.REJECTED
    assert request.decided_by == organiser
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        Action.TRAVEL_CHANGE_REQUESTED,
        Action.TRAVEL_CHANGE_REJECTED,
    ]


@pytest.mark.parametrize("second", ["approve_change", "reject_change"])
def test_a_decided_request_cannot_be_decided_again(registration, organiser, second):
    deadline(registration.program, days=-1)
    request = logistics.save_travel_details(
        registration, {"passport_number": "N2222222"}, organiser
    )
    logistics.reject_change(request, organiser)

    with pytest.raises(ValidationError, match="already been decided"):
        getattr(logistics, second)(request, organiser)

    assert not TravelDetails.objects.exists()


def test_approving_a_request_whose_field_changed_since_is_refused(
    registration, organiser
):
    TravelDetailsFactory(registration=registration, passport_number="N1111111")
    deadline(registration.program, days=-1)
    first = logistics.save_travel_details(
        registration, {"passport_number": "N2222222"}, organiser
    )
    second = logistics.save_travel_details(
        registration, {"passport_number": "N3333333"}, organiser
    )
    logistics.approve_change(second, organiser)

    with pytest.raises(ValidationError, match="changed after this request"):
        logistics.approve_change(first, organiser)

    assert TravelDetails.objects.get().passport_number == "N3333333"
    first.refresh_from_db()
    assert first.status == ChangeRequest.Status.PENDING


# Legs and visas


def stops(program):
    return list(program.itinerary_stops.order_by("position"))


@pytest.mark.parametrize(
    "number", ["KC 921", "CZ6017", "T 203", "kc921", "SU1920A", ""]
)
def test_a_leg_takes_a_flight_or_train_number(registration, organiser, number):
    leg = TravelLeg(
        registration=registration,
        stop=stops(registration.program)[0],
        direction=TravelLeg.Direction.ARRIVAL,
        date=datetime.date(2024, 8, 1),
        mode=TravelLeg.Mode.FLIGHT,
        number=number,
    )

    logistics.save_travel_record(leg, organiser)

    assert TravelLeg.objects.get().number == number.upper()
    assert AuditEntry.objects.get().action == Action.TRAVEL_LEG_SAVED


@pytest.mark.parametrize("number", ["921", "KC-921", "KC  921", "KC 9211234", "рейс 5"])
def test_a_malformed_flight_or_train_number_is_refused(registration, organiser, number):
    leg = TravelLeg(
        registration=registration,
        stop=stops(registration.program)[0],
        direction=TravelLeg.Direction.ARRIVAL,
        date=datetime.date(2024, 8, 1),
        mode=TravelLeg.Mode.TRAIN,
        number=number,
    )

    with pytest.raises(ValidationError) as error:
        logistics.save_travel_record(leg, organiser)

    assert field_errors(error)["number"] == [
        "Write a flight or train number such as KC 921, CZ6017 or T 203."
    ]


def test_a_leg_to_a_stop_of_another_program_is_refused(registration, organiser):
    elsewhere = ItineraryStopFactory()
    leg = TravelLeg(
        registration=registration,
        stop=elsewhere,
        direction=TravelLeg.Direction.ARRIVAL,
        date=datetime.date(2024, 8, 1),
        mode=TravelLeg.Mode.ROAD,
    )

    with pytest.raises(ValidationError) as error:
        logistics.save_travel_record(leg, organiser)

    assert "stop" in field_errors(error)
    assert not TravelLeg.objects.exists()


def test_a_second_arrival_at_the_same_stop_is_refused(registration, organiser):
    first_stop = stops(registration.program)[0]
    for _ in range(2):
        leg = TravelLeg(
            registration=registration,
            stop=first_stop,
            direction=TravelLeg.Direction.ARRIVAL,
            date=datetime.date(2024, 8, 1),
            mode=TravelLeg.Mode.ROAD,
        )
        if TravelLeg.objects.exists():
            with pytest.raises(ValidationError):
                logistics.save_travel_record(leg, organiser)
        else:
            logistics.save_travel_record(leg, organiser)

    assert TravelLeg.objects.count() == 1


def test_a_visa_is_recorded_only_for_a_country_of_the_itinerary(
    registration, organiser
):
    logistics.save_travel_record(
        VisaRequirement(registration=registration, country="CN", needs_visa=True),
        organiser,
    )

    with pytest.raises(ValidationError) as error:
        logistics.save_travel_record(
            VisaRequirement(registration=registration, country="FR", needs_visa=True),
            organiser,
        )
    assert field_errors(error)["country"] == [
        "The itinerary of this program does not visit it."
    ]
    assert list(VisaRequirement.objects.values_list("country", flat=True)) == ["CN"]


def test_deleting_a_leg_is_audited(registration, organiser):
    leg = logistics.save_travel_record(
        TravelLeg(
            registration=registration,
            stop=stops(registration.program)[0],
            direction=TravelLeg.Direction.DEPARTURE,
            date=datetime.date(2024, 8, 3),
            mode=TravelLeg.Mode.TRAIN,
        ),
        organiser,
    )

    logistics.delete_travel_record(leg, organiser)

    assert not TravelLeg.objects.exists()
    assert AuditEntry.objects.order_by("pk").last().action == Action.TRAVEL_LEG_DELETED


# Passport warnings


def codes(flags) -> list[str]:
    return [flag.code for flag in flags]


def test_a_passport_without_expiry_date_is_flagged(registration):
    assert codes(logistics.passport_warnings(registration)) == [
        "passport_expiry_missing"
    ]
    TravelDetailsFactory(registration=registration, passport_expires_on=None)
    assert logistics.passport_warnings(registration)[0].message == (
        "The passport expiry date is missing."
    )


@pytest.mark.parametrize(
    ("expires_on", "flagged"),
    [
        (datetime.date(2024, 9, 1), True),  # before the program even ends
        (datetime.date(2025, 3, 31), True),  # 182 days after the end
        (datetime.date(2025, 4, 1), False),  # 183 days after the end
        (datetime.date(2030, 1, 1), False),
    ],
)
def test_a_passport_expiring_within_six_months_of_the_end_is_flagged(
    registration, expires_on, flagged
):
    # The program ends on 30 September 2024.
    TravelDetailsFactory(registration=registration, passport_expires_on=expires_on)

    warnings = logistics.passport_warnings(registration)

    assert codes(warnings) == (["passport_expires_soon"] if flagged else [])


def test_the_expiry_warning_says_both_dates(registration):
    TravelDetailsFactory(
        registration=registration, passport_expires_on=datetime.date(2025, 1, 15)
    )

    (warning,) = logistics.passport_warnings(registration)

    assert warning.message == (
        "The passport expires on Jan. 15, 2025, less than six months after the "
        "program ends (Sept. 30, 2024)."
    )


def test_without_program_dates_only_a_missing_expiry_is_flagged():
    registration = RegistrationFactory(
        program=ProgramFactory(start_date=None, end_date=None, launch_date=None)
    )
    TravelDetailsFactory(
        registration=registration, passport_expires_on=datetime.date(2020, 1, 1)
    )

    assert logistics.passport_warnings(registration) == []


def test_without_an_end_date_the_passport_is_measured_from_the_last_event():
    program = ProgramFactory(start_date=None, end_date=None)
    ItineraryStopFactory(program=program, departure_date=datetime.date(2024, 8, 10))
    # 23:30 UTC on 15 August is already 16 August in Almaty.
    EventFactory(
        program=program,
        starts_at=datetime.datetime(2024, 8, 15, 23, 30, tzinfo=datetime.UTC),
        timezone="Asia/Almaty",
    )
    registration = RegistrationFactory(program=program)
    TravelDetailsFactory(
        registration=registration, passport_expires_on=datetime.date(2025, 2, 14)
    )

    (warning,) = logistics.passport_warnings(registration)

    assert logistics.program_end(program) == datetime.date(2024, 8, 16)
    assert warning.message == (
        "The passport expires on Feb. 14, 2025, less than six months after the "
        "program ends (Aug. 16, 2024)."
    )


def test_without_an_end_date_the_last_stops_departure_ends_the_program():
    program = ProgramFactory(start_date=datetime.date(2024, 8, 1), end_date=None)
    ItineraryStopFactory(program=program, departure_date=datetime.date(2024, 8, 20))

    assert logistics.program_end(program) == datetime.date(2024, 8, 20)


# Missing information


def test_missing_information_names_expiry_arrivals_and_visa_letters(
    registration, organiser
):
    first, second = stops(registration.program)
    logistics.save_travel_record(
        TravelLeg(
            registration=registration,
            stop=first,
            direction=TravelLeg.Direction.ARRIVAL,
            date=datetime.date(2024, 8, 1),
            mode=TravelLeg.Mode.FLIGHT,
            number="KC 921",
        ),
        organiser,
    )
    logistics.save_travel_record(
        VisaRequirement(registration=registration, country="CN", needs_visa=True),
        organiser,
    )
    logistics.save_travel_record(
        VisaRequirement(registration=registration, country="KZ", needs_visa=False),
        organiser,
    )

    flags = logistics.missing_information(registration)

    assert [flag.message for flag in flags] == [
        "The passport expiry date is missing.",
        "No arrival is recorded for Lianyungang.",
        "A visa for China is needed, but no invitation letter has been generated.",
    ]


def test_nothing_is_missing_once_each_part_is_there(registration, organiser):
    TravelDetailsFactory(registration=registration)
    for stop in stops(registration.program):
        logistics.save_travel_record(
            TravelLeg(
                registration=registration,
                stop=stop,
                direction=TravelLeg.Direction.ARRIVAL,
                date=datetime.date(2024, 8, 1),
                mode=TravelLeg.Mode.TRAIN,
            ),
            organiser,
        )
    visa = logistics.save_travel_record(
        VisaRequirement(registration=registration, country="CN", needs_visa=True),
        organiser,
    )

    logistics.record_visa_letter(visa, organiser)

    assert logistics.missing_information(registration) == []
    assert AuditEntry.objects.order_by("pk").last().action == (
        Action.VISA_LETTER_GENERATED
    )


def test_no_letter_is_recorded_for_a_country_without_visa(registration, organiser):
    visa = logistics.save_travel_record(
        VisaRequirement(registration=registration, country="KZ", needs_visa=False),
        organiser,
    )

    with pytest.raises(ValidationError):
        logistics.record_visa_letter(visa, organiser)

    visa.refresh_from_db()
    assert visa.letter_generated_at is None


def test_a_room_cannot_shrink_below_the_people_in_it(db):
    from django.core.exceptions import ValidationError as Invalid

    from tests.factories import RoomFactory, RoomNightFactory

    room = RoomFactory(capacity=2)
    night = datetime.date(2030, 8, 8)
    RoomNightFactory(room=room, night=night)
    RoomNightFactory(room=room, night=night)
    room.capacity = 1

    with pytest.raises(Invalid) as refused:
        room.full_clean()

    assert "capacity" in refused.value.message_dict


def test_a_stop_people_travel_to_is_not_deleted_but_its_program_is(db):
    from django.db.models import RestrictedError

    from programs.models import Program, TravelLeg
    from tests.factories import (
        HotelFactory,
        ItineraryStopFactory,
        ProgramFactory,
        RegistrationFactory,
    )

    program = ProgramFactory()
    stop = ItineraryStopFactory(program=program, arrival_date=datetime.date(2030, 8, 8))
    HotelFactory(program=program, stop=stop)
    TravelLeg.objects.create(
        registration=RegistrationFactory(program=program),
        stop=stop,
        direction="arrival",
        date=datetime.date(2030, 8, 8),
        mode="flight",
    )

    with pytest.raises(RestrictedError):
        stop.delete()

    program.delete()
    assert not Program.objects.filter(pk=program.pk).exists()
    assert not TravelLeg.objects.exists()


def test_a_leg_with_a_mistyped_year_is_refused(db):
    from django.core.exceptions import ValidationError as Invalid

    from programs.models import TravelLeg
    from tests.factories import ItineraryStopFactory, RegistrationFactory

    stop = ItineraryStopFactory(arrival_date=datetime.date(2030, 8, 8))
    leg = TravelLeg(
        registration=RegistrationFactory(program=stop.program),
        stop=stop,
        direction="arrival",
        date=datetime.date(3030, 8, 8),
        mode="flight",
    )

    with pytest.raises(Invalid) as refused:
        leg.full_clean()

    assert "date" in refused.value.message_dict
