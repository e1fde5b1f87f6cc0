"""The reader never crashes or hangs, whatever it is given."""

import contextlib
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.textmine import extract_text
from danvan.textmine.readers import ReadError, read_bytes

# No wall-clock deadline: on a loaded machine (CI runs two suites on two cores) a PDF read took 7 s of wall time;
# a hang is caught by the CPU-time guard below, and speed is measured in bench/extract.py, never asserted here.
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VIET = st.text(
    alphabet=st.sampled_from(
        list(
            "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ0123456789.,/-:;()| \n"
            "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYbcdghklmnpqrstvxBCDGHKLMNPQRSTVX\"'%"
        )
    ),
    max_size=400,
)


@FAST
@given(st.text(max_size=500))
def test_any_text_gives_a_result(text):
    assert isinstance(extract_text(text), dict)


@FAST
@given(VIET)
def test_vietnamese_looking_noise_gives_a_result(text):
    result = extract_text(text)
    for q in result["quantities"]:
        assert isinstance(q["value"], (int, float))


@FAST
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.html", "a.docx", "a.pdf", "a"]))
def test_broken_bytes_are_read_or_refused_cleanly(data, name):
    with contextlib.suppress(ReadError):
        read_bytes(data, name)


def test_empty_file_gives_an_empty_result():
    result = extract_text(read_bytes(b"", "empty.txt").text)
    assert result["people"] == [] and result["quantities"] == [] and result["title"] is None


def test_huge_line_ends_without_catastrophic_backtracking():
    """A guard against a regular expression that backtracks without end on one 240 KB line (it read in ~2.6 s
    of CPU when written): CPU seconds, which a busy machine does not inflate, with a wide margin. Not a speed
    target; those are in bench/extract.py."""
    line = ("Trao 12.500 suất quà cho Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy " * 3000) + "9" * 50_000
    start = time.process_time()
    extract_text(line)
    assert time.process_time() - start < 30
