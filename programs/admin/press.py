"""Press coverage of the programs."""

from django.contrib import admin

from ..models import PressCoverage
from .filters import BY_PROGRAM
from .publishing import PUBLISHING_FIELDSET, PublishingAdminMixin, StatusListFilter
from .search import in_every_language
from .translation_status import TranslationStatusAdminMixin
from .translation_tabs import TabbedTranslationAdmin


@admin.register(PressCoverage)
class PressCoverageAdmin(
    PublishingAdminMixin, TranslationStatusAdminMixin, TabbedTranslationAdmin
):
    list_display = ("title", "program", "outlet", "language", "published_on", "status")
    list_filter = (
        StatusListFilter,
        "kind",
        "language",
        BY_PROGRAM,
    )
    list_select_related = ("program", "outlet")
    search_fields = ("title", *in_every_language("outlet__name"))
    autocomplete_fields = ("program", "outlet", "journalist")
    date_hierarchy = "published_on"
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "program",
                    "title",
                    ("outlet", "journalist"),
                    ("language", "kind"),
                    "published_on",
                    "url",
                    "summary",
                )
            },
        ),
        PUBLISHING_FIELDSET,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("program", "outlet")
