"""The admin in Kazakh: Django 5.2 leaves these strings in English, our
supplements (locale_supplements/kk) translate them.

Each test renders one admin screen with the browser asking for Kazakh and
checks that the strings Django's own kk catalogue lacks show in Kazakh and not
in English.
"""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from django_countries import countries

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return UserFactory(username="astana-editor", is_superuser=True)


@pytest.fixture
def kazakh_client():
    return Client(headers={"accept-language": "kk"})


@pytest.fixture
def editor_client(kazakh_client, superuser):
    kazakh_client.force_login(superuser)
    return kazakh_client


def page_text(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def assert_kazakh(text: str, kazakh: list[str], english: list[str]) -> None:
    missing = [phrase for phrase in kazakh if phrase not in text]
    leaked = [phrase for phrase in english if phrase in text]
    assert not (missing or leaked), f"Kazakh missing: {missing}; English: {leaked}"


def test_login_page_is_in_kazakh(kazakh_client):
    text = page_text(kazakh_client.get("/admin/login/"))

    assert_kazakh(
        text,
        kazakh=[
            "Негізгі мазмұнға өту",
            "Безендіруді ауыстыру (қазіргі безендіру: автоматты)",
            "Caravan әкімшілігі",
        ],
        english=[
            "Skip to main content",
            "Toggle theme",
            "Django site admin",
        ],
    )


def test_failed_login_explains_the_error_in_kazakh(kazakh_client, superuser):
    response = kazakh_client.post(
        "/admin/login/", {"username": superuser.username, "password": "wrong"}
    )

    assert_kazakh(
        page_text(response),
        kazakh=[
            "Қызметкер тіркелгісінің дұрыс пайдаланушы аты мен құпия сөзін енгізіңіз.",
            "Қате:",
        ],
        english=["Please enter the correct", "for a staff account", "Error:"],
    )


def test_admin_index_is_in_kazakh(editor_client):
    text = page_text(editor_client.get("/admin/"))

    assert_kazakh(
        text,
        kazakh=[
            "Соңғы әрекеттер",
            "Менің әрекеттерім",
            "Сайтты қарау",
            "Аутентификация және авторизация",
        ],
        english=[
            "Recent actions",
            "My actions",
            "View site",
            "Authentication and Authorization",
        ],
    )


def test_user_list_with_filters_and_pagination_is_in_kazakh(editor_client):
    # 101 non-staff users fill one page (100 rows) and spill onto a second.
    get_user_model().objects.bulk_create(
        get_user_model()(username=f"visitor-{n:03}") for n in range(101)
    )

    text = page_text(editor_client.get("/admin/auth/user/?is_staff__exact=0&p=2"))

    assert_kazakh(
        text,
        kazakh=[
            "101 пайдаланушылар",
            "Барлық сүзгілерді тазалау",
            "Сандарды көрсету",
            "Әрекет үшін осы беттегі барлық объектілерді таңдау",
            "1 ішінен 0 таңдалды",
            "Таңдалған пайдаланушылар өшіру",
        ],
        english=[
            "Clear all filters",
            "Show counts",
            "Select all objects on this page",
            "0 of ",
            "Delete selected",
        ],
    )


def test_user_add_form_with_validation_errors_is_in_kazakh(editor_client):
    response = editor_client.post(
        "/admin/auth/user/add/",
        {"username": "", "usable_password": "true", "password1": "a", "password2": "b"},
    )

    assert_kazakh(
        page_text(response),
        kazakh=[
            "Төмендегі қателерді түзетіңіз.",
            "Екі құпия сөз өрісі сәйкес келмейді.",
            "Пайдаланушыны жасағаннан кейін оның басқа баптауларын өңдей аласыз.",
            "Құпия сөз арқылы аутентификация",
        ],
        english=[
            "Please correct the error",
            "didn’t match",
            "After you’ve created a user",
            "Password-based authentication",
        ],
    )


def test_password_change_page_is_in_kazakh(editor_client):
    text = page_text(editor_client.get("/admin/password_change/"))

    assert_kazakh(
        text,
        kazakh=[
            "Қауіпсіздік үшін ескі құпия сөзіңізді енгізіңіз",
            "Құпия сөзіңіз тек цифрлардан тұрмауы керек.",
            "Құпия сөзіңіз жиі қолданылатын құпия сөз болмауы керек.",
        ],
        english=[
            "for security’s sake",
            "can’t be entirely numeric",
            "commonly used password",
        ],
    )


def test_delete_confirmation_page_is_in_kazakh(editor_client):
    doomed = UserFactory(username="leaving-editor")

    text = page_text(editor_client.get(f"/admin/auth/user/{doomed.pk}/delete/"))

    assert_kazakh(
        text,
        kazakh=["Иә, сенімдімін", "Жоқ, артқа қайту", "Қысқаша мәлімет"],
        english=["Yes, I’m sure", "No, take me back", "Summary"],
    )


def javascript_catalogue(client) -> dict:
    script = page_text(client.get("/admin/jsi18n/"))
    return json.loads(re.search(r"newcatalog = (\{.*?\});", script, re.S).group(1))


def test_admin_calendar_and_selector_scripts_are_in_kazakh(editor_client):
    catalogue = javascript_catalogue(editor_client)

    assert catalogue["January"] == "Қаңтар"
    assert catalogue["Choose a Date"] == "Күнді таңдаңыз"
    assert catalogue["Choose all %s"] == "Барлық %s таңдау"


def test_rich_text_editor_dialogs_are_in_kazakh(editor_client):
    catalogue = javascript_catalogue(editor_client)

    assert catalogue["Insert Table"] == "Кесте кірістіру"
    assert catalogue["Edit Link"] == "Сілтемені өңдеу"


def test_country_names_are_in_kazakh():
    with translation.override("kk"):
        names = [countries.name(code) for code in ("CN", "KZ", "UZ")]

    assert names == ["Қытай", "Қазақстан", "Өзбекстан"]


def test_sign_in_protection_and_background_jobs_are_named_in_kazakh(editor_client):
    text = page_text(editor_client.get("/admin/"))

    assert_kazakh(
        text,
        kazakh=[
            "Кіруді қорғау",
            "Кіру әрекеттері",
            "Сәтсіз кірулер",
            "Кіру журналдары",
            "Фондық тапсырмалар",
            "Тапсырма нәтижелері",
        ],
        english=[
            "AXES",
            ">Axes<",
            "Access attempts",
            "Access failures",
            "Access logs",
            "Tasks Database Backend",
            "Task Results",
        ],
    )


def test_background_job_list_columns_and_filters_are_in_kazakh(editor_client):
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.create(
        task_path="programs.services.emails.send_email",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
    )

    text = page_text(editor_client.get("/admin/django_tasks_database/dbtaskresult/"))

    assert_kazakh(
        text,
        kazakh=["Тапсырма", "Кезекке қойылған уақыты", "Басымдық", "Дайын"],
        english=["Task name", "Enqueued at", "Priority", ">Ready<"],
    )
