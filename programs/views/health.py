"""``/healthz``: is each part the site depends on answering?"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    cache.set("healthz", "ok", timeout=5)
    if cache.get("healthz") != "ok":
        raise RuntimeError("the cache did not return what was just stored")


CHECKS = {"database": _check_database, "cache": _check_cache}


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
