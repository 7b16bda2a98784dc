#!/usr/bin/env python
"""Say in one line which system packages the tests need and this machine lacks.

``make test`` and ``make audit`` run this before the tests. Python packages
and ``node_modules`` install themselves (the Makefile's ``install`` and
``node`` targets); what only the system's package manager can install is
named here, with the command that installs it:

- Debian's Chromium, for the browser tests and Lighthouse;
- the Noto CJK fonts, so Chinese renders in those browsers;
- a Java runtime, for the Nu HTML Checker;
- Node.js and npm, for axe-core, vnu.jar and Lighthouse;
- a Redis server, for the shared-cache tests;
- Pango, the DejaVu fonts and poppler's pdftotext, for the PDF documents
  (WeasyPrint draws with Pango; the tests read the PDFs back as text).

Without ``CI=true`` a missing package is a warning (its tests are skipped
with the reason); with it, an error, because CI must never pass on skips.

Usage: scripts/check_system.py [--for audit]
"""

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# What each check looks for, and the Debian package that provides it.
CHECKS = {
    "chromium": lambda: Path("/usr/bin/chromium").exists(),
    "fonts-noto-cjk": lambda: _font_installed("Noto Sans CJK SC"),
    "default-jre-headless": lambda: shutil.which("java") is not None,
    "nodejs": lambda: shutil.which("node") is not None,
    "npm": lambda: shutil.which("npm") is not None,
    "redis-server": lambda: shutil.which("redis-server") is not None,
    "libpango-1.0-0": lambda: ctypes.util.find_library("pango-1.0") is not None,
    "libpangoft2-1.0-0": lambda: ctypes.util.find_library("pangoft2-1.0") is not None,
    "fonts-dejavu-core": lambda: _font_installed("DejaVu Sans"),
    "poppler-utils": lambda: shutil.which("pdftotext") is not None,
}
# make audit runs Lighthouse only: no Java, no Redis.
FOR_AUDIT = ("chromium", "fonts-noto-cjk", "nodejs", "npm")


def _font_installed(family: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list:
        listing = subprocess.run(  # noqa: S603 - fixed command
            [fc_list, family], capture_output=True, text=True, check=False
        )
        return bool(listing.stdout.strip())
    return Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").exists()


def missing_packages(names) -> list[str]:
    return [name for name in names if not CHECKS[name]()]


def main(argv: list[str]) -> int:
    names = FOR_AUDIT if argv[1:] == ["--for", "audit"] else tuple(CHECKS)
    missing = missing_packages(names)
    if not missing:
        return 0
    strict = os.environ.get("CI", "").lower() in ("1", "true", "yes", "on")
    packages = " ".join(missing)
    print(
        f"{'Error' if strict else 'Warning'}: this machine lacks {packages}"
        f" (their checks {'cannot run' if strict else 'are skipped'}); install with: "
        f"sudo apt-get install -y --no-install-recommends {packages}",
        file=sys.stderr,
    )
    return 1 if strict else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
