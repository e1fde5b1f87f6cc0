# -*- coding: utf-8 -*-
"""Blind consultation comments, set 4: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_mt import G_MT, MT4, MT25, MT32
from groups_nt import G_NT, NT22, NT31, NT34
from groups_td import G_TD, TD6, TD10, TD14

CODES = {
    MT4: "mt4", MT25: "mt25", MT32: "mt32",
    NT22: "nt22", NT31: "nt31", NT34: "nt34",
    TD6: "td6", TD10: "td10", TD14: "td14",
}

G = G_MT + G_NT + G_TD

# Second pass: more voices for some groups (same opinion, new words).
EXTRA = {
    "mt4.0": [
        "Em đồng ý ạ",
        "Công đoàn công ty may Hòa Bình nhất trí.",
        "~tan thanh du thao",
    ],
    "mt4.3": [
        "~Hoi ve chung mot nha thi xa roi hoi vien, phong trao chi con tren giay",
        "E rằng thêm tầng nấc, thêm thủ tục, hội viên ở thôn chẳng ai đoái hoài.",
    ],
    "mt4.5": [
        "Nguồn vốn ủy thác qua đoàn thể đừng để đứt quãng khi sắp xếp.",
    ],
    "mt25.0": [
        "Nhất trí với điều 25",
        "~oke",
    ],
    "mt25.1": [
        "Kiến nghị xong thì ai theo dõi xem chính quyền có sửa không?",
    ],
    "mt25.3": [
        "~De nghi gui du thao cho mat tran som de con lay y kien dan",
        "Lấy ý kiến phản biện khi nghị quyết đã in sẵn thì còn ý nghĩa gì.",
    ],
    "mt25.5": [
        "Thôn tôi có ông phản ánh chuyện đổ đất trái phép, hôm sau bị đập vỡ kính nhà. Phải bảo vệ người như ông ấy.",
    ],
    "mt32.0": [
        "~Thong nhat",
        "Được, làm vậy là đúng.",
    ],
    "mt32.1": [
        "Trưởng ban Mặt trận làm việc nhiều mà thù lao chẳng đáng bao nhiêu.",
    ],
    "mt32.3": [
        "Ba chức một người thì tiện cho cấp trên chứ dân thiệt, tôi phản đối.",
    ],
    "mt32.4": [
        "Trưởng ban ở bản nên là người trong bản, hiểu phong tục và nói được tiếng của bà con.",
    ],
    "nt22.0": [
        "Đồng ý với kế hoạch",
        "~Tan thanh muc tieu nay",
        "Em thấy ổn ạ",
        "Đoàn thanh niên xã nhất trí cao.",
    ],
    "nt22.1": [
        "~Muc tieu khong sat thuc te",
        "Miền núi mình đạt nổi không? Tôi e là không, đề nghị xem lại con số.",
    ],
    "nt22.2": [
        "Làm đường bê tông xong còn nợ nhà thầu, dân lại bị thu tiền trả nợ. Đừng lặp lại.",
    ],
    "nt22.3": [
        "~Cong nhan dat chuan ma dan khong vui thi dat cho ai?",
    ],
    "nt22.4": [
        "Bờ kênh đầy vỏ chai thuốc sâu, phải có chỗ tập kết và người thu gom.",
    ],
    "nt31.0": [
        "~ok",
        "Đồng ý, mong sớm triển khai.",
    ],
    "nt31.2": [
        "~Ban dc hang thi ba con moi theo, ho tro ket noi tieu thu",
    ],
    "nt31.4": [
        "~OCOP dang thanh phong trao lay sao, khong dong y",
        "Đừng giao chỉ tiêu sao, hàng tốt tự khắc bán được.",
    ],
    "nt31.6": [
        "Bà con người Thái muốn giữ cách ủ men truyền thống, đừng bắt thay đổi cho giống hàng công nghiệp.",
    ],
    "nt34.0": [
        "Tán thành chủ trương cùng làm",
        "~ung ho",
    ],
    "nt34.2": [
        "Đường là của chung, sao lại tính tiền theo đầu người? Không nhất trí.",
        "~Nha ngheo cung phai dong nhu nha giau, khong on",
    ],
    "nt34.4": [
        "Tiền dân góp phải được dân kiểm tra.",
    ],
    "nt34.5": [
        "Tôi hiến 30 m2 đất làm đường, mong được tính là phần đóng góp của gia đình.",
    ],
    "td6.0": [
        "Thống nhất với lịch tiếp dân",
        "~oki",
    ],
    "td6.1": [
        "~Chu tich phai ngoi tiep dan truc tiep",
    ],
    "td6.2": [
        "Nên có buổi tiếp dân chiều tối cho người đi làm.",
    ],
    "td6.3": [
        "Lãnh đạo xã về thôn tiếp dân mỗi quý một lần thì bà con đỡ đi xa.",
    ],
    "td6.5": [
        "Có người dịch tiếng Ê Đê thì bà con mới nói hết được ý.",
    ],
    "td10.0": [
        "~Dong y voi du thao",
    ],
    "td10.2": [
        "Đơn không tên mà nêu rõ ai, làm gì, ở đâu thì phải xác minh chứ.",
    ],
    "td10.3": [
        "~Giu bi mat ten nguoi to cao, dung de lo ra ngoai",
    ],
    "td10.5": [
        "Gửi huyện thì huyện trả về xã, xã lại bảo chờ huyện. Mệt.",
    ],
    "td14.0": [
        "~Nhat tri voi thoi han",
        "Đồng ý với điều này.",
    ],
    "td14.2": [
        "~Rut ngan thoi han giai quyet don xuong",
    ],
    "td14.3": [
        "Đơn gửi đi như ném đá xuống ao, chẳng thấy hồi âm.",
    ],
    "td14.5": [
        "Cho tra cứu mã đơn trên cổng dịch vụ công tỉnh.",
    ],
}

# Second pass: three small groups (decided first, then written).
G = G + [
    (MT25, 6, "other", "supervise the conduct and lifestyle of party members where they live", [
        "Đề nghị bổ sung nội dung giám sát đạo đức, lối sống của cán bộ, đảng viên tại nơi cư trú.",
        "~Can bo ve nha an nhau, danh bac thi khu dan cu phai duoc phan anh",
        "Ông cán bộ xây nhà lấn ngõ, hàng xóm biết cả mà không ai có quyền nói. Mặt trận khu dân cư nên được giám sát việc này.",
    ]),
    (NT31, 7, "other", "tie OCOP products to community tourism", [
        "Đề nghị gắn phát triển sản phẩm OCOP với du lịch cộng đồng, homestay.",
        "~Khach du lich len ban mua dac san mang ve, nen lam diem ban hang o cac diem du lich cong dong",
    ]),
    (TD10, 6, "other", "accept petitions sent online or by email like paper ones", [
        "Đề nghị tiếp nhận đơn gửi qua thư điện tử, cổng dịch vụ công như đơn giấy.",
        "~Gui don qua mang co duoc tinh khong? Du thao chua noi",
        "Chụp ảnh đơn gửi qua Zalo xã có được thụ lý không, cần quy định rõ.",
    ]),
]
