from lib import *
PAGES = []

PAGES.append(page("b5117-thainguyen-btc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY THÁI NGUYÊN
Trang chủ » Xây dựng Đảng » Công tác tổ chức
Thứ Tư, 28/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Thái Nguyên: Đảng viên sinh hoạt nơi cư trú gương mẫu hơn
Ngày 27/12/2011, Ban Tổ chức Tỉnh ủy Thái Nguyên phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác giám sát đảng viên nơi cư trú năm 2011. Đồng chí Dương Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Hoàng Thị Nhung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Báo cáo tại hội nghị cho biết, thực hiện Quy định số 76-QĐ/TW ngày 15/6/2007 của Bộ Chính trị về việc đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú, năm 2011 toàn tỉnh có 18.426 đảng viên đang công tác ở các cơ quan, đơn vị giới thiệu về sinh hoạt nơi cư trú, đạt 98,7%. Các chi bộ thôn, xóm, tổ dân phố đã nhận xét đối với 17.950 đảng viên; trong đó 17.612 đảng viên được đánh giá gương mẫu thực hiện tốt nghĩa vụ công dân, 31 đảng viên bị nhân dân phản ánh chưa gương mẫu.
Ban Thường vụ Tỉnh ủy đã ban hành Hướng dẫn 07, 08-HD/TU về phiếu nhận xét đảng viên và về trách nhiệm của cấp ủy cơ sở nơi cư trú; Ban Tổ chức Tỉnh ủy ban hành kế hoạch số 112-KH/BTCTU kiểm tra việc thực hiện tại 24 xã, phường, thị trấn. Ủy ban MTTQ tỉnh hướng dẫn Ban công tác Mặt trận ở 1.310 khu dân cư tham gia giám sát thông qua hội nghị nhân dân cuối năm.
Tại hội nghị, đồng chí Ma Văn Thạch, HUV, Trưởng Ban Tổ chức Huyện ủy Định Hóa, cho biết có nơi đảng viên về sinh hoạt còn hình thức, chỉ nộp giấy giới thiệu rồi không tham gia. Bà Lục Thị Hiền, Bí thư Chi bộ xóm Bản Piềng, xã Bảo Linh, đề nghị cơ quan quản lý đảng viên phản hồi kịp thời khi chi bộ gửi nhận xét. Ông Phạm Văn Tỉnh, Trưởng ban công tác Mặt trận tổ dân phố 9, phường Hoàng Văn Thụ, nêu nhiều đảng viên trẻ tích cực tham gia xây dựng khu dân cư văn hóa.
Phát biểu kết luận, đồng chí Dương Văn Khải yêu cầu năm 2012 các cấp ủy tiếp tục quán triệt Quy định 76, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; kiên quyết xem xét trách nhiệm những đảng viên không chấp hành; cơ quan nào chậm xử lý phản ánh của nhân dân phải báo cáo rõ lý do.
Dịp này, Ban Thường vụ Tỉnh ủy tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích trong thực hiện Quy định 76; mỗi tập thể được thưởng 1,5 triệu đồng.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Phú Bình: 2.300 đảng viên về sinh hoạt nơi cư trú (12/12/2011)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (30/11/2011)
- Võ Nhai kiểm tra 6 chi bộ xóm vùng cao (15/11/2011)
""", "2011-12-28", "Thái Nguyên: Đảng viên sinh hoạt nơi cư trú gương mẫu hơn",
E("tong_ket", "2011", "2011-12-27"),
[P("Dương Văn Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Thạch", "HUV", "Trưởng Ban Tổ chức Huyện ủy Định Hóa"),
 P("Lục Thị Hiền", "Bí thư Chi bộ xóm Bản Piềng"),
 P("Phạm Văn Tỉnh", "Trưởng ban công tác Mặt trận tổ dân phố 9")],
[Q("18.426 đảng viên", 18426, "đảng viên"), Q("98,7%", 98.7, "%"), Q("17.950 đảng viên", 17950, "đảng viên"),
 Q("17.612 đảng viên", 17612, "đảng viên"), Q("31 đảng viên", 31, "đảng viên"), Q("24 xã, phường, thị trấn", 24, "xã, phường, thị trấn"),
 Q("1.310 khu dân cư", 1310, "khu dân cư"), Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quy định", "76", "QĐ/TW", "2007-06-15", "Bộ Chính trị", "Quy định số 76-QĐ/TW ngày 15/6/2007"),
 D("Hướng dẫn", "07", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 07, 08-HD/TU"),
 D("Hướng dẫn", "08", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 07, 08-HD/TU"),
 D("Kế hoạch", "112", "KH/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "kế hoạch số 112-KH/BTCTU")],
[prov("Thái Nguyên"), com("Bảo Linh"), com("Hoàng Văn Thụ")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY THÁI NGUYÊN", "Trang chủ » Xây dựng Đảng » Công tác tổ chức", "Toàn cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt xem: 1.204", "Quy định 76"]))

PAGES.append(page("b5118-nghean-huyenuy-soket-2013", """
Báo Nghệ An điện tử
Chính trị > Xây dựng Đảng
Cập nhật: 09:42, 19/07/2013 (GMT+7)
Yên Thành: Chi bộ khu dân cư "nắm" đảng viên đi làm ăn xa
(Baonghean) - Chiều 17/7, Huyện ủy Yên Thành tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 về công tác xây dựng Đảng, trong đó có nội dung giám sát đảng viên nơi cư trú. Đồng chí Hồ Sỹ Lương, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì.
Đồng chí Hồ Sỹ Lương phát biểu tại hội nghị. Ảnh: Quang Vinh
Theo báo cáo của Ban Tổ chức Huyện ủy, 6 tháng qua huyện có 2.146 đảng viên công tác ở các cơ quan, trường học, doanh nghiệp thường xuyên giữ mối liên hệ với chi bộ nơi cư trú. Các chi bộ xóm đã tổ chức 38 cuộc lấy ý kiến nhân dân về đảng viên; tiếp nhận 14 ý kiến phản ánh, trong đó 9 ý kiến liên quan việc xây nhà lấn chiếm hành lang giao thông và tổ chức cưới, tang chưa thực hiện nếp sống văn minh. Đến nay đã xử lý xong 12 trường hợp.
Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 11-CT/HU ngày 8/3/2013 về tăng cường trách nhiệm của đảng viên nơi cư trú và Quy chế phối hợp số 03-QC/HU giữa Đảng ủy các xã với cơ quan, đơn vị có đảng viên cư trú. Ủy ban Kiểm tra Huyện ủy đã kiểm tra 5 tổ chức đảng và 11 đảng viên, thi hành kỷ luật khiển trách 2 đảng viên vi phạm.
Một vấn đề được đặt ra là số đảng viên đi làm ăn xa ngày càng nhiều: toàn huyện có khoảng 430 đảng viên đang làm việc ở các tỉnh phía Nam và nước ngoài. Đồng chí Nguyễn Thị Lý, Bí thư Đảng ủy xã Công Thành, đề nghị có hướng dẫn cụ thể về việc nhận xét những đảng viên này. Ông Trần Đình Hoan, Bí thư Chi bộ xóm 5, xã Bảo Thành, kể chi bộ lập nhóm liên lạc qua điện thoại với 17 đảng viên ở xa.
Đồng chí Phan Văn Đức, HUV, Trưởng Ban Tổ chức Huyện ủy, cho biết huyện sẽ thí điểm sổ theo dõi đảng viên nơi cư trú ở 6 xã, thị trấn trong quý III.
Kết luận hội nghị, đồng chí Hồ Sỹ Lương yêu cầu 6 tháng cuối năm các chi bộ thực hiện nghiêm Quy định 76-QĐ/TW của Bộ Chính trị và Hướng dẫn số 17-HD/BTCTW của Ban Tổ chức Trung ương; gắn việc giám sát đảng viên với thực hiện Nghị quyết Trung ương 4 (khóa XI) "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"; không để đảng viên "ngoài vùng phủ sóng" của chi bộ. Dịp này, huyện khen thưởng 8 chi bộ xóm làm tốt, mỗi chi bộ 2 triệu đồng.
Hội nghị cũng thông qua dự thảo Kế hoạch 45-KH/HU về kiểm tra, giám sát 6 tháng cuối năm.
Quang Vinh
Tin khác
- Diễn Châu: 98% đảng viên được nhân dân đánh giá tốt (10/07/2013)
- Đô Lương sơ kết công tác kiểm tra 6 tháng đầu năm (05/07/2013)
- Vinh: chi bộ khối phố với đảng viên hưu trí (28/06/2013)
""", "2013-07-19", "Yên Thành: Chi bộ khu dân cư \"nắm\" đảng viên đi làm ăn xa",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Hồ Sỹ Lương", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Nguyễn Thị Lý", "Bí thư Đảng ủy xã Công Thành"),
 P("Trần Đình Hoan", "Bí thư Chi bộ xóm 5"),
 P("Phan Văn Đức", "HUV", "Trưởng Ban Tổ chức Huyện ủy")],
[Q("2.146 đảng viên", 2146, "đảng viên"), Q("38 cuộc lấy ý kiến nhân dân", 38, "cuộc lấy ý kiến nhân dân"),
 Q("14 ý kiến phản ánh", 14, "ý kiến phản ánh"), Q("9 ý kiến", 9, "ý kiến"), Q("12 trường hợp", 12, "trường hợp"),
 Q("5 tổ chức đảng", 5, "tổ chức đảng"), Q("11 đảng viên", 11, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"),
 Q("khoảng 430 đảng viên", 430, "đảng viên", "approx"), Q("17 đảng viên", 17, "đảng viên"),
 Q("6 xã, thị trấn", 6, "xã, thị trấn"), Q("8 chi bộ xóm", 8, "chi bộ xóm"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "11", "CT/HU", "2013-03-08", "Ban Thường vụ Huyện ủy", "Chỉ thị số 11-CT/HU ngày 8/3/2013"),
 D("Quy chế phối hợp", "03", "QC/HU", None, "Ban Thường vụ Huyện ủy", "Quy chế phối hợp số 03-QC/HU"),
 D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định 76-QĐ/TW"),
 D("Hướng dẫn", "17", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 17-HD/BTCTW"),
 D("Kế hoạch", "45", "KH/HU", None, None, "Kế hoạch 45-KH/HU")],
[prov("Nghệ An"), com("Công Thành"), com("Bảo Thành")],
["Báo Nghệ An điện tử", "Chính trị > Xây dựng Đảng", "(Baonghean)", "Đồng chí Hồ Sỹ Lương phát biểu tại hội nghị. Ảnh: Quang Vinh",
 "Nghị quyết Trung ương 4 (khóa XI)", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"],
["Cập nhật: 09:42, 19/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "quý III", "Nghị quyết Trung ương 4"]))

PAGES.append(page("b5119-gialai-bdv-taphuan-2014", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Hoạt động dân vận / Tập huấn
08:15 | 24/10/2014
Tập huấn nghiệp vụ giám sát đảng viên nơi cư trú cho cán bộ Mặt trận cơ sở
Trong 2 ngày 22 và 23/10/2014, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Gia Lai mở lớp tập huấn nghiệp vụ giám sát của Mặt trận và các đoàn thể đối với cán bộ, đảng viên nơi cư trú năm 2014 cho 156 học viên là Chủ tịch Ủy ban MTTQ xã, trưởng ban công tác Mặt trận làng, tổ dân phố của 4 huyện phía Đông của tỉnh.
Các đại biểu tham dự lớp tập huấn.
Các học viên được đồng chí Rơ Châm Thuyên, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Ksor H'Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh truyền đạt các nội dung chính của Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, Quyết định 218-QĐ/TW về việc Mặt trận và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền; Hướng dẫn 23, 24-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Bà Siu H'Nhiên, Trưởng ban công tác Mặt trận làng Plei Ơi, xã Ia Tiêm, chia sẻ: làng có 27 đảng viên, trong đó 9 đồng chí công tác ở huyện. "Trước đây bà con ngại nói về cán bộ, nay qua hội nghị nhân dân, bà con đã góp ý thẳng chuyện đảng viên uống rượu, không tham gia làm đường", bà nói.
Ông Đinh Văn Kriêng, Chủ tịch Ủy ban MTTQ xã Kông Yang, cho biết năm qua xã tổ chức 3 cuộc giám sát theo chuyên đề, phát hiện 2 đảng viên để gia đình lấn chiếm đất rừng; Đảng ủy xã đã xem xét, xử lý theo Quy định 47-QĐ/TW của Ban Chấp hành Trung ương về những điều đảng viên không được làm.
Theo đồng chí Rơ Châm Thuyên, năm 2014 Mặt trận các cấp trong tỉnh đã tổ chức 412 cuộc giám sát, trong đó có 186 cuộc giám sát cán bộ, đảng viên nơi cư trú; qua đó kiến nghị cấp ủy xem xét 23 trường hợp. Tỉnh phấn đấu ít nhất 80% khu dân cư tổ chức lấy ý kiến nhân dân đối với đảng viên vào cuối năm.
Kinh phí tổ chức lớp học khoảng 65 triệu đồng từ nguồn Đề án 05 của Tỉnh ủy về nâng cao chất lượng hoạt động của Mặt trận ở cơ sở. Cuối khóa, học viên được phát tài liệu hướng dẫn và mẫu phiếu nhận xét đảng viên.
Nhiều học viên cho rằng nội dung tập huấn sát thực tế, giúp cán bộ Mặt trận ở làng biết cách ghi nhận ý kiến của bà con, tổng hợp khách quan và gửi đúng địa chỉ; đồng thời đề nghị tài liệu được dịch sang tiếng Jrai, Ba Na để phổ biến rộng rãi trong sinh hoạt cộng đồng.
Theo kế hoạch số 58-KH/BDVTU, các lớp tiếp theo dành cho các huyện phía Tây sẽ mở trong tháng 11.
Hồng Thi
Tin cùng chuyên mục
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Chư Păh (15/10/2014)
- Phát huy vai trò già làng trong giữ gìn an ninh (02/10/2014)
- Mang Yang: 85 mô hình "Dân vận khéo" (20/09/2014)
""", "2014-10-24", "Tập huấn nghiệp vụ giám sát đảng viên nơi cư trú cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2014", "2014-10-22"),
[P("Rơ Châm Thuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu H'Nhiên", "Trưởng ban công tác Mặt trận làng Plei Ơi"),
 P("Đinh Văn Kriêng", "Chủ tịch Ủy ban MTTQ xã Kông Yang")],
[Q("156 học viên", 156, "học viên"), Q("4 huyện", 4, "huyện"), Q("27 đảng viên", 27, "đảng viên"), Q("9 đồng chí", 9, "đồng chí"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 đảng viên", 2, "đảng viên"), Q("412 cuộc giám sát", 412, "cuộc giám sát"),
 Q("186 cuộc giám sát", 186, "cuộc giám sát"), Q("23 trường hợp", 23, "trường hợp"), Q("ít nhất 80%", 80, "%", "over"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 218-QĐ/TW"),
 D("Hướng dẫn", "23", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 23, 24-HD/MTTW-BTT"),
 D("Hướng dẫn", "24", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 23, 24-HD/MTTW-BTT"),
 D("Quy định", "47", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 47-QĐ/TW"),
 D("Kế hoạch", "58", "KH/BDVTU", None, None, "kế hoạch số 58-KH/BDVTU")],
[prov("Gia Lai"), com("Ia Tiêm"), com("Kông Yang")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Hoạt động dân vận / Tập huấn", "Các đại biểu tham dự lớp tập huấn.",
 "Đề án 05", "Plei Ơi"],
["08:15 | 24/10/2014", "9 đồng chí", "năm 2014", "2 ngày", "Đề án 05", "tháng 11"]))

PAGES.append(page("b5120-soctrang-mttq-giamsat-2015", """
Báo Sóc Trăng Online
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Ngày đăng 06/08/2015 | 16:20
Giám sát việc tu dưỡng, rèn luyện của đảng viên tại phường 5
Ảnh: Đoàn giám sát làm việc với Chi bộ khóm 3.
Ngày 4/8/2015, đoàn giám sát của Ủy ban MTTQ Việt Nam thành phố Sóc Trăng do ông Trịnh Minh Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện Quy định 76-QĐ/TW của đảng viên đang công tác cư trú tại phường 5 trong năm 2015.
Theo báo cáo của Đảng ủy phường 5, trên địa bàn có 5 khóm với 214 đảng viên đang công tác ở các cơ quan, đơn vị về sinh hoạt nơi cư trú, trong đó có 38 đảng viên là người dân tộc Khmer. Qua 7 tháng, Ban công tác Mặt trận các khóm đã tổ chức 10 cuộc họp dân, ghi nhận 6 ý kiến góp ý đối với đảng viên, chủ yếu về việc chưa tham gia vệ sinh môi trường, đóng góp quỹ khuyến học. Đảng ủy phường đã gửi 4 văn bản đề nghị cơ quan quản lý đảng viên nhắc nhở.
Ông Lâm Sóc Khene, Trưởng ban công tác Mặt trận khóm 3, cho biết các đảng viên cư trú đã vận động 43 hộ tham gia mô hình "Khóm sáng - xanh - sạch - đẹp", góp trên 120 triệu đồng làm hệ thống đèn đường. Bà Thạch Thị Sa Ni, Bí thư Chi bộ khóm 2, đề nghị cơ quan chức năng hướng dẫn việc ghi phiếu nhận xét vì mẫu phiếu hiện dùng theo Hướng dẫn số 09-HD/TU ngày 2/4/2014 của Ban Thường vụ Tỉnh ủy còn phức tạp.
Đoàn giám sát ghi nhận Đảng ủy phường đã ban hành Nghị quyết chuyên đề số 12-NQ/ĐU về nâng cao chất lượng sinh hoạt chi bộ khóm, tỷ lệ đảng viên cư trú tham gia sinh hoạt đạt 96,3%. Tuy vậy, còn 8 đảng viên chưa đăng ký sinh hoạt, 3 đơn vị chậm phản hồi ý kiến nhận xét.
Kết luận buổi giám sát, ông Trịnh Minh Quang đề nghị Đảng ủy phường 5 rà soát danh sách đảng viên, phối hợp chặt chẽ với các cơ quan theo Quy chế phối hợp 02-QCPH giữa Ban Thường vụ Thành ủy và Ủy ban MTTQ thành phố; đề nghị Ủy ban MTTQ phường định kỳ tổng hợp ý kiến nhân dân gửi cấp ủy. Kết quả giám sát sẽ được báo cáo Thường trực Thành ủy trước ngày 30/9.
Theo nhiều người dân trong phường, từ khi có đảng viên cư trú tham gia sinh hoạt đều đặn, các cuộc họp khóm đông người hơn, ý kiến của bà con được ghi nhận và phản hồi nhanh hơn; những việc như sửa đường hẻm, nạo vét cống thoát nước, giữ gìn an ninh trật tự đều có đảng viên đứng ra vận động. Tuy nhiên, một số đảng viên trẻ công tác xa, đi sớm về khuya nên ít gặp gỡ bà con, chi bộ khóm chưa có cách theo dõi phù hợp.
Cùng dự có ông Danh Sà Rinh, Thành ủy viên, Phó Trưởng Ban Tổ chức Thành ủy.
Kim Hên
Tin liên quan
- Mỹ Xuyên: Mặt trận giám sát 40 đảng viên nơi cư trú (28/07/2015)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (15/07/2015)
- Tặng 200 phần quà cho đồng bào Khmer nghèo (01/07/2015)
""", "2015-08-06", "Giám sát việc tu dưỡng, rèn luyện của đảng viên tại phường 5",
E("giam_sat", "2015", "2015-08-04"),
[P("Trịnh Minh Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Sóc Khene", "Trưởng ban công tác Mặt trận khóm 3"),
 P("Thạch Thị Sa Ni", "Bí thư Chi bộ khóm 2"),
 P("Danh Sà Rinh", "Thành ủy viên", "Phó Trưởng Ban Tổ chức Thành ủy")],
[Q("5 khóm", 5, "khóm"), Q("214 đảng viên", 214, "đảng viên"), Q("38 đảng viên", 38, "đảng viên"),
 Q("10 cuộc họp dân", 10, "cuộc họp dân"), Q("6 ý kiến", 6, "ý kiến"), Q("4 văn bản", 4, "văn bản"),
 Q("43 hộ", 43, "hộ"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"), Q("96,3%", 96.3, "%"),
 Q("8 đảng viên", 8, "đảng viên"), Q("3 đơn vị", 3, "đơn vị")],
[D("Quy định", "76", "QĐ/TW", None, None, "Quy định 76-QĐ/TW"),
 D("Hướng dẫn", "09", "HD/TU", "2014-04-02", "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 09-HD/TU ngày 2/4/2014"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 12-NQ/ĐU"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp 02-QCPH")],
[prov("Sóc Trăng"), com("phường 5")],
["Báo Sóc Trăng Online", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc với Chi bộ khóm 3.",
 "Khóm sáng - xanh - sạch - đẹp"],
["Ngày đăng 06/08/2015 | 16:20", "7 tháng", "năm 2015", "30/9"]))

PAGES.append(page("b5121-quangnam-mttq-hoinghi-2016", """
Báo Quảng Nam Online
Thời sự | Chính trị | Mặt trận
17/05/2016 - 10:05
Nhân dân góp ý đảng viên nơi cư trú: cần thực chất, tránh nể nang
Ngày 16/5, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị chuyên đề "Phát huy vai trò của nhân dân trong giám sát cán bộ, đảng viên nơi cư trú" năm 2016. Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Tâm, Đoàn Ngọc Thơ, Alăng Thị Huệ; đồng chí Nguyễn Hữu Cường, Phó Trưởng Ban Dân vận Tỉnh ủy cùng 120 đại biểu đến từ 18 huyện, thị xã, thành phố.
Quang cảnh hội nghị. Ảnh: V.Anh
Theo báo cáo, từ khi có Quyết định 217, 218-QĐ/TW của Bộ Chính trị, Mặt trận các cấp trong tỉnh đã phối hợp tổ chức 1.532 hội nghị lấy ý kiến nhân dân ở khu dân cư, với hơn 45.600 lượt người tham dự, góp ý đối với 21.870 lượt cán bộ, đảng viên. Có 264 cán bộ, đảng viên được nhân dân góp ý cần khắc phục hạn chế; 7 trường hợp phải xem xét xử lý kỷ luật.
Ông Bhling Mia, Trưởng ban công tác Mặt trận thôn Aur, xã A Tiêng, huyện Tây Giang, cho biết thôn có 19 đảng viên, trong đó có 6 đảng viên là giáo viên, cán bộ xã. Nhờ góp ý của bà con, một đảng viên đã trả lại 2 ha đất rừng cộng đồng lấn chiếm. Bà Trần Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ phường Cẩm Phô, thành phố Hội An, đề xuất nên công khai kết quả tiếp thu, giải quyết ý kiến của nhân dân tại hội nghị khu phố.
Ông Nguyễn Hữu Cường nêu: Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 21-CT/TU ngày 10/9/2015 về tăng cường sự lãnh đạo của Đảng đối với công tác giám sát, phản biện xã hội; Ban Dân vận Tỉnh ủy có Hướng dẫn số 33-HD/BDVTU về Mặt trận tham gia nhận xét đảng viên. Tuy nhiên, ở nhiều nơi việc góp ý còn nể nang, có khoảng 30% phiếu nhận xét chỉ ghi chung chung "hoàn thành tốt".
Phát biểu bế mạc, bà Lê Thị Tâm cho rằng năm 2016 Mặt trận các cấp cần tập trung giám sát người đứng đầu và đảng viên giữ chức vụ lãnh đạo theo Quy định 101-QĐ/TW ngày 7/6/2012 của Ban Bí thư về trách nhiệm nêu gương; xây dựng ít nhất 1 mô hình điểm ở mỗi huyện. Ủy ban MTTQ tỉnh sẽ trích 150 triệu đồng hỗ trợ các xã miền núi tổ chức hội nghị nhân dân.
Nhiều ý kiến tại hội nghị đề nghị Ủy ban MTTQ tỉnh sớm ban hành mẫu phiếu góp ý thống nhất, có tiêu chí cụ thể về việc giữ gìn phẩm chất đạo đức, lối sống, thực hiện nghĩa vụ công dân, tham gia sinh hoạt ở khu dân cư; tránh tình trạng mỗi nơi làm một kiểu, kết quả khó tổng hợp và so sánh.
Bà Alăng Thị Huệ trao giấy khen cho 9 Ban công tác Mặt trận tiêu biểu.
Vân Anh
Lượt đọc: 2.315
Tin liên quan
- Đại Lộc: lấy ý kiến nhân dân đối với 600 đảng viên (05/05/2016)
- Hội nghị hiệp thương lần thứ ba bầu cử đại biểu Quốc hội (25/04/2016)
- Núi Thành vận động 1.200 hộ hiến đất làm đường (12/04/2016)
""", "2016-05-17", "Nhân dân góp ý đảng viên nơi cư trú: cần thực chất, tránh nể nang",
E("hoi_nghi", "2016", "2016-05-16"),
[P("Lê Thị Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Ngọc Thơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Huệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Cường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "Trưởng ban công tác Mặt trận thôn Aur"),
 P("Trần Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ phường Cẩm Phô")],
[Q("120 đại biểu", 120, "đại biểu"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("1.532 hội nghị lấy ý kiến nhân dân", 1532, "hội nghị lấy ý kiến nhân dân"), Q("hơn 45.600 lượt người", 45600, "lượt người", "over"),
 Q("21.870 lượt cán bộ, đảng viên", 21870, "lượt cán bộ, đảng viên"), Q("264 cán bộ, đảng viên", 264, "cán bộ, đảng viên"),
 Q("7 trường hợp", 7, "trường hợp"), Q("19 đảng viên", 19, "đảng viên"), Q("6 đảng viên", 6, "đảng viên"),
 Q("2 ha", 2, "ha"), Q("khoảng 30%", 30, "%", "approx"), Q("ít nhất 1 mô hình điểm", 1, "mô hình điểm", "over"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("9 Ban công tác Mặt trận tiêu biểu", 9, "Ban công tác Mặt trận tiêu biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Chỉ thị", "21", "CT/TU", "2015-09-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 10/9/2015"),
 D("Hướng dẫn", "33", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 33-HD/BDVTU"),
 D("Quy định", "101", "QĐ/TW", "2012-06-07", "Ban Bí thư", "Quy định 101-QĐ/TW ngày 7/6/2012")],
[prov("Quảng Nam"), com("A Tiêng"), com("Cẩm Phô")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Mặt trận", "Quang cảnh hội nghị. Ảnh: V.Anh",
 "Phát huy vai trò của nhân dân trong giám sát cán bộ, đảng viên nơi cư trú", "Lượt đọc: 2.315", "hoàn thành tốt"],
["17/05/2016 - 10:05", "năm 2016", "Lượt đọc: 2.315"]))

PAGES.append(page("b5122-hanam-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ NAM
Vị trí: Trang chủ >> Tin tức - Sự kiện
21.04.2017 | 16:05
Giao ban khối dân vận quý I: chú trọng giám sát đảng viên nơi cư trú
Đồng chí Trần Thị Hòa chủ trì giao ban.
Ngày 20/4/2017, Ban Dân vận Tỉnh ủy Hà Nam tổ chức giao ban công tác dân vận quý I/2017 với Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Trần Thị Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Đinh Văn Quý, Vũ Thị Lan.
Báo cáo của Ban cho biết, quý I các huyện, thành ủy đã tổ chức 46 hội nghị quán triệt Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước; Ban Dân vận Tỉnh ủy phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Kế hoạch số 52, 53-KH/TU của Tỉnh ủy về đảng viên sinh hoạt nơi cư trú và về lấy phiếu tín nhiệm cán bộ ở khu dân cư.
Toàn tỉnh có 9.840 đảng viên đang công tác đã đăng ký sinh hoạt nơi cư trú; các chi bộ thôn, tổ dân phố đã gửi 1.126 phiếu nhận xét về cơ quan quản lý. Khối dân vận tiếp nhận 215 lượt công dân, 49 đơn thư; đã phối hợp giải quyết 41 đơn, đạt 83,7%. Trong quý, Hội Nông dân và Hội LHPN tỉnh ra mắt 12 mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới.
Tại giao ban, đồng chí Lại Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận đã xây dựng kế hoạch giám sát đảng viên nơi cư trú tại 6 xã điểm, trong đó có xã Nhân Mỹ và xã Thanh Hải. Đồng chí Phạm Thị Thu, Chủ tịch Hội Cựu chiến binh tỉnh, đề nghị cơ quan có đảng viên cư trú cử đại diện dự hội nghị nhân dân cuối năm.
Kết luận giao ban, đồng chí Trần Thị Hòa yêu cầu quý II các cơ quan tập trung triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; mỗi đoàn thể chọn ít nhất 2 điểm để giám sát việc nêu gương của đảng viên; không để phát sinh điểm nóng trong dịp giải phóng mặt bằng các dự án ở thành phố Phủ Lý.
Một số ý kiến cho rằng việc phối hợp giữa chi bộ nơi cư trú với cơ quan quản lý đảng viên còn lỏng lẻo; có cơ quan nhận phiếu nhận xét nhưng không đưa vào đánh giá, xếp loại cuối năm, làm giảm ý nghĩa của việc giám sát. Các đoàn thể đề nghị Ban Tổ chức Tỉnh ủy sớm có văn bản chấn chỉnh tình trạng này, đồng thời biểu dương kịp thời những nơi làm tốt để nhân rộng.
Cuối buổi, các đại biểu thống nhất lịch giám sát quý II và phân công 8 tổ công tác.
Thu Hà
Số lượt truy cập: 356.120
Các tin khác
- Duy Tiên: ra mắt mô hình "Dân vận khéo" ở xã Châu Giang (14/04/2017)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh (05/04/2017)
- Thanh Liêm: 500 đảng viên đăng ký sinh hoạt nơi cư trú (29/03/2017)
""", "2017-04-21", "Giao ban khối dân vận quý I: chú trọng giám sát đảng viên nơi cư trú",
E("giao_ban", "2017-Q1", "2017-04-20"),
[P("Trần Thị Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Quý", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thu", "Chủ tịch Hội Cựu chiến binh tỉnh")],
[Q("46 hội nghị", 46, "hội nghị"), Q("9.840 đảng viên", 9840, "đảng viên"), Q("1.126 phiếu nhận xét", 1126, "phiếu nhận xét"),
 Q("215 lượt công dân", 215, "lượt công dân"), Q("49 đơn thư", 49, "đơn thư"), Q("41 đơn", 41, "đơn"), Q("83,7%", 83.7, "%"),
 Q("12 mô hình", 12, "mô hình"), Q("6 xã điểm", 6, "xã điểm"), Q("ít nhất 2 điểm", 2, "điểm", "over"), Q("8 tổ công tác", 8, "tổ công tác")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "52", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 52, 53-KH/TU"),
 D("Kế hoạch", "53", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 52, 53-KH/TU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Hà Nam"), com("Nhân Mỹ"), com("Thanh Hải")],
["BAN DÂN VẬN TỈNH ỦY HÀ NAM", "Vị trí: Trang chủ >> Tin tức - Sự kiện", "Đồng chí Trần Thị Hòa chủ trì giao ban.",
 "Dân vận khéo", "Số lượt truy cập: 356.120"],
["21.04.2017 | 16:05", "quý I/2017", "quý II", "Số lượt truy cập: 356.120"]))
