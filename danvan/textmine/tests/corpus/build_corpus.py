"""Builds the binary and legacy-encoded corpus files from Unicode sources (run once; outputs are kept).

.venv/bin/python danvan/textmine/tests/corpus/build_corpus.py
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent

TCVN3_TEXT = """Huyện ủy Lục Nam tổng kết công tác dân vận năm 2024

Sáng 18/12/2024, Huyện ủy Lục Nam tổ chức hội nghị tổng kết công tác dân vận năm 2024.
Đồng chí Nguyễn Văn Thành, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.
Năm 2024, toàn huyện có 312 mô hình dân vận khéo; các đoàn thể đã vận động trên 2,5 tỷ đồng
xây dựng 46 nhà đại đoàn kết cho hộ nghèo. Mặt trận tổ chức 38 cuộc giám sát và 12 hội nghị phản biện xã hội.
Hội nghị thống nhất 4 nhiệm vụ trọng tâm năm 2025.
"""

VNI_TEXT = """Ñaûng uûy xaõ Taân Sôn giao ban coâng taùc daân vaän thaùng 8 naêm 2026

Chieàu 12/8/2026, Ñaûng uûy xaõ Taân Sôn toå chöùc hoäi nghò giao ban coâng taùc daân vaän thaùng 8.
Baø Leâ Thò Mai, Phoù Bí thö Ñaûng uûy xaõ chuû trì. Trong thaùng, xaõ tieáp nhaän 6 ñôn thö kieán nghò
vaø ñaõ giaûi quyeát xong 4 ñôn; toå chöùc 2 cuoäc ñoái thoaïi vôùi nhaân daân veà giaûi phoùng maët baèng.
"""


def vni_encode(text: str) -> str:
    """Unicode to VNI characters (inverse of the reader's table), for building test files only."""
    from danvan.textmine.encodings import _VNI

    inverse = {}
    for seq, char in _VNI.items():
        if len(seq) == 2 and seq[1].isupper() != seq[0].isupper():
            continue
        inverse.setdefault(char, seq)
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def build() -> None:
    tcvn = subprocess.run(
        ["iconv", "-f", "utf-8", "-t", "TCVN5712-1"],  # noqa: S607
        input=TCVN3_TEXT.encode(),
        capture_output=True,
        check=True,
    ).stdout
    (HERE / "c4-tcvn3.txt").write_bytes(tcvn)
    (HERE / "c5-vni.txt").write_bytes(VNI_TEXT.encode("cp1252"))
    build_docx(HERE / "c2-bao-cao-word.docx")


def build_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Báo cáo sơ kết 6 tháng"
    for line in [
        "TỈNH ỦY NINH BÌNH",
        "BAN TUYÊN GIÁO VÀ DÂN VẬN",
        "*",
        "Số 08-BC/BTGDVTU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Ninh Bình, ngày 12 tháng 6 năm 2026",
        "BÁO CÁO",
        "Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026",
        "-----",
        "I- KẾT QUẢ ĐẠT ĐƯỢC",
    ]:
        d.add_paragraph(line)
    d.add_paragraph(
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy, hệ thống dân vận "
        "đã tổ chức 52 lớp tập huấn với 4.100 lượt cán bộ tham gia. Kết quả cụ thể như sau:"
    )
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate(
        [
            ("Nội dung", "Số lượng", "Ghi chú"),
            ("Suất quà trao tặng", "6.200", ""),
            ("Nhà đại đoàn kết", "95", "xây mới"),
            ("Kinh phí (triệu đồng)", "3.450", ""),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    p = d.add_paragraph()
    run = p.add_run(
        "§ång chÝ TrÇn ThÞ Lan, Phã Tr\xadëng Ban Tuyªn gi¸o vµ D©n vËn TØnh ñy tr×nh bµy b¸o c¸o."
    )
    run.font.name = ".VnTime"
    d.add_paragraph("II- HẠN CHẾ")
    d.add_paragraph("Một số cơ sở chưa kịp thời nắm tình hình nhân dân.")
    d.add_paragraph("III- NHIỆM VỤ 6 THÁNG CUỐI NĂM")
    for task in (
        "Tiếp tục triển khai Quy chế dân chủ ở cơ sở.",
        "Tổ chức tốt Đại hội Đảng bộ các cấp.",
        "Đẩy mạnh phong trào thi đua Dân vận khéo.",
        "Chăm lo đời sống đồng bào dân tộc thiểu số.",
    ):
        d.add_paragraph("- " + task)
    d.add_paragraph("K/T TRƯỞNG BAN")
    d.add_paragraph("PHÓ TRƯỞNG BAN")
    d.add_paragraph("Trần Thị Lan")
    d.save(path)


if __name__ == "__main__":
    build()
