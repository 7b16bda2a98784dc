"""export_site_content and import_site_content round-trip the whole site."""

import datetime
import io
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from programs.models import Participant, Program
from programs.services.site_content import (
    CONTENT_MODELS,
    NOT_EXPORTED,
    export_site_content,
)

pytestmark = pytest.mark.django_db

REFERENCE = "china-kazakhstan-lianyungang-2024"


@pytest.fixture
def seeded_site():
    call_command("seed_demo", verbosity=0)


def export_text() -> str:
    output = io.StringIO()
    export_site_content(output)
    return output.getvalue()


def counts() -> dict[str, int]:
    return {
        label: apps.get_model(label)._default_manager.count()
        for label in CONTENT_MODELS
    }


@pytest.mark.django_db(transaction=True)  # flush cannot run inside a test transaction
def test_export_flush_import_gives_back_the_same_content(seeded_site, tmp_path):
    before_counts = counts()
    before_titles = Program.objects.values_list(
        "slug", "title_en", "title_fr", "title_ru", "title_kk", "title_zh_hans"
    ).get(slug=REFERENCE)
    exported = tmp_path / "site.json"
    call_command("export_site_content", str(exported), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    assert Program.objects.count() == 0
    call_command("import_site_content", str(exported), verbosity=0)

    assert counts() == before_counts
    assert before_counts["programs.Program"] > 0
    assert before_counts["programs.Event"] > 0
    after_titles = Program.objects.values_list(
        "slug", "title_en", "title_fr", "title_ru", "title_kk", "title_zh_hans"
    ).get(slug=REFERENCE)
    assert after_titles == before_titles
    assert export_text() == exported.read_text()


def test_an_instant_within_a_millisecond_of_a_second_exports_the_same_after_import(
    seeded_site, tmp_path
):
    # Fewer than a thousand microseconds: Django would write "…:26.000Z",
    # and the imported copy, with none, "…:26Z".
    instant = datetime.datetime(2026, 12, 2, 19, 7, 26, 500, tzinfo=datetime.UTC)
    Program.objects.filter(slug=REFERENCE).update(last_published_at=instant)
    # Run the update's deferred checks now: flush cannot truncate past them.
    connection.check_constraints()
    exported = tmp_path / "site.json"
    call_command("export_site_content", str(exported), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    call_command("import_site_content", str(exported), verbosity=0)

    assert '"last_published_at": "2026-12-02T19:07:26Z"' in exported.read_text()
    assert export_text() == exported.read_text()


def test_the_export_names_rows_with_slugs_and_holds_no_personal_data(seeded_site):
    assert Participant.objects.exists()

    records = json.loads(export_text())

    programs = [r for r in records if r["model"] == "programs.program"]
    assert all("pk" not in r for r in programs)
    assert {r["fields"]["slug"] for r in programs} >= {REFERENCE}
    assert not [r for r in records if r["model"] == "programs.participant"]
    assert all(r["fields"]["managers"] == [] for r in programs)
    emails = Participant.objects.exclude(email="").values_list("email", flat=True)
    assert not [email for email in emails if email in export_text()]


def test_importing_into_a_site_with_content_is_refused(seeded_site, tmp_path):
    exported = tmp_path / "site.json"
    exported.write_text(export_text())

    with pytest.raises(CommandError, match="already has content"):
        call_command("import_site_content", str(exported), verbosity=0)


def test_a_file_with_rows_caravan_does_not_import_loads_nothing(tmp_path):
    smuggled = tmp_path / "site.json"
    smuggled.write_text(
        json.dumps([{"model": "auth.user", "fields": {"username": "intruder"}}])
    )

    with pytest.raises(CommandError, match="does not import: auth.user"):
        call_command("import_site_content", str(smuggled), verbosity=0)


def test_a_file_that_is_not_json_gets_a_clear_error(tmp_path):
    broken = tmp_path / "site.json"
    broken.write_text("<html>")

    with pytest.raises(CommandError, match="not a Caravan export"):
        call_command("import_site_content", str(broken), verbosity=0)


def test_every_model_of_the_app_is_exported_or_left_out_on_purpose():
    models = {m._meta.label for m in apps.get_app_config("programs").get_models()}

    assert models == set(CONTENT_MODELS) | set(NOT_EXPORTED)
