"""Reading generated PDFs back as text, with poppler's pdftotext: the text
must be there as text (fonts embedded, Kazakh and Chinese shaped), not only
as pixels."""

import shutil
import subprocess

import pytest

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="poppler-utils (pdftotext) is missing"
)


def pdf_text(content: bytes) -> str:
    done = subprocess.run(  # noqa: S603 - fixed command
        [PDFTOTEXT, "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return done.stdout.decode()
