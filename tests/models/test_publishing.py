"""What the public sees is decided from the publishing fields at query time."""

import datetime

import pytest
from django.utils import timezone

from programs.models import Program
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def test_published_includes_live_programs_without_a_schedule():
    program = ProgramFactory(live=True)

    assert list(Program.objects.published()) == [program]


def test_published_leaves_out_drafts():
    ProgramFactory(live=False)

    assert not Program.objects.published().exists()


def test_published_waits_for_go_live_without_a_cron_run():
    now = timezone.now()
    due = ProgramFactory(live=True, go_live_at=now - HOUR)
    ProgramFactory(live=True, go_live_at=now + HOUR)

    assert list(Program.objects.published()) == [due]


def test_published_hides_expired_content_even_before_the_cron_runs():
    now = timezone.now()
    current = ProgramFactory(live=True, expire_at=now + HOUR)
    ProgramFactory(live=True, expire_at=now - HOUR)

    assert list(Program.objects.published()) == [current]


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"live": False}, "draft"),
        ({"live": False, "go_live_at": +1}, "draft"),
        ({"live": True}, "live"),
        ({"live": True, "has_unpublished_changes": True}, "live + draft"),
        ({"live": True, "go_live_at": +1}, "scheduled"),
        ({"live": True, "expire_at": +1}, "live + scheduled"),
        ({"live": True, "go_live_at": -2, "expire_at": -1}, "expired"),
    ],
)
def test_status_string_is_derived_from_the_publishing_fields(fields, status):
    now = timezone.now()
    values = {
        name: now + value * HOUR if name in {"go_live_at", "expire_at"} else value
        for name, value in fields.items()
    }

    assert ProgramFactory(**values).status_string == status


def test_events_press_and_reports_of_a_draft_program_are_not_published():
    from programs.models import Event, PressCoverage, Report
    from tests.factories import EventFactory, PressCoverageFactory, ReportFactory

    draft = ProgramFactory(live=False)
    EventFactory(program=draft, live=True)
    PressCoverageFactory(program=draft, live=True)
    ReportFactory(program=draft, live=True)
    live = ProgramFactory(live=True)
    visible_event = EventFactory(program=live, live=True)

    assert list(Event.objects.published()) == [visible_event]
    assert not PressCoverage.objects.published().exists()
    assert not Report.objects.published().exists()
