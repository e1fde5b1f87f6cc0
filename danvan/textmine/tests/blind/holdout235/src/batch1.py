from lib import *
PAGES = []

PAGES.append(page("b5597-hagiang-bchqs-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ » Quốc phòng - An ninh » Hoạt động lực lượng vũ trang
Thứ Sáu, 30/12/2011 - 09:10
Toàn cảnh hội nghị tổng kết.
Lực lượng vũ trang tỉnh làm tốt công tác dân vận vùng cao biên giới
Ngày 28/12/2011, Bộ Chỉ huy Quân sự (CHQS) tỉnh Hà Giang tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Vàng Seo Chử, Tỉnh ủy viên, Chính ủy Bộ CHQS tỉnh chủ trì hội nghị. Dự có đồng chí Lò Thị Miên, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 64 đồng chí là cán bộ chủ trì các cơ quan, đơn vị và Ban CHQS các huyện.
Báo cáo do Thượng tá Hoàng Văn Thào, Chủ nhiệm Chính trị Bộ CHQS tỉnh trình bày cho biết, năm 2011 Đảng ủy Quân sự tỉnh đã ban hành Nghị quyết số 12-NQ/ĐU về lãnh đạo công tác dân vận và Kế hoạch 35, 36-KH/BCH về giúp dân xây dựng cơ sở chính trị ở các xã biên giới. Các đơn vị đã cử 18 tổ công tác với 126 cán bộ, chiến sĩ xuống 9 xã biên giới, giúp dân làm mới và sửa chữa 47 căn nhà, tu sửa 12,5 km đường giao thông nông thôn, đóng góp hơn 3.400 ngày công.
Lực lượng quân y phối hợp với ngành y tế tổ chức 14 đợt khám bệnh quân dân y, khám và cấp thuốc miễn phí cho 5.830 lượt người, trị giá khoảng 286 triệu đồng. Tỷ lệ hộ gia đình ở các thôn kết nghĩa có nhà vệ sinh đạt 62%, tăng 11% so với năm trước.
Tại hội nghị, Trung tá Sùng Mí Lầu, Chính trị viên Ban CHQS huyện Mèo Vạc, cho biết đơn vị đã vận động 215 hộ người Mông chuyển sang trồng cỏ nuôi bò; ông Giàng A Páo, Bí thư Đảng ủy xã Sủng Là, đề nghị các đơn vị tiếp tục cử cán bộ tăng cường về các thôn đặc biệt khó khăn. Các đồng chí Phó Chính ủy Bộ CHQS tỉnh: Thượng tá Nguyễn Đức Thắng, Thượng tá Mai Xuân Hợi điều hành phần thảo luận.
Phát biểu kết luận, Đại tá Vàng Seo Chử yêu cầu năm 2012 các cơ quan, đơn vị tiếp tục quán triệt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Chỉ thị số 08-CT/ĐU ngày 10/3/2011 của Đảng ủy Quân sự tỉnh; gắn công tác dân vận với phong trào "Quân đội chung sức xây dựng nông thôn mới"; làm tốt công tác nắm tình hình, không để các đối tượng lợi dụng truyền đạo trái pháp luật ở vùng đồng bào Mông.
Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 9 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Vũ Thị Lan
Lượt xem: 1.204
Tin liên quan
- Bộ CHQS tỉnh khám bệnh, cấp thuốc cho nhân dân xã Lũng Cú (15/12/2011)
- Dân quân xã Phố Bảng giúp dân thu hoạch ngô (02/12/2011)
- Ra mắt 3 mô hình "Dân vận khéo" trong lực lượng vũ trang (18/11/2011)
""", "2011-12-30", "Lực lượng vũ trang tỉnh làm tốt công tác dân vận vùng cao biên giới",
E("tong_ket", "2011", "2011-12-28"),
[P("Vàng Seo Chử", "Đại tá", "Tỉnh ủy viên", "Chính ủy Bộ CHQS tỉnh"),
 P("Lò Thị Miên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thào", "Thượng tá", "Chủ nhiệm Chính trị Bộ CHQS tỉnh"),
 P("Sùng Mí Lầu", "Trung tá", "Chính trị viên Ban CHQS huyện Mèo Vạc"),
 P("Giàng A Páo", "Bí thư Đảng ủy xã Sủng Là"),
 P("Nguyễn Đức Thắng", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Mai Xuân Hợi", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh")],
[Q("64 đồng chí", 64, "đồng chí"), Q("18 tổ công tác", 18, "tổ công tác"), Q("126 cán bộ, chiến sĩ", 126, "cán bộ, chiến sĩ"),
 Q("9 xã biên giới", 9, "xã biên giới"), Q("47 căn nhà", 47, "căn nhà"), Q("12,5 km", 12.5, "km"),
 Q("hơn 3.400 ngày công", 3400, "ngày công", "over"), Q("14 đợt khám bệnh quân dân y", 14, "đợt khám bệnh quân dân y"),
 Q("5.830 lượt người", 5830, "lượt người"), Q("khoảng 286 triệu đồng", 286000000, "đồng", "approx"),
 Q("62%", 62, "%"), Q("11%", 11, "%"), Q("215 hộ", 215, "hộ"), Q("9 tập thể", 9, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 12-NQ/ĐU"),
 D("Kế hoạch", "35", "KH/BCH", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch 35, 36-KH/BCH"),
 D("Kế hoạch", "36", "KH/BCH", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch 35, 36-KH/BCH"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "08", "CT/ĐU", "2011-03-10", "Đảng ủy Quân sự tỉnh", "Chỉ thị số 08-CT/ĐU ngày 10/3/2011")],
[prov("Hà Giang"), com("Sủng Là")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Trang chủ » Quốc phòng - An ninh » Hoạt động lực lượng vũ trang",
 "Toàn cảnh hội nghị tổng kết.", "Quân đội chung sức xây dựng nông thôn mới", "Lượt xem: 1.204", "Mèo Vạc"],
["Thứ Sáu, 30/12/2011 - 09:10", "64 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b5598-quangtri-bdbp-quandany-2012", """
Báo Quảng Trị Online
Quốc phòng - An ninh > Biên phòng
Cập nhật: 16:40, 21/08/2012 (GMT+7)
Bác sĩ quân y Đồn Biên phòng A Dơi khám bệnh cho người dân. Ảnh: H.Nam
Ấm tình quân dân y nơi biên giới Hướng Hóa
(QT) - Ngày 19/8, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh phối hợp với Bệnh xá Quân y Đoàn Kinh tế - Quốc phòng 337 tổ chức chương trình khám bệnh, cấp thuốc miễn phí và tặng quà cho đồng bào Vân Kiều, Pa Kô tại xã A Dơi, huyện Hướng Hóa.
Tham dự có Thượng tá Hồ Văn Lý, Phó Chính ủy BĐBP tỉnh; bà Kăn Thị Đơi, Phó Chủ tịch UBND huyện Hướng Hóa; ông Hồ Văn Pằng, Chủ tịch UBND xã A Dơi.
Trong một ngày, 25 y, bác sĩ quân y và 12 cán bộ y tế địa phương đã khám, tư vấn sức khỏe và cấp thuốc cho hơn 650 lượt người, trong đó có 210 trẻ em dưới 6 tuổi và 95 người cao tuổi; tổng giá trị thuốc khoảng 48 triệu đồng. Đoàn cũng trao 150 suất quà, mỗi suất trị giá 300.000 đồng, gồm gạo, mì chính và dầu ăn cho các hộ nghèo, và tặng 80 bộ sách vở cho học sinh của Trường Tiểu học A Dơi.
Theo Thượng tá Hồ Văn Lý, thực hiện Chỉ thị số 05-CT/ĐU ngày 12/4/2012 của Đảng ủy BĐBP tỉnh về đẩy mạnh công tác dân vận ở khu vực biên giới, từ đầu năm đến nay các đồn biên phòng đã tổ chức 11 đợt khám bệnh quân dân y tại các xã biên giới, khám cho gần 4.200 lượt người. Các đồn duy trì 16 tổ công tác bám thôn, bản, giúp dân 2.300 ngày công làm thủy lợi, phát triển sản xuất.
Đồng chí Hồ Văn Lý cho biết, đơn vị thực hiện nghiêm Kế hoạch số 27/KH-BĐBP của Bộ Tư lệnh BĐBP và hướng dẫn của Cục Chính trị về công tác dân vận; các tổ quân y kết hợp tuyên truyền về phòng chống sốt rét, vệ sinh môi trường, vận động bà con không uống nước lã, đưa phụ nữ đến trạm y tế sinh con.
Bà Kăn Thị Đơi đánh giá, những đợt khám bệnh quân dân y đã góp phần củng cố lòng tin của đồng bào vào bộ đội biên phòng. Tỷ lệ phụ nữ A Dơi sinh con tại trạm y tế năm nay đạt 71%, cao hơn nhiều so với năm 2010.
Ông Hồ Văn Pằng thay mặt chính quyền xã cảm ơn các đơn vị và mong muốn chương trình được tổ chức thường xuyên hơn ở các thôn Xi Nuc, A Xóc.
Cũng trong dịp này, Đồn Biên phòng A Dơi ra mắt mô hình "Quân y đồn - y tế bản" tại 3 thôn, giao 6 nhân viên quân y theo dõi sức khỏe 124 hộ gia đình. Thiếu tá Hồ Sỹ Tâm, Đồn trưởng Đồn Biên phòng A Dơi, cho biết đơn vị sẽ phối hợp với Trạm Y tế xã tổ chức khám định kỳ mỗi quý một lần, ưu tiên người cao tuổi, phụ nữ mang thai và trẻ em suy dinh dưỡng ở vùng giáp biên.
Hồ Nam
Tin khác
- BĐBP tỉnh giúp dân xã Thanh khắc phục hậu quả lũ (10/08/2012)
- Đồn Biên phòng La Lay kết nghĩa với bản A Đeng (28/07/2012)
- Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số (16/07/2012)
""", "2012-08-21", "Ấm tình quân dân y nơi biên giới Hướng Hóa",
E("trao_qua", None, "2012-08-19"),
[P("Hồ Văn Lý", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Kăn Thị Đơi", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Hồ Sỹ Tâm", "Thiếu tá", "Đồn trưởng Đồn Biên phòng A Dơi"),
 P("Hồ Văn Pằng", "Chủ tịch UBND xã A Dơi")],
[Q("25 y, bác sĩ quân y", 25, "y, bác sĩ quân y"), Q("12 cán bộ y tế địa phương", 12, "cán bộ y tế địa phương"),
 Q("hơn 650 lượt người", 650, "lượt người", "over"), Q("210 trẻ em", 210, "trẻ em"), Q("95 người cao tuổi", 95, "người cao tuổi"),
 Q("khoảng 48 triệu đồng", 48000000, "đồng", "approx"), Q("150 suất quà", 150, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("80 bộ sách vở", 80, "bộ sách vở"), Q("11 đợt khám bệnh quân dân y", 11, "đợt khám bệnh quân dân y"),
 Q("gần 4.200 lượt người", 4200, "lượt người", "approx"), Q("16 tổ công tác", 16, "tổ công tác"),
 Q("2.300 ngày công", 2300, "ngày công"), Q("71%", 71, "%"),
 Q("3 thôn", 3, "thôn"), Q("6 nhân viên quân y", 6, "nhân viên quân y"), Q("124 hộ gia đình", 124, "hộ gia đình")],
[D("Chỉ thị", "05", "CT/ĐU", "2012-04-12", "Đảng ủy BĐBP tỉnh", "Chỉ thị số 05-CT/ĐU ngày 12/4/2012"),
 D("Kế hoạch", "27", "KH-BĐBP", None, "Bộ Tư lệnh BĐBP", "Kế hoạch số 27/KH-BĐBP")],
[prov("Quảng Trị"), com("A Dơi")],
["Báo Quảng Trị Online", "Quốc phòng - An ninh > Biên phòng", "Bác sĩ quân y Đồn Biên phòng A Dơi khám bệnh cho người dân. Ảnh: H.Nam",
 "(QT)", "Trường Tiểu học A Dơi", "Quân y đồn - y tế bản", "Xi Nuc", "Hướng Hóa"],
["Cập nhật: 16:40, 21/08/2012 (GMT+7)", "6 tuổi", "năm 2010"]))

PAGES.append(page("b5599-daklak-bchqs-soket-2013", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự | Quốc phòng
18.07.2013 | 14:05
Đại tá Y Thuôn Byă phát biểu kết luận hội nghị.
Sơ kết công tác dân vận 6 tháng đầu năm của lực lượng vũ trang tỉnh
Sáng 17/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Y Thuôn Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh chủ trì hội nghị; dự có đồng chí H'Nga Niê Kdăm, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng qua các cơ quan, đơn vị trong lực lượng vũ trang tỉnh đã quán triệt Chỉ thị 16, 17-CT/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận vùng đồng bào dân tộc thiểu số và vùng có đạo; phối hợp với Ban Dân vận Tỉnh ủy thực hiện Kế hoạch số 41-KH/BDVTU về xây dựng "buôn làng bình yên". Lực lượng vũ trang tỉnh đã cử 32 tổ công tác với 190 lượt cán bộ, chiến sĩ về 27 buôn đặc biệt khó khăn; giúp dân trên 5.600 ngày công, nạo vét 18 km kênh mương, xây dựng 3 nhà văn hóa buôn.
Quân y các đơn vị khám bệnh, cấp thuốc miễn phí cho khoảng 3.100 lượt người, trị giá 165 triệu đồng; Bệnh xá Bộ CHQS tỉnh tiếp nhận điều trị nội trú 46 bệnh nhân là đồng bào Êđê, M'nông. Các đơn vị đã trao 320 suất quà cho hộ nghèo và 25 suất học bổng "Nâng bước em tới trường", mỗi suất 1 triệu đồng.
Tại hội nghị, Thiếu tá Y Blin Ksơr, Chính trị viên Ban CHQS huyện Ea Súp, chia sẻ cách vận động bà con buôn Ea Rốk từ bỏ tà đạo, đến nay đã có 14 hộ trở lại sinh hoạt bình thường; ông Ama Khăm, người có uy tín buôn Ea Rốk, đề nghị bộ đội tiếp tục giúp dân làm lúa nước. Đại úy Nguyễn Thị Hoa, Trợ lý dân vận Phòng Chính trị Bộ CHQS tỉnh, báo cáo kết quả phong trào thi đua "Dân vận khéo" với 21 mô hình được công nhận, đạt 84% chỉ tiêu năm.
Kết luận hội nghị, Đại tá Y Thuôn Byă yêu cầu 6 tháng cuối năm các đơn vị tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; nắm chắc tình hình ở địa bàn giáp biên, kịp thời tham mưu cấp ủy, chính quyền giải quyết những vụ việc phức tạp, không để bị động, bất ngờ.
Dịp này, Bộ CHQS tỉnh Đắk Lắk tặng giấy khen cho 7 tập thể và 15 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm; Ban Dân vận Tỉnh ủy tặng 2 bộ máy vi tính cho Ban CHQS huyện Ea Súp và huyện Buôn Đôn để phục vụ công tác nắm tình hình ở 36 thôn, buôn biên giới.
Minh Thuận
TIN CÙNG CHUYÊN MỤC
- Ra quân huấn luyện dân quân tự vệ năm 2013 (20/02/2013)
- Bộ CHQS tỉnh trao nhà đồng đội tại xã Cư Pui (12/01/2013)
- Lực lượng vũ trang giúp dân thu hoạch cà phê (05/12/2012)
""", "2013-07-18", "Sơ kết công tác dân vận 6 tháng đầu năm của lực lượng vũ trang tỉnh",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Y Thuôn Byă", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("H'Nga Niê Kdăm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Blin Ksơr", "Thiếu tá", "Chính trị viên Ban CHQS huyện Ea Súp"),
 P("Ama Khăm", "người có uy tín buôn Ea Rốk"),
 P("Nguyễn Thị Hoa", "Đại úy", "Trợ lý dân vận Phòng Chính trị Bộ CHQS tỉnh")],
[Q("32 tổ công tác", 32, "tổ công tác"), Q("190 lượt cán bộ, chiến sĩ", 190, "lượt cán bộ, chiến sĩ"),
 Q("27 buôn đặc biệt khó khăn", 27, "buôn đặc biệt khó khăn"), Q("trên 5.600 ngày công", 5600, "ngày công", "over"),
 Q("18 km", 18, "km"), Q("3 nhà văn hóa buôn", 3, "nhà văn hóa buôn"), Q("khoảng 3.100 lượt người", 3100, "lượt người", "approx"),
 Q("165 triệu đồng", 165000000, "đồng"), Q("46 bệnh nhân", 46, "bệnh nhân"), Q("320 suất quà", 320, "suất quà"),
 Q("25 suất học bổng", 25, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("14 hộ", 14, "hộ"),
 Q("21 mô hình", 21, "mô hình"), Q("84%", 84, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("2 bộ máy vi tính", 2, "bộ máy vi tính"),
 Q("36 thôn, buôn biên giới", 36, "thôn, buôn biên giới")],
[D("Chỉ thị", "16", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị 16, 17-CT/ĐU"),
 D("Chỉ thị", "17", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị 16, 17-CT/ĐU"),
 D("Kế hoạch", "41", "KH/BDVTU", None, None, "Kế hoạch số 41-KH/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Đắk Lắk")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự | Quốc phòng", "Đại tá Y Thuôn Byă phát biểu kết luận hội nghị.",
 "Nâng bước em tới trường", "Dân vận khéo", "buôn làng bình yên", "Ea Súp"],
["18.07.2013 | 14:05", "6 tháng đầu năm 2013", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b5600-soctrang-bchqs-giaoban-2014", """
Báo Sóc Trăng Online
Trang chủ / Chính trị / Quốc phòng - An ninh
08:15 | 10/10/2014
Giao ban công tác dân vận quý III giữa Bộ CHQS tỉnh và Ban Dân vận Tỉnh ủy
Quang cảnh buổi giao ban. Ảnh: Thạch Ni
(ST) - Ngày 8/10, Bộ Chỉ huy Quân sự tỉnh và Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2014, theo Quy chế phối hợp số 03-QC/BDVTU-BCH giữa hai cơ quan. Chủ trì có các đồng chí: Đại tá Lâm Văn Sơn, Chỉ huy trưởng Bộ CHQS tỉnh; Thạch Thị Sa Rinh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Trong quý, lực lượng vũ trang tỉnh đã phối hợp với Ban Dân vận các huyện, thị xã tổ chức 6 đợt làm công tác dân vận tại các xã vùng đồng bào Khmer; giúp dân sửa chữa 19 căn nhà, làm mới 2,4 km đường bê tông, nạo vét 7 km kênh nội đồng. Quân y Bộ CHQS tỉnh phối hợp Sở Y tế khám bệnh, cấp thuốc cho 1.450 lượt người, trao 200 phần quà, tổng trị giá trên 120 triệu đồng.
Các đơn vị tham gia tuyên truyền Luật Nghĩa vụ quân sự và Chỉ thị số 12-CT/TU ngày 5/5/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong đồng bào Khmer; phối hợp các chùa tổ chức 9 buổi nói chuyện cho 1.300 lượt sư sãi, phật tử. Đại đức Lý Sà Mách, trụ trì chùa Som Rông, đánh giá cao sự quan tâm của bộ đội đối với các điểm chùa.
Thượng tá Sơn Thanh Bình, Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh, báo cáo phong trào "Dân vận khéo" trong lực lượng vũ trang có 17 mô hình, trong đó 5 mô hình cấp tỉnh. Đồng chí Kim Thị Sô Phía, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị quý IV tập trung chuẩn bị sơ kết 5 năm thực hiện Quy chế phối hợp và tham gia Chương trình "Tết vì người nghèo".
Kết luận, Đại tá Lâm Văn Sơn nhấn mạnh các đơn vị tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị và Hướng dẫn số 08-HD/BDVTU của Ban Dân vận Tỉnh ủy; phối hợp các xã biên giới biển làm tốt công tác vận động ngư dân không vi phạm vùng biển nước ngoài; lựa chọn 3 đến 4 mô hình tiêu biểu để nhân rộng trong năm 2015.
Tại buổi giao ban, đồng chí Danh Út, Bí thư Đảng ủy xã Vĩnh Hải, phản ánh việc 46 hộ ngư dân ven biển thiếu vốn sửa chữa tàu thuyền; Trung tá Trần Minh Hải, Chính trị viên Ban CHQS thị xã Vĩnh Châu, đề nghị Ban Dân vận Tỉnh ủy phối hợp Hội Nông dân tỉnh hỗ trợ vốn vay cho khoảng 30 hộ dân quân có hoàn cảnh khó khăn. Các đại biểu thống nhất mỗi quý tổ chức một đợt hành quân dã ngoại kết hợp làm công tác dân vận tại các xã giáp biển.
Thạch Ni
Lượt xem: 532
Tin liên quan
- Trà Cú: Ra mắt mô hình "Dân quân với phật tử" (29/09/2014)
- Bộ CHQS tỉnh trao 10 căn nhà đồng đội (15/09/2014)
- Khám bệnh miễn phí cho đồng bào Khmer xã Vĩnh Hải (30/08/2014)
""", "2014-10-10", "Giao ban công tác dân vận quý III giữa Bộ CHQS tỉnh và Ban Dân vận Tỉnh ủy",
E("giao_ban", "2014-Q3", "2014-10-08"),
[P("Lâm Văn Sơn", "Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Thạch Thị Sa Rinh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sà Mách", "Đại đức", "trụ trì chùa Som Rông"),
 P("Sơn Thanh Bình", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh"),
 P("Kim Thị Sô Phía", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Bí thư Đảng ủy xã Vĩnh Hải"),
 P("Trần Minh Hải", "Trung tá", "Chính trị viên Ban CHQS thị xã Vĩnh Châu")],
[Q("6 đợt", 6, "đợt"), Q("19 căn nhà", 19, "căn nhà"), Q("2,4 km", 2.4, "km"), Q("7 km", 7, "km"),
 Q("1.450 lượt người", 1450, "lượt người"), Q("200 phần quà", 200, "phần quà"),
 Q("trên 120 triệu đồng", 120000000, "đồng", "over"), Q("9 buổi nói chuyện", 9, "buổi nói chuyện"),
 Q("1.300 lượt sư sãi, phật tử", 1300, "lượt sư sãi, phật tử"), Q("17 mô hình", 17, "mô hình"),
 Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"),
 Q("46 hộ ngư dân", 46, "hộ ngư dân"), Q("khoảng 30 hộ dân quân", 30, "hộ dân quân", "approx")],
[D("Quy chế phối hợp", "03", "QC/BDVTU-BCH", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BCH"),
 D("Chỉ thị", "12", "CT/TU", "2014-05-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 5/5/2014"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["Báo Sóc Trăng Online", "Trang chủ / Chính trị / Quốc phòng - An ninh", "Quang cảnh buổi giao ban. Ảnh: Thạch Ni", "(ST)",
 "Dân vận khéo", "Tết vì người nghèo", "Luật Nghĩa vụ quân sự", "Lượt xem: 532", "chùa Som Rông"],
["08:15 | 10/10/2014", "quý III/2014", "5 năm", "3 đến 4 mô hình", "năm 2015", "Lượt xem: 532"]))

PAGES.append(page("b5601-nghean-quany-taphuan-2015", """
BÁO NGHỆ AN
Trang chủ > Quốc phòng - An ninh > Quân sự địa phương
Ngày đăng 23/04/2015 | 16:20
Tập huấn công tác dân vận và quân dân y kết hợp cho cán bộ quân y miền Tây Nghệ An
Các học viên thực hành sơ cứu tại lớp tập huấn.
Trong 2 ngày 21 và 22/4, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ban Dân vận Tỉnh ủy và Sở Y tế tổ chức lớp tập huấn công tác dân vận, quân dân y kết hợp năm 2015 cho 86 học viên là y sĩ, nhân viên quân y của Ban CHQS các huyện miền Tây và cán bộ y tế 22 xã biên giới.
Dự khai mạc có Đại tá Phan Hữu Cường, Phó Chính ủy Bộ CHQS tỉnh; đồng chí Lữ Thị Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy; bác sĩ Ngân Văn Hòa, Phó Giám đốc Sở Y tế.
Lớp tập huấn được tổ chức theo Kế hoạch số 118/KH-BCH ngày 2/3/2015 của Bộ CHQS tỉnh, triển khai Thông tư liên tịch số 09/2014/TTLT-BQP-BYT của Bộ Quốc phòng và Bộ Y tế về kết hợp quân dân y. Học viên được nghe các chuyên đề về kỹ năng vận động đồng bào Thái, Mông, Khơ Mú; về sơ cứu, cấp cứu ban đầu và phòng chống dịch bệnh ở vùng sâu; về nắm tình hình, báo cáo kịp thời những vụ việc phức tạp ở cơ sở.
Theo báo cáo, năm 2014 các tổ quân dân y đã khám, cấp thuốc cho trên 12.000 lượt người, vận động 340 phụ nữ đến trạm y tế sinh con, tuyên truyền cho 2.700 hộ về vệ sinh môi trường. Tỷ lệ trạm y tế xã biên giới có bác sĩ mới đạt khoảng 45%, nhiều bản cách trạm y tế trên 20 km.
Báo cáo viên là Trung tá Lô Văn Thuận, Trưởng phòng Quân y Bộ CHQS tỉnh, và Trung tá Vi Thị Lan, Trợ lý Dân vận Phòng Chính trị. Trung tá Lô Văn Thuận hướng dẫn học viên cách lập sổ theo dõi sức khỏe tại 14 bản kết nghĩa.
Học viên Lầu Bá Dếnh, y sĩ Trạm Y tế xã Mường Lống, cho biết: "Nhờ tập huấn, chúng tôi biết cách phối hợp với bộ đội để nói với bà con bằng tiếng Mông, bà con dễ nghe hơn".
Bế mạc lớp tập huấn, Đại tá Phan Hữu Cường yêu cầu học viên vận dụng vào thực tế, thực hiện tốt Chỉ thị số 03-CT/ĐU ngày 6/1/2015 của Đảng ủy Quân sự tỉnh về công tác dân vận năm 2015; 100% học viên được cấp giấy chứng nhận.
Dịp này, Ban tổ chức trao 22 túi thuốc quân dân y, mỗi túi trị giá 1,5 triệu đồng, cho các trạm y tế xã biên giới; Ban Dân vận Tỉnh ủy tặng 5 suất quà cho học viên có thành tích tốt. Lớp tập huấn là một trong 4 hoạt động trọng tâm của Kế hoạch phối hợp số 07-KHPH/BDVTU-BCH giữa Ban Dân vận Tỉnh ủy và Bộ CHQS tỉnh giai đoạn 2015 - 2020.
Hữu Vi
Tin liên quan
- Kỳ Sơn: Bộ đội biên phòng giúp dân bản Huồi Khe (15/04/2015)
- Nghệ An: Tổng kết 10 năm kết hợp quân dân y (28/03/2015)
- Khám bệnh, tặng quà đồng bào xã Nậm Cắn (20/03/2015)
- Tuổi trẻ Bộ CHQS tỉnh ra quân tình nguyện hè (12/03/2015)
""", "2015-04-23", "Tập huấn công tác dân vận và quân dân y kết hợp cho cán bộ quân y miền Tây Nghệ An",
E("tap_huan", "2015", "2015-04-21"),
[P("Phan Hữu Cường", "Đại tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Lữ Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngân Văn Hòa", "bác sĩ", "Phó Giám đốc Sở Y tế"),
 P("Lô Văn Thuận", "Trung tá", "Trưởng phòng Quân y Bộ CHQS tỉnh"),
 P("Vi Thị Lan", "Trung tá", "Trợ lý Dân vận Phòng Chính trị"),
 P("Lầu Bá Dếnh", "y sĩ Trạm Y tế xã Mường Lống")],
[Q("86 học viên", 86, "học viên"), Q("22 xã biên giới", 22, "xã biên giới"), Q("trên 12.000 lượt người", 12000, "lượt người", "over"),
 Q("340 phụ nữ", 340, "phụ nữ"), Q("2.700 hộ", 2700, "hộ"), Q("khoảng 45%", 45, "%", "approx"),
 Q("trên 20 km", 20, "km", "over"), Q("14 bản kết nghĩa", 14, "bản kết nghĩa"), Q("100%", 100, "%"),
 Q("22 túi thuốc quân dân y", 22, "túi thuốc quân dân y"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("5 suất quà", 5, "suất quà"),
 Q("4 hoạt động trọng tâm", 4, "hoạt động trọng tâm")],
[D("Kế hoạch", "118", "KH-BCH", "2015-03-02", "Bộ CHQS tỉnh", "Kế hoạch số 118/KH-BCH ngày 2/3/2015"),
 D("Thông tư liên tịch", "09", "2014/TTLT-BQP-BYT", None, "Bộ Quốc phòng và Bộ Y tế", "Thông tư liên tịch số 09/2014/TTLT-BQP-BYT"),
 D("Chỉ thị", "03", "CT/ĐU", "2015-01-06", "Đảng ủy Quân sự tỉnh", "Chỉ thị số 03-CT/ĐU ngày 6/1/2015"),
 D("Kế hoạch phối hợp", "07", "KHPH/BDVTU-BCH", None, None, "Kế hoạch phối hợp số 07-KHPH/BDVTU-BCH")],
[prov("Nghệ An"), com("Mường Lống")],
["BÁO NGHỆ AN", "Trang chủ > Quốc phòng - An ninh > Quân sự địa phương", "Các học viên thực hành sơ cứu tại lớp tập huấn."],
["Ngày đăng 23/04/2015 | 16:20", "2 ngày", "năm 2015", "năm 2014", "2015 - 2020"]))

PAGES.append(page("b5602-laichau-donbp-doithoai-2016", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÙ CẢ - HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU
Bạn đang ở: Trang chủ › Tin tức - Sự kiện
Thứ Tư, 14/12/2016
Đối thoại giữa cấp ủy, chính quyền xã, Đồn Biên phòng Mù Cả với nhân dân năm 2016
Ngày 12/12/2016, Đảng ủy, UBND xã Mù Cả phối hợp với Đồn Biên phòng Mù Cả tổ chức hội nghị đối thoại trực tiếp với nhân dân năm 2016 theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 22-KH/ĐU ngày 15/11/2016 của Đảng ủy xã.
Chủ trì đối thoại có các đồng chí: Lỳ Gò Pả, Bí thư Đảng ủy xã; Pờ Phì Sừ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Thiếu tá Trần Văn Minh, Chính trị viên Đồn Biên phòng Mù Cả. Tham dự có 135 đại biểu là trưởng bản, người có uy tín, chi hội trưởng các đoàn thể và nhân dân 8 bản.
Trước khi đối thoại, đồng chí Pờ Phì Sừ thông báo kết quả năm 2016: toàn xã có 612 hộ, tỷ lệ hộ nghèo còn 58,4%, giảm 6,2% so với năm 2015; Đồn Biên phòng đã giúp dân khai hoang 11 ha ruộng nước, làm 4 cầu treo dân sinh và duy trì lớp xóa mù chữ cho 37 học viên người Hà Nhì. Xã đã tiếp nhận 14 ý kiến, kiến nghị của cử tri, giải quyết dứt điểm 11 kiến nghị.
Tại buổi đối thoại, 9 lượt ý kiến tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất nương, hỗ trợ gạo cứu đói giáp hạt và việc đi lại qua khu vực biên giới. Ông Lò Nhù Chừ, người có uy tín bản Nhú Ma, đề nghị bộ đội tiếp tục giúp bà con làm đường lên bản; bà Phù Mé Xá, Chi hội trưởng Chi hội Phụ nữ bản Mù Cả, phản ánh việc 23 trẻ em chưa được làm giấy khai sinh.
Thiếu tá Trần Văn Minh cho biết, thực hiện Chỉ thị số 01/CT-BTL của Bộ Tư lệnh Bộ đội Biên phòng, Đồn đã phân công 12 đảng viên phụ trách 84 hộ, cùng xã phối hợp cấp giấy khai sinh lưu động trong tháng 1/2017. Các ý kiến khác được lãnh đạo xã trả lời trực tiếp; 3 ý kiến vượt thẩm quyền được tổng hợp báo cáo huyện.
Phát biểu kết thúc, đồng chí Lỳ Gò Pả đề nghị nhân dân tiếp tục giữ vững an ninh trật tự, không nghe theo kẻ xấu xuất cảnh trái phép, cùng bộ đội biên phòng tự quản 42 km đường biên, mốc quốc giới.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ xã, đây là lần thứ 3 xã tổ chức đối thoại có sự tham gia của Đồn Biên phòng; nhiều kiến nghị từ các lần trước đã được huyện Mường Tè và tỉnh Lai Châu xem xét giải quyết, trong đó có việc đầu tư 2 lớp học cắm bản và hỗ trợ 1.250 kg gạo cho 25 hộ thiếu đói.
Ban biên tập
Lượt truy cập: 28.417
Tin khác
- Xã Mù Cả ra quân làm đường giao thông nông thôn (01/12/2016)
- Đồn Biên phòng Mù Cả trao quà cho học sinh nghèo (20/11/2016)
- Hội nghị tổng kết công tác Mặt trận năm 2016 (15/11/2016)
- Bản Nhú Ma đón nhận danh hiệu bản văn hóa (02/11/2016)
""", "2016-12-14", "Đối thoại giữa cấp ủy, chính quyền xã, Đồn Biên phòng Mù Cả với nhân dân năm 2016",
E("doi_thoai", "2016", "2016-12-12"),
[P("Lỳ Gò Pả", "Bí thư Đảng ủy xã"),
 P("Pờ Phì Sừ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Văn Minh", "Thiếu tá", "Chính trị viên Đồn Biên phòng Mù Cả"),
 P("Lò Nhù Chừ", "người có uy tín bản Nhú Ma"),
 P("Phù Mé Xá", "Chi hội trưởng Chi hội Phụ nữ bản Mù Cả")],
[Q("135 đại biểu", 135, "đại biểu"), Q("8 bản", 8, "bản"), Q("612 hộ", 612, "hộ"), Q("58,4%", 58.4, "%"), Q("6,2%", 6.2, "%"),
 Q("11 ha", 11, "ha"), Q("4 cầu treo dân sinh", 4, "cầu treo dân sinh"), Q("37 học viên", 37, "học viên"),
 Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"), Q("11 kiến nghị", 11, "kiến nghị"), Q("9 lượt ý kiến", 9, "lượt ý kiến"),
 Q("23 trẻ em", 23, "trẻ em"), Q("12 đảng viên", 12, "đảng viên"), Q("84 hộ", 84, "hộ"), Q("3 ý kiến", 3, "ý kiến"),
 Q("42 km", 42, "km"), Q("2 lớp học cắm bản", 2, "lớp học cắm bản"), Q("1.250 kg", 1250, "kg"),
 Q("25 hộ thiếu đói", 25, "hộ thiếu đói")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "22", "KH/ĐU", "2016-11-15", "Đảng ủy xã", "Kế hoạch số 22-KH/ĐU ngày 15/11/2016"),
 D("Chỉ thị", "01", "CT-BTL", None, "Bộ Tư lệnh Bộ đội Biên phòng", "Chỉ thị số 01/CT-BTL")],
[prov("Lai Châu"), com("Mù Cả")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÙ CẢ - HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU", "Bạn đang ở: Trang chủ › Tin tức - Sự kiện",
 "Lượt truy cập: 28.417", "Nhú Ma"],
["Thứ Tư, 14/12/2016", "năm 2016", "năm 2015", "tháng 1/2017", "Lượt truy cập: 28.417", "lần thứ 3"]))
