"""The editors' and organisers' admin, one module per concern.

Importing the modules registers their admins with ``admin.site``.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import (  # noqa: F401
    accounts,
    audit,
    images,
    interpreting,
    logistics,
    people,
    places,
    press,
    programs,
    redirects,
    registrations,
    reports,
    rooming,
    system,
)

admin.site.site_header = _("Caravan administration")
admin.site.site_title = _("Caravan administration")
admin.site.index_title = _("Programs, people and publications")
