"""``manage.py seed_demo [--demo-users] [--scale N]``: load the demo content."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from tqdm import tqdm

from programs.seed import SeedError, seed_demo


class Command(BaseCommand):
    help = gettext_lazy(
        "Load the reference program and its demo content in every language. "
        "Safe to run again: it leaves the same rows."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=gettext_lazy(
                "Also create admin/admin, editor/editor and organiser/organiser "
                "(only with DEBUG on)."
            ),
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help=gettext_lazy(
                "Make sure N synthetic programs exist, with events, participants, "
                "press and reports, for load tests."
            ),
        )

    def handle(self, *args, demo_users: bool, scale: int, verbosity: int, **options):
        progress = tqdm(
            total=scale,
            unit=_("program"),
            file=sys.stderr,
            disable=verbosity == 0 or scale <= 0,
        )
        try:
            with progress:
                result = seed_demo(
                    demo_users=demo_users, scale=scale, on_progress=progress.update
                )
        except SeedError as error:
            raise CommandError(error.message) from error
        if verbosity:
            self._report(result, scale)

    def _report(self, result, scale: int) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                _("Reference program ready: %(url)s")
                % {"url": result.program.get_absolute_url()}
            )
        )
        if result.open_program is not None:
            self.stdout.write(
                _("Fictional program open for applications: %(url)s")
                % {"url": result.open_program.get_absolute_url()}
            )
        if result.demo_users:
            self.stdout.write(
                _("Demo log-ins (username = password): %(users)s")
                % {"users": ", ".join(result.demo_users)}
            )
        if scale:
            self.stdout.write(
                _("Synthetic programs: %(created)d created, %(kept)d already there.")
                % {
                    "created": result.synthetic_created,
                    "kept": scale - result.synthetic_created,
                }
            )
