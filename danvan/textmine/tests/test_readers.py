"""Reading files: encodings (UTF-8, UTF-16, Windows-1258, TCVN3, VNI), .docx, .html, .pdf, and errors."""

import io
import subprocess

import pytest

from danvan.textmine import ReadError, extract_file, read_file
from danvan.textmine.cli import run
from danvan.textmine.encodings import decode_bytes, fix_legacy, from_tcvn3, from_vni

SENTENCE = "Đồng chí Phạm Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, trao 12.500 suất quà cho người dân."


def test_vni_text_is_converted():
    assert (
        from_vni("Xin chaøo caùc baïn, Vieät Nam, ñoàng baøo, Uûy ban")
        == "Xin chào các bạn, Việt Nam, đồng bào, Ủy ban"
    )


def test_tcvn3_text_is_converted_including_capitals_font():
    assert from_tcvn3("B¶o Th¾ng, ViÖt Nam, ng\xadêi") == "Bảo Thắng, Việt Nam, người"
    assert from_tcvn3("B¸O C¸O") == "BÁO CÁO"


def test_unicode_text_is_left_alone():
    assert fix_legacy("Hội nghị hoàn toàn thành công ở München") == (
        "Hội nghị hoàn toàn thành công ở München",
        "unicode",
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig"])
def test_unicode_files_in_every_form_are_read(tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(SENTENCE.encode(encoding))
    assert read_file(path).text == SENTENCE


@pytest.mark.parametrize("iconv_name", ["CP1258", "TCVN5712-1"])
def test_windows_1258_and_tcvn3_files_are_read(tmp_path, iconv_name):
    try:
        data = subprocess.run(  # noqa: S603
            ["iconv", "-f", "utf-8", "-t", iconv_name],  # noqa: S607
            input=SENTENCE.encode(),
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("iconv is not available")
    assert decode_bytes(data)[0] == SENTENCE


def test_utf8_file_holding_tcvn3_characters_is_converted(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text("Héi nghÞ tæng kÕt c«ng t¸c MÆt trËn n¨m 2025", encoding="utf-8")
    assert read_file(path).text == "Hội nghị tổng kết công tác Mặt trận năm 2025"


def test_docx_paragraphs_tables_and_legacy_font_runs_are_read(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Báo cáo kết quả")
    run_ = d.add_paragraph().add_run("§ång chÝ TrÇn ThÞ Lan ph¸t biÓu")
    run_.font.name = ".VnTime"
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Suất quà"
    table.cell(0, 1).text = "6.200"
    path = tmp_path / "r.docx"
    d.save(path)
    text = read_file(path).text
    assert "Đồng chí Trần Thị Lan phát biểu" in text
    assert "Suất quà | 6.200" in text


def test_html_page_furniture_is_stripped(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(
        "<html><body><nav>Trang chủ Tin tức</nav><div class='share'>Chia sẻ</div>"
        "<article><h1>Tiêu đề</h1><p>Trao 500 suất quà.</p></article>"
        "<div class='box'><p>Tin khác</p><p>Bài cũ 300 tấn gạo</p></div>"
        "<p>Hôm nay: 15</p><p>Tổng truy cập: 1207733</p></body></html>",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert "Trao 500 suất quà." in text
    for junk in ("Trang chủ", "Chia sẻ", "300 tấn", "1207733"):
        assert junk not in text


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer holds `text` (two-byte codes = Unicode, with a ToUnicode map)."""
    hexed = text.encode("utf-16-be").hex().upper()
    content = f"BT /F1 12 Tf 50 700 Td <{hexed}> Tj ET".encode()
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_with_a_text_layer_is_read(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(_pdf_with_text("Hội nghị trao hơn 12.500 suất quà cho hộ nghèo."))
    got = extract_file(path)
    assert [(q["value"], q["unit"]) for q in got["quantities"]] == [(12500, "suất quà")]


@pytest.mark.parametrize(
    "name,data",
    [("broken.docx", b"PK\x03\x04 not really"), ("broken.pdf", b"%PDF-1.4 junk"), ("scan.pdf", None)],
)
def test_unreadable_files_raise_a_clear_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(_pdf_with_text("") if data is None else data)
    with pytest.raises(ReadError):
        read_file(path)


def test_command_reports_unreadable_file_on_stderr_with_exit_2(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Trao 500 suất quà.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run([str(good), str(tmp_path / "missing.txt")], True, out, err)
    assert code == 2
    assert "Không đọc được tệp" in err.getvalue() and "Traceback" not in err.getvalue()
    assert out.getvalue().lstrip().startswith("[")


def test_command_prints_one_object_for_one_file_and_exits_0(tmp_path):
    import json

    good = tmp_path / "a.txt"
    good.write_text("Trao 500 suất quà.", encoding="utf-8")
    out = io.StringIO()
    assert run([str(good)], True, out, io.StringIO()) == 0
    assert json.loads(out.getvalue())["quantities"][0]["value"] == 500
    summary = io.StringIO()
    assert run([str(good)], False, summary, io.StringIO()) == 0
    assert "suất quà" in summary.getvalue()
