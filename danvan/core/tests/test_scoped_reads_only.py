"""Views and API modules read only through scoped managers or selectors (STYLE.md rule 4)."""

import re
from pathlib import Path

import danvan

APP_DIR = Path(danvan.__file__).parent
UNSCOPED = re.compile(r"\.objects\.(?!for_user\b)")


def test_no_unscoped_manager_in_views_or_api_modules():
    offenders = []
    for path in sorted(APP_DIR.glob("*/views.py")) + sorted(APP_DIR.glob("*/views/*.py")) + sorted(APP_DIR.glob("api/**/*.py")) + sorted(APP_DIR.glob("*/api.py")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if UNSCOPED.search(line):
                offenders.append(f"{path.relative_to(APP_DIR)}:{number}: {line.strip()}")
    assert offenders == []
