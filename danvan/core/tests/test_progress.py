"""Long commands say what they are doing: counts in a log, a bar on a terminal (core.progress)."""

import io

import pytest
from django.core.management import call_command

from danvan.core.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_log_a_loop_prints_a_count_at_every_tenth():
    out = io.StringIO()
    assert list(Progress(out).track(range(20), "Xã")) == list(range(20))
    lines = out.getvalue().splitlines()
    assert lines[0] == "  Xã: 1/20" and lines[-1] == "  Xã: 20/20" and len(lines) == 11
    assert "\r" not in out.getvalue()


def test_on_a_terminal_a_loop_draws_a_bar():
    out = _Terminal()
    list(Progress(out).track(range(4), "Xã"))
    assert out.getvalue().count("\r") >= 4 and "[" + "#" * 30 + "] 4/4" in out.getvalue()


def test_a_step_announces_itself_and_says_when_it_is_done():
    out = io.StringIO()
    with Progress(out).step("Nạp danh mục"):
        out.write("(việc)\n")
    assert out.getvalue().splitlines()[0] == "→ Nạp danh mục…"
    assert out.getvalue().splitlines()[-1].startswith("  xong: Nạp danh mục (")


@pytest.mark.django_db
@pytest.mark.parametrize(("command", "args", "expected"), [
    ("rebuild_rollup", [], "→ Tính lại BC-DV-THANG…"),
    ("send_reminders", ["--date", "2026-03-05"], "→ Gửi lời nhắc"),
    ("create_bloc", ["--province", "37"], "→ Tỉnh Ninh Bình: tạo khối dân vận…"),
])
def test_long_commands_show_their_progress(world, command, args, expected):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    assert expected in out.getvalue() and "  xong: " in out.getvalue()
