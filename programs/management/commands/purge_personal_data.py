"""``manage.py purge_personal_data [--dry-run]``: the retention policy, from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from programs.services.privacy import purge_personal_data


class Command(BaseCommand):
    help = gettext_lazy(
        "Erase the personal data of participants whose every program ended more "
        "than PERSONAL_DATA_RETENTION_DAYS ago, keeping their registrations "
        "anonymous for the counts, and delete expired unverified applications. "
        "Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Count what would be erased; change nothing."),
        )

    def handle(self, *args, dry_run: bool, verbosity: int, **options):
        result = purge_personal_data(dry_run=dry_run)
        if not verbosity:
            return
        values = {
            "erased": result.erased,
            "expired": result.expired_applications,
            "days": settings.PERSONAL_DATA_RETENTION_DAYS,
        }
        if dry_run:
            message = _(
                "Dry run: %(erased)d participants past the %(days)d-day retention "
                "period and %(expired)d expired applications would be removed."
            )
        else:
            message = _(
                "Erased %(erased)d participants past the %(days)d-day retention "
                "period; deleted %(expired)d expired applications."
            )
        self.stdout.write(message % values)
