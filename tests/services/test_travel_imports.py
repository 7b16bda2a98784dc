"""Importing travel details: every row checked first, then all or nothing."""

import datetime

import pytest
from django.utils import timezone

from programs.models import (
    AuditEntry,
    ChangeRequest,
    Registration,
    TravelDetails,
    TravelLeg,
)
from programs.services import spreadsheets
from programs.services.imports import ImportRejected
from programs.services.travel_imports import (
    commit_travel_import,
    preview_travel_import,
)
from tests.factories import (
    CityFactory,
    ItineraryStopFactory,
    LogisticsSettingsFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    TravelDetailsFactory,
    UserFactory,
)

from .travel_sheets import travel_csv, travel_row, travel_xlsx

pytestmark = pytest.mark.django_db

Action = AuditEntry.Action


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def program(organiser):
    program = ProgramFactory(managers=[organiser])
    aktau = CityFactory(
        slug="aktau",
        country="KZ",
        name_en="Aktau",
        name_ru="Актау",
        name_kk="Ақтау",
        name_zh_hans="阿克套",
    )
    ItineraryStopFactory(program=program, city=aktau, position=1)
    ItineraryStopFactory(
        program=program,
        city=CityFactory(slug="tashkent", country="UZ", name_en="Tashkent"),
        position=2,
    )
    return program


@pytest.fixture
def aliya(program):
    return RegistrationFactory(
        program=program, participant=ParticipantFactory(email="Aliya@example.org")
    )


@pytest.fixture
def bolat(program):
    return RegistrationFactory(
        program=program, participant=ParticipantFactory(email="bolat@example.org")
    )


def rows_of(data: bytes, name: str = "travel.csv"):
    table = spreadsheets.read_spreadsheet(data, name, spreadsheets.TRAVEL_SHEET)
    return table.rows, table.headings


def preview(program, data: bytes, name: str = "travel.csv"):
    rows, headings = rows_of(data, name)
    return preview_travel_import(program, rows, headings)


def commit(program, data: bytes, user, name: str = "travel.csv"):
    rows, headings = rows_of(data, name)
    state = preview_travel_import(program, rows, headings).state
    return commit_travel_import(
        program, rows, user=user, state=state, headings=headings
    )


PERSON = {
    "passport_name": "ALIYA SEITOVA",
    "nationality": "KZ",
    "passport_number": "N1234567",
    "passport_expires_on": "2031-05-31",
    "dietary_requirements": "Vegetarian",
    "interpreter_from": "zh-hans",
    "interpreter_to": "kk",
    "emergency_contact_name": "Dana Seitova",
    "emergency_contact_phone": "+7 701 000 0000",
}
ARRIVAL = {
    "stop": "Aktau",
    "direction": "arrival",
    "date": "2024-08-07",
    "time": "09:40",
    "mode": "flight",
    "number": "kc 7281",
    "from_place": "Almaty",
    "to_place": "Aktau airport",
}


def test_a_valid_csv_is_previewed_without_problems_and_writes_nothing(program, aliya):
    checked = preview(program, travel_csv([travel_row(**PERSON, **ARRIVAL)]))

    assert checked.is_valid
    assert not TravelDetails.objects.exists()
    assert not TravelLeg.objects.exists()


def test_committing_a_valid_csv_saves_details_and_legs_through_the_services(
    program, aliya, organiser
):
    departure = {
        **ARRIVAL,
        "direction": "departure",
        "date": "2024-08-11",
        "number": "T 12",
    }
    data = travel_csv(
        [
            travel_row(**PERSON, **ARRIVAL),
            travel_row(**departure),
        ]
    )

    result = commit(program, data, organiser)

    details = TravelDetails.objects.get(registration=aliya)
    assert (details.passport_name, details.passport_number) == (
        "ALIYA SEITOVA",
        "N1234567",
    )
    assert details.passport_expires_on == datetime.date(2031, 5, 31)
    assert (details.interpreter_from, details.interpreter_to) == ("zh-hans", "kk")
    legs = TravelLeg.objects.filter(registration=aliya).order_by("date")
    assert [(leg.direction, leg.number) for leg in legs] == [
        ("arrival", "KC 7281"),
        ("departure", "T 12"),
    ]
    assert legs[0].time == datetime.time(9, 40)
    assert (result.people, result.legs_saved, result.change_requests) == (1, 2, 0)
    actions = list(
        AuditEntry.objects.filter(actor=organiser).values_list("action", flat=True)
    )
    assert sorted(actions) == sorted(
        [Action.TRAVEL_DETAILS_SAVED, Action.TRAVEL_LEG_SAVED, Action.TRAVEL_LEG_SAVED]
    )


