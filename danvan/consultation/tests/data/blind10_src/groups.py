# -*- coding: utf-8 -*-
"""Blind consultation comments, set 10: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_cn import CN4, CN6, CN9, G_CN
from groups_ka import G_KA, KA3, KA5, KA7
from groups_nt import G_NT, NT21, NT22, NT23

CODES = {
    NT21: "nt21", NT22: "nt22", NT23: "nt23",
    CN4: "cn4", CN6: "cn6", CN9: "cn9",
    KA3: "ka3", KA5: "ka5", KA7: "ka7",
}

G = G_NT + G_CN + G_KA

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, typos, other commenters).
EXTRA = {
    "nt21.2": [
        "Nghĩa trang quy hoạch tận bên kia sông, đưa ông bà qua đò cực lắm, xin để trong xã.",
    ],
    "nt21.3": [
        "~mo cua cu toi nam trong vuon 50 nam nay, xa biu doi la toi khong chiu",
    ],
    "nt21.4": [
        "Mần đường qua đất mộ thì nhà nước phải đền tiền bốc mộ cho dân chớ.",
    ],
    "nt21.5": [
        "Nghĩa địa sát giếng làng, mưa xuống nước đục ngầu, đề nghị chọn chỗ xa khu ở.",
    ],
    "nt22.2": [
        "~ho tro chi fi hoa tang cho nha ngheo di, thieu ton tien hon chon",
        "Thiêu thì tui chịu, mà tiền thiêu với tiền xe lên tỉnh nhà tui lo hổng nổi.",
    ],
    "nt22.3": [
        "Để con cháu tự quyết chôn hay thiêu, nhà nước đừng ép, tui hổng đồng ý ép.",
    ],
    "nt22.4": [
        "Lò thiêu mà đặt gần xóm thì khói bay vô nhà, bà con lo lắm, dời ra xa giùm.",
    ],
    "nt22.5": [
        "~can bo xa thieu truoc di roi dan theo",
    ],
    "nt23.2": [
        "Mộ xây lấn ra lối đi, to như cái miếu, phải quy định kích thướt.",
    ],
    "nt23.3": [
        "~dat nghia trang tu nhan gia tren troi, nha nuoc quan ly gia dum",
    ],
    "nt23.4": [
        "Năm nào cũng đóng tiền giữ mộ thì nhà nghèo chịu răng thấu, bỏ đi.",
    ],
    "cn4.2": [
        "Tiêm chó mà thu tiền thì nhà nào nghèo bỏ qua luôn, xin cấp thuốc không lấy tiền.",
    ],
    "cn4.3": [
        "~cho o que ai dang ky, chuyen nay ruom ra qua, toi khong dong y",
    ],
    "cn4.4": [
        "Thú y về thôn tiêm thì báo trước mấy bữa, bà con đi rẫy về mới kịp.",
    ],
    "cn4.6": [
        "~bi cho can ma tram y te xa ko co thuoc tiem, phai chay len tinh",
    ],
    "cn6.2": [
        "Chó to như con bê dắt ra chợ không có rọ mõm, đề nghị bắt buộc rọ mõm chó lớn.",
    ],
    "cn6.3": [
        "~cho con co tao thi ro mom lam gi, khong dong y ap dung het",
    ],
    "cn6.4": [
        "Chó ị đầy lề đường, chủ đứng coi rồi dắt đi, phạt mấy người đó giùm.",
    ],
    "cn6.5": [
        "Tối chạy xe về chó nhào ra rượt, té trầy hết, phải cấm thả chó ra lộ.",
    ],
    "cn9.2": [
        "~bon cau cho chay xe may ban dem, bat dc thi phai xu that nang",
    ],
    "cn9.3": [
        "Chó hoang ở bãi rác kéo cả bầy vô xóm, xã cho đội tới bắt đi.",
    ],
    "cn9.4": [
        "Bắt chó rồi đem đi giết thì ác quá, nên để người thương chó nhận về nuôi, tôi phản đối tiêu hủy.",
    ],
    "cn9.5": [
        "Chó nhà ai cắn thì nhà đó trả hết tiền chích ngừa, phạt thêm cho nhớ.",
    ],
    "ka3.2": [
        "~10h dem roi ma van hat, quy dinh ro sau 10h la cam tuyet doi",
        "Khuya lơ khuya lắc còn hát, đề nghị cấm sau mười giờ tối.",
    ],
    "ka3.3": [
        "Trưa hè nắng gắt mà nhà bên hát inh ỏi, xin cấm hát giờ nghỉ trưa.",
    ],
    "ka3.4": [
        "~cuoi tuan ma cung ko cho hat o nha thi buon lam, khong dong y cam",
    ],
    "ka5.2": [
        "Đám ma trong xóm kèn trống suốt đêm, người già ốm không chợp mắt được, xin giới hạn giờ.",
    ],
    "ka5.4": [
        "~loa thon phat som qua, 5h chua sang da reo",
    ],
    "ka5.5": [
        "Đám tang cử nhạc là lệ làng, quy định cấm kèn trống ban đêm thì tui không chịu.",
    ],
    "ka7.2": [
        "Gọi cho ai để báo hát khuya? Xin cái số đường dây nóng, tới lẹ giùm.",
    ],
    "ka7.3": [
        "~tien phat it qua, nop xong hat tiep, tang muc phat len",
    ],
    "ka7.4": [
        "Thu loa kéo của mấy nhà hát đêm hoài, nhắc hoài không nghe.",
    ],
    "ka7.5": [
        "Bà con lối xóm, lần đầu nhắc cho biết, phạt liền thì mất tình làng nghĩa xóm, tui không đồng ý.",
    ],
    "nt21.0": [
        "Nhát chí",
    ],
    "cn9.0": [
        "Đồng ýy",
    ],
    "ka3.0": [
        "Nhất chí, đồng ý",
    ],
}
