"""RSS 2.0 feeds of press coverage and reports, one per language.

Each feed lives under its language prefix, so its titles, summaries and links
are in that language (with the usual fallback to English).
"""

import datetime
import html

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import PressCoverage, Report
from .models.fields import safe_link

FEED_LENGTH = 50


class LanguageRssFeed(Rss201rev2Feed):
    """RSS 2.0 with the feed's language set to the one it is written in."""

    def __init__(self, *args, **kwargs):
        kwargs["language"] = get_language()
        super().__init__(*args, **kwargs)


def as_html_text(text: str) -> str:
    """Plain text ready for an RSS <description>.

    Readers take a description as HTML, so text an editor typed ("<img
    onerror=...>", "Tom & Jerry") is escaped as HTML here; the feed generator
    then escapes it again as XML, and the reader shows the text as typed.
    """
    return escape(text)


def _as_datetime(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)


class PressFeed(Feed):
    feed_type = LanguageRssFeed
    title = _("Caravan: press coverage")
    description = _("What the press wrote about cultural-exchange programs.")

    def link(self):
        return reverse("programs:press-list")

    def items(self):
        return (
            PressCoverage.objects.published()
            .select_related("program", "outlet")
            .order_by("-published_on", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item: PressCoverage) -> str:
        return item.title

    def item_description(self, item: PressCoverage) -> str:
        outlet = item.outlet.name if item.outlet else ""
        parts = [item.program.title, outlet, item.summary]
        return as_html_text(" — ".join(part for part in parts if part))

    def item_link(self, item: PressCoverage) -> str:
        # Never a javascript: address, however the row was stored.
        return safe_link(item.url) or item.program.get_absolute_url()

    def item_guid(self, item: PressCoverage) -> str:
        return f"press-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: PressCoverage) -> datetime.datetime:
        return _as_datetime(item.published_on)


class ReportFeed(Feed):
    feed_type = LanguageRssFeed
    title = _("Caravan: reports")
    description = _("Reports from cultural-exchange programs.")

    def link(self):
        return reverse("programs:report-list")

    def items(self):
        return (
            Report.objects.published()
            .select_related("program")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item: Report) -> str:
        return item.title

    def item_description(self, item: Report) -> str:
        # The body's text, not its markup: tags go, entities become the
        # characters they stand for, and the text is escaped once as HTML.
        text = html.unescape(strip_tags(item.body or ""))
        return as_html_text(text[:600])

    def item_link(self, item: Report) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Report) -> datetime.datetime:
        return item.first_published_at or timezone.now()

    def item_author_name(self, item: Report) -> str:
        return item.author
