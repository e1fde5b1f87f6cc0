"""Time and peak memory to read large Word files through the upload path's reader; prints JSON.

    .venv/bin/python bench/uploads.py --json [--sizes 10000,40000,100000] [--reader MODULE_FILE]

Each file is built with python-docx (its default template, so styles are present as in a real file):
N empty paragraphs, N short paragraphs, and a table of N/10 rows whose first column is one vertical
merge. The limits are raised out of the way so the reading itself is measured, then the same files
are read under the default limits, which refuse them at the first paragraph past the limit.
`--reader` reads with another copy of `danvan/textmine/readers.py` (e.g. the previous commit's, from
`git show REV:danvan/textmine/readers.py > /tmp/old_readers.py`) for before/after figures; that copy
is called without limits. Results in docs/performance.md ("Reading uploads").
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.documents.limits import LimitExceeded, UploadLimits  # noqa: E402
from danvan.testing.uploads import table_docx  # noqa: E402

UNLIMITED = UploadLimits(max_bytes=10**12, zip_member_bytes=10**12, zip_total_bytes=10**12, zip_ratio=10**9,
                         word_paragraphs=10**9, word_chars=10**12, word_table_cells=10**9)


def python_docx_file(paragraphs: int, text: str = "") -> bytes:
    import docx

    document = docx.Document()
    for _ in range(paragraphs):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def load_reader(path: str | None):
    if path is None:
        from danvan.textmine import readers

        return readers, True
    spec = importlib.util.spec_from_file_location("danvan.textmine._bench_readers", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module, False


def measure(read, data: bytes, limits: UploadLimits | None) -> dict:
    """Seconds of one read, then the peak of Python allocations in a second read (tracemalloc slows the
    reading several times, so it is not on while timing)."""

    def once():
        try:
            doc = read(data, "bench.docx", limits) if limits is not None else read(data, "bench.docx")
            return "read", len(doc.text)
        except LimitExceeded as exc:
            return f"refused ({exc.limit})", 0

    started = time.perf_counter()
    outcome, chars = once()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    once()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"seconds": round(seconds, 3), "peak_mb": round(peak / 2**20, 1), "outcome": outcome, "chars": chars}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    parser.add_argument("--sizes", default="10000,40000,100000")
    parser.add_argument("--reader", help="another readers.py to measure (read without limits)")
    parser.add_argument("--skip-table", action="store_true")
    args = parser.parse_args()
    readers, current = load_reader(args.reader)
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        files = {"empty paragraphs": python_docx_file(n), "short paragraphs": python_docx_file(n, "Tổ chức 2 hội nghị.")}
        if not args.skip_table:
            files["merged table rows"] = table_docx(n // 10, 3, merged_first_column=True)
        for kind, data in files.items():
            row = {"kind": kind, "n": n, "file_kb": round(len(data) / 1024, 1)}
            row["unlimited"] = measure(readers.read_bytes, data, UNLIMITED if current else None)
            if current:
                row["default_limits"] = measure(readers.read_bytes, data, UploadLimits())
            results.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    print(json.dumps({"reader": args.reader or "danvan/textmine/readers.py", "results": results},
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
