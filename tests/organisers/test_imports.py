"""Importing a delegation: every row's problems first, then all or nothing."""

import io

import pytest
from openpyxl import load_workbook

from programs.models import AuditEntry, Participant, Registration
from programs.services import imports, spreadsheets
from tests.factories import (
    OrganisationFactory,
    ParticipantFactory,
    RegistrationFactory,
)

from .sheets import csv_bytes, person, xlsx_bytes

pytestmark = pytest.mark.django_db


def rows_of(data: bytes, name: str = "delegation.csv"):
    return spreadsheets.read_spreadsheet(data, name).rows


def problems_by_line(program, rows) -> dict[int, list[str]]:
    preview = imports.preview_import(program, rows)
    return {row.line: row.problems for row in preview.rows if row.problems}


def test_a_clean_file_previews_without_problems(own_program):
    rows = rows_of(csv_bytes([person(), person("Wei", "Wang", "wei@example.org")]))

    preview = imports.preview_import(own_program, rows)

    assert preview.is_valid
    assert [row.line for row in preview.rows] == [2, 3]


def test_preview_lists_a_bad_email_on_its_row(own_program):
    rows = rows_of(csv_bytes([person(), person("Wei", "Wang", "wei-at-example")]))

    assert problems_by_line(own_program, rows) == {
        3: ["“wei-at-example” is not a valid email."]
    }


def test_preview_lists_an_unknown_country(own_program):
    rows = rows_of(csv_bytes([person(country="Atlantis")]))

    [problem] = problems_by_line(own_program, rows)[2]

    assert "Unknown country “Atlantis”" in problem


def test_preview_accepts_a_country_by_english_name_or_three_letter_code(own_program):
    rows = rows_of(
        csv_bytes(
            [person(country="China"), person("Wei", email="w@x.org", country="KAZ")]
        )
    )

    preview = imports.preview_import(own_program, rows)

    assert [row.fields["country"] for row in preview.rows] == ["CN", "KZ"]


def test_preview_lists_an_unknown_category(own_program):
    rows = rows_of(csv_bytes([person(category="astronaut")]))

    [problem] = problems_by_line(own_program, rows)[2]

    assert "Unknown category “astronaut”" in problem


def test_preview_accepts_a_category_by_its_english_label(own_program):
    rows = rows_of(csv_bytes([person(category="Youth representative")]))

    [row] = imports.preview_import(own_program, rows).rows

    assert row.fields["category"] == Participant.Category.YOUTH


def test_preview_lists_a_missing_given_name(own_program):
    rows = rows_of(csv_bytes([person(given="")]))

    assert problems_by_line(own_program, rows) == {2: ["The given name is missing."]}


def test_preview_lists_a_person_twice_in_the_file(own_program):
    rows = rows_of(
        csv_bytes(
            [
                person(),
                person("Wei", email="w@x.org"),
                person(email="ALIYA@example.org"),
            ]
        )
    )

    assert problems_by_line(own_program, rows) == {4: ["The same person as in row 2."]}


def test_preview_lists_a_person_already_registered_for_the_program(own_program):
    RegistrationFactory(
        program=own_program, participant=ParticipantFactory(email="aliya@example.org")
    )
    rows = rows_of(csv_bytes([person()]))

    assert problems_by_line(own_program, rows) == {
        2: ["This email is already registered for the program."]
    }


def test_preview_lists_every_problem_of_one_row(own_program):
    rows = rows_of(
        csv_bytes([person(given="", email="nope", country="Mars", category="king")])
    )

    assert len(problems_by_line(own_program, rows)[2]) == 4


def test_an_unknown_organisation_is_kept_as_typed(own_program):
    rows = rows_of(csv_bytes([person(organisation="Nowhere Institute")]))

    imports.commit_import(own_program, rows)

    registration = Registration.objects.get(program=own_program)
    assert registration.organisation_name == "Nowhere Institute"
    assert registration.participant.organisation is None


def test_an_organisation_is_matched_by_its_name_in_any_language(own_program):
    outlet = OrganisationFactory(name_en="Kazinform", name_kk="Қазақпарат")
    rows = rows_of(csv_bytes([person(organisation="қазақпарат")]))

    imports.commit_import(own_program, rows)

    assert Participant.objects.get().organisation == outlet


def test_preview_writes_nothing(own_program):
    imports.preview_import(own_program, rows_of(csv_bytes([person()])))

    assert not Participant.objects.exists()


def test_commit_registers_every_row_as_imported(own_program):
    rows = rows_of(csv_bytes([person(), person("Wei", "Wang", "wei@example.org")]))

    imports.commit_import(own_program, rows)

    assert set(
        Registration.objects.filter(program=own_program).values_list(
            "participant__email", "source", "status"
        )
    ) == {
        ("aliya@example.org", "import", "confirmed"),
        ("wei@example.org", "import", "confirmed"),
    }


def test_commit_waitlists_in_file_order_beyond_capacity(own_program):
    own_program.capacity = 1
    own_program.save()
    rows = rows_of(
        csv_bytes(
            [
                person(),
                person("Wei", email="wei@example.org"),
                person("Dana", email="d@x.org"),
            ]
        )
    )

    imports.commit_import(own_program, rows)

    assert list(
        Registration.objects.filter(program=own_program)
        .order_by("participant__given_name")
        .values_list("participant__given_name", "status", "waitlist_position")
    ) == [
        ("Aliya", "confirmed", None),
        ("Dana", "waitlisted", 2),
        ("Wei", "waitlisted", 1),
    ]


