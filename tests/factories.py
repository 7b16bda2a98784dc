"""factory_boy factories for tests and for synthetic data."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from programs import models


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("password")
    is_staff = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*(Group.objects.get(name=name) for name in names))


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.City

    slug = factory.Sequence(lambda n: f"city-{n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    country = "KZ"
    latitude = 43.2
    longitude = 76.9


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation

    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    kind = models.Organisation.Kind.CULTURAL


class ProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Program
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"program-{n}")
    title_en = factory.Sequence(lambda n: f"Program {n}")
    organising_city = factory.SubFactory(CityFactory)
    launch_city = factory.SelfAttribute("organising_city")
    launch_date = datetime.date(2024, 8, 1)
    start_date = datetime.date(2024, 8, 1)
    end_date = datetime.date(2024, 9, 30)
    live = True
    first_published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def managers(self, create, users, **kwargs):
        if create and users:
            self.managers.add(*users)


class ItineraryStopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ItineraryStop

    program = factory.SubFactory(ProgramFactory)
    city = factory.SubFactory(CityFactory)
    position = factory.Sequence(lambda n: n + 1)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Event

    program = factory.SubFactory(ProgramFactory)
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = models.Event.Kind.FORUM
    title_en = factory.Sequence(lambda n: f"Event {n}")
    starts_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )
    timezone = "Asia/Almaty"
    live = True


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Participant

    given_name = factory.Faker("first_name")
    family_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    phone = factory.Sequence(lambda n: f"+7 700 000 {n:04d}")
    country = "KZ"
    category = models.Participant.Category.RESEARCHER


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Registration

    participant = factory.SubFactory(ParticipantFactory)
    program = factory.SubFactory(ProgramFactory)
    status = models.Registration.Status.CONFIRMED


class PressCoverageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PressCoverage

    program = factory.SubFactory(ProgramFactory)
    title = factory.Sequence(lambda n: f"Headline {n}")
    language = "en"
    published_on = datetime.date(2024, 8, 30)
    live = True


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Report

    program = factory.SubFactory(ProgramFactory)
    slug = factory.Sequence(lambda n: f"report-{n}")
    title_en = factory.Sequence(lambda n: f"Report {n}")
    live = True


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Partnership

    city_a = factory.SubFactory(CityFactory)
    city_b = factory.SubFactory(CityFactory)
    kind = models.Partnership.Kind.SISTER_CITIES
    established_on = datetime.date(2023, 1, 1)
    established_precision = "year"


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Image

    file = factory.django.ImageField(width=64, height=48, color="teal")
    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text_en = "A teal rectangle"


class LogisticsSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.LogisticsSettings

    program = factory.SubFactory(ProgramFactory)
    travel_details_deadline = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=14)
    )


class TravelDetailsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TravelDetails

    registration = factory.SubFactory(RegistrationFactory)
    passport_name = "AIGERIM NURLANOVA"
    nationality = "KZ"
    passport_number = "N12345678"
    passport_expires_on = datetime.date(2030, 1, 31)


class HotelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Hotel

    stop = factory.SubFactory(ItineraryStopFactory)
    program = factory.SelfAttribute("stop.program")
    name = factory.Sequence(lambda n: f"Hotel {n}")


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Room

    hotel = factory.SubFactory(HotelFactory)
    label = factory.Sequence(lambda n: f"{100 + n}")
    capacity = 2


class RoomNightFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.RoomNight

    room = factory.SubFactory(RoomFactory)
    registration = factory.SubFactory(
        RegistrationFactory, program=factory.SelfAttribute("..room.hotel.program")
    )
    night = datetime.date(2024, 8, 2)


class InterpreterAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.InterpreterAssignment

    event = factory.SubFactory(EventFactory)
    participant = factory.SubFactory(
        ParticipantFactory, category=models.Participant.Category.INTERPRETER
    )
    from_language = "zh-hans"
    to_language = "kk"


class ChangeRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ChangeRequest

    registration = factory.SubFactory(RegistrationFactory)
    changes = factory.LazyFunction(
        lambda: {"passport_number": {"old": "", "new": "N7654321"}}
    )
