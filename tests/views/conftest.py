"""A small published world for the public page tests, with drafts on purpose."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CityFactory,
    EventFactory,
    ItineraryStopFactory,
    OrganisationFactory,
    ParticipantFactory,
    PartnershipFactory,
    PressCoverageFactory,
    ProgramFactory,
    RegistrationFactory,
    ReportFactory,
)

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]


@pytest.fixture
def world(db):
    """One published program with everything on it, and a draft of each kind."""
    lianyungang = CityFactory(
        slug="lianyungang", name_en="Lianyungang", name_zh_hans="连云港", country="CN"
    )
    aktau = CityFactory(
        slug="aktau", name_en="Aktau", name_kk="Ақтау", country="KZ", latitude=43.65
    )
    samarkand = CityFactory(
        slug="samarkand", name_en="Samarkand", country="UZ", latitude=39.65
    )
    PartnershipFactory(
        city_a=lianyungang,
        city_b=aktau,
        established_on=datetime.date(2023, 1, 1),
        established_precision="year",
    )
    program = ProgramFactory(
        slug="silk-road",
        title_en="Silk Road Days",
        title_kk="Жібек жолы күндері",
        title_zh_hans="丝路之日",
        theme_en="Building bridges",
        organising_city=lianyungang,
        launch_city=aktau,
        launch_date=datetime.date(2024, 8, 1),
        launch_date_precision="month",
        start_date=datetime.date(2024, 8, 1),
    )
    program.organisers.add(OrganisationFactory(name_en="Silk Road Media Centre"))
    stop = ItineraryStopFactory(program=program, city=aktau, position=1)
    ItineraryStopFactory(program=program, city=samarkand, position=2)
    event = EventFactory(
        program=program,
        stop=stop,
        slug="aktau-interview",
        title_en="Interviews in Aktau",
        city=aktau,
        venue_en="Port terminal",
        starts_at=datetime.datetime(2024, 9, 2, 5, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2024, 9, 2, 7, 0, tzinfo=datetime.UTC),
        timezone="Asia/Aqtau",
    )
    consenting = ParticipantFactory(
        given_name="Aliya",
        family_name="Demova",
        email="aliya@example.org",
        phone="+7 700 123 4567",
        public_listing_consent=True,
        category="journalist",
    )
    private = ParticipantFactory(given_name="Hidden", family_name="Person")
    RegistrationFactory(participant=consenting, program=program, status="confirmed")
    RegistrationFactory(participant=private, program=program, status="confirmed")
    press = PressCoverageFactory(
        program=program,
        title="Lancement du programme",
        language="fr",
        url="https://example.org/article",
    )
    report = ReportFactory(
        program=program, slug="first-week", title_en="The first week", author="Demo"
    )

    later = timezone.now() + datetime.timedelta(days=3)
    drafts = {
        "program": ProgramFactory(
            slug="secret-draft", title_en="Secret draft program", live=False
        ),
        "scheduled": ProgramFactory(
            slug="secret-scheduled", title_en="Secret scheduled", go_live_at=later
        ),
        "event": EventFactory(
            program=program, slug="secret-event", title_en="Secret event", live=False
        ),
        "press": PressCoverageFactory(
            program=program, title="Secret press item", live=False
        ),
        "report": ReportFactory(
            program=program, slug="secret-report", title_en="Secret report", live=False
        ),
    }
    return {
        "program": program,
        "event": event,
        "press": press,
        "report": report,
        "city": aktau,
        "drafts": drafts,
        "consenting": consenting,
        "private": private,
    }


SECRETS = [
    "Secret draft program",
    "Secret scheduled",
    "Secret event",
    "Secret press item",
    "Secret report",
    "secret-draft",
    "secret-scheduled",
    "secret-event",
    "secret-report",
]
