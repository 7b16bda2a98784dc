import json
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

ALL_OK = {
    "status": "ok",
    "database": "ok",
    "cache": "ok",
    "storage": "ok",
    "queue": "ok",
}


@task()
def tidy_up() -> None:
    """A job for the queue checks; it is never run."""


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.HEALTHZ_QUEUE_MAX_WAIT = 300


@pytest.mark.django_db
def test_healthz_reports_every_part_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == ALL_OK


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_database_when_it_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("server closed the connection")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    # The queue lives in the database, so it cannot be checked either.
    assert json.loads(response.content) == {
        **ALL_OK,
        "status": "error",
        "database": "error",
        "queue": "error",
    }


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_storage_when_it_cannot_write(
    client, monkeypatch
):
    def full_disk(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(default_storage, "save", full_disk)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        **ALL_OK,
        "status": "error",
        "storage": "error",
    }


@pytest.mark.django_db
def test_healthz_names_the_queue_when_a_due_job_has_waited_too_long(
    client, database_queue
):
    waiting = tidy_up.enqueue()
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=301)
    )

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        **ALL_OK,
        "status": "error",
        "queue": "error",
    }


@pytest.mark.django_db
def test_healthz_is_ok_with_fresh_or_deferred_jobs_waiting(client, database_queue):
    tidy_up.enqueue()
    later = tidy_up.using(run_after=timezone.now() + timedelta(hours=1)).enqueue()
    DBTaskResult.objects.filter(pk=later.id).update(
        enqueued_at=timezone.now() - timedelta(days=1)
    )

    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == ALL_OK
