"""Reports written about the programs."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import Report, ReportGalleryImage
from .filters import BY_PROGRAM
from .images import GalleryInline
from .preview import PreviewAdminMixin
from .publishing import PUBLISHING_FIELDSET, PublishingAdminMixin, StatusListFilter
from .revisions import RevisionAdminMixin
from .search import in_every_language
from .translation_status import TranslationStatusAdminMixin
from .translation_tabs import TabbedTranslationAdmin


class ReportGalleryInline(GalleryInline):
    model = ReportGalleryImage


@admin.register(Report)
class ReportAdmin(
    PublishingAdminMixin,
    RevisionAdminMixin,
    PreviewAdminMixin,
    TranslationStatusAdminMixin,
    TabbedTranslationAdmin,
):
    list_display = ("title", "program", "author", "status", "first_published_at")
    preview_url_name = "programs:report-preview"
    list_filter = (StatusListFilter, BY_PROGRAM)
    list_select_related = ("program",)
    search_fields = ("slug", "author", *in_every_language("title"))
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("program", "cover_image")
    inlines = (ReportGalleryInline,)
    fieldsets = (
        (
            None,
            {"fields": ("program", "title", "slug", "author", "cover_image", "body")},
        ),
        PUBLISHING_FIELDSET,
        (_("Demonstration"), {"fields": ("is_demo",)}),
    )
