from lib import *
PAGES = []

PAGES.append(page("b9359-quangtri-bdbp-soket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Trang chủ › Quốc phòng - An ninh › Biên giới - Biển đảo
Thứ Sáu, 11/07/2025 - 10:05
BĐBP tỉnh Quảng Trị sơ kết công tác dân vận sau hợp nhất: Giữ vững "thế trận lòng dân" trên tuyến biên giới dài hơn 380 km
Ngày 10/7, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác dân vận, vận động quần chúng 6 tháng đầu năm 2025. Đây là hội nghị đầu tiên sau khi BĐBP hai tỉnh Quảng Bình và Quảng Trị hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.
Đại tá Hồ Thanh Phong phát biểu chỉ đạo hội nghị.
Đại tá Hồ Thanh Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì hội nghị. Dự có đồng chí Nguyễn Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Sau hợp nhất, BĐBP tỉnh quản lý tuyến biên giới dài hơn 380 km giáp Lào và hơn 190 km bờ biển, với 24 đồn biên phòng và 2 hải đội. Trên địa bàn có 27 xã, phường biên giới, ven biển theo mô hình chính quyền địa phương hai cấp. 6 tháng đầu năm, các đồn đã tuyên truyền 215 buổi cho 14.600 lượt người về chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện; cử 52 cán bộ tham gia cấp ủy các xã biên giới, trong đó 9 đồng chí giữ chức Phó Bí thư Đảng ủy xã.
Cán bộ, chiến sĩ đã giúp dân 4.900 ngày công, tham gia xóa 146 căn nhà tạm, nhà dột nát, mỗi căn hỗ trợ 60 triệu đồng; duy trì 142 em "Con nuôi đồn Biên phòng" và 88 em thuộc chương trình "Nâng bước em tới trường".
Tại hội nghị, Thiếu tá Hồ Văn Khoa, Chính trị viên Đồn Biên phòng Dân Hóa, cho biết đơn vị đã phối hợp Đảng ủy xã Dân Hóa vận động 12 hộ đồng bào Chứt, Mã Liềng định cư ổn định tại bản Ón. Ông Pả Văn Hùng, Bí thư Đảng ủy xã Lìa, đánh giá: "Từ ngày 1/7, xã mới rộng gấp ba lần, cán bộ còn thiếu; đồn biên phòng cử người về giúp xã là rất kịp thời".
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Nhung đề nghị BĐBP tỉnh tiếp tục thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư; phối hợp với Ủy ban MTTQ Việt Nam tỉnh nắm chắc tâm tư của nhân dân sau sắp xếp.
Kết luận hội nghị, Đại tá Hồ Thanh Phong yêu cầu 6 tháng cuối năm, các đơn vị thực hiện Kế hoạch số 115-KH/ĐU ngày 2/7/2025 của Đảng ủy BĐBP tỉnh; hoàn thành xóa nhà tạm cho các hộ còn lại trước ngày 31/8/2025; mỗi đồn xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với chính quyền xã mới.
Thanh Nhàn
Tin liên quan
- Trao 50 căn nhà cho hộ nghèo xã Kim Phú (03/07/2025)
- Đồn Biên phòng Cửa Tùng ra mắt tổ đoàn kết trên biển (27/06/2025)
- Ngày hội Biên phòng toàn dân ở xã Hướng Phùng (03/03/2025)
""", "2025-07-11", "BĐBP tỉnh Quảng Trị sơ kết công tác dân vận sau hợp nhất: Giữ vững \"thế trận lòng dân\" trên tuyến biên giới dài hơn 380 km",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Hồ Thanh Phong", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Khoa", "Thiếu tá", "Chính trị viên Đồn Biên phòng Dân Hóa"),
 P("Pả Văn Hùng", "Bí thư Đảng ủy xã Lìa")],
[Q("hơn 380 km", 380, "km", "over"), Q("hơn 190 km", 190, "km", "over"), Q("24 đồn biên phòng", 24, "đồn biên phòng"),
 Q("2 hải đội", 2, "hải đội"), Q("27 xã, phường biên giới, ven biển", 27, "xã, phường biên giới, ven biển"),
 Q("215 buổi", 215, "buổi"), Q("14.600 lượt người", 14600, "lượt người"), Q("52 cán bộ", 52, "cán bộ"),
 Q("9 đồng chí", 9, "đồng chí"), Q("4.900 ngày công", 4900, "ngày công"), Q("146 căn nhà tạm, nhà dột nát", 146, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("142 em", 142, "em"), Q("88 em", 88, "em"),
 Q("12 hộ đồng bào Chứt, Mã Liềng", 12, "hộ đồng bào Chứt, Mã Liềng"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW"),
 D("Kế hoạch", "115", "KH/ĐU", "2025-07-02", "Đảng ủy BĐBP tỉnh", "Kế hoạch số 115-KH/ĐU ngày 2/7/2025")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa"), com("Lìa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ", "Trang chủ › Quốc phòng - An ninh › Biên giới - Biển đảo",
 "Đại tá Hồ Thanh Phong phát biểu chỉ đạo hội nghị.", "thế trận lòng dân", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường",
 "Dân vận khéo", "bản Ón"],
["Thứ Sáu, 11/07/2025 - 10:05", "6 tháng đầu năm 2025", "6 tháng đầu năm", "6 tháng cuối năm", "9 đồng chí", "1/7", "ba lần",
 "hai cấp", "31/8/2025"]))

PAGES.append(page("b9360-gialai-bdbp-doithoai-2025", """
Báo và Phát thanh, Truyền hình Gia Lai
Thời sự > Kinh tế biển > Chống khai thác IUU
19/09/2025 | 15:30
Đối thoại với ngư dân, gỡ vướng trước đợt kiểm tra thứ 5 của EC
Quang cảnh buổi đối thoại tại phường Tam Quan.
(GLO) - Ngày 18/9, Đồn Biên phòng Tam Quan phối hợp với Đảng ủy, UBND phường Tam Quan và phường Hoài Nhơn Bắc tổ chức hội nghị đối thoại với ngư dân năm 2025 về công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Hơn 250 chủ tàu, thuyền trưởng và ngư dân tham dự.
Chủ trì đối thoại có Thượng tá Đặng Văn Sơn, Đồn trưởng Đồn Biên phòng Tam Quan; bà Phan Thị Kim Yến, Chủ tịch UBND phường Tam Quan; ông Trần Quốc Nam, Phó Chủ tịch UBND phường Hoài Nhơn Bắc. Dự có Đại tá Rơ Châm Tuấn, Phó Chính ủy BĐBP tỉnh Gia Lai.
Sau khi hợp nhất với Bình Định, tỉnh Gia Lai có 5.680 tàu cá, trong đó 2.940 tàu có chiều dài từ 15 m trở lên. Riêng hai phường Tam Quan, Hoài Nhơn Bắc có 1.126 tàu cá, chiếm gần 20% số tàu toàn tỉnh. Đến nay, 100% tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình; tuy nhiên vẫn còn 37 tàu mất kết nối quá 6 giờ khi hoạt động trên biển.
Tại buổi đối thoại, ngư dân nêu 19 ý kiến. Ông Nguyễn Văn Lực, chủ tàu cá BĐ 97568 TS, đề nghị tháo gỡ thủ tục cấp phép khai thác cho tàu mua từ tỉnh khác chuyển về. Ông Huỳnh Tấn Phát, Tổ trưởng Tổ đoàn kết trên biển số 7, phản ánh cước thuê bao thiết bị giám sát hành trình còn cao, nhiều chủ tàu nghèo khó trả.
Trả lời ngư dân, Thượng tá Đặng Văn Sơn cho biết, thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác IUU và Kế hoạch số 86/KH-UBND ngày 8/8/2025 của UBND tỉnh, từ tháng 7 đồn đã kiểm soát 8.430 lượt tàu xuất, nhập bến, xử phạt 14 trường hợp vi phạm với tổng số tiền 326 triệu đồng. Bà Phan Thị Kim Yến thông tin, UBND phường sẽ phối hợp Ngân hàng Chính sách xã hội cho chủ tàu khó khăn vay tối đa 50 triệu đồng/tàu để thay thiết bị.
Đại tá Rơ Châm Tuấn nhấn mạnh: "Không có ngư dân nào muốn con tàu của mình bị bắt ở nước ngoài. Bộ đội Biên phòng không chỉ kiểm soát mà còn đồng hành cùng bà con". Ông đề nghị các tổ đoàn kết giám sát lẫn nhau, kịp thời thông báo tàu có dấu hiệu vượt ranh giới.
Kết thúc đối thoại, các chủ tàu ký cam kết không vi phạm vùng biển nước ngoài; Đồn Biên phòng Tam Quan trao 200 lá cờ Tổ quốc cho ngư dân trước chuyến biển cuối năm.
Thu Trang
Tin liên quan
- Đồn Biên phòng Đề Gi tuyên truyền chống IUU (12/09/2025)
- Gia Lai: Khắc phục dứt điểm tàu mất kết nối (05/09/2025)
- Ngư dân Quy Nhơn Đông trúng đậm cá ngừ (28/08/2025)
""", "2025-09-19", "Đối thoại với ngư dân, gỡ vướng trước đợt kiểm tra thứ 5 của EC",
E("doi_thoai", "2025", "2025-09-18"),
[P("Đặng Văn Sơn", "Thượng tá", "Đồn trưởng Đồn Biên phòng Tam Quan"),
 P("Phan Thị Kim Yến", "Chủ tịch UBND phường Tam Quan"),
 P("Trần Quốc Nam", "Phó Chủ tịch UBND phường Hoài Nhơn Bắc"),
 P("Rơ Châm Tuấn", "Đại tá", "Phó Chính ủy BĐBP tỉnh Gia Lai"),
 P("Nguyễn Văn Lực", "chủ tàu cá BĐ 97568 TS"),
 P("Huỳnh Tấn Phát", "Tổ trưởng Tổ đoàn kết trên biển số 7")],
[Q("Hơn 250 chủ tàu, thuyền trưởng và ngư dân", 250, "chủ tàu, thuyền trưởng và ngư dân", "over"), Q("5.680 tàu cá", 5680, "tàu cá"),
 Q("2.940 tàu", 2940, "tàu"), Q("từ 15 m trở lên", 15, "m", "over"), Q("1.126 tàu cá", 1126, "tàu cá"), Q("gần 20%", 20, "%", "approx"),
 Q("100%", 100, "%"), Q("37 tàu", 37, "tàu"), Q("19 ý kiến", 19, "ý kiến"), Q("8.430 lượt tàu", 8430, "lượt tàu"),
 Q("14 trường hợp", 14, "trường hợp"), Q("326 triệu đồng", 326000000, "đồng"), Q("tối đa 50 triệu đồng/tàu", 50000000, "đồng"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Chỉ thị", "32", "CT/TW", "2024-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2024"),
 D("Kế hoạch", "86", "KH-UBND", "2025-08-08", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 8/8/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Tam Quan"), com("Hoài Nhơn Bắc")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Thời sự > Kinh tế biển > Chống khai thác IUU", "Quang cảnh buổi đối thoại tại phường Tam Quan.",
 "(GLO)", "Đồn Biên phòng Tam Quan", "Ngân hàng Chính sách xã hội"],
["19/09/2025 | 15:30", "thứ 5", "năm 2025", "6 giờ", "BĐ 97568 TS", "số 7", "tháng 7"]))

PAGES.append(page("b9361-lamdong-bdbp-nguoicouytin-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị / Dân tộc - Tôn giáo
Cập nhật: 16:50, 24/10/2025 (GMT+7)
Người có uy tín vùng biên: "Cánh tay nối dài" của Bộ đội Biên phòng
Đại tá Phạm Quốc Hưng (thứ 3 từ trái sang) tặng giấy khen cho người có uy tín tiêu biểu.
Chiều 23/10, tại xã Quảng Trực, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lâm Đồng tổ chức hội nghị người có uy tín khu vực biên giới năm 2025 - hội nghị đầu tiên kể từ khi 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận hợp nhất. Tham dự có 96 người có uy tín, già làng, trưởng bon đến từ 7 xã biên giới.
Đại tá Phạm Quốc Hưng, Phó Chỉ huy trưởng BĐBP tỉnh; đồng chí K'Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Điểu Quang Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì hội nghị.
Theo báo cáo, tuyến biên giới của tỉnh dài hơn 141 km giáp tỉnh Mondulkiri (Campuchia), do 5 đồn biên phòng quản lý. Thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 28/2023/QĐ-TTg sửa đổi, bổ sung, hiện khu vực biên giới có 112 người có uy tín được công nhận, mỗi người được hỗ trợ 700.000 đồng/quý. Trong năm, người có uy tín đã cùng các đồn hòa giải 21 vụ tranh chấp đất rẫy, vận động 46 hộ đồng bào M'nông, Mông không phát rừng làm rẫy trái phép và cung cấp 38 tin báo về xuất nhập cảnh trái phép.
Tại hội nghị, ông Điểu Đoan, người có uy tín bon Bu Prăng 2, xã Quảng Trực, chia sẻ: "Bon có 92 hộ, trước kia nhiều người nghe lời rủ rê đi qua biên giới làm thuê. Tôi với bộ đội đi từng nhà, giờ bà con ở lại trồng cà phê, điều". Bà Thị Thoan, trưởng bon Đắk Huýt, xã Thuận An, đề nghị BĐBP mở thêm lớp dạy tiếng Việt cho phụ nữ M'nông lớn tuổi. Ông Sùng A Chơ, người có uy tín thôn 7, xã Đắk Wil, nêu khó khăn về nước sinh hoạt của 30 hộ người Mông di cư từ phía Bắc vào.
Đồng chí K'Mai đánh giá cao vai trò của người có uy tín trong những tháng đầu vận hành chính quyền địa phương hai cấp, khi nhiều thôn, bon được sáp nhập, địa giới thay đổi; đề nghị các đồn biên phòng phối hợp với Đảng ủy các xã tiếp tục cung cấp thông tin, tập huấn kỹ năng cho người có uy tín theo Kế hoạch số 57-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Kết luận hội nghị, Đại tá Phạm Quốc Hưng khẳng định BĐBP tỉnh sẽ thực hiện Chỉ thị số 04-CT/ĐU ngày 15/8/2025 của Đảng ủy BĐBP tỉnh về công tác vận động quần chúng trong tình hình mới, dành ít nhất 30% thời gian của đội công tác bám bon, bám hộ. Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 12 người có uy tín tiêu biểu.
Gia Huy
Tin liên quan
- Đồn Biên phòng Bu Prăng giúp dân thu hoạch cà phê (18/10/2025)
- Xã Thuận Hạnh ra mắt tổ tự quản đường biên (10/10/2025)
- Lâm Đồng: Sắp xếp thôn, tổ dân phố sau hợp nhất (02/10/2025)
""", "2025-10-24", "Người có uy tín vùng biên: \"Cánh tay nối dài\" của Bộ đội Biên phòng",
E("hoi_nghi", "2025", "2025-10-23"),
[P("Phạm Quốc Hưng", "Đại tá", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("K'Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Quang Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Đoan", "người có uy tín bon Bu Prăng 2"),
 P("Thị Thoan", "trưởng bon Đắk Huýt"),
 P("Sùng A Chơ", "người có uy tín thôn 7")],
[Q("3 tỉnh", 3, "tỉnh"), Q("96 người có uy tín, già làng, trưởng bon", 96, "người có uy tín, già làng, trưởng bon"), Q("7 xã biên giới", 7, "xã biên giới"),
 Q("hơn 141 km", 141, "km", "over"), Q("5 đồn biên phòng", 5, "đồn biên phòng"), Q("112 người có uy tín", 112, "người có uy tín"),
 Q("700.000 đồng/quý", 700000, "đồng"), Q("21 vụ tranh chấp đất rẫy", 21, "vụ tranh chấp đất rẫy"),
 Q("46 hộ đồng bào M'nông, Mông", 46, "hộ đồng bào M'nông, Mông"), Q("38 tin báo", 38, "tin báo"), Q("92 hộ", 92, "hộ"),
 Q("30 hộ người Mông", 30, "hộ người Mông"), Q("ít nhất 30%", 30, "%", "over"),
 Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg"),
 D("Kế hoạch", "57", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 57-KH/BTGDVTU"),
 D("Chỉ thị", "04", "CT/ĐU", "2025-08-15", "Đảng ủy BĐBP tỉnh", "Chỉ thị số 04-CT/ĐU ngày 15/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Thuận An"), com("Đắk Wil")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị / Dân tộc - Tôn giáo", "Đại tá Phạm Quốc Hưng (thứ 3 từ trái sang) tặng giấy khen cho người có uy tín tiêu biểu.",
 "Cánh tay nối dài", "Mondulkiri", "bon Bu Prăng 2", "bon Đắk Huýt"],
["Cập nhật: 16:50, 24/10/2025 (GMT+7)", "năm 2025", "thứ 3", "thôn 7", "hai cấp"]))

PAGES.append(page("b9362-tayninh-bdbp-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Trang chủ >> Chính trị >> Quốc phòng - An ninh
Ngày đăng 19/12/2025 | 16:20
Hôm nay: Thứ Bảy, 20/12/2025
Năm đầu hợp nhất, Bộ đội Biên phòng tỉnh hoàn thành xuất sắc công tác vận động quần chúng
Toàn cảnh hội nghị tổng kết.
Ngày 18/12, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đại tá Nguyễn Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chỉ huy trưởng BĐBP tỉnh và đồng chí Lê Thị Ngọc Hân, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy đồng chủ trì.
Năm 2025, BĐBP tỉnh vừa thực hiện nhiệm vụ quản lý, bảo vệ tuyến biên giới dài 368 km giáp Campuchia (gồm tuyến biên giới của tỉnh Tây Ninh và tỉnh Long An trước đây), vừa hoàn thành việc hợp nhất tổ chức theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương. Đảng ủy BĐBP tỉnh ban hành Chương trình hành động số 03-CTr/ĐU thực hiện Nghị quyết Đại hội Đảng bộ BĐBP tỉnh nhiệm kỳ 2025 - 2030, trong đó xác định công tác vận động quần chúng là nhiệm vụ chính trị trọng tâm.
Các đồn biên phòng đã phối hợp với cấp ủy, chính quyền 20 xã biên giới tuyên truyền 426 buổi cho 31.500 lượt người; cử 61 đảng viên về sinh hoạt tại 74 chi bộ ấp. Cán bộ, chiến sĩ giúp dân 6.350 ngày công; phối hợp xây dựng, sửa chữa 213 căn nhà cho hộ nghèo, hộ khó khăn với tổng kinh phí 9,2 tỷ đồng. Chương trình "Nâng bước em tới trường" và "Con nuôi đồn Biên phòng" đang hỗ trợ 176 học sinh.
Báo cáo cũng cho thấy năm qua, các đồn đã phối hợp giải quyết 58 vụ tranh chấp đất đai ở khu vực biên giới; 52/58 vụ được hòa giải thành, đạt 89,6%. Mô hình "Ấp biên giới bình yên" ở xã Hưng Điền, mô hình "Mỗi đảng viên đồn biên phòng phụ trách 10 hộ" ở xã Phước Vinh được Bộ Tư lệnh BĐBP biểu dương.
Tại hội nghị, Trung tá Sơn Thanh Hùng, Chính trị viên Đồn Biên phòng Mộc Bài, chia sẻ cách phối hợp với Đảng ủy phường Gò Dầu sau khi sáp nhập, khi địa bàn phường rộng gấp đôi. Ông Huỳnh Văn Chín, Bí thư Đảng ủy xã Khánh Hưng, đề nghị BĐBP tiếp tục hỗ trợ xã vận động nhân dân hiến đất làm đường tuần tra biên giới; năm qua người dân trong xã đã hiến 6.400 m2 đất.
Phát biểu chỉ đạo, đồng chí Lê Thị Ngọc Hân ghi nhận BĐBP tỉnh là điểm sáng trong phong trào thi đua "Dân vận khéo" năm 2025 với 38 mô hình cấp xã, 6 mô hình cấp tỉnh; đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Kết luận hội nghị, Đại tá Nguyễn Thanh Tâm yêu cầu năm 2026 các đồn bám sát Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; phấn đấu không để xảy ra điểm nóng, khiếu kiện đông người ở khu vực biên giới. Dịp này, 8 tập thể, 19 cá nhân được Bộ Chỉ huy BĐBP tỉnh tặng giấy khen. Thượng tá Trần Minh Khoa, Phó Chính ủy BĐBP tỉnh, trao thưởng cho các tập thể, cá nhân.
Bảo Ngọc
Tin liên quan
- Đồn Biên phòng Bình Hiệp trao 100 suất quà cho hộ nghèo (15/12/2025)
- Xã Tân Hòa ra mắt tổ tự quản đường biên, cột mốc (05/12/2025)
- Tây Ninh: Ngày hội Đại đoàn kết ở ấp biên giới (18/11/2025)
""", "2025-12-19", "Năm đầu hợp nhất, Bộ đội Biên phòng tỉnh hoàn thành xuất sắc công tác vận động quần chúng",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Thanh Tâm", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Lê Thị Ngọc Hân", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Thanh Hùng", "Trung tá", "Chính trị viên Đồn Biên phòng Mộc Bài"),
 P("Huỳnh Văn Chín", "Bí thư Đảng ủy xã Khánh Hưng"),
 P("Trần Minh Khoa", "Thượng tá", "Phó Chính ủy BĐBP tỉnh")],
[Q("368 km", 368, "km"), Q("20 xã biên giới", 20, "xã biên giới"), Q("426 buổi", 426, "buổi"), Q("31.500 lượt người", 31500, "lượt người"),
 Q("61 đảng viên", 61, "đảng viên"), Q("74 chi bộ ấp", 74, "chi bộ ấp"), Q("6.350 ngày công", 6350, "ngày công"),
 Q("213 căn nhà", 213, "căn nhà"), Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("176 học sinh", 176, "học sinh"),
 Q("58 vụ tranh chấp đất đai", 58, "vụ tranh chấp đất đai"),
 Q("52/58 vụ", 52, "vụ"), Q("89,6%", 89.6, "%"), Q("6.400 m2", 6400, "m2"),
 Q("38 mô hình cấp xã", 38, "mô hình cấp xã"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"),
 Q("8 tập thể", 8, "tập thể"), Q("19 cá nhân", 19, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chương trình hành động số 03-CTr/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Tây Ninh"), prov("Long An"), com("Hưng Điền"), com("Phước Vinh"), com("Gò Dầu"), com("Khánh Hưng")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Trang chủ >> Chính trị >> Quốc phòng - An ninh", "Hôm nay: Thứ Bảy, 20/12/2025",
 "Toàn cảnh hội nghị tổng kết.", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Ấp biên giới bình yên",
 "Mỗi đảng viên đồn biên phòng phụ trách 10 hộ", "Dân vận khéo", "Đồn Biên phòng Mộc Bài"],
["Ngày đăng 19/12/2025 | 16:20", "Hôm nay: Thứ Bảy, 20/12/2025", "năm 2025", "năm 2026", "nhiệm kỳ 2025 - 2030",
 "Mỗi đảng viên đồn biên phòng phụ trách 10 hộ", "gấp đôi", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b9363-daklak-bdbp-traoqua-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Xã hội | Dân tộc - Miền núi
Thứ Hai, 02/02/2026 - 07:45
Ảnh: Đại tá Y Thăng Êban trao quà Tết cho hộ nghèo xã Ea Rốk.
Mang Tết ấm đến với đồng bào biên giới và ngư dân bãi ngang
Ngày 31/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" Xuân Bính Ngọ 2026 tại xã Ea Rốk, trao 800 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có uy tín ở khu vực biên giới, ven biển.
Mỗi suất quà gồm tiền mặt, gạo, bánh chưng và nhu yếu phẩm, trị giá 1 triệu đồng. Cùng ngày, các đoàn công tác của Bộ Chỉ huy BĐBP tỉnh trao quà tại 4 điểm khác ở các xã Ia Lốp, Ia Rvê, Krông Na và phường Sông Cầu. Tổng giá trị chương trình hơn 1,2 tỷ đồng, do cán bộ, chiến sĩ đóng góp và vận động các doanh nghiệp, nhà hảo tâm.
Đến dự có Đại tá Y Thăng Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng BĐBP tỉnh; bà H'Xuân Ayun, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Phú, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Y Wang Niê, Chủ tịch UBND xã Ea Rốk.
Đây là năm đầu tiên chương trình được tổ chức trên địa bàn tỉnh Đắk Lắk mới, sau khi hợp nhất với tỉnh Phú Yên. Tuyến biên giới của tỉnh dài 73 km giáp Campuchia, cùng 189 km bờ biển; BĐBP tỉnh quản lý 5 đồn biên giới đất liền và 6 đồn biên phòng ven biển.
Tại xã Ea Rốk, Bộ Chỉ huy BĐBP tỉnh còn trao 10 con bò sinh sản theo mô hình "Heo đất nuôi bò", trao 15 suất học bổng "Nâng bước em tới trường", mỗi suất 2 triệu đồng và bàn giao 2 căn nhà "Mái ấm Biên phòng" cho hộ nghèo, mỗi căn trị giá 80 triệu đồng. Bà H'Nguyệt Byă ở buôn Ea Rốk xúc động khi nhận chìa khóa nhà mới: "Năm nay nhà tôi không còn lo mưa dột ngày Tết".
Phát biểu tại chương trình, Đại tá Y Thăng Êban cho biết, thực hiện Kế hoạch số 165/KH-BCH ngày 5/1/2026 của Bộ Chỉ huy BĐBP tỉnh, dịp Tết năm nay các đồn tổ chức "Tết sum vầy" cho 2.400 hộ; phối hợp chính quyền các xã, phường ven biển thăm, tặng quà 350 gia đình ngư dân có tàu thuyền bám biển dịp Tết. Ông đề nghị bà con tiếp tục tham gia tự quản đường biên, cột mốc, không vượt biên trái phép và cảnh giác trước luận điệu của tổ chức "Nhà nước Đềga".
Thay mặt người dân, ông Y Kuê Mlô, người có uy tín buôn Drang Phôk, xã Krông Na, cảm ơn BĐBP đã luôn đồng hành cùng buôn làng, "làm cho Tết ở biên giới không còn xa".
Trước đó, ngày 29/1, Đồn Biên phòng Ia Rvê đã tổ chức gói 300 đòn bánh tét tặng các hộ khó khăn trong xã.
Y Khoa
Lượt xem: 1.876
Tin liên quan
- Đồn Biên phòng Sông Cầu tặng quà ngư dân (28/01/2026)
- Đắk Lắk: Hơn 3.000 suất quà Tết cho đồng bào vùng biên (25/01/2026)
- Xã Ea Bung tổ chức Ngày hội Đại đoàn kết (20/01/2026)
""", "2026-02-02", "Mang Tết ấm đến với đồng bào biên giới và ngư dân bãi ngang",
E("trao_qua", None, "2026-01-31"),
[P("Y Thăng Êban", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng BĐBP tỉnh"),
 P("H'Xuân Ayun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Phú", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Wang Niê", "Chủ tịch UBND xã Ea Rốk"),
 P("H'Nguyệt Byă"),
 P("Y Kuê Mlô", "người có uy tín buôn Drang Phôk")],
[Q("800 suất quà", 800, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("4 điểm", 4, "điểm"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("73 km", 73, "km"), Q("189 km", 189, "km"),
 Q("5 đồn biên giới đất liền", 5, "đồn biên giới đất liền"), Q("6 đồn biên phòng ven biển", 6, "đồn biên phòng ven biển"),
 Q("10 con bò sinh sản", 10, "con bò sinh sản"), Q("15 suất học bổng", 15, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("2 căn nhà \"Mái ấm Biên phòng\"", 2, "căn nhà \"Mái ấm Biên phòng\""), Q("80 triệu đồng", 80000000, "đồng"),
 Q("2.400 hộ", 2400, "hộ"), Q("350 gia đình ngư dân", 350, "gia đình ngư dân"), Q("300 đòn bánh tét", 300, "đòn bánh tét")],
[D("Kế hoạch", "165", "KH-BCH", "2026-01-05", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 165/KH-BCH ngày 5/1/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Rốk"), com("Ia Lốp"), com("Ia Rvê"), com("Krông Na"), com("Sông Cầu")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Xã hội | Dân tộc - Miền núi", "Ảnh: Đại tá Y Thăng Êban trao quà Tết cho hộ nghèo xã Ea Rốk.",
 "Xuân Biên phòng ấm lòng dân bản", "Heo đất nuôi bò", "Nâng bước em tới trường", "Mái ấm Biên phòng", "Tết sum vầy",
 "Nhà nước Đềga", "buôn Ea Rốk", "buôn Drang Phôk", "Lượt xem: 1.876"],
["Thứ Hai, 02/02/2026 - 07:45", "Xuân Bính Ngọ 2026", "năm đầu tiên", "ngày 29/1", "Lượt xem: 1.876"]))

PAGES.append(page("b9364-tuyenquang-btgdv-giamsat-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ / Tin hoạt động / Kiểm tra - Giám sát
20.03.2026 | 09:30
Giám sát thực hiện Quy chế dân chủ ở cơ sở tại Đảng bộ Bộ đội Biên phòng tỉnh
Ngày 18/3, Đoàn giám sát số 4 của Ban Thường vụ Tỉnh ủy do đồng chí Hầu Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn giám sát việc thực hiện Quy chế dân chủ ở cơ sở và Quy chế công tác dân vận tại Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh.
Đồng chí Hầu Thị Dung kết luận buổi giám sát.
Cuộc giám sát được thực hiện theo Quyết định số 318-QĐ/TU ngày 2/3/2026 của Ban Thường vụ Tỉnh ủy. Đây là lần đầu Ban Thường vụ Tỉnh ủy Tuyên Quang (mới) giám sát chuyên đề tại Đảng bộ BĐBP tỉnh, đơn vị được hợp nhất từ BĐBP hai tỉnh Hà Giang, Tuyên Quang cũ, quản lý 277 km đường biên giới giáp Trung Quốc.
Làm việc với đoàn có Đại tá Vàng Seo Lử, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh; Đại tá Hoàng Đình Cường, Phó Bí thư Đảng ủy, Chỉ huy trưởng BĐBP tỉnh.
Báo cáo của Đảng ủy BĐBP tỉnh cho biết, thực hiện Luật Thực hiện dân chủ ở cơ sở và Kết luận số 120-KL/TW ngày 7/1/2025 của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện dân chủ ở cơ sở, Đảng ủy đã ban hành Quy chế số 12-QC/ĐU về thực hiện dân chủ trong Đảng bộ và Kế hoạch số 26-KH/ĐU về xây dựng "thế trận lòng dân" ở 25 xã biên giới. Sau sắp xếp đơn vị hành chính, các đồn biên phòng đã kịp thời điều chỉnh địa bàn phụ trách, cử 58 đảng viên tham gia sinh hoạt tại chi bộ thôn và 14 cán bộ tăng cường cho Đảng ủy các xã biên giới.
Năm 2025, BĐBP tỉnh tổ chức 12 hội nghị đối thoại với nhân dân, tiếp nhận 96 ý kiến, kiến nghị, đã giải quyết 91 ý kiến; giúp đồng bào 7.200 ngày công, xây dựng 134 căn nhà cho hộ nghèo theo Chương trình xóa nhà tạm, nhà dột nát; nhận đỡ đầu 113 học sinh.
Tại buổi giám sát, ông Sùng Mí Pó, Bí thư Đảng ủy xã Lũng Cú, cho biết: "Đồn Biên phòng Lũng Cú cử cán bộ dự họp thôn hằng tháng, việc gì cũng bàn với dân, dân biết, dân bàn rồi mới làm". Bà Lù Thị Dính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ, đề nghị đồn tiếp tục duy trì hòm thư góp ý đặt tại các thôn.
Kết luận, đồng chí Hầu Thị Dung đánh giá Đảng bộ BĐBP tỉnh thực hiện nghiêm túc, hiệu quả các quy chế; tuy nhiên một số đồn còn chậm công khai kết quả giải quyết kiến nghị của nhân dân, việc lấy ý kiến người dân về các công trình hỗ trợ chưa thường xuyên. Đoàn đề nghị Đảng ủy BĐBP tỉnh tiếp tục thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị, phối hợp với Đảng ủy các xã Lũng Cú, Sơn Vĩ, Xín Cái, Phố Bảng thực hiện tốt công tác dân vận chính quyền ở cơ sở, hoàn thành báo cáo khắc phục hạn chế trước ngày 30/4/2026.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Triệu Thị Hoa, Lê Minh Tuấn và đồng chí Nông Văn Điệp, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cùng tham gia đoàn giám sát.
Minh Thu
Tin khác
- Hội nghị giao ban công tác dân vận quý I/2026 (13/03/2026)
- Xã Đồng Văn ra mắt mô hình "Dân vận khéo" (06/03/2026)
- Tập huấn Quy chế dân vận cho cán bộ xã mới (27/02/2026)
""", "2026-03-20", "Giám sát thực hiện Quy chế dân chủ ở cơ sở tại Đảng bộ Bộ đội Biên phòng tỉnh",
E("giam_sat", None, "2026-03-18"),
[P("Hầu Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Seo Lử", "Đại tá", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Hoàng Đình Cường", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Sùng Mí Pó", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lù Thị Dính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ"),
 P("Triệu Thị Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Văn Điệp", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("277 km", 277, "km"), Q("25 xã biên giới", 25, "xã biên giới"), Q("58 đảng viên", 58, "đảng viên"), Q("14 cán bộ", 14, "cán bộ"),
 Q("12 hội nghị đối thoại", 12, "hội nghị đối thoại"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"), Q("91 ý kiến", 91, "ý kiến"),
 Q("7.200 ngày công", 7200, "ngày công"), Q("134 căn nhà", 134, "căn nhà"), Q("113 học sinh", 113, "học sinh")],
[D("Quyết định", "318", "QĐ/TU", "2026-03-02", "Ban Thường vụ Tỉnh ủy", "Quyết định số 318-QĐ/TU ngày 2/3/2026"),
 D("Kết luận", "120", "KL/TW", "2025-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2025"),
 D("Quy chế", "12", "QC/ĐU", None, "Đảng ủy", "Quy chế số 12-QC/ĐU"),
 D("Kế hoạch", "26", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 26-KH/ĐU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Xín Cái"), com("Phố Bảng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ / Tin hoạt động / Kiểm tra - Giám sát",
 "Đồng chí Hầu Thị Dung kết luận buổi giám sát.", "Luật Thực hiện dân chủ ở cơ sở", "thế trận lòng dân",
 "Chương trình xóa nhà tạm, nhà dột nát", "Đồn Biên phòng Lũng Cú", "Trung Quốc"],
["20.03.2026 | 09:30", "Đoàn giám sát số 4", "Năm 2025", "hằng tháng", "30/4/2026"]))
