"""What every API endpoint does around its own work.

1. **Rate limit** per client address (``services/rate_limit``): over
   ``API_RATE_LIMIT`` requests in an ``API_RATE_WINDOW``-second window, a 429
   with ``Retry-After`` (the seconds until the window ends).
2. **Language** from ``?lang=`` or ``Accept-Language`` (``languages``).
3. **Validators and kept bodies.** The ETag and Last-Modified come from the
   content version (``services/page_cache``), as the public pages' do, so
   any edit changes them everywhere at once. The JSON body is kept in the
   shared cache for that version, keyed by the host, the path and the
   parameters the endpoint reads; others (``utm_source``, a cache-buster)
   are ignored, as the program page's parts ignore them, so a new address
   for the same answer costs one cache round trip, not the database.
   A matching ``If-None-Match`` gets a 304.
4. **CORS** for reading from any origin: GET and HEAD only, no credentials.
"""

import math
import time
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from exchange_site.client_ip import client_ip

from ..services import rate_limit
from ..services.page_cache import lookup_page, page_etag, store_page
from .errors import ApiError
from .languages import ALL, FALLBACK, requested_language

JSON = "application/json"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, "
    "Content-Language",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, "
    "If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


class JsonOnly(BaseContentNegotiation):
    """JSON whatever the Accept header says: there is nothing else to offer,
    and a 406 would only hide the error body a client needs."""

    def select_parser(self, request, parsers):
        return None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ReadOnlyEndpoint(APIView):
    """A GET-only endpoint; subclasses give ``payload`` and ``parameters``."""

    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]
    parser_classes = []
    content_negotiation_class = JsonOnly
    http_method_names = ["get", "head", "options"]
    # The query parameters this endpoint reads besides ``lang``: the links to
    # other pages keep these and drop any other (utm_source, ...).
    parameters: tuple[str, ...] = ()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_rate_limit(request)
        self.language = requested_language(request)

    def payload(self, request, context: dict, **kwargs):
        raise NotImplementedError

    def get(self, request, **kwargs):
        language = self.language
        lookup = lookup_page(f"api:{language}", self.cache_path(request))
        etag = page_etag(f"api:{language}", lookup.key, lookup.version)
        last_modified = int(lookup.version)
        if lookup.hit:
            response = get_conditional_response(
                request, etag=etag, last_modified=last_modified
            ) or HttpResponse(lookup.stored.content, content_type=JSON)
        else:
            context = {"request": request, "language": language}
            with translation.override(FALLBACK if language == ALL else language):
                data = self.payload(request, context, **kwargs)
            content = JSONRenderer().render(data)
            store_page(lookup, [], content)
            response = get_conditional_response(
                request, etag=etag, last_modified=last_modified
            ) or HttpResponse(content, content_type=JSON)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = "public, max-age=0, must-revalidate"
        return response

    def options(self, request, *args, **kwargs):
        """The CORS preflight: GET and HEAD only."""
        response = HttpResponse(status=204)
        for name, value in PREFLIGHT_HEADERS.items():
            response[name] = value
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in CORS_HEADERS.items():
            response[name] = value
        language = getattr(self, "language", None)
        if language and language != ALL:
            response["Content-Language"] = language
        patch_vary_headers(response, ["Accept-Language"])
        return response

    def cache_path(self, request) -> str:
        """What tells this response from any other of the same language: the
        parameters it reads, and the scheme and host of its absolute links."""
        names = ("lang", *self.parameters)
        kept = [(name, request.GET[name]) for name in names if name in request.GET]
        host = f"{request.scheme}://{request.get_host()}"
        return f"{host}{request.path}?{urlencode(kept)}"


def check_rate_limit(request) -> None:
    """Count the request against its address's window; a 429 once over."""
    limit, window = settings.API_RATE_LIMIT, settings.API_RATE_WINDOW
    if not limit:
        return
    now = time.time()
    # Windows aligned to the clock, so the end of the current one is known.
    window_number = int(now // window)
    key = f"{client_ip(request) or 'unknown'}:{window_number}"
    if not rate_limit.allow("api", key, limit, window):
        retry_after = max(1, math.ceil((window_number + 1) * window - now))
        raise ApiError(
            429,
            "rate_limited",
            f"Too many requests: at most {limit} every {window} seconds from "
            f"one address. Try again in {retry_after} seconds.",
            Retry_After=retry_after,
        )
