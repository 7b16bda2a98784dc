"""The image library, with alternative text in every language, and the
gallery inlines of programs and reports."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Image
from ..services.images.uploads import ImageRejected, pixel_limit, sanitise_upload
from .forms import CaravanAdminForm
from .search import in_every_language
from .translation_tabs import TabbedTranslationAdmin

THUMBNAIL_WIDTH = 120
PREVIEW_WIDTH = 480
FOCAL_POINT_MEDIA = forms.Media(
    js=["admin/caravan/focal-point.js"],
    css={"all": ["admin/caravan/focal-point.css"]},
)
FOCAL_POINT_INPUT = forms.NumberInput(attrs={"min": 0, "max": 1, "step": 0.01})


class ImageUploadField(forms.FileField):
    """A file field that keeps only what ``sanitise_upload`` accepts, and
    hands on the re-encoded file rather than the upload."""

    widget = AdminFileWidget(
        attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
    )

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not isinstance(upload, UploadedFile):
            return upload  # unchanged: the stored file stays
        try:
            return sanitise_upload(upload).content
        except ImageRejected as error:
            raise ValidationError(error.message, code="rejected_image") from error


class ImageAdminForm(CaravanAdminForm):
    file = ImageUploadField(label=_("file"))

    class Meta(CaravanAdminForm.Meta):
        widgets = {
            "focal_point_x": FOCAL_POINT_INPUT,
            "focal_point_y": FOCAL_POINT_INPUT,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "JPEG, PNG, WebP or GIF, up to %(bytes)s: a JPEG up to %(jpeg)s "
            "megapixels, the others up to %(others)s. The picture is saved "
            "again without its hidden camera data, such as where it was taken."
        ) % {
            "bytes": filesizeformat(settings.IMAGE_MAX_BYTES),
            "jpeg": number_format(pixel_limit("JPEG") / 1e6, 0),
            "others": number_format(pixel_limit("PNG") / 1e6, 0),
        }


@admin.register(Image)
class ImageAdmin(TabbedTranslationAdmin):
    form = ImageAdminForm
    list_display = (
        "thumbnail",
        "title",
        "credit",
        "dimensions",
        "is_decorative",
        "shown_to_visitors",
    )
    list_display_links = ("thumbnail", "title")
    list_filter = ("is_decorative", "is_demo")
    search_fields = ("title", "credit", *in_every_language("alt_text"))
    readonly_fields = ("thumbnail", "dimensions", "focal_point_preview", "renditions")
    fieldsets = (
        (None, {"fields": ("file", "thumbnail", "dimensions", "title")}),
        (
            _("Accessibility"),
            {
                "fields": ("alt_text", "is_decorative"),
                "description": _(
                    "Describe what the image shows for people who cannot see "
                    "it, or mark it as decorative if it adds nothing. Without "
                    "either, the image is never shown on the public site."
                ),
            },
        ),
        (
            _("Caption and cropping"),
            {
                "fields": (
                    "caption",
                    "credit",
                    "focal_point_preview",
                    ("focal_point_x", "focal_point_y"),
                    "renditions",
                ),
                "description": _(
                    "Pages that show the image in a fixed shape (wide on a "
                    "program page, 4:3 in galleries) crop it around the focal "
                    "point, so keep the important part there."
                ),
            },
        ),
        (_("Demonstration"), {"fields": ("is_demo",)}),
    )

    @property
    def media(self):
        return super().media + FOCAL_POINT_MEDIA

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

    @admin.display(description=_("focal point"))
    def focal_point_preview(self, obj):
        if not obj or not obj.file:
            return _("Save the image first, then set its focal point.")
        # focal-point.js turns this into a picker; without it, the numbers
        # below do the job.
        return format_html(
            '<div class="focal-point-picker" data-focal-point-picker>'
            '<img src="{}" width="{}" alt="">'
            '<span class="focal-point-marker" hidden></span></div>'
            '<p class="help" data-focal-point-hint hidden>{}</p>',
            obj.file.url,
            PREVIEW_WIDTH,
            _("Click the picture to put the focal point there."),
        )

    @admin.display(description=_("renditions"))
    def renditions(self, obj):
        if not obj or not obj.pk:
            return "—"
        ready = sum(
            1 for r in obj.renditions.all() if r.source == obj.rendition_source(r.crop)
        )
        if not ready:
            return _("Being made; pages show the original meanwhile.")
        return ngettext(
            "%(count)s rendition ready.", "%(count)s renditions ready.", ready
        ) % {"count": ready}

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        if not obj or not obj.width:
            return "—"
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("shown to visitors"), boolean=True)
    def shown_to_visitors(self, obj):
        return obj.is_usable_in_public


class GalleryInline(admin.TabularInline):
    """A gallery's images in order; undescribed ones are refused."""

    extra = 0
    fields = ("position", "image")
    autocomplete_fields = ("image",)
    ordering = ("position",)
