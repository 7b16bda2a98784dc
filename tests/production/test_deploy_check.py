"""``manage.py check --deploy`` is clean with production settings."""

import os
import subprocess
import sys

from scripts.benchlib import ROOT

COMPLETE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "exchange_site.settings.production",
    "SECRET_KEY": "kJ8#vQ2!mZ7@pL4$wR9%tY6^uE3&iO1*aS5(dF0)gH8-jK2+lX7=cV4",
    "ALLOWED_HOSTS": "caravan.example.org",
    "DATABASE_URL": "postgres://caravan@127.0.0.1:5432/caravan",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp://mail.example.org:587?tls=true",
    "DEFAULT_FROM_EMAIL": "Caravan <noreply@caravan.example.org>",
}


def run_python(arguments: list[str], environment: dict) -> subprocess.CompletedProcess:
    """Run Python in a clean environment: only what the test gives, plus PATH."""
    kept = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env={**kept, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(names: str, environment: dict) -> list[str]:
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        f"print({names})"
    )
    result = run_python(["-c", code], environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_check_deploy_finds_nothing_with_a_complete_environment():
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        COMPLETE_ENVIRONMENT,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_when_debug_is_left_on():
    result = run_python(
        ["manage.py", "check", "--deploy"], {**COMPLETE_ENVIRONMENT, "DEBUG": "on"}
    )

    assert "security.W018" in result.stdout + result.stderr


def test_production_settings_turn_on_hsts_https_and_secure_cookies():
    values = production_settings(
        "s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_HTTPONLY, s.SESSION_ENGINE",
        COMPLETE_ENVIRONMENT,
    )

    assert values == [
        "31536000",
        "True",
        "True",
        "True",
        "True",
        "django.contrib.sessions.backends.cached_db",
    ]


def test_without_redis_production_caches_in_the_shared_database():
    environment = {k: v for k, v in COMPLETE_ENVIRONMENT.items() if k != "REDIS_URL"}

    values = production_settings("s.CACHES['default']['BACKEND']", environment)

    assert values == ["django.core.cache.backends.db.DatabaseCache"]


def test_the_pool_checks_connections_and_statements_time_out():
    values = production_settings(
        "s.DATABASES['default']['CONN_HEALTH_CHECKS'], "
        "s.DATABASES['default']['OPTIONS']['options'], "
        "s.DATABASES['default']['OPTIONS']['pool']['timeout']",
        {**COMPLETE_ENVIRONMENT, "DATABASE_STATEMENT_TIMEOUT": "5000"},
    )

    assert values == [
        "True",
        "-c",
        "random_page_cost=1.1",
        "-c",
        "statement_timeout=5000",
        "10",
    ]
