from lib import *
PAGES = []

PAGES.append(page("b7217-dongthap-ngayquyen-ntd-cho-2021", """
BÁO ĐỒNG THÁP ONLINE
Kinh tế › Thị trường
15/03/2021 - 16:20
Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3: Mang thông điệp mua sắm an toàn đến chợ
Sáng 13/3, tại chợ Sa Đéc, Sở Công Thương phối hợp Hội Bảo vệ người tiêu dùng tỉnh Đồng Tháp và UBND thành phố Sa Đéc tổ chức tuyên truyền lưu động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2021 với chủ đề "Thúc đẩy tiêu dùng bền vững".
Đoàn xe tuyên truyền lưu động qua chợ Sa Đéc. Ảnh: Hữu Nghĩa
Đoàn gồm 6 xe tuyên truyền lưu động, hơn 120 đoàn viên thanh niên, hội viên phụ nữ đi qua các dãy hàng thực phẩm tươi sống, phát 3.000 tờ rơi hướng dẫn người dân cách nhận biết thực phẩm bẩn, hàng giả, hàng kém chất lượng và cách phản ánh khi quyền lợi bị xâm phạm. Các tình nguyện viên cũng nhắc tiểu thương đeo khẩu trang, khử khuẩn tay theo quy định phòng dịch COVID-19.
Ông Trần Văn Thạnh, Phó Giám đốc Sở Công Thương, Phó Chủ tịch Hội Bảo vệ người tiêu dùng tỉnh cho biết, năm 2020, Hội đã tiếp nhận 17 vụ khiếu nại, hướng dẫn hòa giải thành công 15 vụ; lực lượng quản lý thị trường kiểm tra 156 cơ sở kinh doanh thực phẩm, xử phạt 48 cơ sở với số tiền hơn 95 triệu đồng, chủ yếu vì bán hàng không rõ nguồn gốc, quá hạn sử dụng. Khoảng 30% số vụ vi phạm xảy ra tại các chợ xã và điểm bán lẻ ven chợ.
Hoạt động nằm trong Kế hoạch số 45/KH-SCT ngày 01/3/2021 của Sở Công Thương, triển khai Quyết định số 1035/QĐ-TTg của Thủ tướng Chính phủ lấy ngày 15/3 hằng năm là Ngày Quyền của người tiêu dùng Việt Nam. Năm nay, tỉnh chọn chợ truyền thống làm nơi tuyên truyền chính, bởi đây vẫn là nơi cung cấp phần lớn thực phẩm cho bữa ăn hằng ngày của người dân.
Bà Nguyễn Thị Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đánh giá, cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" đã giúp nhiều nông sản địa phương như hủ tiếu Sa Đéc, nem Lai Vung có chỗ đứng trong chợ; Mặt trận sẽ tiếp tục vận động tiểu thương niêm yết giá, cân đúng, bán đúng.
Ông Lê Minh Hoàng, Chủ tịch UBND phường Tân Quy Đông, cho biết phường đã bố trí 2 cân đối chứng tại chợ, lập 1 tổ tự quản gồm 9 tiểu thương. Tại xã Tân Khánh Đông, Mặt trận xã phối hợp Chi hội Phụ nữ nói chuyện chuyên đề về an toàn thực phẩm với gần 200 hội viên.
Người tiêu dùng có thể phản ánh qua đường dây nóng của Sở Công Thương hoặc trực tiếp tại văn phòng Hội. Sau buổi tuyên truyền ở Sa Đéc, hoạt động sẽ tiếp tục được tổ chức tại các chợ ở Cao Lãnh, Hồng Ngự và Tháp Mười đến hết tháng 3.
Thanh Bình
Tin khác
- Lai Vung: kiểm tra cơ sở sản xuất nem trước mùa cao điểm (10/03/2021)
- Hồng Ngự ra mắt điểm bán hàng Việt (05/03/2021)
- Phát hiện gần 200 kg thịt heo không rõ nguồn gốc (26/02/2021)
""", "2021-03-15", "Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3: Mang thông điệp mua sắm an toàn đến chợ",
E("khac", None, "2021-03-13"),
[P("Trần Văn Thạnh", "Phó Giám đốc Sở Công Thương", "Phó Chủ tịch Hội Bảo vệ người tiêu dùng tỉnh"),
 P("Nguyễn Thị Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Hoàng", "Chủ tịch UBND phường Tân Quy Đông")],
[Q("6 xe tuyên truyền lưu động", 6, "xe tuyên truyền lưu động"),
 Q("hơn 120 đoàn viên thanh niên, hội viên phụ nữ", 120, "đoàn viên thanh niên, hội viên phụ nữ", "over"),
 Q("3.000 tờ rơi", 3000, "tờ rơi"), Q("17 vụ khiếu nại", 17, "vụ khiếu nại"), Q("15 vụ", 15, "vụ"),
 Q("156 cơ sở kinh doanh thực phẩm", 156, "cơ sở kinh doanh thực phẩm"), Q("48 cơ sở", 48, "cơ sở"),
 Q("hơn 95 triệu đồng", 95000000, "đồng", "over"), Q("Khoảng 30%", 30, "%", "approx"),
 Q("2 cân đối chứng", 2, "cân đối chứng"), Q("1 tổ tự quản", 1, "tổ tự quản"), Q("9 tiểu thương", 9, "tiểu thương"),
 Q("gần 200 hội viên", 200, "hội viên", "approx")],
[D("Kế hoạch", "45", "KH-SCT", "2021-03-01", "Sở Công Thương", "Kế hoạch số 45/KH-SCT ngày 01/3/2021 của Sở Công Thương"),
 D("Quyết định", "1035", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1035/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Đồng Tháp"), com("Tân Quy Đông"), com("Tân Khánh Đông")],
["BÁO ĐỒNG THÁP ONLINE", "Kinh tế › Thị trường", "Đoàn xe tuyên truyền lưu động qua chợ Sa Đéc. Ảnh: Hữu Nghĩa",
 "Ngày Quyền của người tiêu dùng Việt Nam", "Thúc đẩy tiêu dùng bền vững", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "chợ Sa Đéc"],
["15/03/2021 - 16:20", "15/3", "hết tháng 3", "năm 2021", "năm 2020", "COVID-19"]))

PAGES.append(page("b7218-haiphong-sogd-taphuan-bepan-mamnon-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG
Tin tức - Sự kiện / Giáo dục mầm non
Ngày đăng 26/08/2022 | 15:30
Hơn 600 cán bộ, nhân viên nhà bếp trường mầm non được tập huấn an toàn thực phẩm
Ngày 25/8/2022, Sở Giáo dục và Đào tạo phối hợp với Chi cục An toàn vệ sinh thực phẩm thành phố tổ chức tập huấn kiến thức an toàn thực phẩm năm 2022 cho hơn 600 cán bộ, nhân viên nhà bếp của 412 trường mầm non công lập và ngoài công lập trên địa bàn thành phố Hải Phòng, chuẩn bị cho năm học 2022 - 2023.
Quang cảnh lớp tập huấn tại Trường Mầm non Hoa Phượng.
Phát biểu khai mạc, bà Đào Thị Thu Hiền, Phó Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: toàn thành phố có khoảng 185.000 trẻ ăn bán trú; chỉ một sơ suất nhỏ ở khâu mua thực phẩm hay chế biến cũng có thể gây hậu quả lớn. Năm học vừa qua, ngành đã phối hợp với Mặt trận và Hội Cha mẹ học sinh giám sát 236 bếp ăn, yêu cầu 19 trường thay đổi nhà cung cấp thực phẩm do không có hồ sơ nguồn gốc.
Tại lớp tập huấn, TS. Phạm Văn Hậu, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm thành phố hướng dẫn các quy định tại Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo quy định về công tác y tế trường học; cách thực hiện kiểm thực ba bước, lưu mẫu thức ăn 24 giờ; cách ký hợp đồng với cơ sở cung cấp thực phẩm có giấy chứng nhận. Học viên cũng được thực hành test nhanh hàn the, phẩm màu, độ tươi của thịt.
Theo kế hoạch năm học mới, các trường thực hiện Chương trình Sức khỏe học đường theo Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 150/KH-UBND của UBND thành phố; mức ăn bình quân của trẻ mầm non từ 25.000 - 30.000 đồng/ngày, các trường phải công khai thực đơn hằng tuần tại cổng trường.
Chia sẻ kinh nghiệm, bà Vũ Thị Nhung, ông Hoàng Minh Đức - Phó Trưởng phòng Giáo dục và Đào tạo quận Lê Chân cho biết, quận đã đưa 100% trường mầm non vào phần mềm quản lý nguồn gốc thực phẩm. Bà Lương Thị Thoa, Hiệu trưởng Trường Mầm non xã An Đồng, đề xuất Mặt trận xã cử người dự giờ giao nhận thực phẩm mỗi sáng cùng đại diện phụ huynh.
Kết thúc lớp tập huấn, các học viên làm bài kiểm tra; 97% đạt yêu cầu và được cấp giấy xác nhận kiến thức an toàn thực phẩm. Những học viên chưa đạt sẽ học bổ sung trước ngày 5/9. Sở cũng đề nghị các phòng giáo dục và đào tạo chủ động phối hợp với trung tâm y tế quận, huyện kiểm tra đột xuất bếp ăn ngay trong tháng đầu năm học.
Phòng Giáo dục Mầm non
Các tin đã đưa
- Kiểm tra công tác chuẩn bị năm học mới tại huyện Thủy Nguyên (22/08/2022)
- Hội nghị tổng kết năm học 2021 - 2022 khối mầm non (05/08/2022)
- Tăng cường phòng chống dịch bệnh mùa hè trong trường học (20/07/2022)
""", "2022-08-26", "Hơn 600 cán bộ, nhân viên nhà bếp trường mầm non được tập huấn an toàn thực phẩm",
E("tap_huan", "2022", "2022-08-25"),
[P("Đào Thị Thu Hiền", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Phạm Văn Hậu", "TS.", "Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm thành phố"),
 P("Vũ Thị Nhung", "Phó Trưởng phòng Giáo dục và Đào tạo quận Lê Chân"),
 P("Hoàng Minh Đức", "Phó Trưởng phòng Giáo dục và Đào tạo quận Lê Chân"),
 P("Lương Thị Thoa", "Hiệu trưởng Trường Mầm non xã An Đồng")],
[Q("hơn 600 cán bộ, nhân viên nhà bếp", 600, "cán bộ, nhân viên nhà bếp", "over"), Q("412 trường mầm non", 412, "trường mầm non"),
 Q("khoảng 185.000 trẻ", 185000, "trẻ", "approx"), Q("236 bếp ăn", 236, "bếp ăn"), Q("19 trường", 19, "trường"),
 Q("25.000 - 30.000 đồng", 25000, "đồng"), Q("30.000 đồng", 30000, "đồng"), Q("100%", 100, "%"), Q("97%", 97, "%")],
[D("Thông tư liên tịch", "13", "2016/TTLT-BYT-BGDĐT", "2016-05-12", "Bộ Y tế và Bộ Giáo dục và Đào tạo", "Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo"),
 D("Quyết định", "1660", "QĐ-TTg", "2021-10-02", "Thủ tướng Chính phủ", "Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "150", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 150/KH-UBND của UBND thành phố")],
[prov("Hải Phòng"), com("An Đồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG", "Tin tức - Sự kiện / Giáo dục mầm non",
 "Quang cảnh lớp tập huấn tại Trường Mầm non Hoa Phượng.", "Chương trình Sức khỏe học đường", "Phòng Giáo dục Mầm non"],
["Ngày đăng 26/08/2022 | 15:30", "năm 2022", "năm học 2022 - 2023", "24 giờ", "kiểm thực ba bước", "trước ngày 5/9"]))

PAGES.append(page("b7219-gialai-mttq-giamsat-chuPah-2022", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội - Mặt trận
Thứ Năm, 03/11/2022 09:45
Giám sát an toàn thực phẩm tại chợ và trường học huyện Chư Păh
(GLO)- Ngày 1-11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rah Lan Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các quy định về bảo đảm an toàn thực phẩm tại một số chợ và trường học trên địa bàn huyện Chư Păh.
Đoàn giám sát kiểm tra bếp ăn Trường Mẫu giáo Hoa Mai. Ảnh: Ngọc Minh
Đoàn đã kiểm tra thực tế tại chợ thị trấn Phú Hòa, chợ xã Ia Ka và bếp ăn bán trú của 3 trường mầm non, tiểu học. Theo báo cáo của UBND huyện, toàn huyện có 4 chợ, khoảng 620 hộ kinh doanh thực phẩm nhỏ lẻ và 28 bếp ăn tập thể trong trường học. Từ đầu năm, Đội kiểm tra liên ngành huyện kiểm tra 143 lượt cơ sở, xử phạt 11 cơ sở với tổng số tiền 26,5 triệu đồng theo Nghị định số 115/2018/NĐ-CP ngày 4/9/2018 của Chính phủ quy định xử phạt vi phạm hành chính về an toàn thực phẩm.
Qua giám sát, đoàn ghi nhận các chợ đã bố trí khu bán thịt riêng, có bảng niêm yết nội quy; các trường có sổ kiểm thực, lưu mẫu. Song, chợ xã Ia Ka chưa có hệ thống thoát nước, rác thải ứ đọng sau phiên chợ; một số hộ đồng bào Jrai mang rau rừng, cá suối ra bán không qua kiểm tra nhưng chưa có hình thức quản lý phù hợp.
Ông Siu Đoan, Chủ tịch UBND xã Ia Ka cho biết, xã đã vận động 37 hộ ký cam kết, treo 6 pa nô tuyên truyền bằng tiếng Jrai. Bà Rơ Mah H'Liên, Hiệu trưởng Trường Tiểu học xã Ia Nhin, phản ánh mức ăn 15.000 đồng/bữa khó bảo đảm đủ chất khi giá thực phẩm tăng; có hôm phụ huynh phải góp thêm rau, bí.
Kết luận buổi giám sát, bà Rah Lan Hiền đề nghị UBND huyện có kế hoạch nâng cấp chợ Ia Ka, quy hoạch điểm bán hàng cho bà con dân tộc thiểu số mang nông sản ra chợ; các trường chỉ mua thực phẩm ở cơ sở có hợp đồng, hóa đơn. Mặt trận các xã cần phát huy vai trò người có uy tín trong làng để vận động bà con không bán thịt gia súc chết, không rõ nguồn gốc.
Kết quả giám sát sẽ được tổng hợp theo Kế hoạch số 168/KH-MTTQ-BTT ngày 14/10/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và gửi UBND tỉnh, Sở Y tế trong tháng 12. Đây là đợt giám sát thứ ba về an toàn thực phẩm của Mặt trận tỉnh trong năm, sau các đợt tại Pleiku và An Khê.
Cùng đi có ông Nguyễn Đình Phương, Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
NGỌC MINH
Tin cùng chuyên mục
- Ia Grai: Mặt trận giám sát thực hiện chính sách bảo hiểm y tế (28/10/2022)
- Pleiku: Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể (20/10/2022)
- Kbang: Vận động đồng bào không bán thịt gia súc chết (13/10/2022)
""", "2022-11-03", "Giám sát an toàn thực phẩm tại chợ và trường học huyện Chư Păh",
E("giam_sat", None, "2022-11-01"),
[P("Rah Lan Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Đoan", "Chủ tịch UBND xã Ia Ka"),
 P("Rơ Mah H'Liên", "Hiệu trưởng Trường Tiểu học xã Ia Nhin"),
 P("Nguyễn Đình Phương", "Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 trường mầm non, tiểu học", 3, "trường mầm non, tiểu học"), Q("4 chợ", 4, "chợ"),
 Q("khoảng 620 hộ kinh doanh thực phẩm nhỏ lẻ", 620, "hộ kinh doanh thực phẩm nhỏ lẻ", "approx"),
 Q("28 bếp ăn tập thể", 28, "bếp ăn tập thể"), Q("143 lượt cơ sở", 143, "lượt cơ sở"), Q("11 cơ sở", 11, "cơ sở"),
 Q("26,5 triệu đồng", 26500000, "đồng"), Q("37 hộ", 37, "hộ"), Q("6 pa nô tuyên truyền", 6, "pa nô tuyên truyền"),
 Q("15.000 đồng", 15000, "đồng")],
[D("Nghị định", "115", "2018/NĐ-CP", "2018-09-04", "Chính phủ", "Nghị định số 115/2018/NĐ-CP ngày 4/9/2018 của Chính phủ"),
 D("Kế hoạch", "168", "KH-MTTQ-BTT", "2022-10-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 168/KH-MTTQ-BTT ngày 14/10/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Gia Lai"), com("Phú Hòa"), com("Ia Ka"), com("Ia Nhin")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội - Mặt trận", "(GLO)", "Đoàn giám sát kiểm tra bếp ăn Trường Mẫu giáo Hoa Mai. Ảnh: Ngọc Minh"],
["Thứ Năm, 03/11/2022 09:45", "Ngày 1-11", "trong tháng 12", "đợt giám sát thứ ba"]))

PAGES.append(page("b7220-nghean-daihoi-hoibvntd-2023", """
Báo Nghệ An điện tử
Trang chủ > Xã hội > Đời sống
Thứ Năm, 29/6/2023 - 10:30
Ảnh: Ban Chấp hành Hội nhiệm kỳ mới ra mắt đại hội.
Đại hội Hội Bảo vệ người tiêu dùng tỉnh Nghệ An lần thứ III
Ngày 28/6, Hội Bảo vệ người tiêu dùng tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2023 - 2028. Dự đại hội có bà Nguyễn Thị Hương Giang, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Phạm Văn Quang, Phó Chủ tịch Hội Bảo vệ người tiêu dùng Việt Nam cùng 128 đại biểu đại diện cho hơn 2.600 hội viên trong toàn tỉnh.
Nhiệm kỳ 2018 - 2023, Hội đã tiếp nhận 214 đơn thư khiếu nại, giải quyết thành công 187 vụ, giúp người tiêu dùng được bồi hoàn khoảng 1,35 tỷ đồng. Hội phát triển thêm 21 chi hội ở các huyện, thị xã, thành phố; phối hợp tổ chức 96 buổi tuyên truyền tại chợ, trường học, khu công nghiệp. Mô hình "Chợ văn minh, bảo vệ người tiêu dùng" được triển khai tại chợ Vinh và chợ Quán Bánh, mỗi chợ đặt một bàn tư vấn, một cân đối chứng.
Theo báo cáo, các khiếu nại ngày càng chuyển từ hàng hóa thông thường sang thực phẩm chức năng, hàng mua trực tuyến; tại chợ nông thôn vẫn còn tình trạng bán thực phẩm không nhãn mác, rau củ không rõ nguồn gốc. Ở trường học, Hội phối hợp với Ban đại diện cha mẹ học sinh kiểm tra 42 căng tin, đề nghị 9 căng tin dừng bán nước ngọt, bánh kẹo không có hạn sử dụng.
Phát biểu tại đại hội, bà Nguyễn Thị Hương Giang đề nghị Hội nghiên cứu kỹ Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 vừa được Quốc hội thông qua, chủ động phối hợp với Mặt trận các cấp giám sát an toàn thực phẩm tại chợ, bếp ăn trường học; tích cực tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Đại hội đã hiệp thương bầu 31 ủy viên Ban Chấp hành nhiệm kỳ 2023 - 2028. Ông Hoàng Văn Thạo, nguyên Phó Giám đốc Sở Công Thương, được tín nhiệm bầu giữ chức Chủ tịch Hội nhiệm kỳ 2023 - 2028; các ông, bà: Trần Thị Lệ Thủy, Lô Văn Chiến - Phó Chủ tịch Hội. Bà Trần Thị Lệ Thủy là Trưởng phòng Tư vấn và Giải quyết khiếu nại của Hội nhiệm kỳ trước; ông Lô Văn Chiến, người dân tộc Thái ở xã Châu Hạnh, nhiều năm làm cán bộ Mặt trận huyện Quỳ Châu.
Tham luận tại đại hội, bà Phan Thị Hường, Chi hội trưởng Chi hội Bảo vệ người tiêu dùng phường Hưng Dũng, chia sẻ cách tổ chức "phiên chợ không túi ni lông" và vận động tiểu thương cam kết không bán hàng quá hạn. Đại hội cũng thông qua nghị quyết với 5 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2028 có ít nhất 80% xã, phường có chi hội.
Việc tổ chức đại hội thực hiện theo Quyết định số 1156/QĐ-UBND ngày 5/5/2023 của UBND tỉnh về việc phê duyệt đề án tổ chức đại hội nhiệm kỳ mới.
Minh Chi
Tin liên quan
- Nghệ An: kiểm tra an toàn thực phẩm mùa thi tốt nghiệp (20/06/2023)
- Phát hiện gần 2 tấn chân gà không rõ nguồn gốc (12/06/2023)
- Hội Liên hiệp Phụ nữ tỉnh phát động "Bữa ăn an toàn cho con" (02/06/2023)
""", "2023-06-29", "Đại hội Hội Bảo vệ người tiêu dùng tỉnh Nghệ An lần thứ III",
E("dai_hoi", None, "2023-06-28"),
[P("Nguyễn Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Quang", "Phó Chủ tịch Hội Bảo vệ người tiêu dùng Việt Nam"),
 P("Hoàng Văn Thạo", "nguyên Phó Giám đốc Sở Công Thương", "Chủ tịch Hội nhiệm kỳ 2023 - 2028"),
 P("Trần Thị Lệ Thủy", "Phó Chủ tịch Hội", "Trưởng phòng Tư vấn và Giải quyết khiếu nại của Hội nhiệm kỳ trước"),
 P("Lô Văn Chiến", "Phó Chủ tịch Hội"),
 P("Phan Thị Hường", "Chi hội trưởng Chi hội Bảo vệ người tiêu dùng phường Hưng Dũng")],
[Q("128 đại biểu", 128, "đại biểu"), Q("hơn 2.600 hội viên", 2600, "hội viên", "over"),
 Q("214 đơn thư khiếu nại", 214, "đơn thư khiếu nại"), Q("187 vụ", 187, "vụ"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("21 chi hội", 21, "chi hội"),
 Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"), Q("42 căng tin", 42, "căng tin"), Q("9 căng tin", 9, "căng tin"),
 Q("31 ủy viên Ban Chấp hành", 31, "ủy viên Ban Chấp hành"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Luật", "19", "2023/QH15", None, "Quốc hội", "Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15"),
 D("Quyết định", "1156", "QĐ-UBND", "2023-05-05", "UBND tỉnh", "Quyết định số 1156/QĐ-UBND ngày 5/5/2023 của UBND tỉnh")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Hưng Dũng")],
["Báo Nghệ An điện tử", "Trang chủ > Xã hội > Đời sống", "Ảnh: Ban Chấp hành Hội nhiệm kỳ mới ra mắt đại hội.",
 "Chợ văn minh, bảo vệ người tiêu dùng", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "phiên chợ không túi ni lông",
 "chợ Vinh", "chợ Quán Bánh"],
["Thứ Năm, 29/6/2023 - 10:30", "lần thứ III", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "đến năm 2028",
 "một bàn tư vấn", "một cân đối chứng", "nhiều năm"]))

PAGES.append(page("b7221-angiang-mttq-phanbien-cho-2023", """
BÁO AN GIANG ONLINE
Chính trị | Mặt trận - Đoàn thể
21.09.2023 | 14:05
Phản biện chính sách hỗ trợ xây dựng chợ bảo đảm an toàn thực phẩm
Ngày 20-9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị phản biện xã hội năm 2023 đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ đầu tư, cải tạo chợ truyền thống bảo đảm an toàn thực phẩm trên địa bàn tỉnh. Ông Nguyễn Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đại biểu góp ý tại hội nghị phản biện.
Theo Sở Công Thương, toàn tỉnh hiện có 151 chợ, trong đó chỉ 18 chợ đạt tiêu chí chợ kinh doanh thực phẩm; nhiều chợ xã xuống cấp, không có hệ thống xử lý nước thải, khu bán hàng tươi sống và khu ăn uống chưa tách biệt. Dự thảo đề xuất hỗ trợ 50% chi phí cải tạo khu kinh doanh thực phẩm, tối đa 500 triệu đồng/chợ; ưu tiên chợ ở các xã biên giới, vùng đồng bào Khmer, Chăm. Tổng kinh phí dự kiến giai đoạn 2024 - 2026 khoảng 32 tỷ đồng.
Hội nghị nhận được 21 ý kiến góp ý. ThS. Trần Thị Mai Anh, giảng viên Trường Đại học An Giang, đề nghị làm rõ tiêu chí chợ được hỗ trợ, tránh dàn trải, đồng thời gắn hỗ trợ với cam kết duy trì kiểm soát nguồn gốc ít nhất 3 năm. Ông Chau Ty, Chủ tịch Ủy ban MTTQ xã Châu Lăng, cho rằng chợ ở vùng đồng bào Khmer chủ yếu họp buổi sáng, tiểu thương ít vốn, nên cần hỗ trợ cả quầy kệ, dụng cụ chứ không chỉ xây dựng.
Ông Haji Mách Ly, Phó Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, đề nghị có khu bán thực phẩm riêng phù hợp tập quán của đồng bào Chăm tại các chợ Châu Phong, Đa Phước. Bà Lê Thị Bích Thủy, Chủ tịch UBND phường Mỹ Long, kiến nghị giao Ban quản lý chợ phối hợp với Mặt trận phường công khai kết quả test nhanh hằng tuần.
Kết luận hội nghị, ông Nguyễn Văn Hòa cho biết Ban Thường trực sẽ tổng hợp ý kiến, gửi văn bản phản biện đến Thường trực HĐND tỉnh và UBND tỉnh theo đúng Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Đại biểu thống nhất đề nghị cơ quan soạn thảo rà soát thêm các quy định của Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ về phát triển và quản lý chợ để bảo đảm thống nhất.
Trước đó, năm 2022, Mặt trận các cấp trong tỉnh đã tổ chức 64 cuộc giám sát về an toàn thực phẩm tại chợ và bếp ăn trường học, kiến nghị khắc phục 113 trường hợp.
Thu Thảo
Tin liên quan
- Tri Tôn: tập huấn an toàn thực phẩm cho tiểu thương chợ (14/09/2023)
- Long Xuyên nâng cấp chợ Mỹ Long (06/09/2023)
- Mặt trận tỉnh giám sát bếp ăn bán trú tại Tịnh Biên (29/08/2023)
""", "2023-09-21", "Phản biện chính sách hỗ trợ xây dựng chợ bảo đảm an toàn thực phẩm",
E("hoi_nghi", "2023", "2023-09-20"),
[P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mai Anh", "ThS.", "giảng viên Trường Đại học An Giang"),
 P("Chau Ty", "Chủ tịch Ủy ban MTTQ xã Châu Lăng"),
 P("Haji Mách Ly", "Phó Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Lê Thị Bích Thủy", "Chủ tịch UBND phường Mỹ Long")],
[Q("151 chợ", 151, "chợ"), Q("18 chợ", 18, "chợ"), Q("50%", 50, "%"), Q("tối đa 500 triệu đồng", 500000000, "đồng"),
 Q("khoảng 32 tỷ đồng", 32000000000, "đồng", "approx"), Q("21 ý kiến góp ý", 21, "ý kiến"),
 Q("64 cuộc giám sát", 64, "cuộc giám sát"), Q("113 trường hợp", 113, "trường hợp")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Nghị định", "02", "2003/NĐ-CP", "2003-01-14", "Chính phủ", "Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ")],
[prov("An Giang"), com("Châu Lăng"), com("Châu Phong"), com("Đa Phước"), com("Mỹ Long")],
["BÁO AN GIANG ONLINE", "Chính trị | Mặt trận - Đoàn thể", "Đại biểu góp ý tại hội nghị phản biện.",
 "dự thảo Nghị quyết của HĐND tỉnh", "Trường Đại học An Giang"],
["21.09.2023 | 14:05", "năm 2023", "giai đoạn 2024 - 2026", "ít nhất 3 năm", "năm 2022"]))

PAGES.append(page("b7222-hanoi-mttq-baocao-giamsat-q1-2024", """
Hôm nay: Chủ Nhật, 14/04/2024
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Tin hoạt động / Giám sát - Phản biện
12/04/2024 06:00
Hà Nội: Kết quả giám sát an toàn thực phẩm quý I tại chợ và bếp ăn trường học
Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội vừa ban hành Báo cáo số 35/BC-MTTQ-BTT ngày 8/4/2024 về kết quả giám sát công tác bảo đảm an toàn thực phẩm quý I/2024, tập trung vào các chợ dân sinh, chợ đầu mối và bếp ăn bán trú trong trường học.
Theo báo cáo, trong quý I, Mặt trận 30 quận, huyện, thị xã đã chủ trì 412 cuộc giám sát, trong đó 157 cuộc tại chợ và 96 cuộc tại trường học; huy động gần 3.000 thành viên ban công tác Mặt trận, ban thanh tra nhân dân tham gia. Các ban giám sát cộng đồng ở 579 xã, phường, thị trấn đã kiểm tra 6.215 lượt hộ kinh doanh thực phẩm, phát hiện 318 hộ vi phạm, đề nghị xử phạt tổng số tiền hơn 1,2 tỷ đồng.
Tại các chợ đầu mối Minh Khai, Phía Nam, việc kiểm soát nguồn gốc rau, quả đã có chuyển biến, khoảng 65% sản phẩm có tem truy xuất nguồn gốc. Tuy vậy, tình trạng họp chợ tạm, chợ cóc trên vỉa hè vẫn phổ biến; nhiều hộ bày bán thịt, cá ngay trên mặt đất. Với bếp ăn trường học, 98,6% bếp được giám sát có hồ sơ nguồn gốc; vẫn còn 11 trường chưa thực hiện đúng việc lưu mẫu.
Báo cáo dẫn ý kiến của ông Đỗ Mạnh Cường, Chủ tịch Ủy ban MTTQ phường Văn Chương: sau giám sát, phường đã phối hợp với lực lượng chức năng giải tỏa chợ cóc, bố trí lại 47 hộ vào chợ có mái che. Tại huyện Gia Lâm, bà Nguyễn Thị Dung, Chủ tịch Ủy ban MTTQ xã Phù Đổng, đề xuất thành phố hỗ trợ kinh phí mua thiết bị test nhanh cho các chợ xã, mỗi chợ khoảng 15 triệu đồng.
Ban Thường trực Ủy ban MTTQ thành phố kiến nghị UBND thành phố chỉ đạo xử lý dứt điểm chợ tạm, chợ cóc; công khai danh sách cơ sở vi phạm; tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 1/11/2022 của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn thực phẩm và Kế hoạch số 42/KH-UBND của UBND thành phố về bảo đảm an toàn thực phẩm năm 2024.
Theo ông Phạm Anh Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, trong quý II, Mặt trận các cấp sẽ tập trung giám sát bếp ăn trường học dịp cuối năm học và thức ăn đường phố khu vực cổng trường, vận động ít nhất 1.000 hộ kinh doanh ký cam kết.
Phương Linh
Xem thêm
- Mặt trận quận Long Biên giám sát chợ đầu mối (05/04/2024)
- Hà Đông: Ra mắt tuyến phố văn minh, an toàn thực phẩm (28/03/2024)
- Phát động Tháng hành động vì an toàn thực phẩm năm 2024 (20/03/2024)
""", "2024-04-12", "Hà Nội: Kết quả giám sát an toàn thực phẩm quý I tại chợ và bếp ăn trường học",
E("bao_cao", "2024-Q1", "2024-04-08"),
[P("Đỗ Mạnh Cường", "Chủ tịch Ủy ban MTTQ phường Văn Chương"),
 P("Nguyễn Thị Dung", "Chủ tịch Ủy ban MTTQ xã Phù Đổng"),
 P("Phạm Anh Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"), Q("412 cuộc giám sát", 412, "cuộc giám sát"),
 Q("157 cuộc", 157, "cuộc"), Q("96 cuộc", 96, "cuộc"),
 Q("gần 3.000 thành viên ban công tác Mặt trận, ban thanh tra nhân dân", 3000, "thành viên ban công tác Mặt trận, ban thanh tra nhân dân", "approx"),
 Q("579 xã, phường, thị trấn", 579, "xã, phường, thị trấn"), Q("6.215 lượt hộ kinh doanh thực phẩm", 6215, "lượt hộ kinh doanh thực phẩm"),
 Q("318 hộ", 318, "hộ"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("98,6%", 98.6, "%"), Q("11 trường", 11, "trường"), Q("47 hộ", 47, "hộ"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("ít nhất 1.000 hộ kinh doanh", 1000, "hộ kinh doanh", "over")],
[D("Báo cáo", "35", "BC-MTTQ-BTT", "2024-04-08", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Báo cáo số 35/BC-MTTQ-BTT ngày 8/4/2024"),
 D("Chỉ thị", "17", "CT/TU", "2022-11-01", "Ban Thường vụ Thành ủy", "Chỉ thị số 17-CT/TU ngày 1/11/2022 của Ban Thường vụ Thành ủy"),
 D("Kế hoạch", "42", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 42/KH-UBND của UBND thành phố")],
[prov("Hà Nội"), com("Văn Chương"), com("Phù Đổng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Tin hoạt động / Giám sát - Phản biện",
 "Hôm nay: Chủ Nhật, 14/04/2024"],
["Hôm nay: Chủ Nhật, 14/04/2024", "12/04/2024 06:00", "quý I/2024", "quý I", "quý II", "năm 2024"]))
