"""When the database is unreachable, pages answer a styled 503, not a traceback.

Django turns any exception, raised in a view or in a middleware, into a call
to the 500 handler while the exception is being handled; that handler
(``programs.views.errors.server_error``) asks here whether it is a database
outage and, if so, answers 503 with Retry-After. The log keeps the traceback.

The connection pool checks each connection before lending it and keeps trying
to reconnect in the background, so once PostgreSQL is back the next requests
succeed again: nothing needs a restart.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

# psycopg's PoolTimeout and a cancelled (timed-out) statement both reach Django
# as OperationalError.
OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def handling_database_outage() -> bool:
    """Is the exception being handled now a lost or refused database?"""
    return isinstance(sys.exc_info()[1], OUTAGE_ERRORS)


# What an API client reads in the JSON body of the same 503.
API_MESSAGE = "The database is briefly unavailable; try again shortly."


def service_unavailable() -> HttpResponse:
    # Rendered without the request: context processors would ask the database
    # for the user and the session.
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    return with_retry_after(response)


def with_retry_after(response: HttpResponse) -> HttpResponse:
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
