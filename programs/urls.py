"""Public pages; each is mounted under every language prefix."""

from django.urls import path

from .admin import preview
from .feeds import PressFeed, ReportFeed
from .views import (
    cities,
    events,
    home,
    press,
    program_page,
    programs,
    registrations,
    reports,
    travel,
)

app_name = "programs"

urlpatterns = [
    path("", home.home, name="home"),
    path("programs/", programs.program_list, name="program-list"),
    path("programs/<slug:slug>/", program_page.program_detail, name="program-detail"),
    path(
        "programs/<slug:slug>/participants/",
        program_page.program_participants,
        name="program-participants",
    ),
    path(
        "programs/<slug:slug>/calendar.ics",
        programs.program_calendar,
        name="program-calendar",
    ),
    path("programs/<slug:slug>/apply/", registrations.apply, name="program-apply"),
    path(
        "programs/<slug:slug>/apply/sent/",
        registrations.application_sent,
        name="program-apply-sent",
    ),
    path(
        "registrations/<str:token>/",
        registrations.registration_detail,
        name="registration",
    ),
    path(
        "registrations/<str:token>/travel/",
        travel.registration_travel,
        name="registration-travel",
    ),
    path(
        "registrations/<str:token>/itinerary.pdf",
        registrations.registration_itinerary_pdf,
        name="registration-itinerary-pdf",
    ),
    path(
        "registrations/<str:token>/itinerary.ics",
        registrations.registration_itinerary_ics,
        name="registration-itinerary-ics",
    ),
    path(
        "registrations/<str:token>/verify/",
        registrations.registration_verify,
        name="registration-verify",
    ),
    path(
        "registrations/<str:token>/cancel/",
        registrations.registration_cancel,
        name="registration-cancel",
    ),
    path("events/<slug:slug>/", events.event_detail, name="event-detail"),
    path(
        "events/<slug:slug>/calendar.ics", events.event_calendar, name="event-calendar"
    ),
    path("cities/", cities.city_list, name="city-list"),
    path("cities/<slug:slug>/", cities.city_detail, name="city-detail"),
    path("press/", press.press_list, name="press-list"),
    path("reports/", reports.report_list, name="report-list"),
    path("reports/<slug:slug>/", reports.report_detail, name="report-detail"),
    # Staff only, never cached or indexed (admin.preview); 404 for anyone else.
    path("preview/programs/new/", preview.program_preview, name="program-preview-new"),
    path(
        "preview/programs/<int:pk>/",
        preview.program_preview,
        name="program-preview",
    ),
    path("preview/reports/new/", preview.report_preview, name="report-preview-new"),
    path("preview/reports/<int:pk>/", preview.report_preview, name="report-preview"),
    path("feeds/press/", PressFeed(), name="press-feed"),
    path("feeds/reports/", ReportFeed(), name="report-feed"),
]
