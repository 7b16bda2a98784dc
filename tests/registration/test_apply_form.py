"""The public application form: open window, double opt-in, spam defences."""

import datetime

import pytest
from django.utils import timezone

from programs.models import Participant, Registration
from tests.factories import ProgramFactory

from .conftest import public_application

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]


def apply_url(program, language="en"):
    return f"/{language}/programs/{program.slug}/apply/"


def form_data(**overrides):
    return {
        "given_name": "Aigerim",
        "family_name": "Nurlanova",
        "email": "aigerim@example.org",
        "organisation": "Astana Daily",
        "country": "KZ",
        "category": "journalist",
        "preferred_language": "kk",
        "motivation": "I write about the Silk Road.",
        "public_listing_consent": "on",
        "privacy_accepted": "on",
        "website": "",
        **overrides,
    }


@pytest.fixture
def post(client, committed):
    def send(program, **overrides):
        return committed(client.post, apply_url(program), form_data(**overrides))

    return send


def test_the_form_asks_for_everything_the_application_needs(client, program):
    response = client.get(apply_url(program))

    assert response.status_code == 200
    html = response.content.decode()
    for name in (
        "given_name",
        "family_name",
        "email",
        "organisation",
        "country",
        "category",
        "preferred_language",
        "motivation",
        "public_listing_consent",
        "privacy_accepted",
    ):
        assert f'name="{name}"' in html
    assert "Privacy notice" in html
    assert 'name="robots" content="noindex"' in html


def test_the_form_page_is_never_cached(client, program):
    response = client.get(apply_url(program))

    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_renders_in_every_language(client, program, language):
    response = client.get(apply_url(program, language))

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_the_form_page_costs_one_query(client, program, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get(apply_url(program))


def test_an_application_is_kept_unverified_and_the_applicant_told_to_check_email(
    client, program, post, mailoutbox
):
    response = post(program)

    assert response.status_code == 302
    assert response["Location"] == f"/en/programs/{program.slug}/apply/sent/"
    created = Registration.objects.get()
    assert created.status == Registration.Status.APPLIED
    assert created.awaiting_verification
    assert created.source == Registration.Source.PUBLIC_FORM
    assert created.organisation_name == "Astana Daily"
    person = created.participant
    assert (person.given_name, person.preferred_language) == ("Aigerim", "kk")
    assert person.public_listing_consent
    (message,) = mailoutbox
    assert message.to == ["aigerim@example.org"]
    assert f"/kk/registrations/{created.token}/" in message.body
    sent_page = client.get(response["Location"])
    assert "Check your email" in sent_page.content.decode()


def test_missing_fields_are_named_and_nothing_is_kept(client, program, post):
    response = post(program, given_name="", email="not-an-address")

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"given_name", "email"}
    assert "Enter a valid email address." in response.content.decode()
    assert not Registration.objects.exists()
    assert not Participant.objects.exists()


def test_the_privacy_agreement_is_required(program, post):
    response = post(program, privacy_accepted="")

    assert response.status_code == 400
    assert "Please agree to the privacy notice" in response.content.decode()
    assert not Registration.objects.exists()


def test_errors_are_shown_in_the_visitors_language(client, program, committed):
    response = committed(
        client.post, apply_url(program, "fr"), form_data(given_name="")
    )

    assert response.status_code == 400
    assert "Ce champ est obligatoire." in response.content.decode()


def test_a_second_application_with_the_same_email_gets_a_clear_message(program, post):
    public_application(program, email="aigerim@example.org")

    response = post(program, email="AIGERIM@example.org")

    assert response.status_code == 400
    assert "already exists for this program" in response.content.decode()
    assert Registration.objects.count() == 1


def test_a_filled_honeypot_is_refused_with_a_message(program, post, mailoutbox):
    response = post(program, website="http://spam.example")

    assert response.status_code == 400
    assert "Leave this field empty" in response.content.decode()
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_too_many_applications_from_one_address_are_refused(program, post, settings):
    settings.APPLICATION_RATE_LIMIT = 2
    post(program, email="one@example.org")
    post(program, email="two@example.org")

    response = post(program, email="three@example.org")

    assert response.status_code == 429
    assert "Too many applications" in response.content.decode()
    assert Registration.objects.count() == 2


def test_the_rate_limit_counts_each_address_apart(client, program, committed, settings):
    settings.APPLICATION_RATE_LIMIT = 1
    committed(client.post, apply_url(program), form_data(email="a@example.org"))

    response = committed(
        client.post,
        apply_url(program),
        form_data(email="b@example.org"),
        REMOTE_ADDR="203.0.113.9",
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("opens", "closes"),
    [
        (None, None),
        (datetime.timedelta(days=2), datetime.timedelta(days=9)),
        (-datetime.timedelta(days=9), -datetime.timedelta(days=2)),
    ],
    ids=["never opened", "not yet open", "closed"],
)
def test_outside_the_window_a_friendly_closed_page_is_shown(client, db, opens, closes):
    now = timezone.now()
    program = ProgramFactory(
        applications_open_at=now + opens if opens is not None else None,
        applications_close_at=now + closes if closes is not None else None,
    )

    response = client.get(apply_url(program))
    posted = client.post(apply_url(program), form_data())

    assert response.status_code == 200
    assert "Applications are closed" in response.content.decode()
    assert 'name="given_name"' not in response.content.decode()
    assert "Applications are closed" in posted.content.decode()
    assert not Registration.objects.exists()


def test_a_program_that_will_open_says_when(client, db):
    opening = timezone.now() + datetime.timedelta(days=2)
    program = ProgramFactory(applications_open_at=opening)

    response = client.get(apply_url(program))

    assert "Applications open on" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_closed_page_renders_in_every_language(client, db, language):
    program = ProgramFactory()

    response = client.get(apply_url(program, language))

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_an_unpublished_program_takes_no_applications(client, db):
    draft = ProgramFactory(live=False, applications_open_at=timezone.now())

    assert client.get(apply_url(draft)).status_code == 404


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(
    client, program, committed, settings
):
    settings.APPLICATION_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    for number, address in enumerate(["198.51.100.1", "198.51.100.2"]):
        response = committed(
            client.post,
            apply_url(program),
            form_data(email=f"{number}@example.org"),
            HTTP_X_FORWARDED_FOR=address,
        )
        assert response.status_code == 302


def test_the_program_page_links_to_the_form_once_applications_are_scheduled(
    client, program
):
    html = client.get(program.get_absolute_url()).content.decode()

    assert f'href="{apply_url(program)}"' in html


def test_the_blank_form_is_drawn_once_per_language_and_never_mixes_them(
    client, program
):
    english = client.get(apply_url(program, "en")).content.decode()
    kazakh = client.get(apply_url(program, "kk")).content.decode()
    english_again = client.get(apply_url(program, "en")).content.decode()

    assert "Given name" in english and "Given name" not in kazakh
    assert 'lang="kk"' in kazakh
    assert english_again.count("Given name") == english.count("Given name")
    # Each visitor still gets a token of their own.
    assert 'name="csrfmiddlewaretoken"' in english_again


def test_a_form_sent_back_with_errors_keeps_what_the_visitor_typed(program, post):
    response = post(program, email="not-an-address", given_name="Dana")

    page = response.content.decode()
    assert response.status_code == 400
    assert 'value="Dana"' in page
    assert 'value="not-an-address"' in page
