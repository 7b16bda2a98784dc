"""Every API error is JSON with a stable code, never an HTML page.

The body is ``{"error": {"status": 400, "code": "invalid_filter",
"message": "…", "fields": {"year": ["…"]}}}``: ``code`` is what a client
tests (it never changes once published), ``message`` is for people, and
``fields`` names the parameters at fault, when some are.
"""

from django.http import Http404, JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response

API_PREFIX = "/api/"

# DRF's own exceptions, as our codes.
DRF_CODES = {
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.NotAcceptable: "not_acceptable",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.Throttled: "rate_limited",
    exceptions.ValidationError: "invalid_filter",
    exceptions.ParseError: "bad_request",
}


class ApiError(Exception):
    """An error the API answers with ``status`` and a body naming ``code``."""

    def __init__(self, status: int, code: str, message: str, fields=None, **headers):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or {}
        self.headers = headers


def error_body(status: int, code: str, message: str, fields=None) -> dict:
    error = {"status": status, "code": code, "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def json_error(status: int, code: str, message: str, fields=None) -> JsonResponse:
    """The error as a plain Django response, for code outside DRF's views
    (middleware and the site's error handlers)."""
    response = JsonResponse(error_body(status, code, message, fields), status=status)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def is_api_request(request) -> bool:
    return request.path.startswith(API_PREFIX)


def exception_handler(exc, context):
    """DRF's ``EXCEPTION_HANDLER``: our errors and DRF's in one shape."""
    if isinstance(exc, ApiError):
        response = Response(
            error_body(exc.status, exc.code, exc.message, exc.fields),
            status=exc.status,
        )
        for name, value in exc.headers.items():
            response[name.replace("_", "-")] = str(value)
        return response
    if isinstance(exc, exceptions.APIException):
        code = next(
            (code for kind, code in DRF_CODES.items() if isinstance(exc, kind)),
            "bad_request",
        )
        detail = exc.detail
        fields = detail if isinstance(detail, dict) else None
        message = str(detail) if not fields else "Some parameters are not valid."
        response = Response(
            error_body(exc.status_code, code, message, fields), status=exc.status_code
        )
        if getattr(exc, "auth_header", None):
            response["WWW-Authenticate"] = exc.auth_header
        if getattr(exc, "wait", None):
            response["Retry-After"] = str(int(exc.wait))
        return response
    if isinstance(exc, Http404):
        return Response(error_body(404, "not_found", "Not found."), status=404)
    # Anything else is a bug: Django's 500 handler answers (in JSON, for /api/).
    return None
