"""Every public page is valid HTML in every language (the Nu HTML Checker)."""

import pytest
from django.db import transaction
from django.test import Client

from .html_validity import describe, nu_checker_errors, require_nu_checker
from .public_pages import LANGUAGES, PUBLIC_PAGES, expected_status, public_path
from .showcase import build_showcase

# django_db tells pytest-django to create the test database even when these are
# the only tests run; the module fixture below does the actual writing.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Proves the checker really runs: this document must come back with errors.
KNOWN_BROKEN = '<!doctype html><html lang="en"><title>x</title><p><div>'


@pytest.fixture(scope="module")
def nu_checker_report(django_db_setup, django_db_blocker, tmp_path_factory):
    """Render every public page in every language, then check them all at once."""
    require_nu_checker()
    documents = {"known-broken": KNOWN_BROKEN}
    with django_db_blocker.unblock(), transaction.atomic():
        showcase = build_showcase()
        client = Client()
        for page_type in PUBLIC_PAGES:
            for language in LANGUAGES:
                response = client.get(public_path(page_type, language, showcase))
                if response.status_code != expected_status(page_type):
                    raise AssertionError(
                        f"{page_type} in {language}: HTTP {response.status_code}"
                    )
                documents[f"{page_type}-{language}"] = response.content.decode()
        transaction.set_rollback(True)
    return nu_checker_errors(documents, tmp_path_factory.mktemp("nu-checker"))


def test_nu_checker_reports_errors_in_a_broken_document(nu_checker_report):
    messages = [error["message"] for error in nu_checker_report["known-broken"]]

    assert "Unclosed element “div”." in messages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", list(PUBLIC_PAGES))
def test_public_page_is_valid_html(nu_checker_report, page_type, language):
    errors = nu_checker_report[f"{page_type}-{language}"]

    assert not errors, describe(errors)
