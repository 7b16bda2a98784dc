"""``manage.py import_participants <program-slug> <file> [--dry-run] [--notify]``."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from tqdm import tqdm

from programs.models import Program
from programs.services import imports, spreadsheets


class Command(BaseCommand):
    help = format_lazy(
        "{} ({})",
        gettext_lazy(
            "Register the participants listed in a CSV or XLSX file for a "
            "program, all or none"
        ),
        ", ".join(spreadsheets.COLUMNS),
    )

    def add_arguments(self, parser):
        parser.add_argument("program", metavar="program-slug")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Check every row and report; write nothing."),
        )
        parser.add_argument(
            "--notify",
            action="store_true",
            help=gettext_lazy(
                "Email each person their confirmation or waitlist place."
            ),
        )

    def handle(self, *args, program, file, dry_run, notify, verbosity, **options):
        program = Program.objects.filter(slug=program).first() or self._no_program(
            program
        )
        try:
            table = spreadsheets.read_spreadsheet(file.read_bytes(), file.name)
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s")
                % {"file": file, "error": error.strerror}
            ) from error
        except spreadsheets.SpreadsheetError as error:
            raise CommandError(error.message) from error
        preview = imports.preview_import(program, table.rows)
        self._report_problems(preview)
        if dry_run:
            if verbosity:
                self.stdout.write(
                    _("Dry run: %(count)d rows checked, nothing written.")
                    % {"count": len(preview.rows)}
                )
            return
        progress = tqdm(
            total=len(preview.rows),
            unit=_("row"),
            file=sys.stderr,
            disable=verbosity == 0,
        )
        try:
            with progress:
                registrations = imports.commit_import(
                    program, table.rows, notify=notify, progress=progress.update
                )
        except imports.ImportRejected as error:
            raise CommandError(error.message) from error
        if verbosity:
            waitlisted = sum(r.status == "waitlisted" for r in registrations)
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "Imported %(count)d participants into %(program)s "
                        "(%(waitlisted)d on the waitlist)."
                    )
                    % {
                        "count": len(registrations),
                        "program": program.slug,
                        "waitlisted": waitlisted,
                    }
                )
            )

    def _no_program(self, slug: str):
        raise CommandError(_("There is no program “%(slug)s”.") % {"slug": slug})

    def _report_problems(self, preview: imports.ImportPreview) -> None:
        """Print every row's problems, then stop with a non-zero status."""
        if not preview.rows:
            raise CommandError(_("The file has no participants to import."))
        if preview.is_valid:
            return
        for row in preview.rows_with_problems:
            for problem in row.problems:
                self.stderr.write(
                    _("Row %(line)d: %(problem)s")
                    % {"line": row.line, "problem": problem}
                )
        raise CommandError(imports.rejection_message(preview))
