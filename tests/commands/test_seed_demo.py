"""``manage.py seed_demo``: the reference program, demo content and load-test data."""

import datetime
import io
import json
from unittest import mock

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import translation

from programs.models import (
    City,
    Event,
    Image,
    Organisation,
    Participant,
    Partnership,
    PressCoverage,
    Program,
    Registration,
)

pytestmark = pytest.mark.django_db

REFERENCE_SLUG = "china-kazakhstan-lianyungang-2024"
LANGUAGE_FIELDS = ["en", "fr", "ru", "kk", "zh_hans"]


def seed(*args: str) -> None:
    call_command("seed_demo", *args, verbosity=0)


def row_counts() -> dict[str, int]:
    models = [*apps.get_app_config("programs").get_models(), get_user_model()]
    return {model.__name__: model.objects.count() for model in models}


def facts() -> dict:
    with open(settings.SEED_FACTS_PATH, encoding="utf-8") as handle:
        return json.load(handle)


def empty_translations(rows: list[tuple[object, list[str]]]) -> list[str]:
    """ "row.field_language" for each of the rows' fields left empty in a language."""
    return [
        f"{row!r}.{field}_{language}"
        for row, fields in rows
        for field in fields
        for language in LANGUAGE_FIELDS
        if not getattr(row, f"{field}_{language}").strip()
    ]


def reference_program() -> Program:
    return Program.objects.get(slug=REFERENCE_SLUG)


def test_running_twice_leaves_the_same_row_counts():
    seed()
    first = row_counts()

    seed()

    assert row_counts() == first
    # The reference program and the fictional music camp.
    assert first["Program"] == 2
    assert first["City"] == 7


@override_settings(DEBUG=True)
def test_running_twice_with_every_option_leaves_the_same_row_counts():
    seed("--demo-users", "--scale", "2")
    first = row_counts()

    seed("--demo-users", "--scale", "2")

    assert row_counts() == first


def test_reference_program_title_is_stored_in_all_five_languages():
    seed()

    program = reference_program()
    titles = facts()["program"]["title"]
    assert program.title_en == titles["en"]
    assert program.title_fr == titles["fr"]
    assert program.title_ru == titles["ru"]
    assert program.title_kk == titles["kk"]
    assert program.title_zh_hans == titles["zh-hans"]


def test_written_texts_exist_in_every_language():
    seed()

    program = reference_program()
    rows = [
        (program, ["title", "theme", "summary", "body"]),
        *[(stop, ["summary"]) for stop in program.itinerary_stops.all()],
        *[(event, ["title", "description"]) for event in program.events.all()],
        *[(city, ["name", "description"]) for city in City.objects.all()],
        *[(partnership, ["description"]) for partnership in Partnership.objects.all()],
        *[(report, ["title", "body"]) for report in program.reports.all()],
        *[(item, ["summary"]) for item in program.press_coverage.all()],
    ]
    assert empty_translations(rows) == []


def test_launch_is_stored_at_month_precision_and_shown_as_august_2024():
    seed()

    program = reference_program()
    assert program.launch_date == datetime.date(2024, 8, 1)
    assert program.launch_date_precision == "month"
    assert program.launch_city.slug == "astana"
    with translation.override("en"):
        assert program.launch_date_display == "August 2024"


def test_what_the_facts_do_not_give_is_left_empty():
    seed()

    program = reference_program()
    assert program.launch_venue_en == ""
    assert not program.itinerary_stops.exclude(arrival_date=None).exists()
    assert not program.events.exclude(venue_en="").exists()
    press = program.press_coverage.get()
    assert (press.outlet, press.url) == (None, "")


def test_itinerary_visits_almaty_aktau_tashkent_and_samarkand_in_order():
    seed()

    stops = reference_program().itinerary_stops.order_by("position")

    assert [(stop.position, stop.city.slug) for stop in stops] == [
        (1, "almaty"),
        (2, "aktau"),
        (3, "tashkent"),
        (4, "samarkand"),
    ]


def test_partnerships_keep_the_precision_of_their_dates():
    seed()

    sister = Partnership.objects.get(city_b__slug="aktau")
    logistics = Partnership.objects.get(city_b__slug="astana")

    assert (sister.kind, sister.established_precision) == ("sister_cities", "year")
    assert (logistics.kind, logistics.established_precision) == ("logistics", "month")
    with translation.override("en"):
        assert sister.established_display == "2023"
        assert logistics.established_display == "May 2014"


def test_press_item_from_the_facts_is_stored_as_published():
    seed()

    press = PressCoverage.objects.get(program__slug=REFERENCE_SLUG)

    assert press.title == facts()["press"][0]["title"]
    assert press.language == "fr"
    assert press.published_on == datetime.date(2024, 8, 30)
    assert press.is_published


def test_nothing_from_the_facts_is_marked_demo():
    seed()

    program = reference_program()
    assert program.is_demo is False
    # Press coverage has no demo flag, so it must not lean on demo rows either.
    press = program.press_coverage.get()
    assert press.journalist is None and press.outlet is None


def test_invented_content_is_flagged_demo():
    seed()

    program = reference_program()
    assert program.events.count() == 5
    assert not program.events.filter(is_demo=False).exists()
    assert program.reports.count() == 1
    assert not program.reports.filter(is_demo=False).exists()
    assert Participant.objects.filter(registrations__program=program).count() == 6
    assert not Participant.objects.filter(is_demo=False).exists()
    assert not Organisation.objects.filter(is_demo=False).exists()
    assert not Image.objects.filter(is_demo=False).exists()


