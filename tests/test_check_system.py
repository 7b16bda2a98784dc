"""scripts/check_system.py names what the system lacks, in one line."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_system.py"


@pytest.fixture
def check_system(monkeypatch):
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lacking(module, monkeypatch, *names):
    for name in names:
        monkeypatch.setitem(module.CHECKS, name, lambda: False)


def test_a_complete_machine_says_nothing(check_system, monkeypatch, capsys):
    for name in check_system.CHECKS:
        monkeypatch.setitem(check_system.CHECKS, name, lambda: True)

    assert check_system.main(["check_system.py"]) == 0
    assert capsys.readouterr().err == ""


def test_missing_packages_are_named_in_one_line_with_the_install_command(
    check_system, monkeypatch, capsys
):
    monkeypatch.delenv("CI", raising=False)
    lacking(check_system, monkeypatch, "chromium", "fonts-noto-cjk")

    assert check_system.main(["check_system.py"]) == 0
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Warning: this machine lacks chromium fonts-noto-cjk")
    assert line.endswith(
        "sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk"
    )


def test_under_ci_a_missing_package_is_an_error(check_system, monkeypatch, capsys):
    monkeypatch.setenv("CI", "true")
    lacking(check_system, monkeypatch, "default-jre-headless")

    assert check_system.main(["check_system.py"]) == 1
    assert capsys.readouterr().err.startswith("Error: this machine lacks")


def test_the_audit_asks_only_for_what_lighthouse_needs(
    check_system, monkeypatch, capsys
):
    monkeypatch.setenv("CI", "true")
    lacking(check_system, monkeypatch, "default-jre-headless", "redis-server")

    assert check_system.main(["check_system.py", "--for", "audit"]) == 0
