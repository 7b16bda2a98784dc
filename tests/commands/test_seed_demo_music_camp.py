"""``seed_demo``'s fictional music camp: an upcoming demo program that takes
applications, with one place left before its waitlist."""

import datetime
import zoneinfo
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict

from programs.models import City, Partnership, Program, Registration
from programs.services import registration

from .test_seed_demo import (
    LANGUAGE_FIELDS,
    REFERENCE_SLUG,
    empty_translations,
    row_counts,
    seed,
)

pytestmark = pytest.mark.django_db

CAMP_SLUG = "steppe-and-sea-music-camp"
PUBLIC_FORM = Registration.Source.PUBLIC_FORM
# What the camp's text says of itself, in each language.
SAYS_FICTIONAL = {
    "en": "This is a fictional demo program.",
    "fr": "Ceci est un programme de démonstration fictif.",
    "ru": "Это вымышленная демонстрационная программа.",
    "kk": "Бұл — ойдан шығарылған демо бағдарлама.",
    "zh_hans": "这是一个虚构的演示项目。",
}
DEMO_IN_TITLE = {
    "en": "(demo)",
    "fr": "(démo)",
    "ru": "(демо)",
    "kk": "(демо)",
    "zh_hans": "（演示）",
}


def camp() -> Program:
    return Program.objects.get(slug=CAMP_SLUG)


def seed_at(moment: datetime.datetime) -> None:
    with mock.patch("django.utils.timezone.now", return_value=moment):
        seed()


def visitor_applies(program: Program, given_name: str) -> Registration:
    """The public form's path: an unverified application, then the link."""
    applied = registration.apply_for_program(
        program,
        {
            "given_name": given_name,
            "family_name": "Visitor",
            "email": f"{given_name.lower()}@example.org",
            "country": "KZ",
        },
        source=PUBLIC_FORM,
        verified=False,
        privacy_accepted=True,
    )
    return registration.verify_application(applied.token)


def statuses(program: Program) -> dict[str, tuple[str, int | None]]:
    return {
        r.participant.email: (r.status, r.waitlist_position)
        for r in program.registrations.select_related("participant")
    }


def test_the_camp_is_written_in_every_language():
    seed()

    program = camp()
    rows = [
        (program, ["title", "theme", "summary", "body"]),
        *[(stop, ["summary"]) for stop in program.itinerary_stops.all()],
        *[(event, ["title", "description"]) for event in program.events.all()],
    ]
    assert empty_translations(rows) == []
    # No language simply repeats the English text.
    for language in LANGUAGE_FIELDS[1:]:
        assert getattr(program, f"body_{language}") != program.body_en


def test_the_camp_says_it_is_a_fictional_demo_in_every_language():
    seed()

    program = camp()
    assert program.is_demo
    for language in LANGUAGE_FIELDS:
        assert SAYS_FICTIONAL[language] in getattr(program, f"body_{language}")
        assert getattr(program, f"title_{language}").endswith(DEMO_IN_TITLE[language])
    assert not program.events.filter(is_demo=False).exists()
    assert all("Demo event" in event.description_en for event in program.events.all())


def test_the_camp_tours_almaty_and_aktau_with_events_in_local_time():
    seed()

    program = camp()
    stops = program.itinerary_stops.order_by("position")
    assert [stop.city.slug for stop in stops] == ["almaty", "aktau"]
    assert program.organising_city.slug == "almaty"
    events = program.events.order_by("starts_at")
    assert [(e.city.slug, e.timezone) for e in events] == [
        ("almaty", "Asia/Almaty"),
        ("almaty", "Asia/Almaty"),
        ("aktau", "Asia/Aqtau"),
        ("aktau", "Asia/Aqtau"),
    ]
    # The opening concert starts at 19:00 where it is held.
    opening = events.first()
    local = opening.starts_at.astimezone(zoneinfo.ZoneInfo(opening.timezone))
    assert local.time() == datetime.time(19, 0)
    assert all(e.starts_at.date() >= program.start_date for e in events)
    assert all(e.ends_at.date() <= program.end_date for e in events)


def test_the_hero_image_is_the_camps_own_demo_picture():
    seed()

    hero = camp().hero_image
    assert hero.title == "Caravan demo: program-music-camp"
    assert hero.is_demo and hero.file.storage.exists(hero.file.name)
    assert hero != Program.objects.get(slug=REFERENCE_SLUG).hero_image


