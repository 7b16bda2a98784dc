"""Caravan's domain model, one module per concern."""

from .accounts import StaffPreference
from .audit import AuditEntry
from .galleries import ProgramGalleryImage
from .images import Image, Rendition
from .interpreting import InterpreterAssignment
from .logistics import (
    ChangeRequest,
    LogisticsSettings,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)
from .people import Organisation, Participant
from .places import City, Partnership
from .press import PressCoverage
from .programs import Event, ItineraryStop, Program
from .publishing import PublishingFields
from .redirects import Redirect
from .registrations import Registration
from .reports import Report, ReportGalleryImage
from .revisions import Revision
from .rooming import Hotel, Room, RoomNight

__all__ = [
    "AuditEntry",
    "ChangeRequest",
    "City",
    "Event",
    "Hotel",
    "Image",
    "InterpreterAssignment",
    "ItineraryStop",
    "LogisticsSettings",
    "Organisation",
    "Participant",
    "Partnership",
    "PressCoverage",
    "Program",
    "ProgramGalleryImage",
    "PublishingFields",
    "Redirect",
    "Registration",
    "Rendition",
    "Report",
    "StaffPreference",
    "ReportGalleryImage",
    "Revision",
    "Room",
    "RoomNight",
    "TravelDetails",
    "TravelLeg",
    "VisaRequirement",
]
