"""An applicant applies, confirms from the emailed link, and later cancels."""

import re

import pytest
from playwright.sync_api import expect

from programs.models import Registration

from .application_form import send_application

pytestmark = pytest.mark.browser

ADDRESS = "mira.applicant@example.org"
SELF_SERVICE_LINK = re.compile(r"https?://\S+/registrations/[\w-]+/")


def test_applicant_confirms_by_the_emailed_link_and_then_cancels(
    page, live_server, showcase, mailoutbox, settings
):
    # The server runs in this process: its emails land in this outbox, and
    # their links must point at it.
    settings.SITE_URL = live_server.url
    page.goto(live_server.url + showcase.program.get_absolute_url())
    # The call to apply is in the hero and, with the deadline, beside the text.
    apply = page.get_by_role("link", name="Apply to take part")
    expect(apply).to_have_count(2)
    page.get_by_role("complementary").get_by_role(
        "link", name="Apply to take part"
    ).click()

    send_application(
        page,
        given_name="Mira",
        family_name="Applicant",
        email=ADDRESS,
        category="journalist",
    )

    (email,) = [message for message in mailoutbox if message.to == [ADDRESS]]
    page.goto(SELF_SERVICE_LINK.search(email.body).group())
    status = page.locator(".registration-status")
    expect(status).to_contain_text("Please confirm your email address")
    page.get_by_role("button", name="Confirm my application").click()

    expect(page.get_by_role("status")).to_have_text(
        "Thank you: your email address is confirmed."
    )
    expect(status).to_have_text("Your place is confirmed.")
    page.get_by_role("link", name="Cancel my registration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Cancel your registration?"
    )
    page.get_by_role("button", name="Yes, cancel my registration").click()

    expect(page.get_by_role("status")).to_have_text("Your registration is cancelled.")
    expect(status).to_have_text("This registration is cancelled.")
    expect(page.get_by_role("link", name="Cancel my registration")).to_have_count(0)
    registration = Registration.objects.get(participant__email=ADDRESS)
    assert registration.status == Registration.Status.CANCELLED
    assert [message.subject for message in mailoutbox if message.to == [ADDRESS]] == [
        f"Please confirm your application to {showcase.program.title_en}",
        f"Your place at {showcase.program.title_en} is confirmed",
        f"Your registration for {showcase.program.title_en} is cancelled",
    ]
