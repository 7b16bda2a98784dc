"""The "Import participants" page: upload, preview with problems, confirm."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from programs.models import AuditEntry, Registration
from tests.factories import ParticipantFactory, RegistrationFactory, UserFactory

from .sheets import csv_bytes, person, xlsx_bytes

pytestmark = pytest.mark.django_db


def import_url(program) -> str:
    return reverse("admin:programs_registration_import", args=[program.pk])


def upload(client, program, data: bytes, name: str = "delegation.csv", **extra):
    return client.post(
        import_url(program), {"file": SimpleUploadedFile(name, data), **extra}
    )


def confirm(client, program, preview_response):
    return client.post(
        import_url(program),
        {"confirm": "1", "token": preview_response.context["token"]},
    )


def test_import_page_shows_the_expected_columns(organiser_client, own_program):
    response = organiser_client.get(import_url(own_program))

    assert response.status_code == 200
    html = response.content.decode()
    assert '<code lang="en">given_name</code>' in html
    assert "Given name (required)" in html


def test_upload_shows_a_preview_and_writes_nothing(organiser_client, own_program):
    response = upload(organiser_client, own_program, csv_bytes([person()]))

    assert response.status_code == 200
    assert "1 person is ready to import." in response.content.decode()
    assert not Registration.objects.exists()


def test_preview_shows_each_rows_problems(organiser_client, own_program):
    data = csv_bytes([person(), person("Wei", email="wei-at-example", country="Mars")])

    response = upload(organiser_client, own_program, data)

    html = response.content.decode()
    assert "1 row has problems." in html
    assert "“wei-at-example” is not a valid email." in html
    assert "Unknown country “Mars”" in html
    assert 'name="confirm"' not in html


def test_confirming_the_preview_imports_every_row(organiser_client, own_program):
    preview = upload(
        organiser_client,
        own_program,
        xlsx_bytes([person(), person("Wei", email="wei@example.org")]),
        "delegation.xlsx",
    )

    response = confirm(organiser_client, own_program, preview)

    assert response.status_code == 302
    assert (
        Registration.objects.filter(program=own_program, source="import").count() == 2
    )


def test_confirmation_says_how_many_were_imported(organiser_client, own_program):
    preview = upload(organiser_client, own_program, csv_bytes([person()]))

    response = organiser_client.post(
        import_url(own_program),
        {"confirm": "1", "token": preview.context["token"]},
        follow=True,
    )

    assert "Imported 1 participant (0 on the waitlist)." in response.content.decode()


def test_the_same_preview_cannot_be_confirmed_twice(organiser_client, own_program):
    preview = upload(organiser_client, own_program, csv_bytes([person()]))
    confirm(organiser_client, own_program, preview)

    response = organiser_client.post(
        import_url(own_program),
        {"confirm": "1", "token": preview.context["token"]},
        follow=True,
    )

    assert "This preview has expired" in response.content.decode()
    assert Registration.objects.count() == 1


def test_a_stale_preview_token_imports_nothing(organiser_client, own_program):
    upload(organiser_client, own_program, csv_bytes([person()]))

    organiser_client.post(import_url(own_program), {"confirm": "1", "token": "forged"})

    assert not Registration.objects.exists()


def test_rows_that_became_invalid_since_the_preview_are_refused_whole(
    organiser_client, own_program
):
    preview = upload(
        organiser_client,
        own_program,
        csv_bytes([person(), person("Wei", email="wei@example.org")]),
    )
    # Meanwhile, Wei registers through another door.
    RegistrationFactory(
        program=own_program, participant=ParticipantFactory(email="wei@example.org")
    )

    response = confirm(organiser_client, own_program, preview)

    assert "1 row has problems; nothing was imported." in response.content.decode()
    assert Registration.objects.filter(program=own_program).count() == 1


def test_an_unreadable_file_gets_a_clear_error(organiser_client, own_program):
    response = upload(organiser_client, own_program, b"\x00\x01", "people.xlsx")

    assert "The file is not a readable XLSX workbook." in response.content.decode()


def test_the_import_is_recorded_in_the_audit_log(
    organiser_client, organiser, own_program
):
    preview = upload(organiser_client, own_program, csv_bytes([person()]))

    confirm(organiser_client, own_program, preview)

    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.IMPORTED_PARTICIPANTS, actor=organiser
    ).exists()


def test_organiser_cannot_open_the_import_of_another_program(
    organiser_client, other_program
):
    assert organiser_client.get(import_url(other_program)).status_code == 404


def test_organiser_cannot_upload_into_another_program(organiser_client, other_program):
    response = upload(organiser_client, other_program, csv_bytes([person()]))

    assert response.status_code == 404
    assert not Registration.objects.exists()


def test_an_editor_cannot_import(client, own_program):
    client.force_login(UserFactory(groups=["Editors"]))

    assert client.get(import_url(own_program)).status_code == 403


def test_the_registrations_list_links_to_the_program_tools(
    organiser_client, own_program
):
    response = organiser_client.get(
        reverse("admin:programs_registration_changelist"),
        {"program__id__exact": own_program.pk},
    )

    html = response.content.decode()
    assert import_url(own_program) in html
    assert (
        reverse("admin:programs_registration_overview", args=[own_program.pk]) in html
    )
    assert (
        reverse("admin:programs_registration_check_in", args=[own_program.pk]) in html
    )


@pytest.mark.parametrize("count", [1, 30])
def test_preview_query_count_does_not_grow_with_rows(
    organiser_client, own_program, django_assert_max_num_queries, count
):
    rows = [person(f"P{i}", email=f"p{i}@example.org") for i in range(count)]

    # Session, user, admin language, permissions (2), program; the known
    # people, the registered emails and names; the session saved (in a
    # savepoint: 3).
    with django_assert_max_num_queries(12):
        response = upload(organiser_client, own_program, csv_bytes(rows))

    assert len(response.context["preview"].rows) == count
