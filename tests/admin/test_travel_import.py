"""The "Import travel details" page: who reaches it, the preview, the confirmation."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from programs.models import LogisticsSettings, TravelDetails, TravelLeg
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
from tests.i18n.test_no_english_left import english_left
from tests.services.travel_sheets import travel_csv, travel_row, travel_xlsx

pytestmark = pytest.mark.django_db

LEG = {
    "stop": "Ақтау",
    "direction": "arrival",
    "date": "2024-08-07",
    "mode": "flight",
    "number": "KC 7281",
}


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser_a", groups=["Organisers"])


@pytest.fixture
def program(organiser):
    # Names in no language of the interface, so a page in Kazakh or Chinese
    # shows no English but an untranslated interface string.
    program = ProgramFactory(title_en="Жібек жолы", managers=[organiser])
    ItineraryStopFactory(
        program=program, city=CityFactory(name_en="Ақтау", country="KZ")
    )
    return program


@pytest.fixture
def aliya(program):
    return RegistrationFactory(
        program=program,
        participant=ParticipantFactory(
            given_name="Әлия", family_name="Сейітова", email="aliya@example.org"
        ),
    )


def page(program) -> str:
    return reverse("admin:programs_logisticssettings_travel_import", args=[program.pk])


def client_for(user, language: str = "en") -> Client:
    client = Client(headers={"accept-language": language})
    if user is not None:
        client.force_login(user)
    return client


def upload(client, program, data: bytes, name: str = "travel.csv"):
    return client.post(page(program), {"file": SimpleUploadedFile(name, data)})


def confirm(client, program, preview, **extra):
    return client.post(
        page(program),
        {"confirm": "1", "token": preview.context["token"]},
        **extra,
    )


def test_the_page_lists_the_columns(organiser, program):
    response = client_for(organiser).get(page(program))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<code lang="en">passport_number</code>' in html
    assert "Stop of the itinerary: its city, in any language" in html


def test_a_valid_csv_is_previewed_then_imported_on_confirmation(
    organiser, program, aliya
):
    client = client_for(organiser)
    data = travel_csv([travel_row(passport_number="N1234567", **LEG)])

    preview = upload(client, program, data)

    assert "1 row is ready to import." in preview.content.decode()
    assert not TravelDetails.objects.exists()
    response = confirm(client, program, preview, follow=True)
    assert (
        "Travel details imported for 1 person: 1 travel legs saved, 0 changes "
        "waiting for approval." in response.content.decode()
    )
    assert TravelDetails.objects.get(registration=aliya).passport_number == "N1234567"
    assert TravelLeg.objects.get(registration=aliya).number == "KC 7281"


def test_a_valid_xlsx_is_imported(organiser, program, aliya):
    client = client_for(organiser)
    data = travel_xlsx([travel_row(passport_name="ALIYA SEITOVA", **LEG)])

    preview = upload(client, program, data, "travel.xlsx")
    confirm(client, program, preview)

    assert TravelDetails.objects.get(registration=aliya).passport_name == (
        "ALIYA SEITOVA"
    )
    assert TravelLeg.objects.filter(registration=aliya).count() == 1


def test_a_bad_row_is_named_by_line_and_heading_and_nothing_can_be_confirmed(
    organiser, program, aliya
):
    data = travel_csv(
        [travel_row(**LEG), travel_row(passport_number="N 1")],
        headings={"passport_number": "Numéro de passeport"},
    )

    response = upload(client_for(organiser), program, data)

    html = response.content.decode()
    assert "1 row has problems." in html
    assert "Line 3, column “Numéro de passeport”: A passport number has 5 to 20" in html
    assert 'name="confirm"' not in html
    assert not TravelLeg.objects.exists()


def test_a_confirmation_after_the_details_changed_imports_nothing(
    organiser, program, aliya
):
    client = client_for(organiser)
    preview = upload(
        client, program, travel_csv([travel_row(passport_number="N2222222")])
    )
    TravelDetailsFactory(registration=aliya, passport_number="N1111111")

    response = confirm(client, program, preview)

    assert "changed since the preview" in response.content.decode()
    assert TravelDetails.objects.get().passport_number == "N1111111"


def test_the_same_preview_cannot_be_confirmed_twice(organiser, program, aliya):
    client = client_for(organiser)
    preview = upload(client, program, travel_csv([travel_row(**LEG)]))
    confirm(client, program, preview)
    TravelLeg.objects.all().delete()

    response = confirm(client, program, preview, follow=True)

    assert "This preview has expired" in response.content.decode()
    assert not TravelLeg.objects.exists()


# Who reaches the page


@pytest.fixture
def users(organiser):
    other = UserFactory(username="other_organiser", groups=["Organisers"])
    both = UserFactory(username="editor_organiser", groups=["Editors", "Organisers"])
    ProgramFactory(managers=[other, both])
    return {
        "superuser": UserFactory(username="root", is_superuser=True),
        "organiser": organiser,
        "other_programs_organiser": other,
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "editor_organising_another_program": both,
        "staff_without_groups": UserFactory(username="staff"),
        "anonymous": None,
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("superuser", 200),
        ("organiser", 200),
        ("other_programs_organiser", 404),
        ("editor", 403),
        ("editor_organising_another_program", 404),
        ("staff_without_groups", 403),
        ("anonymous", "login"),
    ],
)
def test_only_the_programs_managers_and_superusers_reach_the_page(
    users, program, aliya, role, expected
):
    client = client_for(users[role])

    shown = client.get(page(program))
    posted = upload(client, program, travel_csv([travel_row(**LEG)]))

    for response in (shown, posted):
        if expected == "login":
            assert response.status_code == 302
            assert "/login/" in response["Location"]
        else:
            assert response.status_code == expected
    assert not TravelLeg.objects.exists()


def test_an_editor_granted_the_permissions_by_mistake_still_gets_nothing(
    users, program
):
    editor = users["editor"]
    editor.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["change_traveldetails", "add_travelleg", "change_travelleg"]
        )
    )

    assert client_for(editor).get(page(program)).status_code == 404


def test_the_page_is_linked_from_the_programs_logistics_and_tools(organiser, program):
    LogisticsSettingsFactory(program=program)
    client = client_for(organiser)

    logistics = client.get(
        reverse(f"admin:programs_{LogisticsSettings._meta.model_name}_changelist")
    )
    registrations = client.get(
        reverse("admin:programs_registration_changelist")
        + f"?program__id__exact={program.pk}"
    )
    overview = client.get(
        reverse("admin:programs_registration_overview", args=[program.pk])
    )

    for response in (logistics, registrations, overview):
        assert f'href="{page(program)}"' in response.content.decode()


# Languages


KAZAKH_HEADINGS = {
    "email": "Электрондық пошта",
    "passport_name": "Паспорттағы аты",
    "passport_number": "Паспорт нөмірі",
    "stop": "Қала",
    "direction": "Бағыт",
    "date": "Күні",
    "mode": "Көлік",
    "number": "Рейс нөмірі",
}


@pytest.mark.parametrize("language", ["kk", "zh-hans"])
def test_the_preview_and_its_errors_show_no_english(
    organiser, program, aliya, language
):
    ParticipantFactory(email="stranger@example.org")
    # The file's own values in Kazakh, as an organiser working in it writes.
    leg = {**LEG, "direction": "келу", "mode": "ұшақ"}
    data = travel_csv(
        [
            travel_row(passport_name="Әлия", passport_number="N 1", **leg),
            travel_row(
                "stranger@example.org",
                stop="Paris",
                direction="sideways",
                date="7 тамыз",
                mode="camel",
                number="KC-7281",
            ),
        ],
        headings=KAZAKH_HEADINGS,
    )
    client = client_for(organiser, language)

    empty = client.get(page(program))
    preview = upload(client, program, data)

    assert len(preview.context["preview"].rows_with_problems) == 2
    if language == "kk":
        assert "2-жол, «Паспорт нөмірі» бағаны:" in preview.content.decode()
    for response in (empty, preview):
        assert f'<html lang="{language}"' in response.content.decode()
        assert english_left(response, language) == []


def test_passports_wait_in_the_cache_not_the_session_and_expire(
    organiser, program, aliya
):
    from django.core.cache import cache

    from programs.admin import travel_imports

    client = client_for(organiser)
    preview = upload(
        client, program, travel_csv([travel_row(passport_number="N1234567", **LEG)])
    )

    token = preview.context["token"]
    assert "N1234567" not in str(dict(client.session))
    assert cache.get(travel_imports._preview_key(token))["rows"]
    cache.delete(travel_imports._preview_key(token))  # thirty minutes later
    response = confirm(client, program, preview, follow=True)

    assert "This preview has expired; upload the file again." in (
        response.content.decode()
    )
    assert not TravelDetails.objects.exists()
