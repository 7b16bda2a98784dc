"""The editorial screens leave no English interface string in kk or zh-hans:
revisions (history, comparison, rollback), the translation report, the
badges and filter in the lists, and previews."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from programs.models import Program
from programs.services.revisions import record_revision
from tests.factories import UserFactory
from tests.i18n.test_no_english_left import english_left, world  # noqa: F401

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "zh-hans"]


@pytest.fixture
def editor_in(world):  # noqa: F811
    """A client for an editor whose browser asks for ``language``."""
    user = UserFactory(username="astana-editor", groups=["Editors"])

    def sign_in(language: str) -> Client:
        client = Client(headers={"accept-language": language})
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def two_revisions(world):  # noqa: F811
    program = world["program"]
    first = record_revision(program)
    Program.objects.filter(pk=program.pk).update(title_kk="Жібек жолы 2024")
    program.itinerary_stops.first().delete()
    second = record_revision(program)
    return program, first, second


def admin_pages(program, first, second) -> dict[str, tuple[str, dict]]:
    args = [program.pk]
    return {
        "history": (reverse("admin:programs_program_revisions", args=args), {}),
        "compare": (
            reverse("admin:programs_program_revisions_compare", args=args),
            {"a": first.pk, "b": second.pk},
        ),
        "rollback": (
            reverse("admin:programs_program_rollback", args=[program.pk, first.pk]),
            {},
        ),
        "translation report": (reverse("admin-translation-report"), {}),
        "programs missing kk": (
            reverse("admin:programs_program_changelist"),
            {"missing_in": "kk"},
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "screen",
    ["history", "compare", "rollback", "translation report", "programs missing kk"],
)
def test_editorial_admin_pages_show_no_english(
    editor_in, two_revisions, screen, language
):
    url, query = admin_pages(*two_revisions)[screen]

    response = editor_in(language).get(url, query)

    assert response.status_code == 200
    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_preview_shows_no_english(editor_in, world, language):  # noqa: F811
    program = world["program"]
    with translation.override(language):
        url = reverse("programs:program-preview", args=[program.pk])

    response = editor_in(language).get(url)

    assert response.status_code == 200
    assert english_left(response, language) == []
