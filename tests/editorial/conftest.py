"""Editors, a program written in five languages with its inline rows, and a report."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CityFactory,
    EventFactory,
    ImageFactory,
    ItineraryStopFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
    UserFactory,
)

from .form_data import form_data

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]
TITLES = {
    "en": "Silk Road",
    "fr": "Route de la soie",
    "ru": "Шёлковый путь",
    "kk": "Жібек жолы",
    "zh-hans": "丝绸之路",
}
# Everything with publishing fields.
PUBLISHABLE_FACTORIES = [
    ProgramFactory,
    EventFactory,
    ReportFactory,
    PressCoverageFactory,
]


def hours(n: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(hours=n)


def five(field: str, **values: str) -> dict[str, str]:
    """``five("title", en="…", fr="…")`` as modeltranslation's field names."""
    return {f"{field}_{code.replace('-', '_')}": text for code, text in values.items()}


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def program(db):
    """A published program with two stops, an event and a press item."""
    aktau = CityFactory(slug="aktau", name_en="Aktau", name_kk="Ақтау")
    astana = CityFactory(slug="astana", name_en="Astana")
    program = ProgramFactory(
        slug="silk-road",
        organising_city=astana,
        launch_city=astana,
        **five("title", **TITLES),
        **five("summary", en="Journalists retrace the route.", fr="Des journalistes."),
    )
    ItineraryStopFactory(
        program=program, city=astana, position=1, **five("summary", en="Launch")
    )
    ItineraryStopFactory(
        program=program, city=aktau, position=2, **five("summary", en="Port")
    )
    EventFactory(
        program=program,
        slug="aktau-interview",
        starts_at=datetime.datetime(2024, 9, 2, 5, tzinfo=datetime.UTC),
        **five("title", en="Interviews in Aktau", kk="Ақтаудағы сұхбаттар"),
    )
    PressCoverageFactory(program=program, title="Lancement", language="fr")
    return program


@pytest.fixture
def report(program):
    report = ReportFactory(
        program=program,
        slug="first-week",
        **five("title", en="The first week", fr="La première semaine"),
        **five("body", en="<p>We arrived.</p>"),
    )
    for position in (1, 2):
        report.gallery_items.create(image=ImageFactory(), position=position)
    return report


@pytest.fixture
def change_form(editor_client):
    """The change page's POST data for ``obj``, as the browser would send it."""

    def read(obj) -> dict:
        meta = obj._meta
        response = editor_client.get(
            f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"
        )
        assert response.status_code == 200
        return form_data(response, f"{meta.model_name}_form")

    return read
