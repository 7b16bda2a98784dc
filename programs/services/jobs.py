"""Background jobs that try again: ``@retrying_task()`` instead of ``@task()``.

django-tasks runs each queued job once. A job decorated here that raises is
recorded as failed like any other (administrators see it, with its traceback,
under "Task results" in the admin), and a fresh copy is queued to run after a
delay that doubles with each attempt: TASK_RETRY_DELAY seconds, then twice
that, and so on, until TASK_MAX_ATTEMPTS attempts have failed. The attempt
number travels with the job's arguments, so each row in the admin says which
attempt it was.

Usage::

    @retrying_task()
    def send_confirmation_email(registration_id: int) -> None: ...

    send_confirmation_email.enqueue(registration.pk)
"""

import functools
import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from django_tasks.base import Task, TaskContext

logger = logging.getLogger(__name__)

ATTEMPT_ARGUMENT = "attempt_number"


def retry_delay(attempt: int) -> timedelta:
    """How long to wait after the given failed attempt (1, 2, ...)."""
    return timedelta(seconds=settings.TASK_RETRY_DELAY * 2 ** (attempt - 1))


def retrying_task(*, max_attempts: int | None = None, **task_options) -> Callable:
    """Like django-tasks' ``@task()``, but a failed job is queued again."""

    def decorate(function: Callable) -> Task:
        @functools.wraps(function)
        def run(context: TaskContext, *args, **kwargs):
            attempt = kwargs.pop(ATTEMPT_ARGUMENT, 1)
            try:
                return function(*args, **kwargs)
            except Exception:
                limit = max_attempts or settings.TASK_MAX_ATTEMPTS
                if attempt < limit:
                    _queue_again(context.task_result.task, args, kwargs, attempt)
                else:
                    logger.error(
                        "Job %s failed for good after %d attempts",
                        function.__qualname__,
                        attempt,
                    )
                raise

        # django-tasks reads the signature to find the context argument; it
        # must see run's, not the wrapped function's.
        del run.__wrapped__
        return task(takes_context=True, **task_options)(run)

    return decorate


def _queue_again(job: Task, args: tuple, kwargs: dict, attempt: int) -> None:
    delay = retry_delay(attempt)
    # A backend that cannot defer (the immediate one, in tests) runs the next
    # attempt at once.
    if job.get_backend().supports_defer:
        job = job.using(run_after=timezone.now() + delay)
    logger.warning(
        "Job %s failed (attempt %d); trying again in %s", job.name, attempt, delay
    )
    job.enqueue(*args, **{**kwargs, ATTEMPT_ARGUMENT: attempt + 1})
