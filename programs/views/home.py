"""The home page: current and upcoming programs, latest press and reports."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from ..models import Partnership, PressCoverage, Report
from ..services.prepared import prepared
from .caching import public_page
from .fragments import render_from_parts, rendered_parts
from .maps import partnerships_map
from .press import PRESS_ITEM_FIELDS
from .programs import program_cards, published_programs, with_card_data

HOME_PROGRAMS = 6
HOME_PRESS = 5
HOME_REPORTS = 3


@public_page
def home(request):
    return render_from_parts(request, "home", (), lambda: _home_parts(request))


def _home_parts(request) -> dict:
    now = timezone.now()
    current = program_cards(_current_programs(now=now, today=timezone.localdate()))
    if not current:
        # Between seasons, show the most recent programs rather than nothing.
        current = program_cards(_latest_programs(now=now))
    partnerships = _partnerships()
    context = {
        "programs": current,
        "press": _latest_press(now=now),
        "reports": _latest_reports(now=now),
        "home_map": partnerships_map(partnerships, id_prefix="home-map"),
    }
    return rendered_parts(
        request,
        "home",
        ("intro", "content"),
        context,
        title=gettext("Cultural-exchange programs"),
    )


def _cards(now):
    return with_card_data(published_programs(now=now))


@prepared("now", "today")
def _current_programs(now, today):
    return (
        _cards(now)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("start_date", "launch_date", "slug")[:HOME_PROGRAMS]
    )


@prepared("now")
def _latest_programs(now):
    return _cards(now).order_by("-start_date", "-launch_date", "slug")[:HOME_PROGRAMS]


@prepared()
def _partnerships():
    return Partnership.objects.select_related("city_a", "city_b")


@prepared("now")
def _latest_press(now):
    return (
        PressCoverage.objects.published(now)
        .select_related("outlet")
        .only(*PRESS_ITEM_FIELDS)
        .order_by("-published_on", "-pk")[:HOME_PRESS]
    )


@prepared("now")
def _latest_reports(now):
    return (
        Report.objects.published(now)
        .select_related("program")
        .only("slug", "title", "program__title")
        .order_by("-first_published_at", "-pk")[:HOME_REPORTS]
    )
