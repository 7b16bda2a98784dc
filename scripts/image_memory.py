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
resident memory (``ru_maxrss``), which covers Python and Django too. Run
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
    from PIL import Image, ImageFilter

    # Gradients with grain, blurred a little: compresses like a photograph,
    # not like a flat colour (too easy) or pure noise (too big).
    base = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((width, height)),
            Image.linear_gradient("L").rotate(90).resize((width, height)),
            Image.effect_noise((width, height), 40),
        ],
    ).filter(ImageFilter.GaussianBlur(1))
    if path.lower().endswith(".png"):
        base.save(path, "PNG", compress_level=1)
    else:
        base.save(path, "JPEG", quality=88)


def measure(path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange_site.settings.test")
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from programs import images
    from programs.services.images import sanitise_upload
    from programs.services.renditions import WEBP

    upload = SimpleUploadedFile(Path(path).name, Path(path).read_bytes())
    clean = sanitise_upload(upload)
    del upload
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
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "upload_mb": round(Path(path).stat().st_size / 1e6, 1),
        "stored": [clean.width, clean.height],
        "renditions": drawn,
    }


if __name__ == "__main__":
    command, target, *size = sys.argv[1:]
    if command == "make":
        make(target, *(map(int, size) if size else FIFTY_MEGAPIXELS))
    elif command == "measure":
        print(json.dumps(measure(target)))
    else:
        sys.exit(__doc__)
