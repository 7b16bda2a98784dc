"""``manage.py export_site_content [FILE]``: the site's content as JSON."""

import sys

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from programs.services.site_content import export_site_content


class Command(BaseCommand):
    help = gettext_lazy(
        "Write every city, program, event, press item, report and image record "
        "to one JSON file (no personal data). Media files are not included."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default="-",
            help=gettext_lazy("Where to write; - (the default) is standard output."),
        )

    def handle(self, *args, path: str, verbosity: int, **options):
        if path == "-":
            counts = export_site_content(self.stdout)
        else:
            with open(path, "w", encoding="utf-8") as output:
                counts = export_site_content(output)
        if verbosity:
            sys.stderr.write(
                _("Exported %(rows)d rows.") % {"rows": sum(counts.values())} + "\n"
            )
