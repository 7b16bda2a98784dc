"""Admin headings in sentence case, and the registrations list's columns."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.formats import date_format

from programs.models import Registration
from programs.templatetags.admin_text import heading
from tests.factories import (
    ProgramFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("бағдарлама өзгерту", "Бағдарлама өзгерту"),
        ("іс-шара қосу", "Іс-шара қосу"),
        ("«тіркелу» қосу", "«Тіркелу» қосу"),
        (" par statut ", " Par statut "),
        ("修改项目", "修改项目"),
        ("3 attempts left", "3 attempts left"),
        ("Change program", "Change program"),
        ("", ""),
    ],
)
def test_a_heading_starts_with_a_capital_where_the_script_has_one(text, shown):
    assert heading(text) == shown


@pytest.fixture
def superuser_client():
    def sign_in(language: str) -> Client:
        client = Client(headers={"accept-language": language})
        client.force_login(UserFactory(username=f"boss-{language}", is_superuser=True))
        return client

    return sign_in


def h1_and_title(html: str) -> tuple[str, str]:
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1).strip()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    return h1, title


def test_kazakh_change_form_heading_and_title_start_with_a_capital(superuser_client):
    program = ProgramFactory(title_kk="Жібек жолы")

    response = superuser_client("kk").get(
        f"/admin/programs/program/{program.pk}/change/"
    )

    h1, title = h1_and_title(response.content.decode())
    assert h1 == "Бағдарлама өзгерту"
    assert title.startswith("Жібек жолы | Бағдарлама өзгерту | ")


def test_kazakh_add_form_heading_breadcrumb_and_button_start_with_a_capital(
    superuser_client,
):
    client = superuser_client("kk")

    add_form = client.get("/admin/programs/event/add/").content.decode()
    changelist = client.get("/admin/programs/event/").content.decode()

    assert h1_and_title(add_form)[0] == "Іс-шара қосу"
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', add_form, re.S)
    assert crumbs.group(1).split("&rsaquo;")[-1].strip() == "Іс-шара қосу"
    assert re.search(r'class="addlink">\s*Іс-шара қосу\s*</a>', changelist)


def test_kazakh_list_filter_headings_say_by_and_start_with_a_capital(
    superuser_client,
):
    html = superuser_client("kk").get("/admin/programs/registration/").content
    summaries = re.findall(r"<summary>\s*(.*?)\s*</summary>", html.decode(), re.S)

    assert "Күйі бойынша" in summaries
    assert all(text[0].isupper() for text in summaries)


def test_chinese_headings_keep_no_spaces_between_words(superuser_client):
    html = superuser_client("zh-hans").get("/admin/programs/registration/")

    assert h1_and_title(html.content.decode())[0] == "选择要修改的报名"


MOMENT = datetime.datetime(2026, 12, 2, 13, 7, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "2 Dec 2026, 13:07"),
        ("fr", "02/12/2026 13:07"),
        ("ru", "02.12.2026 13:07"),
        ("kk", "02.12.2026 13:07"),
        ("zh-hans", "2026-12-02 13:07"),
    ],
)
def test_short_date_and_time_are_compact_and_written_as_each_language_does(
    language, shown
):
    with translation.override(language):
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == shown


@pytest.fixture
def organiser_list():
    organiser = UserFactory(username="lists-organiser", groups=["Organisers"])
    program = ProgramFactory(managers=[organiser])
    RegistrationFactory(
        program=program,
        status=Registration.Status.WAITLISTED,
        waitlist_position=3,
        source=Registration.Source.ORGANISER,
    )
    Registration.objects.update(applied_at=MOMENT)

    def shown_in(language: str) -> str:
        client = Client(headers={"accept-language": language})
        client.force_login(organiser)
        return client.get("/admin/programs/registration/").content.decode()

    return shown_in


def test_registration_status_is_a_badge_with_its_waitlist_place(organiser_list):
    html = organiser_list("zh-hans")

    assert (
        '<span class="caravan-badge caravan-badge-waitlisted" title="候补中">'
        '候补</span> <span class="caravan-label">第3位</span>'
    ) in html


def test_registration_source_is_short_and_the_date_compact(
    organiser_list,
):
    html = organiser_list("kk")

    assert (
        '<span class="caravan-label" title="Ұйымдастырушы енгізген">'
        "Ұйымдастырушы</span>"
    ) in html
    assert "<span>02.12.2026</span> <span>13:07</span>" in html
    assert 'datetime="2026-12-02T13:07+00:00"' in html
