"""Staff preferences: the admin language each person works in."""

from django.conf import settings
from django.db import transaction

from ..models import StaffPreference


def admin_language_of(user) -> str:
    """The language ``user`` chose for the admin, or "" to follow the browser."""
    if not getattr(user, "is_staff", False):
        return ""
    try:
        return user.staff_preference.admin_language
    except StaffPreference.DoesNotExist:
        return ""


def set_admin_language(user, language: str) -> StaffPreference:
    """Remember ``language`` (a site language code, or "") for ``user``."""
    if language and language not in dict(settings.LANGUAGES):
        raise ValueError(f"{language!r} is not one of the site's languages")
    with transaction.atomic():
        preference, _created = StaffPreference.objects.update_or_create(
            user=user, defaults={"admin_language": language}
        )
    return preference
