"""Floors under the blind-set figures (issue 14), scored with the same scorer as `bench/extract.py`.

The floors sit slightly below the figures measured when each set was scored: they catch a regression, they are not
targets. How and when each set was written and scored (blind once, then development material) is told in
`blind/SCORES.md`, set by set.
"""

import importlib.util
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
BLIND = Path(__file__).resolve().parent / "blind"


@cache
def _bench():
    spec = importlib.util.spec_from_file_location("bench_extract", REPO / "bench" / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# measured 2026-12-04 → floor; recall for lists, accuracy for scalars
FLOORS = {
    # holdout97–112 scored once from their writers' folders (score-2026-12-06-first.json, readers 41b7dc9 to d83dd1b); the
    # figures after the thirtieth round's last fixes and the models retrained on them (2,545 pages), rounded down
    "holdout97": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout98": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.96,
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 0.95,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout99": {
        "people": 0.98,
        "people_names": 0.99,
        "titles": 0.98,
        "quantities": 0.93,
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 0.95,
        "event.period": 0.87,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout100": {
        "people": 0.97,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.94,
        "documents": 0.97,
        "places": 0.98,
        "event.kind": 0.91,
        "event.period": 0.95,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout101": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.95,
        "documents": 0.96,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout102": {
        "people": 0.97,
        "people_names": 0.98,
        "titles": 0.98,
        "quantities": 0.9,
        "documents": 0.97,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 0.91,
        "event.date": 0.95,  # 1.0 until the thirty-first round: a festival keeps its day (the other festival labels give one; this one none)
        "title": 1.0,
        "published": 1.0,
    },
    "holdout103": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.95,  # 0.97 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout104": {
        "people": 0.98,  # 0.99 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "people_names": 1.0,
        "titles": 0.98,  # 0.99 until the thirty-first round: both models retrained on 3,270 pages (+8 titles over all sets; one fewer here)
        "quantities": 0.94,
        "documents": 0.96,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout105": {
        "people": 0.98,
        "people_names": 0.99,
        "titles": 0.98,
        "quantities": 0.93,  # 0.94 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "documents": 0.98,
        "places": 0.94,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout106": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.91,  # 0.93 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "documents": 0.97,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout107": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.96,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 0.91,
        "event.period": 0.91,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout108": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout109": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout110": {
        "people": 0.89,
        "people_names": 1.0,
        "titles": 0.92,
        "quantities": 0.89,
        "documents": 0.98,
        "places": 0.98,
        "event.kind": 0.83,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout111": {
        "people": 0.93,
        "people_names": 0.98,
        "titles": 0.94,
        "quantities": 0.96,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout112": {
        "people": 0.96,  # 0.97 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "people_names": 1.0,
        "titles": 0.97,  # 0.98 until the thirty-first round: both models retrained on 3,270 pages (+8 titles over all sets; one fewer here)
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout81–96 scored once from their writers' folders (score-2026-12-06-first.json, readers 482ddff to 1d05b9b); the
    # figures after the thirtieth round's fixes and the models retrained on them, rounded down
    "holdout81": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.93,  # 0.94 until the thirty-first round: a lower bound is 'over' (pinned for holdout129 on; this set's labels say exact)
        "documents": 0.97,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout82": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout83": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.96,  # 0.97 until the thirtieth round: the models retrained with holdout97–112 (0.967)
        "documents": 1.0,
        "places": 0.9,
        "event.kind": 0.94,
        "event.period": 0.94,
        "event.date": 0.94,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout84": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.94,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout85": {
        "people": 0.95,
        "people_names": 0.98,
        "titles": 0.95,
        "quantities": 0.94,  # 0.95 until the thirty-first round: a lower bound is 'over' (pinned for holdout129 on; this set's labels say exact)
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 0.95,
        "event.period": 0.91,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout86": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.95,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout87": {
        "people": 0.92,
        "people_names": 0.97,
        "titles": 0.94,
        "quantities": 0.9,  # 0.91 until the thirty-first round: the unit model retrained on 3,270 pages (+84 strict units over all sets, a few fewer here)
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout88": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout89": {
        "people": 0.99,
        "people_names": 0.99,
        "titles": 0.99,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout90": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.94,  # 0.95 until the thirtieth round: an incident's description closed by a word of the word list ('vụ vận chuyển …') and the council after 'đại biểu' (0.949)
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 0.95,  # 1.0 until the thirtieth round: a festival held with gifts ('Ngày hội Đại đoàn kết …, trao 20 suất quà') is read as a gift-giving; this set's writer labels festivals 'khac' (0.958)
        "event.period": 1.0,
        "event.date": 0.79,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout91": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout92": {
        "people": 0.99,  # 1.0 until the thirtieth round: the models retrained with holdout97–112 (0.993)
        "people_names": 1.0,
        "titles": 0.99,  # 1.0 until the thirtieth round: the models retrained with holdout97–112 (0.994)
        "quantities": 0.96,
        "documents": 0.98,
        "places": 0.98,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout93": {
        "people": 0.95,
        "people_names": 0.98,
        "titles": 0.96,
        "quantities": 0.93,  # 0.94 until the thirty-first round: the unit model retrained on 3,270 pages (+84 strict units over all sets, a few fewer here)
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 0.87,
        "event.period": 1.0,
        "event.date": 0.87,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout94": {
        "people": 0.93,
        "people_names": 0.98,
        "titles": 0.94,
        "quantities": 0.94,
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout95": {
        "people": 0.96,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.9,
        "documents": 0.97,
        "places": 0.98,
        "event.kind": 0.91,
        "event.period": 1.0,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout96": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.95,
        "event.kind": 0.91,
        "event.period": 1.0,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout73–80 scored once from their writers' folders (score-2026-12-06-first.json, readers 2bc4c05 and 96814b5); the
    # figures after the thirtieth round's fixes and the models retrained on them, rounded down
    "holdout73": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.91,
        "documents": 0.98,
        "places": 0.96,
        "event.kind": 1.0,
        "event.period": 0.92,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout74": {
        "people": 0.96,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.96,
        "documents": 0.93,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout75": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.92,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 0.9,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout76": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout77": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.97,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 0.87,
        "event.period": 1.0,
        "event.date": 0.87,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout78": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.92,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout79": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 0.87,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout80": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.96,
        "documents": 0.98,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout67–72 scored once from their writers' folders (score-2026-12-06-first.json, reader 51fad20); the figures
    # after the twenty-ninth round's last fixes and the models retrained on them, rounded down
    "holdout67": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.95,
        "documents": 1.0,
        "places": 0.91,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout68": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.94,
        "documents": 0.98,
        "places": 0.98,
        "event.kind": 0.95,
        "event.period": 0.87,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout69": {
        "people": 0.94,
        "people_names": 1.0,
        "titles": 0.96,
        "quantities": 0.93,
        "documents": 0.98,
        "places": 0.94,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout70": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.91,
        "documents": 1.0,
        "places": 0.92,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout71": {
        "people": 0.95,
        "people_names": 1.0,
        "titles": 0.96,
        "quantities": 0.95,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout72": {
        "people": 0.97,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.95,
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout61–66 scored once from their writers' folders (score-2026-12-06-first.json, reader dd44eda); the figures
    # after the twenty-ninth round's last fixes and the models retrained on them, rounded down
    "holdout61": {
        "people": 0.96,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout62": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout63": {
        "people": 0.96,
        "people_names": 0.97,
        "titles": 0.99,
        "quantities": 0.94,
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout64": {
        "people": 0.94,
        "people_names": 1.0,
        "titles": 0.95,
        "quantities": 0.94,
        "documents": 0.95,
        "places": 0.96,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout65": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.91,
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 0.95,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout66": {
        "people": 0.99,
        "people_names": 0.99,
        "titles": 0.99,
        "quantities": 0.94,  # 0.95 until the thirtieth round: the same pin (0.944)
        "documents": 0.95,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout55–60 scored once from their writers' folders (score-2026-12-06-first.json, reader f950e44); the figures
    # after the twenty-ninth round's later fixes and the models retrained on them, rounded down
    "holdout55": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout56": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.94,
        "documents": 0.94,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout57": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.89,  # 0.9 until the unit model was retrained with holdout61–66 (0.899)
        "documents": 1.0,
        "places": 0.99,
        "event.kind": 0.95,
        "event.period": 0.91,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout58": {
        "people": 0.93,
        "people_names": 0.98,
        "titles": 0.94,
        "quantities": 0.92,
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 0.91,
        "event.period": 0.91,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout59": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.94,  # 0.95 until the thirtieth round: the same pin (0.947)
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout60": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.92,  # 0.93 until the unit model was retrained with holdout61–66 (0.928)
        "documents": 1.0,
        "places": 0.96,
        "event.kind": 0.91,
        "event.period": 1.0,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout49–54 scored once from their writers' folders (score-2026-12-06-first.json, reader 7df4506); the figures
    # after the twenty-ninth round's post-score fixes and the models retrained on them, rounded down
    "holdout49": {
        "people": 0.94,
        "people_names": 1.0,
        "titles": 0.96,
        "quantities": 0.93,  # 0.94 until the unit model was retrained with holdout55–60 (0.937)
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout50": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.94,
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout51": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.92,  # 0.93 until the unit model was retrained with holdout61–66 (0.927)
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout52": {
        "people": 0.99,  # 1.0 until the title model was retrained with holdout67–72 (0.992)
        "people_names": 1.0,
        "titles": 0.99,  # 1.0 until the title model was retrained with holdout67–72 (0.994)
        "quantities": 0.94,  # 0.95 until "điểm cầu" kept its levels ("điểm cầu xã, phường": 24 labels of 27 since holdout49) (0.948)
        "documents": 0.97,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 0.95,
        "published": 0.95,
    },
    "holdout53": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.95,
        "documents": 1.0,
        "places": 0.95,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout54": {
        "people": 0.97,
        "people_names": 0.98,
        "titles": 0.98,
        "quantities": 0.93,
        "documents": 0.98,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout43 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout43": {
        "people": 0.98,
        "people_names": 0.99,
        "titles": 0.98,  # 0.99 until the title model was retrained with holdout55–60 (0.987)
        "quantities": 0.93,
        "documents": 0.98,
        "places": 0.94,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout44 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout44": {
        "people": 0.98,
        "people_names": 0.99,
        "titles": 0.98,
        "quantities": 0.93,
        "documents": 0.97,
        "places": 0.91,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout45 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout45": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.93,
        "documents": 1.0,
        "places": 0.76,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 0.95,
    },
    # holdout46 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout46": {
        "people": 0.96,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.91,
        "documents": 0.96,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout47 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout47": {
        "people": 0.97,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.94,
        "documents": 0.99,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout48 scored once from its writer's folder (score-2026-12-06-first.json); the figures after the
    # twenty-eighth round's post-score fixes and the models retrained on it, rounded down
    "holdout48": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.93,
        "documents": 0.96,
        "places": 0.87,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 0.95,
    },
    # holdout41–42 (the north and north-central provinces; the south-east, the delta and the south-central coast),
    # written blind at the end of the session and scored once with the reader after the twenty-seventh round and its
    # post-score fixes (blind/SCORES.md): that score, rounded down
    "holdout41": {
        "people": 0.96,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.87,
        "documents": 0.95,
        "places": 0.86,
        "event.kind": 0.95,
        "event.period": 0.95,
        "event.date": 0.91,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout42": {
        "people": 0.96,
        "people_names": 1.0,
        "titles": 0.97,
        "quantities": 0.8,
        "documents": 0.92,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 0.95,
        "event.date": 0.95,
        "title": 1.0,
        "published": 0.95,
    },
    # holdout39–40 (every body; the delta, the Highlands and the northern mountains), written blind at the end of the
    # twenty-seventh round and scored once with the reader after it (blind/SCORES.md): that score, rounded down
    "holdout39": {
        "people": 0.96,  # 0.952 when scored; "Trường Chính trị Lê Duẩn" read as a school (b910)
        "people_names": 1.0,
        "titles": 0.96,
        "quantities": 0.93,
        "documents": 0.92,
        "places": 0.95,
        "event.kind": 0.95,
        "event.period": 0.95,
        "event.date": 0.83,
        "title": 0.95,
        "published": 0.95,
    },
    "holdout40": {
        "people": 0.97,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.84,
        "documents": 0.92,
        "places": 0.87,
        "event.kind": 0.95,
        "event.period": 0.91,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout34–36 (the Front and its member organisations; the Party's mass mobilisation; districts and communes)
    # and holdout37–38 (every body; government, armed forces, enterprises, faiths), written blind during the
    # twenty-seventh round and scored once (blind/SCORES.md); the figures after the round, rounded down
    "holdout34": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.89,
        "documents": 0.96,
        "places": 0.94,
        "event.kind": 0.75,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout35": {
        "people": 0.96,
        "people_names": 1.0,
        "titles": 0.96,
        "quantities": 0.85,
        "documents": 0.92,
        "places": 0.95,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout36": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.88,
        "documents": 0.96,
        "places": 0.85,
        "event.kind": 0.95,
        "event.period": 1.0,
        "event.date": 0.87,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout37": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.89,
        "documents": 0.98,
        "places": 0.97,
        "event.kind": 0.95,  # 0.875 when scored; a caption under the date line passed over (b855, b864)
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 0.95,
        "published": 1.0,
    },
    "holdout38": {
        "people": 0.97,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.85,
        "documents": 0.95,  # 0.925 when scored; "cùng ngày" shares the date and issuer (b876)
        "places": 0.97,
        "event.kind": 0.91,
        "event.period": 1.0,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout32 (every region; the Front's member organisations, the army's and the police's mass mobilisation) and
    # holdout33 (the Party's Ban Dân vận: Dân vận khéo, the public situation, drafts, petitions), written blind while
    # the twenty-sixth round was made, scored before and after it (blind/SCORES.md): the second score, rounded down;
    # people and titles raised after the twenty-seventh (title extents by rule and by the learned model)
    "holdout32": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.82,
        "documents": 0.98,
        "places": 0.98,
        "event.kind": 0.91,  # 0.875 -> 0.917 and period, date -> 1.0 after the twenty-seventh round's events rule
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout33": {
        "people": 0.93,
        "people_names": 1.0,
        "titles": 0.94,
        "quantities": 0.9,
        "documents": 0.97,
        "places": 0.92,
        "event.kind": 0.91,
        "event.period": 0.91,
        "event.date": 0.95,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout30 (every region, newspaper style, commendations) and holdout31 (commune and ward sites after the 2025
    # reform, and province sites of 2011-2016), written blind while the twenty-fourth and twenty-fifth rounds were
    # made, scored after the first and after the second (blind/SCORES.md): the second score, rounded down; raised
    # after the twenty-sixth round (both sets as development material): people, names and titles (people's branch),
    # documents, the headline and the event (documents' branch)
    "holdout30": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.88,
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout31": {
        "people": 0.99,
        "people_names": 1.0,
        "titles": 0.99,
        "quantities": 0.88,
        "documents": 1.0,
        "places": 0.85,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout28 (the north and the north of the centre, long pages) and holdout29 (the south of the centre, the
    # Central Highlands and the south, ethnic and religious names), written blind while the twenty-fourth round was
    # made, scored before and after it (blind/SCORES.md): the second score, rounded down; people, names and titles
    # raised after the twenty-fifth round (people and titles, both as development material); holdout28's people and
    # titles 1.0 after the twenty-seventh (a title's extent by what follows it: b644)
    "holdout28": {
        "people": 1.0,
        "people_names": 1.0,
        "titles": 1.0,
        "quantities": 0.91,  # 0.9 before the twenty-fifth round for quantities (quantities 0.918)
        "documents": 0.97,
        "places": 0.91,
        "event.kind": 0.91,  # 1.0 until the twenty-eighth round read a conference announcing a supervision's results as
        # giam_sat, as the conventions say (its writer labelled it hoi_nghi before giam_sat was in the writers' list)
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    "holdout29": {
        "people": 0.98,
        "people_names": 0.98,
        "titles": 0.95,
        "quantities": 0.88,  # 0.87 before the twenty-fifth round for quantities (quantities 0.883)
        "documents": 1.0,
        "places": 0.95,
        "event.kind": 1.0,
        "event.period": 0.95,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout27 (the north and the centre) scored once before and once after the twenty-third round
    # (blind/SCORES.md): the second score, rounded down
    "holdout27": {
        "people": 0.99,  # 0.95 before the twenty-fourth round (people and titles, people 0.993)
        "people_names": 1.0,
        "titles": 0.99,  # 0.96 before the twenty-fourth round (people and titles, titles 0.995)
        # 0.92 until "điểm cầu" kept its levels ("điểm cầu xã, phường": 24 labels of 27 since holdout49) (0.918)
        "quantities": 0.91,  # 0.9 before the twenty-fourth round (quantities 0.927)
        "documents": 1.0,
        "places": 0.95,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout26 (every region, title-heavy) scored once before and once after the twenty-third round
    # (blind/SCORES.md): the second score, rounded down
    "holdout26": {
        "people": 0.87,  # 0.84 before the twenty-fourth round (people and titles, people 0.878)
        "people_names": 1.0,  # 0.98 before the twenty-fourth round (people and titles, people_names 1.0)
        "titles": 0.92,  # 0.88 before the twenty-fourth round (people and titles, titles 0.92)
        "quantities": 0.85,  # 0.84 before the twenty-fourth round (quantities 0.856)
        "documents": 1.0,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout25 (Mekong delta, south-east, Central Highlands) written after the
    # twenty-second round and scored once (blind/SCORES.md): the score, rounded down
    # people, names and titles raised after the twenty-third round (development material since)
    "holdout25": {
        "people": 1.0,  # 0.96 before the twenty-fourth round (people and titles, people 1.0)
        "people_names": 1.0,
        "titles": 1.0,  # 0.97 before the twenty-fourth round (people and titles, titles 1.0)
        "quantities": 0.90,  # 0.89 before the twenty-fourth round (quantities 0.903)
        "documents": 0.98,
        "places": 0.91,
        "event.kind": 0.95,  # 1.0 until the twenty-eighth round read a conference announcing a supervision's results as
        # giam_sat, as the conventions say (its writer labelled it hoi_nghi before giam_sat was in the writers' list)
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout24 (every region) written after the
    # twenty-second round and scored once (blind/SCORES.md): the score, rounded down
    # people, names and titles raised after the twenty-third round (development material since)
    "holdout24": {
        "people": 0.98,  # 0.97 before the twenty-fourth round (people and titles, people 0.986)
        "people_names": 0.99,
        "titles": 0.98,  # 0.97 before the twenty-fourth round (people and titles, titles 0.984)
        "quantities": 0.88,  # 0.89 until the thirtieth round: 'cấp' and a level kept after a counted noun, 'khởi nghiệp' and 'dự bị' kinds, as the labels from holdout34 on mostly write them; this set's labels stop at the head (0.886)
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 0.95,  # 1.0 until the twenty-eighth round read a conference announcing a supervision's results as
        # giam_sat, as the conventions say (its writer labelled it hoi_nghi before giam_sat was in the writers' list)
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout23 (the centre and the south, after the reform) scored once before
    # and once after the twenty-second round (blind/SCORES.md): the second score, rounded down
    "holdout23": {
        "people": 0.99,  # 0.98 before the twenty-fourth round (people and titles, people 0.993)
        "people_names": 0.99,
        "titles": 0.99,  # 0.98 before the twenty-fourth round (people and titles, titles 0.99)
        "quantities": 0.91,  # 0.89 before the twenty-fourth round (quantities 0.913)
        "documents": 0.98,
        "places": 0.96,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout22 (northern provinces, long pages) scored once before
    # and once after the twenty-second round (blind/SCORES.md): the second score, rounded down
    # people, names and titles raised after the twenty-third round (development material since)
    "holdout22": {
        "people": 1.0,  # 0.99 before the twenty-fourth round (people and titles, people 1.0)
        "people_names": 1.0,
        "titles": 1.0,  # 0.98 before the twenty-fourth round (people and titles, titles 1.0)
        "quantities": 0.93,  # 0.92 before the twenty-fourth round (quantities 0.933)
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout21 scored once before and once after the twenty-first round (blind/SCORES.md); raised after the
    # twenty-second round, with holdout21 as development material
    "holdout21": {
        "people": 0.97,
        "people_names": 0.99,
        "titles": 0.97,
        "quantities": 0.93,  # 0.92 before the twenty-fourth round (quantities 0.934)
        "documents": 0.98,
        "places": 0.96,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout20 scored once before and once after the twentieth round (blind/SCORES.md): the second, rounded down;
    # after the twenty-first round (development material since), at what it scores then, rounded down: people 0.985,
    # titles 0.988, documents 0.955, headline, event kind, period and date 1.0
    "holdout20": {
        "people": 0.98,
        "people_names": 1.0,
        "titles": 0.98,
        "quantities": 0.91,  # 0.92 until the thirty-first round: a lower bound is 'over' (pinned for holdout129 on; this set's labels say exact)
        "documents": 0.95,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout19 scored once before and once after the nineteenth round (blind/SCORES.md): the second, rounded down;
    # after the twentieth round (development material since), at what it scores then, rounded down: people 0.938,
    # names alone 0.993, titles 0.948
    "holdout19": {
        "people": 1.0,  # 0.93 before the twenty-fourth round (people and titles, people 1.0)
        "people_names": 1.0,  # 0.99 before the twenty-fourth round (people and titles, people_names 1.0)
        "titles": 1.0,  # 0.94 before the twenty-fourth round (people and titles, titles 1.0)
        "quantities": 0.93,  # 0.94 until the thirty-first round: both models retrained on 3,270 pages (+84 strict units, +6 people over all sets; a few fewer here)
        "documents": 0.92,
        "places": 0.93,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout18 scored once after the eighteenth round (see above); after the nineteenth round (development material
    # since), at what it scores then, rounded down: people 1.0, quantities 0.932, title, published and event date 1.0
    "holdout18": {
        "people": 1.0,
        # 0.97 until "điểm cầu" kept its levels ("điểm cầu xã, phường": 24 labels of 27 since holdout49) (0.964)
        "quantities": 0.96,  # 0.96 before the twenty-fifth round (quantities 0.973)
        "documents": 1.0,
        "places": 0.98,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout17 scored once after the seventeenth round (see above); after the eighteenth round (development material
    # since), at what it scores then, rounded down: people 0.973, quantities 0.904, published and event date 1.0
    "holdout17": {
        "people": 0.97,
        "quantities": 0.95,  # 0.9 before the twenty-fifth round (quantities 0.952)
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 1.0,
        "event.date": 1.0,
        "title": 1.0,
        "published": 1.0,
    },
    # holdout16 scored once (see above), at its scored values rounded down; after the seventeenth round (development
    # material since): people 1.0, quantities 0.901 (value and counted noun 0.991), documents 1.0; after the nineteenth
    # round ("T2, 24/08/2026 09:12" is a date line): published 1.0
    "holdout16": {
        "people": 1.0,
        "quantities": 0.94,  # 0.9 before the twenty-fifth round (quantities 0.94)
        # 1.0 before the twenty-eighth round's "Chương trình hành động" as written (b353's label: "Chương trình")
        "documents": 0.98,
        "places": 1.0,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 1.0,
    },
    # holdout15 scored once (see above), at its scored values rounded down; after the sixteenth round (development
    # material since): people 1.0, quantities 0.902 (value and counted noun 0.987)
    "holdout15": {
        "people": 1.0,
        "quantities": 0.9,
        "documents": 1.0,
        "places": 0.97,
        "event.kind": 1.0,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout14 scored once (see above); after the fifteenth round (development material since): people 1.0,
    # quantities 0.919 (value and counted noun 0.996), documents 1.0, places 1.0, scalars 1.0
    "holdout14": {
        "people": 1.0,
        # 0.91 before the twenty-fourth round (quantities 0.964); 0.96 until the twenty-ninth, whose rules and unit model
        # (retrained with holdout49–54) keep the kind words this set's labels leave out ("xã vùng cao": 0.955, and
        # "hộ người Mông": 0.942)
        "quantities": 0.92,  # 0.93 until the thirtieth round: the unit model retrained with holdout73–80 (0.928)
        "documents": 1.0,
        "places": 1.0,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout13 scored once (see above); after the fourteenth round (development material since): people 0.956,
    # quantities 0.895 (value and counted noun 0.984), documents 0.978, places 0.955, scalars 1.0; after the
    # fifteenth: people 0.965, quantities 0.911 (value and counted noun 0.988)
    "holdout13": {
        "people": 0.96,
        # 0.92 until "điểm cầu" kept its levels ("điểm cầu xã, phường": 24 labels of 27 since holdout49) (0.918)
        "quantities": 0.91,  # 0.91 before the twenty-fourth round (quantities 0.926)
        "documents": 0.97,
        "places": 0.95,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout12 scored once (see above); after the thirteenth round (development material since): people 0.991,
    # quantities 0.924 (value and counted noun 0.996), documents 0.975, places 1.0, scalars 1.0; after the sixteenth:
    # documents 1.0; the twenty-eighth round's "Chương trình hành động" as written (eight labels of ten) loses b254,
    # whose label writes "Chương trình": documents 0.975
    "holdout12": {
        "people": 0.99,
        "quantities": 0.89,  # 0.9 until the thirty-first round: a lower bound is 'over' (pinned for holdout129 on; this set's labels say exact)
        "documents": 0.975,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout11 scored once (see above); after the twelfth round (development material since): people 1.0,
    # quantities 0.96 (value and counted noun 1.0), documents 1.0, places 0.968, scalars 1.0
    "holdout11": {
        "people": 0.97,
        "quantities": 0.94,  # 0.95 until the thirty-first round: "điểm hỗ trợ" kept as the later labels keep it (9 of 10)
        "documents": 0.97,
        "places": 0.96,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout10 scored once (see above); after the eleventh round (development material since): people 1.0,
    # quantities 0.968 (value and counted noun 1.0), documents 1.0, places 0.986, scalars 1.0
    "holdout10": {
        "people": 0.97,
        # 0.95 before the twenty-fourth round (quantities 0.975); 0.97 until the twenty-ninth, when "huyện miền núi",
        # "vụ việc khiếu nại", "người có uy tín tiêu biểu" and "hộ đồng bào dân tộc thiểu số" are read whole as the
        # labels written under the pinned unit convention write them and this set's labels do not (0.95)
        "quantities": 0.9,  # 0.91 until the thirty-first round: a lower bound is 'over' (pinned for holdout129 on; this set's labels say exact)
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout9 scored once (see above); after the tenth round (development material since): people 0.985,
    # quantities 0.879 (value and counted noun 1.0), documents 1.0, places 1.0, scalars 1.0
    "holdout9": {
        "people": 0.97,
        "quantities": 0.86,
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout8 scored once (see above); after the ninth round (development material since): people 1.0,
    # quantities 0.921 (value and counted noun 0.994), documents 1.0, places 1.0, scalars 1.0
    "holdout8": {
        "people": 0.97,
        "quantities": 0.9,
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout7 scored once (see above); after the eighth round (development material since): people 1.0,
    # quantities 0.839 (value and counted noun 0.977), event kind, period and date 1.0; after the ninth 0.885
    "holdout7": {
        "people": 0.97,
        "quantities": 0.9,  # 0.86 before the twenty-fifth round (quantities 0.903)
        "documents": 0.97,
        "places": 0.96,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout6 scored once (see above); after the seventh round (development material since): people 0.992,
    # quantities 0.964 (value and counted noun 1.0), period 1.0
    "holdout6": {
        "people": 0.97,
        "quantities": 0.94,
        "documents": 0.97,
        "places": 0.96,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout5 scored once (see above); after the sixth round (development material since): people 0.98,
    # quantities 0.842, documents 1.0, places 0.967 (labels with the type word, see bench/extract.py), scalars 1.0
    "holdout5": {
        "people": 0.96,
        "quantities": 0.94,  # 0.861 after the seventh round, 0.872 after the ninth; 0.941 after the twenty-fourth
        "documents": 0.97,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout4 scored once (see above); after the fifth round (development material): people 0.939, quantities
    # 0.925, documents 1.0, title, published, kind and period 1.0
    "holdout4": {
        "people": 0.92,
        "quantities": 0.88,  # 0.89 until the thirtieth round: 'cấp' and a level kept after a counted noun, 'khởi nghiệp' and 'dự bị' kinds, as the labels from holdout34 on mostly write them; this set's labels stop at the head (0.888)
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout3 scored once: people 0.831, quantities 0.805, documents 0.912, places 1.0, scalars 1.0 (16 pages);
    # people 0.883 after the fourth round (development material since); after the fifth: people 0.974,
    # quantities 0.831, documents 0.912 (its labels, like holdout's, put "khóa XI" in the issuer; the shared
    # samples and holdout2 do not, and the directives app matches the issuer against known bodies)
    "holdout3": {
        "people": 0.97,
        "quantities": 0.85,  # 0.87 after the ninth round
        "documents": 0.97,
        "places": 0.97,
        "event.kind": 0.93,
        "event.period": 0.93,
        "title": 0.93,
        "published": 0.93,
    },
    # after the third round: people 0.988, quantities 0.852, documents 1.0, kind 1.0, period 0.958; quantities 0.915
    # after the ninth
    "holdout2": {
        "people": 0.97,
        "quantities": 0.89,
        "documents": 0.98,
        "event.kind": 0.95,
        "event.period": 0.95,
    },
    # people 1.0 / 0.988, quantities 0.93 / 0.968, documents 0.98 / 0.941; quantities 0.905 after the eleventh round,
    # whose units follow what most label files write where dev's differ ("hội viên nông dân", "bộ sách", a house
    # with the programme's name in quotes: see docs/apps/textmine.md)
    "dev": {"people": 0.98, "quantities": 0.89, "documents": 0.96, "event.kind": 0.95, "event.period": 0.95},
    "holdout": {
        "people": 0.97,
        # 0.95 until the twenty-ninth round, when "hộ di cư tự do" is read whole as the labels from holdout34 on mostly
        # write it (4 of 6) and this set's b30 does not (0.942), and the unit model retrained with holdout49–54 (0.935)
        "quantities": 0.9,  # 0.91 until the thirtieth round: the same kinds kept ('cấp' and a level, 'khởi nghiệp', 'dự bị') (0.903)
        "documents": 0.96,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 0.95,
    },
}
# holdout3's one money figure that was not money ("31 dòng họ" read as 31 đồng) is fixed: none is allowed.
# holdout19's blind score flagged two: "4 đồng" of a quoted slogan "4 đồng hành …" (a real error, fixed by the
# twentieth round) and "1,2 triệu đồng/quý" (b435, a rate its label file lists both as money and as not money; the
# reader keeps rates as money, as every other set labels them): one left, no more.
# holdout23's blind score found one: "bếp ăn 0 đồng" (b517, a free kitchen's name, listed by its labels as not money).
# holdout27's: "1 suất quà trị giá 1 triệu đồng" (b611), a gift's value its labels list as not money.
# The twenty-fourth round gives a price per item as such ("per": b435's rate, b611's gift's value, not counted by
# bench/extract.py as not money but as not_money_per_item) and reads "0 đồng" as a name (b517): none is left, none is
# allowed.
MAX_NOT_MONEY: dict[str, int] = {}
# holdout8's blind score found one person its labels do not name ("A Ru", b166, a hamlet in a title); the ninth
# round, with holdout8 as development material, removed it. holdout12's blind score found one ("Làng Rêu", b251, a
# village named after "thôn"); the thirteenth round, with holdout12 as development material, removed it.
# holdout16's blind score found one: "H'Ngơi" (b349), the short form of a person already found, read as another; the
# seventeenth round, with holdout16 as development material, removed it (a short form is the same person).
# holdout20's blind score found two: districts of a list after one title ("… Huyện ủy Thuận Châu, Mộc Châu, Phù Yên",
# b451) read as names; the twenty-first round, with holdout20 as development material, removed them (divisions listed
# after a title's own division continue its chain).
# holdout21's blind score found two the labels list as not people, both defensible readings: a named citizen ("bà Sơn
# Thị Sà Rinh, 72 tuổi", b463) and a teknonym with the birth name in brackets ("ông Ama Kông (Y Thuât Byă)", b467).
# holdout29's blind score found one: the people "Xơ Đăng" (b659) read as a person; the twenty-fifth round removed it
# (a people's name from the lexicon opens no person).
# holdout33's blind score found one: "Thiên Hậu" (b763, "lễ vía Bà Thiên Hậu"), a goddess read as a person; removed
# after the scoring (an honorific after a worship word names a deity: people_names.worshipped).
# holdout38's blind score found one: "Bùi Chu" (b872, "Tổng Đại diện Giáo phận Bùi Chu"), a diocese read as a person;
# removed after the scoring (a church's see takes its own name). holdout39's found one: "Lê Duẩn" (b910, "Trường
# Chính trị Lê Duẩn nhấn mạnh"), a school named after a statesman read as a person; removed after the scoring (an
# institution's name closed by the clause's verb; a two-word name that is the institution's whole name stays its own).
MAX_NOT_PEOPLE: dict[str, int] = {"holdout21": 2}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_stays_above_its_floor(name):
    result = _bench().evaluate(BLIND / name)
    for field, floor in FLOORS[name].items():
        value = result[field].get("recall", result[field].get("accuracy"))
        assert value is not None and value >= floor, (name, field, value, result["misses"])
    assert result["not_people"] <= MAX_NOT_PEOPLE.get(name, 0), result["misses"]
    assert result["not_money"] <= MAX_NOT_MONEY.get(name, 0), result["misses"]


def test_titles_are_scored_one_by_one_for_the_people_found_by_name():
    bench = _bench()
    expected = [{"name": "Lê Văn A", "titles": ["Bí thư Đảng ủy", "Chủ tịch HĐND xã"]},
                {"name": "Trần Thị B", "titles": ["Chủ tịch Hội LHPN xã"]}]
    got = [{"name": "Lê Văn A", "titles": ["Bí thư Đảng ủy", "Trưởng thôn"], "titles_normalized": []},
           {"name": "Trần Thị C", "titles": ["Chủ tịch Hội LHPN xã"]}]
    # A's first title found, the second not; B missed (another name): all her titles lost; C's title not counted
    assert bench.score_titles(expected, got) == (1, 3, 2, 1)
    assert bench.score("people", [{"name": p["name"]} for p in expected], [{**g, "titles": []} for g in got]) == (1, 2, 2)
