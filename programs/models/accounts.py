"""Preferences of the people who work in the admin."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffPreference(models.Model):
    """An editor's or organiser's own choices, independent of the public site.

    An editor in Astana may read the public site in Russian and still want to
    work in Kazakh from login to logout.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="staff_preference",
    )
    admin_language = models.CharField(
        _("admin language"),
        max_length=7,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Empty: follow the browser's language."),
    )

    class Meta:
        verbose_name = _("staff preference")
        verbose_name_plural = _("staff preferences")

    def __str__(self) -> str:
        return str(self.user)
