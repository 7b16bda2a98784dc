"""Redirects from the old addresses of renamed pages.

When a page visitors may have seen (a program, event or report that has
been published, or any city) gets a new slug, its old address, and every
address under it such as its calendar, answers 301 to the new one in each
language. A redirect points at the object, not at a path, so renaming a to b
and then b to c sends a straight to c; when an object takes an address,
redirects from that address are dropped, so none can loop. Drafts that were
never published get none: nobody can have linked to them.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import translation

from ..models import City, Event, Program, Redirect, Report

REDIRECTED_MODELS = (Program, Event, Report, City)


def split_language(path: str) -> tuple[str | None, str]:
    """(language, path without it) for a language-prefixed path, such as
    ("fr", "/programs/x/") for "/fr/programs/x/"; (None, path) otherwise."""
    language = translation.get_language_from_path(path)
    if language is None:
        return None, path
    return language, path[len(language) + 1 :]


def path_of(obj: models.Model, slug: str | None = None) -> str:
    """``obj``'s address without its language prefix (with ``slug`` if given)."""
    original = obj.slug
    if slug is not None:
        obj.slug = slug
    try:
        with translation.override(settings.LANGUAGE_CODE):
            return split_language(obj.get_absolute_url())[1]
    finally:
        obj.slug = original


def record_slug_change(obj: models.Model, old_slug: str) -> Redirect:
    """Send ``obj``'s address under ``old_slug`` to its current one."""
    with transaction.atomic():
        Redirect.objects.filter(old_path=path_of(obj)).delete()
        redirect, _created = Redirect.objects.update_or_create(
            old_path=path_of(obj, old_slug),
            defaults={
                "content_type": ContentType.objects.get_for_model(obj),
                "object_id": obj.pk,
            },
        )
    return redirect


def new_location(path: str) -> str | None:
    """Where a request for ``path`` (with its language prefix) should go
    instead, in the same language; ``None`` if nowhere."""
    language, rest = split_language(path)
    if language is None:
        return None
    # "/programs/old/calendar.ics" is found under "/programs/old/".
    segments = rest.strip("/").split("/")
    base = "/" + "/".join(segments[:2]) + "/"
    found = {r.old_path: r for r in Redirect.objects.filter(old_path__in={rest, base})}
    redirect = found.get(rest) or found.get(base)
    if redirect is None:
        return None
    target = redirect.target
    if target is None or not getattr(target, "is_published", True):
        return None
    remainder = "" if redirect.old_path == rest else rest[len(base) :]
    with translation.override(language):
        return target.get_absolute_url() + remainder


def _was_public(model, pk) -> tuple[str, bool] | None:
    """The stored slug of ``pk`` and whether visitors may have seen it."""
    if not issubclass(model, Program | Event | Report):
        row = model._base_manager.filter(pk=pk).values("slug").first()
        return (row["slug"], True) if row else None
    stored = model._base_manager.filter(pk=pk).first()
    if stored is None:
        return None
    return stored.slug, stored.is_published or stored.first_published_at is not None


def _remember_old_slug(sender, instance, raw=False, **kwargs) -> None:
    instance._slug_before_save = None
    if raw or instance.pk is None:
        return
    stored = _was_public(sender, instance.pk)
    if stored and stored[0] != instance.slug and stored[1]:
        instance._slug_before_save = stored[0]


def _after_save(sender, instance, created, raw=False, **kwargs) -> None:
    if raw:
        return
    old_slug = getattr(instance, "_slug_before_save", None)
    if old_slug:
        record_slug_change(instance, old_slug)
    elif created:
        # A new page owns its address, whatever was renamed away from it.
        Redirect.objects.filter(old_path=path_of(instance)).delete()


def _after_delete(sender, instance, **kwargs) -> None:
    Redirect.objects.filter(
        content_type=ContentType.objects.get_for_model(instance),
        object_id=instance.pk,
    ).delete()


def connect() -> None:
    """Watch the slugs of every model with a public page."""
    for model in REDIRECTED_MODELS:
        name = model.__name__
        pre_save.connect(_remember_old_slug, sender=model, dispatch_uid=f"slug-{name}")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"redirect-{name}")
        post_delete.connect(
            _after_delete, sender=model, dispatch_uid=f"redirect-del-{name}"
        )
