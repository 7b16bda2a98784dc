"""``manage.py expire_applications``: delete unverified applications past their
time (run from cron, e.g. hourly). ``purge_personal_data`` does this too."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy, ngettext

from programs.services.registration import delete_expired_applications


class Command(BaseCommand):
    help = gettext_lazy(
        "Delete public applications whose email address was not confirmed within "
        "APPLICATION_VERIFICATION_HOURS, and the people they alone created."
    )

    def handle(self, *args, verbosity: int, **options):
        deleted = delete_expired_applications()
        if verbosity:
            message = ngettext(
                "%(count)d expired application deleted (unconfirmed after "
                "%(hours)d hours).",
                "%(count)d expired applications deleted (unconfirmed after "
                "%(hours)d hours).",
                deleted,
            ) % {"count": deleted, "hours": settings.APPLICATION_VERIFICATION_HOURS}
            self.stdout.write(message)
