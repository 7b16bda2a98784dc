"""The organisers' pages speak Kazakh and Chinese, with no English left."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from programs.models import Registration
from tests.factories import (
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    UserFactory,
)
from tests.i18n.test_no_english_left import english_left, five

from .sheets import csv_bytes, person

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "zh-hans"]


@pytest.fixture
def aigerim(db):
    # Not "organiser": a user name that is also an interface word would be
    # reported as English left on every page.
    return UserFactory(username="aigerim", groups=["Organisers"])


@pytest.fixture
def silk_road(aigerim):
    return ProgramFactory(
        managers=[aigerim],
        **five(
            "title",
            "Silk Road",
            "Route de la soie",
            "Шёлковый путь",
            "Жібек жолы",
            "丝绸之路",
        ),
    )


@pytest.fixture
def client_in(aigerim, silk_road):
    participant = ParticipantFactory(given_name="Әлия", family_name="Сейітова")
    RegistrationFactory(participant=participant, program=silk_road)
    RegistrationFactory(
        program=silk_road,
        status=Registration.Status.WAITLISTED,
        waitlist_position=1,
        participant=ParticipantFactory(given_name="王", family_name="伟"),
    )

    def sign_in(language: str) -> Client:
        client = Client(headers={"accept-language": language})
        client.force_login(aigerim)
        return client

    return sign_in


def pages(program, participant) -> dict[str, str]:
    registration = "admin:programs_registration_"
    return {
        "overview": reverse(f"{registration}overview", args=[program.pk]),
        "check-in": reverse(f"{registration}check_in", args=[program.pk]),
        "import": reverse(f"{registration}import", args=[program.pk]),
        "personal data": reverse(
            "admin:programs_participant_personal_data", args=[participant.pk]
        ),
        "erase": reverse("admin:programs_participant_erase", args=[participant.pk]),
        "participant": reverse(
            "admin:programs_participant_change", args=[participant.pk]
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "page",
    [
        "overview",
        "check-in",
        "import",
        "personal data",
        "erase",
        "participant",
    ],
)
def test_organiser_page_shows_no_english_interface_string(
    client_in, silk_road, page, language
):
    participant = silk_road.registrations.first().participant
    url = pages(silk_road, participant)[page]

    response = client_in(language).get(url)

    assert response.status_code == 200
    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_preview_with_problems_shows_no_english(client_in, silk_road, language):
    data = csv_bytes([person(), person("Wei", email="bad", country="Mars")])
    url = reverse("admin:programs_registration_import", args=[silk_road.pk])

    response = client_in(language).post(
        url, {"file": SimpleUploadedFile("delegation.csv", data)}
    )

    assert english_left(response, language) == []
