"""`danvan extract` reads text right after install, with no environment; serving without a key is refused."""

import os
import subprocess
import sys
from pathlib import Path

import danvan

BARE_ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", str(Path.home())),
            "PYTHONPATH": str(Path(danvan.__file__).parent.parent)}


def run(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", *args]
    return subprocess.run(command, env=BARE_ENV, capture_output=True, text=True, timeout=120, cwd="/")  # noqa: S603


def test_extract_runs_with_no_secret_key_and_no_debug(tmp_path):
    text = tmp_path / "bao-cao.txt"
    text.write_text("Ban Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.\n"
                    "Toàn tỉnh có 120 mô hình Dân vận khéo.\n", encoding="utf-8")
    result = run("danvan.cli", "extract", str(text))
    assert result.returncode == 0, result.stderr
    assert "Ninh Bình" in result.stdout


def test_a_command_that_writes_refuses_without_a_secret_key():
    result = run("danvan.cli", "check")
    assert result.returncode != 0
    assert "danvan.E001" in result.stderr and "SECRET_KEY" in result.stderr


def test_the_wsgi_application_refuses_to_load_without_a_secret_key():
    result = run("danvan.wsgi")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
