"""Revisions: recorded on every admin save, compared, rolled back."""

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from programs.models import AuditEntry, Program, Report, Revision
from programs.services.revisions import record_revision
from tests.factories import ProgramFactory, RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def change_url(obj) -> str:
    return reverse(f"admin:programs_{obj._meta.model_name}_change", args=[obj.pk])


def history_url(obj) -> str:
    return reverse(f"admin:programs_{obj._meta.model_name}_revisions", args=[obj.pk])


def rollback_url(obj, revision) -> str:
    return reverse(
        f"admin:programs_{obj._meta.model_name}_rollback", args=[obj.pk, revision.pk]
    )


def save(client, obj, data: dict):
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.context["errors"]
    return response


def rows(revision, relation: str) -> list[dict]:
    return [row["fields"] for row in revision.content["parts"][relation]]


def test_saving_a_program_records_a_revision_with_every_language_and_inline_row(
    editor_client, change_form, program, editor
):
    data = change_form(program)
    data["title_fr"] = "Route de la soie, édition 2024"
    data["itinerary_stops-1-summary_kk"] = "Теңіз порты"

    save(editor_client, program, data)

    revision = Revision.objects.get()
    assert revision.user == editor
    fields = revision.content["fields"]
    assert fields["title_en"] == "Silk Road"
    assert fields["title_fr"] == "Route de la soie, édition 2024"
    assert fields["title_ru"] == "Шёлковый путь"
    assert fields["title_kk"] == "Жібек жолы"
    assert fields["title_zh_hans"] == "丝绸之路"
    assert [stop["summary_kk"] for stop in rows(revision, "itinerary_stops")] == [
        None,
        "Теңіз порты",
    ]
    assert [event["title_kk"] for event in rows(revision, "events")] == [
        "Ақтаудағы сұхбаттар"
    ]
    assert [press["title"] for press in rows(revision, "press_coverage")] == [
        "Lancement"
    ]


def test_saving_a_report_records_its_gallery(editor_client, change_form, report):
    data = change_form(report)
    data["title_fr"] = "Semaine un"

    save(editor_client, report, data)

    revision = Revision.objects.get()
    assert revision.content["fields"]["title_fr"] == "Semaine un"
    assert [item["position"] for item in rows(revision, "gallery_items")] == [1, 2]


def test_history_page_is_linked_from_the_change_form_and_lists_revisions(
    editor_client, program, editor
):
    record_revision(program, user=editor)
    record_revision(program, user=editor)

    form = editor_client.get(change_url(program)).content.decode()
    history = editor_client.get(history_url(program))

    assert f'href="{history_url(program)}"' in form
    assert history.status_code == 200
    assert len(history.context["page"].object_list) == 2
    assert "Roll back to this revision" in history.content.decode()


def test_compare_lists_each_changed_field_language_by_language(
    editor_client, change_form, program
):
    first = change_form(program)
    save(editor_client, program, first)
    second = {**first, "title_fr": "La route de la soie", "title_kk": "Жібек жолы 2024"}
    save(editor_client, program, second)
    older, newer = Revision.objects.order_by("created_at", "pk")

    response = editor_client.get(
        reverse("admin:programs_program_revisions_compare", args=[program.pk]),
        {"a": newer.pk, "b": older.pk},
    )

    changes = [
        (c.field, c.language, str(c.before), str(c.after))
        for c in response.context["comparison"].fields
    ]
    assert changes == [
        (
            "title",
            "French",
            "<del>Route</del> de la soie",
            "<ins>La route</ins> de la soie",
        ),
        ("title", "Kazakh", "Жібек жолы", "Жібек жолы<ins> 2024</ins>"),
    ]
    html = response.content.decode()
    assert '<th scope="row">Title</th>' in html
    assert "<td>French</td>" in html and "<td>Kazakh</td>" in html


