"""Program cards that other sites put in an iframe: ``/embed/programs/<slug>/``.

A small page of its own, with its own stylesheet and no site header: title,
launch, next event, the itinerary's cities and a link back to the program.
It is the only page that other sites may frame (``frame-ancestors *`` and no
``X-Frame-Options`` here; ``'none'`` everywhere else), and it sets no cookie.
Its language comes from ``?lang=`` (English by default), since an embedding
site knows its own language and the address carries no prefix.
"""

from csp.decorators import csp_replace
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.html import escape
from django.utils.http import http_date
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from ..models import ItineraryStop, Program
from ..services.events import next_event
from ..services.page_cache import content_version, page_etag


def _language(request) -> str | None:
    code = request.GET.get("lang", settings.LANGUAGE_CODE).strip().lower()
    return code if code in settings.LANGUAGE_CODES else None


@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def program_card(request, slug: str):
    language = _language(request)
    if language is None:
        codes = ", ".join(settings.LANGUAGE_CODES)
        return HttpResponseBadRequest(
            f"Unknown language; use lang= one of {escape(codes)}.",
            content_type="text/plain; charset=utf-8",
        )
    version = content_version()
    # Looked up first, so that a program taken offline is a 404, never a 304.
    card = _card(slug)
    etag = page_etag(f"embed:{language}", request.path, version)
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=int(version)
    )
    if not_modified is not None:
        return _with_validators(not_modified, etag, version)
    with translation.override(language):
        response = render(request, "programs/embed_card.html", card)
    return _with_validators(response, etag, version)


def _card(slug: str) -> dict:
    program = get_object_or_404(
        Program.objects.published()
        .select_related("launch_city")
        .prefetch_related(
            Prefetch(
                "itinerary_stops",
                queryset=ItineraryStop.objects.select_related("city").order_by(
                    "position"
                ),
                to_attr="card_stops",
            )
        ),
        slug=slug,
    )
    return {
        "program": program,
        "cities": [stop.city for stop in program.card_stops],
        "next_event": next_event(program),
    }


def _with_validators(response, etag: str, version: float):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(int(version))
    response["Cache-Control"] = "public, max-age=300"
    return response
