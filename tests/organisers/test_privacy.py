"""A person's data: download it all, erase it, and the retention period."""

import datetime
import json

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programs.models import (
    AuditEntry,
    ChangeRequest,
    Image,
    Participant,
    Registration,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from programs.services import logistics, privacy, rooming
from programs.services.overview import program_overview
from tests.factories import (
    CityFactory,
    EventFactory,
    HotelFactory,
    ImageFactory,
    InterpreterAssignmentFactory,
    ItineraryStopFactory,
    LogisticsSettingsFactory,
    OrganisationFactory,
    ParticipantFactory,
    PressCoverageFactory,
    ProgramFactory,
    RegistrationFactory,
    RoomFactory,
    TravelDetailsFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliya(own_program):
    person = ParticipantFactory(
        given_name="Aliya",
        family_name="Seitova",
        native_name="Әлия Сейітова",
        email="aliya@example.org",
        phone="+7 700 000 0001",
        country="KZ",
        category="journalist",
        organisation=OrganisationFactory(name_en="Kazinform"),
        photo=ImageFactory(),
        bio_en="Reporter",
        bio_kk="Тілші",
        public_listing_consent=True,
    )
    RegistrationFactory(participant=person, program=own_program, motivation="Why not")
    return person


def data_url(person) -> str:
    return reverse("admin:programs_participant_personal_data", args=[person.pk])


def erase_url(person) -> str:
    return reverse("admin:programs_participant_erase", args=[person.pk])


def test_personal_data_download_holds_the_record_registrations_and_press(
    organiser_client, aliya, own_program
):
    PressCoverageFactory(program=own_program, journalist=aliya, title="Жібек жолы")

    response = organiser_client.post(data_url(aliya))

    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert data["participant"]["native_name"] == "Әлия Сейітова"
    assert data["participant"]["email"] == "aliya@example.org"
    assert data["participant"]["biography"] == {"en": "Reporter", "kk": "Тілші"}
    assert [r["program"] for r in data["registrations"]] == ["own-program"]
    assert data["registrations"][0]["motivation"] == "Why not"
    assert [p["title"] for p in data["press_coverage"]] == ["Жібек жолы"]


def test_personal_data_download_includes_the_audit_entries_about_the_person(
    organiser_client, aliya
):
    organiser_client.post(data_url(aliya))

    data = json.loads(organiser_client.post(data_url(aliya)).content)

    assert [e["action"] for e in data["audit_log"]] == ["exported_personal_data"]
    assert data["audit_log"][0]["by"] == "organiser"


def test_personal_data_download_is_recorded_in_audit_and_admin_logs(
    organiser_client, organiser, aliya
):
    organiser_client.post(data_url(aliya))

    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.EXPORTED_PERSONAL_DATA, actor=organiser
    ).exists()
    assert LogEntry.objects.get(object_id=str(aliya.pk)).user == organiser


def test_the_personal_data_page_asks_before_downloading(organiser_client, aliya):
    response = organiser_client.get(data_url(aliya))

    assert response.status_code == 200
    assert not AuditEntry.objects.exists()


def test_participant_page_links_to_the_privacy_actions(organiser_client, aliya):
    response = organiser_client.get(
        reverse("admin:programs_participant_change", args=[aliya.pk])
    )

    html = response.content.decode()
    assert data_url(aliya) in html
    assert erase_url(aliya) in html


def test_erasing_asks_for_confirmation_first(organiser_client, aliya):
    response = organiser_client.get(erase_url(aliya))

    aliya.refresh_from_db()
    assert "It cannot be undone." in response.content.decode()
    assert aliya.email == "aliya@example.org"


def test_erasing_removes_the_personal_data(organiser_client, aliya):
    organiser_client.post(erase_url(aliya))

    aliya.refresh_from_db()
    assert (aliya.given_name, aliya.family_name) == ("—", f"#{aliya.pk}")
    assert (aliya.native_name, aliya.email, aliya.phone) == ("", "", "")
    assert (aliya.bio_en, aliya.bio_kk, aliya.organisation, aliya.photo) == (
        "",
        "",
        None,
        None,
    )
    assert not aliya.public_listing_consent
    assert aliya.erased_at is not None
    assert Registration.objects.get(participant=aliya).motivation == ""


def test_erasing_deletes_a_photo_used_nowhere_else(organiser_client, aliya):
    organiser_client.post(erase_url(aliya))

    assert not Image.objects.exists()


def test_erasing_keeps_a_photo_used_elsewhere(organiser_client, aliya, own_program):
    own_program.hero_image = aliya.photo
    own_program.save()

    organiser_client.post(erase_url(aliya))

    assert Image.objects.count() == 1


def test_erasing_keeps_the_counts(organiser_client, aliya, own_program):
    before = program_overview(own_program)

    organiser_client.post(erase_url(aliya))

    after = program_overview(own_program)
    assert after.by_status == before.by_status
    assert after.by_category == before.by_category
    assert after.by_country == before.by_country


def test_erasing_removes_the_name_from_old_log_entries(organiser_client, aliya):
    organiser_client.post(data_url(aliya))

    organiser_client.post(erase_url(aliya))

    labels = list(AuditEntry.objects.values_list("object_repr", flat=True))
    labels += list(LogEntry.objects.values_list("object_repr", flat=True))
    assert all("Aliya" not in label for label in labels)


def test_erasing_is_recorded_in_audit_and_admin_logs(
    organiser_client, organiser, aliya
):
    organiser_client.post(erase_url(aliya))

    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.ERASED_PERSONAL_DATA, actor=organiser
    ).exists()
    entry = LogEntry.objects.get(object_id=str(aliya.pk))
    assert "Changed given name, family name" in entry.get_change_message()


