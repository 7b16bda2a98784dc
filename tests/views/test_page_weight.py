"""Our own CSS and JS stay under 60 KB on every public page."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from .conftest import LANGUAGES

BUDGET = 60 * 1024
PAGES = [
    "/{lang}/",
    "/{lang}/programs/",
    "/{lang}/programs/silk-road/",
    "/{lang}/events/aktau-interview/",
    "/{lang}/cities/",
    "/{lang}/cities/aktau/",
    "/{lang}/press/",
    "/{lang}/reports/first-week/",
]
ASSET = re.compile(r'<(?:link[^>]+href|script[^>]+src)="/static/([^"?#]+)"')


def own_assets(html: str) -> list[str]:
    return ASSET.findall(html)


@pytest.mark.parametrize("path", PAGES)
def test_css_and_js_stay_within_the_budget(client, world, path):
    html = client.get(path.format(lang=LANGUAGES[3])).content.decode()

    assets = own_assets(html)
    sizes = {name: Path(finders.find(name)).stat().st_size for name in assets}

    assert any(name.endswith(".css") for name in assets)
    assert sum(sizes.values()) < BUDGET, sizes


def test_public_pages_carry_no_inline_script_or_style(client, world):
    html = client.get("/en/programs/silk-road/").content.decode()

    # JSON-LD is data, which browsers never run; everything else is a file.
    scripts = re.findall(r"<script(?![^>]*application/ld\+json)[^>]*>", html)
    assert all('src="' in tag for tag in scripts), scripts
    assert "<style" not in html
    assert " style=" not in html
