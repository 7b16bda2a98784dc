"""Emails go out after commit, in the participant's language, as text and HTML."""

import pytest
from django.db import transaction

from programs.services import registration
from tests.factories import ParticipantFactory

from .conftest import apply, public_application


def only_email(mailoutbox, address):
    sent = [message for message in mailoutbox if message.to == [address]]
    assert len(sent) == 1, [m.subject for m in mailoutbox]
    return sent[0]


def html_of(message) -> str:
    (html, mimetype), *_rest = message.alternatives
    assert mimetype == "text/html"
    return html


def test_the_verification_email_links_to_the_self_service_page(
    program, committed, mailoutbox, settings
):
    settings.SITE_URL = "https://caravan.example"

    pending = committed(public_application, program, email="dana@example.org")

    message = only_email(mailoutbox, "dana@example.org")
    link = f"https://caravan.example/en/registrations/{pending.token}/"
    assert message.subject == "Please confirm your application to Open Program"
    assert link in message.body
    assert f'href="{link}"' in html_of(message)
    assert "Confirm my application" in html_of(message)


def test_a_confirmed_applicant_is_told_in_their_language(
    program, committed, mailoutbox
):
    person = ParticipantFactory(email="marie@example.org", preferred_language="fr")

    committed(apply, program, person)

    message = only_email(mailoutbox, "marie@example.org")
    assert "Programme ouvert" in message.subject
    assert "/fr/registrations/" in message.body
    assert 'lang="fr"' in html_of(message)


def test_a_waitlisted_applicant_learns_their_position(program, committed, mailoutbox):
    apply(program), apply(program)
    person = ParticipantFactory(email="ivan@example.org", preferred_language="ru")

    committed(apply, program, person)

    message = only_email(mailoutbox, "ivan@example.org")
    assert "Открытая программа" in message.subject
    assert "1" in message.body
    assert "/ru/registrations/" in message.body


def test_cancelling_emails_the_person_and_the_promoted(program, committed, mailoutbox):
    leaving = apply(program, ParticipantFactory(email="leaving@example.org"))
    apply(program)
    waiting = ParticipantFactory(email="waiting@example.org", preferred_language="fr")
    apply(program, waiting)

    committed(registration.cancel, leaving, by_participant=True)

    cancelled = only_email(mailoutbox, "leaving@example.org")
    promoted = only_email(mailoutbox, "waiting@example.org")
    assert "cancelled" in cancelled.subject
    assert "As you asked" in cancelled.body
    assert "Programme ouvert" in promoted.subject
    assert "/fr/registrations/" in promoted.body


def test_an_organisers_cancellation_says_who_cancelled(program, committed, mailoutbox):
    leaving = apply(program, ParticipantFactory(email="leaving@example.org"))

    committed(registration.cancel, leaving)

    assert (
        "The organisers have cancelled"
        in only_email(mailoutbox, "leaving@example.org").body
    )


def test_declining_emails_the_person(program, committed, mailoutbox):
    person = apply(program, ParticipantFactory(email="no@example.org"))

    committed(registration.decline, person)

    message = only_email(mailoutbox, "no@example.org")
    assert message.subject == "Your application to Open Program"
    assert "could not accept" in message.body


def test_raising_the_capacity_emails_those_promoted(program, committed, mailoutbox):
    apply(program), apply(program)
    apply(program, ParticipantFactory(email="next@example.org"))

    committed(registration.set_capacity, program, 3)

    assert "has opened" in only_email(mailoutbox, "next@example.org").subject


def test_marking_attendance_sends_nothing(program, committed, mailoutbox):
    person = apply(program)

    committed(registration.mark_attended, person)

    assert mailoutbox == []


def test_no_email_leaves_when_the_transaction_rolls_back(
    program, committed, mailoutbox
):
    def apply_then_fail():
        with transaction.atomic():
            apply(program, ParticipantFactory(email="ghost@example.org"))
            raise RuntimeError("something later failed")

    with pytest.raises(RuntimeError):
        committed(apply_then_fail)

    assert mailoutbox == []


def test_notify_false_sends_nothing(program, committed, mailoutbox):
    committed(apply, program, notify=False)

    assert mailoutbox == []


@pytest.mark.parametrize("language", ["en", "fr", "ru", "kk", "zh-hans"])
def test_every_email_renders_in_every_language(program, committed, language):
    from programs.services.emails import SUBJECTS, build_registration_email

    person = ParticipantFactory(preferred_language=language)
    made = apply(program, person, notify=False)

    for kind in SUBJECTS:
        message = build_registration_email(made, kind, by_participant=True)
        assert message.body.strip()
        assert f'lang="{language}"' in html_of(message)
