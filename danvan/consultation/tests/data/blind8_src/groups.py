# -*- coding: utf-8 -*-
"""Blind consultation comments, set 8: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_cc import CC2, CC3, CC5, G_CC
from groups_dn import DN2, DN32, DN33, G_DN
from groups_rr import G_RR, RR4, RR7, RR10

CODES = {
    DN2: "dn2", DN32: "dn32", DN33: "dn33",
    RR4: "rr4", RR7: "rr7", RR10: "rr10",
    CC2: "cc2", CC3: "cc3", CC5: "cc5",
}

G = G_DN + G_RR + G_CC

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, other commenters).
EXTRA = {
    "dn2.0": [
        "~ok het",
    ],
    "dn2.2": [
        "Xứ mình sông nước rứa mà mới một nửa con nít biết bơi, chỉ tiêu ni thấp quá.",
    ],
    "dn2.3": [
        "~xa toi ngan sach co may dong, xay be boi roi lay chi nuoi, bo chi tieu nay di",
    ],
    "dn2.4": [
        "Tai nạn trong nhà như té cầu thang, phỏng nước sôi cũng nhiều, đưa vô mục tiêu luôn nhen.",
    ],
    "dn32.0": [
        "đồng ý nha",
    ],
    "dn32.1": [
        "Học bơi tốn tiền thì nhà mô nghèo cũng chịu, xin cho con nhà nghèo học không mất tiền.",
    ],
    "dn32.2": [
        "~be boi lap ghep dat o truong la ok nhat, do xay ton kem",
    ],
    "dn32.5": [
        "Dạy tụi nhỏ thấy bạn té sông thì la lên, quăng cây quăng phao, đừng có nhảy xuống.",
    ],
    "dn33.1": [
        "Bến sông đầu xóm tui nước xoáy mà không có cái bảng chi hết, cắm bảng gấp.",
    ],
    "dn33.2": [
        "~ho cat o bai song sau qua troi, con nit lam sao biet, bat chu khai thac lap lai",
    ],
    "dn33.3": [
        "Mấy cái lu nước sau hè phải có nắp, em bé 2 tuổi té vô là không cứu kịp.",
    ],
    "dn33.5": [
        "Con tôi mất vì đuối nước hai năm trước. Vợ chồng tôi đã đau đến giờ. Bắt phạt cha mẹ như dự thảo là quá nhẫn tâm, tôi không đồng ý.",
    ],
    "dn33.4": [
        "~hoc sinh di do qua song hong co ao phao, lo qua",
    ],
    "rr4.0": [
        "~ok nhat tri",
        "Đồng ý nhen",
    ],
    "rr4.2": [
        "Cấm đốt hết thì mần nương răng được, bà con bản tui không chịu.",
    ],
    "rr4.3": [
        "~dot thi bao truong thon, co nguoi canh, lam ranh can lua la dc",
    ],
    "rr4.4": [
        "Thanh minh đi tảo mộ đốt vàng mã trên đồi thông, mùa khô là cháy liền, cấm đi.",
    ],
    "rr7.1": [
        "Đi trực rừng cả tháng mà phụ cấp chừng nớ thì ai đi, tăng lên cho anh em.",
    ],
    "rr7.2": [
        "~xin may thoi gio, ban dap lua, do bao ho cho to chua chay",
    ],
    "rr7.4": [
        "Nhà tui toàn người già với con nít, bắt cử người đi chữa cháy răng được, không đồng ý.",
    ],
    "rr7.5": [
        "Chồng tôi đi dập lửa rừng bị cây đổ gãy chân. Nằm viện cả tháng, tự lo hết tiền. Xin quy chế có khoản hỗ trợ cho người bị nạn.",
    ],
    "rr10.1": [
        "~tien giu rung 1 nam vai tram nghin, an chua du, tang len di",
    ],
    "rr10.3": [
        "Bắt mấy thằng đầu nậu gỗ đi, chớ bắt dân chặt thuê hoài có ích chi.",
    ],
    "rr10.5": [
        "Cho trồng sa nhân, ba kích dưới tán rừng thì dân mới sống được với rừng.",
    ],
    "cc2.0": [
        "~dong y nha",
        "Nhứt trí",
    ],
    "cc2.2": [
        "~chau toi bi di tat do ong noi nhiem chat doc da cam, mong duoc ho tro",
    ],
    "cc2.3": [
        "Mạ tui đi thanh niên xung phong mà giấy tờ mất hết, chừ xin xác nhận răng?",
    ],
    "cc2.4": [
        "Gia đình liệt sĩ mà còn chia giàu nghèo thì không được, tui không đồng ý.",
    ],
    "cc3.1": [
        "~60 trieu xay nha thoi buoi nay la ko du dau",
    ],
    "cc3.2": [
        "Nhà o liệt sĩ một mình dột tứ tung, mùa mưa ướt hết, làm trước cho o đi.",
    ],
    "cc3.3": [
        "Nhà tôi là gia đình liệt sĩ, nghèo. Xã nói phải có 30 triệu đối ứng mới được làm nhà. Vậy thì không bao giờ tôi có nhà, đề nghị bỏ điều kiện này.",
    ],
    "cc3.4": [
        "Danh sách làm nhà tình nghĩa phải dán ở nhà văn hóa cho dân coi.",
    ],
    "cc5.1": [
        "~thu tuc lam che do nguoi co cong qua rac roi, don gian lai giup cac cu",
    ],
    "cc5.3": [
        "Ông cậu tui hy sinh ở Quảng Trị, mộ vô danh, mong nhà nước hỗ trợ thử ADN.",
    ],
    "cc5.5": [
        "Cụ nhà em 88 tuổi, chuyển lương qua thẻ thì cụ không tự rút được, cho nhận tiền mặt đi ạ.",
    ],
}
