"""Caravan's domain model, one module per concern."""

from .accounts import StaffPreference
from .audit import AuditEntry
from .galleries import ProgramGalleryImage
from .images import Image, Rendition
from .people import Organisation, Participant
from .places import City, Partnership
from .press import PressCoverage
from .programs import Event, ItineraryStop, Program
from .publishing import PublishingFields
from .redirects import Redirect
from .registrations import Registration
from .reports import Report, ReportGalleryImage
from .revisions import Revision

__all__ = [
    "AuditEntry",
    "City",
    "Event",
    "Image",
    "ItineraryStop",
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
]
