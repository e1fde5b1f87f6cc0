"""Every module reads through scoped managers (STYLE.md rule 4): `Model.objects.for_user(user, action)`, or
`.objects.unscoped()` where a read must not depend on who asks. Only services (which own writes and read what
they write), selectors (an app's read module, built on for_user), migrations, tests and the short list below may
use a manager directly."""

import re
from pathlib import Path

import danvan

APP_DIR = Path(danvan.__file__).parent
# A manager used for anything but for_user/unscoped, also when the chain is split over lines; the base managers too.
UNSCOPED = re.compile(r"\.objects\s*\.\s*(?!for_user\b|unscoped\b)\w+|\b_(?:base|default)_manager\b")


def _is_exempt_by_layer(relative: str) -> bool:
    parts = relative.split("/")
    return (parts[-1] in ("services.py", "selectors.py", "conftest.py")
            or any(part in ("services", "selectors", "migrations", "tests") for part in parts[:-1]))


# Modules that may read without scoping, each with its reason.
ALLOWED = {
    "core/audit.py": "record_event writes the audit row inside the caller's @service",
    "core/notifications.py": "notify writes the notices inside the caller's @service",
    "testing/": "worlds and factories for tests: they build data, they answer no user",
}
TEMPORARILY_EXCLUDED: tuple[str, ...] = ()


def scanned_modules() -> list[str]:
    modules = []
    for path in sorted(APP_DIR.rglob("*.py")):
        relative = path.relative_to(APP_DIR).as_posix()
        if _is_exempt_by_layer(relative) or relative.startswith(TEMPORARILY_EXCLUDED):
            continue
        if any(relative == entry or (entry.endswith("/") and relative.startswith(entry)) for entry in ALLOWED):
            continue
        modules.append(relative)
    return modules


def test_the_guard_scans_every_layer_but_services_selectors_migrations_and_tests():
    modules = scanned_modules()
    for expected in ("core/views.py", "org/views.py", "org/models.py", "accounts/models.py", "core/signals.py",
                     "org/demo.py", "accounts/management/commands/tokens.py", "api/api.py", "core/calendar.py"):
        assert expected in modules
    for exempt in ("org/services.py", "core/selectors.py", "org/migrations/0001_initial.py", "core/tests/test_audit.py"):
        assert exempt not in modules


def test_no_unscoped_manager_outside_services_and_selectors():
    offenders = []
    for relative in scanned_modules():
        text = (APP_DIR / relative).read_text()
        for match in UNSCOPED.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{relative}:{line}: {text.splitlines()[line - 1].strip()}")
    assert offenders == [], "read through .for_user(user, action), a selector, or .unscoped() for internal reads"
