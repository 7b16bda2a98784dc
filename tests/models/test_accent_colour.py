"""A program's accent colour: any colour dark enough for white text on it."""

import pytest
from django.core.exceptions import ValidationError

from programs.models.colours import contrast_ratio, validate_accent_colour
from tests.factories import ProgramFactory


def test_contrast_ratio_runs_from_one_to_twenty_one():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#0f6b73", "#0f6b73") == pytest.approx(1)
    # WebAIM's checker gives 6.23:1 for the site's teal on white.
    assert contrast_ratio("#0f6b73", "#ffffff") == pytest.approx(6.23, abs=0.01)


def test_a_dark_enough_colour_passes():
    validate_accent_colour("#0f6b73")
    validate_accent_colour("#a3231b")


def test_a_light_colour_is_refused_with_its_contrast_and_what_to_do():
    with pytest.raises(ValidationError) as error:
        validate_accent_colour("#f0c020")

    assert error.value.code == "low_contrast"
    message = error.value.messages[0]
    assert "#f0c020" in message and "1.7:1" in message and "darker" in message


@pytest.mark.parametrize("value", ["teal", "#12345", "#12345g", "rgb(0,0,0)"])
def test_anything_but_a_hex_colour_is_refused(value):
    with pytest.raises(ValidationError) as error:
        validate_accent_colour(value)

    assert error.value.code == "invalid"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [("#0F6B73", "#0f6b73"), ("0f6b73", "#0f6b73"), ("#a21", "#aa2211")],
)
def test_a_colour_is_stored_as_lower_case_six_digits_however_typed(typed, stored):
    program = ProgramFactory.build(accent_colour=typed)

    program.full_clean(exclude=["organising_city", "slug"])

    assert program.accent_colour == stored
