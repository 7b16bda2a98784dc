"""Model fields with the defaults Caravan wants everywhere, and what pages
ask of them."""

import functools
from urllib.parse import urlsplit

from django.db import models
from django.utils.encoding import force_str

# The only schemes a stored address may have when it is written into a link.
SAFE_LINK_SCHEMES = ("http", "https", "mailto")


def choice_label(instance, field_name: str):
    """What ``instance.get_<field_name>_display()`` gives, for the templates
    that show it for many rows: Django's builds a dict of the field's choices
    at each call, which translates every label to hash it (a program page's
    events, press and partnerships made 64 such translations). Here the
    choices are a dict once per model and field, and only the label shown
    is translated."""
    value = getattr(instance, field_name)
    return force_str(
        _choices(type(instance), field_name).get(value, value), strings_only=True
    )


@functools.cache
def _choices(model, field_name: str) -> dict:
    return dict(model._meta.get_field(field_name).flatchoices)


def safe_link(url: str | None) -> str:
    """``url`` if a browser may follow it from our pages, else "".

    Forms only accept web addresses, but a row can arrive by other paths (an
    import, the shell, the API); so the scheme is checked again wherever an
    address is written out, and ``javascript:`` or ``data:`` never reach an
    ``href``. Control characters and spaces, which browsers strip before
    reading the scheme, count against the address.
    """
    if not url:
        return ""
    url = url.strip()
    if any(ord(character) < 33 for character in url):
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in SAFE_LINK_SCHEMES else ""


class WebAddressField(models.URLField):
    """A URL field whose form assumes https for an address typed without a
    scheme ("example.org"), as Django 6 will by default."""

    def formfield(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        return super().formfield(**kwargs)

    def deconstruct(self):
        # Stored exactly like a URLField, so it needs no migration of its own.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs
