"""axe-core, run inside the page, and its findings in words a person can act on."""

from playwright.sync_api import Page

from .tools import AXE_SCRIPT, NPM_HINT, require

# Lower impacts (minor, moderate) are reported by axe but do not fail a test.
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
NODES_SHOWN = 5


def blocking_violations(page: Page, include: list[str] | None = None) -> list[dict]:
    """Run axe-core on the page as it is now, or only on the elements the CSS
    selectors ``include`` match; return its serious and critical violations."""
    require(AXE_SCRIPT, install=NPM_HINT)
    page.add_script_tag(path=AXE_SCRIPT)
    context = {"include": [[selector] for selector in include]} if include else None
    results = page.evaluate(
        "(context) => axe.run(context || document, {resultTypes: ['violations']})",
        context,
    )
    return [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]


def describe(violations: list[dict]) -> str:
    """One paragraph per violation: rule, what to fix, and where."""
    lines = []
    for violation in violations:
        lines.append(
            f"[{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:NODES_SHOWN]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node['html'][:160]}")
            summary = node.get("failureSummary") or ""
            lines.extend(f"      {line}" for line in summary.splitlines() if line)
        hidden = len(violation["nodes"]) - NODES_SHOWN
        if hidden > 0:
            lines.append(f"    … and {hidden} more")
    return "\n".join(lines)
