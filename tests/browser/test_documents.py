"""The PDF documents as a person sees them: opened in Chromium's own PDF
viewer and photographed, so that a missing font (boxes instead of Kazakh or
Chinese letters) shows in the picture. ``make screenshots`` keeps them in
``docs/screenshots/``."""

import datetime

import pytest
from PIL import Image

from programs.models import VisaRequirement
from programs.services import documents
from tests.factories import (
    CityFactory,
    ItineraryStopFactory,
    OrganisationFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    TravelDetailsFactory,
)

from .test_screenshots import screenshot_folder

pytestmark = pytest.mark.browser


@pytest.fixture
def visa(db):
    program = ProgramFactory(
        title_en="Silk Road media tour",
        title_kk="Жібек жолы медиа-туры",
        title_zh_hans="丝绸之路媒体行",
    )
    program.organisers.add(
        OrganisationFactory(
            name_en="Astana Culture Centre", name_kk="Астана мәдениет орталығы"
        )
    )
    ItineraryStopFactory(
        program=program,
        city=CityFactory(country="KZ", name_en="Aktau", name_kk="Ақтау"),
        arrival_date=datetime.date(2030, 8, 8),
        departure_date=datetime.date(2030, 8, 10),
    )
    registration = RegistrationFactory(
        program=program,
        participant=ParticipantFactory(
            given_name="Wei", family_name="Zhang", preferred_language="zh-hans"
        ),
    )
    TravelDetailsFactory(
        registration=registration, passport_name="ZHANG WEI", passport_number="E1234567"
    )
    return VisaRequirement.objects.create(
        registration=registration, country="KZ", needs_visa=True
    )


def ink(path) -> float:
    """The share of a picture's pixels that are not near white."""
    picture = Image.open(path).convert("L")
    dark = sum(picture.histogram()[:160])
    return dark / (picture.width * picture.height)


def test_the_visa_letter_in_chinese_and_kazakh_opens_in_the_browser(
    browser, visa, tmp_path
):
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(
        documents.render_pdf(
            "documents/visa_letter.html", documents.visa_letter_context(visa), "kk"
        )
    )
    context = browser.new_context(viewport={"width": 900, "height": 1200})
    page = context.new_page()
    page.goto(pdf.as_uri())
    page.wait_for_timeout(1500)  # the viewer draws its pages after loading
    picture = screenshot_folder() / "document-visa-letter.png"
    page.screenshot(path=picture)
    content_type = page.evaluate("document.contentType")
    viewer = [frame.url for frame in page.frames if frame.url.startswith("chrome-")]
    context.close()

    # Chromium took the file for a PDF and opened its own viewer on it.
    assert content_type == "application/pdf"
    assert viewer
    # Text was drawn: a viewer that failed shows a blank or a grey page.
    assert ink(picture) > 0.003
