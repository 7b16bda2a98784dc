from django.urls import path

from .views import programs

app_name = "programs"

urlpatterns = [
    path("", programs.home, name="home"),
    path("programs/<slug:slug>/", programs.program_detail, name="program-detail"),
]
