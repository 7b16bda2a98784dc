"""Logistics in the admin: who sees it, and that its pages go through the
services (deadline, change requests, rooms, interpreters)."""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from programs.models import (
    AuditEntry,
    ChangeRequest,
    Hotel,
    InterpreterAssignment,
    LogisticsSettings,
    Participant,
    Registration,
    RoomNight,
    TravelDetails,
)
from tests.factories import (
    ChangeRequestFactory,
    CityFactory,
    EventFactory,
    HotelFactory,
    InterpreterAssignmentFactory,
    ItineraryStopFactory,
    LogisticsSettingsFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    RoomFactory,
    RoomNightFactory,
    TravelDetailsFactory,
    UserFactory,
)
from tests.i18n.test_no_english_left import english_left

pytestmark = pytest.mark.django_db

FORBIDDEN = 403
NOT_FOUND = 302  # The admin redirects to its index: "… doesn't exist".
TO_LOGIN = "login"
MODELS = (LogisticsSettings, Hotel, RoomNight, InterpreterAssignment, ChangeRequest)


def url(model, view: str = "changelist", *args) -> str:
    return reverse(f"admin:programs_{model._meta.model_name}_{view}", args=args)


@dataclass
class World:
    users: dict
    rows: dict  # program letter -> {model: row}
    registration_a: Registration


def logistics_of(program, letter: str) -> tuple[dict, Registration]:
    # Names in no language of the interface, so that a page in Kazakh or
    # Chinese shows no English but an untranslated interface string.
    stop = ItineraryStopFactory(
        program=program,
        city=CityFactory(name_en=f"Ақтау {letter}"),
        arrival_date=datetime.date(2024, 8, 1),
        departure_date=datetime.date(2024, 8, 5),
    )
    hotel = HotelFactory(stop=stop, name=f"Rixos {letter}")
    registration = RegistrationFactory(
        program=program,
        participant=ParticipantFactory(
            given_name=f"Aigerim{letter}", family_name="Seitova"
        ),
    )
    TravelDetailsFactory(registration=registration, passport_number=f"PASS{letter}123")
    interpreter = ParticipantFactory(
        given_name="Mei", family_name="Lin", category=Participant.Category.INTERPRETER
    )
    rows = {
        LogisticsSettings: LogisticsSettingsFactory(program=program),
        Hotel: hotel,
        RoomNight: RoomNightFactory(
            room=RoomFactory(hotel=hotel), registration=registration
        ),
        InterpreterAssignment: InterpreterAssignmentFactory(
            event=EventFactory(program=program, title_en=f"Жиын {letter}"),
            participant=interpreter,
        ),
        ChangeRequest: ChangeRequestFactory(registration=registration),
    }
    return rows, registration


@pytest.fixture
def world(db) -> World:
    organiser_a = UserFactory(username="organiser_a", groups=["Organisers"])
    organiser_b = UserFactory(username="organiser_b", groups=["Organisers"])
    editor_organiser = UserFactory(
        username="editor_organiser", groups=["Editors", "Organisers"]
    )
    program_a = ProgramFactory(title_en="Жібек жолы A", managers=[organiser_a])
    program_b = ProgramFactory(
        title_en="Жібек жолы B", managers=[organiser_b, editor_organiser]
    )
    rows_a, registration_a = logistics_of(program_a, "A")
    rows_b, _registration_b = logistics_of(program_b, "B")
    users = {
        "superuser": UserFactory(username="root", is_superuser=True),
        "organiser_a": organiser_a,
        "organiser_b": organiser_b,
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "editor_organiser": editor_organiser,
        "staff_without_groups": UserFactory(username="staff"),
        "anonymous": None,
    }
    return World(users, {"A": rows_a, "B": rows_b}, registration_a)


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def outcome(response):
    if response.status_code == 302 and "/login/" in response["Location"]:
        return TO_LOGIN
    return response.status_code


def visible(client, world, model):
    """Which program's rows the changelist lists, or the status it answers."""
    response = client.get(url(model))
    if response.status_code != 200:
        return outcome(response)
    shown = {row.pk for row in response.context["cl"].result_list}
    return {letter for letter, rows in world.rows.items() if rows[model].pk in shown}


def page_of_a(client, world, model):
    return outcome(client.get(url(model, "change", world.rows["A"][model].pk)))


