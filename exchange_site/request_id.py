"""A request id on every response and every log line written while serving it.

An id sent by the proxy in ``X-Request-ID`` is kept (nginx can set one per
request), so the proxy's log, the app's log and the visitor's error report can
be matched; otherwise the app makes one.
"""

import contextvars
import logging
import re
import uuid

current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="-"
)
# Anything else is replaced: the id is copied into logs and headers verbatim.
ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if ACCEPTABLE_ID.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response


class RequestIdLogFilter(logging.Filter):
    """Give every log record the id of the request being served, or "-"."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True
