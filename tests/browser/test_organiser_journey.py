"""An organiser works with the people of their own program, and no one else's."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.factories import (
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    UserFactory,
)

from .accounts import sign_in

pytestmark = pytest.mark.browser

OWN_PEOPLE = [("Aliya", "Nurlanova"), ("Chen", "Jing")]
OTHER_PEOPLE = [("Boris", "Strangerov")]


@pytest.fixture
def organiser(staff_roles):
    """An organiser who manages one program; another program has its own people."""
    user = UserFactory(username="organiser", groups=[settings.ORGANISERS_GROUP])
    programs = {
        "own": ProgramFactory(title_en="Own Caravan", managers=[user]),
        "other": ProgramFactory(title_en="Other Caravan"),
    }
    for key, people in (("own", OWN_PEOPLE), ("other", OTHER_PEOPLE)):
        for given_name, family_name in people:
            RegistrationFactory(
                program=programs[key],
                participant=ParticipantFactory(
                    given_name=given_name, family_name=family_name
                ),
            )
    return user


def test_organiser_sees_only_their_programs_participants_and_registrations(
    page, live_server, organiser
):
    sign_in(page, live_server.url, organiser.username)

    for changelist in ("participant", "registration"):
        page.goto(f"{live_server.url}/admin/programs/{changelist}/")
        results = page.locator("#result_list")
        for given_name, family_name in OWN_PEOPLE:
            expect(results).to_contain_text(f"{given_name} {family_name}")
        for given_name, _family_name in OTHER_PEOPLE:
            expect(page.get_by_text(given_name)).to_have_count(0)
        expect(results.locator("tbody tr")).to_have_count(len(OWN_PEOPLE))


def test_organiser_exports_only_their_programs_registrations(
    page, live_server, organiser
):
    sign_in(page, live_server.url, organiser.username)
    page.goto(f"{live_server.url}/admin/programs/registration/")

    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()

    assert download.value.suggested_filename.endswith(".csv")
    exported = download.value.path().read_text(encoding="utf-8-sig")
    for given_name, family_name in OWN_PEOPLE:
        assert f"{given_name},{family_name}," in exported
    for given_name, _family_name in OTHER_PEOPLE:
        assert given_name not in exported
