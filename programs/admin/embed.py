"""The copy-and-paste code that puts a program's card on another site.

Shown read-only on the program's admin page: an ``<iframe>`` of
``/embed/programs/<slug>/`` (``views/embed.py``) at the site's public address.
"""

from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy as _

EMBED_FIELDSET = (
    _("Embed on another site"),
    {
        "fields": ("embed_code",),
        "description": _(
            "Paste this code into a page of another site to show this "
            "program's card there. Change lang=en to fr, ru, kk or zh-hans for "
            "another language. The card shows only while the program is "
            "published."
        ),
    },
)


def embed_code(slug: str, title: str) -> str:
    """The ``<iframe>`` that shows program ``slug``'s card on another site."""
    address = settings.SITE_URL + reverse("program-embed-card", args=[slug])
    return (
        f'<iframe src="{address}?lang=en" title="{escape(title)}" width="360" '
        f'height="300" loading="lazy"></iframe>'
    )


class EmbedCodeAdminMixin:
    """Adds the read-only ``embed_code`` field to ``ProgramAdmin``."""

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "embed_code")

    @admin.display(description=_("embed code"))
    def embed_code(self, obj):
        if obj is None or obj.pk is None:
            return _("Save the program to get its embed code.")
        return format_html(
            # Code, not words of any language: lang="zxx" ("no linguistic
            # content"), so no translator or screen reader treats it as text.
            '<pre class="embed-code" lang="zxx" translate="no"><code>{}</code></pre>',
            embed_code(obj.slug, obj.title_en),
        )
