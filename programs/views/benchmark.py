"""The baseline for the benchmarks: the cheapest response Django can give.

Mounted only when ``BENCHMARK_ENDPOINTS`` is on, so production never serves it.
Every page's throughput is reported as a ratio to this one, measured in the
same run, which cancels out the machine's speed.
"""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import Participant, Program, Registration
from ..services import registration
from ..services.page_cache import content_changed

# Sent by the benchmarks' wrk script for "after an edit".
EDITED_HEADER = "HTTP_X_BENCHMARK_EDITED"


def hello_world(request):
    return HttpResponse(b"Hello, world", content_type="text/plain")


@csrf_exempt
@require_POST
def apply_verified(request, slug):
    """One verified application, straight into the registration service.

    The benchmark's way in: the same locked seat-taking as a verified public
    application (``apply_for_program``), without the form's CSRF round trip,
    per-IP rate limit and the separate verification click.
    """
    program = get_object_or_404(Program, slug=slug)
    created = registration.apply_for_program(
        program,
        {
            "given_name": request.POST.get("given_name", "Benchmark"),
            "email": request.POST["email"],
            "category": Participant.Category.OTHER,
        },
        source=Registration.Source.PUBLIC_FORM,
    )
    return JsonResponse(
        {"status": created.status, "waitlist_position": created.waitlist_position}
    )


class EditedBeforeRequestMiddleware:
    """A request with ``X-Benchmark-Edited`` finds the content just changed,
    as if an editor had saved a program a moment before: the content version
    moves, so neither the page nor any of its parts is in the cache, and the
    page is drawn from PostgreSQL, as the first visitor after a save sees it.
    As after an editor's save, the participant lists stay (``page_cache``);
    ``X-Benchmark-Edited: people`` moves them too, as a registration does.

    Installed only with ``BENCHMARK_ENDPOINTS``, ahead of the page cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if EDITED_HEADER in request.META:
            content_changed(people=request.META[EDITED_HEADER] == "people")
        return self.get_response(request)
