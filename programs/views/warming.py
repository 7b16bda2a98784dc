"""Drawing the public pages again right after an editor's save, before the
visitors ask for them.

A save moves the content version (``services/page_cache.py``), so the next
visitor to each page draws it from PostgreSQL, and a launch-day crowd
arriving right after the save waits on that drawing (``views/fragments.py``).
With ``PAGE_WARMING`` on, the save's transaction queues one background job
when it commits, and the worker asks for the pages the save touched, in
every language: the home page, the program list, and the page of each
program the changed rows belong to. The parts and pages are then in the
shared cache when the crowd comes.

The worker asks its own Django, in process, through every middleware as a
request from outside would go (Django's test client), at the host of
``SITE_URL``; pages at any other host are drawn on demand, as before.

Registrations do not warm anything: a rush of applications would keep the
worker drawing pages nobody asked for, and a page's participants are drawn by
its next visitor as they always were.
"""

import logging
import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from ..models import Program
from ..services.jobs import retrying_task

logger = logging.getLogger(__name__)

# Program ids noted by changes whose transaction has not committed yet
# (None: a change that belongs to no one program, a city say).
_pending = threading.local()


def note_change(program_id: int | None) -> None:
    """Warm the pages once the current transaction commits (at once outside
    one), including the page of ``program_id`` if given."""
    if not settings.PAGE_WARMING:
        return
    _pending.__dict__.setdefault("program_ids", set()).add(program_id)
    transaction.on_commit(_enqueue_pending)


def _enqueue_pending() -> None:
    # Every change of a transaction registers this; the first one to run
    # after the commit queues them all. Changes of a transaction that rolled
    # back wait for the next commit, which then warms a page or two more.
    noted = _pending.__dict__.pop("program_ids", None)
    if noted is None:
        return
    warm_pages.enqueue(sorted(pk for pk in noted if pk is not None))


# A save that touches more programs than this (an import of the site's
# content, the demo seed) warms the most recently changed ones; the others
# are drawn by their first visitor, as without warming.
MAX_PROGRAMS = 20


def warmed_paths(program_ids: list[int], language: str) -> list[str]:
    """The addresses one job asks for in ``language``."""
    with translation.override(language):
        paths = [reverse("programs:home"), reverse("programs:program-list")]
        programs = Program.objects.published().filter(pk__in=program_ids)
        programs = programs.order_by("-updated_at", "-pk")[:MAX_PROGRAMS]
        paths += [program.get_absolute_url() for program in programs]
    return paths


@retrying_task(max_attempts=1)
def warm_pages(program_ids: list[int]) -> int:
    """Ask for the pages of ``program_ids`` (and the home page and program
    list) in every language; the number of pages drawn."""
    site = urlsplit(settings.SITE_URL)
    client = Client(HTTP_HOST=site.netloc)
    drawn = 0
    for language in settings.LANGUAGE_CODES:
        for path in warmed_paths(program_ids, language):
            response = client.get(path, secure=site.scheme == "https")
            if response.status_code == 200:
                drawn += 1
            else:
                logger.warning("Warming %s got HTTP %s", path, response.status_code)
    return drawn
