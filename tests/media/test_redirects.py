"""Renamed pages: old addresses answer 301 in every language, chains
collapse, drafts get nothing, and editors see and delete redirects."""

import pytest
from django.urls import reverse

from programs.models import Redirect
from tests.factories import (
    CityFactory,
    EventFactory,
    ProgramFactory,
    ReportFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]


def rename(obj, slug: str):
    obj.slug = slug
    obj.save()
    return obj


@pytest.mark.parametrize("language", LANGUAGES)
def test_renamed_program_answers_301_in_every_language(client, language):
    rename(ProgramFactory(slug="silk-road-2024"), "silk-road-days-2024")

    response = client.get(f"/{language}/programs/silk-road-2024/")

    assert response.status_code == 301
    assert response["Location"] == f"/{language}/programs/silk-road-days-2024/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    "make, prefix",
    [
        (lambda: EventFactory(slug="old"), "events"),
        (lambda: ReportFactory(slug="old"), "reports"),
        (lambda: CityFactory(slug="old"), "cities"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_renamed_events_reports_and_cities_redirect_too(client, make, prefix, language):
    rename(make(), "new")

    response = client.get(f"/{language}/{prefix}/old/")

    assert response.status_code == 301
    assert response["Location"] == f"/{language}/{prefix}/new/"


def test_addresses_under_the_old_one_follow_it(client):
    rename(ProgramFactory(slug="old"), "new")

    response = client.get("/fr/programs/old/calendar.ics")

    assert response.status_code == 301
    assert response["Location"] == "/fr/programs/new/calendar.ics"


def test_the_query_string_is_kept(client):
    rename(ProgramFactory(slug="old"), "new")

    response = client.get("/ru/programs/old/?utm_source=newsletter")

    assert response["Location"] == "/ru/programs/new/?utm_source=newsletter"


def test_a_chain_of_renames_collapses_to_one_hop(client):
    program = rename(rename(ProgramFactory(slug="a"), "b"), "c")

    assert client.get("/kk/programs/a/")["Location"] == "/kk/programs/c/"
    assert client.get("/kk/programs/b/")["Location"] == "/kk/programs/c/"
    assert Redirect.objects.filter(object_id=program.pk).count() == 2


def test_renaming_back_leaves_no_loop(client):
    rename(rename(ProgramFactory(slug="a"), "b"), "a")

    assert client.get("/en/programs/a/").status_code == 200
    assert client.get("/en/programs/b/")["Location"] == "/en/programs/a/"
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/programs/b/"]


def test_a_draft_that_was_never_published_gets_no_redirect(client):
    rename(ProgramFactory(slug="draft", live=False, first_published_at=None), "x")

    assert not Redirect.objects.exists()
    assert client.get("/en/programs/draft/").status_code == 404


def test_a_page_taking_an_old_address_gets_it_back(client):
    rename(ProgramFactory(slug="old", title_en="First"), "renamed")

    ProgramFactory(slug="old", title_en="Second")

    assert not Redirect.objects.exists()
    assert "Second" in client.get("/en/programs/old/").content.decode()


def test_an_unpublished_target_is_not_redirected_to(client):
    program = rename(ProgramFactory(slug="old"), "new")
    program.live = False
    program.save()

    assert client.get("/en/programs/old/").status_code == 404


def test_deleting_the_page_deletes_its_redirects():
    program = rename(ProgramFactory(slug="old"), "new")

    program.delete()

    assert not Redirect.objects.exists()


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(username="editor", groups=["Editors"]))
    return client


def test_editors_see_redirects_with_their_new_address(editor_client):
    rename(ProgramFactory(slug="old", title_en="Silk Road Days"), "new")

    html = editor_client.get(reverse("admin:programs_redirect_changelist")).content
    html = html.decode()

    assert "/programs/old/" in html
    assert '<a href="/en/programs/new/">/programs/new/</a>' in html
    assert "Silk Road Days" in html


def test_editors_can_delete_a_redirect(editor_client, client):
    rename(ProgramFactory(slug="old"), "new")
    redirect = Redirect.objects.get()

    response = editor_client.post(
        reverse("admin:programs_redirect_delete", args=[redirect.pk]),
        {"post": "yes"},
    )

    assert response.status_code == 302
    assert not Redirect.objects.exists()
    assert client.get("/en/programs/old/").status_code == 404


def test_nobody_adds_or_edits_redirects_by_hand(editor_client):
    rename(ProgramFactory(slug="old"), "new")
    redirect = Redirect.objects.get()

    assert editor_client.get(reverse("admin:programs_redirect_add")).status_code == 403
    response = editor_client.post(
        reverse("admin:programs_redirect_change", args=[redirect.pk]),
        {"old_path": "/programs/elsewhere/"},
    )
    assert response.status_code == 403
    assert Redirect.objects.get().old_path == "/programs/old/"


@pytest.mark.parametrize("count", [1, 20])
def test_redirect_list_query_count_is_flat(
    editor_client, django_assert_max_num_queries, count
):
    for number in range(count):
        rename(ProgramFactory(slug=f"old-{number}"), f"new-{number}")
        rename(EventFactory(slug=f"old-event-{number}"), f"new-event-{number}")

    # Session, user, admin language, permissions (2), the filter's choices,
    # counts (2), the redirects, then one query per kind of target.
    with django_assert_max_num_queries(11):
        response = editor_client.get(reverse("admin:programs_redirect_changelist"))

    assert response.content.decode().count(">/programs/new-") == count
