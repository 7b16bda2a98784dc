"""The translation coverage check (scripts/translation_coverage.py)."""

import importlib.util
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "translation_coverage.py"


@pytest.fixture(scope="module")
def coverage():
    spec = importlib.util.spec_from_file_location("translation_coverage", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while it loads.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def catalogue(coverage, tmp_path, monkeypatch):
    """A compiled one-entry kk catalogue under a scratch project root."""
    monkeypatch.setattr(coverage, "ROOT", tmp_path)
    folder = tmp_path / "locale" / "kk" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = coverage.new_supplement()
    po.append(polib.POEntry(msgid="Hello, %(name)s", msgstr="Сәлем, %(name)s"))
    po.save(str(folder / "django.po"))
    po.save_as_mofile(str(folder / "django.mo"))
    return folder / "django.po"


def test_our_catalogues_and_the_kazakh_supplements_are_complete(coverage, capsys):
    status = coverage.main([])

    assert status == 0, capsys.readouterr().out


def test_a_compiled_catalogue_in_step_with_its_source_passes(coverage, catalogue):
    failures = []

    coverage.check_compiled([catalogue.parents[2]], failures)

    assert failures == []


def test_a_mo_older_than_its_po_fails(coverage, catalogue):
    po = polib.pofile(str(catalogue))
    po[0].msgstr = "Сәлеметсіз бе, %(name)s"
    po.save()
    failures = []

    coverage.check_compiled([catalogue.parents[2]], failures)

    assert failures == [
        "locale/kk/LC_MESSAGES/django.mo is out of date with django.po: recompile"
    ]


def test_a_fuzzy_entry_counts_as_untranslated(coverage, catalogue):
    po = polib.pofile(str(catalogue))
    po[0].flags.append("fuzzy")
    po.save()
    failures = []

    row = coverage.catalogue_row(catalogue, failures)

    assert row[1:] == (1, 0, "  0.0 %")
    assert "1 entr(y/ies) untranslated or fuzzy" in failures[0]


def test_a_translation_that_drops_a_placeholder_fails(coverage, catalogue):
    po = polib.pofile(str(catalogue))
    po[0].msgstr = "Сәлем"
    po.save()
    failures = []

    coverage.catalogue_row(catalogue, failures)

    assert "placeholders differ from the msgid" in failures[0]


def test_a_missing_own_catalogue_is_named_plainly(coverage, tmp_path, monkeypatch):
    monkeypatch.setattr(coverage, "ROOT", tmp_path)
    monkeypatch.setattr(coverage, "OWN_LOCALE", tmp_path / "locale")
    failures = []

    coverage.check_own(failures)

    assert failures[0].startswith(
        "locale/fr/LC_MESSAGES/django.po does not exist yet: "
        "Caravan's own strings are not translated into fr"
    )
    assert len(failures) == len(coverage.OWN_LANGUAGES)
