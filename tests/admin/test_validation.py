"""Bad input in the admin is explained beside the field to correct."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PillowImage

from programs.models import City, Event, Program
from tests.factories import CityFactory, EventFactory, ProgramFactory

from .test_program_form import program_form, with_stops

pytestmark = pytest.mark.django_db

PROGRAM_ADD = reverse("admin:programs_program_add")
CITY_ADD = reverse("admin:programs_city_add")


def city_form(**overrides) -> dict:
    return {
        "slug": "aktau",
        "name_en": "Aktau",
        "country": "KZ",
        "latitude": "43.65",
        "longitude": "51.16",
        **overrides,
    }


def field_errors(response, field: str) -> list[str]:
    return list(response.context["adminform"].form.errors.get(field, []))


def test_program_ending_before_it_starts_is_refused_on_the_end_date(
    superuser_client,
):
    response = superuser_client.post(
        PROGRAM_ADD,
        program_form(CityFactory(), start_date="2024-09-30", end_date="2024-08-01"),
    )

    assert response.status_code == 200
    assert field_errors(response, "end_date") == [
        "The end date cannot be before the start date."
    ]
    assert "The end date cannot be before the start date." in response.content.decode()
    assert not Program.objects.exists()


def test_expiry_before_go_live_is_refused_on_the_expiry(superuser_client):
    response = superuser_client.post(
        PROGRAM_ADD,
        program_form(
            CityFactory(),
            go_live_at_0="2024-08-10",
            go_live_at_1="10:00",
            expire_at_0="2024-08-01",
            expire_at_1="10:00",
        ),
    )

    assert field_errors(response, "expire_at") == [
        "The expiry time must be after the go-live time."
    ]


def test_stop_departing_before_it_arrives_is_refused_in_the_inline(superuser_client):
    city = CityFactory()
    response = superuser_client.post(
        PROGRAM_ADD,
        with_stops(
            program_form(city),
            {
                "position": "1",
                "city": str(city.pk),
                "arrival_date": "2024-08-20",
                "departure_date": "2024-08-18",
            },
        ),
    )

    assert response.status_code == 200
    assert "The departure cannot be before the arrival." in response.content.decode()
    stop_form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert stop_form.errors["departure_date"] == [
        "The departure cannot be before the arrival."
    ]
    assert not Program.objects.exists()


def test_duplicate_program_slug_is_explained(superuser_client):
    ProgramFactory(slug="caravan-of-friendship")

    response = superuser_client.post(PROGRAM_ADD, program_form(CityFactory()))

    message = (
        "This slug is already taken. It becomes part of a web address, so each "
        "must be unique: add a year or a place."
    )
    assert field_errors(response, "slug") == [message]
    assert message in response.content.decode()
    assert Program.objects.count() == 1


def test_duplicate_city_slug_is_explained(superuser_client):
    CityFactory(slug="aktau")

    response = superuser_client.post(CITY_ADD, city_form())

    assert field_errors(response, "slug")[0].startswith("This slug is already taken.")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("latitude", "91", "Latitude must be between -90 and 90 degrees."),
        ("latitude", "-90.5", "Latitude must be between -90 and 90 degrees."),
        ("longitude", "180.01", "Longitude must be between -180 and 180 degrees."),
        ("longitude", "-200", "Longitude must be between -180 and 180 degrees."),
    ],
)
def test_coordinates_out_of_range_are_refused_on_their_field(
    superuser_client, field, value, message
):
    response = superuser_client.post(CITY_ADD, city_form(**{field: value}))

    assert response.status_code == 200
    assert field_errors(response, field) == [message]
    assert message in response.content.decode()
    assert not City.objects.exists()


def test_coordinates_on_the_edge_are_accepted(superuser_client):
    response = superuser_client.post(
        CITY_ADD, city_form(latitude="-90", longitude="180")
    )

    assert response.status_code == 302
    assert City.objects.get().latitude == -90


def test_event_ending_before_it_starts_is_refused_on_the_end(superuser_client):
    event = EventFactory()
    starts = timezone.localtime(event.starts_at)
    ends = starts - datetime.timedelta(hours=2)
    url = reverse("admin:programs_event_change", args=[event.pk])

    response = superuser_client.post(
        url,
        {
            "program": str(event.program.pk),
            "title_en": event.title_en,
            "slug": event.slug,
            "kind": event.kind,
            "starts_at_0": starts.strftime("%Y-%m-%d"),
            "starts_at_1": starts.strftime("%H:%M:%S"),
            "ends_at_0": ends.strftime("%Y-%m-%d"),
            "ends_at_1": ends.strftime("%H:%M:%S"),
            "timezone": "Asia/Almaty",
        },
    )

    assert field_errors(response, "ends_at") == [
        "An event cannot end before it starts."
    ]
    assert Event.objects.get(pk=event.pk).ends_at is None


def test_image_without_alt_text_must_be_marked_decorative(superuser_client):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    upload = SimpleUploadedFile("square.png", buffer.getvalue(), "image/png")

    response = superuser_client.post(
        reverse("admin:programs_image_add"),
        {
            "file": upload,
            "title": "Square",
            "focal_point_x": "0.5",
            "focal_point_y": "0.5",
        },
    )

    assert field_errors(response, "alt_text_en") == [
        "Write alternative text, or mark the image as decorative."
    ]


def test_a_program_accent_too_light_for_white_text_is_refused_on_its_field(
    superuser_client,
):
    response = superuser_client.post(
        PROGRAM_ADD, program_form(CityFactory(), accent_colour="#f0c020")
    )

    assert response.status_code == 200
    [message] = field_errors(response, "accent_colour")
    assert message.startswith("#f0c020 is too light")
    assert not Program.objects.exists()


def test_a_program_accent_is_saved_in_lower_case_and_offers_a_picker(
    superuser_client,
):
    form = superuser_client.get(PROGRAM_ADD).content.decode()
    picker = 'type="color" class="colour-picker" data-colour-for="id_accent_colour"'
    assert picker in form

    response = superuser_client.post(
        PROGRAM_ADD, program_form(CityFactory(), accent_colour="#A3231B")
    )

    assert response.status_code == 302
    assert Program.objects.get().accent_colour == "#a3231b"
