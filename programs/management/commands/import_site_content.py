"""``manage.py import_site_content FILE``: load an export into an empty site."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from programs.services.site_content import SiteContentError, import_site_content


class Command(BaseCommand):
    help = gettext_lazy(
        "Load a file written by export_site_content into a site without content. "
        "All or nothing: a file that fails loads nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help=gettext_lazy("The exported JSON file."))

    def handle(self, *args, path: str, verbosity: int, **options):
        try:
            with open(path, encoding="utf-8") as source:
                counts = import_site_content(source)
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(error)s")
                % {"path": path, "error": error.strerror}
            ) from error
        except SiteContentError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            self.stdout.write(
                _("Imported %(rows)d rows.") % {"rows": sum(counts.values())}
            )
