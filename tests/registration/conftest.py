"""Programs open for applications, and a way to let on_commit callbacks run.

Tests run inside a transaction that never commits, so emails queued with
``transaction.on_commit`` would never leave; ``committed`` runs one step as if
its transaction had committed, which the immediate task backend then sends.
"""

import datetime

import pytest
from django.utils import timezone

from programs.models import Registration
from programs.services import registration
from tests.factories import EventFactory, ParticipantFactory, ProgramFactory

ORGANISER = Registration.Source.ORGANISER


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def program(db):
    now = timezone.now()
    return ProgramFactory(
        slug="open-program",
        title_en="Open Program",
        title_fr="Programme ouvert",
        title_ru="Открытая программа",
        title_kk="Ашық бағдарлама",
        title_zh_hans="开放项目",
        capacity=2,
        applications_open_at=now - datetime.timedelta(days=1),
        applications_close_at=now + datetime.timedelta(days=10),
    )


@pytest.fixture
def event(program):
    return EventFactory(program=program, slug="open-forum", capacity=1)


def apply(program, participant=None, **kwargs):
    """A verified application (as an organiser enters it)."""
    kwargs.setdefault("source", ORGANISER)
    return registration.apply_for_program(
        program, participant or ParticipantFactory(), **kwargs
    )


def public_application(program, email="applicant@example.org", **fields):
    """An unverified application, as the public form makes it."""
    data = {
        "given_name": "Dana",
        "family_name": "Applicant",
        "email": email,
        "country": "KZ",
        "category": "journalist",
        "preferred_language": "en",
        **fields,
    }
    return registration.apply_for_program(
        program,
        data,
        source=Registration.Source.PUBLIC_FORM,
        verified=False,
        privacy_accepted=True,
    )
