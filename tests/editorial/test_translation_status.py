"""Translation status: numbers, the list column and filter, the report page."""

import re

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from programs.models import Program
from programs.services.translation_status import statuses, with_translation_counts
from tests.factories import (
    CityFactory,
    EventFactory,
    ProgramFactory,
    ReportFactory,
    UserFactory,
)

from .conftest import TITLES, five

pytestmark = pytest.mark.django_db

REPORT = reverse("admin-translation-report")
# Four for the session, the user with their admin language, and permissions; one
# for their groups; then one count per model the editor may change (nine),
# and one list per model with something missing here (cities, programs,
# events and reports).
REPORT_QUERIES = 18
PROGRAMS = reverse("admin:programs_program_changelist")


def status_of(obj) -> dict[str, tuple[int, int, int | None]]:
    annotated = with_translation_counts(type(obj).objects.filter(pk=obj.pk)).get()
    return {s.code: (s.done, s.total, s.percent) for s in statuses(annotated)}


def half_translated(**overrides):
    """Three fields in English; French has two, the others one."""
    return ProgramFactory(
        **{
            **five("title", **TITLES),
            **five("theme", en="Bridges", fr="Des ponts"),
            **five("summary", en="Friends"),
            **overrides,
        }
    )


def test_completeness_is_fields_filled_in_each_language_out_of_those_in_english():
    program = half_translated()

    assert status_of(program) == {
        "en": (3, 3, 100),
        "fr": (2, 3, 66),
        "ru": (1, 3, 33),
        "kk": (1, 3, 33),
        "zh-hans": (1, 3, 33),
    }


def test_a_field_empty_in_english_has_nothing_to_translate():
    program = half_translated(**five("body", kk="<p>Тек қазақша</p>"))

    assert status_of(program)["kk"] == (1, 3, 33)


def test_blank_text_counts_as_missing():
    program = half_translated(theme_ru="   ")

    assert status_of(program)["ru"] == (1, 3, 33)


def test_the_list_column_shows_five_badges_with_words_not_just_colour(
    editor_client,
):
    half_translated()

    html = editor_client.get(PROGRAMS).content.decode()

    cell = re.search(r'<td class="field-translation_status">(.*?)</td>', html, re.S)
    badges = [strip_tags(item) for item in re.findall(r"<li.*?</li>", cell.group(1))]
    assert badges == [
        "EN 100%: 3 of 3 fields translated",
        "FR 66%: 2 of 3 fields translated",
        "RU 33%: 1 of 3 fields translated",
        "KK 33%: 1 of 3 fields translated",
        "ZH 33%: 1 of 3 fields translated",
    ]
    assert '<abbr title="Kazakh">KK</abbr>' in cell.group(1)
    assert 'class="translation-badge is-missing"' in cell.group(1)


def test_the_filter_lists_what_is_missing_in_one_language(editor_client):
    half_translated(slug="partly")
    complete = ProgramFactory(
        slug="complete",
        **five("title", en="A", fr="B", ru="В", kk="Ә", zh_hans="中"),
    )

    missing = editor_client.get(PROGRAMS, {"missing_in": "kk"})
    done = editor_client.get(PROGRAMS, {"missing_in": "none"})

    assert [p.slug for p in missing.context["cl"].result_list] == ["partly"]
    assert [p.slug for p in done.context["cl"].result_list] == [complete.slug]
    assert "Missing in Kazakh" in missing.content.decode()


@pytest.mark.parametrize("model_name", ["city", "event", "report", "itinerarystop"])
def test_every_translated_models_list_has_the_filter_and_column(
    editor_client, program, report, model_name
):
    CityFactory(**five("name", en="Aktau", kk="Ақтау"))

    response = editor_client.get(
        reverse(f"admin:programs_{model_name}_changelist"), {"missing_in": "fr"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Missing in French" in html
    assert 'href="/admin/translations/"' in html


def test_the_report_lists_per_language_what_needs_translating_with_edit_links(
    editor_client,
):
    program = half_translated()
    event = EventFactory(program=program, **five("title", en="Forum", ru="Форум"))

    response = editor_client.get(REPORT, {"language": "fr"})

    html = response.content.decode()
    assert "Still to translate into French" in html
    program_url = reverse("admin:programs_program_change", args=[program.pk])
    event_url = reverse("admin:programs_event_change", args=[event.pk])
    assert f'<a href="{program_url}">Silk Road</a>' in html
    assert f'<a href="{event_url}">Forum</a>' in html
    program_row = html[html.index(program_url) :]
    assert "66% (2 of 3)" in program_row[: program_row.index("</tr>")]
    assert "<td>summary</td>" in program_row[: program_row.index("</tr>")]


def test_the_report_summary_counts_each_language(editor_client):
    half_translated()
    EventFactory(**five("title", en="Forum", ru="Форум"))

    response = editor_client.get(REPORT, {"language": "kk"})

    sections = {str(s["name"]): s["counts"] for s in response.context["sections"]}
    # fr, ru, kk, zh-hans
    assert sections["programs"] == [2, 2, 2, 2]
    assert sections["events"] == [1, 0, 1, 1]


@pytest.mark.parametrize("count", [1, 30])
def test_the_report_costs_the_same_queries_for_one_or_many_objects(
    editor_client, django_assert_num_queries, count
):
    for n in range(count):
        program = half_translated(slug=f"program-{n}")
        EventFactory(program=program)
        ReportFactory(program=program)
    editor_client.get(REPORT)  # the session and the user's groups, warmed

    with django_assert_num_queries(REPORT_QUERIES):
        response = editor_client.get(REPORT, {"language": "ru"})

    assert response.status_code == 200
    assert len(response.context["sections"][3]["rows"]) >= count


def test_organisers_see_only_their_own_programs_in_the_report(client):
    organiser = UserFactory(groups=["Organisers"])
    half_translated(slug="theirs", managers=[organiser])
    ProgramFactory(slug="other", **five("title", en="Someone else's"))
    client.force_login(organiser)

    response = client.get(REPORT)

    assert "Someone else" not in response.content.decode()
    assert Program.objects.count() == 2


def test_the_report_needs_a_staff_login(client):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
