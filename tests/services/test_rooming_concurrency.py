"""Never overfill a room: simultaneous assignments against real PostgreSQL.

Each assignment runs in its own thread, with its own connection and
transaction, released together by a barrier. A pause right after the room's
nights are counted holds the door open for a race: without the room's lock,
every thread that counted before the first one wrote would get a bed. The
control test removes the lock and shows exactly that, so the main test could
not pass by accident.
"""

import datetime
import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connections

from programs.models import Registration, Room, RoomNight
from programs.services import rooming
from tests.factories import (
    HotelFactory,
    ItineraryStopFactory,
    RegistrationFactory,
    RoomFactory,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

GUESTS = 6
BEDS = 2
DELAY = 0.05
NIGHT = datetime.date(2024, 8, 2)


def rush(room, registrations) -> tuple[list[ValidationError], list[BaseException]]:
    """Assign everyone to ``room`` at once; return refusals and other errors."""
    barrier = threading.Barrier(len(registrations))
    refused, errors = [], []

    def assign(registration):
        try:
            barrier.wait()
            rooming.assign_room(room, registration, [NIGHT], None)
        except ValidationError as error:
            refused.append(error)
        except BaseException as error:  # noqa: BLE001 - the test reports them all
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=assign, args=(r,)) for r in registrations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return refused, errors


@pytest.fixture
def slow_count(monkeypatch):
    monkeypatch.setattr(rooming, "_after_room_count", lambda room: time.sleep(DELAY))


@pytest.fixture
def crowd():
    stop = ItineraryStopFactory()
    room = RoomFactory(hotel=HotelFactory(stop=stop), capacity=BEDS)
    guests = RegistrationFactory.create_batch(
        GUESTS, program=stop.program, status=Registration.Status.CONFIRMED
    )
    return room, guests


def test_simultaneous_assignments_never_overfill_a_room(slow_count, crowd):
    room, guests = crowd

    refused, errors = rush(room, guests)

    assert errors == []
    assert RoomNight.objects.filter(room=room, night=NIGHT).count() == BEDS
    assert len(refused) == GUESTS - BEDS
    assert all("is full" in error.messages[0] for error in refused)


def test_without_the_room_lock_the_same_rush_overfills_it(
    slow_count, crowd, monkeypatch
):
    """The control: the test above can fail, and fails without the lock."""
    room, guests = crowd
    monkeypatch.setattr(
        rooming,
        "lock_room",
        lambda room_id: Room.objects.select_related("hotel__stop__city").get(
            pk=room_id
        ),
    )

    rush(room, guests)

    assert RoomNight.objects.filter(room=room, night=NIGHT).count() > BEDS
