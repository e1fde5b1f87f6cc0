"""List each label a blind set's pages miss, next to what the reader gave for the same person or value.

Run: PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/misses.py danvan/textmine/tests/blind/holdout7 people,quantities
(several sets at once: a comma-separated list of folders; documents are shown by their fields, next to the reader's
references with the same number)
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import extract as bench  # noqa: E402  (bench/extract.py, next to this file)

_SHOWN = {"people": ("name", "titles"), "documents": ("type", "number", "symbol", "date", "issuer")}
_SHOWN_QUANTITY = ("value", "unit", "qualifier", "text")


def _short(field: str, item: dict) -> dict:
    return {k: item.get(k) for k in _SHOWN.get(field, _SHOWN_QUANTITY)}


def _near(field: str, expected: dict, got: list[dict]) -> list[dict]:
    if field == "people":
        last = expected["name"].split()[-1]
        return [g for g in got if g["name"].split()[-1] == last]
    if field == "documents":
        return [g for g in got if g.get("number") == expected.get("number")]
    return [g for g in got if g.get("value") == expected.get("value")]


def main(folder: Path, fields: list[str]) -> None:
    for path, labels in bench.pairs(folder):
        expected_all = json.loads(labels.read_text())
        got_all = bench.extract_file(path)
        for field in fields:
            source = "quantities" if field.startswith("quantities") else field
            got = list(got_all[source])
            for expected in expected_all.get(source, []):
                if not any(bench.item_matches(field, expected, g) for g in got):
                    near = [_short(field, g) for g in _near(field, expected, got)][:2]
                    print(path.name[:30], field, "EXP", _short(field, expected), "| GOT", near)


if __name__ == "__main__":
    for folder in sys.argv[1].split(","):
        main(Path(folder), sys.argv[2].split(","))
