"""The programs outside Python that the browser checks need.

A missing one skips the check with the reason on a developer's machine, so
``make test`` still runs everywhere. Under ``CI=true`` it fails instead: CI must
never turn green because a tool was not installed.
"""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from exchange_site.settings.environment import env_bool

# Debian's Chromium: Playwright cannot download its own browser build here.
CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

APT_HINT = "apt-get install chromium fonts-noto-cjk default-jre-headless"
NPM_HINT = "npm ci (in the project folder)"


def require(*tools: Path | str, install: str) -> None:
    """Skip (or, under CI, fail) the test unless every tool is present.

    A ``Path`` must exist; a plain string is a command looked up on the PATH.
    """
    missing = [
        _shown(tool)
        for tool in tools
        if not (tool.exists() if isinstance(tool, Path) else shutil.which(tool))
    ]
    if not missing:
        return
    message = f"browser checks need {', '.join(missing)}; install with: {install}"
    if env_bool("CI"):
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


def _shown(tool: Path | str) -> str:
    if isinstance(tool, Path) and tool.is_relative_to(NODE_MODULES.parent):
        return str(tool.relative_to(NODE_MODULES.parent))
    return str(tool)