BOTH, A, B = {"A", "B"}, {"A"}, {"B"}
# role: (what each changelist lists, the status of program A's row's page)
MATRIX = {
    "superuser": (BOTH, 200),
    "organiser_a": (A, 200),
    "organiser_b": (B, NOT_FOUND),
    # Editing content never opens logistics; managing program B does.
    "editor": (FORBIDDEN, FORBIDDEN),
    "editor_organiser": (B, NOT_FOUND),
    "staff_without_groups": (FORBIDDEN, FORBIDDEN),
    "anonymous": (TO_LOGIN, TO_LOGIN),
}
TABLE = [
    pytest.param(role, model, expected, id=f"{role}-{model.__name__}")
    for role, expected in MATRIX.items()
    for model in MODELS
]


@pytest.mark.parametrize(("role", "model", "expected"), TABLE)
def test_logistics_role_matrix(world, role, model, expected):
    client = client_for(world.users[role])

    assert (visible(client, world, model), page_of_a(client, world, model)) == expected


def passport_shown(client, world) -> bool:
    response = client.get(
        reverse("admin:programs_registration_change", args=[world.registration_a.pk])
    )
    return response.status_code == 200 and "PASSA123" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("superuser", True),
        ("organiser_a", True),
        ("organiser_b", False),
        ("editor", False),
        ("editor_organiser", False),
        ("anonymous", False),
    ],
)
def test_only_the_programs_managers_see_a_passport_number(world, role, shown):
    assert passport_shown(client_for(world.users[role]), world) is shown


def test_an_editor_granted_logistics_permissions_by_mistake_still_sees_nothing(world):
    editor = world.users["editor"]
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_hotel", "change_hotel"])
    )
    client = client_for(editor)

    assert client.get(url(Hotel)).status_code == FORBIDDEN
    assert page_of_a(client, world, Hotel) == FORBIDDEN
    assert url(Hotel) not in client.get(reverse("admin:index")).content.decode()


# Travel details on the registration's page