def test_erasing_twice_changes_nothing(organiser_client, aliya):
    privacy.erase_participant(aliya)

    response = organiser_client.post(erase_url(aliya), follow=True)

    assert "already been erased" in response.content.decode()
    assert AuditEntry.objects.count() == 1


def test_organiser_cannot_download_someone_of_another_program(
    organiser_client, other_program
):
    stranger = ParticipantFactory()
    RegistrationFactory(participant=stranger, program=other_program)

    assert organiser_client.post(data_url(stranger)).status_code == 404
    assert not AuditEntry.objects.exists()


def test_organiser_cannot_erase_someone_of_another_program(
    organiser_client, other_program
):
    stranger = ParticipantFactory(email="stranger@example.org")
    RegistrationFactory(participant=stranger, program=other_program)

    assert organiser_client.post(erase_url(stranger)).status_code == 404
    stranger.refresh_from_db()
    assert stranger.email == "stranger@example.org"


def test_an_editor_cannot_erase_anyone(client, aliya):
    client.force_login(UserFactory(groups=["Editors"]))

    assert client.post(erase_url(aliya)).status_code == 403


def ended(days_ago: int):
    today = timezone.now().date()
    end = today - datetime.timedelta(days=days_ago)
    return ProgramFactory(start_date=end - datetime.timedelta(days=10), end_date=end)


def registered_for(*programs, **fields) -> Participant:
    person = ParticipantFactory(**fields)
    for program in programs:
        RegistrationFactory(participant=person, program=program)
    return person


