"""Never overbook: a rush of simultaneous applications against real PostgreSQL.

Each application runs in its own thread, with its own database connection
and transaction, all released together by a barrier. A 50 ms pause right
after the seats are counted holds the door wide open for a race: without the
program lock, every thread that counted before the first one wrote would take
a seat. The control test removes the lock and shows exactly that happens, so
the main test could not pass by accident.
"""

import threading
import time
from contextlib import contextmanager

import pytest
from django.db import connections

from programs.models import Program, Registration
from programs.services import registration, seats
from tests.factories import ParticipantFactory, ProgramFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

APPLICANTS = 30
CAPACITY = 5
DELAY = 0.05
Status = Registration.Status


def rush(program, people) -> list[BaseException]:
    """Apply everyone at once, one thread each; return the errors raised."""
    barrier = threading.Barrier(len(people))
    errors = []

    def apply(person):
        try:
            barrier.wait()
            registration.apply_for_program(
                program, person, source=Registration.Source.IMPORT, notify=False
            )
        except BaseException as error:  # noqa: BLE001 - the test reports them all
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=apply, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


@pytest.fixture
def slow_capacity_check(monkeypatch):
    monkeypatch.setattr(
        seats, "_after_capacity_check", lambda program: time.sleep(DELAY)
    )


@contextmanager
def without_the_lock(monkeypatch):
    monkeypatch.setattr(
        seats, "lock_program", lambda program_id: Program.objects.get(pk=program_id)
    )
    yield


def test_a_rush_of_applications_never_overbooks(slow_capacity_check):
    program = ProgramFactory(capacity=CAPACITY)
    people = ParticipantFactory.create_batch(APPLICANTS)

    errors = rush(program, people)

    assert errors == []
    registrations = Registration.objects.filter(program=program)
    confirmed = registrations.filter(status=Status.CONFIRMED)
    waiting = registrations.filter(status=Status.WAITLISTED).order_by(
        "waitlist_position"
    )
    assert registrations.count() == APPLICANTS
    assert confirmed.count() == CAPACITY
    assert list(waiting.values_list("waitlist_position", flat=True)) == list(
        range(1, APPLICANTS - CAPACITY + 1)
    )
    # "In order": the waitlist follows the order in which applications got
    # through, and every confirmed seat went to someone who got through first.
    arrival = list(waiting.values_list("applied_at", flat=True))
    assert arrival == sorted(arrival)
    last_confirmed = max(confirmed.values_list("applied_at", flat=True))
    assert last_confirmed <= arrival[0]


def test_without_the_lock_the_same_rush_overbooks(slow_capacity_check, monkeypatch):
    """The control: the test above can fail, and fails without the lock."""
    program = ProgramFactory(capacity=CAPACITY)
    people = ParticipantFactory.create_batch(APPLICANTS)

    with without_the_lock(monkeypatch):
        rush(program, people)

    confirmed = Registration.objects.filter(program=program, status=Status.CONFIRMED)
    assert confirmed.count() > CAPACITY
