"""Progress output for commands that run longer than a few seconds (demo, import_divisions, ...).

One helper so every command says the same thing the same way: a step announces itself before it
starts and says how long it took; a loop over known items shows a bar on a terminal and, in a log
or a pipe, a count line at every tenth of the way (a bar's carriage returns would litter a log).
"""

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

BAR_WIDTH = 30


class Progress:
    def __init__(self, stream, *, tty: bool | None = None):
        self.stream = stream
        self.tty = stream.isatty() if tty is None and hasattr(stream, "isatty") else bool(tty)

    def _emit(self, text: str, end: str = "\n") -> None:
        if hasattr(self.stream, "style_func"):  # a command's OutputWrapper adds its own line ending
            self.stream.write(text, ending=end)
        else:
            self.stream.write(text + end)
        self.stream.flush()

    @contextmanager
    def step(self, label: str) -> Iterator[None]:
        """Announce `label`, run the block, then say it is done and how long it took."""
        self._emit(f"→ {label}…")
        started = time.monotonic()
        yield
        self._emit(f"  xong: {label} ({time.monotonic() - started:.0f} giây)")

    def track(self, items: Iterable, label: str, total: int | None = None) -> Iterator:
        """Yield `items`, showing how many of `total` (default len(items)) are done."""
        items = list(items) if total is None and not hasattr(items, "__len__") else items
        total = len(items) if total is None else total
        shown = -1
        for done, item in enumerate(items, start=1):
            yield item
            shown = self._show(label, done, total, shown)
        if self.tty and total:
            self._emit("")

    def _show(self, label: str, done: int, total: int, shown: int) -> int:
        if self.tty:
            filled = BAR_WIDTH * done // max(total, 1)
            if filled != shown or done == total:
                self._emit(f"\r  {label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", end="")
            return filled
        tenth = 10 * done // max(total, 1)
        if tenth > shown:
            self._emit(f"  {label}: {done}/{total}")
            return tenth
        return shown
