"""Every admin page opens, with each translated field in all five languages."""

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from programs import models
from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    models.City: factories.CityFactory,
    models.Partnership: factories.PartnershipFactory,
    models.Organisation: factories.OrganisationFactory,
    models.Program: factories.ProgramFactory,
    models.ItineraryStop: factories.ItineraryStopFactory,
    models.Event: factories.EventFactory,
    models.Participant: factories.ParticipantFactory,
    models.Registration: factories.RegistrationFactory,
    models.PressCoverage: factories.PressCoverageFactory,
    models.Report: factories.ReportFactory,
    models.Image: factories.ImageFactory,
    models.LogisticsSettings: factories.LogisticsSettingsFactory,
    models.Hotel: factories.HotelFactory,
    models.RoomNight: factories.RoomNightFactory,
    models.InterpreterAssignment: factories.InterpreterAssignmentFactory,
}
MODELS = list(FACTORIES)
# Admins nobody adds to or edits; tests/services/test_audit.py,
# tests/media/test_redirects.py and tests/admin/test_logistics_admin.py
# cover them.
READ_ONLY = {models.AuditEntry, models.Redirect, models.ChangeRequest}


def admin_url(model, view: str, *args) -> str:
    return reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args
    )


def localized_names(model) -> list[str]:
    if model not in translator.get_registered_models():
        return []
    return [
        build_localized_fieldname(field, code)
        for field in translator.get_options_for_model(model).fields
        for code in settings.MODELTRANSLATION_LANGUAGES
    ]


def test_every_programs_model_has_an_admin_and_is_covered_here():
    registered = {
        model for model in admin.site._registry if model._meta.app_label == "programs"
    }

    assert registered == set(MODELS) | READ_ONLY


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_add_page_renders_every_language_of_each_translated_field(
    superuser_client, model
):
    response = superuser_client.get(admin_url(model, "add"))

    assert response.status_code == 200
    html = response.content.decode()
    for name in localized_names(model):
        assert f'name="{name}"' in html, name


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_change_page_renders_every_language_of_each_translated_field(
    superuser_client, model
):
    obj = FACTORIES[model]()

    response = superuser_client.get(admin_url(model, "change", obj.pk))

    assert response.status_code == 200
    html = response.content.decode()
    for name in localized_names(model):
        assert f'name="{name}"' in html, name


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_renders(superuser_client, model):
    FACTORIES[model]()

    response = superuser_client.get(admin_url(model, "changelist"))

    assert response.status_code == 200


def test_program_title_has_five_language_tabs_from_our_own_script(superuser_client):
    response = superuser_client.get(admin_url(models.Program, "add"))

    html = response.content.decode()
    for code in ("en", "fr", "ru", "kk", "zh_hans"):
        assert f"mt-field-title-{code}" in html
    assert "admin/caravan/translation-tabs.js" in html
    tabs = response.context["translation_tabs"]["languages"]
    assert [tab["short"] for tab in tabs.values()] == ["EN", "FR", "RU", "KK", "ZH"]
    assert 'id="caravan-translation-tabs"' in html


def test_admin_pages_load_nothing_from_another_site(superuser_client):
    response = superuser_client.get(admin_url(models.Program, "add"))

    html = response.content.decode()
    assert "jquery-ui" not in html.lower()
    assert 'src="http' not in html and 'href="http' not in html.replace(
        'href="http://testserver', ""
    )


def test_inline_stops_show_every_language_of_their_summary(superuser_client):
    stop = factories.ItineraryStopFactory()

    response = superuser_client.get(
        admin_url(models.Program, "change", stop.program.pk)
    )

    html = response.content.decode()
    for code in ("en", "fr", "ru", "kk", "zh_hans"):
        assert f'name="itinerary_stops-0-summary_{code}"' in html


def test_without_javascript_every_language_row_is_visible(superuser_client):
    response = superuser_client.get(admin_url(models.Program, "add"))

    html = response.content.decode()
    for code in ("en", "fr", "ru", "kk", "zh_hans"):
        # Exactly this tag: no "hidden" class or attribute on the row.
        assert f'<div class="form-row field-title_{code}">' in html
