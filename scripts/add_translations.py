"""Add or update interface strings in every language's catalogue, without gettext.

``makemessages`` rewrites every ``.po`` file (and every source reference in
it), which makes two branches that each add a string conflict everywhere.
This adds only the entries named in a JSON file, keeps everything else as it
is, and recompiles the ``.mo`` files, so a change carries just its own lines.

The file is a list of entries::

    [
      {"msgid": "Apply now", "fr": "Postuler", "ru": "…", "kk": "…", "zh_Hans": "…"},
      {"msgid": "%(n)s seat left", "msgid_plural": "%(n)s seats left",
       "msgctxt": "optional context",
       "fr": ["…", "…"], "ru": ["…", "…", "…"], "kk": ["…", "…"], "zh_Hans": ["…"]}
    ]

Every language must be given; a plural entry gives one form per plural form
of that language. Usage::

    .venv/bin/python scripts/add_translations.py strings.json
"""

import fcntl
import json
import sys
from pathlib import Path

import polib
from compile_translations import compile_all

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "ru", "kk", "zh_Hans")


class EntryError(ValueError):
    pass


def catalogue(language: str) -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / "django.po"


def plural_count(po: polib.POFile) -> int:
    header = po.metadata.get("Plural-Forms", "nplurals=2;")
    return int(header.split("nplurals=")[1].split(";")[0])


def apply_entry(po: polib.POFile, language: str, spec: dict) -> str:
    """Put one entry into ``po``; return "added", "updated" or "unchanged"."""
    msgid = spec.get("msgid")
    if not msgid:
        raise EntryError(f"an entry has no msgid: {spec!r}")
    if language not in spec:
        raise EntryError(f"{msgid!r} has no {language} translation")
    translation = spec[language]
    context = spec.get("msgctxt")
    plural = spec.get("msgid_plural")
    entry = po.find(msgid, msgctxt=context) if context else po.find(msgid)
    if entry is not None and context is None and entry.msgctxt:
        entry = None
    created = entry is None
    if created:
        entry = polib.POEntry(msgid=msgid, msgctxt=context)
        po.append(entry)
    before = (entry.msgstr, dict(entry.msgstr_plural))
    if plural:
        forms = plural_count(po)
        if not isinstance(translation, list) or len(translation) != forms:
            raise EntryError(f"{msgid!r} needs {forms} plural forms in {language}")
        entry.msgid_plural = plural
        entry.msgstr_plural = dict(enumerate(translation))
    else:
        if not isinstance(translation, str) or not translation:
            raise EntryError(f"{msgid!r} needs a non-empty {language} translation")
        entry.msgstr = translation
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    if created:
        return "added"
    return "unchanged" if before == (entry.msgstr, entry.msgstr_plural) else "updated"


def add_translations(specs: list[dict]) -> dict[str, dict[str, int]]:
    """Apply every entry in every language, all or nothing; return the counts."""
    catalogues = {
        language: polib.pofile(str(catalogue(language))) for language in LANGUAGES
    }
    counts = {}
    for language, po in catalogues.items():
        tally = {"added": 0, "updated": 0, "unchanged": 0}
        for spec in specs:
            tally[apply_entry(po, language, spec)] += 1
        counts[language] = tally
    # Checked everything before writing anything.
    for language, po in catalogues.items():
        po.save(str(catalogue(language)))
    compile_all()
    return counts


def main(path: str) -> int:
    try:
        specs = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        return 2
    if not isinstance(specs, list):
        print(f"{path} must hold a JSON list of entries", file=sys.stderr)
        return 2
    # Two runs at once must not overwrite each other's catalogues.
    with open(ROOT / "locale" / ".add_translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            counts = add_translations(specs)
        except EntryError as error:
            print(f"nothing written: {error}", file=sys.stderr)
            return 1
    for language, tally in counts.items():
        print(f"{language}: " + ", ".join(f"{n} {what}" for what, n in tally.items()))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
