"""Organisers' lists and pages fit the screen in every language.

An organiser of two programs (long titles in five languages, people in every
status and from every source) opens the registrations and participants
lists, the overview, check-in, import, the logistics board and the add form
in English, French, Russian, Kazakh and Chinese, on a laptop beside the open
sidebar (1366 px) and on a phone (390 px). Nothing may be cut, no status or
source label may wrap, the page may never be wider than the screen, and
headings start with a capital where the script has one. Pictures of the
Kazakh and Chinese pages are kept in ``test-artifacts/``.
"""

import pytest
from django.conf import settings
from django.urls import reverse

from programs.models import Registration
from programs.services.preferences import set_admin_language
from tests.factories import (
    OrganisationFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

from .accessibility import blocking_violations, describe
from .accounts import sign_in
from .conftest import ARTIFACTS, SCREENS

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]
PHOTOGRAPHED = {"kk", "zh-hans"}
# axe-core reads these (the theme's colours are the same in every language).
AXE_LANGUAGES = {"en", "kk", "zh-hans"}
THEME_RULES = {"color-contrast", "link-in-text-block"}
WIDTHS = {"laptop": 1366, "phone": SCREENS["phone"]["width"]}
Status, Source = Registration.Status, Registration.Source
PEOPLE = [
    ("Aliya", "Nurlanova", "Әлия Нұрланова", Status.CONFIRMED, Source.ORGANISER),
    ("Chen", "Jing", "陈静", Status.WAITLISTED, Source.PUBLIC_FORM),
    ("Dauren", "Abenov", "Дәурен Әбенов", Status.APPLIED, Source.PUBLIC_FORM),
    ("Marie", "Lefèvre", "", Status.DECLINED, Source.IMPORT),
    ("Wang", "Fang", "王芳", Status.CANCELLED, Source.IMPORT),
    ("Yerlan", "Sadykov", "Ерлан Садықов", Status.ATTENDED, Source.ORGANISER),
]

# What a person would see as wrong on the page, measured in the browser.
MEASURE = """() => {
  const page = document.documentElement;
  const found = {pageWiderBy: Math.max(0, page.scrollWidth - window.innerWidth)};
  const table = document.querySelector('#result_list');
  if (table) {
    found.tableWiderBy = Math.max(0, Math.round(
      table.getBoundingClientRect().width - table.parentElement.clientWidth));
    found.cutCells = [...table.querySelectorAll('td, th')]
      .filter(cell => cell.scrollWidth > cell.clientWidth)
      .map(cell => cell.className + ': ' + cell.textContent.trim());
  }
  found.wrappedLabels = [...document.querySelectorAll('.caravan-badge, .caravan-label')]
    .filter(label => {
      const lines = label.getClientRects();
      const size = parseFloat(getComputedStyle(label).fontSize);
      return lines.length !== 1 || lines[0].height >= 2 * size;
    })
    .map(label => label.textContent);
  found.labels = document.querySelectorAll('.caravan-badge').length;
  const heading = document.querySelector('#content h1');
  found.heading = heading ? heading.textContent.trim() : '';
  return found;
}"""


@pytest.fixture
def organiser(staff_roles, showcase):
    """The organiser of the showcase's two programs, with people in every
    status and from every source, one waitlisted, one for an event."""
    user = UserFactory(username="organiser", groups=[settings.ORGANISERS_GROUP])
    for program in (showcase.program, showcase.later_program):
        program.managers.add(user)
    outlet = OrganisationFactory(
        name_en="Almaty Youth Cultural Initiatives Association",
        name_ru="Ассоциация молодёжных культурных инициатив Алматы",
        name_kk="Алматы жастар мәдени бастамалары қауымдастығы",
        name_zh_hans="阿拉木图青年文化倡议协会",
    )
    for index, (given, family, native, status, source) in enumerate(PEOPLE):
        RegistrationFactory(
            program=showcase.program if index % 2 else showcase.later_program,
            event=showcase.event if index == 1 else None,
            participant=ParticipantFactory(
                given_name=given,
                family_name=family,
                native_name=native,
                organisation=outlet,
                email=f"{given.lower()}.{family.lower()}@delegation.example.org",
            ),
            status=status,
            waitlist_position=1 if status == Status.WAITLISTED else None,
            source=source,
        )
    return user


