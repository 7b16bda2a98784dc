"""The Nu HTML Checker (vnu.jar), run once over many documents.

The checker refuses localhost URLs, so pages are written to files first. One
run checks them all: starting the JVM costs more than checking a page.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

from .tools import APT_HINT, NPM_HINT, VNU_JAR, require

# "non-document-error" means the checker itself failed, e.g. could not read.
ERROR_TYPES = frozenset({"error", "non-document-error"})


def require_nu_checker() -> None:
    require("java", install=APT_HINT)
    require(VNU_JAR, install=NPM_HINT)


def nu_checker_errors(documents: dict[str, str], folder: Path) -> dict[str, list]:
    """Check each named HTML document; return its errors by name.

    A document the checker has nothing to say about maps to an empty list.
    """
    require_nu_checker()
    paths = []
    for name, html in documents.items():
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(str(path))
    command = [shutil.which("java"), "-jar", str(VNU_JAR), "--format", "json"]
    # The checker exits 1 when it finds errors; its JSON output says which.
    finished = subprocess.run(  # noqa: S603 - fixed command, our own files
        [*command, "--stdout", *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors: dict[str, list] = {name: [] for name in documents}
    for message in json.loads(finished.stdout)["messages"]:
        if message["type"] not in ERROR_TYPES:
            continue
        name = Path(urlparse(message.get("url", "")).path).stem
        if name not in errors:
            raise RuntimeError(f"The Nu HTML Checker failed: {message}")
        errors[name].append(message)
    return errors


def describe(errors: list[dict]) -> str:
    """One line per error with its place, and the markup around it."""
    return "\n".join(
        f"line {error.get('lastLine', '?')}: {error['message']}\n"
        f"    {error.get('extract', '').strip()}"
        for error in errors
    )
