"""Rich text that editors write in the admin.

One configuration decides both what the editor offers and what the sanitiser
lets through, so the two can never drift apart. HTML is cleaned with nh3 when
it is saved, whatever path it arrives by (admin, import, seed), and again when
it is rendered, so nothing stored earlier or elsewhere is trusted.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from django_prose_editor.config import allowlist_from_extensions, expand_extensions
from django_prose_editor.fields import ProseEditorField

EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
    "Menu": True,
}

_cleaner = nh3.Cleaner(**allowlist_from_extensions(expand_extensions(EXTENSIONS)))


def sanitise_html(html: str | None) -> str:
    """Return ``html`` with everything outside the editor's vocabulary removed."""
    if not html:
        return ""
    cleaned = _cleaner.clean(html).strip()
    # ProseMirror sends a lone empty paragraph for an empty document.
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


def render_rich_text(html: str | None) -> SafeString:
    return mark_safe(sanitise_html(html))  # noqa: S308  # nosec B308 B703 - nh3 cleaned it


class RichTextField(ProseEditorField):
    """A text field edited with the prose editor and sanitised on every save."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", dict(EXTENSIONS))
        kwargs.setdefault("sanitize", sanitise_html)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
