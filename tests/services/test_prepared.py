"""Prepared querysets: compiled once, run again with new values, and giving
what the queryset itself gives (services/prepared.py)."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Count, F, Window
from django.utils import timezone, translation

from exchange_site.settings.base import PREPARE_THRESHOLD
from programs.models import City, Event, ItineraryStop, Program
from programs.services.prepared import prepared
from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    ProgramFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@prepared("program_id")
def stops_of(program_id):
    return (
        ItineraryStop.objects.filter(program_id=program_id)
        .select_related("city", "program__launch_city")
        .annotate(doubled=F("position") * 2)
        .order_by("position")
    )


@prepared("program_id", "now")
def published_events_of(program_id, now):
    return Event.objects.published(now).filter(program_id=program_id)


@prepared("names")
def cities_named(names):
    return City.objects.filter(name_en__in=names).order_by("name_en")


@prepared("city_id")
def programs_by_title(city_id, descending: bool):
    order = "-title" if descending else "title"
    return Program.objects.filter(organising_city_id=city_id).order_by(order)


def row(stop):
    return (
        stop.pk,
        stop.position,
        stop.doubled,
        stop.city.name,
        stop.program.launch_city.name,
    )


def test_each_call_gives_its_own_values_rows_as_the_queryset_would():
    first, second = ProgramFactory(), ProgramFactory()
    for position, name in enumerate(["Almaty", "Aktau", "Tashkent"], start=1):
        ItineraryStopFactory(
            program=first, position=position, city=CityFactory(name_en=name)
        )
    ItineraryStopFactory(program=second, position=1, city=CityFactory(name_en="Xi'an"))

    for program in (first, second, first):
        prepared_rows = [row(stop) for stop in stops_of(program_id=program.pk)]
        plain_rows = [row(stop) for stop in stops_of.__wrapped__(program_id=program.pk)]
        assert prepared_rows == plain_rows
    assert [s.city.name for s in stops_of(program_id=second.pk)] == ["Xi'an"]
    assert stops_of(program_id=-1) == []


def test_a_second_call_runs_the_same_sql_without_building_it_again(
    django_assert_num_queries,
):
    program = ProgramFactory()
    ItineraryStopFactory(program=program, position=1)
    stops_of(program_id=program.pk)
    with django_assert_num_queries(1) as captured:
        stops_of(program_id=program.pk)
    assert str(program.pk) in captured.captured_queries[0]["sql"]


def test_the_clock_is_a_value_so_what_went_live_since_shows():
    program = ProgramFactory()
    soon = timezone.now() + datetime.timedelta(hours=1)
    event = EventFactory(program=program, go_live_at=soon)

    assert published_events_of(program_id=program.pk, now=timezone.now()) == []
    later = soon + datetime.timedelta(minutes=1)
    assert published_events_of(program_id=program.pk, now=later) == [event]


def test_a_list_of_values_gets_sql_for_its_length():
    for name in ("Aktau", "Almaty", "Samarkand"):
        CityFactory(name_en=name)

    def names(found):
        return [city.name_en for city in found]

    assert names(cities_named(names=["Samarkand", "Aktau"])) == ["Aktau", "Samarkand"]
    assert names(cities_named(names=["Almaty", "Nowhere"])) == ["Almaty"]
    assert names(cities_named(names=["Almaty", "Aktau", "Samarkand"])) == [
        "Aktau",
        "Almaty",
        "Samarkand",
    ]
    assert cities_named(names=[]) == []


def test_the_shape_and_the_language_get_sql_of_their_own():
    city = CityFactory()
    ProgramFactory(organising_city=city, title_en="Alpha", title_kk="Бета")
    ProgramFactory(organising_city=city, title_en="Beta", title_kk="Альфа")

    def titles(**shape):
        return [p.title for p in programs_by_title(city_id=city.pk, **shape)]

    assert titles(descending=False) == ["Alpha", "Beta"]
    assert titles(descending=True) == ["Beta", "Alpha"]
    with translation.override("kk"):
        # Ordered by the Kazakh column, not by the English SQL kept above.
        assert titles(descending=False) == ["Альфа", "Бета"]


def test_a_queryset_that_reads_the_clock_itself_is_refused():
    @prepared("program_id")
    def reads_the_clock(program_id):
        return Event.objects.published().filter(program_id=program_id)

    with pytest.raises(ImproperlyConfigured, match="clock"):
        reads_the_clock(program_id=1)


def test_a_value_the_orm_changes_on_its_way_is_refused():
    @prepared("text")
    def containing(text):
        return City.objects.filter(name_en__contains=text)

    with pytest.raises(ImproperlyConfigured, match="other values"):
        containing(text="Ak")


def test_values_list_rows_come_back_as_the_queryset_gives_them():
    @prepared("program_id")
    def positions(program_id, flat: bool):
        stops = ItineraryStop.objects.filter(program_id=program_id).order_by("position")
        if flat:
            return stops.values_list("position", flat=True)
        return stops.values_list("position", "city__country", F("position") * 10)

    program = ProgramFactory()
    for position, country in enumerate(["KZ", "UZ", "KZ"], start=1):
        ItineraryStopFactory(
            program=program, position=position, city=CityFactory(country=country)
        )

    for flat in (False, True, False):
        plain = list(positions.__wrapped__(program_id=program.pk, flat=flat))
        assert positions(program_id=program.pk, flat=flat) == plain
    assert positions(program_id=program.pk, flat=False)[1] == (2, "UZ", 20)
    assert positions(program_id=program.pk, flat=True) == [1, 2, 3]


def test_dates_a_union_and_a_window_count_of_translated_models_read_back():
    # Program and City are translated: modeltranslation's values_list gives
    # Django's rows when no translated field is selected.
    @prepared("now")
    def years(now):
        return Program.objects.published(now).dates("start_date", "year")

    @prepared("now")
    def countries(now):
        published = Program.objects.published(now).order_by()
        return published.values_list("organising_city__country", flat=True).union(
            published.values_list("itinerary_stops__city__country", flat=True)
        )

    @prepared("now", "country")
    def total(now, country):
        counted = Program.objects.published(now).filter(
            organising_city__country=country
        )
        counted = counted.order_by().annotate(n=Window(Count("*")))
        return counted.values_list("n", flat=True)[:1]

    ProgramFactory(
        start_date=datetime.date(2024, 5, 1), organising_city=CityFactory(country="CN")
    )
    stop = ItineraryStopFactory(
        program=ProgramFactory(start_date=datetime.date(2026, 9, 1), end_date=None),
        city=CityFactory(country="UZ"),
    )
    now = timezone.now()

    assert years(now=now) == [datetime.date(2024, 1, 1), datetime.date(2026, 1, 1)]
    assert set(countries(now=now)) == set(countries.__wrapped__(now=now))
    assert {"CN", "UZ", stop.program.organising_city.country} <= set(countries(now=now))
    assert total(now=now, country="CN") == [1]
    assert total(now=now, country="FR") == []


def test_only_querysets_of_instances_or_values_without_prefetches_are_prepared():
    @prepared("program_id")
    def counted(program_id):
        return ItineraryStop.objects.filter(program_id=program_id).values("city")

    @prepared("program_id")
    def translated(program_id):
        return City.objects.filter(pk=program_id).values_list("name", flat=True)

    @prepared("program_id")
    def prefetching(program_id):
        return Program.objects.filter(pk=program_id).prefetch_related("events")

    with pytest.raises(ImproperlyConfigured, match="model instances"):
        counted(program_id=1)
    with pytest.raises(ImproperlyConfigured, match="translated"):
        translated(program_id=1)
    with pytest.raises(ImproperlyConfigured, match="prefetch"):
        prefetching(program_id=1)


def test_a_flag_must_be_part_of_the_shape():
    @prepared("live")
    def by_state(live):
        return Program.objects.filter(live=live)

    with pytest.raises(TypeError, match="shape"):
        by_state(live=True)


def test_an_aggregate_reads_back_as_an_annotation():
    @prepared("program_id")
    def with_counts(program_id):
        return Program.objects.filter(pk=program_id).annotate(
            stop_count=Count("itinerary_stops")
        )

    program = ProgramFactory()
    ItineraryStopFactory.create_batch(3, program=program)

    assert [p.stop_count for p in with_counts(program_id=program.pk)] == [3]


def test_postgresql_plans_a_page_query_once_per_connection():
    # The settings send values apart from the SQL and have psycopg prepare a
    # statement a connection keeps running: after PREPARE_THRESHOLD runs the
    # page query is a prepared statement, run again with new values.
    stops = [ItineraryStopFactory() for _ in range(PREPARE_THRESHOLD + 1)]
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")

    seen = [stops_of(program_id=stop.program_id) for stop in stops]

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements "
            "WHERE statement LIKE %s AND statement LIKE %s",
            ["%programs_itinerarystop%", "%$1%"],
        )
        (kept,) = cursor.fetchone()
    assert kept == 1
    assert [[found.pk for found in each] for each in seen] == [
        [stop.pk] for stop in stops
    ]
