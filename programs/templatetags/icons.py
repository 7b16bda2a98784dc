"""``{% icon "globe" %}`` and ``{% brand_mark %}``: the site's inline SVG.

Small icons are decorative (their meaning is always in the text beside them)
and drawn by a tag rather than an include, which would cost a template render
on every page's frame. The markup is data, one shape per line.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


ICON_SHAPES = {
    "globe": (
        '<circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.9-3.9-9.5s1.3-6.8 3.9-9.5z"/>'
    ),
    "chevron": ('<path d="m5 9 7 7 7-7"/>'),
    "menu": ('<path d="M4 7h16M4 12h16M4 17h16"/>'),
    "calendar": (
        '<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>'
    ),
    "pin": (
        '<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>'
    ),
    "route": (
        '<circle cx="6" cy="18" r="2.5"/><circle cx="18" cy="6" r="2.5"/><path d="M8.5 18H15a3 3 0 0 0 0-6H9a3 3 0 0 1 0-6h6.5"/>'
    ),
    "people": (
        '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.6-3.8 3.2-6 6.5-6s5.9 2.2 6.5 6M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.3c2 .8 3.2 2.8 3.5 5.7"/>'
    ),
    "arrow": ('<path d="M5 12h14M13 6l6 6-6 6"/>'),
}


@register.simple_tag
def icon(name: str, css_class: str = ""):
    classes = f"icon icon-{name} {css_class}".strip()
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" '
        'focusable="false" fill="none" stroke="currentColor" stroke-width="2" '
        'stroke-linecap="round" stroke-linejoin="round">{}</svg>',
        classes,
        mark_safe(ICON_SHAPES[name]),  # noqa: S308  # nosec B308 B703 - our own markup
    )


# Caravan's mark: an eight-pointed star, as in Central Asian tile work, round
# a point of gold.
BRAND_MARK = mark_safe(  # noqa: S308  # nosec B308 B703 - our own markup
    '<svg class="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><path d="M16 1.5 20.2 7.2 27.3 4.7 24.8 11.8 30.5 16 24.8 20.2 27.3 27.3 20.2 24.8 16 30.5 11.8 24.8 4.7 27.3 7.2 20.2 1.5 16 7.2 11.8 4.7 4.7 11.8 7.2z" fill="#0f6b73"/><path d="M16 8.5 18.4 13.6 23.5 16 18.4 18.4 16 23.5 13.6 18.4 8.5 16 13.6 13.6z" fill="#f2ecdf"/><circle cx="16" cy="16" r="2.6" fill="#c8891b"/></svg>'
)


@register.simple_tag
def brand_mark():
    return BRAND_MARK
