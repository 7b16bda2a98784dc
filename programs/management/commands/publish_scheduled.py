"""``manage.py publish_scheduled``: fire due go-lives and expiries (from cron)."""

from django.core.management.base import BaseCommand
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from programs.models import AuditEntry
from programs.services.publishing import publish_scheduled


class Command(BaseCommand):
    help = gettext_lazy(
        "Fire the scheduled go-lives and expiries that are due and clear their "
        "dates. Visitors never wait for it; run it every few minutes from cron."
    )

    def handle(self, *args, verbosity: int, **options):
        changes = publish_scheduled()
        if verbosity == 0:
            return
        for change in changes:
            message = (
                _("%(kind)s “%(item)s” went live (scheduled for %(moment)s).")
                if change.action == AuditEntry.Action.SCHEDULED_GO_LIVE
                else _("%(kind)s “%(item)s” expired (scheduled for %(moment)s).")
            )
            self.stdout.write(
                message
                % {
                    "kind": str(change.item._meta.verbose_name).capitalize(),
                    "item": change.item,
                    "moment": formats.date_format(
                        timezone.localtime(change.scheduled_for), "DATETIME_FORMAT"
                    ),
                }
            )
        if not changes:
            self.stdout.write(_("Nothing was due."))
