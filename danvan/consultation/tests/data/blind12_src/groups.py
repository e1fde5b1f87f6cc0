# -*- coding: utf-8 -*-
"""Blind consultation comments, set 12: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_at import AT5, AT7, AT9, G_AT
from groups_hx import G_HX, HX1, HX2, HX3
from groups_vh import G_VH, VH4, VH6, VH8

CODES = {
    AT5: "at5", AT7: "at7", AT9: "at9",
    VH4: "vh4", VH6: "vh6", VH8: "vh8",
    HX1: "hx1", HX2: "hx2", HX3: "hx3",
}

G = G_AT + G_VH + G_HX

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, typos, other commenters).
EXTRA = {
    "at5.2": [
        "Thực phẩm cho bếp ăn phải có nguồn gốc xuất sứ rõ ràng, hóa đơn chứng từ đầy đủ ạ.",
    ],
    "at5.3": [
        "Bọn trẻ ăn gì bố mẹ phải được biết, đề nghị cho phụ huynh xuống bếp kiểm tra bất cứ lúc nào nhé.",
    ],
    "at5.5": [
        "Cháu nhà em ăn chay theo gia đình, bắt ăn bán trú là không ổn, em không đồng ý ạ.",
    ],
    "at7.2": [
        "~hs bi bat nat ko dam ke voi ai, lm 1 cai hom thu an danh di a",
    ],
    "at7.3": [
        "Trường mô cũng cần một người tư vấn tâm lý cho tụi nhỏ, chớ giáo viên chủ nhiệm lo răng xuể.",
    ],
    "at7.5": [
        "Đuổi học thì dễ, dạy được mới khó; tôi không tán thành kỷ luật buộc thôi học với trẻ vị thành niên.",
    ],
    "at9.2": [
        "Phụ huynh dừng đỗ lộn xộn tràn cả ra đường, nên có chỗ đỗ riêng để đón con, đỡ ùn tắc ạ.",
    ],
    "at9.6": [
        "~lam go giam toc voi bien bao khu vuc truong hoc giup, xe tai chay nhanh lam",
    ],
    "vh4.2": [
        "Vỉa hè thì để người ta đi bộ chứ, giờ toàn bàn ghế với xe máy, chả còn lối nào mà đi.",
    ],
    "vh4.3": [
        "Nhà em bán hàng nước trước cửa nuôi hai đứa con đi học, cấm hẳn thì em không đồng ý ạ.",
    ],
    "vh6.2": [
        "Phường cho mấy người bán dạo một khu riêng, có giờ có chỗ đàng hoàng, khỏi chạy lòng vòng.",
    ],
    "vh6.3": [
        "~nguoi ta ban hang rong kiem song qua ngay, cam tuyet doi la ko nen, toi ko dong y",
    ],
    "vh8.2": [
        "Bán mấy bó rau mà bị thu cả gánh thì chết đói à, nhắc trước đã chứ, tôi không đồng ý tịch thu.",
    ],
    "vh8.4": [
        "Ra quân được vài hôm rồi đâu lại hoàn đấy, phải làm liên tục chứ không phải làm theo đợt.",
    ],
    "hx1.3": [
        "Lập HTX chạy chỉ tiêu như phong trào thì lại chết yểu thôi, tôi không tán thành giao chỉ tiêu.",
    ],
    "hx1.6": [
        "~ba con muon biet htx lai lo bao nhieu, chia cho thanh vien ra sao, phai cong khai",
    ],
    "hx2.2": [
        "Mở lớp dạy live stream bán hàng cho nông dân đi, bà con muốn học lắm mà chả ai dạy.",
    ],
    "hx2.4": [
        "Chi fi vận chuyển cao quá, hàng về tới khách thì lời không còn, đề nghị có điểm gom hàng ở xã.",
    ],
    "hx3.2": [
        "Vay vốn thì cứ đòi thế chấp sổ đỏ, HTX nhỏ làm gì có, xin cho vay tín chấp.",
    ],
    "hx3.4": [
        "~vao mua thanh long ro ma ko co kho lanh, ban re nhu cho, ho tro lam kho di",
    ],
    "at9.0": [
        "Nhất chí với điều 9",
    ],
    "hx2.0": [
        "Đồng ý ạ",
    ],
}
