"""A published program with real text in all five languages, built by factories.

The browser checks need pages that look like the real site: long Cyrillic,
Kazakh and Chinese titles, an itinerary and events. Nothing here is presented
as fact; it exists only inside a test database.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from programs import models
from programs.services import registration as registrations
from tests import factories

PROGRAM_TITLE = {
    "en": "Silk Road Culture Caravan",
    "fr": "Caravane culturelle de la route de la soie",
    "ru": "Культурный караван Шёлкового пути",
    "kk": "Жібек жолы мәдени керуені",
    "zh_hans": "丝绸之路文化大篷车",
}
PROGRAM_THEME = {
    "en": "Music, crafts and cooking along the old trade roads",
    "fr": "Musique, artisanat et cuisine le long des anciennes routes commerciales",
    "ru": "Музыка, ремёсла и кухня вдоль старых торговых путей",
    "kk": "Ескі сауда жолдары бойындағы музыка, қолөнер және ас",
    "zh_hans": "古老商路上的音乐、手工艺与美食",
}
PROGRAM_SUMMARY = {
    "en": "Artists and journalists travel from Almaty to Xi’an and meet local "
    "musicians and cooks at every stop.",
    "fr": "Des artistes et des journalistes voyagent d’Almaty à Xi’an et "
    "rencontrent musiciens et cuisiniers à chaque étape.",
    "ru": "Артисты и журналисты едут из Алматы в Сиань и на каждой остановке "
    "встречаются с местными музыкантами и поварами.",
    "kk": "Әртістер мен журналистер Алматыдан Сианьға дейін саяхаттап, әр "
    "аялдамада жергілікті музыканттармен және аспаздармен кездеседі.",
    "zh_hans": "艺术家和记者从阿拉木图前往西安，在每一站与当地音乐家和厨师见面。",
}
LAUNCH_VENUE = {
    "en": "Republic Palace",
    "fr": "Palais de la République",
    "ru": "Дворец Республики",
    "kk": "Республика сарайы",
    "zh_hans": "共和国宫",
}
# slug: (country, latitude, longitude, names)
CITIES = {
    "almaty": (
        "KZ",
        43.24,
        76.95,
        {"en": "Almaty", "ru": "Алматы", "kk": "Алматы", "zh_hans": "阿拉木图"},
    ),
    "khorgos": (
        "KZ",
        44.21,
        80.41,
        {"en": "Khorgos", "ru": "Хоргос", "kk": "Қорғас", "zh_hans": "霍尔果斯"},
    ),
    "xian": (
        "CN",
        34.34,
        108.94,
        {"en": "Xi’an", "ru": "Сиань", "kk": "Сиань", "zh_hans": "西安"},
    ),
}
STOP_SUMMARY = {
    "en": "A workshop with the town’s bakers.",
    "fr": "Un atelier avec les boulangers de la ville.",
    "ru": "Мастер-класс с городскими пекарями.",
    "kk": "Қала наубайшыларымен шеберхана.",
    "zh_hans": "与当地面包师一起的工作坊。",
}
EVENTS = [
    (
        models.Event.Kind.FESTIVAL,
        {
            "en": "Opening concert",
            "fr": "Concert d’ouverture",
            "ru": "Открывающий концерт",
            "kk": "Ашылу концерті",
            "zh_hans": "开幕音乐会",
        },
    ),
    (
        models.Event.Kind.CULINARY,
        {
            "en": "Bread and noodle workshop",
            "fr": "Atelier pain et nouilles",
            "ru": "Мастер-класс: хлеб и лапша",
            "kk": "Нан мен кеспе шеберханасы",
            "zh_hans": "面包与面条工作坊",
        },
    ),
]

OUTLET_NAME = {
    "en": "Steppe Herald",
    "fr": "Le Héraut de la steppe",
    "ru": "Вестник степи",
    "kk": "Дала хабаршысы",
    "zh_hans": "草原导报",
}
PRESS_SUMMARY = {
    "en": "A reporter follows the caravan’s musicians across the border.",
    "fr": "Un reporter suit les musiciens de la caravane de l’autre côté de la "
    "frontière.",
    "ru": "Репортёр следует за музыкантами каравана через границу.",
    "kk": "Тілші керуен музыканттарымен бірге шекарадан өтеді.",
    "zh_hans": "一名记者跟随大篷车的音乐家们跨越边境。",
}
REPORT_TITLE = {
    "en": "Ten days on the road: the caravan’s diary",
    "fr": "Dix jours sur la route : le journal de la caravane",
    "ru": "Десять дней в пути: дневник каравана",
    "kk": "Жолдағы он күн: керуен күнделігі",
    "zh_hans": "路上十天：大篷车日记",
}
# A second program, whose applications open only later: the "closed" page.
LATER_PROGRAM_TITLE = {
    "en": "Steppe Music Days",
    "fr": "Journées musicales de la steppe",
    "ru": "Дни музыки степи",
    "kk": "Дала музыкасы күндері",
    "zh_hans": "草原音乐节",
}
# given name, family name, name in native script, language, email confirmed
APPLICANTS = [
    ("Dana", "Abenova", "Дана Әбенова", "kk", False),
    ("Wei", "Li", "李伟", "zh-hans", True),
]
PARTNERSHIP_DESCRIPTION = {
    "en": "Exchanges of students and musicians since 2016.",
    "fr": "Échanges d’étudiants et de musiciens depuis 2016.",
    "ru": "Обмен студентами и музыкантами с 2016 года.",
    "kk": "2016 жылдан бері студенттер мен музыканттар алмасуы.",
    "zh_hans": "自2016年以来的学生和音乐家交流。",
}


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """``{"en": "x"}`` as modeltranslation's ``{"field_en": "x"}``."""
    return {f"{field}_{language}": text for language, text in texts.items()}


