"""The demo's log-ins: admin/admin, editor/editor and organiser/organiser.

Their passwords are public, so they are only ever created with DEBUG on.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..models import Program
from .facts import SeedError

# username (also the password), superuser, group
DEMO_ACCOUNTS = [
    ("admin", True, None),
    ("editor", False, settings.EDITORS_GROUP),
    ("organiser", False, settings.ORGANISERS_GROUP),
]
MANAGER = "organiser"


def ensure_demo_users_allowed() -> None:
    """Raise ``SeedError`` unless DEBUG is on."""
    if not settings.DEBUG:
        raise SeedError(
            _(
                "Demo accounts have public passwords, so they are only created "
                "when DEBUG is on."
            )
        )


def create_demo_users(program: Program) -> list[str]:
    """Create or reset the demo accounts; the organiser manages ``program``.

    Returns the usernames. Running it again resets the passwords, groups and
    flags to the demo's, so the documented log-ins always work.
    """
    ensure_demo_users_allowed()
    user_model = get_user_model()
    with transaction.atomic():
        for username, is_superuser, group_name in DEMO_ACCOUNTS:
            user, _created = user_model.objects.get_or_create(username=username)
            user.email = f"{username}@example.org"
            user.is_active = True
            user.is_staff = True
            user.is_superuser = is_superuser
            user.set_password(username)
            user.save()
            user.groups.set(
                [Group.objects.get_or_create(name=group_name)[0]] if group_name else []
            )
            if username == MANAGER:
                program.managers.add(user)
    return [username for username, _superuser, _group in DEMO_ACCOUNTS]