def details_form(details: TravelDetails | None, **changes) -> dict:
    values = {
        "passport_name": "",
        "nationality": "",
        "passport_number": "",
        "passport_expires_on": "",
        "dietary_requirements": "",
        "accessibility_needs": "",
        "languages_spoken": "",
        "interpreter_from": "",
        "interpreter_to": "",
        "emergency_contact_name": "",
        "emergency_contact_phone": "",
    }
    if details is not None:
        values.update(
            passport_name=details.passport_name,
            nationality=details.nationality.code,
            passport_number=details.passport_number,
            passport_expires_on=details.passport_expires_on.isoformat(),
        )
    values.update(changes)
    data = {f"travel_details-0-{name}": value for name, value in values.items()}
    if details is not None:
        data["travel_details-0-id"] = str(details.pk)
    for prefix, initial in (
        ("travel_details", int(details is not None)),
        ("travel_legs", 0),
        ("visa_requirements", 0),
    ):
        data |= {
            f"{prefix}-TOTAL_FORMS": str(
                max(initial, 1) if prefix == "travel_details" else 0
            ),
            f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return data


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def confirmed(organiser):
    program = ProgramFactory(managers=[organiser])
    return RegistrationFactory(program=program)


def registration_page(registration) -> str:
    return reverse("admin:programs_registration_change", args=[registration.pk])


def test_travel_details_saved_from_the_registration_page_go_through_the_service(
    organiser, confirmed
):
    client = client_for(organiser)

    response = client.post(
        registration_page(confirmed),
        details_form(
            None, passport_name="Aigerim Nurlanova", passport_number="N1234567"
        ),
    )

    assert response.status_code == 302
    details = TravelDetails.objects.get(registration=confirmed)
    assert (details.passport_name, details.passport_number) == (
        "Aigerim Nurlanova",
        "N1234567",
    )
    entry = AuditEntry.objects.get(action=AuditEntry.Action.TRAVEL_DETAILS_SAVED)
    assert entry.details == {"fields": ["passport_name", "passport_number"]}


def test_a_passport_name_in_cyrillic_is_refused_on_the_page(organiser, confirmed):
    response = client_for(organiser).post(
        registration_page(confirmed), details_form(None, passport_name="Әлия")
    )

    assert response.status_code == 200
    assert "Write the name in Latin letters" in response.content.decode()
    assert not TravelDetails.objects.exists()


def test_after_the_deadline_the_page_files_a_change_request(organiser, confirmed):
    details = TravelDetailsFactory(registration=confirmed)
    LogisticsSettingsFactory(
        program=confirmed.program,
        travel_details_deadline=timezone.now() - datetime.timedelta(hours=1),
    )

    response = client_for(organiser).post(
        registration_page(confirmed),
        details_form(details, passport_number="N7777777"),
        follow=True,
    )

    assert "the change waits for approval" in response.content.decode()
    details.refresh_from_db()
    assert details.passport_number == "N12345678"
    request = ChangeRequest.objects.get()
    assert request.changes == {
        "passport_number": {"old": "N12345678", "new": "N7777777"}
    }


def test_a_registration_not_confirmed_has_no_travel_details_on_its_page(organiser):
    waiting = RegistrationFactory(
        program=ProgramFactory(managers=[organiser]),
        status=Registration.Status.WAITLISTED,
        waitlist_position=1,
    )

    response = client_for(organiser).get(registration_page(waiting))

    assert response.status_code == 200
    assert 'name="travel_details-TOTAL_FORMS"' not in response.content.decode()


def test_the_registration_page_lists_what_is_still_missing(organiser, confirmed):
    ItineraryStopFactory(program=confirmed.program, city__name_en="Aktau")
    TravelDetailsFactory(registration=confirmed, passport_expires_on=None)

    html = client_for(organiser).get(registration_page(confirmed)).content.decode()

    assert html.count("The passport expiry date is missing.") == 1
    assert "No arrival is recorded for Aktau." in html


# Change requests


def test_the_approve_action_applies_the_ticked_requests(organiser, confirmed):
    TravelDetailsFactory(registration=confirmed, passport_number="N1111111")
    request = ChangeRequestFactory(
        registration=confirmed,
        changes={"passport_number": {"old": "N1111111", "new": "N2222222"}},
    )

    response = client_for(organiser).post(
        url(ChangeRequest),
        {"action": "approve", "_selected_action": [request.pk]},
        follow=True,
    )

    assert "1 change request approved." in response.content.decode()
    assert TravelDetails.objects.get().passport_number == "N2222222"
    request.refresh_from_db()
    assert (request.status, request.decided_by) == ("approved", organiser)


def test_the_reject_action_leaves_the_details(organiser, confirmed):
    TravelDetailsFactory(registration=confirmed, passport_number="N1111111")
    request = ChangeRequestFactory(
        registration=confirmed,
        changes={"passport_number": {"old": "N1111111", "new": "N2222222"}},
    )

    client_for(organiser).post(
        url(ChangeRequest), {"action": "reject", "_selected_action": [request.pk]}
    )

    assert TravelDetails.objects.get().passport_number == "N1111111"
    request.refresh_from_db()
    assert request.status == "rejected"


def test_an_action_refused_for_one_request_changes_none(organiser, confirmed):
    TravelDetailsFactory(registration=confirmed, passport_number="N1111111")
    good = ChangeRequestFactory(
        registration=confirmed,
        changes={"dietary_requirements": {"old": "", "new": "Vegetarian"}},
    )
    stale = ChangeRequestFactory(
        registration=confirmed,
        changes={"passport_number": {"old": "N0000000", "new": "N2222222"}},
    )

    response = client_for(organiser).post(
        url(ChangeRequest),
        {"action": "approve", "_selected_action": [good.pk, stale.pk]},
        follow=True,
    )

    assert "Nothing was changed." in response.content.decode()
    assert ChangeRequest.objects.filter(status="pending").count() == 2
    assert TravelDetails.objects.get().dietary_requirements == ""


def test_nobody_adds_or_deletes_a_change_request_by_hand(organiser, confirmed):
    request = ChangeRequestFactory(registration=confirmed)
    client = client_for(organiser)

    assert client.get(url(ChangeRequest, "add")).status_code == FORBIDDEN
    assert client.get(url(ChangeRequest, "delete", request.pk)).status_code == FORBIDDEN


def test_an_organiser_cannot_decide_another_programs_request(organiser):
    foreign = ChangeRequestFactory()

    client_for(organiser).post(
        url(ChangeRequest), {"action": "approve", "_selected_action": [foreign.pk]}
    )

    foreign.refresh_from_db()
    assert foreign.status == "pending"


# Rooms and interpreters


@pytest.fixture
def single(confirmed):
    stop = ItineraryStopFactory(
        program=confirmed.program,
        arrival_date=datetime.date(2024, 8, 1),
        departure_date=datetime.date(2024, 8, 5),
    )
    return RoomFactory(hotel=HotelFactory(stop=stop), label="412", capacity=1)


def test_a_room_is_assigned_for_several_nights_from_the_add_page(
    organiser, confirmed, single
):
    response = client_for(organiser).post(
        url(RoomNight, "add"),
        {
            "room": single.pk,
            "registration": confirmed.pk,
            "night": "2024-08-01",
            "last_night": "2024-08-03",
        },
    )

    assert response.status_code == 302
    assert list(
        RoomNight.objects.filter(registration=confirmed)
        .order_by("night")
        .values_list("night", flat=True)
    ) == [datetime.date(2024, 8, day) for day in (1, 2, 3)]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.ROOM_ASSIGNED).exists()


