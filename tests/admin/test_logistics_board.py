"""The organisers' logistics board and the documents printed from it: the
manifest of a stop, the rooming list of a hotel, the visa-support letter.
Only the program's managers and superusers reach them."""

import datetime
import io

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from programs.models import AuditEntry, TravelLeg, VisaRequirement
from programs.services import documents, rooming, travel_lists
from tests.factories import (
    CityFactory,
    EventFactory,
    HotelFactory,
    ItineraryStopFactory,
    OrganisationFactory,
    ParticipantFactory,
    ProgramFactory,
    RegistrationFactory,
    RoomFactory,
    TravelDetailsFactory,
    UserFactory,
)
from tests.i18n.test_no_english_left import english_left
from tests.pdf import needs_pdftotext, pdf_fonts, pdf_text
from tests.registration.test_no_english_left import english_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def tour(db):
    organiser = UserFactory(username="aigerim_o", groups=["Organisers"])
    program = ProgramFactory(
        title_en="Silk Road media tour",
        title_kk="Жібек жолы медиа-туры",
        title_ru="Медиатур «Шёлковый путь»",
        title_zh_hans="丝绸之路媒体行",
        managers=[organiser],
    )
    program.organisers.add(
        OrganisationFactory(
            name_en="Astana Culture Centre", name_kk="Астана мәдениет орталығы"
        )
    )
    aktau = ItineraryStopFactory(
        program=program,
        city=CityFactory(
            slug="aktau",
            country="KZ",
            name_en="Aktau",
            name_kk="Ақтау",
            name_zh_hans="阿克套",
        ),
        arrival_date=datetime.date(2030, 8, 8),
        departure_date=datetime.date(2030, 8, 10),
    )
    ItineraryStopFactory(
        program=program,
        city=CityFactory(
            slug="tashkent",
            country="UZ",
            name_en="Tashkent",
            name_kk="Ташкент",
            name_zh_hans="塔什干",
        ),
        arrival_date=datetime.date(2030, 8, 11),
        departure_date=datetime.date(2030, 8, 13),
    )
    hotel = HotelFactory(program=program, stop=aktau, name="Rixos Kaspiy")
    room = RoomFactory(hotel=hotel, label="412", capacity=2)
    travelling = RegistrationFactory(
        program=program,
        participant=ParticipantFactory(
            given_name="Wei", family_name="Zhang", preferred_language="zh-hans"
        ),
    )
    TravelDetailsFactory(
        registration=travelling,
        passport_name="ZHANG WEI",
        passport_number="E12345678",
        passport_expires_on=datetime.date(2036, 1, 1),
        dietary_requirements="Halal",
    )
    TravelLeg.objects.create(
        registration=travelling,
        stop=aktau,
        direction="arrival",
        date=datetime.date(2030, 8, 8),
        time=datetime.time(9, 40),
        mode="flight",
        number="KC 921",
        from_place="Astana",
    )
    rooming.assign_room(
        room, travelling, [datetime.date(2030, 8, 8), datetime.date(2030, 8, 9)], None
    )
    visa = VisaRequirement.objects.create(
        registration=travelling, country="UZ", needs_visa=True
    )
    unready = RegistrationFactory(
        program=program,
        participant=ParticipantFactory(given_name="Aliya", family_name="Serikova"),
    )
    other = UserFactory(username="bolat_o", groups=["Organisers"])
    ProgramFactory(managers=[other])
    return {
        "program": program,
        "aktau": aktau,
        "hotel": hotel,
        "visa": visa,
        "travelling": travelling,
        "unready": unready,
        "organiser": organiser,
        "other": other,
        "editor": UserFactory(username="dana_e", groups=["Editors"]),
    }


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def board(tour) -> str:
    return reverse("admin:programs_registration_logistics", args=[tour["program"].pk])


def manifest(tour, file_format) -> str:
    return reverse(
        "admin:programs_registration_logistics_manifest",
        args=[tour["program"].pk, tour["aktau"].pk, file_format],
    )


def rooming_list(tour, file_format) -> str:
    return reverse(
        "admin:programs_registration_logistics_rooming",
        args=[tour["program"].pk, tour["hotel"].pk, file_format],
    )


def letter(tour) -> str:
    return reverse(
        "admin:programs_registration_logistics_visa_letter",
        args=[tour["program"].pk, tour["visa"].pk],
    )


