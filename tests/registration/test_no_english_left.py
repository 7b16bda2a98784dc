"""The application pages, self-service pages and emails keep no English in
Kazakh or Chinese (the check of tests/i18n/test_no_english_left.py)."""

import re

import pytest

from programs.services.emails import SUBJECTS, build_registration_email
from tests.factories import ParticipantFactory, ProgramFactory
from tests.i18n.test_no_english_left import (
    english_interface_strings,
    english_left,
    readable_text,
)

from .conftest import apply, public_application

LANGUAGES = ["kk", "zh-hans"]
# The self-service address itself holds "registrations", which is no sentence.
ADDRESS = re.compile(r"https?://\S+")


def english_in(text: str) -> list[str]:
    text = ADDRESS.sub(" ", text)
    return [
        msgid for msgid, pattern in english_interface_strings() if pattern.search(text)
    ]


@pytest.fixture
def pages(program):
    # Names of our own: a random one can be an English word ("Fields").
    confirmed = apply(
        program, ParticipantFactory(given_name="Aliya", family_name="Serikova")
    )
    apply(program)  # the last seat
    waiting = apply(
        program, ParticipantFactory(given_name="Bolat", family_name="Nurlanov")
    )
    pending = public_application(program, given_name="Dana")
    closed = ProgramFactory(slug="closed", title_kk="Жабық", title_zh_hans="已关闭")
    return {
        "apply": f"/{{lang}}/programs/{program.slug}/apply/",
        "closed": f"/{{lang}}/programs/{closed.slug}/apply/",
        "sent": f"/{{lang}}/programs/{program.slug}/apply/sent/",
        "confirmed": f"/{{lang}}/registrations/{confirmed.token}/",
        "waitlisted": f"/{{lang}}/registrations/{waiting.token}/",
        "unverified": f"/{{lang}}/registrations/{pending.token}/",
        "cancel": f"/{{lang}}/registrations/{confirmed.token}/cancel/",
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "page",
    ["apply", "closed", "sent", "confirmed", "waitlisted", "unverified", "cancel"],
)
def test_page_shows_no_english(client, pages, page, language):
    response = client.get(pages[page].format(lang=language))

    assert english_left(response, language) == []


def test_form_errors_show_no_english(client, program):
    response = client.post(f"/kk/programs/{program.slug}/apply/", {"website": ""})

    assert response.status_code == 400
    assert english_in(readable_text(response.content.decode(), "kk")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_emails_show_no_english(program, language):
    person = ParticipantFactory(given_name="Aliya", preferred_language=language)
    made = apply(program, person, notify=False)
    for kind in SUBJECTS:
        message = build_registration_email(made, kind, by_participant=False)
        html = message.alternatives[0][0]
        text = " ".join([message.subject, message.body, readable_text(html, language)])
        assert english_in(text) == [], kind
