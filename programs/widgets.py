"""Form widgets of our own."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _


class LongSelect(forms.Select):
    """A <select> for long, flat lists (some 250 countries), drawn in Python.

    Django draws every <option> through its own template include, which made
    the country list most of the application form's rendering time. The
    markup is the same; only groups (<optgroup>) are not supported.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            "<option{}>{}</option>",
            (
                (
                    flatatt({"value": option["value"], "selected": option["selected"]}),
                    option["label"],
                )
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            options,
        )


class ColourInput(forms.TextInput):
    """A ``#rrggbb`` text field with the browser's colour picker beside it.

    The text field is what the form sends; the picker (no name, never sent)
    follows it and writes into it, through ``admin/caravan/colour-input.js``.
    Without JavaScript the text field works on its own.
    """

    class Media:
        js = ["admin/caravan/colour-input.js"]

    def __init__(self, attrs=None):
        super().__init__(
            {"size": 8, "maxlength": 7, "placeholder": "#0f6b73", **(attrs or {})}
        )

    def render(self, name, value, attrs=None, renderer=None):
        text = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id") or self.attrs.get("id", "")
        picker = format_html(
            '<input type="color" class="colour-picker" data-colour-for="{}" '
            'value="{}" aria-label="{}" hidden>',
            field_id,
            value if value and len(str(value)) == 7 else "#0f6b73",
            _("Pick a colour"),
        )
        return format_html("{} {}", text, picker)
