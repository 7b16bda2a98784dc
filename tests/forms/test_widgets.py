"""Our long-list select draws the same markup as Django's, faster."""

from html.parser import HTMLParser

from django import forms
from django.utils import translation
from django_countries import countries

from programs.forms import LongSelect


class Events(HTMLParser):
    """Tags with their attributes (in any order) and text, ignoring layout."""

    def __init__(self, html: str):
        super().__init__()
        self.events = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, sorted(attrs, key=lambda a: a[0])))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("text", data.strip()))


def normalised(html: str) -> list:
    return Events(html).events


def test_long_select_matches_djangos_select_markup():
    with translation.override("kk"):
        choices = [("", "—"), *countries]
        attrs = {"id": "id_country", "required": True, "aria-invalid": "true"}

        ours = LongSelect(choices=choices).render("country", "KZ", attrs)
        django = forms.Select(choices=choices).render("country", "KZ", attrs)

    assert normalised(ours) == normalised(django)
    assert '<option value="KZ" selected>Қазақстан</option>' in ours


def test_long_select_escapes_labels_and_values():
    widget = LongSelect(choices=[('"x"', "<b>bold</b>")])

    html = widget.render("field", None)

    assert "<b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'value="&quot;x&quot;"' in html
