# -*- coding: utf-8 -*-
"""Blind consultation comments, set 14: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_ch import CH3, CH5, CH8, G_CH
from groups_dh import DH1, DH4, DH5, G_DH
from groups_tt import G_TT, TT1, TT2, TT3

CODES = {
    DH1: "dh1", DH4: "dh4", DH5: "dh5",
    CH3: "ch3", CH5: "ch5", CH8: "ch8",
    TT1: "tt1", TT2: "tt2", TT3: "tt3",
}

G = G_DH + G_CH + G_TT

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, typos, other commenters).
EXTRA = {
    "dh1.2": [
        "Dẹp lề đường hoài mà hổng chỉ chỗ nào cho bán, mấy chị bán rau biết đi đâu.",
    ],
    "dh1.3": [
        "Hẻm nhà tui mưa chiều nào cũng thành sông, lội nước muốn chết, xin làm cống lớn lại.",
    ],
    "dh1.6": [
        "~xe hoi dau ca hai ben duong cho, xe may di khong lot, can bai do",
    ],
    "dh4.3": [
        "Cán bộ mần sai thì xử cho nghiêm, đừng xuê xoa nội bộ, dân coi hết đó.",
    ],
    "dh4.4": [
        "~sinh hoat chi bo chan lam, toan nghe doc, it ban chuyen khu pho",
    ],
    "dh5.2": [
        "Quỹ chi mà cũng thu, tháng ni thu quỹ khuyến học, tháng tới quỹ đền ơn, dân mệt lắm, không đồng ý.",
    ],
    "dh5.3": [
        "Lãnh đạo phường nên về khu phố ngồi nói chuyện với dân chớ dân lên phường hoài không gặp.",
    ],
    "ch3.2": [
        "~cam nuoi heo trong nha la tui hong chiu, nha ngheo trong vao may con heo",
    ],
    "ch3.3": [
        "Chuồng heo cách nhà tui có 3 thước, quy định ghi rõ bao xa giùm.",
    ],
    "ch3.5": [
        "Xã làm cái khu nuôi chung ngoài ruộng đi rồi biểu tụi tui dời, chớ giờ dời đi mô?",
    ],
    "ch5.3": [
        "~nuoc rua chuong heo xa thang ra rach, ca chet noi trang, phat nang dum",
    ],
    "ch5.4": [
        "Mùi heo bay qua nhà tui suốt ngày, ruồi bu mâm cơm, xin bắt họ dọn chuồng mỗi bữa.",
    ],
    "ch8.2": [
        "Cho bà con thời gian bán lứa heo này đã, bắt dẹp liền là lỗ sặc gạch.",
    ],
    "ch8.3": [
        "~dep chuong thi phai den bu, ho tro chuyen nghe cho dan",
    ],
    "ch8.4": [
        "Phạt có mấy trăm ngàn nhằm nhò chi, họ nộp xong nuôi tiếp, tăng phạt lên.",
    ],
    "tt1.4": [
        "Báo bão thì báo bằng tiếng đồng bào, người già không biết chữ, không biết tiếng Kinh đâu.",
    ],
    "tt1.5": [
        "~tap cho dan ban biet dau hieu dat nut, nuoc suoi duc la phai chay",
    ],
    "tt2.3": [
        "Dời xuống chỗ mới mà cách nương xa quá, đi mần không nổi, xin chỗ gần ruộng.",
    ],
    "tt2.4": [
        "~dan ban khong muon roi dat to tien, ep di la khong duoc dau",
    ],
    "tt3.2": [
        "Lũ về cô lập cả tuần, gạo muối thuốc men phải chuẩn bị sẵn trong bản từ trước.",
    ],
    "tt3.3": [
        "~dan quan ban can ao phao, day thung, den pin, chu di cuu nguoi tay khong sao duoc",
    ],
    "dh1.0": [
        "Nhất trí, báo cáo đầy đủ.",
    ],
    "ch5.0": [
        "Đồng ýy",
    ],
    "tt2.0": [
        "Nhát chí",
    ],
}
