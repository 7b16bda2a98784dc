"""Template helpers for the admin's headings."""

import unicodedata

from django import template
from django.template.defaultfilters import stringfilter

register = template.Library()


@register.filter(is_safe=True)
@stringfilter
def heading(text: str) -> str:
    """``text`` as a heading starts: in sentence case, its first letter upper case.

    Django builds titles such as "Change %s" from lower-case model names, so
    Kazakh, whose word order puts the name first, gets "бағдарлама өзгерту".
    Opening quotes and brackets are passed over ("«тіркелу»" becomes
    "«Тіркелу»"), but a heading that opens with a digit or a symbol is left
    alone, as are scripts without capitals (Chinese), so nothing else changes.
    """
    for index, character in enumerate(text):
        category = unicodedata.category(character)
        if category.startswith("L"):
            return text[:index] + character.upper() + text[index + 1 :]
        if not category.startswith(("P", "Z")):
            break
    return text
