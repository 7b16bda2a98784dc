"""``manage.py import_participants``: the same import, from a terminal."""

import pytest
from django.core.management import CommandError, call_command

from programs.models import Participant, Registration

from .sheets import csv_bytes, person, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def delegation(tmp_path):
    def write(rows, name="delegation.csv"):
        path = tmp_path / name
        data = xlsx_bytes(rows) if name.endswith(".xlsx") else csv_bytes(rows)
        path.write_bytes(data)
        return path

    return write


def test_command_imports_a_csv_file(own_program, delegation, capsys):
    path = delegation([person(), person("Wei", email="wei@example.org")])

    call_command("import_participants", own_program.slug, str(path))

    assert Registration.objects.filter(program=own_program).count() == 2
    assert "Imported 2 participants into own-program" in capsys.readouterr().out


def test_command_imports_an_xlsx_file(own_program, delegation):
    path = delegation([person(native_name="王伟")], "delegation.xlsx")

    call_command("import_participants", own_program.slug, str(path))

    assert Participant.objects.get().native_name == "王伟"


def test_command_shows_a_progress_bar_on_stderr(own_program, delegation, capsys):
    call_command("import_participants", own_program.slug, str(delegation([person()])))

    assert "1/1" in capsys.readouterr().err


def test_dry_run_writes_nothing(own_program, delegation, capsys):
    path = delegation([person()])

    call_command("import_participants", own_program.slug, str(path), "--dry-run")

    assert not Registration.objects.exists()
    assert "Dry run: 1 rows checked, nothing written." in capsys.readouterr().out


def test_command_lists_problems_fails_and_writes_nothing(
    own_program, delegation, capsys
):
    path = delegation([person(), person("Wei", email="bad")])

    with pytest.raises(CommandError, match="1 row has problems"):
        call_command("import_participants", own_program.slug, str(path))

    assert "Row 3: “bad” is not a valid email." in capsys.readouterr().err
    assert not Registration.objects.exists()


def test_dry_run_with_problems_fails_too(own_program, delegation):
    with pytest.raises(CommandError):
        call_command(
            "import_participants",
            own_program.slug,
            str(delegation([person(given="")])),
            "--dry-run",
        )


def test_an_unknown_program_is_a_clear_error(db, delegation):
    with pytest.raises(CommandError, match="There is no program “nope”"):
        call_command("import_participants", "nope", str(delegation([person()])))


def test_a_missing_file_is_a_clear_error(own_program, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_participants", own_program.slug, str(tmp_path / "x.csv"))
