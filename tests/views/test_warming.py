"""After an editor's save, the pages it touched are drawn in the background
in every language, so the first visitor finds them kept (views/warming.py).

Jobs run at once in the tests (the immediate backend), when the save's
transaction commits."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from programs.services.page_cache import lookup_page
from programs.views import warming
from tests.factories import CityFactory, EventFactory, ProgramFactory
from tests.registration.conftest import apply

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warming_on(settings):
    settings.PAGE_WARMING = True
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(function):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            function()
        return callbacks

    return run


def settled(committed, make):
    """``make()`` committed, then every page forgotten: what the test then
    changes is all that the next warming draws."""
    made = []
    committed(lambda: made.append(make()))
    cache.clear()
    return made[0]


@pytest.fixture
def program(committed):
    return settled(
        committed,
        lambda: ProgramFactory(
            slug="silk-road", title_en="Silk Road Days", title_kk="Жібек жолы күндері"
        ),
    )


def kept(language: str, path: str) -> bool:
    return lookup_page(language, path).hit


def test_a_save_draws_the_program_home_and_list_in_every_language(
    client, program, committed, django_assert_num_queries
):
    program.title_kk = "Жібек жолы апталары"
    committed(program.save)

    for code in settings.LANGUAGE_CODES:
        for path in (f"/{code}/", f"/{code}/programs/", f"/{code}/programs/silk-road/"):
            assert kept(code, path), path
    with django_assert_num_queries(0):
        response = client.get("/kk/programs/silk-road/")
    assert "Жібек жолы апталары" in response.content.decode()


def test_a_change_to_a_programs_event_draws_that_programs_page(program, committed):
    other, event = settled(
        committed,
        lambda: (
            ProgramFactory(slug="other"),
            EventFactory(program=program, title_en="Port visit"),
        ),
    )
    event.title_en = "Port and harbour visit"

    committed(event.save)

    assert kept("en", "/en/programs/silk-road/")
    assert not kept("en", f"/en/programs/{other.slug}/")


def test_one_transaction_queues_one_job(program, committed):
    def save_many():
        with transaction.atomic():
            for number in range(3):
                EventFactory(program=program, title_en=f"Event {number}")

    callbacks = committed(save_many)

    # One callback per change, but only the first queues the job.
    assert len(callbacks) == 3
    assert kept("fr", "/fr/programs/silk-road/")


def test_a_change_of_no_one_program_draws_the_home_and_list_only(program, committed):
    committed(lambda: CityFactory(name_en="Aktau"))

    assert kept("en", "/en/")
    assert kept("en", "/en/programs/")
    assert not kept("en", "/en/programs/silk-road/")


def test_an_unpublished_program_is_not_drawn(committed):
    draft = settled(committed, lambda: ProgramFactory(slug="draft", live=False))
    draft.title_en = "Still a draft"

    committed(draft.save)

    assert not kept("en", "/en/programs/draft/")


def test_registrations_draw_nothing(program, committed):
    committed(lambda: apply(program))

    assert not kept("en", "/en/")
    assert not kept("en", "/en/programs/silk-road/")


def test_warming_is_off_when_the_setting_is(program, committed, settings):
    settings.PAGE_WARMING = False

    callbacks = committed(program.save)

    assert callbacks == []
    assert not kept("en", "/en/programs/silk-road/")


def test_a_rolled_back_change_does_not_stop_later_warming(program, committed):
    with pytest.raises(RuntimeError), transaction.atomic():
        program.title_en = "Never saved"
        program.save()
        raise RuntimeError

    program.refresh_from_db()
    program.title_en = "Silk Road Weeks"
    committed(program.save)

    assert kept("en", "/en/programs/silk-road/")


def test_a_save_of_many_programs_warms_the_latest_few(monkeypatch):
    monkeypatch.setattr(warming, "MAX_PROGRAMS", 2)
    first, second, third = (ProgramFactory(slug=f"p{n}") for n in range(3))
    first.save()  # now the most recently changed

    paths = warming.warmed_paths([first.pk, second.pk, third.pk], "en")

    assert paths == ["/en/", "/en/programs/", "/en/programs/p0/", "/en/programs/p2/"]
