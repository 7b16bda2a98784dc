"""Failed background jobs are retried with growing delays and shown to admins."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from programs.services.jobs import ATTEMPT_ARGUMENT, retrying_task

# The worker closes and reopens connections, as it does in production.
pytestmark = pytest.mark.django_db(transaction=True)

CALLS = []


@retrying_task(max_attempts=3)
def flaky_job(label: str) -> str:
    CALLS.append(label)
    raise ConnectionError(f"mail server away ({label})")


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.TASK_RETRY_DELAY = 60
    CALLS.clear()


def run_worker_once() -> None:
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def test_a_failed_job_is_queued_again_after_the_retry_delay(database_queue):
    flaky_job.enqueue("welcome")

    before = timezone.now()
    run_worker_once()

    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == TaskResultStatus.FAILED
    assert "mail server away" in failed.traceback
    assert retry.status == TaskResultStatus.READY
    assert retry.task_result.kwargs == {ATTEMPT_ARGUMENT: 2}
    assert before + timedelta(seconds=59) < retry.run_after
    assert retry.run_after < timezone.now() + timedelta(seconds=61)


def test_retries_wait_twice_as_long_each_time_and_stop_at_the_limit(
    database_queue,
):
    flaky_job.enqueue("welcome")

    # A retry is queued at some moment of the worker's run, to run its delay
    # later: between the delay after the run's start and the delay after its
    # end (however long a loaded machine takes over the run).
    windows = []
    for _attempt in range(3):
        started = timezone.now()
        run_worker_once()
        ended = timezone.now()
        for waiting in DBTaskResult.objects.filter(status=TaskResultStatus.READY):
            windows.append((waiting.run_after - ended, waiting.run_after - started))
            # Let the delay pass at once.
            waiting.run_after = timezone.now() - timedelta(seconds=1)
            waiting.save(update_fields=["run_after"])

    assert CALLS == ["welcome"] * 3
    assert len(windows) == 2
    for (at_least, at_most), delay in zip(windows, (60, 120), strict=True):
        assert at_least <= timedelta(seconds=delay) <= at_most
    statuses = DBTaskResult.objects.values_list("status", flat=True)
    assert list(statuses) == [TaskResultStatus.FAILED] * 3


def test_retry_delays_double_with_each_attempt(settings):
    from programs.services.jobs import retry_delay

    settings.TASK_RETRY_DELAY = 30

    assert [retry_delay(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]


def test_superusers_see_failed_jobs_with_their_error_in_the_admin(
    database_queue, admin_client
):
    flaky_job.enqueue("welcome")
    run_worker_once()
    failed = DBTaskResult.objects.get(status=TaskResultStatus.FAILED)

    listing = admin_client.get(
        reverse("admin:django_tasks_database_dbtaskresult_changelist"),
        {"status__exact": "FAILED"},
    )
    detail = admin_client.get(
        reverse("admin:django_tasks_database_dbtaskresult_change", args=[failed.pk])
    )

    assert listing.status_code == 200
    assert "flaky_job" in listing.content.decode()
    assert detail.status_code == 200
    assert "mail server away (welcome)" in detail.content.decode()
