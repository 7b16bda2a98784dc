"""``publish_scheduled``: fires due go-lives and expiries, clears their dates."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from programs.models import AuditEntry, Event, PressCoverage, Program, Report
from tests.factories import (
    EventFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
)

from .conftest import PUBLISHABLE_FACTORIES, hours

pytestmark = pytest.mark.django_db

FACTORIES = PUBLISHABLE_FACTORIES
MODELS = [Program, Event, Report, PressCoverage]


def run() -> str:
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_a_due_go_live_stamps_the_publication_times_and_clears_the_date(factory):
    due = hours(-2)
    item = factory(live=True, go_live_at=due, first_published_at=None)

    run()

    item.refresh_from_db()
    assert item.go_live_at is None
    assert item.first_published_at == due
    assert item.last_published_at == due
    assert item.live is True


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_a_due_expiry_takes_the_item_offline_and_clears_the_date(factory):
    item = factory(live=True, expire_at=hours(-1))

    run()

    item.refresh_from_db()
    assert (item.live, item.expire_at) == (False, None)
    assert item.status_string == "draft"


def test_schedules_not_yet_due_and_drafts_are_left_alone():
    later = hours(3)
    scheduled = ProgramFactory(live=True, go_live_at=later, expire_at=hours(5))
    draft = ProgramFactory(live=False, go_live_at=hours(-3), first_published_at=None)

    assert run() == "Nothing was due.\n"

    scheduled.refresh_from_db()
    draft.refresh_from_db()
    assert scheduled.go_live_at == later
    assert (draft.live, draft.first_published_at) == (False, None)
    assert draft.go_live_at is not None


def test_an_earlier_first_publication_is_kept():
    first = hours(-24 * 30)
    program = ProgramFactory(live=True, first_published_at=first, go_live_at=hours(-1))

    run()

    program.refresh_from_db()
    assert program.first_published_at == first


def test_a_window_that_has_passed_entirely_goes_live_then_expires():
    report = ReportFactory(live=True, go_live_at=hours(-3), expire_at=hours(-1))

    run()

    report.refresh_from_db()
    assert (report.live, report.go_live_at, report.expire_at) == (False, None, None)
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        AuditEntry.Action.SCHEDULED_GO_LIVE,
        AuditEntry.Action.SCHEDULED_EXPIRY,
    ]


def test_the_command_says_what_it_did():
    ProgramFactory(title_en="Silk Road", live=True, go_live_at=hours(-1))
    EventFactory(title_en="Forum in Aktau", live=True, expire_at=hours(-1))

    out = run()

    assert "Program “Silk Road” went live (scheduled for" in out
    assert "Event “Forum in Aktau” expired (scheduled for" in out


def test_each_fired_schedule_is_audited_without_an_actor():
    program = ProgramFactory(live=True, go_live_at=hours(-1))
    press = PressCoverageFactory(live=True, expire_at=hours(-1))

    run()

    entries = AuditEntry.objects.order_by("pk")
    assert [(e.action, e.object_id, e.actor) for e in entries] == [
        (AuditEntry.Action.SCHEDULED_GO_LIVE, str(program.pk), None),
        (AuditEntry.Action.SCHEDULED_EXPIRY, str(press.pk), None),
    ]
    assert entries[0].details["scheduled_for"]


def test_running_it_again_changes_nothing():
    ProgramFactory(live=True, go_live_at=hours(-1))
    EventFactory(live=True, expire_at=hours(-1))
    run()
    state = {
        model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS
    }

    out = run()

    assert out == "Nothing was due.\n"
    assert AuditEntry.objects.count() == 2
    assert {
        model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS
    } == state


def test_after_expiry_the_next_save_and_publication_work(client, change_form):
    program = ProgramFactory(live=True, expire_at=hours(-1))
    run()
    data = change_form(program)
    data["title_fr"] = "Route de la soie"

    saved = client.post(
        reverse("admin:programs_program_change", args=[program.pk]), data
    )
    published = client.post(
        reverse("admin:programs_program_changelist"),
        {"action": "publish_selected", "_selected_action": [program.pk]},
        follow=True,
    )

    assert saved.status_code == 302
    assert "Published 1 program." in published.content.decode()
    program.refresh_from_db()
    assert program.is_published
