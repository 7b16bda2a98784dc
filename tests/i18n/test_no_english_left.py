"""No English interface string is left on a page shown in Kazakh or Chinese.

Each public page type and each admin screen type is rendered in kk and zh-hans
and its visible text (plus the attributes a person reads or hears: alt,
title, aria-label, placeholder, the page description) is searched for the
English msgids of our own catalogue. The content is written in all five
languages, so any English found is an interface string left untranslated.
Text marked with another language (the language switcher's names) and the
contents of scripts, styles and text areas (editors' own text in every
language) are not interface text, so they are skipped.
"""

import datetime
import importlib.util
import re
import sys
from functools import cache
from html.parser import HTMLParser

import polib
import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from programs import models
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
    UserFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "zh-hans"]
CATALOGUE = settings.BASE_DIR / "locale" / "kk" / "LC_MESSAGES" / "django.po"
SCRIPT = settings.BASE_DIR / "scripts" / "translation_coverage.py"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
# Text nobody reads as interface: code, styling, and editors' multilingual input.
SKIPPED_ELEMENTS = {"script", "style", "textarea", "template"}
VOID_ELEMENTS = {
    *("area", "base", "br", "col", "embed", "hr", "img", "input"),
    *("link", "meta", "source", "track", "wbr"),
}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
READ_META = {"description", "og:description", "og:title"}


def five(field: str, en: str, fr: str, ru: str, kk: str, zh: str) -> dict[str, str]:
    """A translated field's value in each of the five languages."""
    values = {"en": en, "fr": fr, "ru": ru, "kk": kk, "zh_hans": zh}
    return {f"{field}_{code}": value for code, value in values.items()}


