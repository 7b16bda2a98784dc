"""Who a visitor may see taking part in a program, and in what order.

A person is listed when they consented to public listing and hold a
confirmed or attended registration for the program; only their name,
organisation, country and category are ever shown. The program page shows a
few of each category (``participants_preview``) and links to the full,
paged list (``listed_participants``), so the page's size and cost stay the
same however many people take part.
"""

from dataclasses import dataclass, field
from itertools import groupby

from django.core.cache import cache
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.db.models.query import QuerySet
from django.utils.translation import get_language

from ..models import Participant, Program, Registration
from ..models.people import LISTED_COLUMNS
from .ordering import by_plain_field
from .page_cache import PAGE_TIMEOUT, people_version
from .prepared import prepared

PUBLIC_STATUSES = (Registration.Status.CONFIRMED, Registration.Status.ATTENDED)
# How many people of each category the program page shows, and what of them.
SHOWN_PER_CATEGORY = 12
# The listed columns (which the participant_listed index holds) and the
# organisation's name.
SHOWN_FIELDS = (*LISTED_COLUMNS, "organisation__name")


@dataclass
class CategoryGroup:
    """The people of one category shown, and how many the category has."""

    category: str
    label: str
    people: list[Participant] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.people)


def _order(language: str) -> list:
    return [
        "category",
        by_plain_field("family_name", language),
        by_plain_field("given_name", language),
        "pk",
    ]


def listed_participants(program: Program | int) -> QuerySet[Participant]:
    """Everyone a visitor may see taking part in ``program`` (or the program
    of that key), by category and then by name as the active language sorts
    names.

    Driven by the program's registrations (indexed by program and status),
    and only the columns the lists show, which the participant_listed index
    holds: each person is one index lookup, so the cost follows this
    program's size, not the number of people in the database.
    """
    taking_part = Registration.objects.filter(
        program=program, status__in=PUBLIC_STATUSES
    ).values("participant_id")
    return (
        Participant.objects.filter(public_listing_consent=True, pk__in=taking_part)
        .select_related("organisation")
        .only(*SHOWN_FIELDS)
        .order_by(*_order(get_language()))
    )


def participants_preview(
    program: Program, per_category: int = SHOWN_PER_CATEGORY
) -> list[CategoryGroup]:
    """The first ``per_category`` people of each category, with each
    category's total, in one query, kept until a participant list changes
    (``page_cache.people_version``): sorting a large program's people is the
    program page's dearest query, and an editor's save of the program's
    texts leaves them as they were."""
    shape = f"{program.pk}:{get_language()}:{per_category}"
    key = f"caravan:people:{people_version():.3f}:{shape}"
    groups = cache.get(key)
    if groups is None:
        people = _first_of_each_category(program_id=program.pk, shown=per_category)
        groups = grouped(people)
        cache.set(key, groups, PAGE_TIMEOUT)
    return groups


@prepared("program_id")
def _first_of_each_category(program_id: int, shown: int) -> QuerySet[Participant]:
    order = _order(get_language())[1:]
    people = listed_participants(program_id).annotate(
        place=Window(RowNumber(), partition_by=[F("category")], order_by=order),
        in_category=Window(Count("pk"), partition_by=[F("category")]),
    )
    return people.filter(place__lte=shown)


def grouped(people) -> list[CategoryGroup]:
    """``people`` (in category order) as groups, with their category's total
    when the query counted it (``in_category``)."""
    labels = dict(Participant.Category.choices)
    groups = []
    for category, members in groupby(people, key=lambda person: person.category):
        members = list(members)
        total = getattr(members[0], "in_category", len(members))
        groups.append(
            CategoryGroup(category, labels.get(category, category), members, total)
        )
    return groups
