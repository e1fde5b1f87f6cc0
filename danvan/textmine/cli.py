"""`danvan extract FILE... [--json]`: shared by the Django command and `python -m danvan.textmine`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from . import extract_file
from .readers import ReadError


def run(paths: list[str], as_json: bool, out: TextIO, err: TextIO, topics_path: str | None = None) -> int:
    """Extract from each file; 0 when every file was read, 2 when one could not be."""
    results: list[dict] = []
    code = 0
    for path in paths:
        try:
            results.append(extract_file(path, topics_path=topics_path))
        except ReadError as exc:
            err.write(f"Không đọc được tệp {path}: {exc}\n")
            code = 2
        except Exception as exc:  # never a traceback for the user
            err.write(f"Không đọc được tệp {path}: lỗi khi phân tích ({type(exc).__name__}: {exc})\n")
            code = 2
    if as_json:
        payload = results[0] if len(paths) == 1 and results else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            out.write(summary(result) + "\n")
    return code


def summary(r: dict) -> str:
    """A readable Vietnamese summary of one extraction."""
    ev = r["event"]
    lines = [
        f"== {r['source']}",
        f"Tiêu đề: {r['title'] or '—'}",
        f"Ngày đăng: {r['published'] or '—'}",
        f"Sự kiện: {ev['kind'] or '—'} | kỳ: {ev['period'] or '—'} | ngày: {ev['date'] or '—'}",
    ]
    if r["places"]:
        lines.append(
            "Địa danh: "
            + "; ".join(f"{p['name']} ({p['level'] or '?'}, {p['code'] or '?'})" for p in r["places"])
        )
    for p in r["people"]:
        lines.append(f"Người: {p['name']}" + (f" — {', '.join(p['titles'])}" if p["titles"] else ""))
    for q in r["quantities"]:
        lines.append(
            f"Số liệu: {q['value']:,} {q['unit']} ({q['qualifier']}) ← “{q['text']}”".replace(",", ".")
        )
    for doc in r["documents"]:
        lines.append(f"Văn bản: {doc['text']}")
    if r["topics"]:
        lines.append("Chủ đề: " + ", ".join(t["code"] for t in r["topics"]))
    if r["key_tasks"]:
        lines.append(f"Nhiệm vụ trọng tâm: {r['key_tasks']['count']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="danvan extract", description="Đọc báo cáo tường thuật tiếng Việt.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.add_argument("--topics", help="tệp JSON bổ sung danh mục chủ đề")
    args = parser.parse_args(argv)
    return run([str(Path(f)) for f in args.files], args.json, sys.stdout, sys.stderr, args.topics)