def test_the_board_shows_each_day_and_flags_what_is_missing(tour):
    response = signed_in(tour["organiser"]).get(
        board(tour), headers={"accept-language": "en"}
    )

    assert response.status_code == 200
    text = response.content.decode()
    assert "KC 921" in text and "Zhang" in text
    assert "Rixos Kaspiy, 412 (1/2)" in text
    assert "Halal" in text
    # Aliya has given nothing yet: no expiry, no arrival, no room.
    assert "The passport expiry date is missing." in text
    assert "No arrival is recorded for Aktau." in text
    assert "No room yet" in text and "Serikova" in text
    assert "A visa for Uzbekistan is needed, but no invitation letter" in text


@pytest.mark.parametrize("language", ["kk", "zh-hans"])
def test_the_board_shows_no_english(tour, language):
    client = signed_in(tour["organiser"])
    client.cookies["django_language"] = language

    response = client.get(board(tour))

    assert response.status_code == 200
    assert english_left(response, language) == []


def test_the_manifest_as_xlsx_has_a_row_per_leg(tour):
    client = signed_in(tour["organiser"])
    client.cookies["django_language"] = "kk"

    response = client.get(manifest(tour, "xlsx"))

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Бағыты"
    assert len(rows) == 2
    assert rows[1][4] == "KC 921" and rows[1][7] == "ZHANG WEI"


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Ақтау", "Жібек жолы медиа-туры"]),
        ("zh-hans", ["阿克套", "丝绸之路媒体行"]),
    ],
)
def test_the_manifest_and_rooming_list_as_pdf(tour, language, words):
    client = signed_in(tour["organiser"])
    client.cookies["django_language"] = language

    manifest_text = pdf_text(client.get(manifest(tour, "pdf")).content)
    rooming_text = pdf_text(client.get(rooming_list(tour, "pdf")).content)

    for word in words:
        assert word in manifest_text
    assert "ZHANG WEI" in manifest_text and "KC 921" in manifest_text
    assert "ZHANG WEI" in rooming_text and "412" in rooming_text
    assert "Rixos Kaspiy" in rooming_text


def test_a_rooming_list_of_one_night(tour):
    client = signed_in(tour["organiser"])
    night = rooming_list(tour, "xlsx") + "?night=2030-08-09"

    rows = list(
        load_workbook(io.BytesIO(client.get(night).content)).active.iter_rows(
            values_only=True
        )
    )

    assert len(rows) == 2
    assert client.get(rooming_list(tour, "xlsx") + "?night=tomorrow").status_code == 404
    assert client.get(rooming_list(tour, "docx")).status_code == 404


@needs_pdftotext
def test_the_visa_letter_speaks_the_participants_and_the_host_countrys_language(tour):
    client = signed_in(tour["organiser"])

    response = client.post(letter(tour))

    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "ZHANG WEI" in text and "E12345678" in text
    assert "邀请函" in text  # the participant's language, Chinese
    assert "Приглашение" in text  # Uzbekistan's letters are in Russian
    assert "Астана мәдениет орталығы" not in text  # neither is Kazakh
    tour["visa"].refresh_from_db()
    assert tour["visa"].letter_generated_at is not None
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.VISA_LETTER_GENERATED
    ).exists()


