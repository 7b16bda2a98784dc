"""deploy/gunicorn.conf.py reads its worker recycling from the environment."""

import runpy

import pytest

from scripts.benchlib import GUNICORN_CONFIG


def settings_with(monkeypatch, **environment) -> dict:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONFIG))


def test_workers_are_recycled_after_two_thousand_requests_by_default(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    config = settings_with(monkeypatch)
    assert (config["max_requests"], config["max_requests_jitter"]) == (2000, 200)


@pytest.mark.parametrize(
    ("value", "expected"), [("0", (0, 0)), ("50000", (50000, 5000))]
)
def test_the_environment_sets_recycling(monkeypatch, value, expected):
    config = settings_with(monkeypatch, GUNICORN_MAX_REQUESTS=value)
    assert (config["max_requests"], config["max_requests_jitter"]) == expected
