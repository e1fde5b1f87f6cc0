from lib import *
PAGES = []

PAGES.append(page("b4493-thaibinh-hoinkt-daihoi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH
Trang chủ » Hoạt động các tổ chức thành viên » Hội Người khuyết tật
Thứ Sáu, 18/11/2011 - 09:20
Ảnh: Quang cảnh đại hội.
Đại hội đại biểu Hội Người khuyết tật tỉnh Thái Bình lần thứ nhất, nhiệm kỳ 2011 - 2016
Ngày 17/11/2011, Hội Người khuyết tật tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2011 - 2016. Dự đại hội có đồng chí Phạm Văn Xuyên, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 186 đại biểu đại diện cho hơn 31.000 người khuyết tật trong toàn tỉnh.
Hội Người khuyết tật tỉnh được thành lập theo Quyết định số 1245/QĐ-UBND ngày 08/6/2011 của UBND tỉnh. Sau 5 tháng đi vào hoạt động, Hội đã kiện toàn 8 hội cấp huyện với 4.215 hội viên; phối hợp Sở Lao động - Thương binh và Xã hội rà soát, lập hồ sơ cho người khuyết tật hưởng trợ cấp theo Nghị định số 67/2007/NĐ-CP và Nghị định 13/2010/NĐ-CP của Chính phủ. Hội đã vận động được 420 triệu đồng, trao 65 xe lăn, xe lắc và 140 suất học bổng cho học sinh khuyết tật nghèo vượt khó.
Phát biểu chỉ đạo, đồng chí Phạm Văn Xuyên đề nghị Hội tiếp tục tuyên truyền Luật Người khuyết tật, chủ động phối hợp với các ngành mở các lớp dạy nghề phù hợp, giúp người khuyết tật có việc làm, tự lập cuộc sống; các cấp chính quyền thực hiện tốt Quyết định số 239/QĐ-TTg ngày 09/02/2010 của Thủ tướng Chính phủ, bảo đảm quyền lợi của người khuyết tật.
Đồng chí Phạm Văn Xuyên phát biểu tại đại hội.
Đại hội đã bầu Ban Chấp hành Hội khóa I gồm 25 ủy viên. Ông Bùi Đức Thịnh, nguyên Phó Giám đốc Sở Lao động - Thương binh và Xã hội, được tín nhiệm bầu giữ chức Chủ tịch Hội Người khuyết tật tỉnh khóa I; các ông, bà Đỗ Văn Khải, Trần Thị Thu - Phó Chủ tịch Hội Người khuyết tật tỉnh. Đại hội cũng biểu dương 3 gương người khuyết tật tiêu biểu, trong đó có anh Vũ Văn Tám, xã Vũ Hội, bị liệt hai chân nhưng mở xưởng may tạo việc làm cho 14 lao động khuyết tật.
Đại hội thống nhất mục tiêu nhiệm kỳ: phấn đấu 100% xã, thị trấn có chi hội người khuyết tật; mỗi năm giúp ít nhất 300 người khuyết tật được học nghề, vay vốn; vận động xây dựng 50 nhà tình thương cho hội viên nghèo.
Phương Thảo
Số lượt xem: 1.204
Tin khác
- Trao 30 xe lăn cho người khuyết tật huyện Kiến Xương (10/11/2011)
- Ra mắt chi hội người khuyết tật xã Đông Hòa (28/10/2011)
- Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh tổng kết năm 2010 (05/01/2011)
- Thái Thụy: khai giảng lớp dạy nghề thêu ren cho 35 người khuyết tật (21/09/2011)
- Tuyên truyền Luật Người khuyết tật tới cán bộ cơ sở (15/08/2011)
""", "2011-11-18", "Đại hội đại biểu Hội Người khuyết tật tỉnh Thái Bình lần thứ nhất, nhiệm kỳ 2011 - 2016",
E("dai_hoi", None, "2011-11-17"),
[P("Phạm Văn Xuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Đức Thịnh", "nguyên Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Chủ tịch Hội Người khuyết tật tỉnh khóa I"),
 P("Đỗ Văn Khải", "Phó Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Trần Thị Thu", "Phó Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Vũ Văn Tám")],
[Q("186 đại biểu", 186, "đại biểu"), Q("hơn 31.000 người khuyết tật", 31000, "người khuyết tật", "over"),
 Q("8 hội cấp huyện", 8, "hội cấp huyện"), Q("4.215 hội viên", 4215, "hội viên"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("65 xe lăn, xe lắc", 65, "xe lăn, xe lắc"),
 Q("140 suất học bổng", 140, "suất học bổng"), Q("25 ủy viên", 25, "ủy viên"),
 Q("3 gương người khuyết tật tiêu biểu", 3, "gương người khuyết tật tiêu biểu"), Q("14 lao động khuyết tật", 14, "lao động khuyết tật"),
 Q("100%", 100, "%"), Q("ít nhất 300 người khuyết tật", 300, "người khuyết tật", "over"), Q("50 nhà tình thương", 50, "nhà tình thương")],
[D("Quyết định", "1245", "QĐ-UBND", "2011-06-08", "UBND tỉnh", "Quyết định số 1245/QĐ-UBND ngày 08/6/2011"),
 D("Nghị định", "67", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2007/NĐ-CP"),
 D("Nghị định", "13", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 13/2010/NĐ-CP"),
 D("Quyết định", "239", "QĐ-TTg", "2010-02-09", "Thủ tướng Chính phủ", "Quyết định số 239/QĐ-TTg ngày 09/02/2010")],
[prov("Thái Bình"), com("Vũ Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ » Hoạt động các tổ chức thành viên » Hội Người khuyết tật",
 "Ảnh: Quang cảnh đại hội.", "Đồng chí Phạm Văn Xuyên phát biểu tại đại hội.", "Luật Người khuyết tật", "Số lượt xem: 1.204"],
["Thứ Sáu, 18/11/2011 - 09:20", "lần thứ nhất", "nhiệm kỳ 2011 - 2016", "5 tháng", "khóa I", "Số lượt xem: 1.204"]))

PAGES.append(page("b4494-quangtri-nnda-cam-traoqua-2012", """
Báo Quảng Trị điện tử
Xã hội | Nhân đạo - Từ thiện
Cập nhật: 14:05, 24/08/2012 (GMT+7)
Trao 120 xe lăn cho nạn nhân chất độc da cam
(QT) - Chiều 23/8, tại Nhà văn hóa xã Triệu Ái, Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Trị phối hợp với Quỹ Bảo trợ trẻ em Việt Nam và Công ty TNHH Thiên Phúc tổ chức lễ trao 120 xe lăn, xe lắc cho nạn nhân chất độc da cam và người khuyết tật nặng trên địa bàn các huyện Triệu Phong, Hải Lăng, Cam Lộ. Đây là hoạt động thiết thực hướng tới kỷ niệm 51 năm thảm họa da cam ở Việt Nam.
Đại tá Lê Đình Thuận, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh cho biết, toàn tỉnh hiện có trên 15.800 người bị nhiễm chất độc da cam, trong đó khoảng 4.700 người là con, cháu của cựu chiến binh; nhiều gia đình có từ 2 đến 3 người bị ảnh hưởng, sống trong cảnh nghèo. Từ đầu năm đến nay, Hội đã vận động được gần 1,6 tỷ đồng, thăm hỏi, tặng 2.350 suất quà, hỗ trợ xây mới 12 "Nhà nhân ái" và sửa chữa 7 nhà cho hội viên.
Mỗi chiếc xe lăn trị giá 2,5 triệu đồng; cùng với xe, mỗi nạn nhân còn được tặng 300.000 đồng tiền mặt. Ngoài ra, Ban tổ chức trao 40 suất học bổng "Nâng bước em đến trường" cho con em nạn nhân học giỏi, mỗi suất 1 triệu đồng.
Ông Hồ Xuân Lâm, Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh, thay mặt Ban tổ chức cảm ơn các nhà hảo tâm.
Ông Lê Đình Thuận trao xe lăn cho nạn nhân. Ảnh: Hải Yến
Đến dự có bà Trần Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Hữu Bằng, Phó Giám đốc Sở Lao động - Thương binh và Xã hội. Bà Mai Hương đề nghị các hội cơ sở tiếp tục thực hiện tốt Chỉ thị số 09-CT/TW ngày 12/5/2011 của Ban Bí thư, phối hợp giám sát việc chi trả trợ cấp theo Quyết định 120/2004/QĐ-TTg.
Xúc động nhận chiếc xe lăn mới, chị Lê Thị Sen, thôn Đại Hào, xã Triệu Đại, bị di chứng chất độc da cam từ nhỏ, chia sẻ: "Có xe, tôi có thể tự ra chợ bán vé số, không phải nhờ mẹ già cõng nữa".
Theo kế hoạch số 18/KH-HNNCĐDC của Hội, từ nay đến cuối năm, Hội tiếp tục vận động thêm khoảng 80 xe lăn và mở 2 lớp dạy nghề làm chổi đót, hương trầm cho 50 nạn nhân còn khả năng lao động.
Hội cũng đề nghị các doanh nghiệp trên địa bàn ưu tiên nhận con em nạn nhân chất độc da cam vào làm việc, góp phần giúp các gia đình ổn định cuộc sống lâu dài.
Hải Yến
Lượt xem: 932
Tin liên quan
- Hải Lăng: 150 suất quà đến với nạn nhân chất độc da cam (10/08/2012)
- Hội NNCĐDC tỉnh sơ kết 6 tháng đầu năm 2012 (20/07/2012)
- Đoàn công tác Trung ương Hội thăm nạn nhân tại Vĩnh Linh (02/07/2012)
- Gio Linh: ra mắt mô hình nuôi bò sinh sản cho nạn nhân da cam (25/06/2012)
- Vận động ủng hộ Quỹ Bảo trợ nạn nhân chất độc da cam năm 2012 (12/06/2012)
""", "2012-08-24", "Trao 120 xe lăn cho nạn nhân chất độc da cam",
E("trao_qua", None, "2012-08-23"),
[P("Lê Đình Thuận", "Đại tá", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Hồ Xuân Lâm", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Trần Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Bằng", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lê Thị Sen")],
[Q("120 xe lăn, xe lắc", 120, "xe lăn, xe lắc"), Q("trên 15.800 người", 15800, "người", "over"),
 Q("khoảng 4.700 người", 4700, "người", "approx"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("2.350 suất quà", 2350, "suất quà"), Q('12 "Nhà nhân ái"', 12, "Nhà nhân ái"), Q("7 nhà", 7, "nhà"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("40 suất học bổng", 40, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 80 xe lăn", 80, "xe lăn", "approx"), Q("2 lớp dạy nghề", 2, "lớp dạy nghề"),
 Q("50 nạn nhân", 50, "nạn nhân")],
[D("Chỉ thị", "09", "CT/TW", "2011-05-12", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 12/5/2011"),
 D("Quyết định", "120", "2004/QĐ-TTg", None, None, "Quyết định 120/2004/QĐ-TTg"),
 D("Kế hoạch", "18", "KH-HNNCĐDC", None, "Hội", "kế hoạch số 18/KH-HNNCĐDC")],
[prov("Quảng Trị"), com("Triệu Ái"), com("Triệu Đại")],
["Báo Quảng Trị điện tử", "Xã hội | Nhân đạo - Từ thiện", "(QT)", "Ông Lê Đình Thuận trao xe lăn cho nạn nhân. Ảnh: Hải Yến",
 "Nâng bước em đến trường", "Quỹ Bảo trợ trẻ em Việt Nam", "Công ty TNHH Thiên Phúc", "Lượt xem: 932"],
["Cập nhật: 14:05, 24/08/2012 (GMT+7)", "51 năm", "từ 2 đến 3 người", "Lượt xem: 932"]))

PAGES.append(page("b4495-hanam-hoinguoimu-tongket-2013", """
HỘI NGƯỜI MÙ TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
20-12-2013 16:40
Ảnh: Các đại biểu dự hội nghị.
Hội Người mù tỉnh Hà Nam: 85 hội viên thoát nghèo nhờ nghề xoa bóp, bấm huyệt
Ngày 19/12, Hội Người mù tỉnh Hà Nam tổ chức hội nghị tổng kết công tác Hội và phong trào người mù năm 2013, triển khai nhiệm vụ năm 2014. Đồng chí Đinh Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Trần Văn Phúc, Phó Chủ tịch Trung ương Hội Người mù Việt Nam dự và chỉ đạo hội nghị.
Năm 2013, Hội đã phát triển thêm 112 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 1.376 người, sinh hoạt ở 6 hội huyện, thành phố và 98 chi hội cơ sở. Hội phối hợp Trung tâm Dạy nghề tỉnh mở 4 lớp xoa bóp, bấm huyệt và 2 lớp đan lát cho 96 học viên; 85 hội viên học xong đã có việc làm ổn định, thu nhập bình quân 3 triệu đồng/tháng và thoát nghèo. Đã có 214 người mù được học chữ nổi Braille, 37 người học tin học bằng phần mềm đọc màn hình.
Hội nhận ủy thác của Ngân hàng Chính sách xã hội với dư nợ 3,2 tỷ đồng cho 168 hộ vay vốn phát triển chăn nuôi. Thực hiện Hướng dẫn số 07-HD/HNM của Trung ương Hội và Kế hoạch 26/KH-UBND của UBND tỉnh, Hội vận động 1.050 suất quà Tết, 42 chiếc gậy trắng và 15 máy ép tăm cho chi hội sản xuất.
Đồng chí Đinh Thị Lụa phát biểu tại hội nghị.
Tại hội nghị, ông Nguyễn Văn Điệp, Chủ tịch Hội Người mù tỉnh, thẳng thắn chỉ ra hạn chế: còn khoảng 30% hội viên thuộc hộ nghèo, một số chi hội sinh hoạt không đều. Bà Lê Thị Hoa, Chủ tịch Hội Người mù huyện Kim Bảng, chia sẻ mô hình cơ sở xoa bóp của hội đang giải quyết việc làm cho 11 người mù.
Phát biểu chỉ đạo, đồng chí Đinh Thị Lụa đề nghị Hội tiếp tục thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo đối với công tác người khuyết tật; chủ động phối hợp với Ủy ban MTTQ và các đoàn thể huy động nguồn lực, phấn đấu năm 2014 giảm ít nhất 5% hộ nghèo trong hội viên.
Dịp này, Trung ương Hội Người mù Việt Nam tặng bằng khen cho 3 tập thể, 5 cá nhân; Hội tỉnh tặng giấy khen cho 17 cá nhân tiêu biểu. Bà Phạm Thị Thanh Thủy, xã Thanh Hà, được Hội tỉnh tuyên dương vì đã dạy chữ nổi miễn phí cho 20 trẻ em mù. Nhiều ý kiến tại hội nghị kiến nghị UBND tỉnh sớm bố trí quỹ đất xây dựng Trung tâm dạy nghề và phục hồi chức năng cho người mù, bởi hiện các lớp học vẫn phải mượn hội trường của xã.
Thu Hà
Số lần xem: 654
Tin khác
- Kim Bảng: trao máy ép tăm cho chi hội người mù (03/12/2013)
- Kỷ niệm 44 năm Ngày thành lập Hội Người mù Việt Nam (17/04/2013)
- Thanh Liêm: hội viên người mù vui Tết (05/02/2013)
- Phủ Lý: khai giảng lớp chữ nổi Braille cho trẻ em mù (12/01/2013)
- Hội Người mù tỉnh sơ kết 6 tháng đầu năm 2013 (15/07/2013)
""", "2013-12-20", "Hội Người mù tỉnh Hà Nam: 85 hội viên thoát nghèo nhờ nghề xoa bóp, bấm huyệt",
E("tong_ket", "2013", "2013-12-19"),
[P("Đinh Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Phúc", "Phó Chủ tịch Trung ương Hội Người mù Việt Nam"),
 P("Nguyễn Văn Điệp", "Chủ tịch Hội Người mù tỉnh"),
 P("Lê Thị Hoa", "Chủ tịch Hội Người mù huyện Kim Bảng"),
 P("Phạm Thị Thanh Thủy")],
[Q("85 hội viên", 85, "hội viên"), Q("112 hội viên mới", 112, "hội viên mới"), Q("1.376 người", 1376, "người"),
 Q("6 hội huyện, thành phố", 6, "hội huyện, thành phố"), Q("98 chi hội cơ sở", 98, "chi hội cơ sở"),
 Q("4 lớp xoa bóp, bấm huyệt", 4, "lớp xoa bóp, bấm huyệt"), Q("2 lớp đan lát", 2, "lớp đan lát"), Q("96 học viên", 96, "học viên"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("214 người mù", 214, "người mù"), Q("37 người", 37, "người"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("168 hộ", 168, "hộ"),
 Q("1.050 suất quà", 1050, "suất quà"), Q("42 chiếc gậy trắng", 42, "chiếc gậy trắng"), Q("15 máy ép tăm", 15, "máy ép tăm"),
 Q("khoảng 30%", 30, "%", "approx"), Q("11 người mù", 11, "người mù"), Q("ít nhất 5%", 5, "%", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("17 cá nhân tiêu biểu", 17, "cá nhân tiêu biểu"), Q("20 trẻ em mù", 20, "trẻ em mù")],
[D("Hướng dẫn", "07", "HD/HNM", None, "Trung ương Hội", "Hướng dẫn số 07-HD/HNM"),
 D("Kế hoạch", "26", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 26/KH-UBND"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU")],
[prov("Hà Nam"), com("Thanh Hà")],
["HỘI NGƯỜI MÙ TỈNH HÀ NAM", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội", "Ảnh: Các đại biểu dự hội nghị.",
 "Đồng chí Đinh Thị Lụa phát biểu tại hội nghị.", "Số lần xem: 654", "Ngân hàng Chính sách xã hội"],
["20-12-2013 16:40", "năm 2013", "năm 2014", "Số lần xem: 654"]))

PAGES.append(page("b4496-daklak-baotro-taphuan-2014", """
HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT VÀ TRẺ MỒ CÔI TỈNH ĐẮK LẮK
Trang chủ / Tin hoạt động / Hội cơ sở
08:15 | 12/09/2014
Tập huấn nâng cao năng lực cho 120 cán bộ Hội cơ sở
Từ ngày 10 đến 11/9/2014, tại TP. Buôn Ma Thuột, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Đắk Lắk phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2014 cho 120 học viên là chủ tịch, phó chủ tịch hội cấp huyện và cán bộ chi hội các xã, phường, thị trấn.
Phát biểu khai mạc, ông Y Khuê Niê, Phó Chủ tịch Thường trực Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, cho biết toàn tỉnh hiện có hơn 48.000 người khuyết tật, 2.630 trẻ mồ côi, trong đó gần 40% là người đồng bào dân tộc thiểu số tại chỗ. Nhiều cán bộ Hội cơ sở mới được kiện toàn, chưa nắm vững nghiệp vụ.
Ông Y Khuê Niê phát biểu khai mạc lớp tập huấn. Ảnh: H'Linh
Trong 2 ngày, các học viên được bà H'Ngoan Byă, Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội, truyền đạt Luật Người khuyết tật, Nghị định số 28/2012/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; Thông tư liên tịch số 37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT về xác định mức độ khuyết tật. Ông Lê Văn Hòa, Chánh Văn phòng Hội, hướng dẫn kỹ năng vận động nguồn lực, lập hồ sơ đề nghị hỗ trợ xe lăn, học bổng và mô hình sinh kế theo Kế hoạch số 52/KH-HBT ngày 03/3/2014 của Hội.
Báo cáo tại lớp học cho thấy, 8 tháng năm 2014, các cấp Hội trong tỉnh đã vận động trên 3,4 tỷ đồng, trao 215 xe lăn, 380 suất học bổng, hỗ trợ 26 con bò giống cho hộ người khuyết tật nghèo và xây 9 nhà tình thương, mỗi căn trị giá 40 triệu đồng. Hội huyện Krông Búk có cách làm hay khi kết nối cho 17 người khuyết tật vay vốn trồng cà phê, hồ tiêu.
Các học viên Y Bhin Ksơr, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Lắk, và H'Rin Mlô, Phó Chủ tịch Hội xã Ea Tul, chia sẻ khó khăn khi vận động đồng bào không giấu trẻ khuyết tật trong nhà.
Bế mạc lớp tập huấn, bà Nguyễn Thị Thanh Hương, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, đề nghị mỗi chi hội xây dựng ít nhất 1 mô hình sinh kế; đến cuối năm 2014 phấn đấu 100% xã, phường, thị trấn có chi hội hoạt động. 
H'Linh
Lượt truy cập: 2.317
Bài viết liên quan
- Krông Búk: trao 30 xe lăn cho người khuyết tật (20/08/2014)
- Trao học bổng cho 150 trẻ mồ côi vượt khó (05/08/2014)
- Hội Bảo trợ tỉnh sơ kết 6 tháng đầu năm 2014 (15/07/2014)
- Ea H'leo: ra mắt chi hội bảo trợ người khuyết tật tại 3 xã (02/07/2014)
- Đoàn công tác Trung ương Hội Bảo trợ làm việc tại Đắk Lắk (18/06/2014)
- Buôn Đôn: 45 trẻ mồ côi được nhận đỡ đầu (30/05/2014)
""", "2014-09-12", "Tập huấn nâng cao năng lực cho 120 cán bộ Hội cơ sở",
E("tap_huan", "2014", "2014-09-10"),
[P("Y Khuê Niê", "Phó Chủ tịch Thường trực Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"),
 P("H'Ngoan Byă", "Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội"),
 P("Lê Văn Hòa", "Chánh Văn phòng Hội"),
 P("Y Bhin Ksơr", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Lắk"),
 P("H'Rin Mlô", "Phó Chủ tịch Hội xã Ea Tul"),
 P("Nguyễn Thị Thanh Hương", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh")],
[Q("120 cán bộ Hội cơ sở", 120, "cán bộ Hội cơ sở"), Q("hơn 48.000 người khuyết tật", 48000, "người khuyết tật", "over"),
 Q("2.630 trẻ mồ côi", 2630, "trẻ mồ côi"), Q("gần 40%", 40, "%", "approx"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("215 xe lăn", 215, "xe lăn"), Q("380 suất học bổng", 380, "suất học bổng"),
 Q("26 con bò giống", 26, "con bò giống"), Q("9 nhà tình thương", 9, "nhà tình thương"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("17 người khuyết tật", 17, "người khuyết tật"), Q("ít nhất 1 mô hình sinh kế", 1, "mô hình sinh kế", "over"), Q("100%", 100, "%")],
[D("Nghị định", "28", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2012/NĐ-CP"),
 D("Thông tư liên tịch", "37", "2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT", None, None, "Thông tư liên tịch số 37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT"),
 D("Kế hoạch", "52", "KH-HBT", "2014-03-03", "Hội", "Kế hoạch số 52/KH-HBT ngày 03/3/2014")],
[prov("Đắk Lắk"), com("Ea Tul")],
["HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT VÀ TRẺ MỒ CÔI TỈNH ĐẮK LẮK", "Trang chủ / Tin hoạt động / Hội cơ sở",
 "Ông Y Khuê Niê phát biểu khai mạc lớp tập huấn. Ảnh: H'Linh", "Luật Người khuyết tật", "Lượt truy cập: 2.317"],
["08:15 | 12/09/2014", "năm 2014", "2 ngày", "8 tháng năm 2014", "Lượt truy cập: 2.317"]))

PAGES.append(page("b4497-cantho-nnda-cam-soket-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện :: Văn hóa - Xã hội
Ngày đăng 10/07/2015 | 15:30
Cần Thơ: hơn 2.300 nạn nhân chất độc da cam được hỗ trợ sinh kế
Sáng 9/7, Hội Nạn nhân chất độc da cam/dioxin thành phố Cần Thơ tổ chức sơ kết công tác Hội 6 tháng đầu năm 2015, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Ông Trương Quang Hoài Nam, Phó Chủ tịch UBND thành phố; bà Huỳnh Thị Ngọc Anh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố đến dự.
Theo báo cáo, 6 tháng qua các cấp Hội vận động được 4,75 tỷ đồng, tăng 18% so với cùng kỳ; hỗ trợ sinh kế cho hơn 2.300 nạn nhân chất độc da cam, trong đó 146 hộ được tặng bò, 310 hộ được hỗ trợ con giống, phân bón; 58 hộ được vay vốn không lãi từ Quỹ Bảo trợ nạn nhân. Hội phối hợp Hội Chữ thập đỏ khám bệnh, cấp thuốc miễn phí cho 1.250 lượt nạn nhân; trao 90 xe lăn và bàn giao 11 căn nhà "Mái ấm da cam".
Thực hiện Kết luận 43-KL/TW của Ban Bí thư và Chỉ thị 19, 20-CT/TU của Ban Thường vụ Thành ủy, Hội đã tham mưu UBND thành phố ban hành Kế hoạch số 87/KH-UBND ngày 21/4/2015 về chăm sóc, hỗ trợ nạn nhân chất độc da cam giai đoạn 2015 - 2020.
Ông Phan Văn Út, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin thành phố báo cáo tại hội nghị.
Tại hội nghị, ông Nguyễn Văn Bé Tư, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin quận Ô Môn, kiến nghị nâng mức trợ cấp cho những gia đình có từ 2 nạn nhân trở lên. Bà Lâm Thị Kim Xuyến, Phó Chủ tịch Hội phường An Khánh, phản ánh việc xác nhận hồ sơ nạn nhân thế hệ thứ ba còn chậm.
Ghi nhận kết quả đạt được, ông Trương Quang Hoài Nam đề nghị các cấp Hội tiếp tục thực hiện cuộc vận động "Chung tay vì nạn nhân chất độc da cam", phấn đấu đến cuối năm 2015 vận động thêm khoảng 3 tỷ đồng, xây mới 20 căn nhà và giúp ít nhất 100 hộ nạn nhân thoát nghèo. Ông Phan Văn Út, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin thành phố, tiếp thu ý kiến chỉ đạo và cho biết sẽ phối hợp Ban Đại diện Hội Người cao tuổi thành phố phát động đợt ủng hộ từ nay đến ngày 10/8.
Ngọc Thảo
Lượt xem: 1.489
Tin liên quan
- Ninh Kiều: trao 25 xe lăn cho nạn nhân da cam (25/06/2015)
- Thốt Nốt ra mắt Hội Nạn nhân chất độc da cam (12/05/2015)
- Tặng 500 phần quà Tết cho nạn nhân chất độc da cam (02/02/2015)
- Cờ Đỏ: bàn giao nhà "Mái ấm da cam" cho hộ nạn nhân nghèo (15/01/2015)
- Hội Nạn nhân chất độc da cam/dioxin thành phố tổng kết năm 2014 (26/12/2014)
- Phong Điền: khám bệnh, cấp thuốc cho 300 nạn nhân (10/12/2014)
- Vận động ủng hộ nạn nhân chất độc da cam nhân ngày 10/8 (08/08/2014)
""", "2015-07-10", "Cần Thơ: hơn 2.300 nạn nhân chất độc da cam được hỗ trợ sinh kế",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Trương Quang Hoài Nam", "Phó Chủ tịch UBND thành phố"),
 P("Huỳnh Thị Ngọc Anh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phan Văn Út", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin thành phố"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin quận Ô Môn"),
 P("Lâm Thị Kim Xuyến", "Phó Chủ tịch Hội phường An Khánh")],
[Q("hơn 2.300 nạn nhân chất độc da cam", 2300, "nạn nhân chất độc da cam", "over"), Q("4,75 tỷ đồng", 4750000000, "đồng"),
 Q("18%", 18, "%"), Q("146 hộ", 146, "hộ"), Q("310 hộ", 310, "hộ"), Q("58 hộ", 58, "hộ"),
 Q("1.250 lượt nạn nhân", 1250, "lượt nạn nhân"), Q("90 xe lăn", 90, "xe lăn"), Q('11 căn nhà "Mái ấm da cam"', 11, "căn nhà"),
 Q("từ 2 nạn nhân trở lên", 2, "nạn nhân", "over"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("20 căn nhà", 20, "căn nhà"), Q("ít nhất 100 hộ", 100, "hộ", "over")],
[D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Kế hoạch", "87", "KH-UBND", "2015-04-21", "UBND thành phố", "Kế hoạch số 87/KH-UBND ngày 21/4/2015")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức - Sự kiện :: Văn hóa - Xã hội", "Mái ấm da cam",
 "Ông Phan Văn Út, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin thành phố báo cáo tại hội nghị.",
 "Chung tay vì nạn nhân chất độc da cam", "Quỹ Bảo trợ nạn nhân", "Lượt xem: 1.489"],
["Ngày đăng 10/07/2015 | 15:30", "6 tháng đầu năm 2015", "6 tháng cuối năm", "giai đoạn 2015 - 2020", "thế hệ thứ ba", "Lượt xem: 1.489"]))

