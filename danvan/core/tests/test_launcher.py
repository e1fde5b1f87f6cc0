"""`danvan serve` / `make run`: the server and the worker run together and stop together, no orphan."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from danvan.core import launcher

SLEEPER = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(600)"
ROOT = Path(__file__).resolve().parents[3]


def _start_launcher(tmp_path, commands) -> subprocess.Popen:
    code = f"import sys; from danvan.core.launcher import run_together; sys.exit(run_together({commands!r}))"
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,  # noqa: S603  (our own test program)
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _pids(paths, deadline_seconds=60) -> list[int]:
    """The children's pids, once each has written its file (the deadline only guards against a hang)."""
    deadline = time.monotonic() + deadline_seconds
    while not all(p.exists() and p.read_text() for p in paths):
        assert time.monotonic() < deadline, "the commands did not start"
        time.sleep(0.05)
    return [int(p.read_text()) for p in paths]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_signal_to_the_launcher_stops_both_commands(tmp_path, stop_signal):
    files = [tmp_path / "server.pid", tmp_path / "worker.pid"]
    process = _start_launcher(tmp_path, [[sys.executable, "-c", SLEEPER, str(f)] for f in files])
    pids = _pids(files)
    process.send_signal(stop_signal)
    assert process.wait(timeout=60) == 0
    assert not any(_alive(pid) for pid in pids)


def test_when_one_command_ends_the_other_is_stopped_and_its_code_returned(tmp_path):
    survivor = tmp_path / "worker.pid"
    code = launcher.run_together([[sys.executable, "-c", SLEEPER, str(survivor)],
                                  [sys.executable, "-c", "import sys, time; time.sleep(1); sys.exit(3)"]])
    assert code == 3
    assert not _alive(int(survivor.read_text()))


def test_serve_runs_the_worker_beside_the_server(monkeypatch):
    started = []
    monkeypatch.setattr(launcher, "run_together", lambda commands: started.extend(commands) or 0)
    call_command("serve", "127.0.0.1:8123")
    assert [c[3:] for c in started] == [["db_worker"], ["runserver", "127.0.0.1:8123"]]


def test_make_run_uses_serve():
    plan = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True,  # noqa: S607
                          check=True).stdout
    assert "danvan serve" in plan and "danvan runserver" not in plan


def test_make_run_says_what_the_silent_and_long_steps_are_and_where_to_open_the_app():
    plan = subprocess.run(["make", "-n", "run", "PORT=8765", "STAMP=/nonexistent/.installed"], cwd=ROOT,  # noqa: S607
                          capture_output=True, text=True, check=True).stdout
    # pip --quiet prints nothing for minutes on a first run: the newcomer is told before it starts.
    assert plan.index("lần đầu mất vài phút") < plan.index("pip install --quiet -e")
    assert "danvan demo --password danvan2026   (lần đầu: vài phút" in plan
    assert "Mở http://127.0.0.1:8765/" in plan and "tinh-37 / danvan2026" in plan


def test_make_clean_forgets_the_demo_with_the_database():
    # Else the next `make run` migrates an empty database, skips the demo, and no demo account can sign in.
    plan = subprocess.run(["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True,  # noqa: S607
                          check=True).stdout
    assert "var/*.sqlite3*" in plan and "var/.demo-loaded" in plan