@dataclass
class Showcase:
    program: models.Program
    event: models.Event
    city: models.City
    report: models.Report
    # Applications to ``program`` are open; to ``later_program`` not yet.
    later_program: models.Program
    # Applications to ``program``: one waits for its email to be confirmed.
    registration: models.Registration
    confirmed_registration: models.Registration


def build_showcase() -> Showcase:
    """Create the published showcase program, open for applications, with its
    stops, events, press, report, two applications and a partnership
    between two of its cities; and a second program not yet open."""
    cities = {
        slug: factories.CityFactory(
            slug=slug,
            country=country,
            latitude=latitude,
            longitude=longitude,
            **translated("name", names),
        )
        for slug, (country, latitude, longitude, names) in CITIES.items()
    }
    program = factories.ProgramFactory(
        slug="silk-road-culture-caravan",
        organising_city=cities["almaty"],
        launch_date=datetime.date(2024, 9, 2),
        **translated("title", PROGRAM_TITLE),
        **translated("theme", PROGRAM_THEME),
        **translated("summary", PROGRAM_SUMMARY),
        **translated("body", {k: f"<p>{v}</p>" for k, v in PROGRAM_SUMMARY.items()}),
        **translated("launch_venue", LAUNCH_VENUE),
        capacity=30,
        applications_open_at=timezone.now() - datetime.timedelta(days=1),
        applications_close_at=timezone.now() + datetime.timedelta(days=60),
    )
    for position, city in enumerate(cities.values(), start=1):
        factories.ItineraryStopFactory(
            program=program,
            city=city,
            position=position,
            arrival_date=datetime.date(2024, 9, 2 + 3 * position),
            **translated("summary", STOP_SUMMARY),
        )
    events = [
        factories.EventFactory(
            program=program,
            kind=kind,
            city=cities["almaty"],
            starts_at=timezone.now() + datetime.timedelta(days=days),
            **translated("title", titles),
            **translated("venue", LAUNCH_VENUE),
        )
        for days, (kind, titles) in enumerate(EVENTS, start=1)
    ]
    factories.PartnershipFactory(
        city_a=cities["almaty"],
        city_b=cities["xian"],
        kind=models.Partnership.Kind.CULTURAL,
        **translated("description", PARTNERSHIP_DESCRIPTION),
    )
    factories.PressCoverageFactory(
        program=program,
        outlet=factories.OrganisationFactory(
            kind=models.Organisation.Kind.MEDIA, **translated("name", OUTLET_NAME)
        ),
        title="Music crosses the border at Khorgos",
        url="https://example.org/steppe-herald/caravan",
        **translated("summary", PRESS_SUMMARY),
    )
    report = factories.ReportFactory(
        program=program,
        slug="caravan-diary",
        author="Aigerim Sadykova",
        **translated("title", REPORT_TITLE),
        **translated("body", {k: f"<p>{v}</p>" for k, v in PRESS_SUMMARY.items()}),
    )
    later_program = factories.ProgramFactory(
        slug="steppe-music-days",
        organising_city=cities["khorgos"],
        **translated("title", LATER_PROGRAM_TITLE),
        applications_open_at=timezone.now() + datetime.timedelta(days=30),
        applications_close_at=timezone.now() + datetime.timedelta(days=60),
    )
    pending, confirmed = _applications(program)
    return Showcase(
        program=program,
        event=events[0],
        city=cities["almaty"],
        report=report,
        later_program=later_program,
        registration=pending,
        confirmed_registration=confirmed,
    )


def _applications(program: models.Program) -> tuple[models.Registration, ...]:
    """Two public applications to ``program``: one still waiting for its
    email to be confirmed, one confirmed with a seat."""
    return tuple(
        registrations.apply_for_program(
            program,
            factories.ParticipantFactory(
                given_name=given_name,
                family_name=family_name,
                native_name=native_name,
                preferred_language=language,
            ),
            source=models.Registration.Source.PUBLIC_FORM,
            verified=verified,
            privacy_accepted=True,
            notify=False,
        )
        for given_name, family_name, native_name, language, verified in APPLICANTS
    )
