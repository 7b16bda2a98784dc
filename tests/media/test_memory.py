"""Peak memory of processing a large upload, measured in a fresh process.

This is a resource bound, not a timing: ``ru_maxrss`` of a process that runs
the upload check and draws every rendition (scripts/image_memory.py).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "image_memory.py"
LIMIT_MB = 300


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "name, size, stored",
    [
        # 50 megapixels: a JPEG is decoded at half its size straight away.
        ("photo.jpg", (8660, 5774), [3840, 2560]),
        # The most pixels a PNG may have (IMAGE_MAX_PIXELS_DECODED_IN_FULL).
        ("drawing.png", (5470, 3656), [3840, 2567]),
    ],
)
def test_processing_a_large_upload_peaks_under_300_mb(tmp_path, name, size, stored):
    path = tmp_path / name
    run("make", str(path), *map(str, size))

    measured = json.loads(run("measure", str(path)).stdout)

    print(f"{name}: {measured}")
    assert measured["stored"] == stored
    assert measured["renditions"] == 30
    assert measured["peak_rss_mb"] < LIMIT_MB
