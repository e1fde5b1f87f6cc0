# -*- coding: utf-8 -*-
"""Blind consultation comments, set 7: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_cb import CB3, CB5, CB8, G_CB
from groups_ns import G_NS, NS21, NS32, NS34
from groups_vm import G_VM, VM5, VM8, VM12

CODES = {
    NS21: "ns21", NS32: "ns32", NS34: "ns34",
    VM5: "vm5", VM8: "vm8", VM12: "vm12",
    CB3: "cb3", CB5: "cb5", CB8: "cb8",
}

G = G_NS + G_VM + G_CB

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, other commenters).
EXTRA = {
    "ns21.0": [
        "~ok het a",
    ],
    "ns21.2": [
        "Nước giếng nhà tui lọc qua cát sỏi mà cán bộ ghi là nước sạch, răng gọi là sạch được?",
    ],
    "ns21.3": [
        "~ban o ran rac tren nui, 100% nuoc may la noi cho vui thoi",
    ],
    "ns21.5": [
        "Thầy trò điểm trường bản Pác ko có nước rửa tay, mong đưa trường học vô chỉ tiêu.",
    ],
    "ns32.0": [
        "nhất trí nha",
        "Hợp tác xã dịch vụ nông nghiệp xã tán thành.",
    ],
    "ns32.1": [
        "Ống nước tới đầu xóm rồi dừng luôn, mấy chục nhà phía trong hổng có, mong kéo tiếp vô.",
    ],
    "ns32.2": [
        "~nuoc may moi khoi 11-12 nghin, dan ruong tui tra ko noi",
    ],
    "ns32.3": [
        "Lắp đồng hồ nước mà đòi 2,5 triệu, nhà em ko có, cho trả góp dc ko ạ",
    ],
    "ns32.4": [
        "Nước máy ri mà chảy nhỏ giọt, bựa ni mất nước cả ngày, ai chịu trách nhiệm?",
    ],
    "ns32.5": [
        "Tôi làm doanh nghiệp nhưng vẫn nghĩ nước sinh hoạt không nên giao hẳn cho tư nhân, giá sẽ bị đẩy lên.",
    ],
    "ns34.0": [
        "~dong y voi muc III.4",
        "Nhất trí, cảm ơn tỉnh quan tâm.",
    ],
    "ns34.1": [
        "Tôi là trưởng xóm, còn 12 hộ chưa có nhà vệ sinh tự hoại, toàn hộ nghèo, xin hỗ trợ vật liệu.",
    ],
    "ns34.2": [
        "Chuồng heo sát vách nhà tui, mùi hôi quá trời, xã phải bắt dời ra xa.",
    ],
    "ns34.3": [
        "~cong ranh xom toi tac het, nuoc thai tran ra ngo, muoi vo ke",
    ],
    "ns34.5": [
        "heo chết vứt xuống sông trôi lềnh bềnh, phạt nặng vào",
    ],
    "vm5.0": [
        "Đồng ý nhen",
        "~ok dong y",
    ],
    "vm5.2": [
        "Đám cưới ở quê ta cứ ăn ba bữa ba ngày, mệt người tốn của, mần một bữa thôi.",
    ],
    "vm5.3": [
        "~loa dam cuoi mo to tu sang toi khuya, dang nghi trua cung ko yen",
    ],
    "vm5.5": [
        "Con gái bản tôi thách cưới 2 con trâu, 50 triệu, trai nghèo hắn lấy vợ răng được?",
    ],
    "vm5.7": [
        "Là chức sắc Tin lành, tôi đề nghị đám cưới không mời rượu, không ép uống.",
    ],
    "vm8.0": [
        "Hội Người cao tuổi xã nhất trí.",
        "~nhat tri nhe",
    ],
    "vm8.1": [
        "Đám ma đi tới đâu giấy tiền vãi tới đó, đường trơn, xe trượt, cấm đi cho rồi.",
    ],
    "vm8.2": [
        "~ken tron dam ma thoi toi 1-2h sang, tre con gio giac ko ngu dc",
    ],
    "vm8.3": [
        "Đại đức trụ trì chùa xã đề nghị vận động hỏa táng, nhà chùa sẵn sàng gửi tro cốt.",
    ],
    "vm8.4": [
        "Người Mường chúng tôi làm ma theo lễ của bản, không thể chôn trong 1 ngày rưỡi được.",
    ],
    "vm8.5": [
        "~mo chon giua ruong lung tung, can dua ve nghia trang chung",
    ],
    "vm12.0": [
        "Tán thành ạ 👍",
        "~thong nhat",
    ],
    "vm12.1": [
        "Đậu đại học thì mừng trong nhà, đừng bày cỗ mời cả xã thu phong bì nữa.",
    ],
    "vm12.3": [
        "Hội làng năm mô cũng có sới bạc, đề nghị công an vô dẹp.",
    ],
    "vm12.4": [
        "~tien cong duc chua ai biet chi vao dau, de nghi cong khai",
    ],
    "vm12.5": [
        "Đám cưới, đám giỗ, tân gia liên tục, tiền mừng như trả nợ, mong thôn quy định mức mừng.",
    ],
    "cb3.0": [
        "nhat tri ca",
        "Đồng ý nhen",
        "Tán thành, chi bộ chúng tôi sẵn sàng.",
        "Rất đúng, đồng tình",
    ],
    "cb3.2": [
        "Mấy cụ đảng viên già trong chi bộ tui cầm điện thoại còn không được, đừng bắt 100%.",
    ],
    "cb3.3": [
        "~lam diem vai chi bo truoc, thay on roi moi lam dai tra",
    ],
    "cb3.4": [
        "cài app cho đủ số rồi để đó, báo cáo 100% nhưng ko ai mở",
    ],
    "cb3.5": [
        "Số hóa hồ sơ đảng viên cho dễ tra cứu, đề nghị đưa vào mục tiêu của nghị quyết.",
    ],
    "cb5.0": [
        "~dong y nha",
        "Chi bộ khu phố 2 nhất trí.",
    ],
    "cb5.1": [
        "Họp chi bộ mà ngồi nhìn màn hình thì ai phê bình ai? Tui không tán thành họp trực tuyến.",
    ],
    "cb5.2": [
        "~dang vien di lao dong Nhat Ban nen cho hop chi bo qua mang",
    ],
    "cb5.3": [
        "Tài liệu nên gửi trên app trước vài bữa để anh em coi trước, vô họp đỡ mất thời gian.",
    ],
    "cb5.4": [
        "~nop dang phi qua chuyen khoan cho tien",
    ],
    "cb5.5": [
        "Đừng đưa nghị quyết chi bộ lên nhóm zalo, lộ ra ngoài thì khổ.",
    ],
    "cb8.0": [
        "Nhất trí với Điều 8.",
        "~dong y a",
    ],
    "cb8.1": [
        "Nhà văn hóa khu phố chưa có wifi, xin tỉnh lắp mạng và cấp cái tivi to cho chi bộ họp.",
    ],
    "cb8.2": [
        "~ho tro tien 4G cho dang vien ngheo",
    ],
    "cb8.3": [
        "Tập huấn cầm tay chỉ việc cho bí thư chi bộ, phát tài liệu thì bọn mình đọc không hiểu đâu.",
    ],
    "cb8.5": [
        "Lại bắt đảng viên góp tiền mua máy tính à? Dân cày lấy đâu ra, không đồng ý.",
    ],
    "cb8.6": [
        "~thon tui song dien thoai luc co luc ko, hop online sao noi",
    ],
}
