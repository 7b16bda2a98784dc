"""Publishing leaves an audit trail that editors can read and nobody can edit."""

import pytest

from programs.models import AuditEntry
from programs.services.publishing import publish, unpublish
from tests.factories import ProgramFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_publishing_and_unpublishing_are_recorded_with_who_and_what():
    editor = UserFactory(groups=["Editors"])
    program = ProgramFactory(live=False, title_en="Silk Road Days")

    publish(program, user=editor)
    unpublish(program, user=editor)

    entries = list(AuditEntry.objects.order_by("pk"))
    assert [(e.action, e.actor, e.object_repr) for e in entries] == [
        ("published", editor, "Silk Road Days"),
        ("unpublished", editor, "Silk Road Days"),
    ]


def test_an_action_by_the_system_has_no_actor():
    publish(ProgramFactory(live=False))

    assert AuditEntry.objects.get().actor is None


def test_editors_can_read_the_audit_log_but_not_change_it(client):
    editor = UserFactory(groups=["Editors"])
    publish(ProgramFactory(live=False, title_en="Silk Road Days"), user=editor)
    entry = AuditEntry.objects.get()
    client.force_login(editor)

    listing = client.get("/admin/programs/auditentry/")
    detail = client.get(f"/admin/programs/auditentry/{entry.pk}/change/")
    tampering = client.post(
        f"/admin/programs/auditentry/{entry.pk}/change/", {"action": "deleted"}
    )

    assert listing.status_code == 200 and "Silk Road Days" in listing.content.decode()
    assert detail.status_code == 200
    assert 'name="action"' not in detail.content.decode()
    assert tampering.status_code == 403
    assert (
        client.get(f"/admin/programs/auditentry/{entry.pk}/delete/").status_code == 403
    )
    assert client.get("/admin/programs/auditentry/add/").status_code == 403
    assert AuditEntry.objects.get().action == "published"


def test_organisers_cannot_read_the_audit_log(client):
    client.force_login(UserFactory(groups=["Organisers"]))

    assert client.get("/admin/programs/auditentry/").status_code == 403