PAGES.append(page("b4498-ninhbinh-tremocoi-traoqua-2016", """
BÁO NINH BÌNH ĐIỆN TỬ
Xã hội » Nhân ái
29/01/2016 - 10:05
Ảnh: Lãnh đạo tỉnh trao quà cho trẻ mồ côi.
Bàn giao 6 "Mái ấm tình thương" và trao 450 suất quà Tết cho trẻ mồ côi, người khuyết tật
Ngày 28/1, Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh Ninh Bình tổ chức lễ bàn giao 6 "Mái ấm tình thương" và trao 450 suất quà Tết Bính Thân 2016 cho trẻ mồ côi, người khuyết tật có hoàn cảnh đặc biệt khó khăn tại xã Gia Sinh và xã Ninh Hải. Đồng chí Đinh Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phạm Thị Hồng Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và trao quà.
Mỗi "Mái ấm tình thương" có diện tích 45 m2, kinh phí xây dựng 60 triệu đồng, trong đó Hội hỗ trợ 40 triệu đồng, số còn lại do gia đình, dòng họ và bà con lối xóm góp công, góp sức. Mỗi suất quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá hơn 310 triệu đồng.
Ông Vũ Đình Đạo, Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh cho biết, thực hiện Quyết định số 647/QĐ-TTg của Thủ tướng Chính phủ về Đề án chăm sóc trẻ em mồ côi không nơi nương tựa và Kế hoạch 15, 16/KH-UBND của UBND tỉnh, năm 2015 Hội đã vận động trên 2,1 tỷ đồng, nhận đỡ đầu 87 trẻ mồ côi, trao 118 xe lăn, xe lắc; toàn tỉnh có 2.940 trẻ em mồ côi và khoảng 27.000 người khuyết tật.
Em Đinh Thị Ngọc, xã Gia Sinh, mồ côi cả cha lẫn mẹ, được nhận "Mái ấm tình thương". Ảnh: Minh Đường
Các đồng chí Phó Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh: Trần Văn Hiển, Nguyễn Thị Mận cùng đại diện các nhà tài trợ đã trao quà cho các em. Bà Bùi Thị Thoa, Bí thư Đảng ủy, Chủ tịch HĐND xã Ninh Hải, cảm ơn Hội và các nhà hảo tâm đã giúp 2 hộ trong xã có nhà kiên cố trước Tết.
Phát biểu tại buổi lễ, đồng chí Đinh Văn Hùng đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị số 08-CT/TU ngày 20/10/2015 của Ban Thường vụ Tỉnh ủy, phát huy phong trào "Tết vì người nghèo và nạn nhân chất độc da cam", bảo đảm không để trẻ mồ côi, người khuyết tật nào không có Tết. Đồng chí cũng lưu ý các địa phương rà soát kỹ đối tượng, công khai danh sách tại nhà văn hóa thôn, xóm để việc trao quà, xây nhà đúng người, đúng hoàn cảnh, tránh trùng lặp giữa các nguồn hỗ trợ.
Minh Đường
Lượt đọc: 3.102
Tin khác
- Trao 200 suất quà cho người khuyết tật huyện Kim Sơn (25/01/2016)
- Ngân hàng Chính sách xã hội tỉnh hỗ trợ 50 trẻ mồ côi (20/01/2016)
- Hội Bảo trợ tỉnh tổng kết năm 2015 (30/12/2015)
- Yên Mô: khánh thành nhà tình thương cho hội viên khuyết tật (18/12/2015)
- Hoa Lư: trao xe lăn cho 40 người khuyết tật nặng (04/12/2015)
""", "2016-01-29", 'Bàn giao 6 "Mái ấm tình thương" và trao 450 suất quà Tết cho trẻ mồ côi, người khuyết tật',
E("trao_qua", None, "2016-01-28"),
[P("Đinh Văn Hùng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Đình Đạo", "Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh"),
 P("Trần Văn Hiển", "Phó Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh"),
 P("Nguyễn Thị Mận", "Phó Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh"),
 P("Bùi Thị Thoa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ninh Hải"),
 P("Đinh Thị Ngọc")],
[Q('6 "Mái ấm tình thương"', 6, "Mái ấm tình thương"), Q("450 suất quà", 450, "suất quà"), Q("45 m2", 45, "m2"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("87 trẻ mồ côi", 87, "trẻ mồ côi"), Q("118 xe lăn, xe lắc", 118, "xe lăn, xe lắc"), Q("2.940 trẻ em mồ côi", 2940, "trẻ em mồ côi"),
 Q("khoảng 27.000 người khuyết tật", 27000, "người khuyết tật", "approx"), Q("2 hộ", 2, "hộ")],
[D("Quyết định", "647", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 647/QĐ-TTg"),
 D("Kế hoạch", "15", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 15, 16/KH-UBND"),
 D("Kế hoạch", "16", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 15, 16/KH-UBND"),
 D("Chỉ thị", "08", "CT/TU", "2015-10-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 20/10/2015")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Ninh Hải")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Xã hội » Nhân ái", "Ảnh: Lãnh đạo tỉnh trao quà cho trẻ mồ côi.",
 'Em Đinh Thị Ngọc, xã Gia Sinh, mồ côi cả cha lẫn mẹ, được nhận "Mái ấm tình thương". Ảnh: Minh Đường',
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Lượt đọc: 3.102"],
["29/01/2016 - 10:05", "Tết Bính Thân 2016", "năm 2015", "Lượt đọc: 3.102"]))