def test_demo_events_say_their_dates_are_demo_dates():
    seed()

    descriptions = reference_program().events.values_list("description_en", flat=True)

    assert all("Demo date" in text for text in descriptions)


def test_demo_report_says_it_is_a_demo_in_every_language():
    seed()

    report = reference_program().reports.get()

    assert "demo report" in report.body_en
    assert "rapport de démonstration" in report.body_fr
    assert "демонстрационный отчёт" in report.body_ru.lower()
    assert "демо есеп" in report.body_kk.lower()
    assert "演示报告" in report.body_zh_hans


def test_demo_participants_are_visibly_fictional_and_registered():
    seed()

    participants = Participant.objects.all()

    assert {p.family_name for p in participants} == {"Demo"}
    assert all(p.bio_en.startswith("(demo)") for p in participants)
    assert all(p.email.endswith("@example.org") for p in participants)
    assert participants.filter(public_listing_consent=True).exists()
    assert participants.filter(public_listing_consent=False).exists()
    assert Registration.objects.filter(program__slug=REFERENCE_SLUG).count() == 6
    categories = set(participants.values_list("category", flat=True))
    assert {"diplomat", "researcher", "journalist", "editor"} <= categories


def test_program_and_cities_get_generated_images_with_alt_text():
    seed()

    program = reference_program()
    hero = program.hero_image
    assert hero.credit == "Generated for the Caravan demo"
    assert (hero.width, hero.height) == (1600, 900)
    assert all(getattr(hero, f"alt_text_{lang}") for lang in LANGUAGE_FIELDS)
    assert hero.file.storage.exists(hero.file.name)
    assert not City.objects.all().filter(image=None).exists()


@override_settings(DEBUG=True)
def test_demo_users_are_created_with_their_roles():
    seed("--demo-users")

    users = get_user_model().objects.in_bulk(
        ["admin", "editor", "organiser"], field_name="username"
    )
    assert users["admin"].is_superuser and users["admin"].check_password("admin")
    assert users["editor"].is_staff and not users["editor"].is_superuser
    assert users["editor"].check_password("editor")
    assert list(users["editor"].groups.values_list("name", flat=True)) == ["Editors"]
    assert users["organiser"].check_password("organiser")
    assert list(users["organiser"].groups.values_list("name", flat=True)) == [
        "Organisers"
    ]


@override_settings(DEBUG=True)
def test_organiser_manages_the_reference_program():
    seed("--demo-users")

    organiser = get_user_model().objects.get(username="organiser")

    assert list(organiser.managed_programs.values_list("slug", flat=True)) == [
        REFERENCE_SLUG
    ]


@override_settings(DEBUG=True)
def test_running_demo_users_again_resets_their_passwords():
    seed("--demo-users")
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("changed")
    admin.save()

    seed("--demo-users")

    admin.refresh_from_db()
    assert admin.check_password("admin")


@override_settings(DEBUG=False)
def test_demo_users_are_refused_when_debug_is_off():
    with pytest.raises(CommandError, match="only created when DEBUG is on"):
        seed("--demo-users")

    assert not get_user_model().objects.exists()
    assert not Program.objects.exists()


def test_scale_adds_synthetic_programs_marked_as_demo():
    seed("--scale", "3")

    synthetic = Program.objects.filter(slug__startswith="synthetic-")
    assert sorted(synthetic.values_list("slug", flat=True)) == [
        "synthetic-0001",
        "synthetic-0002",
        "synthetic-0003",
    ]
    assert not synthetic.filter(is_demo=False).exists()
    assert synthetic.get(slug="synthetic-0002").title_en.startswith(
        "Synthetic program 0002"
    )
    assert synthetic.get(slug="synthetic-0002").title_zh_hans.startswith("合成项目")


def test_synthetic_programs_have_stops_events_participants_press_and_reports():
    seed("--scale", "3")

    program = Program.objects.get(slug="synthetic-0001")
    assert program.itinerary_stops.count() == 3
    assert program.events.filter(is_demo=True).count() == 3
    assert program.registrations.filter(participant__is_demo=True).count() == 5
    assert program.press_coverage.count() == 2
    assert program.reports.filter(is_demo=True).count() == 1
    assert Event.objects.published().filter(program=program).count() == 3


def test_scale_run_twice_adds_nothing_more():
    seed("--scale", "3")
    first = row_counts()

    seed("--scale", "3")

    assert row_counts() == first


def test_negative_scale_is_refused():
    with pytest.raises(CommandError, match="cannot be negative"):
        seed("--scale", "-1")

    assert not Program.objects.exists()


def test_a_failure_midway_leaves_nothing_behind():
    failure = RuntimeError("disk full")
    with (
        mock.patch("programs.seed.seed_demo_report", side_effect=failure),
        pytest.raises(RuntimeError),
    ):
        seed()

    assert set(row_counts().values()) == {0}


def test_output_names_the_reference_program_page():
    out = io.StringIO()

    call_command("seed_demo", stdout=out)

    assert f"/en/programs/{REFERENCE_SLUG}/" in out.getvalue()
