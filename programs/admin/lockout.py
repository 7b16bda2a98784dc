"""What a person sees when django-axes pauses sign-in after failed attempts."""

import math

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils.translation import gettext as _


def locked_out(request, original_response=None, credentials=None):
    """The translated lockout page, with HTTP 429 (Too Many Requests)."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in paused"),
        "cooloff_minutes": minutes,
    }
    # Rendered at once: the response comes from a middleware, after the
    # point where Django renders template responses.
    return render(request, "admin/caravan/locked_out.html", context, status=429)
