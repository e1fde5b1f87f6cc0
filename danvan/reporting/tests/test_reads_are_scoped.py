"""Reporting reads through `for_user`, or says it bypasses scoping with `.unscoped()` (STYLE.md rule 4).

Only services (writes and what they must read under a lock), selectors (the read layer), migrations
and tests may touch a manager otherwise; everything else (views, renderers, the roll-up, the Excel
check, tasks, commands, the demo) either starts from a selector or names its internal read.
"""

import re
from pathlib import Path

import danvan.reporting

APP_DIR = Path(danvan.reporting.__file__).parent
ALLOWED_DIRS = {"services", "selectors", "migrations", "tests"}
# Moves to core with the working-day calendar (issue 12); core's own guard covers it there.
MOVING_TO_CORE = {"deadlines.py"}
UNSCOPED = re.compile(r"\.objects\s*\.\s*(?!for_user\b|unscoped\b)(\w+)")


def _checked_modules():
    for path in sorted(APP_DIR.rglob("*.py")):
        relative = path.relative_to(APP_DIR)
        if relative.parts[0] in ALLOWED_DIRS or relative.name in {"services.py", "selectors.py"}:
            continue
        if relative.as_posix() in MOVING_TO_CORE:
            continue
        yield relative, path.read_text()


def test_reporting_modules_read_only_through_for_user_or_unscoped():
    offenders = []
    for relative, text in _checked_modules():
        for match in UNSCOPED.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{relative}:{line}: .objects.{match.group(1)}")
    assert offenders == []


def test_the_guard_sees_an_unscoped_read():
    """The pattern itself: a bare manager call is caught, the two allowed forms are not."""
    assert UNSCOPED.search("Submission.objects.filter(pk=1)")
    assert UNSCOPED.search("Submission.objects\n    .all()")
    assert not UNSCOPED.search("Submission.objects.for_user(user)")
    assert not UNSCOPED.search("Submission.objects.unscoped().filter(pk=1)")
    assert any(relative.parts[0] == "rollup" for relative, _ in _checked_modules())
