"""``/api/v1/``: mounted by ``exchange_site/urls.py`` under the ``api`` namespace."""

from django.urls import path, re_path

from .docs import documentation
from .views import index, places, press, programs

app_name = "api"

# Everything under /api/v1/ that the OpenAPI document describes.
versioned = [
    path("api/v1/", index.Index.as_view(), name="index"),
    path("api/v1/programs/", programs.ProgramList.as_view(), name="program-list"),
    path(
        "api/v1/programs/<slug:slug>/",
        programs.ProgramDetail.as_view(),
        name="program-detail",
    ),
    *(
        path(
            f"api/v1/programs/<slug:slug>/{name}/",
            view.as_view(),
            name=f"program-{name}",
        )
        for name, view in [
            ("itinerary", programs.ProgramItinerary),
            ("events", programs.ProgramEvents),
            ("participants", programs.ProgramParticipants),
            ("partnerships", programs.ProgramPartnerships),
            ("press", programs.ProgramPress),
            ("reports", programs.ProgramReports),
        ]
    ),
    path(
        "api/v1/events/<slug:slug>/", press.EventDetail.as_view(), name="event-detail"
    ),
    path("api/v1/cities/", places.CityList.as_view(), name="city-list"),
    path("api/v1/cities/<slug:slug>/", places.CityDetail.as_view(), name="city-detail"),
    path(
        "api/v1/partnerships/",
        places.PartnershipList.as_view(),
        name="partnership-list",
    ),
    path("api/v1/press/", press.PressList.as_view(), name="press-list"),
    path("api/v1/reports/", press.ReportList.as_view(), name="report-list"),
    path(
        "api/v1/reports/<slug:slug>/",
        press.ReportDetail.as_view(),
        name="report-detail",
    ),
]

urlpatterns = [
    *versioned,
    path("api/v1/schema/", index.Schema.as_view(), name="schema"),
    path("api/v1/openapi.json", index.Schema.as_view(), name="openapi-json"),
    path("api/v1/docs/", documentation, name="docs"),
    re_path(r"^api/", index.NotFound.as_view(), name="not-found"),
]
