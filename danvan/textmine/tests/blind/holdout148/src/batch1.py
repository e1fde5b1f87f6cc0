from lib import *
PAGES = []

PAGES.append(page("b3509-hagiang-bdbp-tongket-2011", """
BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ GIANG - Cổng thông tin điện tử
Trang chủ > Tin tức > Công tác vận động quần chúng
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị. Ảnh: Đức Thịnh
Đồn Biên phòng Lũng Cú: Vì nhân dân nơi cực Bắc
Ngày 26/12/2011, Đồn Biên phòng Lũng Cú tổ chức hội nghị tổng kết công tác vận động quần chúng năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có Thượng tá Nguyễn Văn Hải, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Sùng Mí Chá, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn; lãnh đạo Đảng ủy, UBND các xã Lũng Cú, Ma Lé.
Năm 2011, đơn vị duy trì 4 tổ công tác thường xuyên bám địa bàn, phân công 26 đảng viên phụ trách 318 hộ gia đình ở các thôn giáp biên. Thực hiện Chỉ thị số 01/CT-BTL ngày 05/01/2011 của Bộ Tư lệnh Bộ đội Biên phòng về công tác vận động quần chúng, cán bộ, chiến sĩ đồn đã giúp nhân dân hơn 1.200 ngày công làm thủy lợi, sửa 3,5 km đường liên thôn và dựng 2 phòng học. Đội ngũ "thầy giáo quân hàm xanh" mở 2 lớp xóa mù chữ cho 47 học viên.
Thiếu tá Lò Văn Tâm, Chính trị viên Đồn Biên phòng Lũng Cú, cho biết đơn vị thực hiện nghiêm phương châm "3 bám, 4 cùng", lấy địa bàn làm nhà, lấy dân làm gốc. Từ khi có chương trình "Xuân Biên phòng ấm lòng dân bản", đồn đã vận động các nhà hảo tâm trao 150 suất quà cho hộ nghèo, mỗi suất trị giá 200.000 đồng; tổng giá trị các hoạt động hỗ trợ nhân dân trong năm ước khoảng 180 triệu đồng.
Thượng úy Vàng Seo Páo, Đội trưởng Đội vận động quần chúng, chia sẻ: có những hộ người Mông ban đầu không muốn cho con đến lớp; tổ công tác phải đến nhà 5, 6 lần mới vận động được. Năm qua, 100% trẻ em trong độ tuổi ở 2 xã đã ra lớp.
Ông Giàng Chúng Sính, người có uy tín thôn Lô Lô Chải, phát biểu: "Bộ đội Biên phòng như người nhà của bà con dân bản".
Phát biểu chỉ đạo, Thượng tá Nguyễn Văn Hải đề nghị đơn vị tiếp tục thực hiện Nghị quyết số 08-NQ/ĐU ngày 10/3/2011 của Đảng ủy Bộ đội Biên phòng tỉnh về nâng cao hiệu quả công tác dân vận; phối hợp với cấp ủy, chính quyền xã giữ vững an ninh biên giới, không để phát sinh điểm nóng.
Nhiều ý kiến tại hội nghị cho rằng địa bàn Đồn Biên phòng Lũng Cú thuộc tỉnh Hà Giang có địa hình chia cắt, đời sống đồng bào còn nhiều khó khăn, tình trạng di cư tự do, truyền đạo trái pháp luật vẫn tiềm ẩn; vì vậy cán bộ, chiến sĩ phải biết tiếng dân tộc, hiểu phong tục, tập quán để vận động bà con.
Dịp này, đơn vị khen thưởng 5 tập thể và 11 cá nhân.
Minh Khôi
Lượt xem: 1.043
Tin liên quan
- Đồn Biên phòng Sơn Vĩ ra quân giúp dân làm đường (12/12/2011)
- Trao 60 suất học bổng cho học sinh nghèo vùng biên (30/11/2011)
- Đồn Biên phòng Phó Bảng tổ chức "Ngày hội đại đoàn kết" cùng đồng bào (21/11/2011)
- Bộ đội Biên phòng tỉnh sơ kết phong trào "Đồn Biên phòng cùng xã biên giới" (15/11/2011)
""", "2011-12-28", "Đồn Biên phòng Lũng Cú: Vì nhân dân nơi cực Bắc",
E("tong_ket", "2011", "2011-12-26"),
[P("Nguyễn Văn Hải", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Sùng Mí Chá", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Lò Văn Tâm", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Vàng Seo Páo", "Thượng úy", "Đội trưởng Đội vận động quần chúng"),
 P("Giàng Chúng Sính", "người có uy tín thôn Lô Lô Chải")],
[Q("4 tổ công tác", 4, "tổ công tác"), Q("26 đảng viên", 26, "đảng viên"), Q("318 hộ gia đình", 318, "hộ gia đình"),
 Q("hơn 1.200 ngày công", 1200, "ngày công", "over"), Q("3,5 km", 3.5, "km"), Q("2 phòng học", 2, "phòng học"),
 Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"), Q("47 học viên", 47, "học viên"), Q("150 suất quà", 150, "suất quà"),
 Q("200.000 đồng", 200000, "đồng"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "01", "CT-BTL", "2011-01-05", "Bộ Tư lệnh Bộ đội Biên phòng", "Chỉ thị số 01/CT-BTL ngày 05/01/2011"),
 D("Nghị quyết", "08", "NQ/ĐU", "2011-03-10", "Đảng ủy Bộ đội Biên phòng tỉnh", "Nghị quyết số 08-NQ/ĐU ngày 10/3/2011")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé")],
["BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ GIANG - Cổng thông tin điện tử", "Trang chủ > Tin tức > Công tác vận động quần chúng",
 "Toàn cảnh hội nghị. Ảnh: Đức Thịnh", "thầy giáo quân hàm xanh", "3 bám, 4 cùng", "Xuân Biên phòng ấm lòng dân bản",
 "Lượt xem: 1.043", "Đồn Biên phòng Lũng Cú"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "3 bám, 4 cùng", "5, 6 lần", "2 xã", "Lượt xem: 1.043"]))

PAGES.append(page("b3510-nghean-bchqs-soket-2012", """
Báo Nghệ An điện tử
Thời sự | Quốc phòng - An ninh
Cập nhật: 15:40, 20/07/2012 (GMT+7)
Lực lượng vũ trang Nghệ An giúp dân xây dựng nông thôn mới
(Baonghean) - Ngày 18/7, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012 và phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới". Đại tá Phan Đình Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì; dự có đồng chí Hoàng Thị Vân Anh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đại tá Phan Đình Lương phát biểu tại hội nghị. Ảnh: Phú Hương
Theo báo cáo, 6 tháng qua, các cơ quan, đơn vị đã huy động 6.850 lượt cán bộ, chiến sĩ, dân quân tự vệ tham gia giúp dân với hơn 21.000 ngày công; làm mới và sửa chữa 17,4 km đường giao thông nông thôn, nạo vét 9 km kênh mương nội đồng; xây dựng 12 nhà đồng đội, nhà tình nghĩa cho gia đình chính sách với tổng kinh phí gần 1,1 tỷ đồng. Các đơn vị nhận đỡ đầu 21 xã điểm, trong đó có xã Nghi Văn, xã Thanh Lâm đạt thêm 3 tiêu chí nông thôn mới.
Thực hiện Kế hoạch số 155/KH-BCH ngày 03/02/2012 của Bộ Chỉ huy Quân sự tỉnh và Hướng dẫn 2126/HD-CT của Tổng cục Chính trị, lực lượng vũ trang tỉnh đã phối hợp Mặt trận Tổ quốc, các đoàn thể tuyên truyền cho hơn 40 nghìn lượt người về chủ trương xây dựng nông thôn mới. Đội công tác dân vận của Trung đoàn 335 đã cùng bà con đồng bào Thái, Khơ Mú ở xã Tam Hợp làm 2 cầu treo dân sinh.
Tại hội nghị, Trung tá Lô Văn Phong, Chính trị viên Ban Chỉ huy Quân sự huyện Tương Dương, cho biết huyện đã giao mỗi đảng viên của ban phụ trách 5 hộ; Thiếu tá Vi Thị Hằng, Trợ lý Dân vận Phòng Chính trị, nêu một số khó khăn do địa bàn rộng, giao thông cách trở.
Kết luận hội nghị, Đại tá Phan Đình Lương yêu cầu 6 tháng cuối năm tiếp tục quán triệt Nghị quyết số 152-NQ/ĐU ngày 11/01/2012 của Đảng ủy Quân sự tỉnh về lãnh đạo công tác dân vận, bám sát Quyết định 800/QĐ-TTg của Thủ tướng Chính phủ; gắn công tác dân vận với huấn luyện dã ngoại, diễn tập khu vực phòng thủ, làm gì cũng phải "trọng dân, gần dân, hiểu dân, giúp dân, học dân".
Các ý kiến cũng chỉ ra một số hạn chế: việc phối hợp giữa đơn vị với cấp ủy, chính quyền địa phương có lúc chưa chặt chẽ; một số mô hình giúp dân phát triển kinh tế chưa được nhân rộng; công tác nắm tình hình nhân dân ở vùng giáp biên có nơi chưa thường xuyên.
Hội nghị đã khen thưởng 9 tập thể, 14 cá nhân có thành tích xuất sắc.
Phú Hương
Tin liên quan
- Trung đoàn 335 giúp dân thu hoạch lúa (10/06/2012)
- Bộ CHQS tỉnh bàn giao nhà đồng đội ở Quỳnh Lưu (28/05/2012)
- Dân quân tự vệ ra quân làm đường liên xã (14/04/2012)
- Ra mắt mô hình "Đơn vị dân vận tốt" (02/04/2012)
""", "2012-07-20", "Lực lượng vũ trang Nghệ An giúp dân xây dựng nông thôn mới",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Phan Đình Lương", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hoàng Thị Vân Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Phong", "Trung tá", "Chính trị viên Ban Chỉ huy Quân sự huyện Tương Dương"),
 P("Vi Thị Hằng", "Thiếu tá", "Trợ lý Dân vận Phòng Chính trị")],
[Q("6.850 lượt cán bộ, chiến sĩ, dân quân tự vệ", 6850, "lượt cán bộ, chiến sĩ, dân quân tự vệ"),
 Q("hơn 21.000 ngày công", 21000, "ngày công", "over"), Q("17,4 km", 17.4, "km"), Q("9 km", 9, "km"),
 Q("12 nhà đồng đội, nhà tình nghĩa", 12, "nhà đồng đội, nhà tình nghĩa"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("21 xã điểm", 21, "xã điểm"), Q("3 tiêu chí nông thôn mới", 3, "tiêu chí nông thôn mới"),
 Q("hơn 40 nghìn lượt người", 40000, "lượt người", "over"), Q("2 cầu treo dân sinh", 2, "cầu treo dân sinh"),
 Q("5 hộ", 5, "hộ"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "155", "KH-BCH", "2012-02-03", "Bộ Chỉ huy Quân sự tỉnh", "Kế hoạch số 155/KH-BCH ngày 03/02/2012"),
 D("Hướng dẫn", "2126", "HD-CT", None, "Tổng cục Chính trị", "Hướng dẫn 2126/HD-CT"),
 D("Nghị quyết", "152", "NQ/ĐU", "2012-01-11", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 152-NQ/ĐU ngày 11/01/2012"),
 D("Quyết định", "800", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 800/QĐ-TTg")],
[prov("Nghệ An"), com("Nghi Văn"), com("Thanh Lâm"), com("Tam Hợp")],
["Báo Nghệ An điện tử", "Thời sự | Quốc phòng - An ninh", "(Baonghean)", "Quân đội chung sức xây dựng nông thôn mới",
 "Đại tá Phan Đình Lương phát biểu tại hội nghị. Ảnh: Phú Hương", "Trung đoàn 335", "trọng dân, gần dân, hiểu dân, giúp dân, học dân"],
["Cập nhật: 15:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Trung đoàn 335", "6 tháng qua"]))

PAGES.append(page("b3511-quangtri-bdbp-bangiaonha-2013", """
QUẢNG TRỊ ONLINE
Xã hội › Chính sách
08:20 | 15/10/2013
Ảnh: Đại diện Đồn Biên phòng A Xing trao nhà cho gia đình ông Hồ Văn Pỏi.
Trao 3 căn nhà "Mái ấm biên cương" cho hộ nghèo người Vân Kiều, Pa Kô
QTO - Ngày 13/10, Đồn Biên phòng A Xing (Bộ đội Biên phòng tỉnh) phối hợp với UBND huyện Hướng Hóa tổ chức lễ bàn giao 3 căn nhà "Mái ấm biên cương" cho 3 hộ nghèo ở xã A Xing và xã A Túc.
Mỗi căn nhà có diện tích 48 m2, được xây dựng với kinh phí 50 triệu đồng, trong đó Bộ đội Biên phòng tỉnh hỗ trợ 35 triệu đồng, số còn lại do gia đình và dòng họ đóng góp. Cán bộ, chiến sĩ đồn đã góp hơn 400 ngày công vận chuyển vật liệu, đào móng, dựng khung nhà.
Ông Hồ Văn Pỏi, ở bản A Xing, xúc động: "Cả đời tôi chưa dám nghĩ có được ngôi nhà chắc chắn như thế này". Ngoài nhà, mỗi hộ còn được tặng 1 ti vi, 2 chăn ấm và 20 kg gạo.
Trung tá Lê Minh Tuấn, Đồn trưởng Đồn Biên phòng A Xing, cho biết: hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và thực hiện Kế hoạch số 2250/KH-BCH ngày 20/5/2013 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, từ năm 2012 đến nay đơn vị đã xây và sửa 7 căn nhà cho hộ nghèo trên địa bàn 2 xã. Đơn vị cũng nhận đỡ đầu 9 cháu học sinh theo chương trình "Nâng bước em tới trường", mỗi cháu được hỗ trợ 500.000 đồng/tháng.
Dự lễ bàn giao có Đại tá Trần Quốc Hưng, Chính ủy Bộ đội Biên phòng tỉnh; bà Hồ Thị Kim Liên, Phó Chủ tịch UBND huyện Hướng Hóa; ông Kăn Sương, Chủ tịch UBND xã A Xing. Thay mặt chính quyền địa phương, ông Kăn Sương cảm ơn tình cảm của cán bộ, chiến sĩ Biên phòng và cam kết vận động bà con giữ gìn nhà cửa, làm ăn vượt nghèo.
Phát biểu tại buổi lễ, Đại tá Trần Quốc Hưng đề nghị các hộ được nhận nhà tích cực lao động sản xuất, tham gia cùng Bộ đội Biên phòng bảo vệ đường biên, mốc giới; đồng thời yêu cầu đơn vị tiếp tục làm tốt công tác vận động quần chúng theo Chỉ thị số 18-CT/ĐU của Đảng ủy Bộ đội Biên phòng tỉnh.
Những năm qua, tại các xã biên giới của tỉnh Quảng Trị, hình ảnh người lính quân hàm xanh cùng bà con dựng nhà, làm đường, dạy chữ đã trở nên quen thuộc, góp phần củng cố mối quan hệ quân dân, xây dựng thế trận lòng dân vững chắc nơi biên giới.
Theo kế hoạch, đến cuối năm 2013, Bộ đội Biên phòng tỉnh sẽ bàn giao thêm 12 căn nhà cho hộ nghèo ở các xã biên giới.
Hoàng Tâm
Bình luận (0)
Tin khác
- Hướng Hóa: 2.300 hộ được hỗ trợ giống cây trồng (10/10/2013)
- Đakrông trao 200 suất quà cho học sinh nghèo (04/10/2013)
- Đồn Biên phòng La Lay khám bệnh miễn phí cho đồng bào (27/09/2013)
- Hội nghị tổng kết 10 năm thực hiện phong trào "Toàn dân bảo vệ chủ quyền lãnh thổ" (20/09/2013)
""", "2013-10-15", "Trao 3 căn nhà \"Mái ấm biên cương\" cho hộ nghèo người Vân Kiều, Pa Kô",
E("trao_qua", None, "2013-10-13"),
[P("Hồ Văn Pỏi"),
 P("Lê Minh Tuấn", "Trung tá", "Đồn trưởng Đồn Biên phòng A Xing"),
 P("Trần Quốc Hưng", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Hồ Thị Kim Liên", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Kăn Sương", "Chủ tịch UBND xã A Xing")],
[Q("3 căn nhà", 3, "căn nhà"), Q("3 hộ nghèo", 3, "hộ nghèo"), Q("48 m2", 48, "m2"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("hơn 400 ngày công", 400, "ngày công", "over"), Q("2 chăn ấm", 2, "chăn ấm"),
 Q("20 kg", 20, "kg"), Q("7 căn nhà", 7, "căn nhà"), Q("9 cháu học sinh", 9, "cháu học sinh"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("12 căn nhà", 12, "căn nhà")],
[D("Kế hoạch", "2250", "KH-BCH", "2013-05-20", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 2250/KH-BCH ngày 20/5/2013"),
 D("Chỉ thị", "18", "CT/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Chỉ thị số 18-CT/ĐU")],
[prov("Quảng Trị"), com("A Xing"), com("A Túc")],
["QUẢNG TRỊ ONLINE", "Xã hội › Chính sách", "Ảnh: Đại diện Đồn Biên phòng A Xing trao nhà cho gia đình ông Hồ Văn Pỏi.",
 "Mái ấm biên cương", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nâng bước em tới trường", "QTO", "Bình luận (0)"],
["08:20 | 15/10/2013", "1 ti vi", "2 xã", "Bình luận (0)", "năm 2012"]))

PAGES.append(page("b3512-sonla-llvt-giaoban-q3-2014", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Bạn đang ở: Trang chủ / Hoạt động / Dân vận lực lượng vũ trang
30/09/2014 - 16:45
Quang cảnh buổi giao ban.
Lực lượng vũ trang tỉnh phát huy vai trò đội công tác ở bản
Chiều 29/9/2014, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận lực lượng vũ trang quý III năm 2014 với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh. Đồng chí Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi giao ban.
Theo báo cáo, quý III, Bộ Chỉ huy Quân sự tỉnh duy trì 3 đội công tác tăng cường cho các xã đặc biệt khó khăn, giúp nhân dân 3.460 ngày công, làm 6,2 km đường nội bản và 4 nhà văn hóa bản; các đồn biên phòng vận động 52 hộ di cư tự do trở về quê cũ, khám bệnh, cấp thuốc miễn phí cho khoảng 1.500 lượt người. Tổng kinh phí huy động giúp dân trong quý đạt hơn 620 triệu đồng.
Thực hiện Quyết định số 800/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 41-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới, các đơn vị quân đội đã nhận giúp đỡ 11 xã; riêng xã Chiềng Khoa và xã Mường Sại đã đạt 12/19 tiêu chí.
Tại buổi giao ban, Thượng tá Lường Văn Chiến, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh; Trung tá Quàng Văn Thanh, Trưởng phòng Vận động quần chúng Bộ đội Biên phòng tỉnh, báo cáo kết quả phong trào "Quân đội chung sức xây dựng nông thôn mới" và "Bộ đội Biên phòng chung sức xây dựng nông thôn mới". Các đại biểu kiến nghị sớm có hướng dẫn liên ngành về quy chế phối hợp giữa lực lượng vũ trang và hệ thống dân vận các cấp.
Đồng chí Hà Trung Chiến, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin tình hình tư tưởng nhân dân vùng tái định cư thủy điện Sơn La; đề nghị các đơn vị tiếp tục phối hợp nắm tình hình, không để kẻ xấu lợi dụng.
Kết luận buổi giao ban, đồng chí Cầm Thị Phong ghi nhận kết quả các đơn vị đã đạt được; yêu cầu quý IV tập trung thực hiện Quy chế phối hợp số 05-QC/BDVTU-BCHQS giữa Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh, chuẩn bị tốt cho tổng kết năm 2014; mỗi đơn vị xây dựng ít nhất 1 mô hình "Dân vận khéo".
Cũng tại buổi giao ban, đại diện Công an tỉnh thông tin về tình hình an ninh nông thôn, nhất là ở các bản giáp biên và khu vực lòng hồ; đề nghị lực lượng quân sự, biên phòng cùng phối hợp tuyên truyền để nhân dân không nghe theo kẻ xấu, không tham gia hoạt động truyền đạo trái pháp luật.
Lò Thanh Hà
Số lượt xem: 612
Các tin đã đưa
- Giao ban công tác dân vận quý II năm 2014 (02/07/2014)
- Bộ đội Biên phòng tỉnh trao 30 con bò giống cho hộ nghèo (20/06/2014)
- Hội thi "Dân vận khéo" lực lượng vũ trang (05/06/2014)
""", "2014-09-30", "Lực lượng vũ trang tỉnh phát huy vai trò đội công tác ở bản",
E("giao_ban", "2014-Q3", "2014-09-29"),
[P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Chiến", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Quàng Văn Thanh", "Trung tá", "Trưởng phòng Vận động quần chúng Bộ đội Biên phòng tỉnh"),
 P("Hà Trung Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3 đội công tác tăng cường", 3, "đội công tác tăng cường"), Q("3.460 ngày công", 3460, "ngày công"), Q("6,2 km", 6.2, "km"),
 Q("4 nhà văn hóa bản", 4, "nhà văn hóa bản"), Q("52 hộ di cư tự do", 52, "hộ di cư tự do"),
 Q("khoảng 1.500 lượt người", 1500, "lượt người", "approx"), Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
 Q("11 xã", 11, "xã"), Q("12/19 tiêu chí", 12, "tiêu chí"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Quyết định", "800", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg"),
 D("Kế hoạch", "41", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 41-KH/TU"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-BCHQS", None, None, "Quy chế phối hợp số 05-QC/BDVTU-BCHQS")],
[prov("Sơn La"), com("Chiềng Khoa"), com("Mường Sại")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Bạn đang ở: Trang chủ / Hoạt động / Dân vận lực lượng vũ trang", "Quang cảnh buổi giao ban.",
 "Quân đội chung sức xây dựng nông thôn mới", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Dân vận khéo", "Số lượt xem: 612"],
["30/09/2014 - 16:45", "quý III năm 2014", "quý IV", "năm 2014", "Số lượt xem: 612"]))

PAGES.append(page("b3513-kiengiang-bdbp-taphuan-2015", """
Cổng Thông tin điện tử tỉnh Kiên Giang
Tin tức - Sự kiện >> Quốc phòng - An ninh
Ngày đăng 22/12/2015 | 14:05
Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ biên phòng
Ngày 21/12/2015, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức lớp tập huấn nghiệp vụ công tác vận động quần chúng năm 2015 cho 86 cán bộ là đội trưởng, đội phó đội vận động quần chúng, cán bộ phụ trách xã của 14 đồn biên phòng trên tuyến biên giới, biển đảo.
Thượng tá Danh Sơn phát biểu khai mạc lớp tập huấn.
Thượng tá Danh Sơn, Phó Chính ủy Bộ đội Biên phòng tỉnh khai mạc lớp tập huấn. Các học viên được nghe đồng chí Thạch Thị Sà Rươl, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề về công tác dân vận vùng đồng bào Khmer; Đại úy Nguyễn Hoàng Phúc, Trợ lý Vận động quần chúng Phòng Chính trị, hướng dẫn thực hiện Thông tư số 102/2014/TT-BQP của Bộ Quốc phòng và Chỉ thị số 35/CT-BTL ngày 09/4/2015 của Tư lệnh Bộ đội Biên phòng về tăng cường công tác vận động quần chúng trong tình hình mới.
Theo báo cáo, năm 2015 các đồn biên phòng trong tỉnh đã phối hợp địa phương vận động hơn 2.100 hộ ngư dân ký cam kết không vi phạm vùng biển nước ngoài; tổ chức 340 buổi tuyên truyền cho khoảng 18.000 lượt người; xây tặng 25 căn nhà "Đồng đội" và "Mái ấm biên cương" trị giá 1,35 tỷ đồng. Chương trình "Con nuôi đồn Biên phòng" đang nhận đỡ đầu 32 em học sinh, mỗi em 500 nghìn đồng mỗi tháng.
Tham luận tại lớp, Thiếu tá Lâm Sóc Kha, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Vĩnh Điều, chia sẻ cách vận động 17 hộ người Khmer ở xã Vĩnh Điều hiến 2.400 m2 đất làm đường; Đại úy Danh Thị Sa Ri, cán bộ phụ trách xã Phú Mỹ, cho rằng cán bộ biên phòng người Khmer nói được tiếng mẹ đẻ với bà con nên dễ gần dân, hiểu dân.
Bế mạc, Thượng tá Danh Sơn yêu cầu học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt Nghị quyết số 26-NQ/ĐU của Đảng ủy Bộ đội Biên phòng tỉnh về công tác dân vận giai đoạn 2015 - 2020, gắn với phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới" và cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh".
Trong 2 ngày tập huấn, các học viên còn được thực hành kỹ năng nói trước đám đông, viết tin bài và xử lý tình huống khi có tranh chấp, khiếu kiện đông người tại cơ sở. Kết thúc lớp, 100% học viên đạt yêu cầu.
Minh Trí - Hồng Vân
Xem thêm
- Đồn Biên phòng Hòn Heo tặng 50 suất quà cho ngư dân (15/12/2015)
- Kiên Lương: ra mắt tổ tự quản an ninh trật tự trên biển (03/12/2015)
- Trao 10 căn nhà Đồng đội cho cựu chiến binh (25/11/2015)
- Giao lưu văn nghệ chào mừng ngày Biên phòng toàn dân (18/11/2015)
""", "2015-12-22", "Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ biên phòng",
E("tap_huan", "2015", "2015-12-21"),
[P("Danh Sơn", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Thạch Thị Sà Rươl", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Phúc", "Đại úy", "Trợ lý Vận động quần chúng Phòng Chính trị"),
 P("Lâm Sóc Kha", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Vĩnh Điều"),
 P("Danh Thị Sa Ri", "Đại úy", "cán bộ phụ trách xã Phú Mỹ")],
[Q("86 cán bộ", 86, "cán bộ"), Q("14 đồn biên phòng", 14, "đồn biên phòng"), Q("hơn 2.100 hộ ngư dân", 2100, "hộ ngư dân", "over"),
 Q("340 buổi tuyên truyền", 340, "buổi tuyên truyền"), Q("khoảng 18.000 lượt người", 18000, "lượt người", "approx"),
 Q("25 căn nhà", 25, "căn nhà"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("32 em học sinh", 32, "em học sinh"),
 Q("500 nghìn đồng", 500000, "đồng"), Q("17 hộ", 17, "hộ"), Q("2.400 m2", 2400, "m2"), Q("100%", 100, "%")],
[D("Thông tư", "102", "2014/TT-BQP", None, "Bộ Quốc phòng", "Thông tư số 102/2014/TT-BQP"),
 D("Chỉ thị", "35", "CT-BTL", "2015-04-09", "Tư lệnh Bộ đội Biên phòng", "Chỉ thị số 35/CT-BTL ngày 09/4/2015"),
 D("Nghị quyết", "26", "NQ/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Nghị quyết số 26-NQ/ĐU")],
[prov("Kiên Giang"), com("Vĩnh Điều"), com("Phú Mỹ")],
["Cổng Thông tin điện tử tỉnh Kiên Giang", "Tin tức - Sự kiện >> Quốc phòng - An ninh", "Thượng tá Danh Sơn phát biểu khai mạc lớp tập huấn.",
 "Đồng đội", "Mái ấm biên cương", "Con nuôi đồn Biên phòng", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"],
["Ngày đăng 22/12/2015 | 14:05", "năm 2015", "giai đoạn 2015 - 2020", "2 ngày"]))

PAGES.append(page("b3514-laichau-bdv-giamsat-2016", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị >> Xây dựng Đảng
17-06-2016 10:15
Ban Dân vận Tỉnh ủy giám sát công tác dân vận tại Đồn Biên phòng Ma Ly Pho
Ngày 16/6, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Giàng Thị Dua, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế phối hợp số 07-QC/BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Đảng ủy Bộ đội Biên phòng tỉnh tại Đồn Biên phòng Ma Ly Pho, huyện Phong Thổ.
Đoàn giám sát làm việc với Đồn Biên phòng Ma Ly Pho.
Làm việc với đoàn có Thượng tá Tẩn Văn Sài, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh; Thiếu tá Pờ Xuân Hồng, Chính trị viên, và Thiếu tá Chang A Lử, Đồn trưởng Đồn Biên phòng Ma Ly Pho; đồng chí Lò Thị Ui, Bí thư Đảng ủy xã Ma Ly Pho.
Báo cáo của đơn vị cho thấy, từ đầu năm 2015 đến nay, đồn đã cử 12 đảng viên tham gia sinh hoạt tại 8 chi bộ bản, trong đó 2 đồng chí được bầu làm Phó Bí thư chi bộ; duy trì mô hình "Mỗi đảng viên phụ trách 10 hộ dân". Đơn vị giúp nhân dân trên 2.800 ngày công, làm mới 5,7 km đường bê tông nội bản theo phương châm "Nhà nước và nhân dân cùng làm", tặng 38 con bò giống cho 19 hộ nghèo, mỗi hộ 2 con. Tổng giá trị hỗ trợ trên 760 triệu đồng.
Thực hiện Chỉ thị số 05-CT/TU ngày 04/9/2015 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào Mông, Dao, Hà Nhì, đồn phối hợp với các đoàn thể xã vận động 46 hộ bỏ tập tục lạc hậu; giải quyết dứt điểm 3 vụ tranh chấp đất nương rẫy ngay từ cơ sở.
Qua giám sát, đoàn đánh giá đơn vị đã thực hiện nghiêm túc quy chế phối hợp; tuy nhiên việc ghi chép sổ theo dõi hộ dân ở một số tổ công tác chưa đầy đủ, số cán bộ biết tiếng Mông, Dao còn ít, chỉ đạt khoảng 40%.
Phát biểu kết luận, đồng chí Giàng Thị Dua đề nghị đơn vị tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; phát huy vai trò người có uy tín như ông Lỳ Go Chừ, người có uy tín bản Sì Choang, trong vận động đồng bào giữ gìn an ninh biên giới.
Theo kế hoạch, năm 2016 Ban Dân vận Tỉnh ủy Lai Châu sẽ giám sát việc thực hiện quy chế phối hợp tại một số đồn biên phòng và ban chỉ huy quân sự huyện trên tuyến biên giới, qua đó kịp thời phát hiện, nhân rộng cách làm hay, đồng thời chấn chỉnh những hạn chế trong công tác vận động quần chúng.
Cùng ngày, đoàn đã thăm và tặng 20 suất quà cho học sinh nghèo ở điểm trường Sì Choang.
Xuân Đào
In bài | Gửi email
Tin cùng chuyên mục
- Huyện ủy Sìn Hồ sơ kết 3 năm thực hiện Kết luận 114 (10/06/2016)
- Giám sát công tác dân vận chính quyền tại xã Nậm Xe (02/06/2016)
- Tặng 200 suất quà cho đồng bào biên giới (20/05/2016)
""", "2016-06-17", "Ban Dân vận Tỉnh ủy giám sát công tác dân vận tại Đồn Biên phòng Ma Ly Pho",
E("giam_sat", None, "2016-06-16"),
[P("Giàng Thị Dua", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Văn Sài", "Thượng tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Pờ Xuân Hồng", "Thiếu tá", "Chính trị viên"),
 P("Chang A Lử", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Ma Ly Pho"),
 P("Lò Thị Ui", "Bí thư Đảng ủy xã Ma Ly Pho"),
 P("Lỳ Go Chừ", "người có uy tín bản Sì Choang")],
[Q("12 đảng viên", 12, "đảng viên"), Q("8 chi bộ bản", 8, "chi bộ bản"), Q("2 đồng chí", 2, "đồng chí"),
 Q("trên 2.800 ngày công", 2800, "ngày công", "over"), Q("5,7 km", 5.7, "km"), Q("38 con bò giống", 38, "con bò giống"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("trên 760 triệu đồng", 760000000, "đồng", "over"), Q("46 hộ", 46, "hộ"),
 Q("3 vụ tranh chấp đất nương rẫy", 3, "vụ tranh chấp đất nương rẫy"), Q("khoảng 40%", 40, "%", "approx"),
 Q("20 suất quà", 20, "suất quà")],
[D("Quy chế phối hợp", "07", "QC/BDVTU-BĐBP", None, None, "Quy chế phối hợp số 07-QC/BDVTU-BĐBP"),
 D("Chỉ thị", "05", "CT/TU", "2015-09-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 04/9/2015"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Lai Châu"), com("Ma Ly Pho")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị >> Xây dựng Đảng", "Đoàn giám sát làm việc với Đồn Biên phòng Ma Ly Pho.",
 "Mỗi đảng viên phụ trách 10 hộ dân", "Nhà nước và nhân dân cùng làm", "In bài | Gửi email", "Đồn Biên phòng Ma Ly Pho"],
["17-06-2016 10:15", "2 đồng chí", "mỗi hộ 2 con", "10 hộ dân", "năm 2015"]))
