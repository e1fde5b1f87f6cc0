# -*- coding: utf-8 -*-
"""Blind consultation comments, set 13: hand-written groups.

G lists (piece, group_no, stance, gloss, texts); the group id is f"{CODES[piece]}.{group_no}".
EXTRA holds texts added to some groups in a second pass. A text starting with "~" is written without
diacritics. Each group was decided (piece, stance, gloss) before its texts were written.
"""
from groups_bl import BL21, BL22, BL23, G_BL
from groups_ld import G_LD, LD3, LD5, LD7
from groups_tl import G_TL, TL4, TL6, TL8

CODES = {
    BL21: "bl21", BL22: "bl22", BL23: "bl23",
    TL4: "tl4", TL6: "tl6", TL8: "tl8",
    LD3: "ld3", LD5: "ld5", LD7: "ld7",
}

G = G_BL + G_TL + G_LD

# Second pass: more voices for some groups (same opinion, new words: dialect, chat spelling, typos, other commenters).
EXTRA = {
    "bl21.2": [
        "Tuyên truyền chữ nghĩa dài dòng bà con không đọc, làm clip 1-2 phút chiếu ở buổi họp là dễ hiểu nhất.",
        "~nen dung loa keo, van nghe o san bong thon, chu hop hanh thi ai nghe",
    ],
    "bl21.3": [
        "Hội Nông dân xã đề nghị giao hội chủ trì nói chuyện với hội viên nam về chuyện không đánh vợ con.",
        "~toan chi em di nghe, may ong chong o nha nhau, phai tuyen truyen cho nam gioi",
    ],
    "bl21.4": [
        "Hòa giải mà cứ nói 'một điều nhịn chín điều lành' thì người bị đánh càng khổ, phải sửa cách hòa giải.",
        "~boi duong cho hoa giai vien moi vu it nhat vai tram nghin",
    ],
    "bl21.5": [
        "Thấy nhà bên đánh nhau mà báo ai cũng không biết, cần ghi rõ báo cho ai và người báo được giữ kín.",
        "Bác sĩ, cô giáo thấy dấu hiệu bị đánh thì phải có trách nhiệm báo tin, đề nghị đưa vào kế hoạch.",
    ],
    "bl21.6": [
        "~danh vo nhieu lan thi phai khoi to, dung hoa giai mai",
        "Ông nào nhậu xỉn về quậy vợ con thì bắt đi lao động công ích ở thôn, phạt tiền nhà cũng mất tiền.",
    ],
    "bl22.2": [
        "~nha tam lanh cho me con o may ngay, co com an",
        "Chị em bị đánh nửa đêm ôm con chạy qua hàng xóm, xã phải có chỗ ở tạm đàng hoàng.",
    ],
    "bl22.3": [
        "~duong day nong 24/24 mien phi, nhan tin zalo cung duoc",
        "Số điện thoại trực bạo lực gia đình ghi to ở mỗi thôn, gọi là có người tới.",
    ],
    "bl22.4": [
        "Chị bị đánh muốn ly hôn mà tiền thuê luật sư không có, đề nghị nhà nước lo miễn phí.",
        "~tro giup phap ly mien phi, huong dan lam don ly hon, nuoi con",
    ],
    "bl22.5": [
        "~co lenh cam tiep xuc roi ma ong chong van ve danh, cong an phai bat",
        "Báo công an xã thì nói 'về hòa giải đi', đề nghị quy định công an phải xuống ngay.",
    ],
    "bl22.6": [
        "Bị đánh bỏ về nhà mẹ đẻ mà không có đồng nào, cho chị em vay vốn làm ăn để tự lập.",
        "~tu van tam ly cho tre em trong nha co bao luc",
    ],
    "bl23.2": [
        "Vợ chồng cùng đi làm thì cùng làm việc nhà, con cái cũng thấy mà học theo.",
        "~chong phu vo nau an, don nha, cham con la binh thuong",
    ],
    "bl23.3": [
        "Nhà toi ba đứa con gái, họ hàng cứ nói 'không có người nối dõi', cần đổi suy nghĩ đó.",
        "~cam sieu am bao gioi tinh thai nhi",
    ],
    "bl23.4": [
        "Sổ hồng đứng tên một mình ông chồng, bán nhà vợ không hay, phải ghi tên hai vợ chồng.",
        "~ghi ten ca vo lan chong trong so do",
    ],
    "bl23.5": [
        "~day binh dang gioi cho hoc sinh tu nho",
        "Thanh niên sắp lấy vợ lấy chồng nên được học một buổi về tôn trọng nhau, chia sẻ trong gia đình.",
    ],
    "tl4.2": [
        "Tụi tui ở cuối kênh, đợi nước mút mùa, xin cho cuối kênh lấy trước một ngày.",
        "~thon cuoi kenh thieu nuoc quanh nam, de nghi tang ngay lay nuoc",
    ],
    "tl4.3": [
        "~bao lich mo cong tren loa truoc 2 3 ngay",
        "Lịch lấy nước nên ghi lên bảng tin thôn, ai cũng coi được.",
    ],
    "tl4.4": [
        "~han han thi lua tro bong duoc lay nuoc truoc",
        "Nước thiếu thì để cho lúa đang trổ trước, ao cá với rau màu chờ sau.",
    ],
    "tl4.5": [
        "Người giữ cống chỉ một thôn nên mở cho thôn họ trước, thôn nào cũng phải có người trong tổ chia nước.",
        "~chia nuoc phai cong khai co bien ban giua cac thon",
    ],
    "tl4.6": [
        "~cam may bom rieng la vo ly, ruong cao khong bom lay gi tuoi",
        "Máy bơm nhỏ tưới rau thì cấm làm chi, tui hổng đồng ý.",
    ],
    "tl6.2": [
        "Mương bị bèo với bùn lấp, nước chảy rề rề, xin xã nạo vét trước khi cấy.",
        "~nao vet kenh muong dinh ky truoc vu",
    ],
    "tl6.3": [
        "Kênh đất mỗi năm lở một ít, làm mương bê tông cho bền, dân góp công, nhà nước cấp vật tư.",
        "~kien co hoa kenh noi dong, nha nuoc ho tro",
    ],
    "tl6.4": [
        "~bat dong tien lam muong theo sao la nang qua, nha ngheo sao chiu noi",
        "Nhà tôi cho thuê ruộng rồi mà vẫn bị thu ngày công thủy lợi, không đồng ý.",
    ],
    "tl6.5": [
        "~tra phu cap cho nguoi giu cong, to thuy nong",
        "Tổ thủy nông làm không lương thì không ai làm cho tới nơi tới chốn, phải có bồi dưỡng.",
    ],
    "tl8.2": [
        "~phat nang nguoi xe bo kenh, chan dong lay nuoc rieng",
        "Ai tự đắp ngang mương giữ nước cho ruộng mình thì bắt phá ra và phạt.",
    ],
    "tl8.3": [
        "Vỏ chai thuốc sâu vứt đầy mương, nước tưới cũng độc, phải cấm và có chỗ bỏ.",
        "~cam xa nuoc thai chuong heo xuong kenh tuoi",
    ],
    "tl8.4": [
        "~tranh chap nuoc giua 2 thon, xa phai hoa giai trong vai ngay",
        "Hai xóm giành nước, nên có buổi hòa giải ngay ngoài đồng có cán bộ xã, đừng để gây lộn.",
    ],
    "ld3.2": [
        "~nguoi lam cong nhan o khu cong nghiep ve que cung phai duoc ho tro",
        "Cty ngoài Bắc Giang cho nghỉ hàng loạt, công nhân về quê đông lắm, đưa vô đối tượng luôn.",
    ],
    "ld3.3": [
        "~giay to kho qua, nhieu nguoi di lam khong co hop dong",
        "Đòi sổ bảo hiểm xã hội thì người làm thời vụ không có, cho thôn xác nhận là được.",
    ],
    "ld3.4": [
        "~uu tien ho ngheo, dong bao dan toc",
        "Người đi làm bị tai nạn, mất sức lao động về quê nên được ưu tiên trước.",
    ],
    "ld3.6": [
        "~xa phai lap danh sach nguoi lao dong moi ve",
        "Xã nên thống kê ai mới về, cần học nghề hay vay vốn, rồi báo tận nhà cho họ biết chính sách.",
    ],
    "ld5.2": [
        "~dao tao xong phai co cho lam",
        "Học xong mà công ty không nhận thì phí tiền, đề nghị mở lớp theo đúng nghề các nhà máy cần tuyển.",
    ],
    "ld5.3": [
        "Về từ Hàn, biết tiếng biết nghề hàn, mà công ty ở quê bắt làm lao động phổ thông, nên có chứng nhận tay nghề.",
        "~ket noi nguoi ve tu nhat han voi cong ty fdi trong tinh",
    ],
    "ld5.4": [
        "~mo lop hoc buoi toi gan nha",
        "Có tiền ăn trong lúc học thì người ta mới bỏ việc làm thuê đi học được.",
    ],
    "ld5.5": [
        "~to chuc ngay hoi viec lam o huyen thuong xuyen",
        "Tìm việc trên mạng toàn bị cò lừa, xã nên có bảng tin tuyển dụng đáng tin.",
    ],
    "ld7.2": [
        "Vay có 50 triệu, mua con bò với cái chuồng là hết, xin tăng mức vay.",
        "~thoi han vay dai hon, 5 nam moi du",
    ],
    "ld7.4": [
        "Hồ sơ vay vốn nộp ở xã luôn cho nhanh, đừng bắt chạy lên ngân hàng huyện mấy bận.",
        "~giam giay to ho so vay von",
    ],
    "ld7.6": [
        "~cho vay khong tham dinh thi mat von, khong dong y",
        "Hỗ trợ khởi nghiệp thì phải xét phương án kỹ, cho tràn lan tôi không đồng ý.",
    ],
    "ld7.5": [
        "~tap huan lam an, ket noi ban san pham cho nguoi vay",
        "Vay vốn nuôi gà mà không ai chỉ kỹ thuật, không có chỗ bán thì cũng lỗ, cần hướng dẫn kèm theo.",
    ],
    "ld7.3": [
        "~mien lai nam dau cho nguoi khoi nghiep",
        "Lãi suất hỗ trợ phải thấp hơn hẳn lãi ngân hàng, năm đầu miễn lãi càng tốt.",
    ],
    "ld5.6": [
        "~ho tro di lai nuoc ngoai theo chuong trinh nha nuoc, chi phi thap",
        "Muốn đi Nhật lần nữa mà sợ bị trung tâm lừa, xin tỉnh giới thiệu chỗ đi uy tín, phí rẻ.",
    ],
    "ld3.5": [
        "~bo tron o lai nuoc ngoai ma cung duoc huong la khong dung",
        "Ai trốn ở lại làm chui thì không được hưởng hỗ trợ, tôi không đồng ý đưa vào.",
    ],
    "tl8.6": [
        "~htx mo nuoc tre lam lua chet thi phai boi thuong cho dan",
        "Đề nghị ghi thêm trách nhiệm của tổ thủy nông, HTX khi để lỡ lịch nước làm thiệt hại mùa màng.",
    ],
    "tl8.5": [
        "~lan dau thi nhac nho, dung phat tien lien",
        "Phạt vài triệu một lần lấy nước trái giờ thì nông dân chịu không thấu, tui không đồng ý mức phạt.",
    ],
    "tl6.6": [
        "~cong bi vo, nuoc tran ra het, sua cong gap",
        "Bờ vùng dọc mương sạt hết, máy gặt không vô được ruộng, xin sửa đường bờ vùng.",
    ],
    "bl23.6": [
        "~chuyen vo chong ai lam viec gi la chuyen rieng, nha nuoc dung can thiep",
        "Mỗi nhà một nếp, tỉnh đưa vô kế hoạch việc nhà ai làm thì không nên, tôi không tán thành.",
    ],
    "bl22.0": [
        "Tán thành, nạn nhân cần được bảo vệ ngay.",
        "~dong y mo nha tam lanh",
    ],
    "bl23.0": [
        "Đúng, vợ chồng bình đẳng thì nhà mới êm, đồng ý.",
    ],
    "tl4.0": [
        "Đồng ý Điều 4 nha",
        "~nhat tri chia nuoc giua cac thon",
    ],
    "tl6.0": [
        "Dong y, mương có nạo vét thì mới có nước.",
    ],
    "tl8.0": [
        "Phá bờ kênh thì phải phạt, đồng ý.",
        "Nhứt trí điều 8",
    ],
    "ld3.0": [
        "~ung ho chinh sach cho nguoi lao dong tro ve",
    ],
    "ld5.0": [
        "Tán thành, có nghề mới ở lại quê được.",
    ],
    "ld7.0": [
        "Đồng ý, người về quê rất cần vốn.",
        "nhat tri dieu 7 a",
    ],
}
