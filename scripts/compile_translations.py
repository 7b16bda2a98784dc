"""Compile every .po under locale/ and locale_supplements/ into its .mo with polib.

Django's compilemessages needs GNU gettext's msgfmt; this needs only polib (a
dev dependency), so a translator can edit a .po and recompile anywhere. Only
translated, non-fuzzy entries are compiled, as msgfmt does.

Usage::

    .venv/bin/python scripts/compile_translations.py
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "locale", ROOT / "locale_supplements")


def compile_all() -> list[Path]:
    """Write the .mo beside each .po and return the .mo paths written."""
    written = []
    for folder in FOLDERS:
        for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(ROOT)}")
    sys.exit(0)
