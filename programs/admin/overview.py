"""A program's overview page: its numbers, and bar charts drawn on the server.

The charts are plain SVG in the page (no script, nothing fetched), each with
a <title> and <desc> for screen readers and the same numbers in a table
beside it.
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..services.overview import program_overview
from .organiser_pages import managed_program, page_context

# Geometry of a chart, in SVG user units (the chart scales to its box).
CHART_WIDTH = 640
LABEL_WIDTH = 200
VALUE_WIDTH = 60
BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_CHARACTERS = 26
# A long list of countries is charted by its largest lines only.
MAX_BARS = 12


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    bars: list[Bar]

    width = CHART_WIDTH
    bar_x = LABEL_WIDTH
    bar_height = BAR_HEIGHT
    label_x = LABEL_WIDTH - 8

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * (BAR_HEIGHT + BAR_GAP)


def _short(label: str) -> str:
    if len(label) <= LABEL_CHARACTERS:
        return label
    return label[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(title: str, lines: list[tuple[str, int]]) -> BarChart:
    """Horizontal bars for ``lines`` of (label, value), longest value full width."""
    lines = lines[:MAX_BARS]
    largest = max((value for _label, value in lines), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = [
        Bar(
            label=_short(label),
            value=value,
            y=index * (BAR_HEIGHT + BAR_GAP),
            width=round(room * value / largest),
        )
        for index, (label, value) in enumerate(lines)
    ]
    description = "; ".join(f"{label}: {value}" for label, value in lines)
    return BarChart(title=title, description=description, bars=bars)


def overview_view(model_admin, request, program_id: int):
    """Capacity, confirmed, waitlisted and attended; by category and country."""
    program = managed_program(request, program_id, "view_registration")
    numbers = program_overview(program)
    headline = [
        (_("Confirmed"), numbers.confirmed),
        (_("Waitlisted"), numbers.waitlisted),
        (_("Attended"), numbers.attended),
    ]
    if numbers.capacity is not None:
        headline.insert(0, (_("Capacity"), numbers.capacity))
    title = _("Overview: %(program)s") % {"program": program}
    context = {
        **page_context(model_admin, request, program, title),
        "numbers": numbers,
        "headline": headline,
        "seats_chart": bar_chart(_("Seats and waitlist"), headline),
        # (heading, column, chart, table lines, element id) of each breakdown.
        "breakdowns": [
            (
                heading,
                column,
                bar_chart(heading, [(line.label, line.taking_part) for line in lines]),
                lines,
                chart_id,
            )
            for heading, column, lines, chart_id in (
                (
                    _("By category"),
                    _("Category"),
                    numbers.by_category,
                    "chart-category",
                ),
                (_("By country"), _("Country"), numbers.by_country, "chart-country"),
            )
        ],
    }
    return TemplateResponse(
        request, "admin/programs/registration/overview.html", context
    )
