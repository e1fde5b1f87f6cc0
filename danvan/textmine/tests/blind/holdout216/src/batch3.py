from lib import *
PAGES = []

PAGES.append(page("b5153-sonla-mttq-traoqua-2023", """
BÁO SƠN LA
Thời sự > Đối ngoại > Hữu nghị Việt - Lào
Thứ Sáu, 14/04/2023 - 10:30
Thăm, chúc Tết Bunpimay lưu học sinh và nhân dân các bản giáp biên
Ngày 12/4/2023, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Sơn La do đồng chí Lò Thị Hoan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết cổ truyền Bunpimay và tặng quà lưu học sinh Lào đang học tập tại tỉnh, nhân dân các bản giáp biên của tỉnh Hủa Phăn.
Đồng chí Lò Thị Hoan tặng quà lưu học sinh Lào. Ảnh: Quàng Hiếu
Tại Trường Cao đẳng Sơn La, đoàn đã trao 285 suất quà cho lưu học sinh, mỗi suất gồm 500.000 đồng tiền mặt và đồ dùng học tập. Hiện toàn tỉnh có trên 1.300 lưu học sinh của Lào theo học tại 6 cơ sở đào tạo. Ông Thoong Xay Vông Phi La, lưu học sinh khóa 2021 - 2025, xúc động chia sẻ: "Chúng em cảm thấy như được đón Tết ở nhà".
Sau đó, đoàn qua cửa khẩu Chiềng Khương, thăm và tặng 150 suất quà cho hộ nghèo tại 3 bản của huyện Sốp Bâu (Hủa Phăn), tổng trị giá khoảng 120 triệu đồng; trao tặng 5 chiếc máy tính cho trường tiểu học bản Na Hin. Đồng chí Bun Nhăng Thăm Ma Vông, Phó Chủ tịch Ủy ban MTLXDĐN huyện Sốp Bâu, cảm ơn tình cảm thủy chung, son sắt của nhân dân Sơn La.
Tiếp đoàn tại xã Chiềng Khương, đồng chí Cầm Văn Thủy, Bí thư Đảng ủy xã, cho biết năm 2022 xã đã phối hợp với Đồn Biên phòng tổ chức 4 lần giao lưu văn nghệ, thể thao; 100% hộ dân các bản giáp biên tham gia tự quản đường biên, mốc quốc giới. Bà Lường Thị Xuân, Chủ tịch Hội LHPN xã, cho biết hội phụ nữ xã kết nghĩa với hội phụ nữ bản Na Hin, mỗi năm hỗ trợ khoảng 30 phụ nữ nghèo nước bạn con giống, cây giống.
Theo đồng chí Hà Trung Chiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, hoạt động thăm, tặng quà được thực hiện theo Kế hoạch số 128/KH-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ tỉnh, triển khai Chương trình hành động số 42-CTr/TU ngày 12/5/2022 của Tỉnh ủy thực hiện Chỉ thị 12-CT/TW của Ban Bí thư. Năm 2023, Mặt trận tỉnh dự kiến vận động 2 tỷ đồng xây dựng 20 căn nhà cho hộ nghèo các bản giáp biên của Lào.
Trong không khí Tết cổ truyền, các lưu học sinh đã tổ chức lễ buộc chỉ cổ tay chúc phúc, múa lăm vông cùng cán bộ, giáo viên nhà trường. Nhiều em cho biết sau khi tốt nghiệp sẽ trở về quê hương làm việc, góp phần vun đắp tình đoàn kết đặc biệt giữa hai dân tộc. Đại diện nhà trường đề nghị Mặt trận tỉnh tiếp tục vận động các gia đình nhận đỡ đầu lưu học sinh trong những ngày lễ, Tết xa nhà.
Cùng đi với đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Đinh Công Sáng, Lò Văn Thiêm.
Quàng Hiếu
Tin liên quan
- Sơn La - Hủa Phăn ký kết biên bản hợp tác năm 2023 (28/03/2023)
- Sông Mã: kết nghĩa 2 cặp bản biên giới (15/03/2023)
- Trao 200 suất học bổng cho lưu học sinh Lào (02/02/2023)
""", "2023-04-14", "Thăm, chúc Tết Bunpimay lưu học sinh và nhân dân các bản giáp biên",
E("trao_qua", None, "2023-04-12"),
[P("Lò Thị Hoan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thoong Xay Vông Phi La", "lưu học sinh khóa 2021 - 2025"),
 P("Bun Nhăng Thăm Ma Vông", "Phó Chủ tịch Ủy ban MTLXDĐN huyện Sốp Bâu"),
 P("Cầm Văn Thủy", "Bí thư Đảng ủy xã"),
 P("Lường Thị Xuân", "Chủ tịch Hội LHPN xã"),
 P("Hà Trung Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sáng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Thiêm", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("285 suất quà", 285, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("trên 1.300 lưu học sinh", 1300, "lưu học sinh", "over"),
 Q("6 cơ sở đào tạo", 6, "cơ sở đào tạo"), Q("150 suất quà", 150, "suất quà"), Q("3 bản", 3, "bản"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("5 chiếc máy tính", 5, "chiếc máy tính"),
 Q("4 lần giao lưu văn nghệ, thể thao", 4, "lần giao lưu văn nghệ, thể thao"), Q("100%", 100, "%"),
 Q("khoảng 30 phụ nữ nghèo", 30, "phụ nữ nghèo", "approx"), Q("2 tỷ đồng", 2000000000, "đồng"), Q("20 căn nhà", 20, "căn nhà")],
[D("Kế hoạch", "128", "KH-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 128/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Chương trình hành động", "42", "CTr/TU", "2022-05-12", "Tỉnh ủy", "Chương trình hành động số 42-CTr/TU ngày 12/5/2022 của Tỉnh ủy"),
 D("Chỉ thị", "12", "CT/TW", None, "Ban Bí thư", "Chỉ thị 12-CT/TW của Ban Bí thư")],
[prov("Sơn La"), com("Chiềng Khương")],
["BÁO SƠN LA", "Thời sự > Đối ngoại > Hữu nghị Việt - Lào", "Đồng chí Lò Thị Hoan tặng quà lưu học sinh Lào. Ảnh: Quàng Hiếu",
 "Bunpimay", "Hủa Phăn", "Sốp Bâu", "Na Hin", "Trường Cao đẳng Sơn La"],
["Thứ Sáu, 14/04/2023 - 10:30", "khóa 2021 - 2025", "năm 2022", "Năm 2023"]))

PAGES.append(page("b5154-dongthap-bdv-giaoban-2023", """
ĐẢNG BỘ TỈNH ĐỒNG THÁP - Trang thông tin điện tử Ban Dân vận Tỉnh ủy
Trang chủ :: Hoạt động dân vận :: Đối ngoại nhân dân
Ngày đăng 03/11/2023 | 16:20
Giao ban công tác dân vận và đối ngoại nhân dân khu vực biên giới tháng 10
Chiều 02/11/2023, Ban Dân vận Tỉnh ủy Đồng Tháp tổ chức giao ban công tác dân vận, đối ngoại nhân dân khu vực biên giới tháng 10/2023 với Huyện ủy Tân Hồng, Hồng Ngự, thành phố Hồng Ngự. Đồng chí Phan Thị Mỹ Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh giao ban. Ảnh: BDV
Trong tháng, các địa phương đã tổ chức 5 cuộc gặp gỡ với chính quyền các huyện Kampong Trabek, Peam Ro (tỉnh Prey Veng, Campuchia); vận động 83 hộ dân ký cam kết không tiếp tay buôn lậu; phối hợp hỗ trợ 12 hộ người Campuchia gốc Việt sửa chữa nhà ở với tổng kinh phí 96 triệu đồng. Các xã biên giới duy trì 9 cặp ấp, phum kết nghĩa; 100% ấp biên giới có tổ tự quản đường biên.
Đồng chí Nguyễn Văn Bé Tư, HUV, Trưởng Ban Dân vận Huyện ủy Tân Hồng cho biết, thực hiện Kế hoạch số 226-KH/TU ngày 14/6/2023 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 27-HD/BDVTU của Ban Dân vận Tỉnh ủy, huyện đã xây dựng 4 mô hình "Dân vận khéo" trong công tác đối ngoại nhân dân. Ông Lê Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Thường Phước 1, phản ánh tình trạng 18 trường hợp người dân qua lại bằng đường sông không qua cửa khẩu.
Bà Lê Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy xã Thông Bình, chia sẻ: xã đã phối hợp với Đồn Biên phòng Thông Bình tổ chức 1 buổi khám bệnh miễn phí cho khoảng 350 người dân nước bạn, tặng 200 phần quà, mỗi phần trị giá 300.000 đồng. Nhân dịp lễ Dâng y Kathina, Ban Dân vận Huyện ủy đã thăm, tặng quà 2 chùa Khmer phía bên kia biên giới.
Phát biểu kết luận, đồng chí Phan Thị Mỹ Dung đề nghị tháng 11/2023 các địa phương tiếp tục quán triệt Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư, Quy chế phối hợp số 09-QCPH/BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh; chuẩn bị tốt "Ngày hội Biên phòng toàn dân" ở 13 xã biên giới; theo dõi tình hình mùa nước nổi, kịp thời hỗ trợ bà con hai bên.
Các đại biểu cũng chỉ ra một số khó khăn: địa bàn rộng, sông rạch chằng chịt, việc quản lý người qua lại gặp nhiều trở ngại; một bộ phận người dân còn chủ quan, chưa tích cực cung cấp thông tin; kinh phí cho hoạt động giao lưu hữu nghị ở cấp xã còn hạn hẹp, chủ yếu dựa vào vận động xã hội hóa.
Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Hùng, Đoàn Thị Thu Hà, Huỳnh Minh Nhựt và đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Thu Hà
Tin khác
- Hồng Ngự: ra mắt mô hình "Ấp biên giới hữu nghị" (25/10/2023)
- Tân Hồng: giao lưu bóng đá hữu nghị Việt Nam - Campuchia (15/10/2023)
- Giao ban công tác dân vận tháng 9/2023 (05/10/2023)
""", "2023-11-03", "Giao ban công tác dân vận và đối ngoại nhân dân khu vực biên giới tháng 10",
E("giao_ban", "2023-10", "2023-11-02"),
[P("Phan Thị Mỹ Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bé Tư", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Hồng"),
 P("Lê Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thường Phước 1"),
 P("Lê Thị Hồng Nhung", "Phó Bí thư Thường trực Đảng ủy xã Thông Bình"),
 P("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Minh Nhựt", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("5 cuộc gặp gỡ", 5, "cuộc gặp gỡ"), Q("83 hộ dân", 83, "hộ dân"), Q("12 hộ người Campuchia gốc Việt", 12, "hộ người Campuchia gốc Việt"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("9 cặp ấp, phum", 9, "cặp ấp, phum"), Q("100%", 100, "%"), Q("4 mô hình", 4, "mô hình"),
 Q("18 trường hợp", 18, "trường hợp"), Q("khoảng 350 người dân", 350, "người dân", "approx"), Q("200 phần quà", 200, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("2 chùa Khmer", 2, "chùa Khmer"), Q("13 xã biên giới", 13, "xã biên giới")],
[D("Kế hoạch", "226", "KH/TU", "2023-06-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 226-KH/TU ngày 14/6/2023"),
 D("Hướng dẫn", "27", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 27-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "12", "CT/TW", "2022-01-05", "Ban Bí thư", "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư"),
 D("Quy chế phối hợp", "09", "QCPH/BDVTU-BĐBP", None, None, "Quy chế phối hợp số 09-QCPH/BDVTU-BĐBP")],
[prov("Đồng Tháp"), com("Thường Phước 1"), com("Thông Bình")],
["ĐẢNG BỘ TỈNH ĐỒNG THÁP - Trang thông tin điện tử Ban Dân vận Tỉnh ủy", "Trang chủ :: Hoạt động dân vận :: Đối ngoại nhân dân",
 "Quang cảnh giao ban. Ảnh: BDV", "Dân vận khéo", "Ngày hội Biên phòng toàn dân", "Kampong Trabek", "Peam Ro", "Prey Veng", "Dâng y Kathina"],
["Ngày đăng 03/11/2023 | 16:20", "tháng 10", "tháng 10/2023", "tháng 11/2023", "1 buổi khám bệnh"]))

PAGES.append(page("b5155-daknong-hoinghi-giaoluu-2024", """
Báo Đắk Nông - Cơ quan của Đảng bộ tỉnh Đắk Nông
Chính trị | Đối ngoại | Quốc phòng - An ninh
2024-03-22 09:45
Đắk Nông - Mondulkiri: vun đắp tình hữu nghị của nhân dân hai bên biên giới
Ngày 21/3/2024, tại xã Thuận Hạnh, huyện Đắk Song, Ủy ban MTTQ Việt Nam tỉnh Đắk Nông phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh tổ chức Hội nghị giao lưu hữu nghị nhân dân hai bên biên giới năm 2024 với tỉnh Mondulkiri (Campuchia). Dự hội nghị có gần 300 đại biểu, trong đó đoàn Mondulkiri gồm 62 thành viên do ông Chăn Xô Phia, Phó Tỉnh trưởng tỉnh Mondulkiri dẫn đầu.
Các đại biểu hai tỉnh tham quan gian trưng bày sản phẩm OCOP của Đắk Nông.
Về phía Đắk Nông có đồng chí Điểu K'Lành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Quang B'Đắp, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Chiểu, Tôn Nữ Ngọc Hà.
Báo cáo tại hội nghị cho biết, thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư và Kế hoạch 158, 159-KH/TU của Ban Thường vụ Tỉnh ủy, từ năm 2022 đến nay các tổ chức chính trị - xã hội hai tỉnh đã tổ chức 17 đoàn thăm, làm việc; 5 xã biên giới của Đắk Nông kết nghĩa với 5 xã của Mondulkiri. Tỉnh Đắk Nông đã hỗ trợ nước bạn xây dựng 42 căn nhà tình nghĩa, 3 trạm y tế xã với tổng kinh phí trên 7,5 tỷ đồng; đào tạo 96 lưu học sinh; khám, cấp thuốc miễn phí cho hơn 4.200 lượt người dân Campuchia. Năm 2023, kim ngạch trao đổi hàng hóa qua cửa khẩu Bu Prăng tăng khoảng 25% so với năm trước.
Phát biểu tại hội nghị, ông Điểu Xuân, người có uy tín bon Bu Prăng, xã Quảng Trực, kể về việc đồng bào M'nông hai bên cùng chung tiếng nói, phong tục, thường xuyên thăm hỏi khi có việc hiếu, hỷ. Bà Thị Hường, Chủ tịch Hội LHPN xã Quảng Trực, giới thiệu mô hình "Phụ nữ hai bên biên giới chung tay phòng chống mua bán người", đã tổ chức 8 buổi tuyên truyền cho khoảng 640 hội viên, phụ nữ.
Ông Chăn Xô Phia cảm ơn sự giúp đỡ của Đắk Nông, đề nghị hai bên tăng cường hợp tác phòng, chống dịch bệnh trên gia súc, phối hợp quản lý lao động qua lại biên giới, mở thêm lối mở tại xã Đắk Búk So.
Phát biểu kết luận, đồng chí Điểu K'Lành đề nghị các cấp, ngành tiếp tục thực hiện Quyết định số 1228/QĐ-UBND ngày 15/8/2023 của UBND tỉnh về đề án nâng cao hiệu quả đối ngoại nhân dân giai đoạn 2023 - 2025; nhân rộng mô hình kết nghĩa, xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển. Dịp này hai bên đã trao đổi 20 suất học bổng, mỗi suất trị giá 5 triệu đồng, cho học sinh nghèo hai tỉnh.
Buổi tối cùng ngày, tại sân vận động xã Thuận Hạnh diễn ra chương trình giao lưu văn nghệ "Biên cương nối nhịp cầu hữu nghị" với sự tham gia của các đội cồng chiêng hai tỉnh, thu hút đông đảo người dân đến xem.
Hoàng Giang
Tin liên quan
- Đắk Mil: trao 10 căn nhà cho hộ nghèo tỉnh Mondulkiri (10/03/2024)
- Tuy Đức giao lưu bóng chuyền hữu nghị với huyện Keo Seima (25/02/2024)
- Đắk Nông tổng kết công tác đối ngoại năm 2023 (18/01/2024)
""", "2024-03-22", "Đắk Nông - Mondulkiri: vun đắp tình hữu nghị của nhân dân hai bên biên giới",
E("hoi_nghi", "2024", "2024-03-21"),
[P("Chăn Xô Phia", "Phó Tỉnh trưởng tỉnh Mondulkiri"),
 P("Điểu K'Lành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Quang B'Đắp", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Chiểu", "Phó Chủ tịch UBND tỉnh"),
 P("Tôn Nữ Ngọc Hà", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Xuân", "người có uy tín bon Bu Prăng"),
 P("Thị Hường", "Chủ tịch Hội LHPN xã Quảng Trực")],
[Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("62 thành viên", 62, "thành viên"), Q("17 đoàn", 17, "đoàn"),
 Q("5 xã biên giới", 5, "xã biên giới"), Q("5 xã", 5, "xã"), Q("42 căn nhà tình nghĩa", 42, "căn nhà tình nghĩa"),
 Q("3 trạm y tế xã", 3, "trạm y tế xã"), Q("trên 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("96 lưu học sinh", 96, "lưu học sinh"),
 Q("hơn 4.200 lượt người dân Campuchia", 4200, "lượt người dân", "over"), Q("khoảng 25%", 25, "%", "approx"),
 Q("8 buổi tuyên truyền", 8, "buổi tuyên truyền"), Q("khoảng 640 hội viên, phụ nữ", 640, "hội viên, phụ nữ", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Chỉ thị", "12", "CT/TW", "2022-01-05", "Ban Bí thư", "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư"),
 D("Kế hoạch", "158", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 158, 159-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "159", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 158, 159-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "1228", "QĐ-UBND", "2023-08-15", "UBND tỉnh", "Quyết định số 1228/QĐ-UBND ngày 15/8/2023 của UBND tỉnh")],
[prov("Đắk Nông"), com("Thuận Hạnh"), com("Quảng Trực"), com("Đắk Búk So")],
["Báo Đắk Nông - Cơ quan của Đảng bộ tỉnh Đắk Nông", "Chính trị | Đối ngoại | Quốc phòng - An ninh",
 "Các đại biểu hai tỉnh tham quan gian trưng bày sản phẩm OCOP của Đắk Nông.", "Mondulkiri", "Bu Prăng",
 "Phụ nữ hai bên biên giới chung tay phòng chống mua bán người", "Biên cương nối nhịp cầu hữu nghị"],
["2024-03-22 09:45", "năm 2024", "năm 2022", "Năm 2023", "giai đoạn 2023 - 2025"]))

PAGES.append(page("b5156-quangnam-xa-tongket-2024", """
Trang thông tin điện tử xã A Xan - huyện Tây Giang - tỉnh Quảng Nam
Trang chủ > Tin tức sự kiện > Hoạt động của xã
Thứ Hai, 30/12/2024 - 17:45
Hội nghị tổng kết công tác. Ảnh: Văn phòng HĐND-UBND xã
Xã A Xan: Tổng kết công tác dân vận, đối ngoại nhân dân năm 2024
Ngày 27/12/2024, Đảng ủy xã A Xan tổ chức hội nghị tổng kết công tác dân vận, đối ngoại nhân dân năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Ating Tuấn, Bí thư Đảng ủy xã chủ trì hội nghị. Dự có đồng chí Clâu Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang; đại diện Đồn Biên phòng A Nông và 54 đại biểu là cán bộ, đảng viên, già làng, trưởng thôn.
Năm 2024, xã đã tuyên truyền Chỉ thị số 12-CT/TW của Ban Bí thư, Kế hoạch số 204-KH/HU ngày 18/3/2024 của Ban Thường vụ Huyện ủy cho 1.120 lượt người dân. Xã duy trì kết nghĩa giữa 4 thôn với 4 bản của huyện Kà Lừm, tỉnh Sê Kông (Lào); tổ chức 2 đợt giao lưu văn hóa, thể thao dịp Tết Bunpimay và lễ hội Aza Koonh, thu hút khoảng 1.500 lượt người dân hai bên. Đảng ủy đã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU về công tác đối ngoại nhân dân và Chỉ thị 03, 04-CT/ĐU về quản lý người lao động sang nước bạn làm thuê.
Trong năm, nhân dân xã đã giúp các bản bạn 3 tấn giống lúa, 120 con lợn giống; hỗ trợ 2 hộ bên kia biên giới bị cháy nhà với tổng trị giá hơn 86 triệu đồng. 100% hộ dân các thôn giáp biên ký cam kết tự quản 21,4 km đường biên và 12 cột mốc. Toàn xã giảm 39 hộ nghèo, tỷ lệ hộ nghèo còn 27,3%.
Tại hội nghị, ông Bh'ling Tơ, già làng thôn Ga Lêê, cho biết người Cơ Tu hai bên biên giới vốn cùng dòng tộc, nên việc giữ tình đoàn kết là "giữ lời của ông bà". Bà Alăng Thị Mai, Chủ tịch Hội LHPN xã, đề nghị mở lớp dạy tiếng Việt cho 25 phụ nữ Lào lấy chồng ở xã. Ông Zơrâm Lập, Phó Chủ tịch UBND xã, nêu khó khăn: đường sang các bản bạn mùa mưa thường sạt lở, có 6 điểm sạt nghiêm trọng.
Phát biểu chỉ đạo, đồng chí Clâu Thị Hương đánh giá cao xã A Xan đã chủ động, sáng tạo; đề nghị năm 2025 xã tiếp tục thực hiện Quy chế phối hợp số 15-QCPH/HU-ĐBP giữa Huyện ủy và Đồn Biên phòng A Nông, nhân rộng mô hình "Thôn, bản kết nghĩa - biên giới bình yên".
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số chi bộ thôn chưa quan tâm đúng mức đến công tác đối ngoại nhân dân; việc nắm tình hình người dân qua lại biên giới có lúc chưa kịp thời; vẫn còn tình trạng thanh niên tự ý sang nước bạn làm thuê mà không khai báo với chính quyền. Các đại biểu thống nhất cần tăng cường vai trò của già làng, người có uy tín trong vận động đồng bào.
Dịp này, Đảng ủy xã tặng giấy khen cho 6 tập thể và 11 cá nhân tiêu biểu, trong đó có các già làng: Bríu Pố, A Lăng Bhơ, Coor Nhâm.
Bhnước Thị Hoa
Lượt truy cập: 9.512
Các tin khác
- A Xan tổ chức Lễ hội Aza Koonh năm 2024 (15/12/2024)
- Trao 30 suất quà cho hộ nghèo bản Đắc Pờ (Lào) (05/12/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp cuối năm 2024 (25/11/2024)
""", "2024-12-30", "Xã A Xan: Tổng kết công tác dân vận, đối ngoại nhân dân năm 2024",
E("tong_ket", "2024", "2024-12-27"),
[P("Ating Tuấn", "Bí thư Đảng ủy xã"),
 P("Clâu Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Bh'ling Tơ", "già làng thôn Ga Lêê"),
 P("Alăng Thị Mai", "Chủ tịch Hội LHPN xã"),
 P("Zơrâm Lập", "Phó Chủ tịch UBND xã"),
 P("Bríu Pố", "già làng"), P("A Lăng Bhơ", "già làng"), P("Coor Nhâm", "già làng")],
[Q("54 đại biểu", 54, "đại biểu"), Q("1.120 lượt người dân", 1120, "lượt người dân"), Q("4 thôn", 4, "thôn"), Q("4 bản", 4, "bản"),
 Q("2 đợt giao lưu văn hóa, thể thao", 2, "đợt giao lưu văn hóa, thể thao"), Q("khoảng 1.500 lượt người dân", 1500, "lượt người dân", "approx"),
 Q("3 tấn", 3, "tấn"), Q("120 con lợn giống", 120, "con lợn giống"), Q("2 hộ", 2, "hộ"), Q("hơn 86 triệu đồng", 86000000, "đồng", "over"),
 Q("100%", 100, "%"), Q("21,4 km", 21.4, "km"), Q("12 cột mốc", 12, "cột mốc"), Q("39 hộ nghèo", 39, "hộ nghèo"), Q("27,3%", 27.3, "%"),
 Q("25 phụ nữ Lào", 25, "phụ nữ"), Q("6 điểm sạt", 6, "điểm sạt"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Chỉ thị", "12", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 12-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "204", "KH/HU", "2024-03-18", "Ban Thường vụ Huyện ủy", "Kế hoạch số 204-KH/HU ngày 18/3/2024"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Đảng ủy", "Chỉ thị 03, 04-CT/ĐU"),
 D("Quy chế phối hợp", "15", "QCPH/HU-ĐBP", None, None, "Quy chế phối hợp số 15-QCPH/HU-ĐBP")],
[prov("Quảng Nam"), com("A Xan")],
["Trang thông tin điện tử xã A Xan - huyện Tây Giang - tỉnh Quảng Nam", "Trang chủ > Tin tức sự kiện > Hoạt động của xã",
 "Hội nghị tổng kết công tác. Ảnh: Văn phòng HĐND-UBND xã", "Sê Kông", "Kà Lừm", "Bunpimay", "Aza Koonh",
 "Thôn, bản kết nghĩa - biên giới bình yên", "Lượt truy cập: 9.512"],
["Thứ Hai, 30/12/2024 - 17:45", "Năm 2024", "năm 2024", "năm 2025", "Lượt truy cập: 9.512"]))

PAGES.append(page("b5157-tuyenquang-btgdv-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Tin tức > Chính trị > Đối ngoại - Biên giới
Thứ Sáu, 18/7/2025, 08:05
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Phát huy sức mạnh đối ngoại nhân dân trên tuyến biên giới tỉnh Tuyên Quang mới
Ngày 16/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến sơ kết công tác dân vận, đối ngoại nhân dân 6 tháng đầu năm 2025 với 124 điểm cầu xã, phường. Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. Đồng chí Ma Thị Thúy Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, tỉnh mới có 277,5 km đường biên giới với tỉnh Vân Nam (Trung Quốc), 17 xã biên giới với gần 93.000 nhân khẩu. 6 tháng qua, các xã biên giới đã duy trì 61 cặp thôn kết nghĩa; tổ chức 23 cuộc gặp gỡ, giao lưu; 4.650 hộ dân đăng ký tự quản đường biên, mốc quốc giới. Các lực lượng đã phối hợp tuyên truyền, vận động 142 trường hợp không xuất cảnh trái phép sang Trung Quốc làm thuê; tiếp nhận 37 công dân do phía bạn trao trả.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 05-KH/TU ngày 08/7/2025 về công tác đối ngoại nhân dân năm 2025 và Quy định số 02-QĐ/TU về chức năng, nhiệm vụ của Ban; hướng dẫn các xã thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới.
Tại điểm cầu xã Thanh Thủy, đồng chí Vương Thị Dung, Bí thư Đảng ủy xã Thanh Thủy, cho biết xã đã phối hợp với trấn Thiên Bảo tổ chức giao lưu bóng chuyền với khoảng 400 người tham dự. Tại điểm cầu xã Lũng Cú, ông Sùng Mí Chá, người có uy tín thôn Lô Lô Chải, đề nghị tỉnh sớm hoàn thiện hạ tầng du lịch cộng đồng để đón khách hai bên. Đồng chí Lù Thị Sen, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phó Bảng, nêu khó khăn trong quản lý các chợ biên giới sau khi sắp xếp.
Phát biểu kết luận, đồng chí Ma Thị Thúy Hằng yêu cầu 6 tháng cuối năm 2025 các xã khẩn trương kiện toàn khối dân vận, Ban công tác Mặt trận thôn; duy trì hoạt động kết nghĩa, không để gián đoạn do sắp xếp đơn vị hành chính; chủ động nắm tình hình dư luận xã hội ở 17 xã biên giới; chuẩn bị kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Trung Quốc.
Dự hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Pâu, Nguyễn Thị Thu Trang, Vàng Thị Mai. Ban cũng công bố quyết định phân công đồng chí Nguyễn Thị Thu Trang phụ trách lĩnh vực đối ngoại nhân dân.
Quang Phúc
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (02/07/2025)
- Xã Lũng Cú giao lưu văn nghệ với nhân dân Vân Nam (20/06/2025)
- Hà Giang tổng kết 10 năm kết nghĩa thôn, bản biên giới (10/06/2025)
""", "2025-07-18", "Phát huy sức mạnh đối ngoại nhân dân trên tuyến biên giới tỉnh Tuyên Quang mới",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Ma Thị Thúy Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vương Thị Dung", "Bí thư Đảng ủy xã Thanh Thủy"),
 P("Sùng Mí Chá", "người có uy tín thôn Lô Lô Chải"),
 P("Lù Thị Sen", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phó Bảng"),
 P("Hoàng Văn Pâu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("277,5 km", 277.5, "km"), Q("17 xã biên giới", 17, "xã biên giới"),
 Q("gần 93.000 nhân khẩu", 93000, "nhân khẩu", "approx"), Q("61 cặp thôn", 61, "cặp thôn"), Q("23 cuộc gặp gỡ, giao lưu", 23, "cuộc gặp gỡ, giao lưu"),
 Q("4.650 hộ dân", 4650, "hộ dân"), Q("142 trường hợp", 142, "trường hợp"), Q("37 công dân", 37, "công dân"),
 Q("khoảng 400 người", 400, "người", "approx")],
[D("Kế hoạch", "05", "KH/TU", "2025-07-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 08/7/2025"),
 D("Quy định", "02", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 02-QĐ/TU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Nghị quyết", "59", "NQ/TW", "2025-01-24", "Bộ Chính trị", "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Thanh Thủy"), com("Lũng Cú"), com("Phó Bảng")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Tin tức > Chính trị > Đối ngoại - Biên giới", "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Vân Nam", "Thiên Bảo"],
["Thứ Sáu, 18/7/2025, 08:05", "6 tháng qua", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "năm 2025", "75 năm"]))

PAGES.append(page("b5158-lamdong-lhhn-daihoi-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Chính trị › Đối ngoại › Tin tức
25/11/2025 06:00
Đại hội Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 24/11, Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất LHHN 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự đại hội có 210 đại biểu thay mặt cho gần 12.500 hội viên của 14 hội hữu nghị song phương và 3 hội chuyên ngành.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Đạo
Dự và chỉ đạo đại hội có đồng chí Nguyễn Thị Minh Thư, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam; đồng chí K'Brông Ha Diệp, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Điểu Thị Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Nhiệm kỳ qua, LHHN 3 tỉnh (cũ) đã tổ chức và tham gia 146 hoạt động đối ngoại nhân dân; vận động 38 dự án phi chính phủ nước ngoài với tổng giá trị khoảng 87,4 tỷ đồng; hỗ trợ tỉnh Mondulkiri (Campuchia) xây dựng 65 căn nhà, 4 trường học. Tuyến biên giới 141 km thuộc khu vực Đắk Nông (cũ) có 6 cặp xã kết nghĩa hai bên. Tỷ lệ hội viên tham gia sinh hoạt thường xuyên đạt 86%.
Phát biểu tại đại hội, bà Ka H'Yên, người có uy tín bon Bu Đắk, xã Quảng Trực, kể lại kỷ niệm 15 năm làm "sứ giả hữu nghị" với bà con M'nông bên kia biên giới. Ông Thông Văn Tài, Chủ tịch Hội hữu nghị Việt Nam - Malaysia tỉnh, người Chăm ở phường Phan Thiết, giới thiệu việc giao lưu văn hóa, ẩm thực Chăm - Mã Lai với cộng đồng người Malaysia.
Phát biểu chỉ đạo, đồng chí K'Brông Ha Diệp đề nghị LHHN tỉnh thực hiện tốt Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư, Kết luận số 57-KL/TW của Bộ Chính trị, Quyết định số 1016/QĐ-TTg ngày 20/9/2025 của Thủ tướng Chính phủ; chủ động vận động nguồn lực phi chính phủ cho vùng đồng bào dân tộc thiểu số, vùng biên giới.
Đại hội đã thông qua Nghị quyết với 7 chỉ tiêu, phấn đấu đến năm 2030 phát triển thêm ít nhất 2.000 hội viên mới; bầu 45 đồng chí vào Ban Chấp hành khóa I. Đồng chí Trần Đình Vũ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, được bầu giữ chức Chủ tịch LHHN tỉnh khóa I; các ông, bà Y Jônh Niê, Nguyễn Thị Kiều Oanh, Lưu Quang Nhựt - Phó Chủ tịch LHHN tỉnh.
Dịp này, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam tặng Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho 18 cá nhân; UBND tỉnh tặng bằng khen cho 9 tập thể, 16 cá nhân xuất sắc.
Minh Đạo
Lượt xem: 3.085
Tin liên quan
- Lâm Đồng đón đoàn hữu nghị tỉnh Mondulkiri (12/11/2025)
- Hội hữu nghị Việt - Nhật tỉnh ra mắt sau hợp nhất (28/10/2025)
- Trao 20 căn nhà tình nghĩa cho nhân dân vùng biên Campuchia (15/10/2025)
""", "2025-11-25", "Đại hội Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-11-24"),
[P("Nguyễn Thị Minh Thư", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"),
 P("K'Brông Ha Diệp", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Điểu Thị Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka H'Yên", "người có uy tín bon Bu Đắk"),
 P("Thông Văn Tài", "Chủ tịch Hội hữu nghị Việt Nam - Malaysia tỉnh"),
 P("Trần Đình Vũ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch LHHN tỉnh khóa I"),
 P("Y Jônh Niê", "Phó Chủ tịch LHHN tỉnh"), P("Nguyễn Thị Kiều Oanh", "Phó Chủ tịch LHHN tỉnh"), P("Lưu Quang Nhựt", "Phó Chủ tịch LHHN tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("210 đại biểu", 210, "đại biểu"), Q("gần 12.500 hội viên", 12500, "hội viên", "approx"), Q("14 hội hữu nghị song phương", 14, "hội hữu nghị song phương"),
 Q("3 hội chuyên ngành", 3, "hội chuyên ngành"), Q("146 hoạt động đối ngoại nhân dân", 146, "hoạt động đối ngoại nhân dân"),
 Q("38 dự án phi chính phủ nước ngoài", 38, "dự án phi chính phủ nước ngoài"), Q("khoảng 87,4 tỷ đồng", 87400000000, "đồng", "approx"),
 Q("65 căn nhà", 65, "căn nhà"), Q("4 trường học", 4, "trường học"), Q("141 km", 141, "km"), Q("6 cặp xã", 6, "cặp xã"), Q("86%", 86, "%"),
 Q("7 chỉ tiêu", 7, "chỉ tiêu"), Q("ít nhất 2.000 hội viên mới", 2000, "hội viên mới", "over"), Q("45 đồng chí", 45, "đồng chí"),
 Q("18 cá nhân", 18, "cá nhân"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân xuất sắc", 16, "cá nhân xuất sắc")],
[D("Chỉ thị", "12", "CT/TW", "2022-01-05", "Ban Bí thư", "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư"),
 D("Kết luận", "57", "KL/TW", None, "Bộ Chính trị", "Kết luận số 57-KL/TW của Bộ Chính trị"),
 D("Quyết định", "1016", "QĐ-TTg", "2025-09-20", "Thủ tướng Chính phủ", "Quyết định số 1016/QĐ-TTg ngày 20/9/2025 của Thủ tướng Chính phủ")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phan Thiết")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Chính trị › Đối ngoại › Tin tức", "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Đạo",
 "Mondulkiri", "sứ giả hữu nghị", "Vì hòa bình, hữu nghị giữa các dân tộc", "Lượt xem: 3.085"],
["25/11/2025 06:00", "lần thứ I", "nhiệm kỳ 2025 - 2030", "15 năm", "năm 2030", "45 đồng chí", "khóa I", "Lượt xem: 3.085"]))
