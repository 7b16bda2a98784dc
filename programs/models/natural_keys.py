"""Natural keys: rows with a slug are named by it in exports.

An export that says "the program china-kazakhstan-lianyungang-2024" rather
than "program 7" loads into any database, whatever ids it has handed out
(see ``export_site_content`` and ``import_site_content``).
"""

from django.db import models


class SlugNaturalKey:
    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class SlugQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug: str):
        return self.get(slug=slug)
