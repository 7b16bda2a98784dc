"""The editors' and organisers' admin, one module per concern.

Importing the modules registers their admins with ``admin.site``.
"""

from . import (  # noqa: F401
    accounts,
    audit,
    media,
    people,
    places,
    press,
    programs,
    registrations,
    reports,
)
