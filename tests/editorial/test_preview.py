"""Previews: staff see drafts and unsaved changes on the real public page, in
any language, marked, unindexed and uncached; everyone else gets a 404."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from programs.models import AuditEntry, Program, Revision
from programs.services.page_cache import page_key
from tests.factories import CityFactory, ProgramFactory, UserFactory

from .conftest import LANGUAGES, TITLES
from .form_data import form_data

pytestmark = pytest.mark.django_db


# The session, the user and their groups; the editor's permissions (two)
# and the admin's look-up of the object; then the program page's own seven
# (program, organisers, stops, events, press, reports, partnerships). The
# people come from the preview the warming request kept: no participant list
# changed since (services/listing.py).
PREVIEW_QUERIES = 13
UNSAVED = "Unsaved changes: nothing has been saved, and visitors do not see this page."


def preview_url(obj, language: str = "en") -> str:
    name = f"programs:{obj._meta.model_name}-preview"
    with translation.override(language):
        return reverse(name, args=[obj.pk])


def in_language(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def assert_is_a_preview(response, language: str = "en"):
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert f"<strong>{in_language(language, 'Preview')}</strong>" in html
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def stored(program) -> dict:
    with translation.override("en"):
        return Program.objects.values().get(pk=program.pk)


@pytest.fixture
def draft(program):
    Program.objects.filter(pk=program.pk).update(live=False)
    program.refresh_from_db()
    return program


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_preview_a_draft_in_each_language(editor_client, draft, language):
    response = editor_client.get(preview_url(draft, language))

    assert_is_a_preview(response, language)
    assert TITLES[language] in response.content.decode()
    if language != "en":
        assert in_language(language, "Preview") != "Preview"


def test_a_drafts_public_page_stays_404_while_its_preview_works(
    client, editor_client, draft
):
    public = f"/en/programs/{draft.slug}/"

    assert editor_client.get(preview_url(draft)).status_code == 200
    client.logout()
    assert client.get(public).status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_unsaved_changes_are_shown_and_nothing_is_saved(
    editor_client, change_form, draft, language
):
    data = change_form(draft)
    data["title_" + language.replace("-", "_")] = "Unsaved title 未保存"
    data["itinerary_stops-0-summary_en"] = "Unsaved stop summary"
    before = stored(draft)

    response = editor_client.post(preview_url(draft, language), data)

    assert_is_a_preview(response, language)
    html = response.content.decode()
    assert "Unsaved title 未保存" in html
    assert in_language(language, UNSAVED) in html
    assert stored(draft) == before
    assert draft.itinerary_stops.filter(summary_en="Unsaved stop summary").count() == 0
    assert not Revision.objects.exists() and not AuditEntry.objects.exists()


def test_an_unsaved_new_itinerary_stop_is_shown(editor_client, change_form, draft):
    city = CityFactory(name_en="Samarkand", slug="samarkand", country="UZ")
    data = change_form(draft)
    data.update(
        {
            "itinerary_stops-TOTAL_FORMS": "3",
            "itinerary_stops-2-position": "3",
            "itinerary_stops-2-city": str(city.pk),
        }
    )

    response = editor_client.post(preview_url(draft), data)

    assert "Samarkand" in response.content.decode()
    assert not draft.itinerary_stops.filter(city=city).exists()


def test_a_new_program_can_be_previewed_from_the_add_form(editor_client):
    city = CityFactory()
    add_page = editor_client.get(reverse("admin:programs_program_add"))
    data = form_data(add_page, "program_form")
    data.update(
        {
            "title_en": "Never saved",
            "slug": "never-saved",
            "organising_city": str(city.pk),
        }
    )

    response = editor_client.post(reverse("programs:program-preview-new"), data)

    assert_is_a_preview(response)
    assert "Never saved" in response.content.decode()
    assert not Program.objects.filter(slug="never-saved").exists()


def test_a_form_with_errors_is_explained_and_nothing_is_saved(
    editor_client, change_form, draft
):
    data = change_form(draft)
    data["title_en"] = ""

    response = editor_client.post(preview_url(draft), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "This preview cannot be shown yet" in html
    assert "This field is required." in html
    draft.refresh_from_db()
    assert draft.title_en == "Silk Road"


def test_previews_are_never_served_from_or_stored_in_the_page_cache(
    client, editor_client, change_form, program
):
    public = f"/en/programs/{program.slug}/"
    client.logout()
    assert "Silk Road" in client.get(public).content.decode()  # now cached
    editor_client.force_login(UserFactory(username="second", groups=["Editors"]))
    data = change_form(program)
    data["title_en"] = "Changed in preview"

    preview = editor_client.post(preview_url(program), data)
    again = editor_client.get(preview_url(program))

    assert "Changed in preview" in preview.content.decode()
    assert "Silk Road" in again.content.decode()
    assert cache.get(page_key("en", preview_url(program))) is None
    client.logout()
    assert "Changed in preview" not in client.get(public).content.decode()


def test_a_preview_never_lends_its_unsaved_parts_to_visitors(
    client, editor_client, change_form, program
):
    data = change_form(program)
    data["title_en"] = "Changed in preview"
    assert (
        "Changed in preview"
        in editor_client.post(preview_url(program), data).content.decode()
    )

    # An address no one has asked for yet renders afresh for a visitor.
    client.logout()
    public = client.get(f"/en/programs/{program.slug}/?utm_source=newsletter")

    assert "Silk Road" in public.content.decode()
    assert "Changed in preview" not in public.content.decode()


def test_a_draft_report_can_be_previewed(editor_client, report):
    type(report).objects.filter(pk=report.pk).update(live=False)

    response = editor_client.get(preview_url(report, "fr"))

    assert_is_a_preview(response, "fr")
    assert "La première semaine" in response.content.decode()


def test_unsaved_report_changes_are_shown(editor_client, change_form, report):
    data = change_form(report)
    data["body_en"] = "<p>Rewritten, not saved.</p>"

    response = editor_client.post(preview_url(report), data)

    assert_is_a_preview(response)
    assert "Rewritten, not saved." in response.content.decode()
    report.refresh_from_db()
    assert report.body_en == "<p>We arrived.</p>"


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("kind", ["program", "report"])
def test_everyone_else_gets_404(client, draft, report, method, kind):
    obj = draft if kind == "program" else report
    visitors = {
        "anonymous": None,
        "not staff": UserFactory(username="visitor", is_staff=False),
        "organiser of another program": UserFactory(
            username="other-organiser", groups=["Organisers"]
        ),
    }
    for user in visitors.values():
        client.logout()
        if user is not None:
            client.force_login(user)
        response = getattr(client, method)(preview_url(obj))
        assert response.status_code == 404, user


def test_the_change_form_offers_a_preview_in_each_language(editor_client, draft):
    html = editor_client.get(
        reverse("admin:programs_program_change", args=[draft.pk])
    ).content.decode()

    for language in LANGUAGES:
        assert f'formaction="{preview_url(draft, language)}"' in html
    assert html.index('name="_save"') < html.index("formaction=")


def test_a_published_programs_preview_shows_its_draft_parts_as_visitors_will_not(
    editor_client, program
):
    program.events.update(live=False)
    ProgramFactory()

    html = editor_client.get(preview_url(program)).content.decode()

    assert "Interviews in Aktau" not in html
    assert "Silk Road" in html


@pytest.mark.parametrize("extra", [0, 10])
def test_a_preview_costs_the_same_queries_however_many_parts(
    editor_client, draft, extra, django_assert_num_queries
):
    for n in range(extra):
        draft.itinerary_stops.create(city=CityFactory(), position=10 + n)
        draft.events.create(
            slug=f"extra-{n}",
            kind="forum",
            title_en=f"Extra {n}",
            starts_at=draft.created_at,
            live=True,
        )
    editor_client.get(preview_url(draft))  # the session and permissions, warmed

    with django_assert_num_queries(PREVIEW_QUERIES):
        response = editor_client.get(preview_url(draft))

    assert response.status_code == 200
