"""``manage.py make_renditions``: bring every image's renditions up to date now."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from programs.services.images.renditions import make_all_renditions


class Command(BaseCommand):
    help = gettext_lazy(
        "Draw the renditions that images lack and delete stale ones at once, "
        "without waiting for the background worker: after changing rendition "
        "sizes, or on a demo site that runs no worker."
    )

    def handle(self, *args, verbosity: int, **options):
        drawn, unreadable = make_all_renditions()
        for image in unreadable:
            self.stderr.write(
                _("Could not read the file of image “%(image)s” (id %(id)s).")
                % {"image": image, "id": image.pk}
            )
        if verbosity:
            self.stdout.write(
                ngettext(
                    "%(count)s rendition drawn.", "%(count)s renditions drawn.", drawn
                )
                % {"count": drawn}
            )