def test_a_full_room_is_reported_on_the_add_page(organiser, confirmed, single):
    RoomNightFactory(room=single, night=datetime.date(2024, 8, 2))

    response = client_for(organiser).post(
        url(RoomNight, "add"),
        {"room": single.pk, "registration": confirmed.pk, "night": "2024-08-02"},
    )

    assert response.status_code == 200
    assert "Room 412 is full on the night of Aug. 2, 2024." in response.content.decode()
    assert not RoomNight.objects.filter(registration=confirmed).exists()


def test_deleting_a_room_night_takes_the_room_back_through_the_service(
    organiser, confirmed, single
):
    night = RoomNightFactory(room=single, registration=confirmed)

    client_for(organiser).post(url(RoomNight, "delete", night.pk), {"post": "yes"})

    assert not RoomNight.objects.exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.ROOM_UNASSIGNED).exists()


def test_an_interpreter_assigned_from_the_admin_is_audited(organiser, confirmed):
    event = EventFactory(program=confirmed.program)
    interpreter = ParticipantFactory(category=Participant.Category.INTERPRETER)
    RegistrationFactory(program=confirmed.program, participant=interpreter)

    response = client_for(organiser).post(
        url(InterpreterAssignment, "add"),
        {
            "event": event.pk,
            "participant": interpreter.pk,
            "from_language": "zh-hans",
            "to_language": "kk",
            "both_ways": "on",
        },
    )

    assert response.status_code == 302
    assert InterpreterAssignment.objects.get().participant == interpreter
    assert AuditEntry.objects.get().action == AuditEntry.Action.INTERPRETER_ASSIGNED


def test_the_assignment_page_names_the_pairs_still_uncovered(organiser, confirmed):
    TravelDetailsFactory(
        registration=confirmed, interpreter_from="ru", interpreter_to="zh-hans"
    )
    assignment = InterpreterAssignmentFactory(
        event=EventFactory(program=confirmed.program)
    )

    html = (
        client_for(organiser)
        .get(url(InterpreterAssignment, "change", assignment.pk))
        .content.decode()
    )

    assert "Nobody interprets from Russian into Simplified Chinese for" in html


# Languages and queries


LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_logistics_pages_render_in_every_language(world, model, language):
    client = Client(headers={"accept-language": language})
    client.force_login(world.users["organiser_a"])

    pages = [
        client.get(url(model)),
        client.get(url(model, "change", world.rows["A"][model].pk)),
        client.get(registration_page(world.registration_a)),
    ]

    for page in pages:
        assert page.status_code == 200
        assert f'<html lang="{language}"' in page.content.decode()
        if language in ("kk", "zh-hans"):
            assert english_left(page, language) == []


def test_the_verbose_names_are_translated(world):
    with override("kk"):
        assert str(Hotel._meta.verbose_name) == "қонақүй"


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_query_count_does_not_grow_with_rows(organiser, model):
    client = client_for(organiser)

    def add_programs(count):
        for _ in range(count):
            logistics_of(ProgramFactory(managers=[organiser]), "X")

    add_programs(1)
    with CaptureQueriesContext(connection) as one:
        client.get(url(model))
    add_programs(4)
    with CaptureQueriesContext(connection) as five:
        response = client.get(url(model))

    assert len(response.context["cl"].result_list) == 5
    assert len(five.captured_queries) == len(one.captured_queries)


def test_a_refusal_by_the_service_undoes_the_page_and_says_why(
    organiser, confirmed, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ValidationError("Refused in the last instant.")

    monkeypatch.setattr("programs.services.logistics.save_travel_details", refuse)

    response = client_for(organiser).post(
        registration_page(confirmed),
        details_form(None, passport_number="N1234567"),
        follow=True,
    )

    assert response.status_code == 200
    assert "Refused in the last instant." in response.content.decode()
    assert not TravelDetails.objects.filter(registration=confirmed).exists()
