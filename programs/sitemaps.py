"""``/sitemap.xml``: every public page in every language, with hreflang
alternates (``xhtml:link``) so search engines pair the translations."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Event, Program, Report
from .services.places import public_cities


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = settings.LANGUAGE_CODES


class SectionSitemap(TranslatedSitemap):
    """The home page and the list pages."""

    priority = 0.8
    changefreq = "daily"

    def items(self):
        return [
            "programs:home",
            "programs:program-list",
            "programs:city-list",
            "programs:press-list",
            "programs:report-list",
        ]

    def location(self, item):
        return reverse(item)


class ProgramSitemap(TranslatedSitemap):
    priority = 1.0

    def items(self):
        return Program.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EventSitemap(TranslatedSitemap):
    def items(self):
        return Event.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.last_published_at


class CitySitemap(TranslatedSitemap):
    def items(self):
        return public_cities().order_by("pk")


class ReportSitemap(TranslatedSitemap):
    def items(self):
        return Report.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.last_published_at


SITEMAPS = {
    "sections": SectionSitemap,
    "programs": ProgramSitemap,
    "events": EventSitemap,
    "cities": CitySitemap,
    "reports": ReportSitemap,
}
