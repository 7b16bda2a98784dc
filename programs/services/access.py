"""Who may see what: the editors' and organisers' roles.

Editors look after the public content; organisers look after the people taking
part in the programs they manage (``Program.managers``). Superusers see
everything. The admin asks these functions and holds no role rules itself, so
a changelist, a change page, a search and an autocomplete can never disagree.

A participant's email and phone are the most sensitive data we keep: only the
managers of a program the participant is registered for, and superusers, see
them. Being an editor never adds that right. The same goes for logistics
(passports, rooming, interpreters): a program's managers and superusers only.
"""

from django.conf import settings
from django.db.models import BooleanField, Exists, OuterRef, QuerySet, Value

from ..models import (
    ChangeRequest,
    Event,
    Hotel,
    InterpreterAssignment,
    LogisticsSettings,
    Participant,
    Program,
    Registration,
    Room,
    RoomNight,
    TravelDetails,
    TravelLeg,
    VisaRequirement,
)


def _group_names(user) -> frozenset[str]:
    # Asked several times per request, so remembered on the user object,
    # which lives no longer than the request.
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    if not hasattr(user, "_caravan_group_names"):
        user._caravan_group_names = frozenset(
            user.groups.values_list("name", flat=True)
        )
    return user._caravan_group_names


def is_superuser(user) -> bool:
    return bool(getattr(user, "is_active", False) and user.is_superuser)


def is_editor(user) -> bool:
    """True for editors of the public content (superusers included)."""
    return is_superuser(user) or settings.EDITORS_GROUP in _group_names(user)


def is_organiser(user) -> bool:
    """True for members of the organisers' group (not implied by superuser)."""
    return settings.ORGANISERS_GROUP in _group_names(user)


def programs_managed_by(user) -> QuerySet[Program]:
    """The programs whose registrations and participants ``user`` looks after.

    A superuser manages every program; anyone else only those listing them
    among ``Program.managers``.
    """
    if is_superuser(user):
        return Program.objects.all()
    if not getattr(user, "is_authenticated", False):
        return Program.objects.none()
    return Program.objects.filter(managers=user)


def in_managed_programs(user, queryset: QuerySet, path: str = "program") -> QuerySet:
    """Narrow ``queryset`` to rows whose program (at ``path``) ``user`` manages.

    Superusers keep every row, without a needless subquery.
    """
    if is_superuser(user):
        return queryset
    return queryset.filter(**{f"{path}__in": programs_managed_by(user).values("pk")})


def programs_visible_to(
    user, queryset: QuerySet[Program] | None = None
) -> QuerySet[Program]:
    """Programs shown in the admin: all for editors, the managed ones otherwise."""
    queryset = Program.objects.all() if queryset is None else queryset
    return queryset if is_editor(user) else in_managed_programs(user, queryset, "pk")


def events_managed_by(user) -> QuerySet[Event]:
    """The events of the programs ``user`` manages (all, for a superuser)."""
    return in_managed_programs(user, Event.objects.all())


def events_visible_to(user, queryset: QuerySet[Event] | None = None) -> QuerySet[Event]:
    """Events shown in the admin: all for editors, the managed programs' otherwise."""
    queryset = Event.objects.all() if queryset is None else queryset
    return queryset if is_editor(user) else in_managed_programs(user, queryset)


def registrations_visible_to(
    user, queryset: QuerySet[Registration] | None = None
) -> QuerySet[Registration]:
    """Registrations ``user`` may see and edit: those of the programs they manage.

    Editing content gives no access to registrations, so an editor who also
    organises sees only the registrations of their own programs.
    """
    queryset = Registration.objects.all() if queryset is None else queryset
    return in_managed_programs(user, queryset)


def _registrations_in_managed_programs(user) -> QuerySet[Registration]:
    # Correlated to the outer participant, for Exists().
    return in_managed_programs(
        user, Registration.objects.filter(participant=OuterRef("pk"))
    )


def participants_managed_by(
    user, queryset: QuerySet[Participant] | None = None
) -> QuerySet[Participant]:
    """Participants registered for a program ``user`` manages.

    These are the people whose records ``user`` may change and whose email
    and phone they may see.
    """
    queryset = Participant.objects.all() if queryset is None else queryset
    if is_superuser(user):
        return queryset
    return queryset.filter(Exists(_registrations_in_managed_programs(user)))


def participants_visible_to(
    user, queryset: QuerySet[Participant] | None = None
) -> QuerySet[Participant]:
    """Participants listed in the admin for ``user``.

    Editors see everyone (they credit journalists in press coverage), but
    without contact details; organisers see only their programs' people.
    """
    queryset = Participant.objects.all() if queryset is None else queryset
    if is_editor(user):
        return queryset
    return participants_managed_by(user, queryset)


def annotate_contact_visibility(
    user, queryset: QuerySet[Participant]
) -> QuerySet[Participant]:
    """Add ``contact_visible`` to each participant, in the same query.

    A changelist shows or hides each row's email and phone from this flag
    instead of asking the database once per row.
    """
    if is_superuser(user):
        return queryset.annotate(
            contact_visible=Value(True, output_field=BooleanField())
        )
    registered = _registrations_in_managed_programs(user)
    return queryset.annotate(contact_visible=Exists(registered))


def can_see_contact_details(
    user, program_or_participant: Program | Participant
) -> bool:
    """May ``user`` see email and phone numbers here?

    For a program: may they see its participants' contact details (they manage
    it, or are a superuser). For a participant: may they see this person's
    (a program the person is registered for is managed by ``user``).
    """
    if is_superuser(user):
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if isinstance(program_or_participant, Program):
        return program_or_participant.managers.filter(pk=user.pk).exists()
    return manages_participant(user, program_or_participant)


def manages_participant(user, participant: Participant) -> bool:
    """May ``user`` change this person's record (and see their contacts)?"""
    if is_superuser(user):
        return True
    if participant.pk is None or not getattr(user, "is_authenticated", False):
        return False
    return participants_managed_by(
        user, Participant.objects.filter(pk=participant.pk)
    ).exists()


# Where each logistics model finds its program. A model missing here raises
# KeyError, so a new one is never shown to anyone by default.
LOGISTICS_PROGRAM_PATHS = {
    LogisticsSettings: "program",
    TravelDetails: "registration__program",
    TravelLeg: "registration__program",
    VisaRequirement: "registration__program",
    ChangeRequest: "registration__program",
    Hotel: "program",
    Room: "hotel__program",
    RoomNight: "room__hotel__program",
    InterpreterAssignment: "event__program",
}


def logistics_visible_to(user, queryset: QuerySet) -> QuerySet:
    """The logistics rows of ``queryset`` that ``user`` may see and change:
    those of the programs they manage, every one for a superuser.

    Unlike participants, being an editor shows nothing here: passports,
    needs and rooming are for the program's managers alone.
    """
    return in_managed_programs(user, queryset, LOGISTICS_PROGRAM_PATHS[queryset.model])


def manages_any_program(user) -> bool:
    """Does ``user`` look after at least one program (a superuser always)?"""
    if is_superuser(user):
        return True
    # Asked by every permission check of a page, so remembered like the groups.
    if not hasattr(user, "_caravan_manages_any_program"):
        user._caravan_manages_any_program = programs_managed_by(user).exists()
    return user._caravan_manages_any_program
