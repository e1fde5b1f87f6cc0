# -*- coding: utf-8 -*-
"""Blind consultation comments, set 5: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_dt import DT3, DT5, DT9, G_DT
from groups_vs import G_VS, VS5, VS8, VS12
from groups_yt import G_YT, YT21, YT32, YT33

CODES = {
    YT21: "yt21", YT32: "yt32", YT33: "yt33",
    VS5: "vs5", VS8: "vs8", VS12: "vs12",
    DT3: "dt3", DT5: "dt5", DT9: "dt9",
}

G = G_YT + G_VS + G_DT

# Second pass: more voices for some groups (same opinion, new words).
EXTRA = {
    "yt21.2": [
        "Giấy thì ghi trạm nào cũng có bác sĩ, thực tế bác sĩ huyện ký tên cho có.",
    ],
    "yt21.3": [
        "~Dung xoa tram y te xa cu, ba con vung xa can",
    ],
    "yt21.4": [
        "Lương hưu không có, con cái làm ăn xa, hai ông bà già mua bảo hiểm y tế cũng khó.",
    ],
    "yt32.1": [
        "~y te thon ban phu cap it qua, de nghi tang",
    ],
    "yt32.4": [
        "Sáp nhập xã mà cắt người ở trạm y tế là sai, người bệnh đâu có giảm.",
    ],
    "yt32.5": [
        "~cho bac si tre ve xa luan phien 6 thang, vua hoc viec vua giup dan",
    ],
    "yt33.0": [
        "Đồng tình với mục này.",
    ],
    "yt33.1": [
        "Khám ở trạm xong lại phải đi mua thuốc ngoài, bảo hiểm chẳng để làm gì.",
        "ko có thuốc thì dân ra trạm làm gì, nói vs xã mãi rồi",
    ],
    "yt33.4": [
        "~dem hom ay goi tram khong ai nghe may, phai truc dem chu",
    ],
    "yt33.6": [
        "Dịch vụ theo yêu cầu ở trạm xã thì người giàu mới dùng được, phản đối.",
    ],
    "vs5.0": [
        "Em thấy hợp lý ạ",
    ],
    "vs5.3": [
        "Công ty môi trường gom chung một xe, dân tách ra cũng bằng thừa, chưa đồng tình.",
    ],
    "vs5.4": [
        "~vo rau, com thua thi cho lon an, u phan, xa dung bat mang di",
    ],
    "vs8.1": [
        "Tính theo khẩu thì nhà tôi 2 vợ chồng già trả ít, nhà con trai 6 người trả gấp ba mà rác cũng chừng ấy. Nên tính theo hộ.",
    ],
    "vs8.3": [
        "~rac cu de day o diem tap ket, hoi thoi ca xom, xe khong den deu",
        "~xe rac den ko deu, bao vs to truong may lan roi",
    ],
    "vs8.4": [
        "Xóm Đồi chưa có điểm tập kết, mong xe rác vào tận xóm.",
    ],
    "vs12.2": [
        "Đêm nào cũng có người chở rác ra bờ sông đổ, chỉ có camera mới bắt tận tay được.",
    ],
    "vs12.3": [
        "~trai ga canh truong mau giao hoi qua, tre bi benh, de nghi xu ly",
    ],
    "vs12.4": [
        "Phạt nặng thế thì ai chịu nổi, không đồng ý, cần tuyên truyền trước.",
    ],
    "vs12.6": [
        "~dot rac nhua khoi den ca xom, phai cam",
    ],
    "dt3.0": [
        "Đồng ý với dự thảo ạ",
    ],
    "dt3.1": [
        "~thon dac biet kho khan giu nguyen che do, khong tinh theo xa moi",
    ],
    "dt3.3": [
        "Hỗ trợ mà không đòi hỏi gì thì năm nào cũng xin, chẳng ai lo làm ăn. Tôi không đồng tình.",
    ],
    "dt5.2": [
        "Đừng cấp con giống nữa, mấy lần rồi dê chết, lợn còi. Đưa tiền cho dân tự mua.",
    ],
    "dt5.3": [
        "~tang tien khoan bao ve rung cho ba con",
    ],
    "dt5.4": [
        "~vay uu dai nen cho 5 nam, 3 nam ngan qua",
    ],
    "dt5.5": [
        "Cho tn bản e đi làm cty, lúc đầu có người đi cùng vs các bạn thì mới dc",
    ],
    "dt5.6": [
        "Tiêu thụ sản phẩm cho bà con vùng cao là việc cần làm trước tiên.",
    ],
    "dt9.1": [
        "Bản tôi còn một ông biết đánh cồng chiêng bài cổ, xin hỗ trợ để ông dạy thanh niên.",
    ],
    "dt9.3": [
        "~tieng me de cua con chau dang mat dan, can co lop day",
    ],
    "dt9.4": [
        "Lễ hội của làng thì để làng làm, nhà nước chỉ nên hỗ trợ thôi.",
    ],
}

# Second pass: one more small group (decided first, then written).
G = G + [
    (DT5, 7, "other", "reclaim or allocate farmland to households without land to farm", [
        "Đề nghị rà soát đất nông, lâm trường giao lại cho hộ đồng bào không có đất sản xuất.",
        "~Nha em khong co dat lam nuong, cho bo giong ve cung khong co cho chan",
        "Đất rừng công ty giữ hết, bà con quanh đó không có đất canh tác, cần chia lại.",
    ]),
]
