"""Every address the site answers, with real and hostile values, found by
walking the URL configuration rather than by a list someone must keep up.

``routes()`` turns each URL pattern into a template such as
``admin/programs/program/{object_id}/change/``; ``real_values()`` fills it with
values that exist in the test database (a program's pk and slug, a
registration's token), so a page renders in full before its parameters are
attacked; ``HOSTILE_PATH_VALUES`` and ``HOSTILE_QUERY_VALUES`` are what an
attacker or a broken link sends instead.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver

from programs.models import (
    City,
    Event,
    Program,
    Registration,
    Report,
    Revision,
)

# Written as they travel in a query string: text too long for any field,
# numbers out of every range, a date that does not exist, bytes that are not
# UTF-8, a quote that ends an SQL string, and the wrong type where a number
# belongs. (A NUL is refused for the whole site at once; see NUL_PROBES.)
HOSTILE_QUERY_VALUES = [
    "x" * 5000,
    "-1",
    "99999999999999999999",
    "2024-13-45",
    "%FF%FE",
    "%27%20OR%20%271%27%3D%271",
    "1.5e308",
]
HOSTILE_PATH_VALUES = [
    "a%00b",
    "x" * 3000,
    "-1",
    "99999999999999999999",
    "0",
    "..%2F..%2Fsecret",
    "%C0%AF",
    "%E8%BF%9E%E4%BA%91%E6%B8%AF",
]
NUL_PROBES = ["%00", "a%00b"]
# Parameters that Django's admin and our views read on many pages, tried on
# every page together, whether or not the page links them.
COMMON_PARAMETERS = ["q", "page", "p", "o", "e", "_changelist_filters", "next"]
CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    template: str  # "/admin/programs/program/{object_id}/change/"
    name: str  # the URL name, "" when the pattern has none
    arguments: tuple[str, ...]

    def fill(self, values: dict[str, str]) -> str:
        return self.template.format(**values)


def routes() -> list[Route]:
    found = []
    for pattern, name in _walk(get_resolver(), ""):
        text = pattern.replace("^", "").replace("$", "").replace("\\", "")
        # Regular-expression groups first: their names look like converters.
        arguments = [m["name"] for m in REGEX_GROUP.finditer(text)]
        template = REGEX_GROUP.sub(lambda m: "{" + m["name"] + "}", text)
        arguments += [m["name"] for m in CONVERTER.finditer(template)]
        template = CONVERTER.sub(lambda m: "{" + m["name"] + "}", template)
        found.append(Route("/" + template, name or "", tuple(arguments)))
    return found


def _walk(resolver: URLResolver, prefix: str):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.name


# URL names whose slug or pk belongs to a model other than their own name says.
SLUG_MODELS = {
    "program": Program,
    "event": Event,
    "city": City,
    "report": Report,
}


def real_values(route: Route) -> dict[str, str]:
    """Values for ``route``'s arguments that name things in the database."""
    values = {}
    for argument in route.arguments:
        values[argument] = _real_value(route, argument)
    return values


def _real_value(route: Route, argument: str) -> str:
    name = route.name
    if argument == "slug":
        model = next(m for key, m in SLUG_MODELS.items() if name.startswith(key))
        return model.objects.order_by("pk").values_list("slug", flat=True).first()
    if argument == "token":
        return Registration.objects.order_by("pk").first().token
    if argument in ("program_id", "pk") and "report" not in name:
        return str(Program.objects.order_by("pk").first().pk)
    if argument == "pk":
        return str(Report.objects.order_by("pk").first().pk)
    if argument == "revision_id":
        revision = Revision.objects.order_by("pk").first()
        return str(revision.pk if revision else 1)
    if argument == "object_id":
        return _admin_object_id(name)
    if argument == "content_type_id":
        return str(ContentType.objects.get_for_model(Program).pk)
    if argument == "file_format":
        return "csv"
    if argument == "colour":
        return "0f6b73"
    if argument == "app_label":
        return "programs"
    if argument == "id":
        return _admin_object_id("auth_user_change")
    # Catch-alls (the admin's unknown addresses, media files).
    return "nothing-here"


def _admin_object_id(url_name: str) -> str:
    """The first pk of the model an admin URL name is about (auth_user_...)."""
    for model in apps.get_models():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if url_name.startswith(prefix) or url_name == prefix.rstrip("_"):
            pk = model._default_manager.order_by("pk").values_list("pk", flat=True)
            return str(pk.first() or 1)
    return str(Program.objects.order_by("pk").first().pk)


class _QueryNames(HTMLParser):
    """The names a page's GET forms send and its links' query strings carry."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self._get_form = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self._get_form = (attributes.get("method") or "get").lower() == "get"
        elif tag in ("input", "select", "textarea") and self._get_form:
            if attributes.get("name"):
                self.names.add(attributes["name"])
        elif tag == "a" and attributes.get("href", "").startswith("?"):
            query = urlsplit(attributes["href"]).query
            self.names.update(key for key, _value in parse_qsl(query))

    def handle_endtag(self, tag):
        if tag == "form":
            self._get_form = False


def query_names(html: str) -> set[str]:
    parser = _QueryNames()
    parser.feed(html)
    return parser.names
