"""The reader's learned models (CRFsuite files in data/), each opened once per thread: a tagger holds the sequence it
tags, so two threads (the web server's, the worker's) never share one. A missing file gives None: the rules stand."""

from __future__ import annotations

import threading
from pathlib import Path

import pycrfsuite

_OPENED = threading.local()


def _taggers() -> dict[Path, pycrfsuite.Tagger | None]:
    if not hasattr(_OPENED, "taggers"):
        _OPENED.taggers = {}
    return _OPENED.taggers


def tagger(path: Path) -> pycrfsuite.Tagger | None:
    """This thread's tagger of the model at `path`, opened the first time it is asked for."""
    taggers = _taggers()
    if path not in taggers:
        opened = None
        if path.is_file():
            opened = pycrfsuite.Tagger()
            opened.open(str(path))
        taggers[path] = opened
    return taggers[path]


def use(path: Path, model: pycrfsuite.Tagger | None) -> None:
    """Read this thread's text with `model` in place of the file at `path` (the benches' models, trained without the
    set they score); None: the file again, opened when next asked for."""
    if model is None:
        _taggers().pop(path, None)
    else:
        _taggers()[path] = model
