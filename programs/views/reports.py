"""Reports: the list and each report with its gallery."""

from django.core.paginator import Paginator
from django.db.models import OuterRef
from django.shortcuts import get_object_or_404, render

from ..models import Image, Report, ReportGalleryImage
from .caching import public_page
from .images import first_picture, load_pictures, picture_of, pictures

REPORTS_PER_PAGE = 12


@public_page
def report_list(request):
    reports = (
        Report.objects.published()
        .select_related("program")
        .annotate(cover_pictures=picture_of("cover_image"))
        .order_by("-first_published_at", "-pk")
    )
    page = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    for report in page.object_list:
        report.cover_picture = first_picture(report.cover_pictures)
    return render(request, "programs/report_list.html", {"page": page})


@public_page
def report_detail(request, slug: str):
    return render_report(request, Report.objects.published(), slug=slug)


def render_report(request, reports=None, preview: str = "", **lookup):
    """The page of the report in ``reports`` matching ``lookup``; a preview
    (``admin.preview``) passes none, and looks among every report, drafts too."""
    if reports is None:
        reports = Report._default_manager.all()
    report = get_object_or_404(
        reports.select_related("program", "cover_image").annotate(
            # Images with their renditions, in the report's own row. An image
            # nobody described cannot be shown to the public.
            gallery_pictures=pictures(
                ReportGalleryImage.objects.filter(
                    report=OuterRef("pk"), image__in=Image.objects.usable_in_public()
                ),
                group="report",
                order="position",
            )
        ),
        **lookup,
    )
    context = {
        "report": report,
        "gallery": load_pictures(report.gallery_pictures),
        "preview": preview,
    }
    return render(request, "programs/report_detail.html", context)
