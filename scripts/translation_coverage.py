"""Report how much of each translation catalogue a reader actually sees translated.

Two kinds of catalogue are checked:

* **Ours**: ``locale/<lang>/LC_MESSAGES/django.po`` (and ``djangojs.po`` when it
  exists) for fr, ru, kk and zh_Hans. Every entry must be translated and none
  may be fuzzy.
* **Kazakh, effective**: Django 5.2 and our admin-side dependencies ship with
  Kazakh gaps, which ``locale_supplements/kk`` fills. The msgids each package
  really uses are compared against the catalogue Django assembles at run time
  (package catalogues, then ``LOCALE_PATHS``), so a msgid counts as translated
  whether Django's own catalogue or our supplement provides it.
* **Admin-side apps, effective, in every language**: django-axes (sign-in
  protection) and django-tasks (background jobs) put their names, columns and
  filters in the admin, with few or no translations of their own; the same
  comparison runs for French, Russian, Kazakh and Chinese.

Every ``.mo`` must hold exactly what its ``.po`` compiles to (compared by
content, since git does not keep modification times).

Usage::

    .venv/bin/python scripts/translation_coverage.py [--only-supplements]
    .venv/bin/python scripts/translation_coverage.py --add-missing

``--add-missing`` appends every untranslated msgid to the Kazakh supplements
with an empty translation, ready for a translator; the check keeps failing until
they are filled in and compiled (``scripts/compile_translations.py``).
Exit status: 0 when everything is complete, 1 otherwise.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OWN_LOCALE = ROOT / "locale"
SUPPLEMENTS = ROOT / "locale_supplements"
KK_SUPPLEMENT = SUPPLEMENTS / "kk" / "LC_MESSAGES"
OWN_LANGUAGES = ("fr", "ru", "kk", "zh_Hans")
DOMAINS = ("django", "djangojs")
SAMPLE = 5

# (msgctxt, msgid, msgid_plural): how gettext tells two entries apart.
Key = tuple[str | None, str, str | None]

GETTEXT_CALLS = {
    # function name: positions of (msgctxt, msgid, msgid_plural) in its arguments
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}")
# A literal first argument; prettier leaves a trailing comma on long calls.
JS_GETTEXT = re.compile(r"""\bgettext\(\s*(["'`])((?:\\.|(?!\1).)*)\1\s*,?\s*\)""")


def po_keys(path: Path) -> set[Key]:
    """Every active msgid of a .po file (Django's English catalogues list them)."""
    po = polib.pofile(str(path))
    return {(e.msgctxt, e.msgid, e.msgid_plural or None) for e in po if not e.obsolete}


def python_keys(package: Path) -> set[Key]:
    """The msgids a package's Python code passes to gettext, outside its tests."""
    keys: set[Key] = set()
    for source in package.rglob("*.py"):
        if {"tests", "migrations"} & set(source.relative_to(package).parts):
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in GETTEXT_CALLS:
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            ctx, msgid, plural = (
                args[i] if i is not None and i < len(args) else None
                for i in GETTEXT_CALLS[name]
            )
            if isinstance(msgid, str):
                keys.add((ctx, msgid, plural))
    return keys


def sourcemap_keys(source_map: Path) -> set[Key]:
    """The literal gettext() msgids in a bundled script's own (non-vendored) sources.

    Bundles are minified, so the original sources inside the source map are
    read instead.
    """
    bundle = json.loads(source_map.read_text(encoding="utf-8"))
    keys: set[Key] = set()
    texts = bundle.get("sourcesContent") or [None] * len(bundle["sources"])
    for name, text in zip(bundle["sources"], texts, strict=True):
        if text and "node_modules" not in name:
            for match in JS_GETTEXT.finditer(text):
                keys.add((None, match.group(2), None))
    return keys


@dataclass(frozen=True)
class Reference:
    """A catalogue whose Kazakh coverage is measured after our supplements."""

    name: str
    domain: str
    msgids: Callable[[], set[Key]]
    # The package's own catalogue in a language (its locale folder's name),
    # or None when the package ships no translations.
    shipped: Callable[[str], Path] | None


def package_dir(module: str) -> Path:
    return Path(__import__(module).__file__).parent


def kazakh_references() -> list[Reference]:
    django = package_dir("django")

    def django_catalogue(name: str, folder: str, domain: str = "django") -> Reference:
        english = django / folder / "locale/en/LC_MESSAGES" / f"{domain}.po"
        return Reference(
            name, domain, lambda: po_keys(english), shipped_in(django / folder, domain)
        )

    prose = package_dir("django_prose_editor") / "static/django_prose_editor"
    return [
        django_catalogue("Django core", "conf"),
        django_catalogue("django.contrib.admin", "contrib/admin"),
        django_catalogue("django.contrib.admin (JS)", "contrib/admin", "djangojs"),
        django_catalogue("django.contrib.auth", "contrib/auth"),
        django_catalogue("django.contrib.contenttypes", "contrib/contenttypes"),
        Reference(
            "django-countries",
            "django",
            lambda: python_keys(package_dir("django_countries")),
            None,
        ),
        Reference(
            "django-modeltranslation",
            "django",
            lambda: python_keys(package_dir("modeltranslation")),
            None,
        ),
        Reference(
            "django-prose-editor (JS)",
            "djangojs",
            lambda: sourcemap_keys(prose / "editor.js.map"),
            None,
        ),
        *admin_app_references(),
    ]


def shipped_in(package: Path, domain: str = "django") -> Callable[[str], Path]:
    return lambda folder: package / "locale" / folder / "LC_MESSAGES" / f"{domain}.po"


def admin_app_references() -> list[Reference]:
    """The apps with screens in the admin beside ours, checked in every language."""
    axes = package_dir("axes")
    return [
        Reference("django-axes", "django", lambda: python_keys(axes), shipped_in(axes)),
        Reference(
            "django-tasks-db",
            "django",
            lambda: python_keys(package_dir("django_tasks_db")),
            None,
        ),
        Reference(
            "django-tasks",
            "django",
            lambda: python_keys(package_dir("django_tasks")),
            None,
        ),
    ]


def runtime_catalogue(domain: str, language: str = "kk"):
    """The catalogue Django serves in ``language``: the admin's, for the JS domain."""
    from django.contrib import admin
    from django.utils.translation import trans_real

    if domain == "django":
        return trans_real.translation(language)._catalog
    # The admin's jsi18n view asks for exactly this (see AdminSite.i18n_javascript).
    localedirs = [str(Path(admin.__file__).parent / "locale")]
    return trans_real.DjangoTranslation(language, domain, localedirs)._catalog


def is_translated(catalogue, key: Key) -> bool:
    ctx, msgid, plural = key
    lookup = f"{ctx}\x04{msgid}" if ctx else msgid
    return bool(catalogue.get((lookup, 0) if plural else lookup))


def shipped_keys(path: Path | None) -> set[Key]:
    if path is None or not path.exists():
        return set()
    return {
        (e.msgctxt, e.msgid, e.msgid_plural or None)
        for e in polib.pofile(str(path)).translated_entries()
    }


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    – "


def print_table(title: str, header: tuple[str, ...], rows: Iterable[tuple]) -> None:
    rows = [tuple(str(cell) for cell in row) for row in rows]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(
            "  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        )


def ordered(keys: Iterable[Key]) -> list[Key]:
    return sorted(keys, key=lambda k: (k[1], k[0] or "", k[2] or ""))


def sample(keys: Iterable[Key]) -> str:
    return ", ".join(repr(msgid) for _ctx, msgid, _p in ordered(keys)[:SAMPLE])


def check_effective(
    language: str, references: list[Reference], failures: list[str]
) -> dict[str, list[Key]]:
    """Print one language's effective table; return each catalogue's missing msgids."""
    from django.utils.translation import to_locale

    missing: dict[str, list[Key]] = {}
    rows = []
    for ref in references:
        wanted = ref.msgids()
        own = ref.shipped(to_locale(language)) if ref.shipped else None
        shipped = wanted & shipped_keys(own)
        catalogue = runtime_catalogue(ref.domain, language)
        gaps = ordered(k for k in wanted if not is_translated(catalogue, k))
        done = len(wanted) - len(gaps)
        has_own = own is not None and own.exists()
        shipped_share = share(len(shipped), len(wanted)) if has_own else "none"
        rows.append(
            (ref.name, ref.domain, len(wanted), shipped_share, share(done, len(wanted)))
        )
        if gaps:
            missing[ref.name] = gaps
            failures.append(
                f"{language} {ref.name}: {len(gaps)} msgid(s) untranslated, "
                f"e.g. {sample(gaps)}"
            )
    header = ("catalogue", "domain", "msgids", f"shipped {language}", "with ours")
    title = f"{language}, effective coverage of Django and dependencies"
    print_table(title, header, rows)
    return missing


def check_kazakh_effective(failures: list[str]) -> dict[str, list[Key]]:
    """The effective Kazakh table; return each catalogue's missing msgids."""
    return check_effective("kk", kazakh_references(), failures)


def check_admin_apps_effective(failures: list[str]) -> None:
    """The admin-side apps' effective tables in the other languages."""
    for language in ("fr", "ru", "zh-hans"):
        check_effective(language, admin_app_references(), failures)


def placeholders_kept(entry: polib.POEntry) -> bool:
    """A translation uses exactly the msgid's placeholders (%(name)s, %s, {name}).

    A plural form may drop the number, as "one" forms often do; the last may not.
    """
    wanted = set(PLACEHOLDER.findall(entry.msgid + " " + entry.msgid_plural))
    if not entry.msgid_plural:
        return set(PLACEHOLDER.findall(entry.msgstr)) == wanted
    forms = [
        set(PLACEHOLDER.findall(text))
        for _n, text in sorted(entry.msgstr_plural.items())
    ]
    return all(form <= wanted for form in forms) and forms[-1] == wanted


def catalogue_row(path: Path, failures: list[str]) -> tuple:
    po = polib.pofile(str(path))
    active = [e for e in po if not e.obsolete]
    todo = [e for e in active if not e.translated()]
    broken = [e.msgid for e in po.translated_entries() if not placeholders_kept(e)]
    if broken:
        failures.append(
            f"{path.relative_to(ROOT)}: placeholders differ from the msgid in "
            f"{len(broken)} entr(y/ies), e.g. {', '.join(map(repr, broken[:SAMPLE]))}"
        )
    if todo:
        keys = [(e.msgctxt, e.msgid, e.msgid_plural or None) for e in todo]
        failures.append(
            f"{path.relative_to(ROOT)}: {len(todo)} entr(y/ies) untranslated or "
            f"fuzzy, e.g. {sample(keys)}"
        )
    done = len(active) - len(todo)
    return path.relative_to(ROOT), len(active), done, share(done, len(active))


def check_own(failures: list[str]) -> None:
    rows = []
    for lang in OWN_LANGUAGES:
        for domain in DOMAINS:
            path = OWN_LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                rows.append(catalogue_row(path, failures))
            elif domain == "django":
                rows.append((path.relative_to(ROOT), "-", "-", "MISSING"))
                failures.append(
                    f"{path.relative_to(ROOT)} does not exist yet: "
                    "Caravan's own strings are not translated into "
                    f"{lang} (run makemessages -l {lang}, translate, compile)"
                )
    header = ("catalogue", "entries", "translated", "share")
    print_table("Caravan's own catalogues", header, rows)


def check_supplements(failures: list[str]) -> None:
    paths = sorted(SUPPLEMENTS.glob("*/LC_MESSAGES/*.po"))
    if not paths:
        failures.append(f"no supplements found under {SUPPLEMENTS.relative_to(ROOT)}")
    rows = [catalogue_row(path, failures) for path in paths]
    header = ("catalogue", "entries", "translated", "share")
    print_table("Supplements to Django's catalogues (ours)", header, rows)


def compiled(entries: Iterable) -> dict:
    table = {}
    for e in entries:
        key = (e.msgctxt, e.msgid, e.msgid_plural or None)
        table[key] = (
            tuple(sorted(e.msgstr_plural.items())) if e.msgid_plural else e.msgstr
        )
    return table


def check_compiled(folders: Iterable[Path], failures: list[str]) -> None:
    """Every .mo must hold exactly the translated entries and plural rule of its .po."""
    for folder in folders:
        for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            name = mo_path.relative_to(ROOT)
            if not mo_path.exists():
                failures.append(f"{name} is missing: compile {po_path.name}")
                continue
            po, mo = polib.pofile(str(po_path)), polib.mofile(str(mo_path))
            same_entries = compiled(po.translated_entries()) == compiled(mo)
            rule = po.metadata.get("Plural-Forms")
            if not same_entries or rule != mo.metadata.get("Plural-Forms"):
                failures.append(f"{name} is out of date with {po_path.name}: recompile")


def add_missing(missing: dict[str, list[Key]]) -> None:
    """Append untranslated msgids to the Kazakh supplements, translations empty."""
    domains = {ref.name: ref.domain for ref in kazakh_references()}
    for domain in DOMAINS:
        path = KK_SUPPLEMENT / f"{domain}.po"
        po = polib.pofile(str(path)) if path.exists() else new_supplement()
        known = {(e.msgctxt, e.msgid, e.msgid_plural or None) for e in po}
        for name, keys in missing.items():
            for ctx, msgid, plural in keys:
                if domains[name] != domain or (ctx, msgid, plural) in known:
                    continue
                known.add((ctx, msgid, plural))
                po.append(
                    polib.POEntry(
                        msgctxt=ctx,
                        msgid=msgid,
                        msgid_plural=plural or "",
                        msgstr="",
                        msgstr_plural={0: "", 1: ""} if plural else {},
                        tcomment=name,
                    )
                )
        path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(path))
        print(f"updated {path.relative_to(ROOT)} ({len(po)} entries)")


def new_supplement() -> polib.POFile:
    po = polib.POFile(wrapwidth=79)
    po.metadata = {
        "Project-Id-Version": "Caravan Kazakh supplements",
        "Last-Translator": "Caravan maintainers",
        "Language-Team": "Kazakh",
        "Language": "kk",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        # The same rule as Django's own kk catalogues, so Django merges them.
        "Plural-Forms": "nplurals=2; plural=(n!=1);",
    }
    return po


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only-supplements",
        action="store_true",
        help="check only the Kazakh supplements, not Caravan's own catalogues",
    )
    parser.add_argument(
        "--add-missing",
        action="store_true",
        help="append untranslated msgids to the Kazakh supplements (empty)",
    )
    options = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange_site.settings.dev")
    import django

    django.setup()

    failures: list[str] = []
    if not options.only_supplements:
        check_own(failures)
    check_supplements(failures)
    missing = check_kazakh_effective(failures)
    check_admin_apps_effective(failures)
    folders = [SUPPLEMENTS] if options.only_supplements else [OWN_LOCALE, SUPPLEMENTS]
    check_compiled(folders, failures)
    if options.add_missing:
        add_missing(missing)

    print()
    for failure in failures:
        print(f"FAIL: {failure}")
    if not failures:
        print("OK: every checked catalogue is fully translated and compiled.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
