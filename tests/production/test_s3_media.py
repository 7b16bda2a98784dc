"""Media on S3-compatible object storage, against moto's server."""

import json
import subprocess
import sys

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from scripts.benchlib import ROOT


@pytest.fixture
def s3_settings(settings, s3_endpoint, s3_bucket):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": s3_bucket,
                "endpoint_url": s3_endpoint,
                "region_name": "us-east-1",
                "location": "media",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    return s3_endpoint, s3_bucket


def test_a_file_saved_to_s3_storage_lands_in_the_bucket_and_reads_back(s3_settings):
    endpoint, bucket = s3_settings

    name = default_storage.save("reports/note.txt", ContentFile(b"Caravan media"))

    stored = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    body = stored.get_object(Bucket=bucket, Key=f"media/{name}")["Body"].read()
    assert body == b"Caravan media"
    with default_storage.open(name) as readback:
        assert readback.read() == b"Caravan media"


def test_s3_media_urls_point_at_the_bucket_without_signatures(s3_settings):
    endpoint, bucket = s3_settings

    name = default_storage.save("images/photo.jpg", ContentFile(b"jpeg"))

    assert default_storage.url(name) == f"{endpoint}/{bucket}/media/{name}"


def test_a_second_upload_under_the_same_name_keeps_the_first(s3_settings):
    first = default_storage.save("images/photo.jpg", ContentFile(b"one"))
    second = default_storage.save("images/photo.jpg", ContentFile(b"two"))

    assert first != second
    with default_storage.open(first) as original:
        assert original.read() == b"one"


@pytest.mark.django_db
def test_healthz_checks_s3_storage_and_leaves_nothing_behind(client, s3_settings):
    endpoint, bucket = s3_settings

    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content)["storage"] == "ok"
    stored = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    assert stored.list_objects_v2(Bucket=bucket).get("KeyCount") == 0


@pytest.mark.django_db
def test_healthz_names_the_storage_when_the_bucket_is_gone(client, s3_settings):
    endpoint, bucket = s3_settings
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").delete_bucket(
        Bucket=bucket
    )

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content)["storage"] == "error"


def test_the_aws_variables_switch_media_to_s3_and_allow_its_images_in_the_csp():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.core.files.storage import storages; "
        "print(type(storages['default']).__name__, "
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "exchange_site.settings.production",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "sqlite:///:memory:",
        "AWS_STORAGE_BUCKET_NAME": "caravan-media",
        "AWS_S3_CUSTOM_DOMAIN": "media.caravan.example",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["S3Storage", "https://media.caravan.example"]
