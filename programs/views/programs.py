"""Public program pages."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from ..models import Event, ItineraryStop, Program
from .caching import public_page


@public_page
def home(request):
    programs = (
        Program.objects.published()
        .select_related("launch_city", "organising_city")
        .order_by("-launch_date", "slug")
    )
    return render(request, "programs/home.html", {"programs": programs})


@public_page
def program_detail(request, slug: str):
    program = get_object_or_404(
        Program.objects.published()
        .select_related("launch_city", "organising_city")
        .prefetch_related(
            Prefetch(
                "itinerary_stops",
                queryset=ItineraryStop.objects.select_related("city").order_by(
                    "position"
                ),
            ),
            Prefetch(
                "events",
                queryset=Event.objects.published()
                .select_related("city")
                .order_by("starts_at"),
                to_attr="published_events",
            ),
        ),
        slug=slug,
    )
    return render(request, "programs/program_detail.html", {"program": program})
