"""Refuse, once for the whole site, requests that no page could answer.

- **NUL characters.** PostgreSQL can neither store nor compare text holding
  NUL ("\\x00"): any query that received one would fail with a
  ``DataError``, a 500. No address, search, filter, form field or cookie of
  ours has a use for it.
- **Date parts out of range.** The admin's date drill-down reads
  ``<field>__year``, ``__month`` and ``__day`` and builds a date from them;
  Django turns a wrong one into "invalid filter", but a number too large for
  the machine ("99999999999999999999") escapes as an ``OverflowError``.

Such a request is refused here, before any middleware or view queries with
it, with a 400 and a page that says what was wrong (JSON with the code
``bad_request`` under ``/api/``); views never have to remember it.
"""

import re

from django.core.exceptions import BadRequest

from programs.api.errors import is_api_request, json_error

NUL = "\x00"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
DATE_PART = re.compile(r"__(year|month|day)$")


def carries_nul(request) -> bool:
    """Does the address, a parameter, a form field or a cookie hold a NUL?"""
    if NUL in request.path or NUL in request.path_info:
        return True
    if _any_nul(request.GET) or _any_nul(request.COOKIES):
        return True
    if request.method == "POST" and request.content_type in FORM_TYPES:
        return _any_nul(request.POST)
    return False


def _any_nul(values) -> bool:
    items = values.lists() if hasattr(values, "lists") else values.items()
    for key, value in items:
        texts = value if isinstance(value, list) else [value]
        if NUL in key or any(NUL in text for text in texts):
            return True
    return False


def has_impossible_date_part(request) -> bool:
    """Is a date drill-down parameter a number longer than any year?"""
    return any(
        DATE_PART.search(key) and value.strip().isdigit() and len(value.strip()) > 4
        for key, values in request.GET.lists()
        for value in values
    )


class RefuseHostileInputMiddleware:
    """A 400 (``handler400``'s page) for a request no page could answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The visitor sees handler400's page; these messages go to the log.
        problem = None
        if carries_nul(request):
            problem = "The request contains a NUL character."
        elif has_impossible_date_part(request):
            problem = "A date parameter is out of range."
        if problem is None:
            return self.get_response(request)
        if is_api_request(request):
            return json_error(400, "bad_request", problem)
        raise BadRequest(problem)
