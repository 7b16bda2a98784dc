"""The numbers of one program at a glance, for its organisers.

Counts cover registrations for the program as a whole (``event=None``): the
pool that the program's capacity applies to. Events with registrations of
their own get a line each. Everything comes from four grouped queries,
whatever the number of registrations.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django_countries import countries

from ..models import Event, Participant, Program, Registration
from ..models.registrations import SEAT_STATUSES

Status = Registration.Status


@dataclass(frozen=True)
class Breakdown:
    """One line of a table by category or country."""

    key: str
    label: str
    taking_part: int
    waitlisted: int
    attended: int


@dataclass(frozen=True)
class EventLine:
    event: Event
    capacity: int | None
    taking_part: int
    waitlisted: int
    attended: int


@dataclass(frozen=True)
class ProgramOverview:
    program: Program
    by_status: dict[str, int]
    by_category: list[Breakdown] = field(default_factory=list)
    by_country: list[Breakdown] = field(default_factory=list)
    events: list[EventLine] = field(default_factory=list)

    @property
    def capacity(self) -> int | None:
        return self.program.capacity

    @property
    def confirmed(self) -> int:
        """Seats taken: confirmed people, and those who came."""
        return sum(self.by_status.get(status, 0) for status in SEAT_STATUSES)

    @property
    def waitlisted(self) -> int:
        return self.by_status.get(Status.WAITLISTED, 0)

    @property
    def attended(self) -> int:
        return self.by_status.get(Status.ATTENDED, 0)

    @property
    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)


def _counts(prefix: str = "") -> dict:
    """Seats taken, waitlisted and attended among the registrations at
    ``prefix`` (empty when counting registrations themselves)."""
    status = f"{prefix}status"
    return {
        "taking_part": Count(
            f"{prefix}pk", filter=Q(**{f"{status}__in": SEAT_STATUSES})
        ),
        "waitlisted": Count(f"{prefix}pk", filter=Q(**{status: Status.WAITLISTED})),
        "attended": Count(f"{prefix}pk", filter=Q(**{status: Status.ATTENDED})),
    }


# Lines for which nobody takes part or waits are left out of the tables.
SOMEONE = Q(taking_part__gt=0) | Q(waitlisted__gt=0)


def _breakdown(registrations, path: str, labels: dict) -> list[Breakdown]:
    rows = registrations.order_by().values(path).annotate(**_counts()).filter(SOMEONE)
    lines = [
        Breakdown(
            key=row[path],
            label=str(labels.get(row[path], row[path])),
            taking_part=row["taking_part"],
            waitlisted=row["waitlisted"],
            attended=row["attended"],
        )
        for row in rows
    ]
    return sorted(lines, key=lambda line: (-line.taking_part, line.label))


def program_overview(program: Program) -> ProgramOverview:
    """Capacity, confirmed, waitlisted and attended for ``program``, by
    status, by category and by country, and per event."""
    whole = Registration.objects.filter(program=program, event=None)
    by_status = dict(
        whole.order_by()
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    no_country = {"": "—"}
    event_rows = (
        Event.objects.filter(program=program)
        .annotate(**_counts("registrations__"))
        .filter(SOMEONE)
        .order_by("starts_at", "pk")
    )
    return ProgramOverview(
        program=program,
        by_status=by_status,
        by_category=_breakdown(
            whole, "participant__category", dict(Participant.Category.choices)
        ),
        by_country=_breakdown(
            whole, "participant__country", {**dict(countries), **no_country}
        ),
        events=[
            EventLine(
                event=event,
                capacity=event.capacity,
                taking_part=event.taking_part,
                waitlisted=event.waitlisted,
                attended=event.attended,
            )
            for event in event_rows
        ],
    )
