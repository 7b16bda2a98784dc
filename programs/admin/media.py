"""The image library, with alternative text in every language."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..models import Image
from .search import in_every_language
from .translation_tabs import TabbedTranslationAdmin

THUMBNAIL_WIDTH = 120


@admin.register(Image)
class ImageAdmin(TabbedTranslationAdmin):
    list_display = ("thumbnail", "title", "credit", "dimensions", "is_decorative")
    list_display_links = ("thumbnail", "title")
    list_filter = ("is_decorative", "is_demo")
    search_fields = ("title", "credit", *in_every_language("alt_text"))
    readonly_fields = ("thumbnail", "dimensions")
    fieldsets = (
        (None, {"fields": ("file", "thumbnail", "dimensions", "title")}),
        (
            _("Accessibility"),
            {
                "fields": ("alt_text", "is_decorative"),
                "description": _(
                    "Describe what the image shows for people who cannot see "
                    "it, or mark it as decorative if it adds nothing."
                ),
            },
        ),
        (
            _("Caption and cropping"),
            {"fields": ("caption", "credit", ("focal_point_x", "focal_point_y"))},
        ),
        (_("Demonstration"), {"fields": ("is_demo",)}),
    )

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        if not obj or not obj.file:
            return "—"
        # The list shows the uploaded file scaled down by the browser; Pillow
        # renditions are for the public pages.
        return format_html(
            '<img src="{}" width="{}" alt="{}" loading="lazy">',
            obj.file.url,
            THUMBNAIL_WIDTH,
            "" if obj.is_decorative else obj.alt_text,
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        if not obj or not obj.width:
            return "—"
        return f"{obj.width} × {obj.height}"
