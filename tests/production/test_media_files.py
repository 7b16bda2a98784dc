"""Pictures never break for want of a media server: gunicorn alone answers
/media/ with images only, and a page shows originals until renditions exist."""

import re
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from exchange_site.media_files import media_urls
from scripts.benchlib import serving
from tests.factories import ImageFactory, ProgramFactory

from ..media.conftest import picture_bytes

BEHIND_TLS = {"X-Forwarded-Proto": "https"}


@pytest.fixture
def stored(settings, tmp_path):
    """Save ``name`` with ``content`` in a fresh media folder; return its URL path."""
    settings.MEDIA_ROOT = tmp_path / "media"

    def save(name: str, content: bytes) -> str:
        return "/media/" + default_storage.save(name, ContentFile(content))

    return save


@pytest.mark.django_db
def test_an_image_is_served_with_its_type_and_a_days_caching(client, stored):
    path = stored("images/port.jpg", picture_bytes())

    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert b"".join(response.streaming_content) == picture_bytes()


@pytest.mark.django_db
def test_a_rendition_may_be_kept_a_year_and_an_unchanged_one_answers_304(
    client, stored
):
    path = stored("renditions/1/port-16x9-320w-abc123.jpg", picture_bytes())

    first = client.get(path)
    again = client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert first["Cache-Control"] == "public, max-age=31536000"
    assert again.status_code == 304


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["notes.txt", "page.html", "image.svg", "backup.sql"])
def test_nothing_but_images_leaves_the_media_folder(client, stored, name):
    path = stored(name, b"<script>alert(1)</script>")

    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_a_path_that_climbs_out_of_the_media_folder_is_not_found(client, stored):
    stored("images/port.jpg", picture_bytes())

    assert client.get("/media/../manage.py").status_code == 404
    assert client.get("/media/images/..%2F..%2Fmanage.py").status_code == 404


def test_with_media_on_s3_or_serve_media_off_the_app_leaves_media_alone():
    with override_settings(SERVE_MEDIA=False):
        assert media_urls() == []
    with override_settings(SERVE_MEDIA=True):
        assert len(media_urls()) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_under_gunicorn_every_picture_of_a_page_loads_before_renditions_exist(
    server_environment, redis_cache_settings, settings
):
    env = server_environment(REDIS_URL=redis_cache_settings)
    # Saved into the server's media folder, with the jobs queued for a worker
    # that never runs: the hero has no renditions, so the page shows the
    # original, which gunicorn must answer.
    settings.MEDIA_ROOT = env["MEDIA_ROOT"]
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    hero = ImageFactory(
        file=SimpleUploadedFile("port.jpg", picture_bytes((1600, 900))),
        alt_text_en="The port at dawn",
    )
    program = ProgramFactory(slug="port-days", hero_image=hero)
    assert not hero.renditions.exists()

    with serving(env, workers=1) as base_url:
        request = urllib.request.Request(  # noqa: S310
            f"{base_url}{program.get_absolute_url()}", headers=BEHIND_TLS
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            page = response.read().decode()
        sources = re.findall(r'<img[^>]+src="([^"]+)"', page)

        assert sources, "the page shows its hero"
        for source in sources:
            image = urllib.request.Request(base_url + source, headers=BEHIND_TLS)  # noqa: S310
            with urllib.request.urlopen(image, timeout=10) as answer:  # noqa: S310
                assert answer.status == 200
                assert answer.headers["Content-Type"].startswith("image/")
