"""A program's accent colour as a one-line stylesheet.

The Content-Security-Policy allows no inline style, so a page cannot carry
its colour in a style attribute. Instead the program page links
``/accent/<rrggbb>.css``, which only redefines ``--accent`` (site.css derives
the other shades from it). The address names the colour, so the file never
changes and browsers may keep it for a year.
"""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from ..models.colours import validate_accent_colour

YEAR = 365 * 24 * 60 * 60


@require_safe
def accent_stylesheet(request, colour: str):
    colour = f"#{colour}"
    try:
        validate_accent_colour(colour)
    except ValidationError as error:
        raise Http404(error.messages[0]) from error
    response = HttpResponse(f":root{{--accent:{colour}}}\n", content_type="text/css")
    response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    return response
