"""Floors under the blind-set figures (issue 14), scored with the same scorer as `bench/extract.py`.

The floors sit slightly below the figures measured on 2026-12-04 (`DEBUG=1 .venv/bin/python bench/extract.py
danvan/textmine/tests/blind/<set> --json`, reader at commit 9e74881): they catch a regression, they are not
targets. holdout3 was written by someone who never saw the reader and was scored once at 17:25 UTC; nothing was
tuned on it afterwards (see its README). dev, holdout and holdout2 are development material now, so their
floors are tuning figures, not blind ones. holdout3 became development material after the fix of "dòng"/"đồng"
and the people rules of test_generalisation4.py (people 0.831 → 0.883 there).

holdout4 (16 pages, b81–b96) was written blind by another helper while those rules were made, copied unchanged
and scored once at 17:44 UTC, load average 25, reader at the commit that adds it
(`DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout4 --docs 100 --json`, output kept
in holdout4/score-2026-12-04.json): people 0.732 (precision 0.822), quantities 0.877 (value and counted noun
0.968), documents 0.936, places 1.0, title 0.812, published 0.75, event kind 0.875, period 0.875, date 0.75; no
invented people, no false money figure. Nothing was tuned on it afterwards.

holdout5 (16 pages, b97–b112) was written blind by a helper who never saw the code while the fifth round's rules
were made (on holdout3 and holdout4, which are development material), and scored once at 21:32 UTC, load average
18.5, reader at 0b449b0 (`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py
danvan/textmine/tests/blind/holdout5 --docs 100 --json`, output in holdout5/score-2026-12-04.json): people 0.861
(precision 0.879), quantities 0.817 (value and counted noun 0.967), documents 0.971, places 0.367, title 0.875,
published 0.938, event kind 0.812, period 0.938, date 0.938; no invented people, no false money figure.

Seventh round (branch textmine6): holdout6 is development material too; a share written "1.032/1.205 đơn thư" gives
the total as a figure of its own (as the labels of holdout4–6 count it) and the bench reads a unit labelled in quotes
as the quoted name, so the quantities floors of holdout5 and holdout6 rose.

Sixth round (branch textmine5): every set above is development material; the bench matches a place labelled with
its type word ("xã Quảng Thái") and an issuer labelled with its term ("… khóa XI") as the reader's plain forms, so
the places and documents floors of holdout, holdout3 and holdout5 rose with it (see docs/apps/textmine.md).

holdout6 (20 pages, b113–b132) was written blind by a helper who never saw the code or ran the reader, while the
sixth round's rules were made on every set above, and scored once at 00:21 UTC on 2026-12-05, load average 23.4,
reader at af1640f (`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout6
--docs 100 --json`, output in holdout6/score-2026-12-05.json): people 0.884 (precision 0.898), quantities 0.881
(value and counted noun 0.964), documents 1.0, places 0.986, title 1.0, published 1.0, event kind 1.0, period 0.9,
date 1.0; no invented people, no false money figure. Nothing was tuned on it afterwards.

holdout7 (20 pages, b133–b152) was written blind by a helper who never saw the code or ran the reader, while the
seventh round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (79897d8) and scored once at 03:18 UTC on 2026-12-05, load average 13.9
(`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout7 --docs 100 --json`,
output in holdout7/score-2026-12-05.json): people 0.914 (precision 0.944), quantities 0.825 (value and counted noun
0.977), documents 1.0, places 0.983, title 1.0, published 1.0, event kind 0.95, period 0.95, date 0.95; no invented
people, no false money figure. Nothing was tuned on it afterwards.

holdout8 (20 pages, b153–b172) was written blind by a helper who never saw the code or ran the reader, while the
eighth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (a8e6aa7) and scored once at 03:44 UTC on 2026-12-05, load average 12.4
(`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout8 --docs 100 --json`,
output in holdout8/score-2026-12-05.json): people 0.902 (precision 0.886), quantities 0.871 (value and counted noun
0.978), documents 0.974, places 0.985, title 1.0, published 1.0, event kind 1.0, period 0.95, date 1.0; one invented
person, no false money figure. Nothing was tuned on it afterwards.

Ninth round (branch textmine8): holdout8 is development material; after the round's rules (test_generalisation9.py)
it gives people 1.0 (precision 1.0, no invented person: "A Ru" was a hamlet named in a title), quantities 0.921
(value and counted noun 0.994), documents 1.0, places 1.0, period 1.0; its invented-person allowance is gone.
Quantities rose on holdout2 (0.915), holdout3 (0.87), holdout5 (0.872) and holdout7 (0.885) with it.

holdout9 (24 pages, b173–b196) was written blind by a helper who never saw the code or ran the reader, while the
ninth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (a1d5613) and scored once at 06:42 UTC on 2026-12-05, load average 5.3
(`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout9 --docs 100 --json`,
output in holdout9/score-2026-12-05.json): people 0.918 (precision 0.925), quantities 0.873 (value and counted noun
0.984), documents 0.976, places 1.0, title 1.0, published 1.0, event kind 1.0, period 0.958, date 1.0; no invented
person, no false money figure. Nothing was tuned on it afterwards.

Tenth round (branch textmine9): holdout9 is development material; after the round's rules (test_generalisation10.py)
it gives people 0.985 (precision 0.985; the two titles left are a role's place, "già làng ở thôn X", which three older
label files leave out), quantities 0.879 (value and counted noun 1.0), documents 1.0, places 1.0, period 1.0.

holdout10 (24 pages, b197–b220) was written blind by a helper who never saw the code or ran the reader, while the
tenth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (09810bc, floors 68a7529) and scored once at 07:02 UTC on 2026-12-05, load average 5.1
(`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout10 --docs 100 --json`,
output in holdout10/score-2026-12-05.json): people 0.885 (precision 0.946), quantities 0.915 (value and counted noun
1.0), documents 1.0, places 0.986, title 1.0, published 1.0, event kind 1.0, period 1.0, date 0.958; no invented
person, no false money figure. Nothing was tuned on it afterwards.

Eleventh round (branch textmine10): holdout10 is development material; after the round's rules
(test_generalisation11.py) it gives people 1.0 (precision 1.0), quantities 0.968 (value and counted noun 1.0),
documents 1.0, places 0.986, event kind, period and date 1.0.

holdout11 (24 pages, b221–b244) was written blind by a helper who never saw the code or ran the reader, while the
eleventh round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (7990849) and scored once at 09:49 UTC on 2026-12-05, load average 9.6
(`PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout11 --docs 100 --json`,
output in holdout11/score-2026-12-05.json): people 0.92 (precision 0.92), quantities 0.89 (value and counted noun
0.991), documents 0.933, places 0.968, title 1.0, published 1.0, event kind 0.958, period 0.958, date 0.958; no
invented person, no false money figure. Nothing was tuned on it afterwards.

Twelfth round (branch textmine11): holdout11 is development material; after the round's rules
(test_generalisation12.py) it gives people 1.0 (precision 1.0), quantities 0.96 (value and counted noun 1.0),
documents 1.0, places 0.968, event kind, period and date 1.0.

holdout12 (24 pages, b245–b268) was written blind by a helper who never saw the code or ran the reader, while the
twelfth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (0a14196) and scored once at 10:19 UTC on 2026-12-05, load average 10.1
(`PYTHONPATH=$PWD DEBUG=1 /work/main/.venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout12 --docs 100
--json`, output in holdout12/score-2026-12-05.json): people 0.944 (precision 0.936), quantities 0.903 (value and
counted noun 0.983), documents 0.975, places 1.0, title 1.0, published 1.0, event kind 0.958, period 1.0, date 0.958;
one invented person (a village, "Làng Rêu"), no false money figure. Nothing was tuned on it afterwards.

Thirteenth round (branch textmine12): holdout12 is development material; after the round's rules
(test_generalisation13.py) it gives people 0.991 (precision 0.991), quantities 0.924 (value and counted noun 0.996),
documents 0.975, places 1.0, event kind, period and date 1.0, and no invented person.

holdout13 (24 pages, b269–b292) was written blind by a helper who never saw the code or ran the reader, while the
thirteenth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (76d7728) and scored once at 10:30 UTC on 2026-12-05, load average 5.2
(`PYTHONPATH=$PWD DEBUG=1 /work/main/.venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout13 --docs 100
--json`, output in holdout13/score-2026-12-05.json): people 0.912 (precision 0.912), quantities 0.887 (value and
counted noun 0.984), documents 0.935, places 0.955, title 1.0, published 1.0, event kind 1.0, period 1.0, date 1.0;
no invented person, no false money figure. Nothing was tuned on it afterwards.

Fourteenth round (branch textmine13): holdout13 is development material; after the round's rules
(test_generalisation14.py) it gives people 0.956 (precision 0.956), quantities 0.895 (value and counted noun 0.984),
documents 0.978, places 0.955, event kind, period and date 1.0, and no invented person. What people still miss is
where the label files disagree with each other (an origin "người Dao ở xã X" between commas, a baptismal name).

holdout14 (24 pages, b293–b316) was written blind by a helper who never saw the code or ran the reader, while the
fourteenth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (591d4c2) and scored once at 10:42 UTC on 2026-12-05, load average 8.9
(`PYTHONPATH=$PWD DEBUG=1 /work/main/.venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout14 --docs 100
--json`, output in holdout14/score-2026-12-05.json): people 0.964 (precision 0.964), quantities 0.861 (value and
counted noun 0.973), documents 1.0, places 1.0, title 1.0, published 1.0, event kind 1.0, period 1.0, date 1.0;
no invented person, no false money figure. Nothing was tuned on it afterwards.

Fifteenth round (branch textmine14): holdout14 is development material; after the round's rules
(test_generalisation15.py) it gives people 1.0 (precision 1.0), quantities 0.919 (value and counted noun 0.996),
documents 1.0, places 1.0, event kind, period and date 1.0, and no invented person.

holdout15 (24 pages, b317–b340) was written blind by a helper who never saw the code or ran the reader, while the
fifteenth round's rules were made on every set above; copied unchanged (without its DONE marker) after the last rule
commit (ad3f492) and scored once at 10:53 UTC on 2026-12-05, load average 3.4
(`PYTHONPATH=$PWD DEBUG=1 /work/main/.venv/bin/python bench/extract.py danvan/textmine/tests/blind/holdout15 --docs 100
--json`, output in holdout15/score-2026-12-05.json): people 0.93 (precision 0.939), quantities 0.885 (value and
counted noun 0.97), documents 0.981, places 0.97, title 1.0, published 1.0, event kind 0.958, period 1.0, date 0.958;
no invented person, no false money figure. Nothing was tuned on it afterwards.

Sixteenth round (branch textmine15): holdout15 is development material; after the round's rules
(test_generalisation16.py) it gives people 1.0 (precision 1.0), quantities 0.902 (value and counted noun 0.987), and
the other fields as scored; holdout12's documents rise to 1.0 ("Chương trình hành động 14-CTr/HND").

holdout16 (24 pages, b341–b364) was written blind by a helper who never saw the code or ran the reader, while the
sixteenth round's rules were made; copied unchanged (without its DONE marker) after the last rule commit (d141f06)
and scored once at 13:30 UTC on 2026-12-05, load average 2.6 (`PYTHONPATH=$PWD DEBUG=1 /work/main/.venv/bin/python
bench/extract.py danvan/textmine/tests/blind/holdout16 --docs 100 --json`, output in holdout16/score-2026-12-05.json):
people 0.891 (precision 0.898), quantities 0.897 (value and counted noun 0.987), documents 0.944, places 1.0, title
1.0, published 0.958, event kind 1.0, period 1.0, date 0.958; one person its labels do not name ("H'Ngơi", b349, the
short form of "H'Ngơi Byă" read as a second person), no false money figure. Nothing was tuned on it afterwards.

Seventeenth round (branch textmine16): holdout16 is development material; after the round's rules
(test_generalisation17.py, test_people_variations17.py) it gives people 1.0 (precision 1.0), quantities 0.901 (value
and counted noun 0.991), documents 1.0, and the other fields as scored; no invented person.

holdout17 (24 pages, b365–b388) was written blind by a helper who never saw the code or ran the reader, while the
seventeenth round's rules were made; scored by the lead straight from the writer's folder with main before the round
(b10c15c, 16:03 UTC, load 1.9: people 0.829, documents 0.963; holdout17/score-2026-12-05-before-round17.json) and once
after it was merged (90ca548, 16:50 UTC, load 1.8; holdout17/score-2026-12-05.json): people 0.847 (precision 0.87),
quantities 0.904 (value and counted noun 0.991), documents 1.0, places 0.979, title 0.958, published 0.667, event kind
0.958, period 1.0, date 0.708; no invented person, no false money figure. Then copied unchanged (without its DONE
marker); development material from the eighteenth round on.

Eighteenth round (branch textmine17): holdout17 is development material; after the round's rules
(test_generalisation18.py) it gives people 0.973 (precision 0.973), quantities 0.904 (value and counted noun 0.991),
documents 1.0, places 0.979, title, published, event kind, period and date 1.0; no invented person, no false money.

holdout18 (24 pages, b389–b412) was written blind by a helper who never saw the code or ran the reader, while the
eighteenth round's rules were made; scored by the lead straight from the writer's folder with main before the round
(da00e9d, 17:00 UTC, load 5.9; holdout18/score-2026-12-05-before-round18.json: people 0.887, title 0.917, published
0.875, date 0.917) and once after it was merged (fd426ec, 17:22 UTC, load 2.9; holdout18/score-2026-12-05.json):
people 0.887 (precision 0.887), quantities 0.901 (value and counted noun 0.986), documents 1.0, places 0.988, title
0.958, published 0.917, event kind 1.0, period 1.0, date 0.958; no invented person, no false money figure. Then copied
unchanged (without its DONE marker); its floors are the second score rounded down.

Nineteenth round (branch textmine18): holdout18 is development material; after the round's rules
(test_generalisation19.py) it gives people 1.0 (precision 1.0), quantities 0.932 (value and counted noun 1.0),
documents 1.0, places 0.988, title, published, event kind, period and date 1.0; no invented person, no false money.
The date-line rule also dates holdout16's b360 ("T2, 24/08/2026 09:12"): its published date and event date read 1.0.
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
    # holdout18 scored once after the eighteenth round (see above); after the nineteenth round (development material
    # since), at what it scores then, rounded down: people 1.0, quantities 0.932, title, published and event date 1.0
    "holdout18": {
        "people": 1.0,
        "quantities": 0.93,
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
        "quantities": 0.9,
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
        "quantities": 0.9,
        "documents": 1.0,
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
        "documents": 0.98,
        "places": 0.97,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout14 scored once (see above); after the fifteenth round (development material since): people 1.0,
    # quantities 0.919 (value and counted noun 0.996), documents 1.0, places 1.0, scalars 1.0
    "holdout14": {
        "people": 1.0,
        "quantities": 0.91,
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
        "quantities": 0.91,
        "documents": 0.97,
        "places": 0.95,
        "event.kind": 0.95,
        "event.period": 0.95,
        "title": 0.95,
        "published": 0.95,
    },
    # holdout12 scored once (see above); after the thirteenth round (development material since): people 0.991,
    # quantities 0.924 (value and counted noun 0.996), documents 0.975, places 1.0, scalars 1.0; after the sixteenth:
    # documents 1.0
    "holdout12": {
        "people": 0.99,
        "quantities": 0.92,
        "documents": 1.0,
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
        "quantities": 0.95,
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
        "quantities": 0.95,
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
        "quantities": 0.86,
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
        "quantities": 0.85,  # 0.861 after the seventh round, 0.872 after the ninth
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
        "quantities": 0.9,
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
        "quantities": 0.95,
        "documents": 0.96,
        "places": 0.94,
        "event.kind": 0.95,
        "event.period": 0.95,
    },
}
# holdout3's one money figure that was not money ("31 dòng họ" read as 31 đồng) is fixed: none is allowed.
MAX_NOT_MONEY: dict[str, int] = {}
# holdout8's blind score found one person its labels do not name ("A Ru", b166, a hamlet in a title); the ninth
# round, with holdout8 as development material, removed it. holdout12's blind score found one ("Làng Rêu", b251, a
# village named after "thôn"); the thirteenth round, with holdout12 as development material, removed it.
# holdout16's blind score found one: "H'Ngơi" (b349), the short form of a person already found, read as another; the
# seventeenth round, with holdout16 as development material, removed it (a short form is the same person).
MAX_NOT_PEOPLE: dict[str, int] = {}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_stays_above_its_floor(name):
    result = _bench().evaluate(BLIND / name)
    for field, floor in FLOORS[name].items():
        value = result[field].get("recall", result[field].get("accuracy"))
        assert value is not None and value >= floor, (name, field, value, result["misses"])
    assert result["not_people"] <= MAX_NOT_PEOPLE.get(name, 0), result["misses"]
    assert result["not_money"] <= MAX_NOT_MONEY.get(name, 0), result["misses"]
