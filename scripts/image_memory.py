"""Peak memory of the image pipeline on a large JPEG.

Usage::

    .venv/bin/python scripts/image_memory.py make photo.jpg [WIDTH HEIGHT]
    .venv/bin/python scripts/image_memory.py measure photo.jpg

``make`` draws a photo-like JPEG (8660 × 5774, 50 megapixels, by default),
or a PNG when the name ends in ".png".
``measure`` runs what an upload goes through, in a fresh process: the upload
check (``services.images.sanitise_upload``: decode, orientation, re-encode),
then every rendition the background job draws from the stored result, kept
in memory rather than storage. It prints JSON with the process's peak
resident memory, which covers Python and Django too: Linux's ``VmHWM``, the
high-water mark of this program alone, since ``ru_maxrss`` survives
``exec`` and so reports the parent's size when a large process (a long
pytest run) starts this one; ``ru_maxrss`` where there is no ``/proc``. Run
them as separate commands: drawing the test photo takes far more memory
than processing it.
"""

import io
import json
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIFTY_MEGAPIXELS = (8660, 5774)


def make(path: str, width: int, height: int) -> None:
    from PIL import Image

    size = (width, height)
    across = Image.linear_gradient("L").resize(size)
    down = Image.linear_gradient("L").rotate(90).resize(size)
    if path.lower().endswith(".png"):
        # Smooth, like a chart: memory depends on the pixels, not the content.
        Image.merge("RGB", [across, down, across]).save(path, "PNG", compress_level=1)
    else:
        # Gradients with grain compress like a photograph, where a flat colour
        # would be unrealistically small.
        grain = Image.effect_noise(size, 24)
        Image.merge("RGB", [across, down, grain]).save(path, "JPEG", quality=88)


def measure(path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange_site.settings.test")
    import django

    django.setup()
    from django.core.files import File

    from programs.services.images import pillow as images
    from programs.services.images.renditions import WEBP
    from programs.services.images.uploads import sanitise_upload

    # Django streams an upload this large to a temporary file; so do we.
    with open(path, "rb") as handle:
        clean = sanitise_upload(File(handle, name=Path(path).name))
    stored = clean.content.read()

    # What the background job does with the stored file.
    picture = images.open_picture(io.BytesIO(stored))
    picture.load()
    picture = images.working_copy(picture)
    formats = [WEBP, clean.format.lower()]
    drawn = 0
    for crop in images.CROPS:
        wanted = {
            (width, image_format)
            for width, _height in images.rendition_sizes(*picture.size, crop)
            for image_format in formats
        }
        for _rendition in images.draw_renditions(picture, crop, 0.5, 0.5, wanted):
            drawn += 1
    peak_kib = peak_resident_kib()
    return {
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "upload_mb": round(Path(path).stat().st_size / 1e6, 1),
        "stored": [clean.width, clean.height],
        "renditions": drawn,
    }


def peak_resident_kib() -> int:
    """This program's peak resident memory in KiB, whoever started it."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1])


if __name__ == "__main__":
    command, target, *size = sys.argv[1:]
    if command == "make":
        make(target, *(map(int, size) if size else FIFTY_MEGAPIXELS))
    elif command == "measure":
        print(json.dumps(measure(target)))
    else:
        sys.exit(__doc__)