def test_a_valid_xlsx_with_real_date_and_time_cells_is_imported(
    program, aliya, organiser
):
    data = travel_xlsx(
        [
            travel_row(
                passport_expires_on=datetime.date(2031, 5, 31),
                stop="aktau",
                direction="arrival",
                date=datetime.date(2024, 8, 7),
                time=datetime.time(9, 40),
                mode="train",
            )
        ]
    )

    commit(program, data, organiser, "travel.xlsx")

    assert TravelDetails.objects.get().passport_expires_on == datetime.date(2031, 5, 31)
    leg = TravelLeg.objects.get()
    assert (leg.date, leg.time, leg.mode) == (
        datetime.date(2024, 8, 7),
        datetime.time(9, 40),
        "train",
    )


def test_one_bad_row_writes_nothing_and_is_named_by_line_and_column(
    program, aliya, bolat, organiser
):
    data = travel_csv(
        [
            travel_row(**PERSON, **ARRIVAL),
            travel_row("bolat@example.org", passport_number="N 12"),
        ]
    )

    checked = preview(program, data)
    with pytest.raises(ImportRejected) as refused:
        commit_travel_import(
            program, rows_of(data)[0], user=organiser, state=checked.state
        )

    assert [row.line for row in checked.rows_with_problems] == [3]
    assert checked.rows_with_problems[0].problems == [
        "Line 3, column “passport_number”: A passport number has 5 to 20 Latin "
        "letters and digits, without spaces."
    ]
    assert refused.value.message == "1 row has problems; nothing was imported."
    assert not TravelDetails.objects.exists()
    assert not TravelLeg.objects.exists()


def test_the_admin_forms_validators_refuse_each_bad_value(program, aliya):
    data = travel_csv(
        [
            travel_row(
                passport_name="Әлия Сейітова",
                nationality="Atlantis",
                passport_expires_on="31/05/2031",
                interpreter_from="Klingon",
                stop="Paris",
                direction="sideways",
                date="2024-08-07",
                mode="flight",
                number="KC-7281",
            )
        ]
    )

    problems = " | ".join(preview(program, data).rows[0].problems)

    for expected in (
        "column “passport_name”: Write the name in Latin letters",
        "column “nationality”: Unknown country “Atlantis”",
        "column “passport_expires_on”: Write the date as 2030-05-31 or 31.05.2030.",
        "column “interpreter_from”: Unknown language “Klingon”",
        "column “stop”: The itinerary of this program has no stop in “Paris”.",
        "column “direction”: Unknown direction “sideways”",
        "column “number”: Write a flight or train number such as KC 921",
    ):
        assert expected in problems


def test_interpreting_from_a_language_needs_one_to_interpret_into(program, aliya):
    checked = preview(program, travel_csv([travel_row(interpreter_from="ru")]))

    assert checked.rows[0].problems == [
        "Line 2: Interpreting needs two different languages, from and into."
    ]


def test_an_expiry_written_day_first_with_dots_is_read(program, aliya, organiser):
    commit(
        program, travel_csv([travel_row(passport_expires_on="31.05.2031")]), organiser
    )

    assert TravelDetails.objects.get().passport_expires_on == datetime.date(2031, 5, 31)


def test_headings_in_kazakh_and_chinese_are_recognised(program, aliya, organiser):
    kazakh = {
        "email": "Электрондық пошта",
        "passport_number": "Паспорт нөмірі",
        "stop": "Қала",
        "direction": "Бағыт",
        "date": "Күні",
        "mode": "Көлік",
    }
    chinese = {
        "email": "邮箱",
        "passport_name": "护照姓名",
        "passport_number": "护照号码",
        "stop": "城市",
        "direction": "方向",
        "date": "日期",
        "mode": "交通方式",
    }
    commit(
        program,
        travel_csv(
            [
                travel_row(
                    passport_number="N1234567",
                    stop="Ақтау",
                    direction="келу",
                    date="07.08.2024",
                    mode="пойыз",
                )
            ],
            kazakh,
        ),
        organiser,
    )
    commit(
        program,
        travel_csv(
            [
                travel_row(
                    passport_name="ALIYA SEITOVA",
                    passport_number="N1234567",
                    stop="阿克套",
                    direction="出发",
                    date="2024-08-11",
                    mode="飞机",
                )
            ],
            chinese,
        ),
        organiser,
    )

    details = TravelDetails.objects.get(registration=aliya)
    assert (details.passport_name, details.passport_number) == (
        "ALIYA SEITOVA",
        "N1234567",
    )
    legs = TravelLeg.objects.order_by("date").values_list("direction", "mode")
    assert list(legs) == [("arrival", "train"), ("departure", "flight")]


