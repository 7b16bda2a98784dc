"""Feeds, pages and links carry no live markup from stored content, however
it was stored: through the admin, an import, the shell or a future API."""

import io
import json
from html.parser import HTMLParser

import feedparser
import pytest
from django.core.management import call_command

from programs.models import PressCoverage, Program
from programs.models.fields import safe_link
from programs.services.site_content import (
    SiteContentError,
    export_site_content,
    import_site_content,
)
from tests.factories import (
    OrganisationFactory,
    PressCoverageFactory,
    ProgramFactory,
    ReportFactory,
)

HOSTILE_TITLE = '<img src=x onerror="alert(1)">Silk & Sea'


class _Tags(HTMLParser):
    """What an HTML reader makes of a piece of text: its tags and its text."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def read_as_html(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


def raw_entries(content: bytes) -> list:
    # As a reader gets it: XML decoded, HTML not cleaned by feedparser.
    return feedparser.parse(content, sanitize_html=False).entries


@pytest.mark.django_db
def test_the_press_feed_shows_an_editors_markup_as_text(client):
    program = ProgramFactory(title_en=HOSTILE_TITLE)
    outlet = OrganisationFactory(name_en='Daily <script>alert("x")</script>')
    PressCoverageFactory(program=program, outlet=outlet, summary_en="a < b & c")

    [entry] = raw_entries(client.get("/en/feeds/press/").content)

    html = read_as_html(entry.description)
    assert html.tags == []
    assert HOSTILE_TITLE in html.text
    assert 'Daily <script>alert("x")</script>' in html.text
    assert "a < b & c" in html.text


@pytest.mark.django_db
def test_the_report_feed_gives_the_bodys_text_never_its_markup(client):
    ReportFactory(body_en="<p>Tom &amp; Jerry wrote &lt;img onerror=x&gt;</p>")

    [entry] = raw_entries(client.get("/en/feeds/reports/").content)

    html = read_as_html(entry.description)
    assert html.tags == []
    assert html.text == "Tom & Jerry wrote <img onerror=x>"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/path",
        "",
    ],
)
def test_only_web_and_mail_addresses_become_links(url):
    assert safe_link(url) == ""


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=c", "http://example.org", "mailto:press@example.org"],
)
def test_web_and_mail_addresses_stay_as_they_are(url):
    assert safe_link(url) == url


@pytest.mark.django_db
def test_a_javascript_address_stored_behind_the_forms_back_is_never_a_link(client):
    program = ProgramFactory(slug="silk-road")
    item = PressCoverageFactory(program=program, title="Launch")
    # As the shell, an import or the API could store it: no validation.
    PressCoverage.objects.filter(pk=item.pk).update(url="javascript:alert(1)")

    pages = [
        client.get(path).content.decode()
        for path in ("/en/programs/silk-road/", "/en/press/", "/en/")
    ]
    [entry] = feedparser.parse(client.get("/en/feeds/press/").content).entries

    for page in pages:
        assert "javascript:" not in page
        assert "Launch" in page
    assert entry.link == "http://testserver/en/programs/silk-road/"


@pytest.mark.django_db(transaction=True)
def test_an_import_holds_every_row_to_the_admins_rules():
    call_command("seed_demo", verbosity=0)
    output = io.StringIO()
    export_site_content(output)
    records = json.loads(output.getvalue())
    press = next(r for r in records if r["model"] == "programs.presscoverage")
    press["fields"]["url"] = "javascript:alert(1)"
    call_command("flush", interactive=False, verbosity=0)

    with pytest.raises(SiteContentError) as error:
        import_site_content(io.StringIO(json.dumps(records)))

    message = str(error.value)
    assert "programs.PressCoverage" in message and "(url)" in message
    assert Program.objects.count() == 0  # nothing half-written


@pytest.mark.django_db
def test_an_import_file_that_is_not_a_list_of_rows_is_refused_clearly():
    with pytest.raises(SiteContentError, match="list of rows"):
        import_site_content(io.StringIO('{"model": "programs.city"}'))
