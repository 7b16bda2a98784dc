"""Renditions: resized and cropped copies of each image, made once, in the
background, and kept in the default storage (the file system, or S3).

Saving an image queues ``make_renditions`` once the transaction commits.
It draws what is missing (every width of ``pillow.RENDITION_WIDTHS`` up to
the picture's own, in WebP and in the original format, for each aspect
ratio in ``pillow.CROPS``) and deletes renditions made from an earlier
file or focal point. Running it again changes nothing, so a save that
changes neither draws nothing. Until it has run, pages show the original.
"""

from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from ...models import Image, Rendition
from ..jobs import retrying_task
from ..page_cache import content_changed
from . import pillow

WEBP = "webp"


def queue_renditions(image: Image) -> None:
    """Queue ``make_renditions`` for ``image`` once the transaction commits."""
    image_id = image.pk
    transaction.on_commit(lambda: draw_renditions_job.enqueue(image_id))


@retrying_task()
def draw_renditions_job(image_id: int) -> int:
    """The background job behind ``queue_renditions``: ``make_renditions``."""
    return make_renditions(image_id)


def planned_renditions(image: Image) -> set[tuple[str, int, int, str]]:
    """(crop, width, height, format) of every rendition ``image`` should have."""
    original = _rendition_format(image)
    formats = sorted({WEBP, original})
    return {
        (crop, width, height, image_format)
        for crop in pillow.CROPS
        for width, height in pillow.rendition_sizes(
            image.width, image.height, crop, image.focal_point_x, image.focal_point_y
        )
        for image_format in formats
    }


def make_renditions(image_id: int) -> int:
    """Bring the renditions of image ``image_id`` up to date.

    Deletes stale renditions (another file or focal point, or a size no
    longer planned) and draws the missing ones. Returns how many were drawn:
    0 when all were current, or when the image is gone. The image row is
    locked meanwhile, so two runs for one image never race.
    """
    with transaction.atomic():
        image = Image.objects.select_for_update().filter(pk=image_id).first()
        if image is None or not image.file or not image.width:
            return 0
        planned = planned_renditions(image)
        keep, stale = [], []
        for rendition in image.renditions.all():
            key = (rendition.crop, rendition.width, rendition.height, rendition.format)
            current = rendition.source == image.rendition_source(rendition.crop)
            (keep if current and key in planned else stale).append(rendition)
        if stale:
            Rendition.objects.filter(pk__in=[r.pk for r in stale]).delete()
        missing = planned - {(r.crop, r.width, r.height, r.format) for r in keep}
        if missing:
            _draw(image, missing)
        if stale or missing:
            content_changed()
        return len(missing)


def make_all_renditions() -> tuple[int, list[Image]]:
    """Bring every image's renditions up to date now, for a change of widths
    or ratios, or a site without a worker.

    Returns how many renditions were drawn, and the images whose original
    could not be read (a missing or damaged file), which are skipped.
    """
    drawn, unreadable = 0, []
    for image in Image.objects.order_by("pk").only("pk", "title"):
        try:
            drawn += make_renditions(image.pk)
        except OSError:
            unreadable.append(image)
    return drawn, unreadable


def _draw(image: Image, missing: set[tuple[str, int, int, str]]) -> None:
    with image.file.open("rb") as handle:
        picture = pillow.open_picture(handle)
        picture.load()
    picture = pillow.working_copy(picture)
    stored: list[str] = []
    storage = Rendition._meta.get_field("file").storage
    try:
        for crop in sorted({crop for crop, *_rest in missing}):
            wanted = {(w, fmt) for c, w, _h, fmt in missing if c == crop}
            source = image.rendition_source(crop)
            rows = []
            for width, height, image_format, data in pillow.draw_renditions(
                picture, crop, image.focal_point_x, image.focal_point_y, wanted
            ):
                name = storage.save(
                    _file_name(image, crop, width, image_format, source),
                    ContentFile(data),
                )
                stored.append(name)
                rows.append(
                    Rendition(
                        image=image,
                        crop=crop,
                        width=width,
                        height=height,
                        format=image_format,
                        source=source,
                        file=name,
                    )
                )
            Rendition.objects.bulk_create(rows)
    except BaseException:
        # Leave no file behind for rows that will never exist.
        for name in stored:
            storage.delete(name)
        raise


def _rendition_format(image: Image) -> str:
    """The image's own format, from the extension its upload was given."""
    extension = PurePath(image.file.name).suffix.lower().lstrip(".")
    by_extension = {"jpg": "jpeg", "jpeg": "jpeg", "png": "png", "gif": "gif"}
    return by_extension.get(extension, WEBP)


def _file_name(image: Image, crop: str, width: int, fmt: str, source: str) -> str:
    stem = PurePath(image.file.name).stem[:60]
    ratio = f"{crop.replace(':', 'x')}-" if crop else ""
    extension = "jpg" if fmt == "jpeg" else fmt
    return f"renditions/{image.pk}/{stem}-{ratio}{width}w-{source[:8]}.{extension}"


def _delete_file_on_commit(sender, instance, **kwargs) -> None:
    field_file = instance.file
    if field_file and field_file.name:
        storage, name = field_file.storage, field_file.name
        transaction.on_commit(lambda: storage.delete(name))


def _queue_after_save(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        queue_renditions(instance)


def connect() -> None:
    """Queue renditions after every image save; delete files with their rows."""
    post_save.connect(_queue_after_save, sender=Image, dispatch_uid="renditions")
    post_delete.connect(
        _delete_file_on_commit, sender=Rendition, dispatch_uid="rendition-file"
    )
    post_delete.connect(_delete_file_on_commit, sender=Image, dispatch_uid="image-file")
