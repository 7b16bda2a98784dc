"""The README's curl examples work on the demo content, as written."""

import re
from urllib.parse import quote

import pytest
from django.conf import settings

from programs.seed import seed_demo

pytestmark = pytest.mark.django_db
EXAMPLE = re.compile(
    r"^curl (?:-H '([^:]+): ([^']+)' )?'?(http://127\.0\.0\.1:8000\S+?)'?$"
)


def readme_examples() -> list[tuple[dict, str]]:
    text = (settings.BASE_DIR / "README.md").read_text()
    examples = []
    for line in text.splitlines():
        match = EXAMPLE.match(line.split(" > ")[0])
        if match:
            header, value, url = match.groups()
            headers = {header: value} if header else {}
            path = url.removeprefix("http://127.0.0.1:8000")
            examples.append((headers, quote(path, safe="/?=&:")))
    return examples


def test_every_plain_curl_example_answers_200(client):
    seed_demo()
    examples = readme_examples()

    answers = {path: client.get(path, headers=headers) for headers, path in examples}

    assert len(examples) >= 15
    assert {p: r.status_code for p, r in answers.items() if r.status_code != 200} == {}
    empty = [p for p, r in answers.items() if r.json().get("results", [1]) == []]
    assert empty == []
