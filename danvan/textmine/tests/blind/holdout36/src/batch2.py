"""holdout36 batch 2: b827-b832 (district and commune level, 2016-2019)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b827
T = """
Cổng thông tin điện tử huyện Hoài Nhơn
Trang chủ :: Tin tức sự kiện :: Tin địa phương
22/09/2016 - 10:05
Tập huấn công tác thực hiện Quy chế dân chủ ở cơ sở năm 2016
Trong 2 ngày 20 và 21/9, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Hoài Nhơn (Bình Định) tổ chức lớp tập huấn nghiệp vụ năm 2016 cho hơn 180 học viên là thành viên Ban Chỉ đạo, cán bộ dân vận, Chủ tịch Ủy ban MTTQ, Trưởng ban Thanh tra nhân dân của 17 xã, thị trấn và trưởng các thôn, khu phố.
Quang cảnh lớp tập huấn tại Hội trường Huyện ủy.
Phát biểu khai giảng, đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện, nhấn mạnh: sau hơn 18 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị, việc thực hiện dân chủ ở cơ sở trên địa bàn huyện đã đi vào nền nếp, nhân dân được biết, được bàn, được kiểm tra nhiều hơn đối với các chủ trương, dự án ở địa phương. Tuy nhiên, ở một số nơi việc công khai các khoản thu, chi, quy hoạch đất đai còn chậm; hội nghị nhân dân ở thôn, khu phố có lúc còn hình thức, ít người dự.
Tại lớp tập huấn, các học viên được đồng chí Đặng Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy và ông Lê Văn Tùng, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, truyền đạt 5 chuyên đề: những nội dung cơ bản của Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn; Nghị định 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; kỹ năng tổ chức hội nghị nhân dân và kỹ năng giám sát của Ban Thanh tra nhân dân.
Theo báo cáo của Ban Dân vận Huyện ủy, cơ quan thường trực Ban Chỉ đạo, năm 2015 toàn huyện có 96% thôn, khu phố tổ chức hội nghị nhân dân đúng quy định; Ban Thanh tra nhân dân các xã, thị trấn đã tiến hành 46 cuộc giám sát, phát hiện và kiến nghị xử lý 9 vụ việc sai phạm. Nhân dân đã tham gia góp ý, bàn và quyết định đóng góp xây dựng 128 công trình hạ tầng nông thôn với tổng giá trị hơn 21 tỷ đồng.
Trao đổi tại lớp học, ông Trần Văn Tám, Trưởng ban Thanh tra nhân dân xã Hoài Thanh, cho rằng cần có hướng dẫn cụ thể hơn về việc Ban Thanh tra nhân dân được tiếp cận hồ sơ công trình; bà Nguyễn Thị Lệ, Chủ tịch Ủy ban MTTQ thị trấn Bồng Sơn, đề nghị tăng thù lao cho thành viên Ban Giám sát đầu tư của cộng đồng.
Kết thúc lớp tập huấn, Ban Chỉ đạo giao các xã, thị trấn triển khai Kế hoạch số 25-KH/BCĐ ngày 5/9/2016 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện về kiểm tra việc thực hiện dân chủ ở cơ sở năm 2016, trong đó chọn xã Hoài Hương và xã Tam Quan Bắc làm điểm.
Văn Sỹ (Ban Dân vận Huyện ủy)
Các tin khác
- Hoài Nhơn: Ra quân làm đường giao thông nông thôn (15/09/2016)
- Hội nghị sơ kết 3 năm thực hiện Quyết định 217, 218-QĐ/TW (09/09/2016)
- Hoài Mỹ tổ chức đối thoại với nhân dân về quy hoạch khu dân cư (30/08/2016)
"""
PAGES.append(page(
    "b827-binhdinh-hoainhon-taphuan-qcdc-2016", T, "2016-09-22",
    "Tập huấn công tác thực hiện Quy chế dân chủ ở cơ sở năm 2016",
    E("tap_huan", "2016", "2016-09-20"),
    [P("Nguyễn Văn Hòa", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện"),
     P("Đặng Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Văn Tùng", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
     P("Trần Văn Tám", "Trưởng ban Thanh tra nhân dân xã Hoài Thanh"),
     P("Nguyễn Thị Lệ", "Chủ tịch Ủy ban MTTQ thị trấn Bồng Sơn")],
    [Q("hơn 180 học viên", 180, "học viên", "over"),
     Q("17 xã", 17, "xã"),
     Q("5 chuyên đề", 5, "chuyên đề"),
     Q("96% thôn", 96, "%"),
     Q("46 cuộc giám sát", 46, "cuộc giám sát"),
     Q("9 vụ việc sai phạm", 9, "vụ việc sai phạm"),
     Q("128 công trình hạ tầng nông thôn", 128, "công trình hạ tầng nông thôn"),
     Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over")],
    [D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
     D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
     D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
     D("Nghị định", "04", "2015/NĐ-CP", None, None, "Nghị định 04/2015/NĐ-CP"),
     D("Kế hoạch", "25", "KH/BCĐ", "2016-09-05", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện",
       "Kế hoạch số 25-KH/BCĐ ngày 5/9/2016")],
    [prov("Bình Định"), com("Hoài Thanh"), com("Bồng Sơn"), com("Hoài Hương"), com("Tam Quan Bắc")],
    ["Cổng thông tin điện tử huyện Hoài Nhơn", "Trang chủ :: Tin tức sự kiện :: Tin địa phương",
     "Quang cảnh lớp tập huấn tại Hội trường Huyện ủy.", "Văn Sỹ (Ban Dân vận Huyện ủy)",
     "Ban Giám sát đầu tư của cộng đồng"],
    ["22/09/2016 - 10:05", "2 ngày 20 và 21/9", "hơn 18 năm", "năm 2015"],
))

# ---------------------------------------------------------------- b828
T = """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ › Hoạt động Mặt trận cơ sở
Thứ Sáu, 06/10/2017 - 09:10
Mộc Châu: Giao ban công tác Mặt trận quý III/2017
Ngày 5/10, Ban Thường trực Ủy ban MTTQ huyện Mộc Châu tổ chức hội nghị giao ban công tác Mặt trận quý III, triển khai nhiệm vụ quý IV năm 2017 với Ban Thường trực Ủy ban MTTQ các xã, thị trấn. Đồng chí Lò Thị Minh, HUV, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Hà Văn Thiệu, Mùa A Sử.
Trong quý III, Ủy ban MTTQ huyện và các xã đã phối hợp tổ chức tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; vận động nhân dân đóng góp trên 2,4 tỷ đồng và hơn 3.000 ngày công xây dựng đường giao thông nội bản. Quỹ "Vì người nghèo" của huyện 9 tháng đạt 412 triệu đồng; đã hỗ trợ xây mới 21 nhà đại đoàn kết, sửa chữa 8 nhà cho hộ nghèo người Thái, Mông, Dao ở các xã vùng cao.
Về giám sát và phản biện xã hội, Mặt trận các cấp đã triển khai Quyết định 217, 218-QĐ/TW của Bộ Chính trị, tổ chức 14 cuộc giám sát, tập trung vào việc thực hiện chính sách hỗ trợ hộ nghèo, chi trả tiền dịch vụ môi trường rừng. 35 Ban Thanh tra nhân dân và 28 Ban Giám sát đầu tư của cộng đồng hoạt động khá hiệu quả. Mặt trận huyện đã phối hợp với UBND huyện thực hiện Chương trình phối hợp số 02/CTPH-MTTQ-UBND ngày 10/2/2017 về tiếp công dân, giải quyết khiếu nại, tố cáo.
Tại hội nghị, ông Tòng Văn Khiêm, Chủ tịch Ủy ban MTTQ xã Chiềng Sơn, phản ánh việc thu hồi đất làm đường tránh ở một số bản chưa thỏa đáng, cần có đối thoại với người dân; bà Sồng Thị Dở, Phó Chủ tịch Ủy ban MTTQ xã Tân Hợp, đề nghị huyện hướng dẫn cách lồng ghép nguồn vốn để xây nhà cho hộ nghèo.
Kết luận hội nghị, đồng chí Lò Thị Minh yêu cầu quý IV, Mặt trận các xã, thị trấn tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, chỉ đạo điểm tại bản Áng, xã Đông Sang; phát động Tháng cao điểm "Vì người nghèo" từ 17/10 đến 18/11; hoàn thành kế hoạch xây 15 nhà đại đoàn kết trước ngày 31/12; chuẩn bị chu đáo nội dung tiếp xúc cử tri với đại biểu Quốc hội, đại biểu HĐND tỉnh. Đồng chí cũng lưu ý các xã kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân, nhất là ở các bản có dự án thu hồi đất.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ tỉnh Sơn La, Mộc Châu là một trong những huyện làm tốt công tác vận động xây dựng nhà đại đoàn kết và giám sát thực hiện chính sách ở cơ sở. Tuy vậy, hoạt động của Ban công tác Mặt trận ở một số bản vùng cao còn lúng túng, chưa chủ động nắm tình hình và phản ánh kịp thời ý kiến của nhân dân lên Mặt trận xã.
Lò Hương (Ủy ban MTTQ huyện Mộc Châu)
Tin khác
- Yên Châu: Bàn giao 12 nhà đại đoàn kết (03/10/2017)
- Thuận Châu giao ban công tác dân vận quý III (29/09/2017)
- Mai Sơn: Hội nghị đối thoại với đoàn viên, hội viên (25/09/2017)
"""
PAGES.append(page(
    "b828-sonla-mocchau-mttq-giaoban-q3-2017", T, "2017-10-06",
    "Mộc Châu: Giao ban công tác Mặt trận quý III/2017",
    E("giao_ban", "2017-Q3", "2017-10-05"),
    [P("Lò Thị Minh", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Hà Văn Thiệu", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Mùa A Sử", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Tòng Văn Khiêm", "Chủ tịch Ủy ban MTTQ xã Chiềng Sơn"),
     P("Sồng Thị Dở", "Phó Chủ tịch Ủy ban MTTQ xã Tân Hợp")],
    [Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"),
     Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
     Q("412 triệu đồng", 412000000, "đồng"),
     Q("21 nhà đại đoàn kết", 21, "nhà đại đoàn kết"),
     Q("8 nhà", 8, "nhà"),
     Q("14 cuộc giám sát", 14, "cuộc giám sát"),
     Q("35 Ban Thanh tra nhân dân", 35, "Ban Thanh tra nhân dân"),
     Q("28 Ban Giám sát đầu tư của cộng đồng", 28, "Ban Giám sát đầu tư của cộng đồng"),
     Q("100% khu dân cư", 100, "%"),
     Q("15 nhà đại đoàn kết", 15, "nhà đại đoàn kết")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
     D("Chương trình phối hợp", "02", "CTPH-MTTQ-UBND", "2017-02-10", None,
       "Chương trình phối hợp số 02/CTPH-MTTQ-UBND ngày 10/2/2017")],
    [prov("Sơn La"), com("Chiềng Sơn"), com("Tân Hợp"), com("Đông Sang")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ › Hoạt động Mặt trận cơ sở",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
     "Lò Hương (Ủy ban MTTQ huyện Mộc Châu)"],
    ["Thứ Sáu, 06/10/2017 - 09:10", "quý IV năm 2017", "9 tháng", "từ 17/10 đến 18/11", "ngày 31/12"],
))

# ---------------------------------------------------------------- b829
T = """
Báo Quảng Nam
Thời sự > Xã hội
Thứ Tư, 08/11/2017, 15:20 [GMT+7]
Đại Lộc: Trao hàng cứu trợ cho người dân vùng lũ
(QNO) - Chiều 7/11, Ủy ban MTTQ huyện Đại Lộc phối hợp với các đơn vị, nhà hảo tâm trao hàng cứu trợ cho người dân bị thiệt hại do mưa lũ sau bão số 12 tại các xã Đại Hiệp, Đại Hòa và Đại Cường.
Người dân xã Đại Cường nhận hàng cứu trợ. Ảnh: Phan Vinh
Đợt lũ vừa qua, nước sông Vu Gia dâng cao khiến hơn 1.800 ngôi nhà ở Đại Lộc bị ngập sâu, nhiều tuyến đường liên xã bị chia cắt, hàng trăm héc ta hoa màu bị vùi lấp. Ngay khi nước rút, Ban Thường trực Ủy ban MTTQ huyện đã thực hiện Công văn số 215/MTTQ-BTT ngày 5/11/2017 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ đồng bào bị thiệt hại do bão, lũ, tiếp nhận và phân bổ hàng cứu trợ đến tận thôn.
Đợt này, người dân 3 xã nhận 450 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm; cùng với 5 tấn gạo, 1.200 thùng mì tôm, 600 thùng nước uống đóng chai. Tổng giá trị hàng cứu trợ hơn 620 triệu đồng. Trong đó, Đại đức Thích Minh Tâm, trụ trì chùa Bảo Sơn cùng các phật tử trao 150 suất quà; Công ty CP Dệt may Đại Lộc ủng hộ 200 triệu đồng.
Ông Huỳnh Văn Tấn, Chủ tịch Ủy ban MTTQ huyện Đại Lộc cho biết, đến nay Ủy ban MTTQ huyện đã tiếp nhận gần 1,5 tỷ đồng tiền mặt từ các tổ chức, cá nhân ủng hộ. Huyện sẽ ưu tiên hỗ trợ các hộ có nhà bị sập, trôi, hộ nghèo, gia đình chính sách bị thiệt hại nặng; việc phân bổ được Ban Vận động cứu trợ các xã bình xét công khai, có sự giám sát của Ban công tác Mặt trận thôn.
Tại xã Đại Hòa, bà Phan Thị Thu, Phó Chủ tịch UBND huyện đã thăm hỏi, động viên các gia đình. Ông Nguyễn Văn Chín, Chủ tịch UBND xã Đại Hòa, cho biết toàn xã có 412 hộ bị ngập, trong đó 26 hộ bị hư hỏng nhà nặng cần hỗ trợ khẩn cấp để sửa chữa.
Bà Lê Thị Sáu (thôn Phú Hòa, xã Đại Hòa) xúc động: "Nước ngập tới mái nhà, lúa gạo trôi hết. Có gạo, có mì của bà con khắp nơi gửi về, gia đình tôi đỡ lo hơn nhiều".
Trước đó, Ủy ban MTTQ huyện đã chỉ đạo Mặt trận các xã phối hợp với đoàn thanh niên, hội phụ nữ ra quân giúp dân dọn dẹp bùn đất, vệ sinh trường học, trạm y tế để học sinh sớm trở lại lớp.
Theo kế hoạch, trong tuần này Ủy ban MTTQ huyện tiếp tục phân bổ số tiền ủng hộ còn lại cho các xã ven sông Vu Gia, ưu tiên những thôn bị cô lập nhiều ngày. Việc tiếp nhận, phân phối được công khai trên hệ thống loa truyền thanh và tại nhà văn hóa các thôn để nhân dân theo dõi, giám sát, tránh tình trạng chồng chéo, bỏ sót đối tượng.
Phan Vinh
TIN CÙNG CHUYÊN MỤC
- Điện Bàn: Hơn 2.000 suất quà đến với người dân vùng lũ (07/11/2017)
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 12 (05/11/2017)
- Duy Xuyên: Khẩn trương khắc phục hậu quả mưa lũ (05/11/2017)
"""
PAGES.append(page(
    "b829-quangnam-dailoc-cuutro-lu-2017", T, "2017-11-08",
    "Đại Lộc: Trao hàng cứu trợ cho người dân vùng lũ",
    E("trao_qua", None, "2017-11-07"),
    [P("Thích Minh Tâm", "Đại đức", "trụ trì chùa Bảo Sơn"),
     P("Huỳnh Văn Tấn", "Chủ tịch Ủy ban MTTQ huyện Đại Lộc"),
     P("Phan Thị Thu", "Phó Chủ tịch UBND huyện"),
     P("Nguyễn Văn Chín", "Chủ tịch UBND xã Đại Hòa"),
     P("Lê Thị Sáu")],
    [Q("hơn 1.800 ngôi nhà", 1800, "ngôi nhà", "over"),
     Q("3 xã", 3, "xã"),
     Q("450 suất quà", 450, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("5 tấn", 5, "tấn"),
     Q("1.200 thùng mì tôm", 1200, "thùng mì tôm"),
     Q("600 thùng nước uống đóng chai", 600, "thùng nước uống đóng chai"),
     Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
     Q("150 suất quà", 150, "suất quà"),
     Q("200 triệu đồng", 200000000, "đồng"),
     Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
     Q("412 hộ", 412, "hộ"),
     Q("26 hộ", 26, "hộ")],
    [D("Công văn", "215", "MTTQ-BTT", "2017-11-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 5/11/2017")],
    [prov("Quảng Nam"), com("Đại Hiệp"), com("Đại Hòa"), com("Đại Cường")],
    ["Báo Quảng Nam", "Thời sự > Xã hội", "(QNO)", "Người dân xã Đại Cường nhận hàng cứu trợ. Ảnh: Phan Vinh",
     "Công ty CP Dệt may Đại Lộc", "Ban Vận động cứu trợ"],
    ["Thứ Tư, 08/11/2017, 15:20 [GMT+7]", "bão số 12"],
))

# ---------------------------------------------------------------- b830
T = """
Ủy ban MTTQ Việt Nam tỉnh Tiền Giang
Trang chủ | Giám sát - Phản biện xã hội
Ngày đăng 28/11/2018 | 16:35
Giám sát việc thực hiện dân chủ ở cơ sở tại xã Bình Phan
Thực hiện chương trình giám sát năm 2018, ngày 27/11, Đoàn giám sát Ủy ban MTTQ huyện Chợ Gạo do bà Nguyễn Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn, đã giám sát việc thực hiện dân chủ ở cơ sở tại UBND xã Bình Phan. Cùng tham gia đoàn có đại diện Ban Dân vận Huyện ủy, Phòng Nội vụ, Hội Nông dân, Hội LHPN huyện, tổng cộng 12 thành viên.
Theo Kế hoạch số 18/KH-MTTQ-BTT ngày 2/11/2018 của Ban Thường trực Ủy ban MTTQ huyện, nội dung giám sát tập trung vào việc công khai những nội dung nhân dân được biết; việc tổ chức cho nhân dân bàn và quyết định các khoản đóng góp xây dựng công trình phúc lợi; hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng. Việc giám sát được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.
Báo cáo với đoàn, ông Võ Văn Hùng, Chủ tịch UBND xã Bình Phan cho biết, xã có 7 ấp với 3.425 hộ. Năm 2018, xã đã niêm yết công khai dự toán, quyết toán ngân sách, kế hoạch sử dụng đất và danh sách hộ nghèo tại trụ sở và nhà văn hóa các ấp; 95% hộ được lấy ý kiến về đề án xây dựng nông thôn mới nâng cao. Nhân dân bàn và quyết định đóng góp 18 công trình đường, cầu nông thôn với tổng số tiền hơn 3,1 tỷ đồng.
Ông Phạm Văn Út, Trưởng ban Thanh tra nhân dân xã, cho biết trong năm Ban đã giám sát 6 công trình, phát hiện 2 trường hợp thi công chưa đúng thiết kế và kiến nghị UBND xã yêu cầu nhà thầu khắc phục. Chủ tịch Ủy ban MTTQ xã Bình Phan Lê Thị Ngọc Hân nêu khó khăn là kinh phí hoạt động của Ban Thanh tra nhân dân còn thấp, thành viên chủ yếu là người lớn tuổi.
Qua giám sát, đoàn đánh giá xã Bình Phan thực hiện tương đối tốt Quy chế dân chủ ở cơ sở; tuy nhiên việc công khai ở một số ấp chưa kịp thời, biên bản họp dân còn sơ sài, một số hộ chưa nắm rõ mức đóng góp. Bà Nguyễn Thị Kim Loan đề nghị UBND xã cập nhật bảng công khai thường xuyên, tổ chức họp dân ở 100% ấp trước khi triển khai công trình; đồng thời đoàn sẽ có 4 kiến nghị gửi UBND huyện về tăng kinh phí cho Ban Thanh tra nhân dân, tập huấn nghiệp vụ giám sát cho cán bộ ấp.
Được biết, năm 2018 Ủy ban MTTQ huyện Chợ Gạo tổ chức giám sát chuyên đề về dân chủ ở cơ sở tại 5 xã: Bình Phan, Hòa Định, Song Bình, Lương Hòa Lạc và Tân Thuận Bình.
Kim Thoa
Tin khác
- Tân Phước: Hội nghị phản biện dự thảo quy hoạch khu dân cư (23/11/2018)
- Cái Bè tổ chức Ngày hội Đại đoàn kết tại ấp Hậu Phú (16/11/2018)
- Gò Công Tây bàn giao 20 căn nhà đại đoàn kết (09/11/2018)
"""
PAGES.append(page(
    "b830-tiengiang-binhphan-giamsat-2018", T, "2018-11-28",
    "Giám sát việc thực hiện dân chủ ở cơ sở tại xã Bình Phan",
    E("giam_sat", "2018", "2018-11-27"),
    [P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Võ Văn Hùng", "Chủ tịch UBND xã Bình Phan"),
     P("Phạm Văn Út", "Trưởng ban Thanh tra nhân dân xã"),
     P("Lê Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ xã Bình Phan")],
    [Q("12 thành viên", 12, "thành viên"),
     Q("7 ấp", 7, "ấp"),
     Q("3.425 hộ", 3425, "hộ"),
     Q("95% hộ", 95, "%"),
     Q("18 công trình", 18, "công trình"),
     Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"),
     Q("6 công trình", 6, "công trình"),
     Q("2 trường hợp", 2, "trường hợp"),
     Q("100% ấp", 100, "%"),
     Q("4 kiến nghị", 4, "kiến nghị"),
     Q("5 xã", 5, "xã")],
    [D("Kế hoạch", "18", "KH-MTTQ-BTT", "2018-11-02", "Ban Thường trực Ủy ban MTTQ huyện",
       "Kế hoạch số 18/KH-MTTQ-BTT ngày 2/11/2018"),
     D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
       "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
    [prov("Tiền Giang"), com("Bình Phan"), com("Hòa Định"), com("Song Bình"), com("Lương Hòa Lạc"), com("Tân Thuận Bình")],
    ["Ủy ban MTTQ Việt Nam tỉnh Tiền Giang", "Trang chủ | Giám sát - Phản biện xã hội", "Quy chế dân chủ ở cơ sở",
     "Ban Giám sát đầu tư của cộng đồng"],
    ["Ngày đăng 28/11/2018 | 16:35", "năm 2018"],
))

# ---------------------------------------------------------------- b831
T = """
BÁO THÁI NGUYÊN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Chính trị >> Mặt trận - Đoàn thể
19/03/2019, 07:45 [GMT+7]
Đại hội MTTQ xã Yên Đổ nhiệm kỳ 2019 - 2024
Ngày 18/3, Ủy ban MTTQ Việt Nam xã Yên Đổ (Phú Lương) tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024. Đây là xã được Ban Thường trực Ủy ban MTTQ huyện Phú Lương chọn làm điểm để rút kinh nghiệm cho Đại hội Mặt trận các xã, thị trấn trong huyện.
Dự Đại hội có bà Nông Thị Hà, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Phú Lương; đồng chí Trần Văn Quân, Bí thư Đảng ủy xã Yên Đổ cùng 120 đại biểu chính thức đại diện cho hơn 9.000 người dân thuộc các dân tộc Kinh, Tày, Nùng, Dao, Sán Chay trong xã.
Các đại biểu biểu quyết thông qua chương trình Đại hội.
Nhiệm kỳ 2014 - 2019, Ủy ban MTTQ xã đã phối hợp với các đoàn thể vận động nhân dân hiến 11.500 m2 đất, đóng góp 3,7 tỷ đồng xây dựng nông thôn mới; Quỹ "Vì người nghèo" của xã tiếp nhận 312 triệu đồng, xây và sửa chữa 19 nhà đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 14,6% xuống còn 3,9%; 22/22 xóm đạt danh hiệu khu dân cư văn hóa. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng xã đã giám sát 27 công trình, không để xảy ra khiếu kiện đông người.
Phát biểu chỉ đạo, bà Nông Thị Hà đề nghị Ủy ban MTTQ xã nhiệm kỳ mới tiếp tục quán triệt Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về lãnh đạo Đại hội Mặt trận Tổ quốc các cấp và Kế hoạch số 92-KH/HU ngày 6/11/2018 của Huyện ủy Phú Lương; đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư; phát huy vai trò giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã Yên Đổ khóa XII. Tại hội nghị lần thứ nhất, bà Hoàng Thị Thoa tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ xã; các ông Lý Văn Dào, Đinh Văn Sơn được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Đại hội cũng hiệp thương cử 9 đại biểu đi dự Đại hội đại biểu MTTQ huyện Phú Lương lần thứ XXI.
Ông Lý Văn Dào, người dân tộc Dao, lần đầu tham gia Ban Thường trực, chia sẻ: "Được bà con tín nhiệm, tôi sẽ cùng Ban Thường trực lắng nghe ý kiến của nhân dân để phản ánh kịp thời với Đảng ủy, chính quyền".
Đại hội đã thông qua Nghị quyết với 6 chỉ tiêu chủ yếu và 3 chương trình hành động của nhiệm kỳ 2019 - 2024.
Ngay sau Đại hội, Ban Thường trực Ủy ban MTTQ xã đã ra mắt và nhận nhiệm vụ trước Đảng ủy, chính quyền và nhân dân.
Thu Hằng
Tin liên quan
- Phú Lương: Hoàn thành Đại hội Chi hội, Chi đoàn ở khu dân cư (12/03/2019)
- Đại hội MTTQ thị trấn Đu (08/03/2019)
- Định Hóa: 100% xã tổ chức Ngày hội Đại đoàn kết (19/11/2018)
"""
PAGES.append(page(
    "b831-thainguyen-yendo-mttq-daihoi-2019", T, "2019-03-19",
    "Đại hội MTTQ xã Yên Đổ nhiệm kỳ 2019 - 2024",
    E("dai_hoi", None, "2019-03-18"),
    [P("Nông Thị Hà", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Phú Lương"),
     P("Trần Văn Quân", "Bí thư Đảng ủy xã Yên Đổ"),
     P("Hoàng Thị Thoa", "Chủ tịch Ủy ban MTTQ xã"),
     P("Lý Văn Dào", "Phó Chủ tịch Ủy ban MTTQ xã"),
     P("Đinh Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ xã")],
    [Q("120 đại biểu chính thức", 120, "đại biểu chính thức"),
     Q("hơn 9.000 người dân", 9000, "người dân", "over"),
     Q("11.500 m2", 11500, "m2"),
     Q("3,7 tỷ đồng", 3700000000, "đồng"),
     Q("312 triệu đồng", 312000000, "đồng"),
     Q("19 nhà đại đoàn kết", 19, "nhà đại đoàn kết"),
     Q("14,6%", 14.6, "%"),
     Q("3,9%", 3.9, "%"),
     Q("22/22 xóm", 22, "xóm"),
     Q("27 công trình", 27, "công trình"),
     Q("45 vị", 45, "vị"),
     Q("9 đại biểu", 9, "đại biểu"),
     Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"),
     Q("3 chương trình hành động", 3, "chương trình hành động")],
    [D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
     D("Kế hoạch", "92", "KH/HU", "2018-11-06", "Huyện ủy Phú Lương", "Kế hoạch số 92-KH/HU ngày 6/11/2018")],
    [prov("Thái Nguyên"), com("Yên Đổ")],
    ["BÁO THÁI NGUYÊN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên", "Chính trị >> Mặt trận - Đoàn thể",
     "Các đại biểu biểu quyết thông qua chương trình Đại hội.", "Vì người nghèo", "Thu Hằng"],
    ["19/03/2019, 07:45 [GMT+7]", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XII",
     "lần thứ XXI", "hội nghị lần thứ nhất"],
))

# ---------------------------------------------------------------- b832
T = """
Báo Kon Tum điện tử
Trang chủ > Chính trị > Dân tộc - Tôn giáo
Thứ Năm, 12/12/2019 - 10:30
Kon Plông gặp mặt 86 người có uy tín trong đồng bào dân tộc thiểu số
BKT - Ngày 11/12, Ban Thường vụ Huyện ủy Kon Plông tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số năm 2019. Đồng chí Đinh Văn Thành, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.
Dự hội nghị có 86 già làng, trưởng thôn, người có uy tín ở 9 xã trong huyện; đại diện Ban Dân tộc tỉnh, lãnh đạo các phòng, ban của huyện.
Năm 2019, người có uy tín trên địa bàn huyện đã phát huy tốt vai trò cầu nối giữa Đảng, chính quyền với đồng bào Xơ Đăng (nhánh Mơ Nâm, Ca Dong), Hrê. Theo báo cáo của Ban Dân vận Huyện ủy, người có uy tín đã tham gia hòa giải thành 23 vụ mâu thuẫn trong cộng đồng; vận động 62 hộ đăng ký thoát nghèo, 140 hộ đưa con em trong độ tuổi đến trường; vận động nhân dân nhận khoán bảo vệ 1.240 ha rừng, không để xảy ra cháy rừng, phá rừng trái phép. Việc thực hiện Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy Kon Tum về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số được các thôn, làng triển khai nghiêm túc.
Tại hội nghị, nhiều ý kiến đã thẳng thắn nêu những vướng mắc. Già làng A Klưm, thôn Kon Tu Rằng, xã Măng Cành, đề nghị huyện hỗ trợ thêm giống sâm dây cho bà con trồng dưới tán rừng. Bà Y Thoa, Trưởng thôn Vi Glơ, xã Đắk Ring, phản ánh nhiều hộ trẻ chưa được cấp giấy chứng nhận quyền sử dụng đất. Ông Đinh Văn Ngọc, người dân tộc Hrê, người có uy tín thôn Đắk Pờ Trang, xã Đắk Tăng, đề nghị sửa chữa tuyến đường vào khu sản xuất trước mùa mưa năm sau.
Lãnh đạo UBND huyện và các phòng, ban chuyên môn đã trả lời trực tiếp 17 ý kiến; các ý kiến còn lại được ghi nhận, giao cơ quan chức năng xem xét, trả lời bằng văn bản. Ông A Phon, Phó Chủ tịch UBND huyện Kon Plông, cho biết năm 2020 huyện sẽ dành 2,5 tỷ đồng từ các nguồn vốn để hỗ trợ phát triển sâm dây và các cây dược liệu.
Phát biểu kết luận, đồng chí Đinh Văn Thành ghi nhận những đóng góp của đội ngũ người có uy tín; đề nghị tiếp tục thực hiện Kế hoạch số 87-KH/HU ngày 15/3/2019 của Huyện ủy Kon Plông về phát huy vai trò người có uy tín trong vận động đồng bào giữ gìn an ninh trật tự, bảo vệ rừng, xóa bỏ hủ tục.
Dịp này, Ban Thường vụ Huyện ủy tặng quà cho 86 người có uy tín, mỗi suất trị giá 700.000 đồng; tặng giấy khen cho 12 người có uy tín tiêu biểu.
Y Liên
Tin liên quan
- Tu Mơ Rông: Đối thoại với nhân dân về chính sách hỗ trợ sản xuất (06/12/2019)
- Đắk Hà tổng kết 5 năm mô hình "Dân vận khéo" (29/11/2019)
- Kon Rẫy: 10 làng tổ chức Ngày hội Đại đoàn kết (20/11/2019)
"""
PAGES.append(page(
    "b832-kontum-konplong-nguoicouytin-2019", T, "2019-12-12",
    "Kon Plông gặp mặt 86 người có uy tín trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2019", "2019-12-11"),
    [P("Đinh Văn Thành", "Phó Bí thư Thường trực Huyện ủy"),
     P("A Klưm", "Già làng"),
     P("Y Thoa", "Trưởng thôn Vi Glơ"),
     P("Đinh Văn Ngọc", "người có uy tín thôn Đắk Pờ Trang"),
     P("A Phon", "Phó Chủ tịch UBND huyện Kon Plông")],
    [Q("86 người có uy tín", 86, "người có uy tín"),
     Q("9 xã", 9, "xã"),
     Q("23 vụ mâu thuẫn", 23, "vụ mâu thuẫn"),
     Q("62 hộ", 62, "hộ"),
     Q("140 hộ", 140, "hộ"),
     Q("1.240 ha", 1240, "ha"),
     Q("17 ý kiến", 17, "ý kiến"),
     Q("2,5 tỷ đồng", 2500000000, "đồng"),
     Q("700.000 đồng", 700000, "đồng"),
     Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu")],
    [D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Kon Tum", "Chỉ thị 06-CT/TU"),
     D("Kế hoạch", "87", "KH/HU", "2019-03-15", "Huyện ủy Kon Plông", "Kế hoạch số 87-KH/HU ngày 15/3/2019")],
    [prov("Kon Tum"), com("Măng Cành"), com("Đắk Ring"), com("Đắk Tăng")],
    ["Báo Kon Tum điện tử", "Trang chủ > Chính trị > Dân tộc - Tôn giáo", "BKT", "Ban Dân tộc tỉnh", "Y Liên"],
    ["Thứ Năm, 12/12/2019 - 10:30", "năm 2020"],
))
