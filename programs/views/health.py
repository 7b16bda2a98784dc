"""``/healthz``: is each part the site depends on answering?

Load balancers poll it, so each check is cheap: one query, one cache round
trip, a tiny object written to media storage and removed, and one indexed
count of the job queue.
"""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_tasks_db.models import DBTaskResult, get_date_max

logger = logging.getLogger(__name__)


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    cache.set("healthz", "ok", timeout=5)
    if cache.get("healthz") != "ok":
        raise RuntimeError("the cache did not return what was just stored")


def _check_storage() -> None:
    # A unique name, so that probes from several servers never collide.
    name = default_storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as probe:
            if probe.read() != b"ok":
                raise RuntimeError("media storage did not return what was written")
    finally:
        default_storage.delete(name)


def _check_queue() -> None:
    """Fail when a due job has waited longer than HEALTHZ_QUEUE_MAX_WAIT.

    That means no worker is running, or the workers cannot keep up.
    """
    cutoff = timezone.now() - timedelta(seconds=settings.HEALTHZ_QUEUE_MAX_WAIT)
    # A job without run_after is due from when it was enqueued; a deferred
    # one from its run_after.
    overdue = DBTaskResult.objects.ready().filter(
        Q(run_after=get_date_max(), enqueued_at__lt=cutoff) | Q(run_after__lt=cutoff)
    )
    waiting = overdue.count()
    if waiting:
        raise RuntimeError(
            f"{waiting} due jobs have waited more than "
            f"{settings.HEALTHZ_QUEUE_MAX_WAIT} seconds"
        )


CHECKS = {
    "database": _check_database,
    "cache": _check_cache,
    "storage": _check_storage,
    "queue": _check_queue,
}


@never_cache
def healthz(request):
    body = {"status": "ok"}
    for part, check in CHECKS.items():
        try:
            check()
        except Exception:
            # The health check must answer even when a part is down; the log
            # keeps the traceback, the response only names the part.
            logger.exception("Health check failed for %s", part)
            body[part] = "error"
            body["status"] = "error"
        else:
            body[part] = "ok"
    return JsonResponse(body, status=200 if body["status"] == "ok" else 503)
