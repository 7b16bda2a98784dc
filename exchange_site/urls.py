"""The site's URLs: language-prefixed public pages, the admin, and health."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from exchange_site.media_files import media_urls
from programs.admin.preferences import admin_language_view
from programs.admin.translation_status import translation_report_view
from programs.sitemaps import SITEMAPS
from programs.views.accents import accent_stylesheet
from programs.views.caching import public_page
from programs.views.embed import program_card
from programs.views.errors import robots_txt
from programs.views.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    re_path(
        r"^accent/(?P<colour>[0-9a-f]{6})\.css$", accent_stylesheet, name="accent-css"
    ),
    path(
        "sitemap.xml",
        public_page(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path(
        "admin/language/",
        admin.site.admin_view(admin_language_view),
        name="admin-language",
    ),
    path(
        "admin/translations/",
        admin.site.admin_view(translation_report_view),
        name="admin-translation-report",
    ),
    path("admin/", admin.site.urls),
    # The JSON API and the embeddable cards take their language from ?lang=.
    path("", include("programs.api.urls")),
    path("embed/programs/<slug:slug>/", program_card, name="program-embed-card"),
]

urlpatterns += i18n_patterns(
    path("", include("programs.urls")),
    prefix_default_language=True,
)

handler400 = "programs.views.errors.bad_request"
handler404 = "programs.views.errors.page_not_found"
handler500 = "programs.views.errors.server_error"

if settings.BENCHMARK_ENDPOINTS:
    from programs.views.benchmark import apply_verified, hello_world

    urlpatterns[:0] = [
        path("bench/hello", hello_world, name="bench-hello"),
        path("bench/apply/<slug:slug>", apply_verified, name="bench-apply"),
    ]

# Uploaded images, when nginx or a bucket does not serve them (media_files.py).
urlpatterns += media_urls()
