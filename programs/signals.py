"""Keep the public page cache honest: any content change invalidates it."""

from django.core.exceptions import ObjectDoesNotExist
from django.core.management import call_command
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_migrate

from .services import redirects
from .services.images import renditions
from .services.page_cache import content_changed, note_schedule
from .views import warming

# Registrations count too: a cancelled registration takes a consenting
# participant off the program page.
CONTENT_MODELS = (
    "City",
    "Partnership",
    "Organisation",
    "Program",
    "ItineraryStop",
    "Event",
    "Participant",
    "Registration",
    "PressCoverage",
    "Report",
    "Image",
    "ProgramGalleryImage",
    "ReportGalleryImage",
)


# Changes an editor makes, after which the pages they touch are drawn again in
# the background (views/warming.py).
EDITORIAL_MODELS = frozenset(CONTENT_MODELS) - {"Participant", "Registration"}
# What the participant lists show besides the people: their organisation.
PEOPLE_MODELS = frozenset({"Participant", "Registration", "Organisation"})


def _on_change(sender, instance=None, created=False, **kwargs):
    if not _may_be_public(instance, created):
        return
    name = getattr(instance, "_meta", None) and instance._meta.object_name
    content_changed(people=name not in EDITORIAL_MODELS - PEOPLE_MODELS)
    if name in EDITORIAL_MODELS:
        warming.note_change(_program_of(instance))


def _program_of(instance) -> int | None:
    """The program a changed row belongs to, if it belongs to one."""
    if instance._meta.object_name == "Program":
        return instance.pk
    return getattr(instance, "program_id", None)


def _may_be_public(instance, created: bool) -> bool:
    """Could this change show on a public page?

    Most saves could. Two frequent ones cannot, and skipping them keeps a rush
    of applications from emptying the page cache at every step: a person just
    created (no registration yet, so on no page) and the registration of
    someone who does not consent to be listed.
    """
    label = getattr(instance, "_meta", None) and instance._meta.label
    if label == "programs.Participant":
        return not created
    if label == "programs.Registration":
        try:
            return instance.participant.public_listing_consent
        except ObjectDoesNotExist:
            return True
    return True


# Their page-changing moments (go-live, expiry, a program's application window)
# end cached pages (page_cache.note_schedule).
PUBLISHABLE_MODELS = ("Program", "Event", "Report", "PressCoverage")


def _on_publishable_save(sender, instance, **kwargs):
    note_schedule(*instance.page_changing_moments())


def _create_cache_table(sender, using="default", verbosity=1, **kwargs):
    # Production without Redis caches in the database; making its table here
    # before the migrations run (their signals already touch the cache) means
    # `migrate` is the only step a deployment needs. Without a database
    # cache configured the command does nothing.
    call_command("createcachetable", database=using, verbosity=verbosity)


def connect(app_config) -> None:
    pre_migrate.connect(
        _create_cache_table, sender=app_config, dispatch_uid="cache-table"
    )
    for name in CONTENT_MODELS:
        model = app_config.get_model(name)
        post_save.connect(_on_change, sender=model, dispatch_uid=f"cache-save-{name}")
        post_delete.connect(
            _on_change, sender=model, dispatch_uid=f"cache-delete-{name}"
        )
    m2m_changed.connect(_on_change, dispatch_uid="cache-m2m")
    for name in PUBLISHABLE_MODELS:
        post_save.connect(
            _on_publishable_save,
            sender=app_config.get_model(name),
            dispatch_uid=f"cache-schedule-{name}",
        )
    renditions.connect()
    redirects.connect()
