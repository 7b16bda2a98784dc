"""The home page: current and upcoming programs, latest press and reports."""

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone

from ..models import City, Partnership, PressCoverage, Program, Report
from .caching import public_page
from .place_maps import partnerships_map

HOME_PROGRAMS = 6
HOME_PRESS = 5
HOME_REPORTS = 3


@public_page
def home(request):
    today = timezone.localdate()
    programs = list(
        Program.objects.published()
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("launch_city", "organising_city", "hero_image")
        .order_by("start_date", "launch_date", "slug")[:HOME_PROGRAMS]
    )
    if not programs:
        # Between seasons, show the most recent programs rather than nothing.
        programs = list(
            Program.objects.published()
            .select_related("launch_city", "organising_city", "hero_image")
            .order_by("-start_date", "-launch_date", "slug")[:HOME_PROGRAMS]
        )
    partnerships = list(Partnership.objects.select_related("city_a", "city_b"))
    partner_ids = {p.city_a_id for p in partnerships} | {
        p.city_b_id for p in partnerships
    }
    context = {
        "programs": programs,
        "press": PressCoverage.objects.published()
        .select_related("program", "outlet")
        .order_by("-published_on", "-pk")[:HOME_PRESS],
        "reports": Report.objects.published()
        .select_related("program", "cover_image")
        .order_by("-first_published_at", "-pk")[:HOME_REPORTS],
        "home_map": partnerships_map(
            list(City.objects.filter(pk__in=partner_ids)),
            partnerships,
            id_prefix="home-map",
        ),
    }
    return render(request, "programs/home.html", context)