@pytest.mark.parametrize(
    "seeded_at",
    [
        datetime.datetime(2026, 12, 31, 22, 30, tzinfo=datetime.UTC),
        datetime.datetime(2031, 6, 1, 4, 0, tzinfo=datetime.UTC),
    ],
    ids=["new-years-eve", "years-later"],
)
def test_the_camp_is_upcoming_and_open_whenever_it_is_seeded(seeded_at):
    seed_at(seeded_at)

    program = camp()
    # Counted in Almaty, where 22:30 UTC on New Year's Eve is already 2027.
    seeded_day = seeded_at.astimezone(zoneinfo.ZoneInfo("Asia/Almaty")).date()
    assert program.start_date == seeded_day + datetime.timedelta(days=100)
    assert program.end_date == program.start_date + datetime.timedelta(days=9)
    assert registration.applications_are_open(program, now=seeded_at)
    assert program.applications_close_at.date() < program.start_date
    assert Program.objects.published().filter(slug=CAMP_SLUG).exists()


def test_seeding_later_moves_the_dates_and_keeps_the_rows():
    seed_at(datetime.datetime(2027, 1, 10, 12, tzinfo=datetime.UTC))
    first = row_counts()
    earlier_start = camp().start_date

    seed_at(datetime.datetime(2027, 9, 1, 12, tzinfo=datetime.UTC))

    assert row_counts() == first
    assert camp().start_date == earlier_start + datetime.timedelta(days=234)


def test_eleven_fictional_participants_who_consented_hold_eleven_of_twelve_places():
    seed()

    program = camp()
    assert program.capacity == 12
    registrations = program.registrations.select_related("participant")
    assert [r.status for r in registrations] == ["confirmed"] * 11
    people = [r.participant for r in registrations]
    assert all(p.is_demo and p.family_name == "Demo" for p in people)
    assert all(p.public_listing_consent for p in people)
    assert all(p.email.endswith("@example.org") for p in people)
    assert all(p.bio_en.startswith("(demo)") for p in people)


def test_first_visitor_takes_the_last_place_and_the_next_is_promoted_on_a_cancel(
    django_capture_on_commit_callbacks, mailoutbox
):
    seed()
    program = camp()

    with django_capture_on_commit_callbacks(execute=True):
        first = visitor_applies(program, "First")
        second = visitor_applies(program, "Second")
    assert (first.status, second.status) == ("confirmed", "waitlisted")
    assert second.waitlist_position == 1

    with django_capture_on_commit_callbacks(execute=True):
        registration.cancel(first, by_participant=True)

    second.refresh_from_db()
    assert second.status == "confirmed"
    assert [m.subject for m in mailoutbox if m.to == ["second@example.org"]][-1] == (
        f"A place at {program.title_en} has opened for you"
    )


def test_seeding_again_keeps_what_visitors_registered():
    seed()
    program = camp()
    visitor_applies(program, "First")
    visitor_applies(program, "Second")
    registration.apply_for_program(
        program,
        {"given_name": "Unconfirmed", "email": "unconfirmed@example.org"},
        source=PUBLIC_FORM,
        verified=False,
    )
    before, counts = statuses(program), row_counts()

    seed()

    assert statuses(program) == before
    assert row_counts() == counts
    assert before["first@example.org"] == ("confirmed", None)
    assert before["second@example.org"] == ("waitlisted", 1)
    assert before["unconfirmed@example.org"] == ("applied", None)


def test_seeding_again_restores_the_capacity_through_the_service():
    seed()
    program = camp()
    # An editor lowered it: the visitors wait.
    program.capacity = 11
    program.save(update_fields=["capacity"])
    first = visitor_applies(program, "First")
    second = visitor_applies(program, "Second")
    assert (first.status, second.status) == ("waitlisted", "waitlisted")

    seed()

    assert camp().capacity == 12
    # Raised through the service, which promotes as the admin's change does.
    assert statuses(program)["first@example.org"] == ("confirmed", None)
    assert statuses(program)["second@example.org"] == ("waitlisted", 1)


def test_the_camp_changes_nothing_of_the_reference_program_or_the_cities():
    def snapshot():
        reference = Program.objects.get(slug=REFERENCE_SLUG)
        volatile = {"id", "created_at", "updated_at", "last_published_at"}
        rows = [
            reference,
            *reference.itinerary_stops.all(),
            *reference.events.all(),
            *reference.registrations.all(),
            *City.objects.all(),
            *Partnership.objects.all(),
        ]
        return [
            {k: v for k, v in model_to_dict(row).items() if k not in volatile}
            for row in rows
        ]

    with mock.patch("programs.seed.seed_music_camp", return_value=None):
        seed()
    without_the_camp = snapshot()

    seed()

    assert camp().registrations.count() == 11
    assert snapshot() == without_the_camp


def test_the_home_page_lists_the_camp_and_its_form_takes_applications(client):
    seed()

    home = client.get("/en/")
    form = client.get(f"/en/programs/{CAMP_SLUG}/apply/")

    assert "Steppe and Sea Youth Music Camp (demo)" in home.text
    assert form.status_code == 200
    assert "Send my application" in form.text


def test_the_command_names_the_camp_page():
    out = StringIO()
    call_command("seed_demo", stdout=out)

    assert f"/en/programs/{CAMP_SLUG}/" in out.getvalue()
