"""``choice_label`` (models/fields.py) gives what Django's
``get_<field>_display()`` gives, translating only the label it shows."""

from unittest import mock

import pytest
from django.utils import translation

from programs.models import Event, Partnership
from programs.models.fields import choice_label


@pytest.mark.parametrize("language", ["en", "fr", "ru", "kk", "zh-hans"])
@pytest.mark.parametrize("kind", [choice.value for choice in Event.Kind])
def test_the_label_is_djangos_in_every_language(language, kind):
    event = Event(kind=kind)
    with translation.override(language):
        assert choice_label(event, "kind") == event.get_kind_display()
        assert isinstance(choice_label(event, "kind"), str)


def test_a_value_outside_the_choices_is_shown_as_it_is():
    assert choice_label(Partnership(kind="retired-kind"), "kind") == "retired-kind"


def test_only_the_label_shown_is_translated():
    event = Event(kind=Event.Kind.FORUM)
    choice_label(event, "kind")  # the choices, once per model and field
    with (
        translation.override("kk"),
        mock.patch.object(
            # What django.utils.translation.gettext calls.
            translation._trans,
            "gettext",
            wraps=translation._trans.gettext,
        ) as translated,
    ):
        choice_label(event, "kind")
        ours = translated.call_count
        translated.reset_mock()
        event.get_kind_display()
        djangos = translated.call_count
    assert ours == 1
    # Django translates every label of the field, to hash it.
    assert djangos >= len(Event.Kind.choices)
