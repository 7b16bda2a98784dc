"""Publishing from the admin: status column and filter, bulk actions, service."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from programs.models import Event, PressCoverage, Program, Report
from programs.services.publishing import PublishingError, publish, unpublish
from tests.factories import (
    EventFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PUBLISHABLE = [
    (Program, ProgramFactory),
    (Event, EventFactory),
    (Report, ReportFactory),
    (PressCoverage, PressCoverageFactory),
]
ids = [model.__name__ for model, _factory in PUBLISHABLE]


def changelist(model) -> str:
    return reverse(f"admin:programs_{model._meta.model_name}_changelist")


def run_action(client, model, action: str, objects):
    return client.post(
        changelist(model),
        {"action": action, "_selected_action": [str(obj.pk) for obj in objects]},
        follow=True,
    )


def hours(n: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(hours=n)


@pytest.mark.parametrize(("model", "factory"), PUBLISHABLE, ids=ids)
def test_publish_selected_makes_drafts_live(superuser_client, model, factory):
    drafts = factory.create_batch(2, live=False, first_published_at=None)

    response = run_action(superuser_client, model, "publish_selected", drafts)

    assert response.status_code == 200
    assert (
        f"Published 2 {model._meta.verbose_name_plural}." in response.content.decode()
    )
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.live is True
        assert draft.has_unpublished_changes is False
        assert draft.first_published_at is not None
        assert draft.last_published_at == draft.first_published_at


@pytest.mark.parametrize(("model", "factory"), PUBLISHABLE, ids=ids)
def test_unpublish_selected_takes_items_offline(superuser_client, model, factory):
    items = factory.create_batch(2, live=True)

    response = run_action(superuser_client, model, "unpublish_selected", items)

    assert f"Unpublished 2 {model._meta.verbose_name_plural}." in (
        response.content.decode()
    )
    assert not model.objects.filter(pk__in=[item.pk for item in items], live=True)
    assert model.objects.published().count() == 0


def test_republishing_keeps_the_first_publication_time(superuser_client):
    first = timezone.now() - datetime.timedelta(days=30)
    program = ProgramFactory(live=False, first_published_at=first)

    run_action(superuser_client, Program, "publish_selected", [program])

    program.refresh_from_db()
    assert program.first_published_at == first
    assert program.last_published_at > first


def test_an_expired_item_is_not_published_and_the_reason_is_shown(superuser_client):
    expired = ProgramFactory(
        title_en="Old Forum", live=False, expire_at=hours(-1), first_published_at=None
    )
    fine = ProgramFactory(live=False, first_published_at=None)

    response = run_action(
        superuser_client, Program, "publish_selected", [expired, fine]
    )

    html = response.content.decode()
    assert "“Old Forum” cannot be published: it expired on" in html
    assert "Published 1 program." in html
    expired.refresh_from_db()
    fine.refresh_from_db()
    assert (expired.live, fine.live) == (False, True)


def test_publishing_a_scheduled_item_dates_it_from_its_go_live_time():
    go_live = hours(5)
    report = ReportFactory(live=False, go_live_at=go_live, first_published_at=None)

    publish(report)

    report.refresh_from_db()
    assert report.first_published_at == go_live
    assert report.status_string == "scheduled"
    assert not Report.objects.published().filter(pk=report.pk).exists()


def test_publish_service_refuses_expired_items_with_a_translatable_message():
    event = EventFactory(live=False, expire_at=hours(-2))

    with pytest.raises(PublishingError) as caught:
        publish(event)

    assert "cannot be published" in caught.value.message
    event.refresh_from_db()
    assert event.live is False


def test_publish_and_unpublish_are_recorded_in_the_history_with_the_user():
    editor = UserFactory(groups=["Editors"])
    program = ProgramFactory(live=False)

    publish(program, user=editor)
    unpublish(program, user=editor)

    messages = list(
        LogEntry.objects.filter(object_id=str(program.pk), user=editor)
        .order_by("pk")
        .values_list("change_message", flat=True)
    )
    assert messages == ["Published.", "Unpublished."]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("draft", {"Draft"}),
        ("scheduled", {"Scheduled"}),
        ("live", {"Live", "Live until"}),
        ("expired", {"Expired"}),
    ],
)
def test_status_filter_follows_the_schedule(superuser_client, status, expected):
    ProgramFactory(title_en="Draft", live=False)
    ProgramFactory(title_en="Scheduled", go_live_at=hours(24))
    ProgramFactory(title_en="Live")
    ProgramFactory(title_en="Live until", expire_at=hours(24))
    ProgramFactory(title_en="Expired", expire_at=hours(-24))

    response = superuser_client.get(changelist(Program), {"status": status})

    shown = {program.title_en for program in response.context["cl"].result_list}
    assert shown == expected


def test_status_column_shows_the_derived_status(superuser_client):
    ProgramFactory(title_en="Soon", go_live_at=hours(24))

    response = superuser_client.get(changelist(Program))

    assert '<td class="field-status">scheduled</td>' in response.content.decode()


def test_editors_get_the_publishing_actions(admin_client_for):
    ReportFactory()
    client = admin_client_for(UserFactory(groups=["Editors"]))

    response = client.get(changelist(Report))

    html = response.content.decode()
    assert 'value="publish_selected"' in html
    assert 'value="unpublish_selected"' in html
