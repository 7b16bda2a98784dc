"""The admin's status column and filter agree with ``status_string``, and a
schedule that expires before it goes live is refused beside the expiry field,
in every language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from programs.services.publishing import Status

from .conftest import LANGUAGES, PUBLISHABLE_FACTORIES, hours

pytestmark = pytest.mark.django_db

FACTORIES = PUBLISHABLE_FACTORIES
SCHEDULE_REFUSED = "The expiry time must be after the go-live time."


# Each state, the fields that make it, and the filter choice that lists it.
STATES = {
    "draft": ({"live": False}, Status.DRAFT),
    "scheduled": ({"go_live_at": +24}, Status.SCHEDULED),
    "live": ({}, Status.LIVE),
    "live + scheduled": ({"expire_at": +24}, Status.LIVE),
    "expired": ({"expire_at": -24}, Status.EXPIRED),
}


def make(factory, fields: dict):
    values = {
        name: hours(value) if name in {"go_live_at", "expire_at"} else value
        for name, value in fields.items()
    }
    return factory(**values)


def changelist(model) -> str:
    return reverse(f"admin:programs_{model._meta.model_name}_changelist")


def status_cells(html: str) -> dict[str, str]:
    """Each listed row's id and the text of its status cell."""
    cells = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        pk = re.search(r'name="_selected_action" value="(\d+)"', row)
        status = re.search(r'<td class="field-status">(.*?)</td>', row)
        if pk and status:
            cells[pk.group(1)] = status.group(1)
    return cells


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_status_column_shows_each_of_the_five_states_as_status_string(
    editor_client, factory
):
    items = {state: make(factory, fields) for state, (fields, _) in STATES.items()}
    model = factory._meta.model

    cells = status_cells(editor_client.get(changelist(model)).content.decode())

    assert {state: cells[str(item.pk)] for state, item in items.items()} == {
        state: item.status_string for state, item in items.items()
    }
    assert set(cells.values()) == set(STATES)


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("choice", Status.values)
def test_status_filter_lists_exactly_the_items_in_that_state(
    editor_client, factory, choice
):
    items = {state: make(factory, fields) for state, (fields, _) in STATES.items()}
    model = factory._meta.model

    response = editor_client.get(changelist(model), {"status": choice})

    shown = {item.pk for item in response.context["cl"].result_list}
    expected = {
        items[state].pk
        for state, (_fields, listed_under) in STATES.items()
        if listed_under == choice
    }
    assert shown == expected


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_a_schedule_expiring_before_it_goes_live_is_refused_beside_the_expiry(
    client, editor, change_form, factory, language
):
    item = factory(live=False)
    data = change_form(item)
    data.update(
        {
            "go_live_at_0": "2030-08-10",
            "go_live_at_1": "10:00:00",
            "expire_at_0": "2030-08-01",
            "expire_at_1": "10:00:00",
        }
    )
    with translation.override(language):
        expected = translation.gettext(SCHEDULE_REFUSED)
    if language != "en":
        assert expected != SCHEDULE_REFUSED

    response = client.post(
        reverse(f"admin:programs_{item._meta.model_name}_change", args=[item.pk]),
        data,
        headers={"accept-language": language},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["expire_at"] == [expected]
    html = response.content.decode()
    expiry_row = html[html.index('class="form-row field-go_live_at') :]
    assert expected in expiry_row[: expiry_row.index("</fieldset>")]
    item.refresh_from_db()
    assert (item.go_live_at, item.expire_at) == (None, None)
