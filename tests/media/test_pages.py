"""Images on public pages: <picture> with srcset once renditions exist, the
original until then, galleries on programs and reports, within each page's
query budget."""

import re

import pytest

from programs.models import Image, ProgramGalleryImage, ReportGalleryImage
from tests.factories import ImageFactory, ProgramFactory, ReportFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "ru", "kk", "zh-hans"]
PROGRAM_BUDGET = 8
REPORT_BUDGET = 3


@pytest.fixture
def program():
    return ProgramFactory(slug="silk-road", title_en="Silk Road Days")


def figures(html: str) -> list[str]:
    return re.findall(r"<figure class=\"figure\">.*?</figure>", html, re.S)


def test_hero_is_a_picture_with_webp_and_jpeg_srcsets(client, program, make_image):
    program.hero_image = make_image((2000, 1500), alt_text_en="The port at dawn")
    program.save()

    hero = figures(client.get("/en/programs/silk-road/").content.decode())[0]

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="', hero)
    assert webp and webp.group(1).count("w, ") == 4
    assert re.search(r"16x9-320w-\w+\.webp 320w", webp.group(1))
    jpeg = re.search(r'<img src="[^"]+1280w-\w+\.jpg" srcset="([^"]+)"', hero)
    assert jpeg and "16x9-1920w" in jpeg.group(1) and ".webp" not in jpeg.group(1)
    assert 'width="1920" height="1080"' in hero
    assert 'alt="The port at dawn"' in hero
    # The hero spans the full width of the window.
    assert 'sizes="100vw"' in hero


def test_the_original_is_shown_until_renditions_exist(client, program):
    # Created inside the test's transaction: the job never ran.
    program.hero_image = ImageFactory(alt_text_en="A teal rectangle")
    program.save()

    hero = figures(client.get("/en/programs/silk-road/").content.decode())[0]

    assert "<picture>" not in hero and "srcset" not in hero
    assert re.search(r'<img src="/media/images/[^"]+" width="64" height="48"', hero)


def test_renditions_of_a_moved_focal_point_are_not_used(client, program, make_image):
    image = make_image((800, 600))
    # Moved, and the background job has not redrawn the crops yet.
    Image.objects.filter(pk=image.pk).update(focal_point_x=0.2)
    program.hero_image = image
    program.save()

    hero = figures(client.get("/en/programs/silk-road/").content.decode())[0]

    assert "<picture>" not in hero
    assert 'width="800" height="600"' in hero


def add_gallery(program, make_image, count: int) -> list[Image]:
    pictures = []
    for position in range(count, 0, -1):
        image = make_image((700, 500), alt_text_en=f"Gallery picture {position}")
        ProgramGalleryImage.objects.create(
            program=program, image=image, position=position
        )
        pictures.append(image)
    return pictures


def test_program_gallery_shows_images_in_order_lazily(client, program, make_image):
    add_gallery(program, make_image, 3)

    html = client.get("/en/programs/silk-road/").content.decode()

    gallery = html[html.index('id="gallery-heading"') :]
    positions = [gallery.index(f'alt="Gallery picture {n}"') for n in (1, 2, 3)]
    assert positions == sorted(positions)
    assert gallery.count('loading="lazy"') == 3
    assert re.search(r"4x3-640w-\w+\.webp 640w", gallery)


def test_program_gallery_leaves_out_undescribed_images(client, program):
    described = ImageFactory(alt_text_en="Dancers on the quay")
    undescribed = ImageFactory(alt_text_en="", caption_en="Nobody described me")
    decorative = ImageFactory(alt_text_en="", is_decorative=True, caption_en="Swirl")
    for position, image in enumerate((described, undescribed, decorative)):
        ProgramGalleryImage.objects.create(
            program=program, image=image, position=position
        )

    html = client.get("/en/programs/silk-road/").content.decode()

    assert 'alt="Dancers on the quay"' in html
    assert "Swirl" in html
    assert "Nobody described me" not in html


def test_undescribed_hero_is_not_shown(client, program):
    program.hero_image = ImageFactory(alt_text_en="", caption_en="Secret hero")
    program.save()

    html = client.get("/en/programs/silk-road/").content.decode()

    assert "Secret hero" not in html and 'class="hero"' not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_gallery_alt_text_follows_the_visitors_language(client, program, language):
    image = ImageFactory(
        alt_text_en="Camels at the border",
        alt_text_fr="Chameaux à la frontière",
        alt_text_ru="Верблюды на границе",
        alt_text_kk="Шекарадағы түйелер",
        alt_text_zh_hans="边境上的骆驼",
    )
    ProgramGalleryImage.objects.create(program=program, image=image)

    html = client.get(f"/{language}/programs/silk-road/").content.decode()

    expected = getattr(image, f"alt_text_{language.replace('-', '_')}")
    assert f'alt="{expected}"' in html


def test_alt_text_falling_back_to_english_is_marked_english(client, program):
    ProgramGalleryImage.objects.create(
        program=program, image=ImageFactory(alt_text_en="Camels")
    )

    html = client.get("/kk/programs/silk-road/").content.decode()

    assert 'alt="Camels" lang="en"' in html


@pytest.mark.parametrize("count", [1, 6])
def test_program_page_with_hero_and_gallery_stays_within_budget(
    client, program, make_image, django_assert_max_num_queries, count
):
    program.hero_image = make_image((1600, 900))
    program.save()
    add_gallery(program, make_image, count)

    with django_assert_max_num_queries(PROGRAM_BUDGET):
        html = client.get("/en/programs/silk-road/").content.decode()

    assert html.count("<picture>") == count + 1


@pytest.mark.parametrize("count", [1, 6])
def test_report_gallery_stays_within_budget(
    client, program, make_image, django_assert_max_num_queries, count
):
    report = ReportFactory(program=program, slug="first-week")
    for position in range(count):
        ReportGalleryImage.objects.create(
            report=report, image=make_image((700, 500)), position=position
        )

    with django_assert_max_num_queries(REPORT_BUDGET):
        html = client.get("/en/reports/first-week/").content.decode()

    assert html.count("<picture>") == count
