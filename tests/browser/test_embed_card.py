"""Another site frames the program card, and only the card.

A partner's page, served by a small server of its own on the loopback (so
another origin, and Chromium's private-network rules stay out of the way),
holds two iframes:
the card and the program page. Under the site's real policy (no
``bypass_csp``) Chromium shows the card and refuses the program page.
The API's documentation page, opened under the same policy, reports no
violation either.
"""

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.views.conftest import world  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def partner_page(base: str) -> str:
    return f"""<!doctype html><html lang="en"><head><title>Partner</title></head>
<body><h1>Our partners</h1>
<iframe id="card" title="Card" src="{base}/embed/programs/silk-road/?lang=kk"></iframe>
<iframe id="page" title="Page" src="{base}/en/programs/silk-road/"></iframe>
</body></html>"""


@contextmanager
def partner_site(html: str):
    """A web server at 127.0.0.1 on a port of its own, answering ``html``."""

    class Partner(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_another_site_shows_the_card_but_not_the_program_page(
    browser,
    live_server,
    world,  # noqa: F811
):
    context = browser.new_context()
    page = context.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    with partner_site(partner_page(live_server.url)) as partner:
        page.goto(partner)
        card = page.frame_locator("#card")
        card_title = card.locator("h1").inner_text()
        route = card.locator(".route li").all_inner_texts()
        program_page = page.frame_locator("#page").locator("body").inner_text()

    assert card_title == "Жібек жолы күндері"
    assert route == ["Ақтау", "Samarkand"]
    assert "Silk Road Days" not in program_page
    assert any("frame-ancestors" in text for text in messages), messages
    context.close()


def test_the_documentation_page_breaks_no_policy(browser, live_server, db):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text))

    page.goto(f"{live_server.url}/api/v1/docs/")

    assert page.locator("h1").inner_text().startswith("Caravan API")
    assert page.locator("section.operation").count() == 16
    styled = page.evaluate(
        "getComputedStyle(document.querySelector('.docs-header')).borderBottomStyle"
    )
    assert styled == "solid"  # our stylesheet loaded
    assert not [text for text in errors if "Content Security Policy" in text]
    context.close()
