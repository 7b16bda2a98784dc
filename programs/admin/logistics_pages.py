"""The organisers' logistics pages of one program: the board of each stop,
day by day, and the documents printed from it (the manifest of a stop, the
rooming list of a hotel, a visa-support letter).

Only the program's managers and superusers reach them (``managed_program``:
anyone else gets a 404, an editor included); the lists are read by
``services/travel_lists.py`` and drawn by ``services/documents.py``.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..models import Hotel, VisaRequirement
from ..models.registrations import SEAT_STATUSES
from ..services import documents, exports, interpreting, logistics, travel_lists
from .organiser_pages import managed_program, page_context

FORMATS = ("pdf", "xlsx")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def board_view(model_admin, request, program_id: int):
    """Each stop, day by day: arrivals, departures, rooms, needs, gaps."""
    program = managed_program(request, program_id, "view_traveldetails")
    boards = travel_lists.program_board(program)
    for board in boards:
        board.host_language = _host_language(board.stop)
    title = _("Logistics: %(program)s") % {"program": program}
    context = {
        **page_context(model_admin, request, program, title),
        "boards": boards,
        "travellers": boards[0].travellers if boards else [],
        "interpreting": [
            (event, warning.message)
            for event in program.events.order_by("starts_at", "pk")
            for warning in interpreting.interpreter_warnings(event)
        ],
        "visas": VisaRequirement.objects.filter(
            registration__program=program,
            registration__status__in=SEAT_STATUSES,
            needs_visa=True,
        ).select_related("registration__participant"),
    }
    return TemplateResponse(
        request, "admin/programs/registration/logistics.html", context
    )


def _host_language(stop) -> tuple[str, str] | None:
    """The code and name of the stop's country's language, for lists handed
    to its hotels and drivers, when it is not the organiser's."""
    code = documents.HOST_LANGUAGES.get(stop.city.country.code)
    if code is None or code == get_language():
        return None
    return code, translation.get_language_info(code)["name_local"]


def _download(body: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def list_language(request) -> str:
    """The language a list is printed in: ``?lang=`` (the host country's,
    for a hotel or a driver), else the organiser's own."""
    asked = request.GET.get("lang", "")
    return asked if asked in settings.LANGUAGE_CODES else get_language()


def _list_download(request, file_format, name, build):
    """``build()`` (title, subtitle, columns, rows) as an XLSX or PDF
    download, drawn in ``list_language``."""
    if file_format not in FORMATS:
        raise Http404
    language = list_language(request)
    with translation.override(language):
        program, title, subtitle, columns, rows = build()
        if file_format == "xlsx":
            cells = [
                columns,
                *([exports.neutralise(cell) for cell in row] for row in rows),
            ]
            return _download(exports.write_xlsx(cells, title), XLSX, f"{name}.xlsx")
        context = documents.list_document(program, title, subtitle, columns, rows)
    body = documents.render_pdf("documents/list.html", context, language)
    return _download(body, documents.PDF_CONTENT_TYPE, f"{name}.pdf")


def manifest_view(model_admin, request, program_id: int, stop_id: int, file_format):
    """Every arrival at and departure from one stop, as XLSX or PDF."""
    program = managed_program(request, program_id, "view_traveldetails")
    stop = get_object_or_404(program.itinerary_stops.select_related("city"), pk=stop_id)
    return _list_download(
        request,
        file_format,
        f"manifest-{stop.city.slug}",
        lambda: (
            program,
            _("Arrivals and departures: %(city)s") % {"city": stop.city.name},
            str(program),
            travel_lists.manifest_columns(),
            travel_lists.manifest_rows(program, stop),
        ),
    )


def rooming_view(model_admin, request, program_id: int, hotel_id: int, file_format):
    """Who sleeps in which room of one hotel, each night or (``?night=``)
    one night, as XLSX or PDF."""
    program = managed_program(request, program_id, "view_roomnight")
    hotel = get_object_or_404(Hotel.objects.filter(program=program), pk=hotel_id)
    night = None
    if request.GET.get("night"):
        try:
            night = datetime.date.fromisoformat(request.GET["night"])
        except ValueError:
            raise Http404 from None
    return _list_download(
        request,
        file_format,
        f"rooming-{hotel.pk}" + (f"-{night:%Y-%m-%d}" if night else ""),
        lambda: (
            program,
            _("Rooming list: %(hotel)s") % {"hotel": hotel.name},
            hotel.address or str(program),
            travel_lists.rooming_columns(),
            travel_lists.rooming_rows(hotel, night),
        ),
    )


def visa_letter_view(model_admin, request, program_id: int, visa_id: int):
    """The invitation letter for one person's visa, in their language and
    the host country's. A POST (the board's button): drawing it is noted on
    the visa row, once the PDF is made, in the same transaction."""
    program = managed_program(request, program_id, "change_visarequirement")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    visa = get_object_or_404(
        VisaRequirement.objects.filter(registration__program=program).select_related(
            "registration__participant", "registration__program"
        ),
        pk=visa_id,
    )
    board = reverse("admin:programs_registration_logistics", args=[program.pk])
    try:
        with transaction.atomic():
            context = documents.visa_letter_context(visa)
            body = documents.render_pdf(
                "documents/visa_letter.html", context, get_language()
            )
            logistics.record_visa_letter(visa, request.user)
    except documents.LetterRefused as refusal:
        messages.error(request, f"{visa.registration.participant}: {refusal.message}")
        return HttpResponseRedirect(board)
    except ValidationError as error:
        messages.error(
            request, f"{visa.registration.participant}: {' '.join(error.messages)}"
        )
        return HttpResponseRedirect(board)
    name = f"invitation-{visa.country.code.lower()}-{visa.registration.pk}.pdf"
    return _download(body, documents.PDF_CONTENT_TYPE, name)
