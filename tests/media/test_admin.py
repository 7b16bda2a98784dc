"""The image library and galleries in the admin: focal point, galleries, and
images nobody described kept off public pages."""

import re

import pytest
from django.urls import reverse

from programs.models import Program, ProgramGalleryImage
from tests.admin.test_program_form import management_form, program_form
from tests.factories import CityFactory, ImageFactory, ProgramFactory

from .conftest import image_form

pytestmark = pytest.mark.django_db

UNDESCRIBED = (
    "This image has no alternative text and is not marked decorative, so "
    "visitors would never see it. Describe it in the image library first."
)


def test_focal_point_is_two_number_inputs_with_help(editor_client):
    image = ImageFactory()

    html = editor_client.get(
        reverse("admin:programs_image_change", args=[image.pk])
    ).content.decode()

    for name in ("focal_point_x", "focal_point_y"):
        field = re.search(rf'<input type="number" name="{name}"[^>]*>', html)
        assert field and all(
            attr in field.group(0) for attr in ('min="0"', 'max="1"', 'step="0.01"')
        )
    assert "0 is the left edge, 1 the right edge." in html
    assert "0 is the top edge, 1 the bottom edge." in html


def test_focal_point_picker_is_our_script_over_a_plain_preview(editor_client):
    image = ImageFactory()

    html = editor_client.get(
        reverse("admin:programs_image_change", args=[image.pk])
    ).content.decode()

    assert '<div class="focal-point-picker" data-focal-point-picker>' in html
    assert "/static/admin/caravan/focal-point.js" in html
    # Without the script, the hint about clicking stays hidden.
    assert re.search(r'<p class="help" data-focal-point-hint hidden>', html)
    assert "focal_point" not in "".join(re.findall(r"<script>.*?</script>", html, re.S))


def test_focal_point_outside_the_picture_is_refused(editor_client):
    image = ImageFactory()

    response = editor_client.post(
        reverse("admin:programs_image_change", args=[image.pk]),
        image_form(focal_point_x="1.5"),
    )

    assert response.status_code == 200
    assert "The focal point must lie inside the image (0 to 1)." in (
        response.content.decode()
    )
    image.refresh_from_db()
    assert image.focal_point_x == 0.5


def test_focal_point_is_saved_from_the_form(editor_client):
    image = ImageFactory()

    response = editor_client.post(
        reverse("admin:programs_image_change", args=[image.pk]),
        image_form(focal_point_x="0.25", focal_point_y="0.75"),
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.focal_point_x, image.focal_point_y) == (0.25, 0.75)


def test_image_list_says_which_images_visitors_can_see(editor_client):
    ImageFactory(title="Described")
    ImageFactory(title="Undescribed", alt_text_en="")

    html = editor_client.get(reverse("admin:programs_image_changelist")).content
    html = html.decode()

    assert "shown to visitors" in html.lower()
    described = html[html.index("Described") :]
    assert 'alt="True"' in described[: described.index("</tr>")]
    undescribed = html[html.index("Undescribed") :]
    assert 'alt="False"' in undescribed[: undescribed.index("</tr>")]


def with_gallery(data: dict, *images) -> dict:
    data = {**data, **management_form("gallery_items", len(images))}
    for index, image in enumerate(images):
        data[f"gallery_items-{index}-image"] = str(image.pk)
        data[f"gallery_items-{index}-position"] = str(index + 1)
    return data


def test_editors_build_a_program_gallery_in_the_admin(editor_client):
    first, second = ImageFactory(), ImageFactory(is_decorative=True, alt_text_en="")

    response = editor_client.post(
        reverse("admin:programs_program_add"),
        with_gallery(program_form(CityFactory()), first, second),
    )

    assert response.status_code == 302
    program = Program.objects.get()
    assert list(
        ProgramGalleryImage.objects.filter(program=program).values_list(
            "image", flat=True
        )
    ) == [first.pk, second.pk]


def test_an_undescribed_image_is_refused_in_a_gallery(editor_client):
    response = editor_client.post(
        reverse("admin:programs_program_add"),
        with_gallery(program_form(CityFactory()), ImageFactory(alt_text_en="")),
    )

    assert response.status_code == 200
    assert UNDESCRIBED in response.content.decode()
    assert not Program.objects.exists()


def test_an_undescribed_hero_image_is_refused(editor_client):
    undescribed = ImageFactory(alt_text_en="")

    response = editor_client.post(
        reverse("admin:programs_program_add"),
        program_form(CityFactory(), hero_image=str(undescribed.pk)),
    )

    assert response.status_code == 200
    assert UNDESCRIBED in response.content.decode()
    assert not Program.objects.exists()


def test_program_change_page_shows_the_gallery_inline(editor_client):
    program = ProgramFactory()
    ProgramGalleryImage.objects.create(
        program=program, image=ImageFactory(title="Quay at night")
    )

    html = editor_client.get(
        reverse("admin:programs_program_change", args=[program.pk])
    ).content.decode()

    assert 'name="gallery_items-TOTAL_FORMS" value="1"' in html
    assert "Quay at night" in html
