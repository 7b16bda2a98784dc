"""A second URL configuration, for the page-address test that switches to it."""

from django.urls import include, path

from programs.views import press

elsewhere = ([path("press/", press.press_list, name="press-list")], "programs")
urlpatterns = [path("elsewhere/", include(elsewhere))]
