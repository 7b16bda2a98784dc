"""pg_trgm for fuzzy and partial-word search (a no-op on SQLite)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("programs", "0002_roles")]

    operations = [TrigramExtension()]
