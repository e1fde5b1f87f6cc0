# -*- coding: utf-8 -*-
"""Blind consultation comments, set 6: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_gt import G_GT, GT4, GT6, GT10
from groups_nc import G_NC, NC3, NC5, NC7
from groups_ng import G_NG, NG22, NG31, NG33

CODES = {
    NG22: "ng22", NG31: "ng31", NG33: "ng33",
    GT4: "gt4", GT6: "gt6", GT10: "gt10",
    NC3: "nc3", NC5: "nc5", NC7: "nc7",
}

G = G_NG + G_GT + G_NC

# Second pass: more voices for some groups (same opinion, new words).
EXTRA = {
    "ng22.2": [
        "Học xong mà ko có việc thì cũng như ko học, chỉ tiêu phải tính người có việc ạ.",
    ],
    "ng22.3": [
        "~thon em thanh nien con dc may dua, chi tieu vay la ko dat dc dau",
    ],
    "ng31.1": [
        "hoc nghề j thì cũng phải hỏi cty cần j đã, chứ học xong ko ai tuyển",
    ],
    "ng31.2": [
        "Nhà e nghèo, đi học ko có tiền ăn thì chịu, mong hỗ trợ thêm.",
    ],
    "ng33.1": [
        "~cac ban tre can than voi co di Nhat, phi cao ma den noi ko co viec",
    ],
    "ng33.3": [
        "Có nhà máy gần nhà thì ai đi xa làm gì, mong tỉnh kêu gọi đầu tư về huyện mình.",
    ],
    "gt4.1": [
        "Cấm phơi thóc thì phải làm sân phơi trước đã, chưa có mà cấm thì tôi chưa nhất trí.",
    ],
    "gt4.3": [
        "~bo tha rong dam vao xe may cua toi, chu bo khong chiu den",
    ],
    "gt6.1": [
        "hs cấp 2 đi xe máy ầm ầm, phụ huynh phải bị nhắc nhở",
    ],
    "gt6.3": [
        "Rượu vào là lái xe, ở quê thành thói quen rồi, phải kiễm tra thường xuyên.",
    ],
    "gt10.1": [
        "~duong ra dong toi thui, xin lap den",
    ],
    "gt10.3": [
        "Góp tiền làm đường thì dân tự nguyện, bắt buộc đóng hàng năm là ko được.",
    ],
    "nc3.1": [
        "~bo toi 72 tuoi chua dc huong tro cap, de nghi ha xuong 70",
    ],
    "nc3.2": [
        "Trợ cấp tăng lên tí nữa cho các cụ đủ tiền thuốc thang.",
    ],
    "nc5.1": [
        "Bà nội e nằm 1 chỗ, mong y tế xã đến khám tại nhà ạ.",
    ],
    "nc5.5": [
        "Người già ở 1 mình ốm đau không ai biết, thôn cần có người thăm nom hàng tuần.",
    ],
    "nc7.1": [
        "~clb lien the he thon toi can them kinh phi de duy tri",
    ],
    "nc7.6": [
        "Dạy các cụ dùng đt thông minh đi, nhiều cụ muốn học lắm.",
    ],
}
