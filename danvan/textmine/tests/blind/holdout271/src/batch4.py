from lib import *
PAGES = []

PAGES.append(page("b6479-sonla-mttqxa-daihoi-2024", """
BÁO SƠN LA
Chính trị | Mặt trận - Đoàn thể
17/05/2024 - 06:45
Chiềng Khoi: Đại hội MTTQ xã đặt mục tiêu 100% hộ có nhà tiêu hợp vệ sinh
Ngày 15/5, Ủy ban MTTQ Việt Nam xã Chiềng Khoi, huyện Yên Châu, tỉnh Sơn La tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ X, nhiệm kỳ 2024 - 2029. Dự đại hội có 120 đại biểu đại diện cho hơn 6.300 nhân dân các dân tộc Thái, Mông, Kinh trong xã; đồng chí Tòng Văn Ban, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Yên Châu dự và chỉ đạo.
Đoàn Chủ tịch điều hành đại hội.
Nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân hiến hơn 8.600 m2 đất, góp trên 2,1 tỷ đồng và 5.400 ngày công làm đường, kênh mương, bể nước; làm mới 642 nhà tiêu hợp vệ sinh, nâng tỷ lệ hộ có nhà tiêu hợp vệ sinh từ 48% lên 87,5%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 14/14 bản đăng ký "Bản sạch, bản đẹp"; 2 công trình nước sinh hoạt tự chảy ở bản Khoi và bản Púng Khoe được giao cho cộng đồng quản lý, mỗi hộ góp 10.000 đồng/tháng để bảo dưỡng.
Tham luận tại đại hội, ông Lường Văn Thiện, Trưởng ban Công tác Mặt trận bản Khoi kể cách bản đưa quy định giữ vệ sinh nguồn nước vào hương ước, hộ nào thả gia súc vào khu đầu nguồn bị nhắc nhở trước bản. Bà Cầm Thị Phương, Chủ tịch Hội LHPN xã chia sẻ mô hình "Nhà sạch, bếp sạch, ngõ sạch" của chị em phụ nữ, đã giúp 37 hộ nghèo có nhà tiêu.
Phát biểu chỉ đạo, đồng chí Tòng Văn Ban đề nghị Mặt trận xã tiếp tục phát huy vai trò giám sát, phản biện theo Luật Mặt trận Tổ quốc Việt Nam và Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành hướng dẫn khung để tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận; chú trọng vận động bà con bản vùng cao giữ sạch nguồn nước, xây nhà tiêu.
Nghị quyết đại hội đề ra các chỉ tiêu nhiệm kỳ 2024 - 2029: phấn đấu 100% hộ có nhà tiêu hợp vệ sinh, trên 95% hộ được dùng nước hợp vệ sinh, mỗi năm có ít nhất 2 bản đạt "Bản văn hóa". Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa X.
Tại phiên họp thứ nhất, ông Lò Văn Chiến tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Chiềng Khoi khóa X; các bà Hoàng Thị Xuân, Quàng Thị Lả được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội đã bầu 11 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Yên Châu lần thứ XI.
Chiềng Khoi là xã vùng thấp của huyện Yên Châu, có hồ Chiềng Khoi là nguồn nước tưới và sinh hoạt chính. Những năm gần đây, Mặt trận xã thường xuyên phối hợp với Đoàn Thanh niên tổ chức ra quân dọn vệ sinh quanh lòng hồ, vớt rác và bèo tây vào các ngày cuối tuần.
Cầm Thúy
Tin liên quan
- Đại hội điểm MTTQ cấp xã tại Mai Sơn (10/05/2024)
- Yên Châu: hoàn thành đại hội MTTQ cấp bản (25/04/2024)
- Sơn La: hơn 2.000 hộ được hỗ trợ nước sinh hoạt phân tán (12/04/2024)
""", "2024-05-17", "Chiềng Khoi: Đại hội MTTQ xã đặt mục tiêu 100% hộ có nhà tiêu hợp vệ sinh",
E("dai_hoi", None, "2024-05-15"),
[P("Tòng Văn Ban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Yên Châu"),
 P("Lường Văn Thiện", "Trưởng ban Công tác Mặt trận bản Khoi"),
 P("Cầm Thị Phương", "Chủ tịch Hội LHPN xã"),
 P("Lò Văn Chiến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Chiềng Khoi khóa X"),
 P("Hoàng Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Quàng Thị Lả", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("100% hộ", 100, "%"), Q("120 đại biểu", 120, "đại biểu"), Q("hơn 6.300 nhân dân", 6300, "nhân dân", "over"),
 Q("hơn 8.600 m2", 8600, "m2", "over"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("5.400 ngày công", 5400, "ngày công"),
 Q("642 nhà tiêu hợp vệ sinh", 642, "nhà tiêu hợp vệ sinh"), Q("48%", 48, "%"), Q("87,5%", 87.5, "%"),
 Q("14/14 bản", 14, "bản"), Q("2 công trình nước sinh hoạt tự chảy", 2, "công trình nước sinh hoạt tự chảy"),
 Q("10.000 đồng/tháng", 10000, "đồng"), Q("37 hộ nghèo", 37, "hộ nghèo"), Q("trên 95%", 95, "%", "over"),
 Q("ít nhất 2 bản", 2, "bản", "over"), Q("31 vị", 31, "vị"), Q("11 đại biểu", 11, "đại biểu")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Sơn La"), com("Chiềng Khoi")],
["BÁO SƠN LA", "Chính trị | Mặt trận - Đoàn thể", "Đoàn Chủ tịch điều hành đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bản sạch, bản đẹp", "Nhà sạch, bếp sạch, ngõ sạch",
 "Bản văn hóa", "Luật Mặt trận Tổ quốc Việt Nam"],
["17/05/2024 - 06:45", "lần thứ X", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "mỗi năm", "khóa X", "phiên họp thứ nhất",
 "lần thứ XI"]))

PAGES.append(page("b6480-binhdinh-bdv-giaoban-2024", """
Báo Bình Định online
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Năm, 04/04/2024 | 17:10
Ban Dân vận Tỉnh ủy: Giao ban quý I, bàn giải pháp vận động dân chống hạn, bảo đảm nước sinh hoạt
(BĐ) - Chiều 2.4, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I/2024. Đồng chí Trần Thị Kim Ánh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, từ đầu năm đến nay nắng nóng kéo dài khiến nhiều hồ chứa ở Phù Cát, Phù Mỹ, Vân Canh cạn nước; khoảng 3.200 hộ dân ở 11 xã thiếu nước sinh hoạt cục bộ. Khối dân vận các cấp đã phối hợp với chính quyền vận động người dân sử dụng nước tiết kiệm, nạo vét 46 giếng công cộng; Mặt trận, Đoàn Thanh niên tổ chức chở nước miễn phí với hơn 1.900 m3 nước. Các doanh nghiệp, nhà hảo tâm ủng hộ 380 bồn chứa nước, trị giá gần 760 triệu đồng.
Quý I, các cơ quan dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 152-KH/TU về thực hiện Kết luận số 43-KL/TW ngày 6/1/2023 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW về công tác dân vận; Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2024, ưu tiên mô hình về nước sạch, vệ sinh môi trường.
Tại giao ban, bà Đinh Thị Hớp, HUV, Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh cho biết, các làng Bana ở xã Vĩnh Kim đã được đầu tư hệ thống nước tự chảy, nhưng bà con còn quen dùng nước suối; huyện đang vận động mỗi hộ làm 1 bể lọc. Ông Nguyễn Văn Thuận, Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Hanh phản ánh có 2 thôn tranh chấp nguồn nước giếng chung, đã được hòa giải thành.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Sỹ, Huỳnh Thị Mỹ Lệ góp ý về việc nắm tình hình dư luận khi cắt nước luân phiên, tránh để phát sinh bức xúc.
Kết luận giao ban, đồng chí Trần Thị Kim Ánh yêu cầu quý II/2024 các cấp tập trung vận động nhân dân chủ động chống hạn; theo dõi chặt việc thực hiện Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 88/KH-UBND ngày 15/3/2024 của UBND tỉnh Bình Định về cấp nước an toàn; đề nghị Mặt trận các cấp phát động ủng hộ ít nhất 500 bồn chứa nước cho hộ nghèo trước mùa khô cao điểm.
Trong quý, khối dân vận đã tiếp nhận 27 đơn thư, kiến nghị của công dân, trong đó 9 đơn liên quan đến nước sinh hoạt; đã giải quyết, trả lời 21 đơn.
Cũng tại giao ban, đại diện Ủy ban MTTQ tỉnh thông tin về kết quả triển khai Quỹ "Vì người nghèo", trong đó ưu tiên hỗ trợ các hộ đồng bào dân tộc thiểu số ở vùng thường xuyên thiếu nước làm bể chứa, mua dụng cụ trữ nước.
Hoài Thu
Tin khác
- Phù Mỹ: vận động nhân dân nạo vét kênh mương chống hạn (29/03/2024)
- Tây Sơn ra mắt mô hình "Dân vận khéo" về bảo vệ nguồn nước (20/03/2024)
- Hội nghị Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh (08/03/2024)
""", "2024-04-04", "Ban Dân vận Tỉnh ủy: Giao ban quý I, bàn giải pháp vận động dân chống hạn, bảo đảm nước sinh hoạt",
E("giao_ban", "2024-Q1", "2024-04-02"),
[P("Trần Thị Kim Ánh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hớp", "HUV", "Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh"),
 P("Nguyễn Văn Thuận", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Hanh"),
 P("Lê Văn Sỹ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 3.200 hộ dân", 3200, "hộ dân", "approx"), Q("11 xã", 11, "xã"), Q("46 giếng công cộng", 46, "giếng công cộng"),
 Q("hơn 1.900 m3", 1900, "m3", "over"), Q("380 bồn chứa nước", 380, "bồn chứa nước"),
 Q("gần 760 triệu đồng", 760000000, "đồng", "approx"), Q("2 thôn", 2, "thôn"),
 Q("ít nhất 500 bồn chứa nước", 500, "bồn chứa nước", "over"), Q("27 đơn thư, kiến nghị", 27, "đơn thư, kiến nghị"),
 Q("9 đơn", 9, "đơn"), Q("21 đơn", 21, "đơn")],
[D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2023-01-06", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 6/1/2023"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Quyết định", "1978", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg"),
 D("Kế hoạch", "88", "KH-UBND", "2024-03-15", "UBND tỉnh Bình Định", "Kế hoạch số 88/KH-UBND ngày 15/3/2024")],
[prov("Bình Định"), com("Vĩnh Kim"), com("Cát Hanh")],
["Báo Bình Định online", "Trang chủ » Chính trị » Xây dựng Đảng", "(BĐ)", "Dân vận khéo", "Vì người nghèo"],
["Thứ Năm, 04/04/2024 | 17:10", "Chiều 2.4", "quý I/2024", "năm 2024", "1 bể lọc", "quý II/2024", "Quý I"]))

PAGES.append(page("b6481-lamdong-hlhpn-soket-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG
Trang chủ > Tin hoạt động > Hội cơ sở
Thứ Sáu, 25/07/2025 - 08:20
Toàn cảnh hội nghị sơ kết tại Hội trường Ủy ban MTTQ Việt Nam tỉnh.
Hội LHPN tỉnh Lâm Đồng: Hơn 2.400 hội viên được hỗ trợ làm nhà tiêu, bể nước trong 6 tháng
Ngày 23/7, Hội LHPN tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị sơ kết đầu tiên sau khi hợp nhất Hội LHPN ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Bà Bon Niêng K'Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Báo cáo cho thấy, 6 tháng đầu năm, các cấp Hội đã tổ chức 1.540 buổi truyền thông về nước sạch, vệ sinh môi trường, giữ gìn sức khỏe với trên 52.000 lượt hội viên, phụ nữ tham gia. Thông qua Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Hội đã hỗ trợ 2.431 hội viên làm nhà tiêu hợp vệ sinh, bể chứa nước, mỗi hộ từ 2 đến 5 triệu đồng; tổng kinh phí hơn 7,6 tỷ đồng.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" tiếp tục được đẩy mạnh; có 86% hộ gia đình hội viên đạt tiêu chí "3 sạch". Các chi hội duy trì 312 tổ phụ nữ tự quản vệ sinh đường làng, ngõ xóm.
Tại hội nghị, bà Ka H'Nhoen, Phó Chủ tịch - Trưởng ban Gia đình xã hội Hội LHPN tỉnh, cho biết ở các xã vùng đồng bào K'Ho, Mạ, Mnông, nhiều hộ đã có nhà tiêu nhưng chưa có nước để sử dụng thường xuyên. Bà Đàng Thị My, Chủ tịch Hội LHPN xã Bắc Bình đề nghị tăng cường vận động doanh nghiệp hỗ trợ bồn chứa cho vùng khô hạn ven biển. Bà Thị Hà, Chủ tịch Hội LHPN xã Đắk Song chia sẻ mô hình "Buôn sạch, nhà sạch" ở bon Bu Boong.
Phát biểu kết luận, bà Bon Niêng K'Hoa yêu cầu 6 tháng cuối năm, các cấp Hội sớm ổn định tổ chức sau sắp xếp, tiếp tục thực hiện Kế hoạch số 05-KH/ĐĐ của Đảng đoàn Hội LHPN tỉnh và Hướng dẫn số 12/HD-ĐCT của Đoàn Chủ tịch Hội LHPN Việt Nam; phấn đấu đến cuối năm hỗ trợ thêm ít nhất 1.500 hội viên nghèo có nhà tiêu hợp vệ sinh, nước sạch.
Dịp này, Hội LHPN tỉnh tặng giấy khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc trong 6 tháng đầu năm.
Theo đánh giá, sau sắp xếp, nhiều cán bộ Hội cấp xã mới được phân công nên còn lúng túng; địa bàn rộng, dân cư phân tán, nhất là ở các xã vùng cao và vùng ven biển khô hạn, gây khó khăn cho việc tổ chức sinh hoạt, nắm tình hình hội viên.
Thu Thảo
Tin cùng chuyên mục
- Ra mắt Ban Thường vụ Hội LHPN tỉnh Lâm Đồng sau hợp nhất (03/07/2025)
- Phụ nữ phường Phan Thiết ra quân làm sạch bờ biển (20/06/2025)
- Trao 100 bồn chứa nước cho phụ nữ nghèo vùng khô hạn (06/06/2025)
""", "2025-07-25", "Hội LHPN tỉnh Lâm Đồng: Hơn 2.400 hội viên được hỗ trợ làm nhà tiêu, bể nước trong 6 tháng",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Bon Niêng K'Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Ka H'Nhoen", "Phó Chủ tịch - Trưởng ban Gia đình xã hội Hội LHPN tỉnh"),
 P("Đàng Thị My", "Chủ tịch Hội LHPN xã Bắc Bình"),
 P("Thị Hà", "Chủ tịch Hội LHPN xã Đắk Song")],
[Q("Hơn 2.400 hội viên", 2400, "hội viên", "over"), Q("ba tỉnh", 3, "tỉnh"), Q("1.540 buổi truyền thông", 1540, "buổi truyền thông"),
 Q("trên 52.000 lượt hội viên, phụ nữ", 52000, "lượt hội viên, phụ nữ", "over"), Q("2.431 hội viên", 2431, "hội viên"),
 Q("từ 2 đến 5 triệu đồng", 2000000, "đồng"), Q("hơn 7,6 tỷ đồng", 7600000000, "đồng", "over"), Q("86%", 86, "%"),
 Q("312 tổ phụ nữ tự quản", 312, "tổ phụ nữ tự quản"), Q("ít nhất 1.500 hội viên nghèo", 1500, "hội viên nghèo", "over"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "05", "KH/ĐĐ", None, "Đảng đoàn Hội LHPN tỉnh", "Kế hoạch số 05-KH/ĐĐ"),
 D("Hướng dẫn", "12", "HD-ĐCT", None, "Đoàn Chủ tịch Hội LHPN Việt Nam", "Hướng dẫn số 12/HD-ĐCT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Bình"), com("Đắk Song")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG", "Trang chủ > Tin hoạt động > Hội cơ sở",
 "Toàn cảnh hội nghị sơ kết tại Hội trường Ủy ban MTTQ Việt Nam tỉnh.",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Xây dựng gia đình 5 không, 3 sạch",
 "Buôn sạch, nhà sạch", "Dự án 8"],
["Thứ Sáu, 25/07/2025 - 08:20", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Dự án 8", "5 không, 3 sạch", "3 sạch",
 "6 tháng đầu năm"]))

PAGES.append(page("b6482-angiang-danguyxa-doithoai-2025", """
Cổng thông tin điện tử xã Vĩnh Tuy - tỉnh An Giang
Tin tức - Sự kiện | Hoạt động của Đảng ủy | Dân vận
Ngày 12/11/2025 | 08:30
Ảnh: Bí thư Đảng ủy xã Danh Minh Tâm trả lời ý kiến người dân.
Đảng ủy xã Vĩnh Tuy đối thoại với Nhân dân về nước sạch và vệ sinh môi trường
Chiều ngày 10/11/2025, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Vĩnh Tuy tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025, chuyên đề "Nước sạch và vệ sinh môi trường nông thôn". Đây là cuộc đối thoại chuyên đề đầu tiên của xã kể từ khi xã mới được thành lập trên cơ sở sáp nhập xã Vĩnh Tuy, xã Vĩnh Thắng và một phần xã Vĩnh Phước A (tỉnh Kiên Giang cũ).
Chủ trì đối thoại có ông Danh Minh Tâm, Bí thư Đảng ủy xã và ông Trần Hoàng Phúc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có gần 200 người dân của 14 ấp.
Báo cáo tại hội nghị cho thấy, xã hiện có 7.842 hộ, trong đó 6.120 hộ sử dụng nước máy từ 3 trạm cấp nước tập trung, đạt 78%; số còn lại dùng nước giếng khoan, nước mưa. Năm 2025, xã đã vận động 318 hộ đấu nối mới, hỗ trợ 52 hộ nghèo, hộ cận nghèo mỗi hộ 1,5 triệu đồng chi phí lắp đồng hồ; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 91,4%.
Người dân đã nêu 19 ý kiến. Bà Thị Sa Phol, ấp Kênh 4, phản ánh nước máy có lúc yếu, chỉ có vào ban đêm. Ông Danh Sóc, Trưởng Ban Công tác Mặt trận ấp Vĩnh Hòa hỏi về việc kéo đường ống vào tuyến kênh Ba Thước, nơi 46 hộ đồng bào Khmer còn dùng nước kênh. Ông Lâm Văn Tư, Trưởng ấp Kênh 5 đề nghị xã có biện pháp xử lý tình trạng xả rác, xác gia súc xuống kênh.
Trả lời các ý kiến, ông Trần Hoàng Phúc cho biết, xã đã đề xuất UBND tỉnh đưa tuyến ống dài 6,5 km, kinh phí khoảng 4,8 tỷ đồng vào kế hoạch năm 2026 theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 215/KH-UBND ngày 22/9/2025 của UBND tỉnh An Giang về cấp nước sạch nông thôn sau sắp xếp. Trong khi chờ đầu tư, xã sẽ vận động các nhà hảo tâm hỗ trợ 100 bình lọc nước cho các hộ ven kênh.
Kết luận, ông Danh Minh Tâm giao Ủy ban MTTQ xã chủ trì giám sát đơn vị cấp nước; các ấp đưa nội dung không xả rác xuống kênh vào hương ước, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Các ý kiến chưa trả lời tại chỗ sẽ được trả lời bằng văn bản trong 15 ngày.
Thạch Sa Rết - Văn phòng Đảng ủy xã
Bài viết liên quan
- Xã Vĩnh Tuy ra mắt tổ tự quản bảo vệ môi trường kênh Ba Thước (28/10/2025)
- Hội nghị tiếp xúc cử tri sau kỳ họp thứ 10 Quốc hội khóa XV (20/10/2025)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo (05/10/2025)
""", "2025-11-12", "Đảng ủy xã Vĩnh Tuy đối thoại với Nhân dân về nước sạch và vệ sinh môi trường",
E("doi_thoai", "2025", "2025-11-10"),
[P("Danh Minh Tâm", "Bí thư Đảng ủy xã"),
 P("Trần Hoàng Phúc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Sa Phol"),
 P("Danh Sóc", "Trưởng Ban Công tác Mặt trận ấp Vĩnh Hòa"),
 P("Lâm Văn Tư", "Trưởng ấp Kênh 5")],
[Q("gần 200 người dân", 200, "người dân", "approx"), Q("14 ấp", 14, "ấp"), Q("7.842 hộ", 7842, "hộ"), Q("6.120 hộ", 6120, "hộ"),
 Q("3 trạm cấp nước tập trung", 3, "trạm cấp nước tập trung"), Q("78%", 78, "%"), Q("318 hộ", 318, "hộ"),
 Q("52 hộ nghèo, hộ cận nghèo", 52, "hộ nghèo, hộ cận nghèo"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("91,4%", 91.4, "%"),
 Q("19 ý kiến", 19, "ý kiến"), Q("46 hộ đồng bào Khmer", 46, "hộ đồng bào Khmer"), Q("6,5 km", 6.5, "km"),
 Q("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "approx"), Q("100 bình lọc nước", 100, "bình lọc nước")],
[D("Quyết định", "1978", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg"),
 D("Kế hoạch", "215", "KH-UBND", "2025-09-22", "UBND tỉnh An Giang", "Kế hoạch số 215/KH-UBND ngày 22/9/2025"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("An Giang"), prov("Kiên Giang"), com("Vĩnh Tuy"), com("Vĩnh Thắng"), com("Vĩnh Phước A")],
["Cổng thông tin điện tử xã Vĩnh Tuy - tỉnh An Giang", "Tin tức - Sự kiện | Hoạt động của Đảng ủy | Dân vận",
 "Ảnh: Bí thư Đảng ủy xã Danh Minh Tâm trả lời ý kiến người dân.", "Nước sạch và vệ sinh môi trường nông thôn"],
["Ngày 12/11/2025 | 08:30", "năm 2025", "Năm 2025", "năm 2026", "15 ngày"]))

PAGES.append(page("b6483-ninhbinh-sonnmt-tongket-2025", """
Báo và Phát thanh, Truyền hình Ninh Bình
Kinh tế › Nông nghiệp - Nông thôn
Hôm nay: Thứ Hai, 12/01/2026
Ninh Bình triển khai nhiệm vụ cấp nước sạch nông thôn năm 2026
Thứ Sáu, 09/01/2026, 16:05
Ảnh: Quang cảnh hội nghị.
Ngày 7/1, Sở Nông nghiệp và Môi trường tổ chức hội nghị tổng kết công tác cấp nước sạch và vệ sinh nông thôn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên hội nghị tổng kết được tổ chức chung cho cả địa bàn tỉnh Ninh Bình mới, sau khi hợp nhất ba tỉnh Hà Nam, Nam Định, Ninh Bình. Đồng chí Phạm Quang Ngọc, Phó Chủ tịch UBND tỉnh dự và chỉ đạo.
Theo báo cáo, năm 2025 toàn tỉnh đưa vào vận hành 4 nhà máy nước mặt mới với tổng công suất 68.000 m3/ngày đêm; tỷ lệ dân số nông thôn được sử dụng nước sạch đạt quy chuẩn là 96,8%, tăng 2,3% so với năm 2024. Tổng vốn đầu tư cho lĩnh vực cấp nước nông thôn trong năm đạt khoảng 1.150 tỷ đồng, trong đó vốn xã hội hóa chiếm hơn 80%. Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 98,5%; 100% trường học, trạm y tế xã có công trình nước sạch và nhà tiêu hợp vệ sinh.
Ông Trần Văn Luận, Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, sau sắp xếp, tỉnh có 129 xã, phường, nhưng 11 xã vùng ven biển và vùng chiêm trũng vẫn còn hộ dùng nước giếng khoan chưa qua xử lý; nhiều nhà máy nước nông thôn nhỏ do tư nhân đầu tư trước đây có chất lượng dịch vụ chưa đồng đều.
Tại hội nghị, đại diện các địa phương đã trao đổi kinh nghiệm. Ông Đoàn Văn Hậu, Chủ tịch UBND xã Hải Hậu cho biết xã đã tổ chức cho người dân giám sát chất lượng nước hằng quý. Bà Lương Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Phủ Lý đề nghị tăng cường thông tin cho nhân dân về giá nước mới áp dụng thống nhất toàn tỉnh.
Phát biểu chỉ đạo, đồng chí Phạm Quang Ngọc yêu cầu năm 2026 ngành nông nghiệp và môi trường tập trung rà soát, hợp nhất quy hoạch cấp nước của ba tỉnh cũ; thực hiện Luật Tài nguyên nước số 28/2023/QH15 và Quyết định số 1978/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ; phấn đấu đến cuối năm 2026 có 98% dân số nông thôn dùng nước sạch đạt quy chuẩn. Tỉnh sẽ ban hành quyết định mới thay thế Quyết định số 35/2022/QĐ-UBND và Quyết định số 12/2023/QĐ-UBND về giá nước sạch của hai tỉnh cũ.
Dịp này, Sở Nông nghiệp và Môi trường tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích trong công tác cấp nước sạch năm 2025.
Minh Đường - Hoàng Hiếu
Tin liên quan
- Ninh Bình công bố chất lượng nước sạch quý IV/2025 (30/12/2025)
- Khánh thành nhà máy nước mặt sông Đáy công suất 20.000 m3/ngày (18/12/2025)
- Hải Hậu: người dân ven biển được dùng nước máy (04/12/2025)
""", "2026-01-09", "Ninh Bình triển khai nhiệm vụ cấp nước sạch nông thôn năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Phạm Quang Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Luận", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Đoàn Văn Hậu", "Chủ tịch UBND xã Hải Hậu"),
 P("Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phủ Lý")],
[Q("ba tỉnh", 3, "tỉnh"), Q("hai tỉnh", 2, "tỉnh"), Q("4 nhà máy nước mặt", 4, "nhà máy nước mặt"), Q("68.000 m3", 68000, "m3"), Q("96,8%", 96.8, "%"), Q("2,3%", 2.3, "%"),
 Q("khoảng 1.150 tỷ đồng", 1150000000000, "đồng", "approx"), Q("hơn 80%", 80, "%", "over"), Q("98,5%", 98.5, "%"),
 Q("100% trường học", 100, "%"), Q("129 xã, phường", 129, "xã, phường"), Q("11 xã", 11, "xã"), Q("98%", 98, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Luật", "28", "2023/QH15", None, None, "Luật Tài nguyên nước số 28/2023/QH15"),
 D("Quyết định", "1978", "QĐ-TTg", "2021-11-24", "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg ngày 24/11/2021"),
 D("Quyết định", "35", "2022/QĐ-UBND", None, None, "Quyết định số 35/2022/QĐ-UBND"),
 D("Quyết định", "12", "2023/QĐ-UBND", None, None, "Quyết định số 12/2023/QĐ-UBND")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hải Hậu"), com("Phủ Lý")],
["Báo và Phát thanh, Truyền hình Ninh Bình", "Kinh tế › Nông nghiệp - Nông thôn", "Hôm nay: Thứ Hai, 12/01/2026",
 "Ảnh: Quang cảnh hội nghị."],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026, 16:05", "năm 2025", "năm 2026", "năm 2024", "cuối năm 2026"]))

PAGES.append(page("b6484-dongnai-mttq-giamsat-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ | Giám sát - Phản biện | Tin từ cơ sở
17-04-2026 10:25
Giám sát việc cấp nước sinh hoạt cho đồng bào dân tộc thiểu số ở các xã biên giới
Từ ngày 14 đến 16/4/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Điểu Thị Lành, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc đầu tư, quản lý công trình cấp nước sinh hoạt tập trung và hỗ trợ nước sinh hoạt phân tán tại các xã Bù Gia Mập, Đak Ơ, Lộc Thành (tỉnh Bình Phước cũ). Đây là một trong 5 nội dung giám sát chuyên đề năm 2026 của Mặt trận tỉnh.
Đoàn giám sát kiểm tra bồn chứa nước của hộ đồng bào S'tiêng tại xã Đak Ơ.
Qua giám sát cho thấy, giai đoạn 2022 - 2025, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, ba xã đã hỗ trợ nước sinh hoạt phân tán cho 1.268 hộ đồng bào dân tộc thiểu số nghèo, mỗi hộ 3 triệu đồng; đầu tư 7 công trình cấp nước tập trung với tổng vốn hơn 21 tỷ đồng. Tuy nhiên, có 2 công trình sau khi bàn giao chưa có đơn vị quản lý, 1 công trình nước bị nhiễm sắt, phèn; khoảng 15% hộ được hỗ trợ dùng tiền sai mục đích.
Làm việc với đoàn, ông Điểu Đoàn, Chủ tịch UBND xã Bù Gia Mập cho biết, xã đã giao Ban Công tác Mặt trận các thôn theo dõi từng hộ được hỗ trợ. Bà Thị Bích, người có uy tín sóc Bom Bo, xã Đak Ơ đề nghị hướng dẫn bà con cách làm sạch bồn, giếng, vì nhiều hộ dùng nước giếng đào cạnh chuồng heo. Ông Nguyễn Hữu Phước, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh tiếp thu, hứa sẽ hoàn thành bàn giao công trình ấp 3, xã Lộc Thành trong quý II/2026.
Kết luận buổi giám sát, bà Điểu Thị Lành đề nghị UBND các xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, sóc; phối hợp với Ban Thanh tra nhân dân giám sát thi công. Đoàn sẽ kiến nghị UBND tỉnh chỉ đạo xử lý dứt điểm 3 công trình còn tồn tại trước mùa khô năm 2027.
Đợt giám sát được thực hiện theo Kế hoạch số 36/KH-MTTQ-BTT ngày 5/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội.
Ngay sau đợt giám sát, Ủy ban MTTQ Việt Nam xã Đak Ơ đã phối hợp với Đoàn Thanh niên xã tổ chức hướng dẫn 40 hộ đồng bào S'tiêng vệ sinh bồn chứa, di dời chuồng trại ra xa giếng nước.
Hồng Nhung
Tin khác
- Mặt trận tỉnh giám sát thực hiện chính sách đối với người có uy tín (02/04/2026)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo xã Phú Nghĩa (25/03/2026)
- Hội nghị phản biện dự thảo quy hoạch cấp nước tỉnh Đồng Nai (12/03/2026)
""", "2026-04-17", "Giám sát việc cấp nước sinh hoạt cho đồng bào dân tộc thiểu số ở các xã biên giới",
E("giam_sat", "2026", "2026-04-14"),
[P("Điểu Thị Lành", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Đoàn", "Chủ tịch UBND xã Bù Gia Mập"),
 P("Thị Bích", "người có uy tín sóc Bom Bo"),
 P("Nguyễn Hữu Phước", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh")],
[Q("ba xã", 3, "xã"), Q("5 nội dung giám sát chuyên đề", 5, "nội dung giám sát chuyên đề"),
 Q("1.268 hộ đồng bào dân tộc thiểu số nghèo", 1268, "hộ đồng bào dân tộc thiểu số nghèo"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("7 công trình cấp nước tập trung", 7, "công trình cấp nước tập trung"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("2 công trình", 2, "công trình"), Q("khoảng 15%", 15, "%", "approx"), Q("3 công trình", 3, "công trình"),
 Q("40 hộ đồng bào S'tiêng", 40, "hộ đồng bào S'tiêng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2026-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 5/3/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Lộc Thành")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ | Giám sát - Phản biện | Tin từ cơ sở",
 "Đoàn giám sát kiểm tra bồn chứa nước của hộ đồng bào S'tiêng tại xã Đak Ơ."],
["17-04-2026 10:25", "năm 2026", "2022 - 2025", "1 công trình", "quý II/2026", "năm 2027"]))
