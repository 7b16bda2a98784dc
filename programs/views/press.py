"""Press coverage, filterable by program, language and outlet."""

from django.core.paginator import Paginator
from django.shortcuts import render

from ..models import Organisation, PressCoverage, Program
from .caching import public_page

PRESS_PER_PAGE = 20
# The columns jinja2/includes/press_item.html shows.
PRESS_ITEM_FIELDS = (
    "language",
    "url",
    "title",
    "summary",
    "published_on",
    "kind",
    "outlet__name",
)


@public_page
def press_list(request):
    items = PressCoverage.objects.published().select_related("program", "outlet")
    program = request.GET.get("program", "")
    language = request.GET.get("language", "")
    outlet = request.GET.get("outlet", "")
    # Unknown values filter to nothing rather than fail: a stale link shows an
    # empty list with the filters still visible.
    if program:
        items = items.filter(program__slug=program)
    if language:
        items = items.filter(language=language)
    if outlet:
        items = items.filter(outlet_id=outlet) if outlet.isdigit() else items.none()
    page = Paginator(items.order_by("-published_on", "-pk"), PRESS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    published = PressCoverage.objects.published()
    context = {
        "page": page,
        "selected": {"program": program, "language": language, "outlet": outlet},
        "programs": Program.objects.published()
        .filter(press_coverage__in=published)
        .distinct()
        .order_by("slug"),
        "languages": sorted(set(published.values_list("language", flat=True))),
        "outlets": Organisation.objects.filter(press_coverage__in=published)
        .distinct()
        .order_by("pk"),
    }
    return render(request, "programs/press_list.html", context)