def test_purge_erases_people_whose_every_program_ended_long_ago(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    old = registered_for(ended(400), email="old@example.org")

    privacy.purge_personal_data()

    old.refresh_from_db()
    assert old.email == ""
    assert AuditEntry.objects.get().action == AuditEntry.Action.PURGED_PERSONAL_DATA


def test_purge_reckons_a_program_without_dates_by_its_stops_and_events(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    today = timezone.now().date()
    by_stops, by_events = (
        ProgramFactory(start_date=None, end_date=None) for _ in range(2)
    )
    ItineraryStopFactory(
        program=by_stops, arrival_date=today - datetime.timedelta(days=420)
    )
    EventFactory(
        program=by_events,
        starts_at=timezone.now() - datetime.timedelta(days=100),
    )
    long_ago = registered_for(by_stops, email="stops@example.org")
    recent = registered_for(by_events, email="events@example.org")

    privacy.purge_personal_data()

    long_ago.refresh_from_db()
    recent.refresh_from_db()
    assert long_ago.email == ""
    assert recent.email == "events@example.org"


def test_purge_keeps_people_within_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    recent = registered_for(ended(300), email="recent@example.org")

    privacy.purge_personal_data()

    recent.refresh_from_db()
    assert recent.email == "recent@example.org"


def test_purge_keeps_people_with_one_program_still_within_the_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    both = registered_for(ended(400), ended(10), email="both@example.org")

    privacy.purge_personal_data()

    both.refresh_from_db()
    assert both.email == "both@example.org"


def test_purge_keeps_people_with_no_registration_and_demo_people(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    journalist = ParticipantFactory(email="press@example.org")
    demo = registered_for(ended(400), email="demo@example.org", is_demo=True)

    assert privacy.purge_personal_data().erased == 0
    journalist.refresh_from_db()
    demo.refresh_from_db()
    assert (journalist.email, demo.email) == ("press@example.org", "demo@example.org")


def test_purge_is_idempotent(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    registered_for(ended(400))

    first = privacy.purge_personal_data()
    second = privacy.purge_personal_data()

    assert (first.erased, second.erased) == (1, 0)


def test_purge_command_dry_run_counts_and_changes_nothing(settings, capsys):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    old = registered_for(ended(400), email="old@example.org")

    call_command("purge_personal_data", "--dry-run")

    old.refresh_from_db()
    assert old.email == "old@example.org"
    assert "Dry run: 1 participants past the 365-day" in capsys.readouterr().out


def test_purge_command_prints_its_counts(settings, capsys):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    registered_for(ended(400))

    call_command("purge_personal_data")

    assert "Erased 1 participants past the 365-day" in capsys.readouterr().out


def test_purge_deletes_expired_unverified_applications(settings, own_program):
    person = ParticipantFactory()
    RegistrationFactory(
        participant=person,
        program=own_program,
        status=Registration.Status.APPLIED,
        verification_expires_at=timezone.now() - datetime.timedelta(hours=1),
    )

    result = privacy.purge_personal_data()

    assert result.expired_applications == 1
    assert not Registration.objects.exists()


# Logistics: every row about a person's trips is theirs to take and to erase.

LOGISTICS_MODELS = (TravelDetails, TravelLeg, VisaRequirement, RoomNight, ChangeRequest)


def plan_trip(registration, organiser=None) -> None:
    """Travel details, a leg, a visa, a room night and a pending change."""
    program = registration.program
    stop = ItineraryStopFactory(
        program=program,
        city=CityFactory(name_en="Lianyungang", country="CN"),
        arrival_date=datetime.date(2024, 8, 1),
        departure_date=datetime.date(2024, 8, 4),
    )
    logistics.save_travel_details(
        registration,
        {
            "passport_name": "ALIYA SEITOVA",
            "passport_number": "N9876543",
            "passport_expires_on": datetime.date(2031, 3, 1),
            "dietary_requirements": "Halal",
            "emergency_contact_phone": "+7 700 999 0000",
        },
        organiser,
    )
    logistics.save_travel_record(
        TravelLeg(
            registration=registration,
            stop=stop,
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
    room = RoomFactory(hotel=HotelFactory(stop=stop, name="Haizhou"), label="412")
    rooming.assign_room(room, registration, [datetime.date(2024, 8, 2)], organiser)
    LogisticsSettingsFactory(
        program=program,
        travel_details_deadline=timezone.now() - datetime.timedelta(days=1),
    )
    logistics.save_travel_details(
        registration, {"passport_number": "N1112223"}, organiser
    )


def test_personal_data_download_holds_the_persons_logistics(
    organiser_client, organiser, aliya, own_program
):
    plan_trip(aliya.registrations.get(), organiser)
    InterpreterAssignmentFactory(
        event=EventFactory(program=own_program, slug="forum"), participant=aliya
    )

    data = json.loads(organiser_client.post(data_url(aliya)).content)

    (trip,) = data["logistics"]
    assert trip["travel_details"]["passport_number"] == "N9876543"
    assert trip["travel_details"]["passport_expires_on"] == "2031-03-01"
    assert trip["travel_details"]["emergency_contact_phone"] == "+7 700 999 0000"
    assert trip["travel_legs"][0]["number"] == "KC 921"
    assert trip["visa_requirements"] == [
        {"country": "CN", "needs_visa": True, "letter_generated_at": None}
    ]
    assert trip["room_nights"] == [
        {"hotel": "Haizhou", "room": "412", "night": "2024-08-02"}
    ]
    assert trip["change_requests"][0]["changes"] == {
        "passport_number": {"old": "N9876543", "new": "N1112223"}
    }
    assert data["interpreting"] == [
        {"event": "forum", "from": "zh-hans", "to": "kk", "both_ways": True}
    ]
    # What was done to the trip is in the audit log the person takes away.
    assert "room_assigned" in [entry["action"] for entry in data["audit_log"]]


def test_erasing_deletes_every_logistics_row_of_the_person(
    organiser_client, organiser, aliya, own_program
):
    plan_trip(aliya.registrations.get(), organiser)
    other = RegistrationFactory(program=own_program)
    TravelDetailsFactory(registration=other)

    organiser_client.post(erase_url(aliya))

    for model in LOGISTICS_MODELS:
        assert not model.objects.filter(registration__participant=aliya).exists()
    assert TravelDetails.objects.filter(registration=other).exists()
    # The registration stays, for the counts.
    assert aliya.registrations.get().status == Registration.Status.CONFIRMED


def test_after_erasure_no_passport_number_is_left_anywhere(
    organiser_client, organiser, aliya
):
    plan_trip(aliya.registrations.get(), organiser)

    organiser_client.post(erase_url(aliya))

    kept = str(list(AuditEntry.objects.values("object_repr", "details")))
    kept += str(list(ChangeRequest.objects.values("changes")))
    assert "N9876543" not in kept and "N1112223" not in kept
    assert "Aliya" not in kept


def test_purge_removes_the_logistics_of_people_past_retention(settings, organiser):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    old = registered_for(ended(400))
    plan_trip(old.registrations.get(), organiser)

    privacy.purge_personal_data()

    for model in LOGISTICS_MODELS:
        assert not model.objects.exists(), model.__name__