class ReadableText(HTMLParser):
    """Collects what a reader of a page in ``language`` sees or hears."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # (tag, language of the element, skipped) for each open element.
        self.open: list[tuple[str, str, bool]] = [("", language, False)]
        self.page_language = language

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        _parent, language, skipped = self.open[-1]
        language = attributes.get("lang") or language
        skipped = skipped or tag in SKIPPED_ELEMENTS
        skipped = skipped or language.lower() != self.page_language
        if not skipped:
            self.parts += [
                value for name, value in attrs if name in READ_ATTRIBUTES and value
            ]
            meta = attributes.get("name") or attributes.get("property")
            if tag == "meta" and meta in READ_META:
                self.parts.append(attributes.get("content") or "")
            if tag == "input" and attributes.get("type") in {"submit", "button"}:
                self.parts.append(attributes.get("value") or "")
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, language, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.open.pop()

    def handle_endtag(self, tag):
        # Close up to the matching element, as browsers do with unclosed ones.
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        if not self.open[-1][2]:
            self.parts.append(data)


def readable_text(html: str, language: str) -> str:
    parser = ReadableText(language)
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def is_distinctive(msgid: str) -> bool:
    """Two or more words, or one word long enough not to be a code or a name."""
    words = re.findall(r"[A-Za-z]+", PLACEHOLDER.sub(" ", msgid))
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 4)


def msgid_pattern(msgid: str) -> re.Pattern:
    """A msgid as it would show untranslated: any value in its placeholders,
    capitalised or not (Django capitalises verbose names), whole words only.
    """
    literal = [re.escape(" ".join(part.split())) for part in PLACEHOLDER.split(msgid)]
    body = r".{1,80}?".join(literal).replace(r"\ ", r"\s+")
    first = msgid[0]
    if first.isalpha():
        body = f"[{first.upper()}{first.lower()}]" + body[1:]
    # Not part of a longer word or code ("astana-editor" has no "Editor").
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.ASCII)


# What the admin-side apps show in English when nothing translates them: the
# msgids they pass to gettext, and the names they never pass to it at all.
ADMIN_APPS = ("axes", "django_tasks_db", "django_tasks")
UNTRANSLATABLE_ADMIN_TEXT = {"Axes", "Tasks Database Backend", "Task name"}


@cache
def admin_app_msgids() -> set[str]:
    spec = importlib.util.spec_from_file_location("translation_coverage", SCRIPT)
    coverage = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, coverage)
    spec.loader.exec_module(coverage)
    return {
        msgid
        for app in ADMIN_APPS
        for _ctx, msgid, _plural in coverage.python_keys(coverage.package_dir(app))
    }


@cache
def english_interface_strings() -> tuple[tuple[str, re.Pattern], ...]:
    entries = polib.pofile(str(CATALOGUE))
    msgids = {
        text
        for entry in entries
        if not entry.obsolete
        for text in (entry.msgid, entry.msgid_plural)
        if text
    }
    msgids |= admin_app_msgids() | UNTRANSLATABLE_ADMIN_TEXT
    return tuple(
        (msgid, msgid_pattern(msgid))
        for msgid in sorted(msgids)
        if is_distinctive(msgid)
    )


def english_left(response, language: str) -> list[str]:
    assert response.status_code in {200, 403, 404}, response.status_code
    text = readable_text(response.content.decode(), language)
    return [
        msgid for msgid, pattern in english_interface_strings() if pattern.search(text)
    ]


@pytest.fixture
def world(db):
    """A published program with every part, written in all five languages."""
    lianyungang = CityFactory(
        slug="lianyungang",
        country="CN",
        latitude=34.6,
        longitude=119.2,
        **five(
            "name", "Lianyungang", "Lianyungang", "Ляньюньган", "Ляньюньган", "连云港"
        ),
        **five(
            "description",
            "A port city",
            "Une ville portuaire",
            "Портовый город",
            "Порт қаласы",
            "港口城市",
        ),
    )
    aktau = CityFactory(
        slug="aktau",
        latitude=43.65,
        longitude=51.2,
        **five("name", "Aktau", "Aktaou", "Актау", "Ақтау", "阿克套"),
    )
    astana = CityFactory(
        slug="astana",
        latitude=51.17,
        longitude=71.43,
        **five("name", "Astana", "Astana", "Астана", "Астана", "阿斯塔纳"),
    )
    PartnershipFactory(
        city_a=lianyungang,
        city_b=aktau,
        **five(
            "description",
            "Twinned in 2023",
            "Jumelées en 2023",
            "Побратимы с 2023 года",
            "2023 жылдан бері бауырлас",
            "2023年结为友好城市",
        ),
    )
    outlet = OrganisationFactory(
        kind=models.Organisation.Kind.MEDIA,
        **five("name", "Kazinform", "Kazinform", "Казинформ", "Қазақпарат", "哈通社"),
    )
    program = ProgramFactory(
        slug="silk-road",
        organising_city=lianyungang,
        launch_city=astana,
        launch_date=datetime.date(2024, 8, 1),
        launch_date_precision="month",
        **five(
            "title",
            "Silk Road",
            "Route de la soie",
            "Шёлковый путь",
            "Жібек жолы",
            "丝绸之路",
        ),
        **five("theme", "Bridges", "Des ponts", "Мосты", "Көпірлер", "桥梁"),
        **five("summary", "Friends", "Amis", "Друзья", "Достар", "朋友"),
        **five(
            "body",
            "<p>Ports</p>",
            "<p>Ports</p>",
            "<p>Порты</p>",
            "<p>Порттар</p>",
            "<p>港口</p>",
        ),
        **five("launch_venue", "Hall", "Salle", "Зал", "Зал", "大厅"),
    )
    program.organisers.add(outlet)
    stop = ItineraryStopFactory(
        program=program,
        city=aktau,
        position=1,
        arrival_date=datetime.date(2024, 9, 1),
        departure_date=datetime.date(2024, 9, 3),
        **five("summary", "Port", "Port", "Порт", "Порт", "港口"),
    )
    event = EventFactory(
        program=program,
        stop=stop,
        slug="aktau-interview",
        kind=models.Event.Kind.INTERVIEW,
        city=aktau,
        starts_at=datetime.datetime(2024, 9, 2, 5, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2024, 9, 2, 7, tzinfo=datetime.UTC),
        timezone="Asia/Aqtau",
        is_demo=True,
        **five("title", "Interviews", "Entretiens", "Интервью", "Сұхбаттар", "采访"),
        **five("description", "Talks", "Débats", "Беседы", "Әңгімелер", "座谈"),
        **five("venue", "Terminal", "Terminal", "Терминал", "Терминал", "码头"),
    )
    person = ParticipantFactory(
        given_name="Aliya",
        family_name="Demova",
        native_name="Әлия Демова",
        organisation=outlet,
        category=models.Participant.Category.JOURNALIST,
        public_listing_consent=True,
        is_demo=True,
        **five("bio", "Reporter", "Reporter", "Репортёр", "Тілші", "记者"),
    )
    RegistrationFactory(participant=person, program=program, event=event)
    PressCoverageFactory(
        program=program,
        outlet=outlet,
        journalist=person,
        title="Жібек жолы Ақтауда",
        language="kk",
        url="https://example.org/a",
        kind=models.PressCoverage.Kind.INTERVIEW,
        **five("summary", "Aktau", "Aktaou", "Актау", "Ақтау", "阿克套"),
    )
    report = ReportFactory(
        program=program,
        slug="first-week",
        author="Әлия Демова",
        is_demo=True,
        **five(
            "title", "Week one", "Semaine un", "Неделя первая", "Бірінші апта", "第一周"
        ),
        **five(
            "body",
            "<p>Ok</p>",
            "<p>Ok</p>",
            "<p>Итоги</p>",
            "<p>Қорытынды</p>",
            "<p>总结</p>",
        ),
    )
    return {"program": program, "event": event, "report": report, "city": aktau}


PUBLIC_PAGES = {
    "home": "/{lang}/",
    "program list": "/{lang}/programs/",
    "program page": "/{lang}/programs/silk-road/",
    "event page": "/{lang}/events/aktau-interview/",
    "city list": "/{lang}/cities/",
    "city page": "/{lang}/cities/lianyungang/",
    "press list": "/{lang}/press/",
    "report list": "/{lang}/reports/",
    "report page": "/{lang}/reports/first-week/",
    "404": "/{lang}/programs/no-such-program/",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PUBLIC_PAGES)
def test_public_page_shows_no_english_interface_string(
    client, world, page_type, language
):
    response = client.get(PUBLIC_PAGES[page_type].format(lang=language))

    assert english_left(response, language) == []


@pytest.fixture
def editor_for(world):
    user = UserFactory(username="astana-editor", is_superuser=True)

    def sign_in(language: str) -> Client:
        editor = Client(headers={"accept-language": language})
        editor.force_login(user)
        return editor

    return sign_in


OUR_MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label == "programs"),
    key=lambda model: model.__name__,
)


# Nobody may add audit entries; their add page is a 403, covered below.
ADDABLE_MODELS = [
    model for model in OUR_MODELS if model._meta.model_name != "auditentry"
]


def admin_url(model, view: str, *args) -> str:
    meta = model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_login_shows_no_english_interface_string(language):
    response = Client(headers={"accept-language": language}).get("/admin/login/")

    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_index_shows_no_english_interface_string(editor_for, language):
    response = editor_for(language).get(reverse("admin:index"))

    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda model: model.__name__)
def test_admin_changelist_shows_no_english_interface_string(
    editor_for, model, language
):
    response = editor_for(language).get(admin_url(model, "changelist"))

    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", ADDABLE_MODELS, ids=lambda model: model.__name__)
def test_admin_add_form_shows_no_english_interface_string(editor_for, model, language):
    response = editor_for(language).get(admin_url(model, "add"))

    assert english_left(response, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("part", ["program", "event", "report"])
def test_admin_change_form_shows_no_english_interface_string(
    editor_for, world, part, language
):
    obj = world[part]

    response = editor_for(language).get(admin_url(type(obj), "change", obj.pk))

    assert english_left(response, language) == []


def test_a_heading_left_in_english_is_reported(client, world, monkeypatch):
    monkeypatch.setitem(trans_real.translation("kk")._catalog, "Itinerary", "Itinerary")

    response = client.get("/kk/programs/silk-road/")

    assert english_left(response, "kk") == ["Itinerary"]


def test_a_sentence_left_in_english_is_reported_whatever_its_values(
    client, world, monkeypatch
):
    # The partnership on the program page: "since 2023".
    msgid = "since %(date)s"
    monkeypatch.setitem(trans_real.translation("kk")._catalog, msgid, msgid)

    response = client.get("/kk/programs/silk-road/")

    assert english_left(response, "kk") == [msgid]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_forbidden_page_shows_no_english_interface_string(editor_for, language):
    response = editor_for(language).get(admin_url(models.AuditEntry, "add"))

    assert response.status_code == 403
    assert english_left(response, language) == []
    with translation.override(language):
        assert translation.gettext("Access denied") in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_language_page_shows_no_english_interface_string(editor_for, language):
    response = editor_for(language).get("/admin/language/")

    assert response.status_code == 200
    assert english_left(response, language) == []


@pytest.fixture
def sign_in_and_job_records(db):
    """One row in each list of django-axes and django-tasks-db, so that their
    columns, values and filters show."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    seen = {"user_agent": "Firefox", "ip_address": "127.0.0.1", "username": "x"}
    AccessAttempt.objects.create(
        **seen, http_accept="*/*", path_info="/admin/login/", failures_since_start=2
    )
    AccessLog.objects.create(**seen, http_accept="*/*", path_info="/admin/login/")
    AccessFailureLog.objects.create(
        **seen, http_accept="*/*", path_info="/admin/login/"
    )
    DBTaskResult.objects.create(
        task_path="programs.services.emails.send_email",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
    )


THIRD_PARTY_LISTS = [
    "/admin/axes/accessattempt/",
    "/admin/axes/accesslog/",
    "/admin/axes/accessfailurelog/",
    "/admin/django_tasks_database/dbtaskresult/",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", THIRD_PARTY_LISTS)
def test_sign_in_protection_and_job_lists_show_no_english(
    editor_for, sign_in_and_job_records, path, language
):
    response = editor_for(language).get(path)

    assert response.status_code == 200
    assert english_left(response, language) == []


def test_an_app_name_left_in_english_is_reported(editor_for, monkeypatch):
    from django.apps import apps

    monkeypatch.setattr(apps.get_app_config("axes"), "verbose_name", "Axes")

    response = editor_for("kk").get(reverse("admin:index"))

    assert english_left(response, "kk") == ["Axes"]