def organiser_pages(showcase) -> dict[str, str]:
    program = showcase.program.pk
    return {
        "registrations": reverse("admin:programs_registration_changelist"),
        "participants": reverse("admin:programs_participant_changelist"),
        "overview": reverse("admin:programs_registration_overview", args=[program]),
        "check-in": reverse("admin:programs_registration_check_in", args=[program]),
        "import": reverse("admin:programs_registration_import", args=[program]),
        "logistics": reverse("admin:programs_registration_logistics", args=[program]),
        "add-registration": reverse("admin:programs_registration_add"),
    }


def starts_with_a_capital(text: str) -> bool:
    first = next((character for character in text if character.isalpha()), "")
    return first == first.upper() != first.lower()


@pytest.mark.parametrize("width", WIDTHS)
def test_organiser_lists_and_pages_fit_in_every_language(
    browser, live_server, showcase, organiser, width
):
    screen = {"width": WIDTHS[width], "height": 900}
    # bypass_csp lets the check inject axe-core whatever the site's policy.
    context = browser.new_context(viewport=screen, bypass_csp=True)
    page = context.new_page()
    sign_in(page, live_server.url, organiser.username)
    problems = []
    for language in LANGUAGES:
        set_admin_language(organiser, language)
        for name, path in organiser_pages(showcase).items():
            response = page.goto(live_server.url + path)
            assert response.status == 200, f"{name} in {language}"
            found = page.evaluate(MEASURE)
            where = f"{name}, {language}, {WIDTHS[width]} px"
            if found["pageWiderBy"]:
                problems.append(f"{where}: page {found['pageWiderBy']} px too wide")
            if found.get("cutCells"):
                problems.append(f"{where}: cut cells {found['cutCells']}")
            if width == "laptop" and found.get("tableWiderBy", 0) > 1:
                problems.append(f"{where}: list {found['tableWiderBy']} px too wide")
            if found["wrappedLabels"]:
                problems.append(f"{where}: labels wrap {found['wrappedLabels']}")
            if language != "zh-hans" and not starts_with_a_capital(found["heading"]):
                problems.append(f"{where}: heading {found['heading']!r}")
            if language in AXE_LANGUAGES and (violations := blocking_violations(page)):
                problems.append(f"{where}: {describe(violations)}")
            if name == "registrations":
                # Every registration's status shows as a badge.
                assert found["labels"] == Registration.objects.count(), where
            if language in PHOTOGRAPHED:
                ARTIFACTS.mkdir(exist_ok=True)
                page.screenshot(
                    path=ARTIFACTS / f"organiser-{name}-{language}-{width}.png",
                    full_page=True,
                )
    context.close()

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_the_themed_admin_has_no_serious_accessibility_violations(
    browser, live_server, showcase, organiser, color_scheme
):
    """The theme's colours in light and dark mode, on a superuser's screens."""
    admin = UserFactory(username="admin", is_superuser=True)
    set_admin_language(admin, "kk")
    context = browser.new_context(
        viewport={"width": 1366, "height": 900},
        color_scheme=color_scheme,
        bypass_csp=True,
    )
    page = context.new_page()
    sign_in(page, live_server.url, admin.username)
    pages = {
        "index": reverse("admin:index"),
        "program-form": reverse(
            "admin:programs_program_change", args=[showcase.program.pk]
        ),
        "registrations": reverse("admin:programs_registration_changelist"),
        "sign-in-attempts": reverse("admin:axes_accessattempt_changelist"),
    }
    problems = []
    for name, path in pages.items():
        page.goto(live_server.url + path)
        violations = blocking_violations(page)
        if name == "program-form":
            # The theme's part of the form; its split date and time inputs
            # (Django's widget) and the rich-text area (django-prose-editor)
            # still lack names of their own.
            violations = [v for v in violations if v["id"] in THEME_RULES]
        if violations:
            problems.append(f"{name}, {color_scheme}: {describe(violations)}")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"admin-theme-{name}-kk-{color_scheme}.png")
    context.close()

    assert not problems, "\n".join(problems)
