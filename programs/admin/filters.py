"""Changelist filters: programs by country and by year, registrations by country."""

from django.contrib import admin
from django.db.models import Q
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.filters import CountryFilter

from ..models import City, Program
from ..models.dates import year_or_none

# Filter by program, offering only the programs present in the user's own
# changelist, so an organiser's filter never names other programs.
BY_PROGRAM = ("program", admin.RelatedOnlyFieldListFilter)


class ProgramCountryFilter(admin.SimpleListFilter):
    """Programs organised or launched in a country."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = (
            City.objects.filter(
                Q(organised_programs__isnull=False) | Q(launched_programs__isnull=False)
            )
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        names = dict(countries)
        return sorted(
            ((code, names.get(code, code)) for code in codes), key=lambda c: c[1]
        )

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(
                Q(organising_city__country=self.value())
                | Q(launch_city__country=self.value())
            )
        return queryset


class ProgramYearFilter(admin.SimpleListFilter):
    """Programs by the year of their launch, or of their start if not launched."""

    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Program.objects.annotate(
                year=ExtractYear(Coalesce("launch_date", "start_date"))
            )
            .filter(year__isnull=False)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        year = year_or_none(self.value())
        if year is None:
            return queryset
        return queryset.filter(
            Q(launch_date__year=year)
            | Q(launch_date__isnull=True, start_date__year=year)
        )


class RegistrationCountryFilter(CountryFilter):
    """Registrations by their participant's country, offering only the
    countries found in the user's own registrations (django-countries' filter
    would list those of every program)."""

    def lookup_choices(self, changelist):
        codes = set(
            changelist.root_queryset.order_by()
            .values_list(self.field_path, flat=True)
            .distinct()
        )
        names = dict(countries)
        return sorted(
            ((code, names[code]) for code in codes if code in names),
            key=lambda choice: str(choice[1]),
        )
