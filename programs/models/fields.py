"""Model fields with the defaults Caravan wants everywhere."""

from django.db import models


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
