"""The home page: current and upcoming programs, latest press and reports."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from ..models import Partnership, PressCoverage, Report
from .caching import public_page
from .fragments import render_from_parts, rendered_parts
from .maps import partnerships_map
from .programs import program_cards, published_programs, with_card_data

HOME_PROGRAMS = 6
HOME_PRESS = 5
HOME_REPORTS = 3


@public_page
def home(request):
    return render_from_parts(request, "home", (), lambda: _home_parts(request))


def _home_parts(request) -> dict:
    today = timezone.localdate()
    programs = with_card_data(published_programs())
    current = program_cards(
        programs.filter(Q(end_date__isnull=True) | Q(end_date__gte=today)).order_by(
            "start_date", "launch_date", "slug"
        )[:HOME_PROGRAMS]
    )
    if not current:
        # Between seasons, show the most recent programs rather than nothing.
        current = program_cards(
            programs.order_by("-start_date", "-launch_date", "slug")[:HOME_PROGRAMS]
        )
    partnerships = list(Partnership.objects.select_related("city_a", "city_b"))
    context = {
        "programs": current,
        "press": PressCoverage.objects.published()
        .select_related("program", "outlet")
        .order_by("-published_on", "-pk")[:HOME_PRESS],
        "reports": Report.objects.published()
        .select_related("program", "cover_image")
        .order_by("-first_published_at", "-pk")[:HOME_REPORTS],
        "home_map": partnerships_map(partnerships, id_prefix="home-map"),
    }
    return rendered_parts(
        request,
        "home",
        ("intro", "content"),
        context,
        title=gettext("Cultural-exchange programs"),
    )
