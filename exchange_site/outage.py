"""When the database is unreachable, pages answer a styled 503, not a traceback.

The connection pool checks each connection before lending it and keeps trying
to reconnect in the background, so once PostgreSQL is back the next request
succeeds again: nothing needs a restart.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

# psycopg's PoolTimeout and a cancelled (timed-out) statement both reach Django
# as OperationalError.
OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def service_unavailable() -> HttpResponse:
    # Rendered without the request: context processors would ask the database
    # for the user and the session.
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        logger.error(
            "Database unavailable while serving %s: %s", request.path, exception
        )
        return service_unavailable()
