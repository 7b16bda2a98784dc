"""Cities and the partnerships between them."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from ..models import City, Partnership
from .search import in_every_language
from .translation_status import TranslationStatusAdminMixin
from .translation_tabs import TabbedTranslationAdmin


@admin.register(City)
class CityAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("name", "country", "latitude", "longitude")
    list_filter = (("country", CountryFilter),)
    search_fields = ("slug", "native_name", *in_every_language("name"))
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("image",)
    fieldsets = (
        (None, {"fields": ("name", "native_name", "slug", "country")}),
        (
            _("On the map"),
            {
                "fields": (("latitude", "longitude"),),
                "description": _(
                    "Decimal degrees, as on an online map: Astana is 51.17, 71.43."
                ),
            },
        ),
        (_("Description"), {"fields": ("description", "image")}),
    )


@admin.register(Partnership)
class PartnershipAdmin(TranslationStatusAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "kind", "established")
    list_filter = ("kind",)
    list_select_related = ("city_a", "city_b")
    search_fields = (
        *in_every_language("city_a__name"),
        *in_every_language("city_b__name"),
    )
    autocomplete_fields = ("city_a", "city_b")
    fields = (
        ("city_a", "city_b"),
        "kind",
        ("established_on", "established_precision"),
        "description",
    )

    @admin.display(description=_("established"), ordering="established_on")
    def established(self, obj):
        return obj.established_display
