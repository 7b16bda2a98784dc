"""Template helpers for the public site."""

from django import template
from django.urls import translate_url

from ..richtext import render_rich_text

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_path(context, language_code: str) -> str:
    """The current page's address in another language."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


@register.filter
def rich_text(html: str):
    """Editor HTML, sanitised again on output."""
    return render_rich_text(html)
