"""Every public page renders in every language and never shows a draft."""

import pytest

from .conftest import LANGUAGES, SECRETS

PAGES = [
    "/{lang}/",
    "/{lang}/programs/",
    "/{lang}/programs/silk-road/",
    "/{lang}/events/aktau-interview/",
    "/{lang}/cities/",
    "/{lang}/cities/aktau/",
    "/{lang}/press/",
    "/{lang}/reports/",
    "/{lang}/reports/first-week/",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_page_renders_in_every_language_without_drafts(client, world, path, language):
    response = client.get(path.format(lang=language))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    for secret in SECRETS:
        assert secret not in html


@pytest.mark.parametrize(
    "url",
    [
        "/en/programs/secret-draft/",
        "/en/programs/secret-scheduled/",
        "/en/events/secret-event/",
        "/en/reports/secret-report/",
        "/en/programs/secret-draft/calendar.ics",
        "/en/events/secret-event/calendar.ics",
    ],
)
def test_unpublished_urls_answer_404(client, world, url):
    assert client.get(url).status_code == 404


def test_every_page_links_its_translations_and_itself(client, world):
    html = client.get("/fr/programs/silk-road/").content.decode()

    assert (
        '<link rel="canonical" href="http://testserver/fr/programs/silk-road/">' in html
    )
    for language in LANGUAGES:
        assert (
            f'hreflang="{language}" href="http://testserver/{language}/programs/silk-road/"'
            in html
        )
    assert 'hreflang="x-default" href="http://testserver/programs/silk-road/"' in html


def test_opengraph_meta_names_the_page(client, world):
    html = client.get("/kk/programs/silk-road/").content.decode()

    assert '<meta property="og:title" content="Жібек жолы күндері">' in html
    assert '<meta property="og:locale" content="kk_KZ">' in html


def test_fallback_text_is_marked_with_its_real_language(client, world):
    html = client.get("/ru/programs/silk-road/").content.decode()

    # No Russian title was written, so the English one is shown and marked.
    assert '<h1 lang="en">Silk Road Days</h1>' in html


def test_translated_text_is_not_marked_as_another_language(client, world):
    html = client.get("/kk/programs/silk-road/").content.decode()

    assert "<h1>Жібек жолы күндері</h1>" in html


def test_program_page_shows_launch_at_month_precision(client, world):
    assert "August 2024" in client.get("/en/programs/silk-road/").content.decode()
    assert "2024年8月" in client.get("/zh-hans/programs/silk-road/").content.decode()


def test_program_page_lists_consenting_participants_without_contact_details(
    client, world
):
    html = client.get("/en/programs/silk-road/").content.decode()

    assert "Aliya Demova" in html
    assert "Hidden Person" not in html
    assert "aliya@example.org" not in html
    assert "700 123 4567" not in html


def test_a_cancelled_registration_takes_the_participant_off_the_page(client, world):
    registration = world["consenting"].registrations.get()
    registration.status = "cancelled"
    registration.save()

    assert "Aliya Demova" not in client.get("/en/programs/silk-road/").content.decode()


def test_program_page_shows_event_in_its_local_time_zone(client, world):
    html = client.get("/en/programs/silk-road/").content.decode()

    # 05:00 UTC is 10:00 in Aktau (UTC+5).
    assert "10 a.m." in html or "10:00" in html
    assert 'title="Asia/Aqtau"' in html


def test_program_page_groups_press_by_language_with_external_links(client, world):
    html = client.get("/en/programs/silk-road/").content.decode()

    assert "<h3>French</h3>" in html
    assert 'href="https://example.org/article" lang="fr"' in html


def test_program_page_lists_partnerships_between_its_cities(client, world):
    html = client.get("/en/programs/silk-road/").content.decode()

    assert "Sister cities" in html
    assert "since 2023" in html


def test_program_page_has_schema_org_event(client, world):
    html = client.get("/en/programs/silk-road/").content.decode()

    assert '<script type="application/ld+json">' in html
    assert '"@type": "Event"' in html
    assert '"@type": "GeoCoordinates"' in html
    assert '"inLanguage": "en"' in html


def test_rich_text_is_sanitised_on_output(client, world):
    program = world["program"]
    # Bypass the save-time cleaning, as an old or imported row might.
    type(program).objects.filter(pk=program.pk).update(
        body_en='<p>Hello</p><script>alert("x")</script><img src=x onerror=alert(1)>'
    )

    html = client.get("/en/programs/silk-road/").content.decode()

    assert "<p>Hello</p>" in html
    assert 'alert("x")' not in html and "onerror" not in html


def test_city_page_shows_partnerships_and_visiting_programs(client, world):
    html = client.get("/kk/cities/aktau/").content.decode()

    assert "Ақтау" in html
    assert "Lianyungang" in html
    assert "/kk/programs/silk-road/" in html


def test_unknown_city_is_404(client, world):
    assert client.get("/en/cities/atlantis/").status_code == 404


def test_404_page_is_styled_and_translated(client, world):
    response = client.get("/fr/programs/nothing-here/")

    assert response.status_code == 404
    assert '<html lang="fr">' in response.content.decode()
    assert 'href="/fr/"' in response.content.decode()


def test_json_ld_gives_a_month_precision_launch_as_a_month(client, world):
    program = world["program"]
    program.start_date = None
    program.save()

    html = client.get("/en/programs/silk-road/").content.decode()

    assert '"startDate": "2024-08"' in html


def test_report_page_shows_its_gallery_in_order_without_undescribed_images(
    client, world, django_assert_max_num_queries
):
    from programs.models import ReportGalleryImage
    from tests.factories import ImageFactory

    report = world["report"]
    second = ImageFactory(alt_text_en="A harbour at dusk")
    first = ImageFactory(alt_text_en="Cranes over the port")
    undescribed = ImageFactory(alt_text_en="", caption_en="No description")
    ReportGalleryImage.objects.create(report=report, image=second, position=2)
    ReportGalleryImage.objects.create(report=report, image=first, position=1)
    ReportGalleryImage.objects.create(report=report, image=undescribed, position=3)

    with django_assert_max_num_queries(3):
        html = client.get("/en/reports/first-week/").content.decode()

    assert html.index('alt="Cranes over the port"') < html.index(
        'alt="A harbour at dusk"'
    )
    assert 'loading="lazy"' in html and 'width="64" height="48"' in html
    assert "No description" not in html


def test_decorative_images_have_empty_alt_text(client, world):
    from tests.factories import ImageFactory

    program = world["program"]
    program.hero_image = ImageFactory(alt_text_en="", is_decorative=True)
    program.save()

    html = client.get("/en/programs/silk-road/").content.decode()

    assert 'alt=""' in html


def test_a_server_error_shows_the_styled_page_in_the_visitors_language(
    client, world, monkeypatch
):
    import programs.views.home

    def broken(*args, **kwargs):
        raise RuntimeError("the template engine fell over")

    monkeypatch.setattr(programs.views.home, "render_from_parts", broken)
    client.raise_request_exception = False

    response = client.get("/fr/")

    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="fr">' in html
    assert "Une erreur s’est produite" in html
    assert "Traceback" not in html and "RuntimeError" not in html


def test_a_city_shows_its_local_name_beside_the_translated_one(client, world):
    city = world["city"]
    city.native_name = "Ақтау"
    city.save()

    english = client.get("/en/cities/aktau/").content.decode()
    kazakh = client.get("/kk/cities/aktau/").content.decode()
    program = client.get("/fr/programs/silk-road/").content.decode()

    assert '<span class="native-name" lang="kk">Ақтау</span>' in english
    assert '<span class="native-name" lang="kk">Ақтау</span>' in program
    # In Kazakh the name already is the local one: no need to repeat it.
    assert 'class="native-name"' not in kazakh.split("<h1>")[1].split("</h1>")[0]