def test_commit_with_one_bad_row_writes_nothing(own_program):
    rows = rows_of(csv_bytes([person(), person("Wei", email="not-an-email")]))

    with pytest.raises(imports.ImportRejected) as rejected:
        imports.commit_import(own_program, rows)

    assert rejected.value.message == "1 row has problems; nothing was imported."
    assert not Participant.objects.exists()
    assert not Registration.objects.exists()


def test_commit_rolls_back_the_rows_already_written_when_a_later_one_fails(
    own_program, monkeypatch
):
    from programs.services import bulk_registration, registration

    real_apply = bulk_registration.apply_many
    calls = []

    def apply_then_fail_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise bulk_registration.RowRefused(
                0, registration.RegistrationError("The program closed meanwhile.")
            )
        return real_apply(*args, **kwargs)

    # One row per batch, so the first row is written before the second fails.
    monkeypatch.setattr(imports, "BATCH_SIZE", 1)
    monkeypatch.setattr(bulk_registration, "apply_many", apply_then_fail_on_the_second)
    rows = rows_of(csv_bytes([person(), person("Wei", email="wei@example.org")]))

    with pytest.raises(imports.ImportRejected) as rejected:
        imports.commit_import(own_program, rows)

    assert "Row 3: The program closed meanwhile." in rejected.value.message
    assert not Registration.objects.exists()
    assert not Participant.objects.exists()
    assert not AuditEntry.objects.exists()


def test_commit_registers_an_existing_person_without_changing_their_record(
    own_program,
):
    known = ParticipantFactory(given_name="Aliya", email="aliya@example.org", phone="1")
    rows = rows_of(
        csv_bytes([person(given="Alia", phone="2", email="Aliya@Example.org")])
    )

    imports.commit_import(own_program, rows)

    known.refresh_from_db()
    assert (known.given_name, known.phone) == ("Aliya", "1")
    assert Registration.objects.get(program=own_program).participant == known


def test_commit_is_recorded_in_the_audit_log(own_program, organiser):
    imports.commit_import(own_program, rows_of(csv_bytes([person()])), user=organiser)

    entry = AuditEntry.objects.get(action=AuditEntry.Action.IMPORTED_PARTICIPANTS)
    assert (entry.actor, entry.object_repr, entry.details["rows"]) == (
        organiser,
        "Own Program",
        1,
    )


def test_an_organiser_cannot_import_into_a_program_they_do_not_manage(
    other_program, organiser
):
    with pytest.raises(imports.ImportRejected):
        imports.commit_import(
            other_program, rows_of(csv_bytes([person()])), user=organiser
        )

    assert not Registration.objects.exists()


def test_xlsx_rows_import_like_csv_rows(own_program):
    rows = rows_of(
        xlsx_bytes(
            [
                person(native_name="Әлия Сейітова"),
                person("Wei", email="w@x.org", native_name="王伟"),
            ]
        ),
        "delegation.xlsx",
    )

    imports.commit_import(own_program, rows)

    assert set(Participant.objects.values_list("native_name", flat=True)) == {
        "Әлия Сейітова",
        "王伟",
    }


def test_xlsx_phone_typed_as_a_number_keeps_its_digits(own_program):
    row = person(phone="")
    data = xlsx_bytes([row])

    workbook = load_workbook(io.BytesIO(data))
    workbook.active["E2"] = 77010000001
    buffer = io.BytesIO()
    workbook.save(buffer)

    [(line, values)] = rows_of(buffer.getvalue(), "people.xlsx")

    assert values["phone"] == "77010000001"


def test_headings_in_russian_and_chinese_are_recognised(own_program):
    data = csv_bytes(
        [person()],
        headings=[
            "Имя",
            "Фамилия",
            "原名",
            "邮箱",
            "Телефон",
            "Организация",
            "Pays",
            "Категория",
            "语言",
        ],
    )

    [row] = imports.preview_import(own_program, rows_of(data)).rows

    assert (row.values["given_name"], row.values["email"]) == (
        "Aliya",
        "aliya@example.org",
    )


def test_a_semicolon_separated_csv_is_read(own_program):
    rows = rows_of(csv_bytes([person()], delimiter=";"))

    assert rows[0][1]["email"] == "aliya@example.org"


def test_a_file_without_a_given_name_column_is_refused():
    with pytest.raises(spreadsheets.SpreadsheetError) as refused:
        spreadsheets.read_spreadsheet(b"email\nx@example.org\n", "people.csv")

    assert "no given_name column" in refused.value.message


def test_a_csv_not_in_utf8_is_refused_with_advice():
    data = "given_name\nАлия\n".encode("cp1251")

    with pytest.raises(spreadsheets.SpreadsheetError) as refused:
        spreadsheets.read_spreadsheet(data, "people.csv")

    assert "CSV UTF-8" in refused.value.message


def test_a_broken_xlsx_is_refused():
    with pytest.raises(spreadsheets.SpreadsheetError) as refused:
        spreadsheets.read_spreadsheet(b"not a zip", "people.xlsx")

    assert refused.value.message == "The file is not a readable XLSX workbook."


def test_another_file_type_is_refused():
    with pytest.raises(spreadsheets.SpreadsheetError) as refused:
        spreadsheets.read_spreadsheet(b"...", "people.ods")

    assert "Only .csv and .xlsx" in refused.value.message
