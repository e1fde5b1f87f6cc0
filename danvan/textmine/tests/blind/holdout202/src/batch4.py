from lib import *
PAGES = []

PAGES.append(page("b4823-laichau-mttq-daihoi-2024", """
Báo Lai Châu điện tử
Mặt trận - Đoàn thể / Tin tức
19/04/2024 06:00
Đại hội điểm MTTQ cấp xã nhiệm kỳ 2024 - 2029 ở vùng đồng bào Mông có đạo
Ngày 18/4, Ủy ban MTTQ Việt Nam xã Pa Vệ Sủ (huyện Mường Tè) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ VI, nhiệm kỳ 2024 - 2029 - đại hội điểm cấp xã của tỉnh Lai Châu. Dự đại hội có đồng chí Giàng Páo Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Tẩn Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Mường Tè cùng 150 đại biểu đại diện cho hơn 4.600 nhân khẩu các dân tộc trong xã.
Quang cảnh Đại hội. Ảnh: Thu Huyền
Pa Vệ Sủ có 9 bản với 912 hộ, trong đó khoảng 70% là đồng bào Mông theo đạo Tin lành, sinh hoạt tại 6 điểm nhóm đã được đăng ký thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc). Nhiệm kỳ 2019 - 2024, Ủy ban MTTQ xã đã phối hợp với trưởng các điểm nhóm vận động nhân dân hiến trên 21.000 m2 đất, góp 3.150 ngày công làm đường liên bản; xây dựng 14 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 50 triệu đồng; tỷ lệ hộ nghèo giảm từ 48,6% xuống 23,1%. Xã đã hòa giải thành 17/19 vụ việc, không có đơn thư vượt cấp.
Tham luận tại đại hội, ông Sùng A Lềnh, trưởng điểm nhóm Tin lành bản Xà Hồ, cho biết điểm nhóm có 72 hộ, luôn hướng dẫn tín đồ thực hiện đúng nội dung sinh hoạt đã đăng ký, không tổ chức truyền đạo ngoài địa bàn; ông Vàng A Sinh, người có uy tín bản Phìn Khò, chia sẻ việc vận động 9 hộ bỏ di cư tự do về định cư ổn định. Bà Lý Thị Xá, Chi hội trưởng Chi hội Phụ nữ bản Nhú Ma, nêu mô hình "Tổ phụ nữ có đạo giúp nhau giảm nghèo" với 31 thành viên.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa VI, trong đó có 5 vị là trưởng, phó điểm nhóm Tin lành và 3 vị là người có uy tín. Ông Chang A Phử tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ xã; các ông, bà: Hoàng Thị Pà, Pờ A Thề - Phó Chủ tịch Ủy ban MTTQ xã. Đại hội bầu 4 đại biểu đi dự Đại hội MTTQ huyện lần thứ XVIII.
Phát biểu chỉ đạo, đồng chí Giàng Páo Mỷ đề nghị Mặt trận xã phát huy vai trò trưởng điểm nhóm, người có uy tín, thực hiện tốt Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về đại hội MTTQ các cấp và Kế hoạch số 03-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh; kiên quyết đấu tranh với các hoạt động "Giê Sùa", "Vàng Chứ", phấn đấu đến năm 2029 xã đạt chuẩn nông thôn mới.
Ngay sau đại hội, Ủy ban MTTQ xã khóa VI tổ chức hội nghị lần thứ nhất, thông qua chương trình hành động toàn khóa với 5 chương trình phối hợp, trong đó có chương trình phối hợp với các điểm nhóm Tin lành xây dựng bản "sáng, xanh, sạch, đẹp".
Thu Huyền
Lượt xem: 1.144
Tin liên quan
- Mặt trận tỉnh hướng dẫn tổ chức đại hội cấp xã (05/03/2024)
- Sìn Hồ: 2 điểm nhóm Tin lành được đăng ký sinh hoạt (22/02/2024)
- Tam Đường chuẩn bị đại hội MTTQ huyện (18/01/2024)
""", "2024-04-19", "Đại hội điểm MTTQ cấp xã nhiệm kỳ 2024 - 2029 ở vùng đồng bào Mông có đạo",
E("dai_hoi", None, "2024-04-18"),
[P("Giàng Páo Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tẩn Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Mường Tè"),
 P("Sùng A Lềnh", "trưởng điểm nhóm Tin lành bản Xà Hồ"),
 P("Vàng A Sinh", "người có uy tín bản Phìn Khò"),
 P("Lý Thị Xá", "Chi hội trưởng Chi hội Phụ nữ bản Nhú Ma"),
 P("Chang A Phử", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hoàng Thị Pà", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Pờ A Thề", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 4.600 nhân khẩu", 4600, "nhân khẩu", "over"), Q("9 bản", 9, "bản"), Q("912 hộ", 912, "hộ"),
 Q("khoảng 70%", 70, "%", "approx"), Q("6 điểm nhóm", 6, "điểm nhóm"), Q("trên 21.000 m2", 21000, "m2", "over"),
 Q("3.150 ngày công", 3150, "ngày công"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("48,6%", 48.6, "%"), Q("23,1%", 23.1, "%"), Q("17/19 vụ việc", 17, "vụ việc"), Q("72 hộ", 72, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("31 thành viên", 31, "thành viên"), Q("37 vị", 37, "vị"), Q("5 vị", 5, "vị"), Q("3 vị", 3, "vị"), Q("4 đại biểu", 4, "đại biểu"),
 Q("5 chương trình phối hợp", 5, "chương trình phối hợp")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 26/10/2022"),
 D("Kế hoạch", "03", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 03-KH/MTTQ-BTT")],
[prov("Lai Châu"), com("Pa Vệ Sủ")],
["Báo Lai Châu điện tử", "Mặt trận - Đoàn thể / Tin tức", "Quang cảnh Đại hội. Ảnh: Thu Huyền",
 "Tổ phụ nữ có đạo giúp nhau giảm nghèo", "Giê Sùa", "Vàng Chứ", "sáng, xanh, sạch, đẹp", "Lượt xem: 1.144"],
["19/04/2024 06:00", "lần thứ VI", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "khóa VI", "lần thứ XVIII", "năm 2029", "Lượt xem: 1.144"]))

PAGES.append(page("b4824-daknong-bdv-taphuan-2024", """
Báo Đắk Nông điện tử
Chính trị » Xây dựng Đảng » Dân vận
Thứ Sáu, 11/10/2024 - 10:30
Ảnh: Học viên dự lớp tập huấn.
Tập huấn kiến thức về tôn giáo cho cán bộ dân vận cơ sở
Trong 2 ngày 9 và 10/10/2024, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức lớp tập huấn công tác dân vận, công tác tôn giáo năm 2024 cho 168 học viên là cán bộ dân vận, Mặt trận, đoàn thể cấp huyện và 71 xã, phường, thị trấn. Khai giảng lớp học có đồng chí Tôn Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Điểu Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy.
Phát biểu khai giảng, đồng chí Tôn Thị Ngọc Hạnh cho biết, Đắk Nông hiện có khoảng 128.000 tín đồ Tin lành thuộc 17 tổ chức, hệ phái, chiếm gần 18% dân số; Hội thánh Tin lành Việt Nam (miền Nam) có 49 chi hội, 118 điểm nhóm với 93 mục sư, mục sư nhiệm chức và truyền đạo. Đồng bào Mông, Dao, Tày di cư tự do từ các tỉnh phía Bắc theo đạo Tin lành chiếm tỷ lệ lớn; tình trạng sinh hoạt tại gia, "nhóm nhà" chưa đăng ký còn ở 34 thôn, bon.
Các học viên được nghe PGS.TS. Nguyễn Thanh Hải, giảng viên Học viện Chính trị khu vực III, giới thiệu chuyên đề về Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Hội nghị lần thứ bảy BCH Trung ương khóa IX và Kết luận số 57-KL/TW ngày 15/3/2023 của Bộ Chính trị; bà H'Drang Byă, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ về quy định chi tiết và biện pháp thi hành Luật Tín ngưỡng, tôn giáo. Ông Y Khuynh, Phó Trưởng phòng An ninh đối nội Công an tỉnh, thông tin về phương thức hoạt động của "Hội thánh Tin lành Đấng Christ Tây Nguyên", "Tin lành Đê Ga" trên không gian mạng.
Trong buổi thảo luận, 25 ý kiến của học viên tập trung vào việc giải quyết đơn đăng ký sinh hoạt tôn giáo của người chưa có hộ khẩu thường trú, việc xác định điểm nhóm sinh hoạt trên đất nông nghiệp. Đồng chí Lê Văn Tịnh, Phó Chủ tịch Ủy ban MTTQ xã Quảng Tân, và đồng chí Thị Hương, Chủ tịch Hội LHPN xã Đắk Ngo, chia sẻ kinh nghiệm phối hợp với Mục sư Y Nhuân Byă, Quản nhiệm Chi hội Tin lành Đắk R'lấp, vận động 46 hộ tín đồ hiến đất làm đường, xây dựng 3 mô hình "Bon có đạo an toàn".
Theo Kế hoạch số 108-KH/BDVTU ngày 2/8/2024 của Ban Dân vận Tỉnh ủy, năm nay tỉnh tổ chức 3 lớp tập huấn, tổng kinh phí khoảng 180 triệu đồng. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch; 12 học viên có bài thu hoạch đạt loại giỏi.
Bế giảng lớp tập huấn, đồng chí Điểu Xuân đề nghị học viên vận dụng kiến thức vào thực tiễn, chủ động tham mưu cấp ủy xử lý các vụ việc ngay từ cơ sở, không để hình thành điểm nóng về tôn giáo.
Hoàng Anh
Lượt xem: 731
Tin khác
- Tuy Đức: gặp mặt chức sắc, chức việc tôn giáo (04/10/2024)
- Ra mắt 5 mô hình "Dân vận khéo" ở vùng đồng bào Mông (27/09/2024)
- Giao ban khối dân vận quý III/2024 (20/09/2024)
""", "2024-10-11", "Tập huấn kiến thức về tôn giáo cho cán bộ dân vận cơ sở",
E("tap_huan", "2024", "2024-10-09"),
[P("Tôn Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Hải", "PGS.TS.", "giảng viên Học viện Chính trị khu vực III"),
 P("H'Drang Byă", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Khuynh", "Phó Trưởng phòng An ninh đối nội Công an tỉnh"),
 P("Lê Văn Tịnh", "Phó Chủ tịch Ủy ban MTTQ xã Quảng Tân"),
 P("Thị Hương", "Chủ tịch Hội LHPN xã Đắk Ngo"),
 P("Y Nhuân Byă", "Mục sư", "Quản nhiệm Chi hội Tin lành Đắk R'lấp")],
[Q("168 học viên", 168, "học viên"), Q("71 xã, phường, thị trấn", 71, "xã, phường, thị trấn"),
 Q("khoảng 128.000 tín đồ Tin lành", 128000, "tín đồ Tin lành", "approx"), Q("17 tổ chức, hệ phái", 17, "tổ chức, hệ phái"),
 Q("gần 18%", 18, "%", "approx"), Q("49 chi hội", 49, "chi hội"), Q("118 điểm nhóm", 118, "điểm nhóm"),
 Q("93 mục sư, mục sư nhiệm chức và truyền đạo", 93, "mục sư, mục sư nhiệm chức và truyền đạo"), Q("34 thôn, bon", 34, "thôn, bon"),
 Q("25 ý kiến", 25, "ý kiến"), Q("46 hộ tín đồ", 46, "hộ tín đồ"), Q("3 mô hình", 3, "mô hình"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("100%", 100, "%"), Q("12 học viên", 12, "học viên")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kết luận", "57", "KL/TW", "2023-03-15", "Bộ Chính trị", "Kết luận số 57-KL/TW ngày 15/3/2023"),
 D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Kế hoạch", "108", "KH/BDVTU", "2024-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 108-KH/BDVTU ngày 2/8/2024")],
[prov("Đắk Nông"), com("Quảng Tân"), com("Đắk Ngo")],
["Báo Đắk Nông điện tử", "Chính trị » Xây dựng Đảng » Dân vận", "Ảnh: Học viên dự lớp tập huấn.", "Luật Tín ngưỡng, tôn giáo",
 "Hội thánh Tin lành Đấng Christ Tây Nguyên", "Tin lành Đê Ga", "nhóm nhà", "Bon có đạo an toàn", "Học viện Chính trị khu vực III", "Lượt xem: 731"],
["Thứ Sáu, 11/10/2024 - 10:30", "2 ngày", "năm 2024", "lần thứ bảy", "khóa IX", "Lượt xem: 731"]))

PAGES.append(page("b4825-gialai-mttq-giangsinh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự > Mặt trận - Đoàn thể
Thứ Ba, 23/12/2025 - 18:20
Ảnh: Bà Rơ Châm H'Phyin trao quà tại Chi hội Tin lành Plei Ngó.
Mặt trận tỉnh thăm, tặng quà các chi hội Tin lành dịp Giáng sinh 2025
(GLO)- Ngày 22/12, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Châm H'Phyin, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Lễ Giáng sinh và tặng quà Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh cùng các chi hội tại phường Pleiku, xã Biển Hồ, xã Ia Grai.
Đây là mùa Giáng sinh đầu tiên sau khi tỉnh Gia Lai mới (hợp nhất tỉnh Gia Lai và tỉnh Bình Định) và chính quyền địa phương hai cấp đi vào hoạt động. Theo Ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh, toàn tỉnh hiện có trên 262.000 tín đồ Tin lành thuộc 16 tổ chức, hệ phái, sinh hoạt tại 118 chi hội và 356 điểm nhóm, phân bố ở 98 xã, phường.
Tiếp đoàn, Mục sư Siu Y Kim, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Gia Lai, báo cáo: năm 2025 các chi hội đã quyên góp trên 2,4 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão số 13 và lũ lụt ở khu vực phía Đông tỉnh; tham gia xóa 126 căn nhà tạm, nhà dột nát. Mục sư Rcom Hiam, Quản nhiệm Chi hội Tin lành Plei Ngó, xã Biển Hồ, cho biết chi hội có 1.870 tín hữu người Jrai, năm qua không có tín hữu vi phạm pháp luật.
Tại xã Ia Grai, đoàn thăm Chi hội Tin lành Ia Tô do Truyền đạo Ksor Hlơn phụ trách; ông Puih Thuân, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai và bà Kpă H'Jư, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai, Chủ tịch Hội LHPN xã, thông tin xã có 9 điểm nhóm đã đăng ký với khoảng 4.300 tín đồ.
Thay mặt đoàn, bà Rơ Châm H'Phyin chúc mừng các mục sư, truyền đạo, ban chấp sự và bà con tín hữu; đề nghị các chi hội tiếp tục đồng hành cùng chính quyền các xã, phường mới, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", tuyên truyền tín hữu cảnh giác với "Tin lành Đê Ga", "Hội thánh Tin lành Đấng Christ Tây Nguyên".
Dịp này, đoàn trao 20 phần quà, mỗi phần trị giá 3 triệu đồng, cho các chi hội và 100 suất quà (mỗi suất 500.000 đồng) cho tín hữu nghèo, tổng trị giá 110 triệu đồng. Theo Kế hoạch số 41/KH-MTTQ-BTT ngày 5/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ 18 đến 25/12/2025, lãnh đạo Mặt trận các cấp thăm, chúc mừng 100% chi hội, điểm nhóm, giáo xứ trên địa bàn.
Cùng đi có đồng chí Nguyễn Văn Tám, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Hồng Thi
Lượt xem: 1.962
Tin liên quan
- Phường Quy Nhơn gặp mặt chức sắc Công giáo dịp Giáng sinh (20/12/2025)
- Xã Chư Păh trao 200 suất quà cho hộ nghèo (17/12/2025)
- Mặt trận tỉnh tổng kết công tác năm 2025 (12/12/2025)
""", "2025-12-23", "Mặt trận tỉnh thăm, tặng quà các chi hội Tin lành dịp Giáng sinh 2025",
E("trao_qua", None, "2025-12-22"),
[P("Rơ Châm H'Phyin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Siu Y Kim", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Gia Lai"),
 P("Rcom Hiam", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Ngó"),
 P("Ksor Hlơn", "Truyền đạo"),
 P("Puih Thuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai"),
 P("Kpă H'Jư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Tám", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("trên 262.000 tín đồ Tin lành", 262000, "tín đồ Tin lành", "over"), Q("16 tổ chức, hệ phái", 16, "tổ chức, hệ phái"),
 Q("118 chi hội", 118, "chi hội"), Q("356 điểm nhóm", 356, "điểm nhóm"), Q("98 xã, phường", 98, "xã, phường"),
 Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("126 căn nhà tạm, nhà dột nát", 126, "căn nhà tạm, nhà dột nát"),
 Q("1.870 tín hữu người Jrai", 1870, "tín hữu người Jrai"), Q("9 điểm nhóm", 9, "điểm nhóm"), Q("khoảng 4.300 tín đồ", 4300, "tín đồ", "approx"),
 Q("20 phần quà", 20, "phần quà"), Q("3 triệu đồng", 3000000, "đồng"), Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("110 triệu đồng", 110000000, "đồng"), Q("100%", 100, "%")],
[D("Kế hoạch", "41", "KH-MTTQ-BTT", "2025-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 5/12/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Biển Hồ"), com("Ia Grai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự > Mặt trận - Đoàn thể", "Ảnh: Bà Rơ Châm H'Phyin trao quà tại Chi hội Tin lành Plei Ngó.",
 "(GLO)", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Tin lành Đê Ga", "Hội thánh Tin lành Đấng Christ Tây Nguyên", "Lượt xem: 1.962"],
["Thứ Ba, 23/12/2025 - 18:20", "Giáng sinh 2025", "năm 2025", "bão số 13", "Lượt xem: 1.962"]))

PAGES.append(page("b4826-lamdong-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ / Giám sát - Phản biện xã hội
Thứ Sáu, 31/10/2025 - 09:00
Giám sát việc giải quyết thủ tục hành chính về tôn giáo sau sắp xếp đơn vị hành chính
Thực hiện Chương trình giám sát năm 2025, ngày 29 và 30/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông K'Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính trong lĩnh vực tín ngưỡng, tôn giáo tại UBND phường Bắc Gia Nghĩa, xã Quảng Sơn và xã Đắk Wil - địa bàn có đông đồng bào theo đạo Tin lành thuộc tỉnh Đắk Nông trước đây.
Đoàn giám sát làm việc tại UBND xã Quảng Sơn. Ảnh: Minh Đức
Theo báo cáo, sau khi sắp xếp, tỉnh Lâm Đồng (mới) có 124 xã, phường, đặc khu, trong đó 57 xã, phường có điểm nhóm Tin lành. Từ ngày 1/7/2025, thẩm quyền chấp thuận đăng ký sinh hoạt tôn giáo tập trung được chuyển về UBND cấp xã theo Nghị định số 124/2025/NĐ-CP ngày 11/6/2025 của Chính phủ. Đến ngày 15/10/2025, 3 địa phương được giám sát đã tiếp nhận 27 hồ sơ, giải quyết đúng hạn 22 hồ sơ, đạt 81,5%; 5 hồ sơ đang thẩm định.
Tại xã Quảng Sơn, ông Hầu A Páo, Chủ tịch UBND xã, cho biết xã hiện có 4.260 tín đồ Tin lành, 3 chi hội và 11 điểm nhóm; còn 2 điểm nhóm chưa có đất sinh hoạt ổn định. Mục sư nhiệm chức Y Dũng Niê, Quản nhiệm Chi hội Tin lành Quảng Sơn, và Truyền đạo Vàng A Chính, phụ trách điểm nhóm bon Ndung, kiến nghị được hướng dẫn hồ sơ trực tuyến vì nhiều chức việc chưa thạo công nghệ. Tại phường Bắc Gia Nghĩa, bà Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, phản ánh phường mới chỉ có 1 công chức kiêm nhiệm theo dõi tôn giáo cho 34 tổ dân phố.
Qua giám sát, đoàn ghi nhận chính quyền cấp xã đã chủ động tiếp nhận nhiệm vụ mới, công khai thủ tục tại Trung tâm phục vụ hành chính công; tuy nhiên còn 3 hồ sơ quá hạn, một số cán bộ chưa được tập huấn về Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP.
Kết luận giám sát, ông K'Bình đề nghị UBND tỉnh chỉ đạo Sở Dân tộc và Tôn giáo tổ chức tập huấn cho 100% công chức cấp xã phụ trách tôn giáo trước quý I/2026; đề nghị các xã giải quyết dứt điểm hồ sơ tồn đọng trong tháng 11. Kết quả giám sát sẽ được báo cáo theo Quyết định số 217-QĐ/TW và Quy định số 124-QĐ/TW của Bộ Chính trị, Ban Bí thư.
Tham gia đoàn có ông Ka Sô Liễng, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an tỉnh. Theo kế hoạch, trong tháng 11, Mặt trận tỉnh tiếp tục giám sát tại 6 xã ở khu vực tỉnh Bình Thuận trước đây.
Minh Đức
Lượt xem: 486
Tin khác
- Xã Đắk Wil gặp mặt chức việc các điểm nhóm Tin lành (24/10/2025)
- Phản biện dự thảo quy định hỗ trợ nhà ở cho hộ nghèo (17/10/2025)
- Mặt trận tỉnh hướng dẫn hoạt động Ban Công tác Mặt trận sau sắp xếp (10/10/2025)
""", "2025-10-31", "Giám sát việc giải quyết thủ tục hành chính về tôn giáo sau sắp xếp đơn vị hành chính",
E("giam_sat", "2025", "2025-10-29"),
[P("K'Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hầu A Páo", "Chủ tịch UBND xã"),
 P("Y Dũng Niê", "Mục sư nhiệm chức", "Quản nhiệm Chi hội Tin lành Quảng Sơn"),
 P("Vàng A Chính", "Truyền đạo", "phụ trách điểm nhóm bon Ndung"),
 P("Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Ka Sô Liễng", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("57 xã, phường", 57, "xã, phường"), Q("27 hồ sơ", 27, "hồ sơ"),
 Q("22 hồ sơ", 22, "hồ sơ"), Q("81,5%", 81.5, "%"), Q("5 hồ sơ", 5, "hồ sơ"), Q("3 hồ sơ", 3, "hồ sơ"), Q("4.260 tín đồ Tin lành", 4260, "tín đồ Tin lành"),
 Q("3 chi hội", 3, "chi hội"), Q("11 điểm nhóm", 11, "điểm nhóm"), Q("2 điểm nhóm", 2, "điểm nhóm"), Q("34 tổ dân phố", 34, "tổ dân phố"),
 Q("100%", 100, "%"), Q("6 xã", 6, "xã")],
[D("Nghị định", "124", "2025/NĐ-CP", "2025-06-11", "Chính phủ", "Nghị định số 124/2025/NĐ-CP ngày 11/6/2025"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Sơn"), com("Đắk Wil")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ / Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Quảng Sơn. Ảnh: Minh Đức", "Luật Tín ngưỡng, tôn giáo", "Trung tâm phục vụ hành chính công", "Lượt xem: 486"],
["Thứ Sáu, 31/10/2025 - 09:00", "năm 2025", "quý I/2026", "tháng 11", "1 công chức", "Lượt xem: 486"]))

PAGES.append(page("b4827-laocai-truyendao-guongsang-2026", """
Báo Lào Cai
Xã hội › Dân tộc - Tôn giáo › Gương sáng
Thứ Sáu, 03/04/2026, 07:15
Ảnh: Truyền đạo Giàng Seo Phủ (bên phải) trao đổi với cán bộ Mặt trận xã.
Người truyền đạo "giữ bản, giữ rừng" ở vùng cao Bắc Hà
Ở xã Bản Liền, nhắc đến Truyền đạo Giàng Seo Phủ, người phụ trách điểm nhóm Tin lành thôn Nậm Khánh, bà con người Mông, người Tày đều gọi ông là "ông giáo của bản". Hơn 15 năm làm trưởng nhóm rồi được tấn phong truyền đạo, ông cùng Ban chấp sự hướng dẫn 87 hộ tín đồ sinh hoạt đúng nội dung đã đăng ký, không để kẻ xấu lôi kéo di cư, tụ tập.
Điểm nhóm Tin lành thôn Nậm Khánh được UBND huyện Bắc Hà (cũ) cấp đăng ký sinh hoạt tôn giáo tập trung theo Quyết định số 1856/QĐ-UBND ngày 2/11/2018, thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc). Từ khi tỉnh Lào Cai mới (hợp nhất Lào Cai và Yên Bái) và chính quyền hai cấp vận hành, xã Bản Liền có 14 thôn với khoảng 1.240 hộ; số hộ theo đạo Tin lành chiếm gần 30%.
Mỗi buổi sinh hoạt Chúa nhật, Truyền đạo Giàng Seo Phủ đều dành thời gian phổ biến chính sách, pháp luật, từ Luật Tín ngưỡng, tôn giáo đến chính sách hỗ trợ hộ nghèo theo Quyết định số 1719/QĐ-TTg. Ông vận động 26 hộ chuyển từ trồng ngô sang trồng chè Shan tuyết, nâng thu nhập mỗi hộ lên trên 60 triệu đồng/năm; cùng bà con nhận khoán bảo vệ 312 ha rừng phòng hộ, nhiều năm liền không để xảy ra cháy rừng.
"Sống phúc âm là phải tốt đời, đẹp đạo. Người có đạo cũng phải làm giàu chính đáng, con cái phải đến trường", ông Phủ chia sẻ. Năm 2025, điểm nhóm góp 150 triệu đồng, hơn 600 ngày công làm 2,5 km đường bê tông về thôn; giúp 4 hộ tín đồ nghèo làm lại nhà.
Bà Lù Thị Vượng, Chủ tịch Ủy ban MTTQ Việt Nam xã Bản Liền, cho biết: ông Phủ là một trong 3 chức việc của xã được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen năm 2025 vì có thành tích trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Hoàng Văn Thắng, Bí thư Đảng ủy xã Bản Liền, đánh giá điểm nhóm Nậm Khánh là "cánh tay nối dài" của Mặt trận trong vận động đồng bào có đạo.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai, toàn tỉnh hiện có khoảng 14.500 hộ với trên 78.000 tín đồ Tin lành; năm 2025 có thêm 19 điểm nhóm được đăng ký. Ông Đặng Văn Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết tỉnh đang triển khai Kế hoạch số 14-KH/BTGDVTU về nhân rộng những gương chức việc tiêu biểu như ông Phủ ở các xã vùng cao.
Bài, ảnh: Quang Minh
Lượt đọc: 1.377
Tin cùng chuyên mục
- Xã Si Ma Cai: thôn có đạo đạt chuẩn nông thôn mới (27/03/2026)
- Già làng người Dao giữ nghề dệt thổ cẩm (20/03/2026)
- Nữ trưởng thôn người Mông ở Mù Cang Chải (13/03/2026)
""", "2026-04-03", "Người truyền đạo \"giữ bản, giữ rừng\" ở vùng cao Bắc Hà",
E("khac", None, None),
[P("Giàng Seo Phủ", "Truyền đạo", "người phụ trách điểm nhóm Tin lành thôn Nậm Khánh"),
 P("Lù Thị Vượng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bản Liền"),
 P("Hoàng Văn Thắng", "Bí thư Đảng ủy xã Bản Liền"),
 P("Đặng Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("87 hộ tín đồ", 87, "hộ tín đồ"), Q("14 thôn", 14, "thôn"), Q("khoảng 1.240 hộ", 1240, "hộ", "approx"), Q("gần 30%", 30, "%", "approx"),
 Q("26 hộ", 26, "hộ"), Q("trên 60 triệu đồng", 60000000, "đồng", "over"), Q("312 ha", 312, "ha"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("hơn 600 ngày công", 600, "ngày công", "over"), Q("2,5 km", 2.5, "km"), Q("4 hộ tín đồ nghèo", 4, "hộ tín đồ nghèo"),
 Q("3 chức việc", 3, "chức việc"), Q("khoảng 14.500 hộ", 14500, "hộ", "approx"), Q("trên 78.000 tín đồ Tin lành", 78000, "tín đồ Tin lành", "over"),
 Q("19 điểm nhóm", 19, "điểm nhóm")],
[D("Quyết định", "1856", "QĐ-UBND", "2018-11-02", "UBND huyện Bắc Hà", "Quyết định số 1856/QĐ-UBND ngày 2/11/2018"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "14", "KH/BTGDVTU", None, None, "Kế hoạch số 14-KH/BTGDVTU")],
[prov("Lào Cai"), prov("Yên Bái"), com("Bản Liền")],
["Báo Lào Cai", "Xã hội › Dân tộc - Tôn giáo › Gương sáng", "Ảnh: Truyền đạo Giàng Seo Phủ (bên phải) trao đổi với cán bộ Mặt trận xã.",
 "ông giáo của bản", "Luật Tín ngưỡng, tôn giáo", "tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "cánh tay nối dài", "Lượt đọc: 1.377"],
["Thứ Sáu, 03/04/2026, 07:15", "Hơn 15 năm", "Năm 2025", "năm 2025", "Lượt đọc: 1.377"]))

PAGES.append(page("b4828-daklak-btgdv-tongket-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Hôm nay: Thứ Hai, 19/01/2026
You are here: Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Sáu, 16/01/2026 - 15:45
Toàn cảnh hội nghị.
Triển khai nhiệm vụ công tác tôn giáo năm 2026 trong tỉnh mới
Ngày 15/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I. Đồng chí Huỳnh Thị Chiến Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Y Ngọc Ênuôl, Trần Thị Ngọc Lan, Nguyễn Đình Khoa.
Báo cáo cho thấy, tỉnh Đắk Lắk mới (hợp nhất Đắk Lắk và Phú Yên) có 102 xã, phường; đạo Tin lành có khoảng 262.800 tín đồ, 29 tổ chức, hệ phái, trong đó Hội thánh Tin lành Việt Nam (miền Nam) có 2 ban đại diện, 176 chi hội, 412 mục sư, mục sư nhiệm chức, truyền đạo. Năm 2025, UBND cấp xã đã chấp thuận 64 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung, trong đó 41 điểm nhóm được chấp thuận sau ngày 1/7/2025; có 8 chi hội được công nhận, 23 mục sư được tấn phong.
Thực hiện Chỉ thị 20, 21-CT/TU của Ban Thường vụ Tỉnh ủy về công tác Tin lành và về đấu tranh với "Tin lành Đấng Christ Tây Nguyên", khối dân vận các cấp đã tổ chức 318 cuộc tiếp xúc, đối thoại với 6.400 lượt chức sắc, chức việc; vận động 126 người từ bỏ hoạt động trái phép. Các chi hội đóng góp gần 8,5 tỷ đồng ủng hộ đồng bào bị lũ lụt tháng 11/2025 ở khu vực phía Đông tỉnh.
Tại hội nghị, Mục sư Y Phen Ayun, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk, đề nghị sớm thống nhất đầu mối theo dõi hoạt động tôn giáo ở cấp xã. Đồng chí H'Dim Byă, Bí thư Đảng ủy xã Ea Kly, và đồng chí Nguyễn Văn Thọ, Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa, trình bày kinh nghiệm vận động chức việc tham gia Ban Công tác Mặt trận buôn, khu phố. Bà H'Nhi Niê, Thư ký Ban Trị sự Chi hội Tin lành Buôn Ky, chia sẻ mô hình "Chi hội 3 không" với 215 hộ tham gia.
Kết luận, đồng chí Huỳnh Thị Chiến Hòa yêu cầu năm 2026 tập trung triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị và Kế hoạch số 05-KH/BTGDVTU ngày 8/1/2026; 100% xã, phường có công chức được tập huấn về tôn giáo, giải quyết dứt điểm 17 hồ sơ tồn đọng từ các huyện cũ.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc trong công tác dân tộc, tôn giáo năm 2025.
H'Xíu
Lượt xem: 1.158
Tin khác
- Xã Buôn Đôn gặp mặt người có uy tín đầu năm 2026 (12/01/2026)
- Phường Buôn Ma Thuột: 3 điểm nhóm Tin lành được đăng ký (06/01/2026)
- Gặp mặt chức sắc các tôn giáo dịp Giáng sinh 2025 (22/12/2025)
""", "2026-01-16", "Triển khai nhiệm vụ công tác tôn giáo năm 2026 trong tỉnh mới",
E("tong_ket", "2025", "2026-01-15"),
[P("Huỳnh Thị Chiến Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Ngọc Ênuôl", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Ngọc Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Khoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Phen Ayun", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("H'Dim Byă", "Bí thư Đảng ủy xã Ea Kly"),
 P("Nguyễn Văn Thọ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa"),
 P("H'Nhi Niê", "Thư ký Ban Trị sự Chi hội Tin lành Buôn Ky")],
[Q("102 xã, phường", 102, "xã, phường"), Q("khoảng 262.800 tín đồ", 262800, "tín đồ", "approx"), Q("29 tổ chức, hệ phái", 29, "tổ chức, hệ phái"),
 Q("2 ban đại diện", 2, "ban đại diện"), Q("176 chi hội", 176, "chi hội"),
 Q("412 mục sư, mục sư nhiệm chức, truyền đạo", 412, "mục sư, mục sư nhiệm chức, truyền đạo"), Q("64 điểm nhóm", 64, "điểm nhóm"),
 Q("41 điểm nhóm", 41, "điểm nhóm"), Q("8 chi hội", 8, "chi hội"), Q("23 mục sư", 23, "mục sư"),
 Q("318 cuộc tiếp xúc, đối thoại", 318, "cuộc tiếp xúc, đối thoại"), Q("6.400 lượt chức sắc, chức việc", 6400, "lượt chức sắc, chức việc"),
 Q("126 người", 126, "người"), Q("gần 8,5 tỷ đồng", 8500000000, "đồng", "approx"), Q("215 hộ", 215, "hộ"), Q("100%", 100, "%"),
 Q("17 hồ sơ tồn đọng", 17, "hồ sơ tồn đọng"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025"),
 D("Kế hoạch", "05", "KH/BTGDVTU", "2026-01-08", None, "Kế hoạch số 05-KH/BTGDVTU ngày 8/1/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Kly"), com("Tuy Hòa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "You are here: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.",
 "Tin lành Đấng Christ Tây Nguyên", "Chi hội 3 không", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Lượt xem: 1.158"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026 - 15:45", "năm 2025", "năm 2026", "lần thứ I", "tháng 11/2025", "3 không", "Lượt xem: 1.158"]))