def test_compare_lists_inline_rows_added_removed_and_changed(
    editor_client, change_form, program
):
    data = change_form(program)
    save(editor_client, program, data)
    stops = program.itinerary_stops.order_by("position")
    data["itinerary_stops-0-DELETE"] = "on"
    data["events-0-title_fr"] = "Entretiens à Aktau"
    data.update(
        {
            "itinerary_stops-TOTAL_FORMS": "3",
            "itinerary_stops-2-position": "3",
            "itinerary_stops-2-city": str(stops[0].city_id),
            "itinerary_stops-2-summary_en": "Back to Astana",
        }
    )
    save(editor_client, program, data)
    older, newer = Revision.objects.order_by("created_at", "pk")

    response = editor_client.get(
        reverse("admin:programs_program_revisions_compare", args=[program.pk]),
        {"a": older.pk, "b": newer.pk},
    )

    rows = {
        (row.kind, row.label, row.state): [
            (c.field, c.language, str(c.after)) for c in row.changes
        ]
        for row in response.context["comparison"].rows
    }
    assert set(rows) == {
        ("itinerary stop", "3 · Astana", "added"),
        ("itinerary stop", "1 · Astana", "removed"),
        ("event", "Interviews in Aktau", "changed"),
    }
    assert rows[("event", "Interviews in Aktau", "changed")] == [
        ("title", "French", "Entretiens à Aktau")
    ]
    assert ("summary", "English", "Back to Astana") in rows[
        ("itinerary stop", "3 · Astana", "added")
    ]
    assert "(added)" in response.content.decode()


def test_rollback_asks_for_confirmation_and_shows_what_will_change(
    editor_client, program, editor
):
    revision = record_revision(program, user=editor)
    Program.objects.filter(pk=program.pk).update(title_fr="Autre titre")

    response = editor_client.get(rollback_url(program, revision))

    assert response.status_code == 200
    changes = [
        (c.field, c.language, strip_tags(c.before), strip_tags(c.after))
        for c in response.context["comparison"].fields
    ]
    assert changes == [("title", "French", "Autre titre", "Route de la soie")]
    assert 'value="Yes, roll back"' in response.content.decode()
    program.refresh_from_db()
    assert program.title_fr == "Autre titre"


def test_rollback_restores_fields_in_every_language_and_the_inline_rows(
    editor_client, change_form, program
):
    data = change_form(program)
    save(editor_client, program, data)
    chosen = Revision.objects.get()
    stops_before = list(program.itinerary_stops.values_list("pk", "position"))
    event = program.events.get()
    changed = {
        **data,
        "title_fr": "Titre changé",
        "title_zh_hans": "新标题",
        "itinerary_stops-1-DELETE": "on",
        "events-0-title_kk": "Жаңа атау",
        "press_coverage-0-DELETE": "on",
    }
    save(editor_client, program, changed)

    response = editor_client.post(rollback_url(program, chosen))

    assert response.status_code == 302
    assert response["Location"] == change_url(program)
    program.refresh_from_db()
    assert (program.title_fr, program.title_zh_hans) == ("Route de la soie", "丝绸之路")
    assert list(program.itinerary_stops.values_list("pk", "position")) == stops_before
    event.refresh_from_db()
    assert event.title_kk == "Ақтаудағы сұхбаттар"
    assert list(program.press_coverage.values_list("title", flat=True)) == ["Lancement"]


def test_a_rollback_records_a_new_revision_and_an_audit_entry(
    editor_client, program, editor
):
    chosen = record_revision(program, user=editor)
    Program.objects.filter(pk=program.pk).update(title_en="Changed")

    editor_client.post(rollback_url(program, chosen))

    newest = Revision.objects.first()
    assert newest.rolled_back_from == chosen
    assert newest.content["fields"]["title_en"] == "Silk Road"
    # The state before the rollback was never saved in the admin; it is kept.
    kept = Revision.objects.exclude(pk__in=[chosen.pk, newest.pk]).get()
    assert kept.content["fields"]["title_en"] == "Changed"
    entry = AuditEntry.objects.get(action=AuditEntry.Action.ROLLED_BACK)
    assert (entry.actor, entry.object_id) == (editor, str(program.pk))
    assert entry.details["revision"] == chosen.pk


def test_rolling_back_leaves_the_publishing_state_as_it_is(
    editor_client, program, editor
):
    chosen = record_revision(program, user=editor)
    Program.objects.filter(pk=program.pk).update(live=False, title_en="Draft title")

    editor_client.post(rollback_url(program, chosen))

    program.refresh_from_db()
    assert (program.title_en, program.live) == ("Silk Road", False)


