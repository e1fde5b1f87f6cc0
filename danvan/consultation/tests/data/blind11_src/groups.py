# -*- coding: utf-8 -*-
"""Blind consultation comments, set 11: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_dl import DL4, DL7, DL10, G_DL
from groups_mt import G_MT, MT21, MT22, MT23
from groups_nc import G_NC, NC2, NC3, NC5

CODES = {
    MT21: "mt21", MT22: "mt22", MT23: "mt23",
    DL4: "dl4", DL7: "dl7", DL10: "dl10",
    NC2: "nc2", NC3: "nc3", NC5: "nc5",
}

G = G_MT + G_DL + G_NC

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, typos, other commenters).
EXTRA = {
    "mt21.2": [
        "~tui nho hoc cap 2 bi du hut thuoc la dien tu co pha chat, nha truong phai noi ro cho tui no",
    ],
    "mt21.3": [
        "Ba má lo làm ăn, tối về con đi đâu hổng biết, phải có buổi chỉ cho phụ huynh nhận biết.",
    ],
    "mt21.5": [
        "Đọc tên con người ta trên loa thôn thì cả họ mất mặt, tui phản đối chuyện công khai.",
    ],
    "mt21.6": [
        "Tụi nhỏ rảnh quá mới đi tụ tập, xin xã làm cái sân banh, mở lớp võ cho tụi nó.",
    ],
    "mt22.2": [
        "~nguoi to giac phai duoc giu kin ten, khong thi ai dam bao",
    ],
    "mt22.3": [
        "Mấy phòng trọ cho thuê theo giờ ở đầu hẻm tụ tập hút chích, công an phường kiểm tra giùm.",
    ],
    "mt22.4": [
        "Test ma túy cả xóm như coi dân là tội phạm, tôi không đồng ý.",
    ],
    "mt22.6": [
        "~goi bao nguoi ngao da ma cho ca tieng moi co nguoi toi, phai co doi xu ly nhanh",
    ],
    "mt23.2": [
        "Cai về mà không có nghề, không có vốn thì chắc chắn quay lại, xin cho vay vốn, học nghề.",
    ],
    "mt23.3": [
        "~cai nghien o nha la khong an thua, dua vo trung tam het di",
    ],
    "mt23.4": [
        "Uống methadone phải lên tận huyện, mỗi ngày mất nửa buổi làm, đề nghị mở điểm ở xã.",
    ],
    "mt23.5": [
        "~dung xa lanh nguoi da cai, ho can duoc nhan lai",
    ],
    "dl4.2": [
        "~thu tuc homestay nhieu giay to qua, lam 1 cua o xa cho nhanh",
    ],
    "dl4.3": [
        "Nhà sàn gỗ cháy cái là rụi liền, homestay nào cũng phải có bình chữa cháy.",
    ],
    "dl4.4": [
        "~bat moi phong co nha ve sinh rieng thi nha ngheo bo nghe luon, toi khong dong y",
    ],
    "dl4.5": [
        "Khai báo tạm trú cho khách qua điện thoại cho lẹ, đừng bắt lên xã.",
    ],
    "dl7.2": [
        "~khach vut rac ra suoi ra ruong nhieu lam, dat them thung rac",
    ],
    "dl7.3": [
        "Khách hát karaoke tới khuya, bà con không ngủ được, xin cấm sau 10 giờ đêm.",
    ],
    "dl7.4": [
        "~dung cho xay nha be tong cao tang trong ban, giu nha san",
    ],
    "dl7.5": [
        "Mặc đồ dân tộc là chuyện của mình, ép mặc hằng ngày cho khách coi là không được.",
    ],
    "dl10.3": [
        "~trich 10% doanh thu la qua nang, nha lam it khach lo von",
    ],
    "dl10.4": [
        "Người ngoài vô mua đất làm homestay hết rồi, dân bản thành làm thuê, phải hạn chế.",
    ],
    "dl10.5": [
        "~niem yet gia phong, gia an cong khai, cam chat chem",
    ],
    "nc2.2": [
        "~ngu dan can vay von dong tau lai thap, thu tuc don gian",
    ],
    "nc2.3": [
        "Giá dầu lên xuống thất thường, xin tỉnh bù một phần tiền dầu mỗi chuyến ra khơi.",
    ],
    "nc2.4": [
        "~ghe nho cung la ngu dan, sao khong duoc ho tro, khong dong y nguong 15m",
    ],
    "nc2.5": [
        "Cửa lạch cạn, ghe về phải chờ con nước, xin nạo vét giùm bà con.",
    ],
    "nc3.2": [
        "~nha nuoc dong bao hiem cho ban thuyen di, ho ngheo lam",
    ],
    "nc3.3": [
        "Bồi thường bảo hiểm chậm quá, giấy tờ nhiêu khê, làm sao cho nhanh giùm.",
    ],
    "nc3.5": [
        "~bao hiem than tau nen tu nguyen, bat buoc moi cho ra khoi la khong dong y",
    ],
    "nc5.2": [
        "~thiet bi giam sat hanh trinh nha nuoc cap mien phi di",
    ],
    "nc5.3": [
        "Mất sóng định vị đâu phải tại ngư dân, phạt vậy là oan, tui không đồng ý.",
    ],
    "nc5.4": [
        "~tau nao qua vung bien nuoc ngoai thi xu that nang, ca chu tau",
    ],
    "mt21.0": [
        "Nhát chí",
    ],
    "dl7.0": [
        "Đồng ýy",
    ],
    "nc2.0": [
        "Nhất chí, đồng ý",
    ],
}
