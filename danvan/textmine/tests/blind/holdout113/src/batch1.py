from lib import *
PAGES = []

PAGES.append(page("b2669-hanoi-dichvonghau-ngayhoi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức - Sự kiện > Phường
Thứ Sáu, 18/11/2011 - 09:20
Lãnh đạo quận tặng quà hộ nghèo tại ngày hội.
Tổ dân phố số 9 phường Dịch Vọng Hậu vui Ngày hội Đại đoàn kết toàn dân tộc
Tối 16/11, tại nhà văn hóa tổ dân phố số 9, Ban Công tác Mặt trận khu dân cư phường Dịch Vọng Hậu (quận Cầu Giấy, Hà Nội) tổ chức Ngày hội Đại đoàn kết toàn dân tộc, kỷ niệm 81 năm Ngày truyền thống Mặt trận Dân tộc Thống nhất Việt Nam. Về dự có đồng chí Nguyễn Thị Thanh Huyền, Phó Bí thư Thường trực Quận ủy Cầu Giấy; đồng chí Đỗ Văn Khiêm, Chủ tịch Ủy ban MTTQ quận, cùng đông đảo nhân dân trong tổ.
Báo cáo tại ngày hội do ông Lê Quang Thắng, Trưởng ban Công tác Mặt trận tổ dân phố số 9, trình bày cho biết: tổ hiện có 412 hộ với hơn 1.600 nhân khẩu. Năm 2011 có 398 hộ đạt danh hiệu "Gia đình văn hóa", đạt 96,6%; tổ được công nhận "Tổ dân phố văn hóa" năm thứ 5 liên tục. Các gia đình trong tổ đã ủng hộ Quỹ "Vì người nghèo" hơn 18 triệu đồng, giúp 2 hộ nghèo sửa chữa nhà ở. Tổ tự quản an ninh của khu dân cư có 14 thành viên, duy trì tuần tra ban đêm, góp phần không để xảy ra trộm cắp lớn.
Ban Công tác Mặt trận cũng phối hợp chi bộ tổ dân phố thực hiện Chỉ thị số 11-CT/QU của Ban Thường vụ Quận ủy về nâng cao chất lượng hoạt động của tổ dân phố và Kế hoạch số 37/KH-UBND ngày 5/4/2011 của UBND phường về xây dựng khu dân cư an toàn về an ninh trật tự.
Phát biểu tại ngày hội, đồng chí Nguyễn Thị Thanh Huyền biểu dương những kết quả mà nhân dân tổ dân phố số 9 đạt được, đề nghị bà con tiếp tục giữ gìn nếp sống văn minh đô thị, hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ủy ban MTTQ phường trao 10 suất quà cho hộ nghèo, hộ cận nghèo, mỗi suất trị giá 500.000 đồng; quận tặng tổ dân phố 1 bộ tăng âm loa đài. Bà Phạm Thị Lụa, 78 tuổi, một cụ bà trong tổ, xúc động: "Năm nào ngày hội cũng vui, hàng xóm gặp nhau đông đủ".
Phần văn nghệ do các chi hội phụ nữ, người cao tuổi biểu diễn cùng các trò chơi dân gian kéo co, nhảy bao bố đã tạo không khí đầm ấm. Ông Vũ Đình Hòe, Bí thư Chi bộ tổ dân phố số 9, cho biết chi bộ sẽ đưa ý kiến của nhân dân tại ngày hội vào nghị quyết sinh hoạt tháng 12.
Thu Hà
Số lượt truy cập: 1.204.556
Tin liên quan
- Phường Yên Hòa ra mắt mô hình "Tổ dân phố tự quản" (10/11/2011)
- Quận Cầu Giấy tổng kết 10 năm cuộc vận động ở khu dân cư (04/11/2011)
- Trao 200 suất quà cho người nghèo phường Nghĩa Đô (28/10/2011)
- Phường Quan Hoa tập huấn nghiệp vụ cho tổ trưởng tổ dân phố (20/10/2011)
- Hội nghị điển hình tiên tiến khu dân cư văn hóa quận Cầu Giấy (12/10/2011)
""", "2011-11-18", "Tổ dân phố số 9 phường Dịch Vọng Hậu vui Ngày hội Đại đoàn kết toàn dân tộc",
E("khac", None, "2011-11-16"),
[P("Nguyễn Thị Thanh Huyền", "Phó Bí thư Thường trực Quận ủy Cầu Giấy"),
 P("Đỗ Văn Khiêm", "Chủ tịch Ủy ban MTTQ quận"),
 P("Lê Quang Thắng", "Trưởng ban Công tác Mặt trận tổ dân phố số 9"),
 P("Phạm Thị Lụa"),
 P("Vũ Đình Hòe", "Bí thư Chi bộ tổ dân phố số 9")],
[Q("412 hộ", 412, "hộ"), Q("hơn 1.600 nhân khẩu", 1600, "nhân khẩu", "over"), Q("398 hộ", 398, "hộ"),
 Q("96,6%", 96.6, "%"), Q("hơn 18 triệu đồng", 18000000, "đồng", "over"), Q("2 hộ nghèo", 2, "hộ nghèo"),
 Q("14 thành viên", 14, "thành viên"), Q("10 suất quà", 10, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "11", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 11-CT/QU"),
 D("Kế hoạch", "37", "KH-UBND", "2011-04-05", "UBND phường", "Kế hoạch số 37/KH-UBND ngày 5/4/2011")],
[prov("Hà Nội"), com("Dịch Vọng Hậu")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức - Sự kiện > Phường",
 "Lãnh đạo quận tặng quà hộ nghèo tại ngày hội.", "Gia đình văn hóa", "Tổ dân phố văn hóa", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt truy cập: 1.204.556"],
["Thứ Sáu, 18/11/2011 - 09:20", "81 năm", "năm thứ 5", "78 tuổi", "1 bộ tăng âm loa đài", "Số lượt truy cập: 1.204.556",
 "tổ dân phố số 9"]))

PAGES.append(page("b2670-danang-hoacuongbac-soket-2012", """
Đảng bộ phường Hòa Cường Bắc - quận Hải Châu - TP Đà Nẵng
Tin tức :: Công tác dân vận
Ngày đăng: 10/07/2012 15:42
Hòa Cường Bắc: sơ kết phong trào "Dân vận khéo" ở tổ dân phố
Chiều 6/7/2012, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và khối dân vận phường Hòa Cường Bắc tổ chức hội nghị sơ kết 6 tháng đầu năm 2012, bàn nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Sơn, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì.
Đồng chí Trần Văn Sơn phát biểu tại hội nghị. Ảnh: Minh Quân
Theo báo cáo, thực hiện Kế hoạch 52-KH/ĐU của Đảng ủy phường về phong trào thi đua "Dân vận khéo" giai đoạn 2012 - 2015, 6 tháng qua các chi bộ, đoàn thể đã đăng ký 23 mô hình, trong đó 9 mô hình gắn với chỉnh trang đô thị, vận động nhân dân hiến đất mở rộng kiệt, hẻm. Nhân dân 7 tổ dân phố đã tự nguyện hiến khoảng 640 m2 đất, đóng góp trên 1,2 tỷ đồng bê tông hóa 11 kiệt.
Khối dân vận đã phối hợp tổ chức 4 buổi đối thoại giữa lãnh đạo phường với nhân dân, tiếp nhận 37 ý kiến góp ý, kiến nghị; đến nay đã giải quyết 31 ý kiến. Công tác vận động giải phóng mặt bằng dự án đường Nguyễn Hữu Thọ được triển khai tốt, 96 hộ dân đã bàn giao mặt bằng.
Tại hội nghị, bà Hồ Thị Kim Liên, Chủ tịch Hội Liên hiệp Phụ nữ phường, giới thiệu mô hình "Phụ nữ Hòa Cường Bắc không xả rác ra đường"; ông Phan Công Bảy, Tổ trưởng tổ dân phố 14, kể cách vận động 19 hộ hiến đất làm kiệt 68. Ông Nguyễn Hữu Lộc, Bí thư Chi bộ khu dân cư số 5, kiến nghị cần có kinh phí hỗ trợ các tổ dân phố tổ chức sinh hoạt.
Phát biểu kết luận, đồng chí Trần Văn Sơn yêu cầu các chi bộ tiếp tục quán triệt Chỉ thị 22-CT/TU của Ban Thường vụ Thành ủy Đà Nẵng về tăng cường công tác dân vận trong tình hình mới, Quyết định 290-QĐ/TW của Bộ Chính trị; đẩy mạnh phong trào "Dân vận khéo" gắn với cuộc vận động "Năm văn minh đô thị"; chú trọng đối thoại với dân ngay từ tổ dân phố.
Dịp này, Đảng ủy phường tặng giấy khen cho 5 tập thể và 8 cá nhân tiêu biểu. Ông Lưu Đức Hạnh, Chủ tịch UBND phường, phát biểu ghi nhận các tổ dân phố đã chủ động phát hiện, hòa giải thành 6 vụ việc mâu thuẫn trong nhân dân.
Minh Quân - Ban Tuyên giáo Đảng ủy
Các tin đã đưa
- Phường Hòa Cường Bắc ra quân tổng vệ sinh môi trường (28/06/2012)
- Hội nghị đại biểu nhân dân tổ dân phố 22 (14/06/2012)
- Khánh thành kiệt bê tông 68 Núi Thành (01/06/2012)
- Ra mắt tổ hòa giải tổ dân phố 9 (25/05/2012)
- Đảng ủy phường học tập chuyên đề năm 2012 về tấm gương đạo đức Hồ Chí Minh (18/05/2012)
- Hội Cựu chiến binh phường giúp hội viên nghèo làm kinh tế (10/05/2012)
- Trao học bổng cho học sinh nghèo vượt khó (03/05/2012)
""", "2012-07-10", "Hòa Cường Bắc: sơ kết phong trào \"Dân vận khéo\" ở tổ dân phố",
E("so_ket", "2012-H1", "2012-07-06"),
[P("Trần Văn Sơn", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Hồ Thị Kim Liên", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Phan Công Bảy", "Tổ trưởng tổ dân phố 14"),
 P("Nguyễn Hữu Lộc", "Bí thư Chi bộ khu dân cư số 5"),
 P("Lưu Đức Hạnh", "Chủ tịch UBND phường")],
[Q("23 mô hình", 23, "mô hình"), Q("9 mô hình", 9, "mô hình"), Q("7 tổ dân phố", 7, "tổ dân phố"),
 Q("khoảng 640 m2", 640, "m2", "approx"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("11 kiệt", 11, "kiệt"),
 Q("4 buổi đối thoại", 4, "buổi đối thoại"), Q("37 ý kiến", 37, "ý kiến"), Q("31 ý kiến", 31, "ý kiến"),
 Q("96 hộ dân", 96, "hộ dân"), Q("19 hộ", 19, "hộ"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn")],
[D("Kế hoạch", "52", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 52-KH/ĐU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Thành ủy Đà Nẵng", "Chỉ thị 22-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW")],
[prov("Đà Nẵng"), com("Hòa Cường Bắc")],
["Đảng bộ phường Hòa Cường Bắc - quận Hải Châu - TP Đà Nẵng", "Tin tức :: Công tác dân vận",
 "Đồng chí Trần Văn Sơn phát biểu tại hội nghị. Ảnh: Minh Quân", "Dân vận khéo",
 "Phụ nữ Hòa Cường Bắc không xả rác ra đường", "Năm văn minh đô thị", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng: 10/07/2012 15:42", "6 tháng đầu năm 2012", "6 tháng cuối năm", "giai đoạn 2012 - 2015", "kiệt 68",
 "tổ dân phố 14", "khu dân cư số 5"]))

PAGES.append(page("b2671-hcm-phuong7-tuquan-tongket-2013", """
ỦY BAN NHÂN DÂN QUẬN 3 - TP.HCM
Bạn đang ở: Trang chủ / An ninh - Quốc phòng / Phường - Khu phố
27-12-2013 16:05
Phường 7 (quận 3) tổng kết mô hình tổ tự quản an ninh trật tự năm 2013
Ngày 25/12, Đảng ủy, UBND Phường 7, quận 3, TP Hồ Chí Minh tổ chức hội nghị tổng kết hoạt động của các tổ tự quản an ninh trật tự ở khu phố năm 2013. Tham dự có Thượng tá Huỳnh Văn Nghĩa, Phó Trưởng Công an quận 3; đồng chí Lâm Ngọc Phụng, Bí thư Đảng ủy phường.
Báo cáo của Công an phường do Thiếu tá Đặng Quốc Bảo, Trưởng Công an Phường 7, trình bày cho thấy, toàn phường hiện có 6 khu phố, 84 tổ dân phố với 84 tổ tự quản, thu hút khoảng 330 người tham gia. Trong năm, các tổ đã cung cấp 57 nguồn tin có giá trị, phối hợp bắt giữ 12 đối tượng trộm cắp, cướp giật; vận động 1.925 hộ ký cam kết "Gia đình không có người vi phạm pháp luật". So với năm 2012, phạm pháp hình sự giảm 18%.
Thực hiện Nghị quyết 09/NQ-CP ngày 2/6/2012 của Chính phủ và Chỉ thị số 48-CT/TW của Bộ Chính trị về công tác phòng, chống tội phạm, phường đã xây dựng 3 khu phố điểm "An toàn về an ninh trật tự". Các khu phố 2, 4 duy trì camera an ninh do nhân dân đóng góp, tổng kinh phí hơn 160 triệu đồng.
Tại hội nghị, ông Ngô Chí Thành, Trưởng khu phố 4, chia sẻ: "Tổ tự quản phải là người trong hẻm, biết mặt từng nhà, thì mới phát hiện được người lạ". Bà Châu Thị Mỹ Lan, người Hoa, tổ trưởng tổ dân phố 41, kể chuyện vận động các hộ kinh doanh ký hợp đồng giữ xe đúng quy định.
Nhiều ý kiến tại hội nghị cũng thẳng thắn chỉ ra hạn chế: một số tổ tự quản hoạt động còn hình thức, thành viên phần lớn là người cao tuổi, việc nắm tình hình người thuê trọ, người lưu trú tạm thời chưa kịp thời; sự phối hợp giữa tổ tự quản với lực lượng bảo vệ dân phố có lúc chưa chặt chẽ. Một số hộ kinh doanh còn lấn chiếm vỉa hè, gây bức xúc trong dư luận. Các đại biểu đề nghị phường sớm tập huấn kỹ năng nắm tình hình, ghi chép sổ sách cho tổ trưởng, đồng thời biểu dương kịp thời những người có thành tích để động viên phong trào.
Phát biểu chỉ đạo, Thượng tá Huỳnh Văn Nghĩa đề nghị phường tiếp tục củng cố lực lượng, có chế độ bồi dưỡng cho thành viên tổ tự quản; thực hiện tốt Kế hoạch số 125/KH-UBND của UBND quận về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2014.
Dịp này, UBND phường khen thưởng 15 tổ tự quản và 27 cá nhân, mỗi tổ được thưởng 1 triệu đồng. Đồng chí Lâm Ngọc Phụng trao tặng 20 phần quà cho thành viên tổ tự quản có hoàn cảnh khó khăn.
Nguyễn Hiền
Lượt xem: 543
Xem thêm
- Quận 3 ra mắt đội dân phòng khu phố 1 Phường 14 (20/12/2013)
- Hội thi tổ trưởng tổ dân phố giỏi năm 2013 (12/12/2013)
- Phường 9 vận động người dân giữ gìn mỹ quan đô thị (05/12/2013)
- Tặng 300 phần quà cho hộ nghèo nhân dịp Tết Giáp Ngọ (29/11/2013)
""", "2013-12-27", "Phường 7 (quận 3) tổng kết mô hình tổ tự quản an ninh trật tự năm 2013",
E("tong_ket", "2013", "2013-12-25"),
[P("Huỳnh Văn Nghĩa", "Thượng tá", "Phó Trưởng Công an quận 3"),
 P("Lâm Ngọc Phụng", "Bí thư Đảng ủy phường"),
 P("Đặng Quốc Bảo", "Thiếu tá", "Trưởng Công an Phường 7"),
 P("Ngô Chí Thành", "Trưởng khu phố 4"),
 P("Châu Thị Mỹ Lan", "tổ trưởng tổ dân phố 41")],
[Q("6 khu phố", 6, "khu phố"), Q("84 tổ dân phố", 84, "tổ dân phố"), Q("84 tổ tự quản", 84, "tổ tự quản"),
 Q("khoảng 330 người", 330, "người", "approx"), Q("57 nguồn tin có giá trị", 57, "nguồn tin có giá trị"),
 Q("12 đối tượng trộm cắp, cướp giật", 12, "đối tượng trộm cắp, cướp giật"), Q("1.925 hộ", 1925, "hộ"), Q("18%", 18, "%"),
 Q("3 khu phố điểm", 3, "khu phố điểm"), Q("hơn 160 triệu đồng", 160000000, "đồng", "over"),
 Q("15 tổ tự quản", 15, "tổ tự quản"), Q("27 cá nhân", 27, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 phần quà", 20, "phần quà")],
[D("Nghị quyết", "09", "NQ-CP", "2012-06-02", "Chính phủ", "Nghị quyết 09/NQ-CP ngày 2/6/2012"),
 D("Chỉ thị", "48", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 48-CT/TW"),
 D("Kế hoạch", "125", "KH-UBND", None, "UBND quận", "Kế hoạch số 125/KH-UBND")],
[prov("Hồ Chí Minh"), com("Phường 7")],
["ỦY BAN NHÂN DÂN QUẬN 3 - TP.HCM", "Bạn đang ở: Trang chủ / An ninh - Quốc phòng / Phường - Khu phố",
 "Gia đình không có người vi phạm pháp luật", "An toàn về an ninh trật tự", "Lượt xem: 543"],
["27-12-2013 16:05", "năm 2013", "năm 2012", "năm 2014", "Lượt xem: 543", "khu phố 4", "tổ dân phố 41", "quận 3"]))

PAGES.append(page("b2672-cantho-anhoa-traoqua-2014", """
Báo Cần Thơ Online
Thời sự > Xã hội > Từ thiện
08:30 | 24/01/2014
Ủy ban MTTQ phường An Hòa trao 250 phần quà Tết cho hộ nghèo
Ảnh: Đồng chí Huỳnh Văn Tám trao quà cho hộ nghèo.
Sáng 23-1, Ủy ban MTTQ Việt Nam phường An Hòa, quận Ninh Kiều, TP Cần Thơ phối hợp Ban Công tác Mặt trận 12 khu vực tổ chức trao 250 phần quà Tết Giáp Ngọ cho hộ nghèo, hộ cận nghèo và gia đình chính sách khó khăn. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 125 triệu đồng.
Tham dự buổi trao quà có đồng chí Huỳnh Văn Tám, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều; ông Thạch Ngọc Sơn, Chủ tịch Ủy ban MTTQ Việt Nam phường An Hòa; bà Lý Thị Sóc Khiêm, Phó Chủ tịch UBND phường.
Theo ông Thạch Ngọc Sơn, kinh phí trao quà do Quỹ "Vì người nghèo" của phường và các nhà hảo tâm đóng góp. Năm 2013, quỹ vận động được khoảng 386 triệu đồng, đã hỗ trợ xây mới 4 căn nhà Đại đoàn kết, sửa chữa 6 căn nhà, mỗi căn nhà xây mới được hỗ trợ 40 triệu đồng. Thực hiện Kế hoạch số 24/KH-MTTQ ngày 10/12/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, các Ban Công tác Mặt trận khu vực đã rà soát, lập danh sách đúng đối tượng, công khai tại tổ dân cư, không để sót hộ nghèo nào.
Toàn phường hiện còn 118 hộ nghèo, chiếm 1,26% số hộ, trong đó 21 hộ đồng bào Khmer và 9 hộ người Hoa. Bà Danh Thị Sà Quênh, hộ nghèo ở khu vực 5, chia sẻ: "Có phần quà này gia đình tôi yên tâm lo Tết, cảm ơn Mặt trận nhiều lắm".
Cũng trong dịp này, Chi hội Doanh nhân trẻ quận Ninh Kiều trao tặng 30 suất học bổng cho học sinh nghèo hiếu học, mỗi suất 1 triệu đồng; Hội Chữ thập đỏ phường trao 50 phần quà cho người cao tuổi neo đơn.
Để việc trao quà đến tận tay người nhận, các thành viên Ban Công tác Mặt trận đã mang quà đến tận nhà cho những hộ có người già yếu, bệnh tật không thể đến nhận. Nhiều tổ trưởng tổ dân cư còn vận động thêm bà con trong xóm góp gạo, bánh tét, dưa kiệu để các gia đình khó khăn có thêm cái Tết đủ đầy. Không khí buổi trao quà ấm áp, nghĩa tình, thể hiện truyền thống "lá lành đùm lá rách" của người dân phường An Hòa.
Ông Huỳnh Văn Tám ghi nhận Ban Công tác Mặt trận các khu vực đã làm tốt vai trò cầu nối giữa nhân dân với chính quyền, đề nghị phường tiếp tục thực hiện Chỉ thị số 15-CT/QU của Ban Thường vụ Quận ủy về vận động "Tết vì người nghèo", bảo đảm mọi nhà, mọi người đều có Tết.
Bài, ảnh: Kim Ngân
Tin khác
- Phường Cái Khế: ra mắt tổ tự quản bảo vệ môi trường khu vực 3 (22/01/2014)
- Quận Ninh Kiều trao 1.200 phần quà Tết cho hộ nghèo (20/01/2014)
- Phường Xuân Khánh vận động xây 3 căn nhà Đại đoàn kết (16/01/2014)
- Hội LHPN phường Tân An trao vốn cho hội viên khó khăn (13/01/2014)
- Ninh Kiều: tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (08/01/2014)
""", "2014-01-24", "Ủy ban MTTQ phường An Hòa trao 250 phần quà Tết cho hộ nghèo",
E("trao_qua", None, "2014-01-23"),
[P("Huỳnh Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Thạch Ngọc Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Hòa"),
 P("Lý Thị Sóc Khiêm", "Phó Chủ tịch UBND phường"),
 P("Danh Thị Sà Quênh")],
[Q("12 khu vực", 12, "khu vực"), Q("250 phần quà", 250, "phần quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 125 triệu đồng", 125000000, "đồng", "over"),
 Q("khoảng 386 triệu đồng", 386000000, "đồng", "approx"), Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"),
 Q("6 căn nhà", 6, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"), Q("118 hộ nghèo", 118, "hộ nghèo"),
 Q("1,26%", 1.26, "%"), Q("21 hộ đồng bào Khmer", 21, "hộ đồng bào Khmer"), Q("9 hộ người Hoa", 9, "hộ người Hoa"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("50 phần quà", 50, "phần quà")],
[D("Kế hoạch", "24", "KH-MTTQ", "2013-12-10", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 24/KH-MTTQ ngày 10/12/2013"),
 D("Chỉ thị", "15", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 15-CT/QU")],
[prov("Cần Thơ"), com("An Hòa")],
["Báo Cần Thơ Online", "Thời sự > Xã hội > Từ thiện", "Ảnh: Đồng chí Huỳnh Văn Tám trao quà cho hộ nghèo.",
 "Vì người nghèo", "Tết vì người nghèo", "Tết Giáp Ngọ", "lá lành đùm lá rách"],
["08:30 | 24/01/2014", "Sáng 23-1", "Năm 2013", "khu vực 5"]))

PAGES.append(page("b2673-hue-vinhninh-daihoi-mttq-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ » Hoạt động Mặt trận » Cơ sở
Cập nhật lúc 16:40 ngày 11/05/2015
Đại hội đại biểu MTTQ Việt Nam phường Vĩnh Ninh lần thứ XI
Sáng 9/5/2015, Ủy ban MTTQ Việt Nam phường Vĩnh Ninh, thành phố Huế tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường lần thứ XI, nhiệm kỳ 2015 - 2020. Đại hội là điểm chỉ đạo của thành phố để rút kinh nghiệm cho 27 phường trước đại hội MTTQ cấp thành phố.
Về dự có bà Tôn Nữ Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế; ông Hoàng Trọng Khiêm, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế; đồng chí Lê Viết Thuận, Bí thư Đảng ủy phường Vĩnh Ninh cùng 120 đại biểu đại diện cho hơn 8.900 nhân khẩu của 14 tổ dân phố.
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo tổng kết nhiệm kỳ 2010 - 2014 cho thấy, Ủy ban MTTQ phường đã phối hợp các đoàn thể triển khai hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; 14/14 tổ dân phố giữ vững danh hiệu "Tổ dân phố văn hóa", tỷ lệ hộ gia đình văn hóa đạt trên 95%. Quỹ "Vì người nghèo" 5 năm vận động được hơn 720 triệu đồng, hỗ trợ làm mới 9 căn nhà Đại đoàn kết; số hộ nghèo giảm từ 86 hộ xuống còn 23 hộ.
Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Mặt trận phường đã tổ chức 18 cuộc giám sát, 6 hội nghị đối thoại, phản biện; Ban Thanh tra nhân dân phát hiện và kiến nghị xử lý 4 vụ việc. Các Ban Công tác Mặt trận tổ dân phố phối hợp hòa giải thành 31 vụ việc mâu thuẫn, tranh chấp nhỏ ngay từ cơ sở.
Phát biểu chỉ đạo, bà Tôn Nữ Thị Ngọc Hân đề nghị Mặt trận phường phát huy vai trò giám sát, phản biện xã hội, nhất là giám sát việc chỉnh trang đô thị, bảo tồn di tích trong khu vực; quan tâm xây dựng Ban Công tác Mặt trận tổ dân phố vững mạnh theo Hướng dẫn số 09/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Đại hội đã hiệp thương cử 39 vị vào Ủy ban MTTQ Việt Nam phường khóa XI. Tại hội nghị lần thứ nhất, bà Nguyễn Thị Diệu Hiền tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường; ông Phan Thanh Tùng và bà Hồ Thị Lài được hiệp thương làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội MTTQ Việt Nam thành phố Huế lần thứ XI.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng giấy khen cho 3 tập thể, 5 cá nhân có thành tích xuất sắc.
Hoài Thương
Tin cùng chuyên mục
- Phường Phú Hội: Đại hội MTTQ lần thứ X thành công tốt đẹp (05/05/2015)
- Ngày hội Đại đoàn kết ở tổ dân phố 6 phường Thuận Thành (28/04/2015)
- Mặt trận phường An Cựu giám sát việc cấp thẻ bảo hiểm y tế (20/04/2015)
- Tập huấn công tác Mặt trận cho trưởng ban công tác Mặt trận (14/04/2015)
""", "2015-05-11", "Đại hội đại biểu MTTQ Việt Nam phường Vĩnh Ninh lần thứ XI",
E("dai_hoi", None, "2015-05-09"),
[P("Tôn Nữ Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế"),
 P("Hoàng Trọng Khiêm", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế"),
 P("Lê Viết Thuận", "Bí thư Đảng ủy phường Vĩnh Ninh"),
 P("Nguyễn Thị Diệu Hiền", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phan Thanh Tùng", "Phó Chủ tịch"),
 P("Hồ Thị Lài", "Phó Chủ tịch")],
[Q("27 phường", 27, "phường"), Q("120 đại biểu", 120, "đại biểu"), Q("hơn 8.900 nhân khẩu", 8900, "nhân khẩu", "over"),
 Q("14 tổ dân phố", 14, "tổ dân phố"), Q("14/14 tổ dân phố", 14, "tổ dân phố"), Q("trên 95%", 95, "%", "over"),
 Q("hơn 720 triệu đồng", 720000000, "đồng", "over"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"),
 Q("86 hộ", 86, "hộ"), Q("23 hộ", 23, "hộ"), Q("18 cuộc giám sát", 18, "cuộc giám sát"),
 Q("6 hội nghị đối thoại, phản biện", 6, "hội nghị đối thoại, phản biện"), Q("4 vụ việc", 4, "vụ việc"),
 Q("31 vụ việc mâu thuẫn, tranh chấp nhỏ", 31, "vụ việc mâu thuẫn, tranh chấp nhỏ"), Q("39 vị", 39, "vị"),
 Q("9 đại biểu", 9, "đại biểu"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "09", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 09/HD-MTTW-BTT")],
[prov("Thừa Thiên Huế"), com("Vĩnh Ninh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ » Hoạt động Mặt trận » Cơ sở",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Tổ dân phố văn hóa", "Vì người nghèo"],
["Cập nhật lúc 16:40 ngày 11/05/2015", "lần thứ XI", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2014", "5 năm", "khóa XI",
 "lần thứ nhất"]))

PAGES.append(page("b2674-nghean-hungbinh-giaoban-2016", """
Cổng thông tin điện tử thành phố Vinh
Vị trí: Trang chủ > Tin tức > Dân vận - Mặt trận
Ngày 08/04/2016 | 10:12
Khối dân vận phường Hưng Bình giao ban công tác quý I
Ảnh minh họa: Quang cảnh buổi giao ban.
Ngày 6/4/2016, Khối dân vận phường Hưng Bình tổ chức giao ban đánh giá kết quả công tác dân vận quý I năm 2016, triển khai nhiệm vụ quý II. Đồng chí Hoàng Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận phường chủ trì; dự có ông Nguyễn Đình Quang, Phó Trưởng Ban Dân vận Thành ủy Vinh.
Quý I, các đoàn thể đã tổ chức tốt các hoạt động chăm lo Tết Bính Thân cho nhân dân: trao 312 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá gần 94 triệu đồng; vận động 17 khối, xóm tổ chức "Tết trồng cây", trồng mới khoảng 450 cây xanh. Mặt trận và các đoàn thể đã tuyên truyền đến 17/17 khối về bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; phối hợp lập danh sách cử tri của 3.640 hộ.
Các chi bộ khối tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, và Kế hoạch số 21-KH/ĐU ngày 15/1/2016 của Đảng ủy phường về thực hiện mô hình "Dân vận khéo" năm 2016. Đến nay có 12 mô hình đăng ký, trong đó mô hình "Khối phố không có rác thải trên vỉa hè" của khối 4 được nhân dân đồng tình cao.
Tại buổi giao ban, ông Cao Xuân Tịnh, khối trưởng khối 9, phản ánh tình trạng một số hộ kinh doanh ăn uống đổ nước thải ra đường; bà Vi Thị Hương, người dân tộc Thái, Chi hội trưởng chi hội phụ nữ khối 11, đề nghị phường có kế hoạch hỗ trợ hội viên vay vốn học nghề. Ông Lô Văn Bình, Bí thư Chi bộ khối 2, cho biết chi bộ đã vận động 6 hộ tự tháo dỡ mái che lấn chiếm vỉa hè.
Phát biểu kết luận, đồng chí Hoàng Thị Thu Hà yêu cầu quý II tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đạt trên 99%; các khối tiếp tục thực hiện Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy Nghệ An về "Năm trật tự đô thị"; giữ vững an ninh trật tự ở các khu dân cư, chủ động nắm tình hình, giải quyết đơn thư ngay từ khối, xóm.
Theo đánh giá chung, công tác dân vận của phường trong quý có nhiều chuyển biến, cán bộ khối, xóm sâu sát hơn với dân; tuy vậy việc nắm bắt tâm tư của người thuê trọ, sinh viên ở các khu nhà trọ còn hạn chế, một số chi hội sinh hoạt chưa đều, nội dung chưa hấp dẫn đoàn viên, hội viên trẻ.
Ông Nguyễn Đình Quang đánh giá cao cách làm của phường, đề nghị nhân rộng mô hình giao ban khối dân vận hằng tháng ở các khối.
Phan Lan
Lượt đọc: 389
Các tin khác
- Phường Quang Trung ra mắt mô hình camera an ninh khối 5 (04/04/2016)
- Thành phố Vinh hội nghị giao ban công tác dân vận quý I/2016 (01/04/2016)
- Hưng Bình trao tặng sổ tiết kiệm cho hộ nghèo (25/03/2016)
""", "2016-04-08", "Khối dân vận phường Hưng Bình giao ban công tác quý I",
E("giao_ban", "2016-Q1", "2016-04-06"),
[P("Hoàng Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận phường"),
 P("Nguyễn Đình Quang", "Phó Trưởng Ban Dân vận Thành ủy Vinh"),
 P("Cao Xuân Tịnh", "khối trưởng khối 9"),
 P("Vi Thị Hương", "Chi hội trưởng chi hội phụ nữ khối 11"),
 P("Lô Văn Bình", "Bí thư Chi bộ khối 2")],
[Q("312 suất quà", 312, "suất quà"), Q("gần 94 triệu đồng", 94000000, "đồng", "approx"), Q("17 khối, xóm", 17, "khối, xóm"),
 Q("khoảng 450 cây xanh", 450, "cây xanh", "approx"), Q("17/17 khối", 17, "khối"), Q("3.640 hộ", 3640, "hộ"),
 Q("12 mô hình", 12, "mô hình"), Q("6 hộ", 6, "hộ"), Q("trên 99%", 99, "%", "over")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "21", "KH/ĐU", "2016-01-15", "Đảng ủy phường", "Kế hoạch số 21-KH/ĐU ngày 15/1/2016"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Nghệ An", "Chỉ thị 05-CT/TU")],
[prov("Nghệ An"), com("Hưng Bình")],
["Cổng thông tin điện tử thành phố Vinh", "Vị trí: Trang chủ > Tin tức > Dân vận - Mặt trận",
 "Ảnh minh họa: Quang cảnh buổi giao ban.", "Tết trồng cây", "Dân vận khéo", "Khối phố không có rác thải trên vỉa hè",
 "Năm trật tự đô thị", "Lượt đọc: 389"],
["Ngày 08/04/2016 | 10:12", "quý I năm 2016", "quý II", "Tết Bính Thân", "khóa XIV", "nhiệm kỳ 2016 - 2021", "khối 4",
 "Lượt đọc: 389"]))
