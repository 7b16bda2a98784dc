"""Organisers work on their own programs' people; contact details stay theirs."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from programs.models import Participant, Registration
from programs.services import access
from tests.factories import (
    EventFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PARTICIPANTS = reverse("admin:programs_participant_changelist")
AUTOCOMPLETE = reverse("admin:autocomplete")


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser", groups=["Organisers"])


@pytest.fixture
def own_program(organiser):
    return ProgramFactory(title_en="Own Program", managers=[organiser])


@pytest.fixture
def other_program(db):
    return ProgramFactory(title_en="Other Program")


def also_editor(user) -> None:
    user.groups.add(Group.objects.get(name=settings.EDITORS_GROUP))


def registered(program, **participant_fields):
    participant = ParticipantFactory(**participant_fields)
    RegistrationFactory(participant=participant, program=program)
    return participant


def found(response) -> set[str]:
    return {p.given_name for p in response.context["cl"].result_list}


def test_editor_cannot_find_a_participant_by_email(admin_client_for, other_program):
    registered(other_program, given_name="Aigerim", email="aigerim@example.org")
    client = admin_client_for(UserFactory(groups=["Editors"]))

    response = client.get(PARTICIPANTS, {"q": "aigerim@example"})

    assert found(response) == set()


def test_editor_finds_a_participant_by_name(admin_client_for, other_program):
    registered(other_program, given_name="Aigerim")
    client = admin_client_for(UserFactory(groups=["Editors"]))

    response = client.get(PARTICIPANTS, {"q": "Aigerim"})

    assert found(response) == {"Aigerim"}


def test_editor_organiser_finds_by_email_only_their_own_participants(
    admin_client_for, own_program, other_program, organiser
):
    also_editor(organiser)
    registered(own_program, given_name="Dana", email="dana@example.org")
    registered(other_program, given_name="Erlan", email="erlan@example.org")
    client = admin_client_for(organiser)

    assert found(client.get(PARTICIPANTS, {"q": "dana@example"})) == {"Dana"}
    assert found(client.get(PARTICIPANTS, {"q": "erlan@example"})) == set()
    assert found(client.get(PARTICIPANTS, {"q": "Erlan"})) == {"Erlan"}


def test_editor_organiser_sees_contact_columns_only_for_their_own_participants(
    admin_client_for, own_program, other_program, organiser
):
    also_editor(organiser)
    registered(own_program, email="dana@example.org", phone="+7 701 000 0001")
    registered(other_program, email="erlan@example.org", phone="+7 701 000 0002")

    html = admin_client_for(organiser).get(PARTICIPANTS).content.decode()

    assert "dana@example.org" in html and "+7 701 000 0001" in html
    assert "erlan@example.org" not in html and "+7 701 000 0002" not in html


def test_editor_organiser_cannot_change_another_programs_participant(
    admin_client_for, other_program, organiser
):
    also_editor(organiser)
    participant = registered(other_program, given_name="Erlan")
    url = reverse("admin:programs_participant_change", args=[participant.pk])

    response = admin_client_for(organiser).post(
        url, {"given_name": "Changed", "category": "other"}
    )

    assert response.status_code == 403
    assert Participant.objects.get(pk=participant.pk).given_name == "Erlan"


def test_autocomplete_labels_carry_no_contact_details(superuser_client, own_program):
    registered(own_program, given_name="Dana", email="dana@example.org")

    response = superuser_client.get(
        AUTOCOMPLETE,
        {
            "app_label": "programs",
            "model_name": "presscoverage",
            "field_name": "journalist",
            "term": "Dana",
        },
    )

    texts = [result["text"] for result in response.json()["results"]]
    assert len(texts) == 1
    assert "@" not in texts[0] and "Dana" in texts[0]


def test_organiser_adds_a_participant_registered_for_their_program(
    admin_client_for, organiser, own_program
):
    client = admin_client_for(organiser)

    response = client.post(
        reverse("admin:programs_participant_add"),
        {
            "given_name": "Saule",
            "category": "journalist",
            "preferred_language": "kk",
            "email": "saule@example.org",
            "register_for": str(own_program.pk),
        },
    )

    assert response.status_code == 302
    participant = Participant.objects.get(given_name="Saule")
    registration = participant.registrations.get()
    assert registration.program == own_program
    # Entered by an organiser, so verified: confirmed while seats remain.
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.source == Registration.Source.ORGANISER
    assert found(client.get(PARTICIPANTS)) == {"Saule"}


def test_organiser_must_choose_one_of_their_programs_for_a_new_participant(
    admin_client_for, organiser, own_program, other_program
):
    response = admin_client_for(organiser).post(
        reverse("admin:programs_participant_add"),
        {
            "given_name": "Saule",
            "category": "journalist",
            "preferred_language": "kk",
            "register_for": str(other_program.pk),
        },
    )

    assert response.status_code == 200
    assert "register_for" in response.context["adminform"].form.errors
    assert not Participant.objects.exists()


def test_registration_form_offers_only_the_organisers_programs_and_events(
    admin_client_for, organiser, own_program, other_program
):
    EventFactory(program=own_program, title_en="Own Forum")
    EventFactory(program=other_program, title_en="Other Forum")

    response = admin_client_for(organiser).get(
        reverse("admin:programs_registration_add")
    )

    form = response.context["adminform"].form
    assert list(form.fields["program"].queryset) == [own_program]
    assert [e.title_en for e in form.fields["event"].queryset] == ["Own Forum"]


def test_organiser_cannot_register_someone_for_another_program(
    admin_client_for, organiser, own_program, other_program
):
    participant = registered(own_program)

    response = admin_client_for(organiser).post(
        reverse("admin:programs_registration_add"),
        {
            "participant": str(participant.pk),
            "program": str(other_program.pk),
            "status": "confirmed",
            "source": "organiser",
        },
    )

    assert response.status_code == 200
    assert "program" in response.context["adminform"].form.errors
    assert not Registration.objects.filter(program=other_program).exists()


def test_organisers_get_no_publishing_actions_on_events(
    admin_client_for, organiser, own_program
):
    EventFactory(program=own_program)

    response = admin_client_for(organiser).get(
        reverse("admin:programs_event_changelist")
    )

    assert response.status_code == 200
    assert 'value="publish_selected"' not in response.content.decode()


def test_organiser_sees_only_their_programs_events(
    admin_client_for, organiser, own_program, other_program
):
    EventFactory(program=own_program, title_en="Own Forum")
    EventFactory(program=other_program, title_en="Other Forum")

    response = admin_client_for(organiser).get(
        reverse("admin:programs_event_changelist")
    )

    assert [e.title_en for e in response.context["cl"].result_list] == ["Own Forum"]


def test_editors_choose_managers_among_organiser_accounts(admin_client_for, organiser):
    UserFactory(username="visitor_account")
    client = admin_client_for(UserFactory(username="ed", groups=["Editors"]))

    response = client.get(
        AUTOCOMPLETE,
        {"app_label": "programs", "model_name": "program", "field_name": "managers"},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["organiser"]


def test_editors_still_cannot_open_the_user_admin(admin_client_for):
    client = admin_client_for(UserFactory(groups=["Editors"]))

    response = client.get(reverse("admin:auth_user_changelist"))

    assert response.status_code == 403


def test_contact_details_of_a_program_are_for_its_managers(
    organiser, own_program, other_program
):
    editor = UserFactory(groups=["Editors"])

    assert access.can_see_contact_details(organiser, own_program)
    assert not access.can_see_contact_details(organiser, other_program)
    assert not access.can_see_contact_details(editor, own_program)
