"""The two document layouts: every size, margin, font and fixed text, in one place.

"party": the Party's format (guidance 36-HD/VPTW of 2018, 05-HD/VPTW of 2026; domain/party-document-format.md).
"state": Decree 30/2020/NĐ-CP on administrative documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["LAYOUTS", "Layout", "TextStyle", "get_layout"]


@dataclass(frozen=True)
class TextStyle:
    size_pt: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "center"  # left | center | right | justify


@dataclass(frozen=True)
class Page:
    width_mm: float = 210  # A4
    height_mm: float = 297
    top_mm: float = 20
    bottom_mm: float = 20
    left_mm: float = 30
    right_mm: float = 15
    header_distance_mm: float = 10  # from the page edge to the page number

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.left_mm - self.right_mm


@dataclass(frozen=True)
class Body:
    size_pt: float = 14
    first_line_indent_mm: float = 10
    space_after_pt: float = 6
    line_spacing_pt: float = 20  # "exactly"; the Party allows 18-22
    table_size_pt: float = 13
    table_header_bold: bool = True


@dataclass(frozen=True)
class Layout:
    """One layout. Formats use str.format fields named in their comment."""

    name: str
    national_lines: tuple[tuple[str, TextStyle], ...]  # right header column, top lines
    superior_org: TextStyle
    issuing_body: TextStyle
    issuing_mark: str  # under the issuing body ("*" for the Party; "" draws a short rule instead)
    header_left_mm: float
    header_right_mm: float
    number: TextStyle
    number_format: str  # {number} {doc_type} {symbol}
    number_digits: int  # leading zeros below 10
    number_blank: str  # stands for the number until the document is issued (filled in by hand)
    place_date: TextStyle
    place_date_format: str  # {place} {day} {month} {year}
    padded_months: tuple[int, ...]  # months written with a leading zero (days below 10 always are)
    title: TextStyle
    subject: TextStyle
    subject_rule: str  # text of the short rule under the subject; "" draws a bordered rule
    rule_width_mm: float  # length of a drawn rule
    rule_height_pt: float  # height of the empty paragraph that carries a drawn rule
    title_space_before_pt: float  # between the header and the document type title
    letter_subject: TextStyle  # "V/v ..." of a công văn, under the number
    letter_subject_prefix: str
    headings: tuple[TextStyle, ...]  # levels 1, 2, 3 ("I-", "1.", "a)")
    signature_authority: TextStyle  # "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"
    signature_position: TextStyle
    signature_name: TextStyle
    signature_gap_lines: int  # empty lines left for the handwritten signature and seal
    recipients_heading: TextStyle
    recipients_heading_text: str
    recipients: TextStyle
    recipients_left_mm: float  # width of the recipients column beside the signature
    page_number: TextStyle
    page: Page = Page()
    body: Body = Body()
    font_name: str = "Times New Roman"
    language: str = "vi-VN"
    letter_type: str = "CV"  # công văn: no type title, its subject goes under the number


_BOLD14 = TextStyle(14, bold=True)

PARTY = Layout(
    name="party",
    national_lines=(("ĐẢNG CỘNG SẢN VIỆT NAM", TextStyle(15, bold=True, underline=True)),),
    superior_org=TextStyle(14),
    issuing_body=_BOLD14,
    issuing_mark="*",
    header_left_mm=75,
    header_right_mm=90,
    number=TextStyle(14),
    number_format="Số {number}-{doc_type}/{symbol}",
    number_digits=2,
    number_blank="    ",
    place_date=TextStyle(14, italic=True),
    place_date_format="{place}, ngày {day} tháng {month} năm {year}",
    padded_months=(1, 2),
    title=TextStyle(16, bold=True),
    subject=_BOLD14,
    subject_rule="-----",
    rule_width_mm=20,
    rule_height_pt=4,
    title_space_before_pt=18,
    letter_subject=TextStyle(12, italic=True),
    letter_subject_prefix="V/v ",
    headings=(
        TextStyle(14, bold=True, align="justify"),
        TextStyle(14, bold=True, align="justify"),
        TextStyle(14, bold=True, italic=True, align="justify"),
    ),
    signature_authority=_BOLD14,
    signature_position=TextStyle(14),
    signature_name=_BOLD14,
    signature_gap_lines=4,
    recipients_heading=TextStyle(14, underline=True, align="left"),
    recipients_heading_text="Nơi nhận:",
    recipients=TextStyle(12, align="left"),
    recipients_left_mm=75,
    page_number=TextStyle(14),
)

STATE = Layout(
    name="state",
    national_lines=(
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextStyle(13, bold=True)),
        ("Độc lập - Tự do - Hạnh phúc", TextStyle(14, bold=True, underline=True)),
    ),
    superior_org=TextStyle(13),
    issuing_body=TextStyle(13, bold=True),
    issuing_mark="",
    header_left_mm=62,
    header_right_mm=103,
    number=TextStyle(13),
    number_format="Số: {number}/{doc_type}-{symbol}",
    number_digits=2,
    number_blank="    ",
    place_date=TextStyle(14, italic=True),
    place_date_format="{place}, ngày {day} tháng {month} năm {year}",
    padded_months=(1, 2),
    title=_BOLD14,
    subject=_BOLD14,
    subject_rule="",
    rule_width_mm=30,
    rule_height_pt=4,
    title_space_before_pt=18,
    letter_subject=TextStyle(12),
    letter_subject_prefix="V/v ",
    headings=(
        TextStyle(14, bold=True, align="justify"),
        TextStyle(14, bold=True, align="justify"),
        TextStyle(14, italic=True, align="justify"),
    ),
    signature_authority=_BOLD14,
    signature_position=_BOLD14,
    signature_name=_BOLD14,
    signature_gap_lines=4,
    recipients_heading=TextStyle(12, bold=True, italic=True, align="left"),
    recipients_heading_text="Nơi nhận:",
    recipients=TextStyle(11, align="left"),
    recipients_left_mm=75,
    page_number=TextStyle(14),
    body=Body(first_line_indent_mm=12.7),
)

LAYOUTS = MappingProxyType({layout.name: layout for layout in (PARTY, STATE)})


def get_layout(name: str) -> Layout:
    """The layout of that name ("party" or "state")."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(f"Unknown document layout {name!r}; expected one of {sorted(LAYOUTS)}.") from None
