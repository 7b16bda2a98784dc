"""Page addresses are kept per language and prefix, and follow a new slug."""

import pytest
from django.test import override_settings
from django.urls import reverse, set_script_prefix
from django.utils import translation

from programs.models.addresses import page_address, page_address_in
from tests.factories import CityFactory, ProgramFactory

pytestmark = pytest.mark.django_db


def test_each_language_gets_its_own_address():
    program = ProgramFactory(slug="silk-road")

    addresses = {}
    for language in ("en", "kk", "zh-hans"):
        with translation.override(language):
            addresses[language] = program.get_absolute_url()
            assert addresses[language] == reverse(
                "programs:program-detail", kwargs={"slug": "silk-road"}
            )

    assert addresses == {
        "en": "/en/programs/silk-road/",
        "kk": "/kk/programs/silk-road/",
        "zh-hans": "/zh-hans/programs/silk-road/",
    }


def test_a_renamed_slug_gets_its_new_address():
    city = CityFactory(slug="aktau")
    assert city.get_absolute_url() == "/en/cities/aktau/"

    city.slug = "aqtau"
    assert city.get_absolute_url() == "/en/cities/aqtau/"


def test_a_site_under_a_script_prefix_links_under_it():
    assert page_address("programs:press-list") == "/en/press/"
    set_script_prefix("/caravan/")
    try:
        assert page_address("programs:press-list") == "/caravan/en/press/"
    finally:
        set_script_prefix("/")


@override_settings(ROOT_URLCONF="tests.models.urls_elsewhere")
def test_another_url_configuration_is_not_given_the_first_ones_addresses():
    assert page_address("programs:press-list") == "/elsewhere/press/"


def test_an_address_in_another_language_leaves_the_active_one_alone():
    with translation.override("kk"):
        assert page_address_in("zh-hans", "programs:press-list") == "/zh-hans/press/"
        assert page_address_in("fr", "programs:city-detail", slug="aktau") == (
            "/fr/cities/aktau/"
        )
        assert translation.get_language() == "kk"
        assert page_address("programs:press-list") == "/kk/press/"
