"""Reading generated PDFs back as text, with poppler's pdftotext: the text
must be there as text (fonts embedded, Kazakh and Chinese shaped), not only
as pixels."""

import shutil
import subprocess

import pytest

PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="poppler-utils (pdftotext) is missing"
)


def pdf_text(content: bytes) -> str:
    done = subprocess.run(  # noqa: S603 - fixed command
        [PDFTOTEXT, "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return done.stdout.decode()


def pdf_fonts(path) -> list[dict]:
    """The fonts a PDF file uses: name and whether it is embedded."""
    done = subprocess.run(  # noqa: S603 - fixed command
        [PDFFONTS, str(path)], capture_output=True, text=True, check=True
    )
    fonts = []
    for line in done.stdout.splitlines()[2:]:
        parts = line.split()
        # name, type words…, encoding, emb, sub, uni, object, generation
        fonts.append({"name": parts[0], "embedded": parts[-5] == "yes"})
    return fonts
