"""Querysets built and compiled once, then run again with new values.

Drawing a public page from PostgreSQL spends more time building and compiling
its querysets into SQL (modeltranslation's columns, the JSON picture columns,
the published filters) than PostgreSQL spends answering them, and every
drawing builds the same SQL again with other values. ``prepared`` keeps the
compiled SQL of a queryset per thread, database, language and shape of its
values, and runs it again with the values of the call, turning the rows into
model instances as Django's own ``ModelIterable`` does (``select_related``
relations and annotations included), or for a ``values_list()`` queryset into
tuples (single values when ``flat``), as ``ValuesListIterable`` and
``FlatValuesListIterable`` do.

How the values find their place in the SQL: the queryset is built and
compiled twice, each time with other sentinel values (integers, strings and
dates no real row has), and each sentinel is looked for among the compiled
parameters. The two compilations must give the same SQL, and parameters that
differ only where the sentinels sit. A value the ORM changes on its way into
SQL (``contains`` wraps a string in ``%``), or a clock read inside the
queryset's own code, would differ elsewhere, so such a queryset is refused
when it is prepared, never run with a wrong value. Only PostgreSQL's
parameters reach the database as given; elsewhere (the demo's SQLite) the
queryset is simply built and run.
"""

import datetime
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.utils.translation import get_language
from modeltranslation.manager import (
    FallbackFlatValuesListIterable,
    FallbackValuesListIterable,
)

