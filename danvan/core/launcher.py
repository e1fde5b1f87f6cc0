"""Run several long-lived commands side by side and stop them together (`danvan serve`).

`make run` needs the web server and the background worker at once, and Ctrl-C must stop both and
leave no orphan. A terminal's Ctrl-C reaches every process of the foreground group; a signal sent to
this launcher alone (SIGINT or SIGTERM) is passed on as SIGTERM. When either command ends by itself,
the other is stopped too, so a crashed worker is not left unnoticed behind a live server.
"""

import signal
import subprocess
import time

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise _Stop(signum)


def run_together(commands: list[list[str]], *, grace_seconds: float = 10.0, poll_seconds: float = 0.2) -> int:
    """Start every command; return when one of them ends or a stop signal arrives, after stopping the rest
    (SIGTERM, then SIGKILL after `grace_seconds`). The exit code is the first non-zero one, else 0."""
    previous = {sig: signal.signal(sig, _raise_stop) for sig in STOP_SIGNALS}
    processes: list[subprocess.Popen] = []
    try:
        for command in commands:
            processes.append(subprocess.Popen(command))  # noqa: S603  (our own commands, no shell)
        while all(p.poll() is None for p in processes):
            time.sleep(poll_seconds)
    except _Stop:
        pass
    finally:
        for sig in STOP_SIGNALS:  # a second Ctrl-C must not interrupt the stopping below
            signal.signal(sig, signal.SIG_IGN)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=grace_seconds)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    codes = [p.returncode for p in processes]
    # A command stopped by our own SIGTERM (negative code) is a clean stop, not a failure.
    return next((c for c in codes if c and c != -signal.SIGTERM), 0)