def test_a_deleted_event_comes_back_as_a_draft(editor_client, program, editor):
    chosen = record_revision(program, user=editor)
    event = program.events.get()
    event_id = event.pk
    event.delete()

    editor_client.post(rollback_url(program, chosen))

    restored = program.events.get()
    assert (restored.pk, restored.slug, restored.live) == (
        event_id,
        "aktau-interview",
        False,
    )


def test_rollback_refuses_to_delete_an_event_people_registered_for(
    editor_client, program, editor
):
    chosen = record_revision(program, user=editor)
    Program.objects.filter(pk=program.pk).update(title_en="Changed")
    newer = program.events.create(
        slug="late-event", kind="forum", title_en="Late", starts_at=program.created_at
    )
    RegistrationFactory(program=program, event=newer)

    response = editor_client.post(rollback_url(program, chosen), follow=True)

    assert "it would delete the event “Late”" in response.content.decode()
    program.refresh_from_db()
    assert program.title_en == "Changed"
    assert program.events.filter(pk=newer.pk).exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.ROLLED_BACK)


def test_rollback_refuses_a_slug_another_program_took(editor_client, program, editor):
    chosen = record_revision(program, user=editor)
    Program.objects.filter(pk=program.pk).update(slug="silk-road-2024")
    ProgramFactory(slug="silk-road")

    response = editor_client.post(rollback_url(program, chosen), follow=True)

    assert "another program now uses the slug “silk-road”" in response.content.decode()
    program.refresh_from_db()
    assert program.slug == "silk-road-2024"


def test_rolling_back_a_report_restores_its_gallery(editor_client, report, editor):
    chosen = record_revision(report, user=editor)
    order = list(report.gallery_items.values_list("image", "position"))
    report.gallery_items.first().delete()
    report.gallery_items.update(position=7)

    editor_client.post(rollback_url(report, chosen))

    assert list(report.gallery_items.values_list("image", "position")) == order


def test_organisers_who_may_only_view_cannot_roll_back(client, program):
    organiser = UserFactory(groups=["Organisers"])
    program.managers.add(organiser)
    chosen = record_revision(program)
    client.force_login(organiser)

    assert client.get(history_url(program)).status_code == 200
    assert client.post(rollback_url(program, chosen)).status_code == 403


def test_deleting_a_program_in_the_admin_is_audited(editor_client, editor):
    program = ProgramFactory(title_en="Old Forum")

    editor_client.post(
        reverse("admin:programs_program_delete", args=[program.pk]), {"post": "yes"}
    )

    entry = AuditEntry.objects.get(action=AuditEntry.Action.DELETED)
    assert (entry.actor, entry.object_repr) == (editor, "Old Forum")
    assert not Program.objects.filter(pk=program.pk).exists()
    # Its last state is kept, so what was deleted can still be read.
    assert Revision.objects.get(pk=entry.details["revision"]).object_repr == (
        "Old Forum"
    )


def test_deleting_reports_in_bulk_audits_each_one(editor_client, report):
    other = type(report).objects.create(
        program=report.program, slug="second-week", title_en="Second week"
    )

    editor_client.post(
        reverse("admin:programs_report_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [report.pk, other.pk],
            "post": "yes",
        },
    )

    assert not Report.objects.exists()
    assert set(
        AuditEntry.objects.filter(action=AuditEntry.Action.DELETED).values_list(
            "object_repr", flat=True
        )
    ) == {"The first week", "Second week"}


def test_rolling_back_a_program_restores_its_gallery(editor_client, program, editor):
    from tests.factories import ImageFactory

    first, second = ImageFactory(), ImageFactory()
    program.gallery_items.create(image=first, position=1)
    program.gallery_items.create(image=second, position=2)
    chosen = record_revision(program, user=editor)
    program.gallery_items.filter(image=first).delete()
    program.gallery_items.filter(image=second).update(position=1)

    editor_client.post(rollback_url(program, chosen))

    assert list(
        program.gallery_items.order_by("position").values_list("image", "position")
    ) == [(first.pk, 1), (second.pk, 2)]
