"""Which fields editors translate (django-modeltranslation registrations)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    City,
    Event,
    Image,
    ItineraryStop,
    Organisation,
    Participant,
    Partnership,
    PressCoverage,
    Program,
    Report,
)


@register(City)
class CityTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ("description",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Program)
class ProgramTranslation(TranslationOptions):
    fields = ("title", "theme", "summary", "body", "launch_venue")
    required_languages = ("en",)


@register(ItineraryStop)
class ItineraryStopTranslation(TranslationOptions):
    fields = ("summary",)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description", "venue")
    required_languages = ("en",)


@register(Participant)
class ParticipantTranslation(TranslationOptions):
    fields = ("bio",)


@register(PressCoverage)
class PressCoverageTranslation(TranslationOptions):
    fields = ("summary",)


@register(Report)
class ReportTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


@register(Image)
class ImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption")
