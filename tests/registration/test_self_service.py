"""A participant's own page behind the secret link: view, verify, cancel."""

import datetime

import pytest
from django.utils import timezone

from programs.models import Registration
from tests.factories import EventFactory

from .conftest import apply, public_application

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]
Status = Registration.Status


def page(registration_, language="en", action=""):
    suffix = f"{action}/" if action else ""
    return f"/{language}/registrations/{registration_.token}/{suffix}"


def status_of(registration_):
    return Registration.objects.get(pk=registration_.pk).status


def test_the_page_shows_the_registration_and_the_calendar(client, program):
    confirmed = apply(program)

    response = client.get(page(confirmed))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your place is confirmed." in html
    assert confirmed.participant.full_name in html
    assert f"/en/programs/{program.slug}/calendar.ics" in html
    assert "Cancel my registration" in html


def test_the_page_shows_the_waitlist_position(client, program):
    apply(program), apply(program), apply(program)
    waiting = apply(program)

    html = client.get(page(waiting)).content.decode()

    assert "You are on the waitlist, at position 2." in html


def test_an_event_registration_links_the_events_calendar(client, program):
    event = EventFactory(program=program, slug="the-forum")

    html = client.get(page(apply(program, event=event))).content.decode()

    assert "/en/events/the-forum/calendar.ics" in html


def test_an_unknown_token_is_a_404(client, db):
    assert client.get("/en/registrations/no-such-token/").status_code == 404
    assert client.post("/en/registrations/no-such-token/cancel/").status_code == 404
    assert client.post("/en/registrations/no-such-token/verify/").status_code == 404


def test_the_page_is_private_and_never_cached(client, program):
    response = client.get(page(apply(program)))

    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert 'content="noindex, nofollow"' in response.content.decode()


def test_the_page_costs_one_query(client, program, django_assert_num_queries):
    confirmed = apply(program)

    with django_assert_num_queries(1):
        client.get(page(confirmed))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_renders_in_every_language(client, program, language):
    response = client.get(page(apply(program), language))

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_an_unverified_application_offers_to_confirm_it(client, program):
    pending = public_application(program)

    html = client.get(page(pending)).content.decode()

    assert "Please confirm your email address" in html
    assert f'action="{page(pending, action="verify")}"' in html


def test_confirming_the_email_takes_a_seat(client, program, committed, mailoutbox):
    pending = public_application(program)

    response = committed(client.post, page(pending, action="verify"), follow=True)

    assert status_of(pending) == Status.CONFIRMED
    assert "your email address is confirmed" in response.content.decode()
    assert "Your place is confirmed." in response.content.decode()
    assert [m.subject for m in mailoutbox] == [
        "Your place at Open Program is confirmed"
    ]


def test_following_the_link_alone_verifies_nothing(client, program):
    pending = public_application(program)

    client.get(page(pending))

    assert status_of(pending) == Status.APPLIED


def test_an_expired_link_says_so_and_offers_to_apply_again(client, program):
    pending = public_application(program)
    Registration.objects.filter(pk=pending.pk).update(
        verification_expires_at=timezone.now() - datetime.timedelta(hours=1)
    )

    shown = client.get(page(pending)).content.decode()
    verified = client.post(page(pending, action="verify"), follow=True)

    assert "was not confirmed in time" in shown
    assert f"/en/programs/{program.slug}/apply/" in shown
    assert "This link has expired" in verified.content.decode()
    assert status_of(pending) == Status.APPLIED


def test_cancelling_asks_for_confirmation_first(client, program):
    confirmed = apply(program)

    response = client.get(page(confirmed, action="cancel"))

    assert response.status_code == 200
    assert "Cancel your registration?" in response.content.decode()
    assert status_of(confirmed) == Status.CONFIRMED


def test_confirming_the_cancellation_cancels_and_promotes(
    client, program, committed, mailoutbox
):
    leaving = apply(program)
    apply(program)
    waiting = apply(program)

    response = committed(client.post, page(leaving, action="cancel"), follow=True)

    assert status_of(leaving) == Status.CANCELLED
    assert status_of(waiting) == Status.CONFIRMED
    assert "Your registration is cancelled." in response.content.decode()
    assert "Cancel my registration" not in response.content.decode()
    assert len(mailoutbox) == 2


def test_cancelling_needs_the_csrf_token(program):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    confirmed = apply(program)

    response = strict.post(page(confirmed, action="cancel"))

    assert response.status_code == 403
    assert status_of(confirmed) == Status.CONFIRMED


def test_a_cancelled_registration_cannot_be_cancelled_again(client, program):
    cancelled = apply(program)
    client.post(page(cancelled, action="cancel"))

    again = client.post(page(cancelled, action="cancel"), follow=True)

    assert "already “Cancelled”" in again.content.decode()
    assert client.get(page(cancelled, action="cancel")).status_code == 302