@needs_pdftotext
def test_the_letters_fonts_are_embedded_and_draw_each_script(tour, tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(signed_in(tour["organiser"]).post(letter(tour)).content)

    fonts = pdf_fonts(path)

    assert fonts and all(font["embedded"] for font in fonts)
    names = " ".join(font["name"] for font in fonts)
    # Chinese in Noto Sans CJK; Latin and Cyrillic in DejaVu Sans. A missing
    # font would leave the text in another one, without those glyphs.
    assert "Noto-Sans-CJK-SC" in names
    assert "DejaVu-Sans" in names


def test_a_letter_is_drawn_by_a_post_only(tour):
    response = signed_in(tour["organiser"]).get(letter(tour))

    assert response.status_code == 405
    tour["visa"].refresh_from_db()
    assert tour["visa"].letter_generated_at is None


def test_a_letter_that_fails_to_draw_is_not_noted(tour, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no fonts")

    monkeypatch.setattr(documents, "render_pdf", broken)

    with pytest.raises(OSError):
        signed_in(tour["organiser"]).post(letter(tour))

    tour["visa"].refresh_from_db()
    assert tour["visa"].letter_generated_at is None


def test_no_letter_without_a_passport_number(tour):
    visa = VisaRequirement.objects.create(
        registration=tour["unready"], country="UZ", needs_visa=True
    )
    url = reverse(
        "admin:programs_registration_logistics_visa_letter",
        args=[tour["program"].pk, visa.pk],
    )

    response = signed_in(tour["organiser"]).post(url, follow=True)

    assert response.redirect_chain[-1][0] == board(tour)
    assert "Add the name and number of the passport" in response.content.decode()
    visa.refresh_from_db()
    assert visa.letter_generated_at is None


@pytest.mark.parametrize("who", ["other", "editor"])
def test_nobody_else_reaches_the_board_or_its_documents(tour, who):
    client = signed_in(tour[who])

    for address in (board(tour), manifest(tour, "pdf"), rooming_list(tour, "xlsx")):
        assert client.get(address).status_code in (403, 404), address
    assert client.post(letter(tour)).status_code in (403, 404)
    tour["visa"].refresh_from_db()
    assert tour["visa"].letter_generated_at is None


def test_an_anonymous_visitor_is_sent_to_log_in(tour):
    response = Client().get(manifest(tour, "xlsx"))

    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_board_warns_of_an_event_without_the_interpreter_someone_needs(tour):
    details = tour["travelling"].travel_details
    details.interpreter_from, details.interpreter_to = "kk", "zh-hans"
    details.save()
    EventFactory(program=tour["program"], stop=tour["aktau"], title_en="Port forum")

    text = signed_in(tour["organiser"]).get(board(tour)).content.decode()

    assert "Port forum: Nobody interprets from Kazakh into Simplified Chinese" in text


@needs_pdftotext
def test_the_personal_itinerary_holds_the_persons_legs_and_hotel(tour):
    token = tour["travelling"].token

    text = pdf_text(Client().get(f"/en/registrations/{token}/itinerary.pdf").content)

    assert "KC 921" in text and "Astana" in text
    assert "Rixos Kaspiy" in text


def test_nobody_needs_a_room_on_the_night_they_leave(tour):
    # A stop whose departure is not set: each person's own legs tell.
    tour["aktau"].departure_date = None
    tour["aktau"].save()
    TravelLeg.objects.create(
        registration=tour["travelling"],
        stop=tour["aktau"],
        direction="departure",
        date=datetime.date(2030, 8, 10),
        mode="train",
    )
    boards = travel_lists.program_board(tour["program"])
    days = {day.day: day for day in boards[0].days}

    def without_room(day):
        return [p.participant.given_name for p in days[day].without_room]

    # Wei has a room on the 8th and 9th and leaves on the 10th; Aliya has no
    # legs yet, so she counts as staying from the stop's arrival on.
    assert without_room(datetime.date(2030, 8, 8)) == ["Aliya"]
    assert without_room(datetime.date(2030, 8, 10)) == ["Aliya"]


@needs_pdftotext
def test_lists_print_in_the_host_countrys_language_on_request(tour):
    client = signed_in(tour["organiser"])
    client.cookies["django_language"] = "en"

    page = client.get(board(tour)).content.decode()
    text = pdf_text(client.get(manifest(tour, "pdf") + "?lang=kk").content)
    sheet = load_workbook(
        io.BytesIO(client.get(rooming_list(tour, "xlsx") + "?lang=zh-hans").content)
    ).active

    # Aktau is in Kazakhstan: the board offers its lists in Kazakh too.
    assert manifest(tour, "pdf") + "?lang=kk" in page
    assert "Келу және кету: Ақтау" in text
    assert english_in(text) == []
    assert next(sheet.iter_rows(values_only=True))[0] == "入住夜"
    # An unknown language falls back to the organiser's own.
    english = client.get(manifest(tour, "xlsx") + "?lang=xx")
    assert load_workbook(io.BytesIO(english.content)).active["A1"].value == "Direction"


@needs_pdftotext
@pytest.mark.parametrize("language", ["kk", "zh-hans"])
def test_the_letter_and_lists_leave_no_english(tour, language):
    tour["travelling"].participant.preferred_language = language
    tour["travelling"].participant.save()
    client = signed_in(tour["organiser"])
    client.cookies["django_language"] = language

    responses = [
        client.post(letter(tour)),
        client.get(manifest(tour, "pdf")),
        client.get(rooming_list(tour, "pdf")),
    ]
    for response in responses:
        assert response["Content-Type"] == "application/pdf"
        assert english_in(pdf_text(response.content)) == []


def test_the_personal_calendar_holds_the_persons_flights(tour):
    import icalendar

    token = tour["travelling"].token

    response = Client().get(f"/en/registrations/{token}/itinerary.ics")

    calendar = icalendar.Calendar.from_ical(response.content)
    legs = [
        entry
        for entry in calendar.walk("VEVENT")
        if str(entry["uid"]).startswith("leg-")
    ]
    assert [str(entry["summary"]) for entry in legs] == [
        "Arrival: Aktau (Flight KC 921)"
    ]
    start = legs[0]["dtstart"].dt
    assert start == datetime.datetime(2030, 8, 8, 9, 40)  # floating local time
    assert str(legs[0]["location"]) == "Astana"
