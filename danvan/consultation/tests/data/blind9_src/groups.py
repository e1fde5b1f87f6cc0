# -*- coding: utf-8 -*-
"""Blind consultation comments, set 9: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_ch import CH4, CH6, CH9, G_CH
from groups_dt import DT3, DT5, DT8, G_DT
from groups_xm import G_XM, XM31, XM32, XM33

CODES = {
    XM31: "xm31", XM32: "xm32", XM33: "xm33",
    DT3: "dt3", DT5: "dt5", DT8: "dt8",
    CH4: "ch4", CH6: "ch6", CH9: "ch9",
}

G = G_XM + G_DT + G_CH

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, other commenters).
EXTRA = {
    "xm31.2": [
        "Nhà tui ở cù lao, mùa khô hổng có giọt nước ngọt, cho tiền mua cái bồn chứa là mừng lắm.",
    ],
    "xm31.3": [
        "~ong nuoc may chay ngang lo ma nha toi o trong kenh ko duoc noi, tien noi mac qua",
    ],
    "xm31.5": [
        "Cao điểm mặn mà có ghe chở nước ngọt vô tận ấp phát cho nhà nghèo thì quý biết mấy.",
    ],
    "xm32.1": [
        "~chuyen doi phai tu nguyen, ai muon nuoi tom thi nuoi, ai trong lua de ho trong",
    ],
    "xm32.3": [
        "Bà con sợ chuyển đổi xong rồi hổng ai mua, phải có công ty ký hợp đồng trước.",
    ],
    "xm32.6": [
        "Hạn mặn mất trắng, nợ ngân hàng tới hạn, xin cho dời nợ qua năm sau.",
    ],
    "xm33.2": [
        "~bao do man som qua loa ap, zalo de dan biet ma tru nuoc",
    ],
    "xm33.3": [
        "Cống ấp tui đóng mở hổng báo ai hết, bữa đó mặn vô chết nguyên đám mạ.",
    ],
    "dt3.0": [
        "đồng ý nhen",
    ],
    "dt3.2": [
        "Mần giáo viên lương ba cọc ba đồng, cấm dạy thêm học trò mình thì răng sống, tui không đồng ý.",
    ],
    "dt3.3": [
        "Tụi nhỏ tiểu học mới 7, 8 tuổi mà học thêm tối ngày, cấm luôn đi cho tụi nó chơi.",
    ],
    "dt3.5": [
        "~tang luong cho thay co di thi tu het day them",
    ],
    "dt5.1": [
        "hoc them toi khuya qá, quy đinh giờ giấc đi",
        "Học thêm tới 9 giờ rưỡi tối con mới về, mạ lo thót tim, phải quy định giờ nghỉ.",
    ],
    "dt5.3": [
        "~tien hoc them phai dan bang truoc cua, thu bao nhieu ghi ro",
    ],
    "dt5.4": [
        "Mấy cô về hưu dạy kèm vài đứa nhỏ trong xóm, bắt đăng ký kinh doanh là làm khó.",
    ],
    "dt8.1": [
        "Phụ huynh muốn báo mà sợ con bị trù, phải có chỗ báo kín tên.",
    ],
    "dt8.4": [
        "~co day tren lop thieu bai, bat di hoc them moi biet, phai xu ly",
    ],
    "ch4.2": [
        "Tui bán cá ở chợ từ hồi con gái, đấu giá thì tui lấy tiền mô mà trả, không đồng ý.",
    ],
    "ch4.5": [
        "~nguoi nha que mang mo rau, chuc trung ra ban, dung thu tien sap",
    ],
    "ch6.1": [
        "rac cho thui qua, don hang ngay dum",
        "Rác chợ ứ cả tuần mới chở, ruồi bu đầy, phải gom mỗi ngày.",
    ],
    "ch6.2": [
        "~cam lam long ga vit giua cho, bo tri lo mo rieng",
    ],
    "ch6.5": [
        "Bán mớ rau nhà trồng mà bắt có giấy chứng nhận, phạt tiền thì bà con bỏ chợ luôn, tui không tán thành.",
    ],
    "ch9.1": [
        "Chợ cóc ngay ngã ba, xe tải quẹo vô suýt tông người mua, dẹp liền đi.",
    ],
    "ch9.3": [
        "Cân điêu quá chời, đặt cân đối chứng ik",
        "~mua ky thit ve can lai thieu 1 lang, de nghi kiem tra can",
    ],
    "xm31.0": [
        "Nhát chí",
    ],
    "xm32.2": [
        "Xin giốn lúa chiệu mặn cho vụ tới.",
    ],
    "dt8.0": [
        "Đồng ýy",
    ],
}
