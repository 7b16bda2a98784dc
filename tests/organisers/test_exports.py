"""Exporting registrations: the current filters, every script, no formulas."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from programs.models import AuditEntry, Registration
from programs.services.exports import neutralise
from tests.factories import ParticipantFactory, RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPORT_CSV = reverse("admin:programs_registration_export", args=["csv"])
EXPORT_XLSX = reverse("admin:programs_registration_export", args=["xlsx"])
CHANGELIST = reverse("admin:programs_registration_changelist")


def csv_rows(response) -> list[list[str]]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def xlsx_rows(response) -> list[list]:
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def register(program, given, family="", native="", **fields):
    participant = ParticipantFactory(
        given_name=given, family_name=family, native_name=native, **fields
    )
    return RegistrationFactory(participant=participant, program=program)


@pytest.mark.parametrize("value", ["=1+1", "+7 700", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_a_spreadsheet_would_run_get_a_leading_quote(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Aliya", "王伟", "", 3, None])
def test_other_cells_are_left_as_they_are(value):
    assert neutralise(value) == value


def test_csv_export_keeps_kazakh_and_chinese_names(organiser_client, own_program):
    register(own_program, "Aliya", "Seitova", "Әлия Сейітова")
    register(own_program, "Wei", "Wang", "王伟")

    response = organiser_client.get(EXPORT_CSV)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    natives = {row[2] for row in csv_rows(response)[1:]}
    assert natives == {"Әлия Сейітова", "王伟"}


def test_xlsx_export_keeps_kazakh_and_chinese_names(organiser_client, own_program):
    register(own_program, "Aliya", "Seitova", "Әлия Сейітова")
    register(own_program, "Wei", "Wang", "王伟")

    response = organiser_client.get(EXPORT_XLSX)

    natives = {row[2] for row in xlsx_rows(response)[1:]}
    assert natives == {"Әлия Сейітова", "王伟"}


def test_csv_export_neutralises_a_formula_in_a_name(organiser_client, own_program):
    register(own_program, '=HYPERLINK("http://evil.example","x")', "Seitova")

    rows = csv_rows(organiser_client.get(EXPORT_CSV))

    assert rows[1][0] == '\'=HYPERLINK("http://evil.example","x")'


def test_xlsx_export_stores_a_formula_in_a_name_as_text(organiser_client, own_program):
    register(own_program, "=1+1", "@cmd")

    rows = xlsx_rows(organiser_client.get(EXPORT_XLSX))

    assert rows[1][:2] == ["'=1+1", "'@cmd"]


def test_export_has_a_heading_row(organiser_client, own_program):
    register(own_program, "Aliya")

    rows = csv_rows(organiser_client.get(EXPORT_CSV))

    assert rows[0][:4] == [
        "Given name",
        "Family name",
        "Name in native script",
        "Email",
    ]


def test_export_follows_the_changelist_filters(organiser_client, own_program):
    register(own_program, "Aliya")
    waiting = register(own_program, "Wei")
    Registration.objects.filter(pk=waiting.pk).update(
        status=Registration.Status.WAITLISTED, waitlist_position=1
    )

    rows = csv_rows(organiser_client.get(EXPORT_CSV, {"status__exact": "waitlisted"}))

    assert [row[0] for row in rows[1:]] == ["Wei"]


def test_export_follows_the_category_filter(organiser_client, own_program):
    register(own_program, "Aliya", category="diplomat")
    register(own_program, "Wei", category="journalist")

    rows = csv_rows(
        organiser_client.get(EXPORT_CSV, {"participant__category": "diplomat"})
    )

    assert [row[0] for row in rows[1:]] == ["Aliya"]


def test_organiser_export_leaves_out_other_programs(
    organiser_client, own_program, other_program
):
    register(own_program, "Aliya")
    register(other_program, "Stranger")

    rows = csv_rows(organiser_client.get(EXPORT_CSV))

    assert [row[0] for row in rows[1:]] == ["Aliya"]


def test_organiser_cannot_export_another_program_by_filtering_for_it(
    organiser_client, own_program, other_program
):
    register(other_program, "Stranger")

    rows = csv_rows(
        organiser_client.get(EXPORT_CSV, {"program__id__exact": other_program.pk})
    )

    assert rows[1:] == []


def test_editor_without_registration_rights_cannot_export(client, own_program):
    register(own_program, "Aliya")
    client.force_login(UserFactory(groups=["Editors"]))

    assert client.get(EXPORT_CSV).status_code == 403


def test_export_is_recorded_in_the_audit_log(organiser_client, organiser, own_program):
    register(own_program, "Aliya")

    organiser_client.get(EXPORT_XLSX, {"status__exact": "confirmed"})

    entry = AuditEntry.objects.get(action=AuditEntry.Action.EXPORTED_REGISTRATIONS)
    assert entry.actor == organiser
    assert entry.object_repr == "Own Program"
    assert entry.details == {
        "format": "xlsx",
        "rows": 1,
        "filters": {"status__exact": "confirmed"},
    }


def test_export_action_exports_only_the_rows_ticked(organiser_client, own_program):
    chosen = register(own_program, "Aliya")
    register(own_program, "Wei")

    response = organiser_client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": [chosen.pk], "index": 0},
    )

    assert [row[0] for row in csv_rows(response)[1:]] == ["Aliya"]


def test_changelist_offers_exports_with_its_filters(organiser_client, own_program):
    response = organiser_client.get(CHANGELIST, {"status__exact": "confirmed"})

    assert f"{EXPORT_CSV}?status__exact=confirmed" in response.content.decode()


def test_unknown_export_format_is_not_found(organiser_client, own_program):
    url = reverse("admin:programs_registration_export", args=["pdf"])

    assert organiser_client.get(url).status_code == 404


def test_export_dates_follow_the_organisers_language_and_xlsx_keeps_real_dates():
    import datetime

    from django.utils import translation

    from programs.services.exports import export_columns, export_registrations

    registration = RegistrationFactory()
    moment = datetime.datetime(2024, 8, 30, 9, 15, tzinfo=datetime.UTC)
    Registration.objects.filter(pk=registration.pk).update(applied_at=moment)
    registrations = Registration.objects.filter(pk=registration.pk)
    column = [key for key, _heading in export_columns()].index("applied_at")

    with translation.override("ru"):
        body, _type = export_registrations(registrations, "csv")
        xlsx, _type = export_registrations(registrations, "xlsx")

    _heading, row = list(csv.reader(io.StringIO(body.decode("utf-8")[1:])))
    assert row[column] == "30.08.2024 09:15"
    cells = list(load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True))
    assert cells[1][column] == datetime.datetime(2024, 8, 30, 9, 15)
