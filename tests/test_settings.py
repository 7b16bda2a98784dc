"""Settings come from the environment, and production refuses to guess."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_with_settings(
    module: str,
    *arguments: str,
    printed: str = "settings.DATABASES['default']['ENGINE'], settings.DEBUG",
    **env: str,
) -> subprocess.CompletedProcess:
    """Python with settings ``module`` and ``env`` (and none of this process's
    secret key, database or debug flag): ``manage.py arguments`` if given,
    else printing ``printed``, read from the settings."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "DEBUG"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=module, **env)
    code = (
        "import django; from django.conf import settings; django.setup(); "
        f"print({printed})"
    )
    command = ["manage.py", *arguments] if arguments else ["-c", code]
    return subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_with_settings("exchange_site.settings.production")

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is required" in result.stderr


def test_production_starts_with_a_secret_key_and_debug_off():
    result = run_with_settings(
        "exchange_site.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/caravan",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "False"]


def test_dev_defaults_to_sqlite_with_debug_on():
    result = run_with_settings("exchange_site.settings.dev")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_a_malformed_boolean_is_named_in_the_error():
    result = run_with_settings("exchange_site.settings.dev", DEBUG="perhaps")

    assert result.returncode != 0
    assert "DEBUG='perhaps' is not a boolean" in result.stderr


def test_postgres_urls_use_the_psycopg_connection_pool():
    from exchange_site.settings.base import database_from_url

    config = database_from_url("postgres://caravan@db.internal:5433/caravan")

    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == (
        "db.internal",
        5433,
        "caravan",
    )
    assert config["OPTIONS"]["pool"]
    assert config["CONN_MAX_AGE"] == 0


def test_relative_sqlite_paths_are_taken_from_the_project_folder():
    from exchange_site.settings.base import BASE_DIR, database_from_url

    config = database_from_url("sqlite:///var/db.sqlite3")

    assert config["NAME"] == str(BASE_DIR / "var" / "db.sqlite3")


def test_postgres_values_travel_apart_and_statements_are_prepared(monkeypatch):
    from exchange_site.settings.base import PREPARE_THRESHOLD, database_from_url

    monkeypatch.delenv("DATABASE_PREPARED_STATEMENTS", raising=False)
    options = database_from_url("postgres://caravan@db.internal/caravan")["OPTIONS"]

    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == PREPARE_THRESHOLD


def test_prepared_statements_can_be_turned_off_for_a_transaction_pooler(monkeypatch):
    from exchange_site.settings.base import database_from_url

    monkeypatch.setenv("DATABASE_PREPARED_STATEMENTS", "off")
    options = database_from_url("postgres://caravan@pgbouncer.internal/caravan")[
        "OPTIONS"
    ]

    assert "server_side_binding" not in options
    assert "prepare_threshold" not in options


def test_sqlite_sites_check_clean_and_postgresql_silences_nothing(tmp_path):
    # The demo and the audit run on SQLite, which keeps the participant_listed
    # index without its covering columns; PostgreSQL reads them, and there no
    # check is silenced.
    production = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "localhost"}
    sqlite = run_with_settings(
        "exchange_site.settings.production",
        "check",
        "--database",
        "default",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        **production,
    )
    postgresql = run_with_settings(
        "exchange_site.settings.production",
        printed="settings.SILENCED_SYSTEM_CHECKS",
        DATABASE_URL="postgres://postgres@127.0.0.1/caravan",
        **production,
    )

    assert sqlite.returncode == 0, sqlite.stderr
    assert "W040" not in sqlite.stdout + sqlite.stderr
    assert "no issues" in sqlite.stdout
    assert postgresql.stdout.strip() == "[]", postgresql.stderr