# Sentinels: inside a 32-bit integer column's range, so the ORM keeps them as
# they are (it drops an ``exact`` lookup on a value out of range), and negative,
# as no key of ours is.
_SENTINEL_INT = -1_987_654_000
_SENTINEL_INSTANT = datetime.datetime(1901, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class _Instances:
    """What turns a row into a model instance, as ``ModelIterable`` does."""

    model: type[Model]
    init_list: list
    fields: slice
    related_populators: list
    annotation_col_map: dict

    def results(self, rows, alias: str) -> list[Model]:
        return [self.instance(row, alias) for row in rows]

    def instance(self, row, alias: str) -> Model:
        instance = self.model.from_db(alias, self.init_list, row[self.fields])
        for populator in self.related_populators:
            populator.populate(row, instance)
        for name, position in self.annotation_col_map.items():
            setattr(instance, name, row[position])
        return instance


@dataclass(frozen=True)
class _Values:
    """Rows as ``values_list()`` gives them: tuples, or single values; with
    ``columns``, the row's columns in that order."""

    flat: bool
    columns: tuple | None = None

    def results(self, rows, alias: str) -> list:
        if self.columns is not None:
            rows = [[row[column] for column in self.columns] for row in rows]
        if self.flat:
            return [row[0] for row in rows]
        return [tuple(row) for row in rows]


@dataclass(frozen=True)
class _Compiled:
    """One queryset's SQL with the places of its values, and what turns its
    rows into results."""

    sql: str
    params: tuple
    # (position in params, name of the value, index in a sequence value or None)
    slots: tuple
    compiler: Any
    converters: dict
    rows: _Instances | _Values


# A queryset that can never match (``pk__in=[]``) compiles to no SQL at all.
_NOTHING = object()
# Compilers hold their thread's connection, so each thread keeps its own.
_compiled = threading.local()


def prepared(*params: str) -> Callable:
    """Decorate a function that builds a queryset from keyword arguments; the
    decorated function returns that queryset's rows as a list: its model
    instances, or for a ``values_list()`` queryset its tuples (its values when
    ``flat``).

    ``params`` names the arguments whose values go into the SQL (integers,
    strings, dates, aware instants, or sequences of those): a new value reuses the
    compiled SQL. Every other argument is part of the query's shape (a flag, a
    count) and gets SQL of its own. The function must take every value that
    varies from its arguments: one that reads the clock itself is refused.
    """

    def decorate(build: Callable[..., QuerySet]) -> Callable[..., list]:
        @wraps(build)
        def run(**arguments) -> list:
            connection = connections[DEFAULT_DB_ALIAS]
            if connection.vendor != "postgresql":
                return list(build(**arguments))
            values = {name: arguments[name] for name in params}
            shape = {name: v for name, v in arguments.items() if name not in params}
            key = (
                build.__module__,
                build.__qualname__,
                get_language(),
                tuple(sorted(shape.items())),
                tuple((name, _shape_of(v)) for name, v in sorted(values.items())),
            )
            cache = _compiled.__dict__.setdefault("queries", {})
            compiled = cache.get(key)
            if compiled is None:
                compiled = _compile(build, values, shape)
                cache[key] = compiled
            return _fetch(compiled, values, connection)

        return run

    return decorate


def _shape_of(value) -> Any:
    if isinstance(value, bool):
        raise TypeError("a flag is part of the query's shape, not a value")
    if isinstance(value, str | int | datetime.date):
        return type(value)
    if isinstance(value, Sequence):
        return (len(value), *sorted({type(item).__name__ for item in value}))
    raise TypeError(f"a prepared value must be a number, text or date: {value!r}")


def _sentinels(values: dict, set_number: int) -> dict:
    """A distinct sentinel for each value (and each item of a sequence);
    each ``set_number`` gives other sentinels."""
    count = set_number * 10_000

    def sentinel(value):
        nonlocal count
        count += 1
        _shape_of(value)
        if isinstance(value, int):
            return _SENTINEL_INT - count
        if isinstance(value, str):
            return f"\x1fprepared-value-{count}\x1f"
        if isinstance(value, datetime.datetime):
            return _SENTINEL_INSTANT + datetime.timedelta(microseconds=count)
        return _SENTINEL_INSTANT.date() + datetime.timedelta(days=count)

    made = {}
    for name, value in sorted(values.items()):
        if isinstance(value, str) or not isinstance(value, Sequence):
            made[name] = sentinel(value)
        else:
            made[name] = [sentinel(item) for item in value]
    return made


def _compile(build: Callable, values: dict, shape: dict):
    """The queryset built twice with two sets of sentinels and compiled: the
    SQL must be the same, and the parameters may differ only where the
    sentinels sit (a clock read inside ``build`` would differ elsewhere)."""
    compiled = []
    for set_number in (1, 2):
        sentinels = _sentinels(values, set_number)
        queryset = build(**sentinels, **shape)
        if queryset._prefetch_related_lookups:
            raise ImproperlyConfigured("a prepared queryset cannot prefetch")
        compiler = queryset.query.get_compiler(using=DEFAULT_DB_ALIAS)
        try:
            sql, sql_params = compiler.as_sql()
        except EmptyResultSet:
            return _NOTHING
        compiled.append((compiler, sql, sql_params, _slots(sql_params, sentinels)))
    (compiler, sql, sql_params, slots), (_, other_sql, other_params, _) = compiled
    in_slots = {position for position, _, _ in slots}
    same_shape = sql == other_sql and len(sql_params) == len(other_params)
    if not same_shape or any(
        position not in in_slots and not _same(one, other)
        for position, (one, other) in enumerate(
            zip(sql_params, other_params, strict=True)
        )
    ):
        raise ImproperlyConfigured(
            f"{build.__qualname__} builds other SQL from other values, or reads "
            "a value (the clock?) that is not among its arguments"
        )
    columns = [column[0] for column in compiler.select[: compiler.col_count]]
    if compiler.has_composite_fields(columns):
        raise ImproperlyConfigured("a prepared queryset cannot select a composite key")
    return _Compiled(
        sql=sql,
        params=tuple(sql_params),
        slots=tuple(slots),
        compiler=compiler,
        converters=compiler.get_converters(columns),
        # The two builds differ only in their values: either reads the shape.
        rows=_rows_of(queryset, compiler),
    )


def _rows_of(queryset: QuerySet, compiler) -> _Instances | _Values:
    """What turns the rows of ``queryset`` into what iterating it gives."""
    iterable = queryset._iterable_class
    if iterable is ModelIterable:
        return _instances(compiler)
    if iterable in (ValuesListIterable, FlatValuesListIterable):
        return _Values(flat=iterable is FlatValuesListIterable)
    # modeltranslation's values_list() selects its columns in any order and
    # puts them back in the order asked for; it computes the fallback of a
    # translated field in Python, which a prepared queryset does not.
    fallback = (FallbackValuesListIterable, FallbackFlatValuesListIterable)
    query = queryset.query
    if iterable in fallback and not queryset.translation_fields and not query.extra:
        # The columns in the SELECT's order (Django 5.2 keeps it in ``selected``).
        names = list(query.selected or (*query.values_select, *query.annotation_select))
        asked = queryset.original_fields
        asked += tuple(name for name in query.annotation_select if name not in asked)
        return _Values(
            flat=iterable is FallbackFlatValuesListIterable,
            columns=tuple(names.index(name) for name in asked),
        )
    raise ImproperlyConfigured(
        "prepared querysets return model instances or values_list() rows "
        "without translated fields"
    )


def _instances(compiler) -> _Instances:
    select, klass_info = compiler.select, compiler.klass_info
    selected = klass_info["select_fields"]
    fields = slice(selected[0], selected[-1] + 1)
    return _Instances(
        model=klass_info["model"],
        init_list=[column[0].target.attname for column in select[fields]],
        fields=fields,
        related_populators=get_related_populators(klass_info, select, DEFAULT_DB_ALIAS),
        annotation_col_map=compiler.annotation_col_map or {},
    )


def _slots(params: Sequence, sentinels: dict) -> list[tuple]:
    """Where each sentinel sits among the compiled parameters. A value the
    query does not use (a preview's program is not filtered by the clock) has
    no place; one the ORM changed on its way is caught by ``_compile``."""
    where = {}
    for name, value in sentinels.items():
        if isinstance(value, list):
            for index, item in enumerate(value):
                where[_identity(item)] = (name, index)
        else:
            where[_identity(value)] = (name, None)
    return [
        (position, *where[_identity(param)])
        for position, param in enumerate(params)
        if _identity(param) in where
    ]


def _identity(value) -> tuple:
    # 1 == True and equal instants of other time zones must not be confused;
    # a parameter that cannot be hashed (a JSON value) is never a sentinel.
    try:
        hash(value)
    except TypeError:
        return (type(value), id(value))
    return (type(value), value)


def _same(one, other) -> bool:
    return type(one) is type(other) and one == other


def _fetch(compiled, values: dict, connection) -> list:
    if compiled is _NOTHING:
        return []
    params = list(compiled.params)
    for position, name, index in compiled.slots:
        value = values[name]
        params[position] = value if index is None else value[index]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        rows = cursor.fetchall()
    count = compiled.compiler.col_count
    if compiled.compiler.has_extra_select:
        rows = [row[:count] for row in rows]
    if compiled.converters:
        rows = compiled.compiler.apply_converters(rows, compiled.converters)
    return compiled.rows.results(rows, connection.alias)
