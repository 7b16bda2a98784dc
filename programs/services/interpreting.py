"""Interpreters at a program's events, and the language pairs left uncovered.

An interpreter is a participant of the interpreter category or a member of
staff; an assignment covers one pair of languages, both ways unless said
otherwise. Each change is written to the audit log against the event.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..models import (
    AuditEntry,
    Event,
    InterpreterAssignment,
    Participant,
    TravelDetails,
)
from ..models.press import LANGUAGE_CHOICES
from ..models.registrations import SEAT_STATUSES
from . import audit

Action = AuditEntry.Action


@dataclass(frozen=True)
class UncoveredPair:
    """A language pair that people at an event need and no interpreter covers."""

    from_language: str
    to_language: str
    participants: tuple[Participant, ...]

    @property
    def message(self) -> str:
        names = dict(LANGUAGE_CHOICES)
        return _("Nobody interprets from %(from)s into %(to)s for %(people)s.") % {
            "from": names.get(self.from_language, self.from_language),
            "to": names.get(self.to_language, self.to_language),
            "people": ", ".join(str(person) for person in self.participants),
        }


def assign_interpreter(
    event: Event,
    *,
    from_language: str,
    to_language: str,
    participant: Participant | None = None,
    user=None,
    both_ways: bool = True,
    by,
) -> InterpreterAssignment:
    """Assign an interpreter (a participant who is one, or a member of staff)
    to ``event`` for a language pair. Raises ``ValidationError`` when both or
    neither interpreter is given, the participant is not an interpreter, the
    user is not staff or the two languages are the same."""
    assignment = InterpreterAssignment(
        event=event,
        participant=participant,
        user=user,
        from_language=from_language,
        to_language=to_language,
        both_ways=both_ways,
    )
    with transaction.atomic():
        assignment.full_clean()
        assignment.save()
        audit.record(
            Action.INTERPRETER_ASSIGNED,
            event,
            user=by,
            assignment=assignment.pk,
            languages=[from_language, to_language],
        )
    return assignment


def unassign_interpreter(assignment: InterpreterAssignment, by) -> None:
    """Withdraw an interpreter from the event."""
    with transaction.atomic():
        event, pk = assignment.event, assignment.pk
        languages = [assignment.from_language, assignment.to_language]
        assignment.delete()
        audit.record(
            Action.INTERPRETER_UNASSIGNED,
            event,
            user=by,
            assignment=pk,
            languages=languages,
        )


def interpreter_warnings(event: Event) -> list[UncoveredPair]:
    """The language pairs that participants of ``event`` need interpreted and
    no interpreter assigned to it covers, with who needs each.

    The participants are those confirmed (or attended) for the event's
    program as a whole or for this event.
    """
    needing = (
        TravelDetails.objects.filter(
            Q(registration__event__isnull=True) | Q(registration__event=event),
            registration__program_id=event.program_id,
            registration__status__in=SEAT_STATUSES,
        )
        .exclude(interpreter_from="")
        .select_related("registration__participant")
        .order_by(
            "registration__participant__family_name",
            "registration__participant__given_name",
            "pk",
        )
    )
    assignments = list(event.interpreter_assignments.all())
    uncovered: dict[tuple[str, str], dict[int, Participant]] = {}
    for details in needing:
        pair = (details.interpreter_from, details.interpreter_to)
        if any(assignment.covers(*pair) for assignment in assignments):
            continue
        person = details.registration.participant
        uncovered.setdefault(pair, {})[person.pk] = person
    return [
        UncoveredPair(pair[0], pair[1], tuple(people.values()))
        for pair, people in sorted(uncovered.items())
    ]