def test_another_programs_participant_is_refused(program):
    elsewhere = RegistrationFactory(
        participant=ParticipantFactory(email="elsewhere@example.org")
    )

    checked = preview(program, travel_csv([travel_row("elsewhere@example.org")]))

    assert elsewhere.program != program
    assert checked.rows[0].problems == [
        "Line 2, column “email”: No confirmed participant of this program has "
        "the email elsewhere@example.org."
    ]


def test_a_participant_not_confirmed_is_refused(program):
    RegistrationFactory(
        program=program,
        participant=ParticipantFactory(email="waiting@example.org"),
        status=Registration.Status.WAITLISTED,
        waitlist_position=1,
    )

    checked = preview(program, travel_csv([travel_row("waiting@example.org")]))

    assert "not confirmed (“Waitlisted”)" in checked.rows[0].problems[0]


def test_one_persons_rows_must_agree_on_their_details(program, aliya):
    data = travel_csv(
        [
            travel_row(passport_number="N1234567", **ARRIVAL),
            travel_row(passport_number="N7654321"),
        ]
    )

    checked = preview(program, data)

    assert [row.problems for row in checked.rows] == [
        [],
        ["Line 3, column “passport_number”: Line 2 gives this person another value."],
    ]


def test_the_same_leg_twice_in_a_file_is_refused(program, aliya):
    data = travel_csv([travel_row(**ARRIVAL), travel_row(**ARRIVAL)])

    checked = preview(program, data)

    assert checked.rows[1].problems == [
        "Line 3: Line 2 already gives this person's arrival at Aktau."
    ]


def test_a_leg_for_a_stop_and_direction_already_stored_replaces_it(
    program, aliya, organiser
):
    commit(program, travel_csv([travel_row(**ARRIVAL)]), organiser)

    commit(
        program, travel_csv([travel_row(**{**ARRIVAL, "number": "KC 100"})]), organiser
    )

    assert TravelLeg.objects.get().number == "KC 100"


def test_an_empty_cell_leaves_the_stored_value(program, aliya, organiser):
    TravelDetailsFactory(registration=aliya, passport_number="N1111111")

    commit(program, travel_csv([travel_row(dietary_requirements="Halal")]), organiser)

    details = TravelDetails.objects.get()
    assert (details.passport_number, details.dietary_requirements) == (
        "N1111111",
        "Halal",
    )


def test_after_the_deadline_the_details_wait_as_a_change_request(
    program, aliya, organiser
):
    TravelDetailsFactory(registration=aliya, passport_number="N1111111")
    LogisticsSettingsFactory(
        program=program,
        travel_details_deadline=timezone.now() - datetime.timedelta(days=1),
    )

    result = commit(
        program, travel_csv([travel_row(passport_number="N2222222")]), organiser
    )

    assert result.change_requests == 1
    assert TravelDetails.objects.get().passport_number == "N1111111"
    assert ChangeRequest.objects.get().changes == {
        "passport_number": {"old": "N1111111", "new": "N2222222"}
    }


def test_a_commit_refuses_details_changed_since_the_preview(program, aliya, organiser):
    data = travel_csv([travel_row(passport_number="N2222222")])
    rows, headings = rows_of(data)
    state = preview_travel_import(program, rows, headings).state
    # Meanwhile, someone saves Aliya's details from her registration's page.
    TravelDetailsFactory(registration=aliya, passport_number="N1111111")

    with pytest.raises(ImportRejected) as refused:
        commit_travel_import(program, rows, user=organiser, state=state)

    assert "changed since the preview" in refused.value.message
    assert TravelDetails.objects.get().passport_number == "N1111111"


def test_a_commit_refuses_a_participant_cancelled_since_the_preview(
    program, aliya, organiser
):
    rows, headings = rows_of(travel_csv([travel_row(passport_number="N2222222")]))
    state = preview_travel_import(program, rows, headings).state
    Registration.objects.filter(pk=aliya.pk).update(status="cancelled")

    with pytest.raises(ImportRejected) as refused:
        commit_travel_import(program, rows, user=organiser, state=state)

    assert refused.value.message == "1 row has problems; nothing was imported."
    assert not TravelDetails.objects.exists()


def test_only_the_programs_managers_may_commit(program, aliya):
    stranger = UserFactory(username="stranger", groups=["Organisers"])
    rows, headings = rows_of(travel_csv([travel_row(passport_number="N2222222")]))
    state = preview_travel_import(program, rows, headings).state

    with pytest.raises(ImportRejected):
        commit_travel_import(program, rows, user=stranger, state=state)

    assert not TravelDetails.objects.exists()
