from lib import *
PAGES = []

PAGES.append(page("b7385-bacgiang-tinhuy-chithi08-2021", """
BÁO BẮC GIANG ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Xây dựng Đảng
Thứ Sáu, 19/11/2021 - 15:30
Bắc Giang triển khai Chỉ thị 08-CT/TW của Ban Bí thư về cuộc vận động
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Đức Thắng
BGĐT - Chiều 18/11, Tỉnh ủy Bắc Giang tổ chức hội nghị trực tuyến tới 10 điểm cầu huyện, thành phố quán triệt, triển khai Chỉ thị số 08-CT/TW ngày 4/10/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong tình hình mới. Tham dự có gần 1.200 đại biểu.
Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lê Ánh Dương chủ trì hội nghị. Báo cáo viên là đồng chí Thân Văn Khoa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Theo đánh giá, qua hơn 12 năm thực hiện cuộc vận động, tỉnh Bắc Giang đã có 134 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên; vải thiều Lục Ngạn có mặt tại nhiều thị trường khó tính. Năm 2021, dù chịu ảnh hưởng nặng nề của dịch Covid-19, tỉnh vẫn tiêu thụ được khoảng 180.000 tấn vải thiều, trong đó thị trường trong nước chiếm hơn 50%, nhờ sự chung tay của các địa phương và người tiêu dùng cả nước.
Tại hội nghị, đồng chí Thân Văn Khoa nêu 5 nhiệm vụ, giải pháp trọng tâm của Chỉ thị 08, trong đó nhấn mạnh yêu cầu đưa nội dung cuộc vận động vào nghị quyết của cấp ủy các cấp; khuyến khích doanh nghiệp đầu tư đổi mới công nghệ, xây dựng thương hiệu; xử lý nghiêm hành vi buôn lậu, gian lận thương mại, hàng giả.
Đảng ủy xã Hồng Giang báo cáo điển hình: xã đã xây dựng 7 chuỗi liên kết sản xuất, tiêu thụ vải an toàn, thu hút 465 hộ tham gia; Đảng ủy phường Trần Phú vận động 100% tiểu thương tại chợ trung tâm niêm yết nguồn gốc hàng hóa.
Phát biểu kết luận, đồng chí Lê Ánh Dương yêu cầu các cấp ủy, tổ chức đảng trong tháng 12 xây dựng chương trình, kế hoạch thực hiện Chỉ thị sát với thực tế; Ban Thường vụ Tỉnh ủy giao Ban Dân vận Tỉnh ủy chủ trì tham mưu Kế hoạch số 86-KH/TU thực hiện Chỉ thị. Các cơ quan nhà nước ưu tiên mua sắm hàng hóa, dịch vụ trong nước theo Quyết định số 386/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển thị trường trong nước gắn với cuộc vận động giai đoạn 2021 - 2025.
Đồng chí cũng đề nghị Ủy ban MTTQ tỉnh và các đoàn thể tăng cường giám sát việc thực hiện; mỗi cán bộ, đảng viên phải là tuyên truyền viên tích cực, gương mẫu sử dụng hàng Việt.
Diệu Linh
Tin cùng chuyên mục
- Lục Nam: 3 năm liên tục đạt khá các tiêu chí dân vận khéo (10/11/2021)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7 (05/11/2021)
""", "2021-11-19", "Bắc Giang triển khai Chỉ thị 08-CT/TW của Ban Bí thư về cuộc vận động",
E("hoi_nghi", None, "2021-11-18"),
[P("Lê Ánh Dương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Khoa", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("gần 1.200 đại biểu", 1200, "đại biểu", "approx"),
 Q("134 sản phẩm", 134, "sản phẩm"), Q("khoảng 180.000 tấn", 180000, "tấn", "approx"), Q("hơn 50%", 50, "%", "over"),
 Q("5 nhiệm vụ, giải pháp trọng tâm", 5, "nhiệm vụ, giải pháp trọng tâm"),
 Q("7 chuỗi liên kết sản xuất, tiêu thụ vải an toàn", 7, "chuỗi liên kết sản xuất, tiêu thụ vải an toàn"),
 Q("465 hộ", 465, "hộ"), Q("100% tiểu thương", 100, "%")],
[D("Chỉ thị", "08", "CT/TW", "2021-10-04", "Ban Bí thư", "Chỉ thị số 08-CT/TW ngày 4/10/2021"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU"),
 D("Quyết định", "386", "QĐ-TTg", "2021-03-17", "Thủ tướng Chính phủ", "Quyết định số 386/QĐ-TTg ngày 17/3/2021")],
[prov("Bắc Giang"), com("Hồng Giang"), com("Trần Phú")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Xây dựng Đảng", "Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Đức Thắng",
 "BGĐT", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "OCOP"],
["Thứ Sáu, 19/11/2021 - 15:30", "hơn 12 năm", "3 sao trở lên", "Năm 2021", "Chỉ thị 08", "tháng 12", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b7386-thuathienhue-hlhpn-taphuan-2021", """
Báo Thừa Thiên Huế Online
Xã hội » Phụ nữ
08:20 | 08/04/2021
Trang bị kỹ năng cho hội viên phụ nữ làm "sứ giả" hàng Việt
Học viên thực hành giới thiệu sản phẩm trên mạng xã hội.
Ngày 7/4, Hội Liên hiệp Phụ nữ tỉnh Thừa Thiên Huế mở lớp tập huấn năm 2021 về kỹ năng tuyên truyền Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và kỹ năng bán hàng trực tuyến cho 80 học viên là cán bộ hội cơ sở, chủ hợp tác xã và tổ hợp tác do phụ nữ quản lý.
Phát biểu khai mạc, bà Hồ Thị Thanh Tâm, Phó Chủ tịch Hội LHPN tỉnh cho biết, lớp học nằm trong Kế hoạch số 31/KH-ĐCT ngày 15/2/2021 của Đoàn Chủ tịch Hội LHPN tỉnh, cụ thể hóa Quyết định số 939/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025. Toàn tỉnh hiện có 26 hợp tác xã, 112 tổ hợp tác do phụ nữ làm chủ, nhiều sản phẩm như mè xửng, tôm chua, nón lá, dầu tràm đã có mặt tại các siêu thị.
Trong 2 ngày, học viên được ThS. Trương Thị Mai Hương, giảng viên Trường Đại học Kinh tế Huế, hướng dẫn cách xây dựng câu chuyện sản phẩm, chụp ảnh, livestream và chăm sóc khách hàng; chuyên viên Sở Công Thương giới thiệu các sàn thương mại điện tử, quy định về ghi nhãn hàng hóa. Bà Nguyễn Thị Hoa Phượng, Trưởng ban Kinh tế - Xã hội Hội LHPN tỉnh, phổ biến tiêu chí đánh giá sản phẩm OCOP.
Bà Lê Thị Mận, Chủ tịch Hội LHPN xã Phú Mậu, chia sẻ: "Chị em làm ra sản phẩm tốt nhưng chưa biết kể chuyện, chưa biết bán trên mạng. Học xong, tôi về hướng dẫn lại cho 3 tổ hợp tác của xã". Tổ trưởng tổ hợp tác nón lá phường Thủy Biều, bà Phan Thị Nhàn, cho biết mỗi tháng tổ bán được khoảng 1.500 chiếc nón, phần lớn qua thương lái; bà mong bán trực tiếp cho khách để tăng thu nhập cho hội viên.
Năm 2020, các cấp Hội trong tỉnh đã hỗ trợ phụ nữ tiêu thụ hơn 40 tấn nông sản qua mạng xã hội, giới thiệu 1.350 phụ nữ vay vốn với tổng dư nợ khoảng 27 tỷ đồng để phát triển sản xuất, kinh doanh.
Kết thúc lớp tập huấn, mỗi học viên xây dựng một kế hoạch tuyên truyền và kinh doanh cụ thể; Hội LHPN tỉnh sẽ chọn 10 sản phẩm tiêu biểu để hỗ trợ trưng bày tại hội chợ "Tự hào hàng Việt" tổ chức vào tháng 5 tại thành phố Huế.
Theo đánh giá của Ban Tổ chức, so với các lớp trước, lớp tập huấn năm nay chú trọng thực hành, mỗi nhóm học viên tự xây dựng một trang bán hàng và thử livestream giới thiệu sản phẩm của địa phương mình ngay tại lớp. Nhiều học viên lớn tuổi lần đầu làm quen với điện thoại thông minh nhưng rất hào hứng.
Hội cũng phối hợp với Liên minh Hợp tác xã tỉnh hỗ trợ chị em đăng ký mã vạch, thiết kế bao bì; nhiều hội viên đề nghị được tiếp tục mở các lớp nâng cao về thương mại điện tử trong thời gian tới.
Minh Hiền
Tin khác
- Phụ nữ A Lưới làm giàu từ dệt Dèng (29/03/2021)
- Ra mắt câu lạc bộ "Phụ nữ khởi nghiệp" phường An Cựu (12/03/2021)
""", "2021-04-08", "Trang bị kỹ năng cho hội viên phụ nữ làm \"sứ giả\" hàng Việt",
E("tap_huan", "2021", "2021-04-07"),
[P("Hồ Thị Thanh Tâm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trương Thị Mai Hương", "ThS.", "giảng viên Trường Đại học Kinh tế Huế"),
 P("Nguyễn Thị Hoa Phượng", "Trưởng ban Kinh tế - Xã hội Hội LHPN tỉnh"),
 P("Lê Thị Mận", "Chủ tịch Hội LHPN xã Phú Mậu"),
 P("Phan Thị Nhàn", "Tổ trưởng tổ hợp tác nón lá phường Thủy Biều")],
[Q("80 học viên", 80, "học viên"), Q("26 hợp tác xã", 26, "hợp tác xã"), Q("112 tổ hợp tác", 112, "tổ hợp tác"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("khoảng 1.500 chiếc nón", 1500, "chiếc nón", "approx"), Q("hơn 40 tấn", 40, "tấn", "over"),
 Q("1.350 phụ nữ", 1350, "phụ nữ"), Q("khoảng 27 tỷ đồng", 27000000000, "đồng", "approx"),
 Q("10 sản phẩm tiêu biểu", 10, "sản phẩm tiêu biểu")],
[D("Kế hoạch", "31", "KH-ĐCT", "2021-02-15", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 31/KH-ĐCT ngày 15/2/2021"),
 D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg")],
[prov("Thừa Thiên Huế"), com("Phú Mậu"), com("Thủy Biều")],
["Báo Thừa Thiên Huế Online", "Xã hội » Phụ nữ", "Học viên thực hành giới thiệu sản phẩm trên mạng xã hội.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "OCOP", "Tự hào hàng Việt"],
["08:20 | 08/04/2021", "năm 2021", "giai đoạn 2017 - 2025", "2 ngày", "Năm 2020", "tháng 5"]))

PAGES.append(page("b7387-binhduong-mttq-doithoai-2022", """
Báo Bình Dương điện tử
Chính trị - Xã hội > Mặt trận
12/08/2022 - 17:45
Người lao động đối thoại về hàng Việt trong khu công nghiệp
(BDO) Sáng 11-8, Ủy ban MTTQ Việt Nam tỉnh phối hợp Liên đoàn Lao động tỉnh tổ chức buổi đối thoại năm 2022 giữa lãnh đạo tỉnh với công nhân, người lao động và doanh nghiệp về thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", gắn với chương trình "Tết sum vầy", chăm lo đời sống công nhân sau đại dịch.
Chủ trì buổi đối thoại có các đồng chí: Nguyễn Hữu Tài, Phó Bí thư Thường trực Tỉnh ủy; Trần Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đỗ Thị Thanh Vân, Phó Chủ tịch UBND tỉnh. Hơn 300 công nhân, người lao động tại các khu công nghiệp VSIP, Mỹ Phước, Sóng Thần tham dự.
Theo báo cáo, Bình Dương hiện có 29 khu công nghiệp với hơn 1,2 triệu lao động, trong đó khoảng 60% là người ngoại tỉnh thuê trọ. Năm 2022, Công đoàn các cấp đã tổ chức 46 điểm "Chợ công nhân" và "Phiên chợ nghĩa tình" bán hàng Việt giá ưu đãi, giảm giá từ 10 - 15% so với giá thị trường; phối hợp với 18 siêu thị, cửa hàng tiện lợi cấp thẻ ưu đãi cho đoàn viên.
Tại buổi đối thoại, chị Thạch Thị Sương, công nhân Công ty TNHH Giày da Mỹ Phong, phản ánh: nhiều khu nhà trọ xa chợ, công nhân thường mua hàng trôi nổi của người bán rong, không rõ nguồn gốc. Anh Lò Văn Thành, người lao động ở phường Thới Hòa, đề nghị mở thêm điểm bán hàng bình ổn giá gần khu nhà trọ, bán cả buổi tối.
Trả lời, bà Đỗ Thị Thanh Vân cho biết UBND tỉnh đã giao Sở Công Thương xây dựng thêm 25 điểm bán hàng bình ổn giá tại các phường có đông công nhân; tổng kinh phí cho chương trình bình ổn năm 2022 là 412 tỷ đồng. Đại diện Liên đoàn Lao động tỉnh cho biết sẽ mở rộng mô hình "Siêu thị 0 đồng" cho công nhân khó khăn.
Đồng chí Nguyễn Hữu Tài đề nghị các doanh nghiệp sản xuất hàng tiêu dùng trong tỉnh dành ưu đãi riêng cho công nhân; các cấp Mặt trận, Công đoàn tiếp tục thực hiện Kế hoạch số 99-KH/TU ngày 30/12/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị 08-CT/TW của Ban Bí thư, đưa hàng Việt đến gần hơn với người lao động.
Nhiều ý kiến của doanh nghiệp cũng đề cập việc tăng cường kết nối giữa nhà sản xuất trong nước với bếp ăn tập thể của các công ty, bảo đảm bữa ăn ca của công nhân sử dụng thực phẩm Việt có nguồn gốc rõ ràng, an toàn. Đại diện Hiệp hội Doanh nghiệp tỉnh cam kết vận động hội viên ký hợp đồng bao tiêu với các hợp tác xã nông nghiệp trong tỉnh.
Ngay sau đối thoại, Ban Tổ chức trao 200 phần quà cho công nhân có hoàn cảnh khó khăn tại phường Tân Đông Hiệp, mỗi phần trị giá 700.000 đồng.
Nguyên Vũ
Lượt đọc: 3.507
TIN CÙNG CHUYÊN MỤC
- Thuận An: 5.000 công nhân được mua hàng Việt giá ưu đãi (28/07/2022)
- Khởi động chương trình "Tháng công nhân" năm 2022 (02/05/2022)
""", "2022-08-12", "Người lao động đối thoại về hàng Việt trong khu công nghiệp",
E("doi_thoai", "2022", "2022-08-11"),
[P("Nguyễn Hữu Tài", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Thanh Vân", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sương", "công nhân Công ty TNHH Giày da Mỹ Phong"),
 P("Lò Văn Thành", "người lao động")],
[Q("Hơn 300 công nhân, người lao động", 300, "công nhân, người lao động", "over"), Q("29 khu công nghiệp", 29, "khu công nghiệp"),
 Q("hơn 1,2 triệu lao động", 1200000, "lao động", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("46 điểm", 46, "điểm"), Q("từ 10", 10, "%"), Q("15% so với giá thị trường", 15, "%"),
 Q("18 siêu thị, cửa hàng tiện lợi", 18, "siêu thị, cửa hàng tiện lợi"),
 Q("25 điểm bán hàng bình ổn giá", 25, "điểm bán hàng bình ổn giá"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("200 phần quà", 200, "phần quà"), Q("700.000 đồng", 700000, "đồng")],
[D("Kế hoạch", "99", "KH/TU", "2021-12-30", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 99-KH/TU ngày 30/12/2021"),
 D("Chỉ thị", "08", "CT/TW", None, "Ban Bí thư", "Chỉ thị 08-CT/TW")],
[prov("Bình Dương"), com("Thới Hòa"), com("Tân Đông Hiệp")],
["Báo Bình Dương điện tử", "Chính trị - Xã hội > Mặt trận", "(BDO)", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Tết sum vầy",
 "Chợ công nhân", "Phiên chợ nghĩa tình", "Siêu thị 0 đồng", "Lượt đọc: 3.507"],
["12/08/2022 - 17:45", "11-8", "năm 2022", "Năm 2022", "Siêu thị 0 đồng", "Lượt đọc: 3.507"]))

PAGES.append(page("b7388-yenbai-bcd-giaoban-thang2-2022", """
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 03/03/2022 | 16:20
Hàng Việt "phủ sóng" chợ phiên vùng cao sau Tết
Ngày 2/3, Thường trực Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh Yên Bái họp giao ban tháng 2/2022, đánh giá kết quả thực hiện cuộc vận động dịp Tết Nguyên đán Nhâm Dần và triển khai nhiệm vụ tháng 3. Đồng chí Giàng A Tông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì.
Báo cáo cho thấy, trong tháng, lực lượng quản lý thị trường kiểm tra 74 cơ sở kinh doanh, phát hiện và xử lý 19 vụ vi phạm, chủ yếu là hàng không rõ nguồn gốc, xuất xứ; phạt tiền trên 86 triệu đồng. Hàng Việt chiếm từ 85 - 90% lượng hàng hóa bán ra tại các chợ phiên vùng cao dịp Tết. Thực hiện kế hoạch số 12-KH/BCĐ của Ban Chỉ đạo tỉnh, các huyện Mù Cang Chải, Trạm Tấu đã đưa 4 chuyến hàng Việt lên các xã đặc biệt khó khăn.
Tại giao ban, ông Hà Văn Tuân, Chủ tịch Ủy ban MTTQ xã Khau Phạ, cho biết xã vận động các hộ kinh doanh dân tộc Mông ký cam kết không bán hàng giả, hàng cấm; phối hợp với Đồn Biên phòng tuyên truyền bằng tiếng Mông tại các chợ phiên. Bà Lò Thị Thu, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị các siêu thị trong tỉnh dành quầy riêng cho sản phẩm OCOP như chè Suối Giàng, gạo nếp Tú Lệ, mật ong bạc hà.
Đồng chí Giàng A Tông yêu cầu trong tháng 3, các thành viên Ban Chỉ đạo tập trung tuyên truyền Chỉ thị 08-CT/TW của Ban Bí thư và Kế hoạch 51-KH/TU của Ban Thường vụ Tỉnh ủy; phối hợp tổ chức Tuần hàng Việt tại thành phố Yên Bái nhân Ngày Quốc tế Phụ nữ 8/3, phấn đấu thu hút ít nhất 60 doanh nghiệp, hợp tác xã tham gia.
Cũng tại buổi giao ban, Ban Chỉ đạo thống nhất lựa chọn phường Nguyễn Phúc làm điểm xây dựng mô hình "Tuyến phố ưu tiên dùng hàng Việt" trong năm nay; giao Ủy ban MTTQ thành phố xây dựng kế hoạch chi tiết, báo cáo tại giao ban tháng 4.
Theo đánh giá chung, công tác phối hợp giữa các thành viên Ban Chỉ đạo trong dịp Tết được thực hiện chặt chẽ, nhiều hoạt động được tổ chức linh hoạt, bảo đảm an toàn phòng, chống dịch Covid-19. Tuy nhiên, việc cung ứng hàng Việt tới các thôn, bản vùng sâu vẫn phụ thuộc vào thương lái; giá cả tại một số chợ phiên còn biến động; việc tuyên truyền bằng tiếng dân tộc chưa được duy trì thường xuyên ở tất cả các xã.
Để khắc phục, Ban Chỉ đạo đề nghị các huyện vùng cao phát huy vai trò của người có uy tín, già làng, trưởng bản trong vận động đồng bào mua sắm hàng có nguồn gốc rõ ràng; đồng thời hỗ trợ các hợp tác xã địa phương mở điểm giới thiệu sản phẩm ngay tại chợ phiên.
Thanh Chi
Tin liên quan
- Mù Cang Chải: đưa hàng Việt đến với đồng bào vùng cao (20/01/2022)
- Văn Yên: hội nghị sơ kết cuộc vận động (10/01/2022)
""", "2022-03-03", "Hàng Việt \"phủ sóng\" chợ phiên vùng cao sau Tết",
E("giao_ban", "2022-02", "2022-03-02"),
[P("Giàng A Tông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Hà Văn Tuân", "Chủ tịch Ủy ban MTTQ xã Khau Phạ"),
 P("Lò Thị Thu", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("74 cơ sở kinh doanh", 74, "cơ sở kinh doanh"), Q("19 vụ vi phạm", 19, "vụ vi phạm"),
 Q("trên 86 triệu đồng", 86000000, "đồng", "over"), Q("từ 85 - 90%", 85, "%"), Q("90% lượng hàng hóa", 90, "%"),
 Q("4 chuyến hàng Việt", 4, "chuyến hàng Việt"), Q("ít nhất 60 doanh nghiệp, hợp tác xã", 60, "doanh nghiệp, hợp tác xã", "over")],
[D("Kế hoạch", "12", "KH/BCĐ", None, "Ban Chỉ đạo tỉnh", "kế hoạch số 12-KH/BCĐ"),
 D("Chỉ thị", "08", "CT/TW", None, "Ban Bí thư", "Chỉ thị 08-CT/TW"),
 D("Kế hoạch", "51", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 51-KH/TU")],
[prov("Yên Bái"), com("Khau Phạ"), com("Nguyễn Phúc")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "OCOP", "Tuần hàng Việt",
 "Tuyến phố ưu tiên dùng hàng Việt"],
["Thứ Năm, 03/03/2022 | 16:20", "tháng 2/2022", "tháng 3", "8/3", "tháng 4", "Ngày Quốc tế Phụ nữ 8/3"]))

PAGES.append(page("b7389-daklak-mttq-giamsat-2023", """
Báo Đắk Lắk điện tử
Trang chủ › Chính trị › Mặt trận
Thứ Tư, 14/06/2023 - 10:40
Giám sát việc ưu tiên mua sắm hàng Việt tại cơ quan nhà nước
Đoàn giám sát làm việc tại UBND xã Ea Tul.
Ngày 13/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Y Giang Gry Niê Knơng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc ưu tiên mua sắm hàng hóa sản xuất trong nước bằng nguồn ngân sách nhà nước tại Sở Tài chính và UBND xã Ea Tul, huyện Cư M'gar.
Cuộc giám sát thực hiện theo Quyết định số 35/QĐ-MTTQ-BTT ngày 20/4/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc thực hiện Chỉ thị 08-CT/TW của Ban Bí thư và Kế hoạch số 74-KH/TU ngày 11/2/2022 của Tỉnh ủy Đắk Lắk.
Theo báo cáo của Sở Tài chính, năm 2022 tổng giá trị mua sắm tài sản, hàng hóa từ ngân sách của các cơ quan, đơn vị cấp tỉnh là khoảng 318 tỷ đồng, trong đó hàng sản xuất trong nước chiếm 87,6%. Các mặt hàng nhập khẩu chủ yếu là thiết bị y tế, máy tính và thiết bị chuyên dùng mà trong nước chưa sản xuất được.
Tại xã Ea Tul, bà H'Nhung Byă, Chủ tịch UBND xã cho biết, xã có 15 buôn với hơn 70% dân số là đồng bào Êđê; năm 2022 xã mua sắm trang thiết bị, văn phòng phẩm trị giá gần 420 triệu đồng, 100% là hàng Việt. Ông Y Khuê Mlô, người có uy tín buôn Mắp, cho biết buôn đã đưa nội dung ưu tiên dùng hàng Việt vào luật tục, vận động 128 hộ mua phân bón, giống cây trồng tại các đại lý có nguồn gốc rõ ràng.
Đoàn giám sát ghi nhận các đơn vị đã thực hiện tương đối tốt quy định về ưu tiên mua sắm hàng trong nước; tuy nhiên, việc công khai danh mục, nguồn gốc hàng hóa mua sắm chưa đầy đủ, một số hồ sơ mời thầu chưa nêu ưu đãi cho hàng Việt theo quy định.
Kết luận buổi giám sát, ông Y Giang Gry Niê Knơng đề nghị Sở Tài chính tham mưu UBND tỉnh hướng dẫn thống nhất việc công khai; UBND xã Ea Tul phối hợp Ban Công tác Mặt trận các buôn tuyên truyền để người dân cùng giám sát. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.
Cùng ngày, đoàn khảo sát tại phường Tân Lập, thành phố Buôn Ma Thuột, nơi có 2 chợ truyền thống với khoảng 650 hộ kinh doanh, để nắm tình hình hàng hóa lưu thông trên địa bàn.
Qua khảo sát, đa số tiểu thương cho biết khách hàng ngày càng quan tâm đến nguồn gốc sản phẩm, nhất là cà phê, hồ tiêu, trái cây; nhiều hộ kinh doanh đã chủ động ghi rõ nơi sản xuất trên biển giá để tạo niềm tin cho người mua.
Hoài Thu
Tin khác
- Krông Pắc: trao 150 suất quà cho hộ nghèo người Êđê (02/06/2023)
- Đắk Lắk có thêm 32 sản phẩm OCOP (25/05/2023)
""", "2023-06-14", "Giám sát việc ưu tiên mua sắm hàng Việt tại cơ quan nhà nước",
E("giam_sat", None, "2023-06-13"),
[P("Y Giang Gry Niê Knơng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Nhung Byă", "Chủ tịch UBND xã"),
 P("Y Khuê Mlô", "người có uy tín buôn Mắp")],
[Q("khoảng 318 tỷ đồng", 318000000000, "đồng", "approx"), Q("87,6%", 87.6, "%"), Q("15 buôn", 15, "buôn"),
 Q("hơn 70% dân số", 70, "%", "over"), Q("gần 420 triệu đồng", 420000000, "đồng", "approx"), Q("100% là hàng Việt", 100, "%"),
 Q("128 hộ", 128, "hộ"), Q("2 chợ truyền thống", 2, "chợ truyền thống"), Q("khoảng 650 hộ kinh doanh", 650, "hộ kinh doanh", "approx")],
[D("Quyết định", "35", "QĐ-MTTQ-BTT", "2023-04-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 35/QĐ-MTTQ-BTT ngày 20/4/2023"),
 D("Chỉ thị", "08", "CT/TW", None, "Ban Bí thư", "Chỉ thị 08-CT/TW"),
 D("Kế hoạch", "74", "KH/TU", "2022-02-11", "Tỉnh ủy Đắk Lắk", "Kế hoạch số 74-KH/TU ngày 11/2/2022")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Tân Lập")],
["Báo Đắk Lắk điện tử", "Trang chủ › Chính trị › Mặt trận", "Đoàn giám sát làm việc tại UBND xã Ea Tul."],
["Thứ Tư, 14/06/2023 - 10:40", "năm 2022"]))

PAGES.append(page("b7390-hungyen-bdv-baocao-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HƯNG YÊN
Trang chủ > Văn bản - Báo cáo
Ngày 29/12/2023 | 08:30
Báo cáo kết quả 2 năm thực hiện Chỉ thị 08-CT/TW về cuộc vận động
Ban Dân vận Tỉnh ủy Hưng Yên vừa có báo cáo gửi Ban Thường vụ Tỉnh ủy về kết quả 2 năm thực hiện Chỉ thị số 08-CT/TW ngày 4/10/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong tình hình mới. Báo cáo do đồng chí Đào Thị Thanh Hương, Phó Trưởng Ban Dân vận Tỉnh ủy ký, ngày 27/12/2023.
Theo báo cáo, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 59, 60-KH/TU triển khai Chỉ thị và chỉ đạo sơ kết giữa kỳ; 100% đảng bộ trực thuộc xây dựng kế hoạch thực hiện. Các cấp đã tổ chức 1.064 hội nghị quán triệt, tuyên truyền với trên 95.000 lượt cán bộ, đảng viên, nhân dân tham gia.
Về kết quả cụ thể, toàn tỉnh có 158 sản phẩm OCOP được công nhận, trong đó nhãn lồng, tương Bần, gà Đông Tảo được tiêu thụ rộng rãi trong và ngoài tỉnh. Tổng mức bán lẻ hàng hóa năm 2023 ước đạt 48.700 tỷ đồng, tăng 11,2% so với năm 2022. Mặt trận và các đoàn thể phối hợp tổ chức 22 phiên chợ hàng Việt về nông thôn, doanh thu bình quân mỗi phiên khoảng 300 triệu đồng.
Báo cáo nêu một số cách làm hiệu quả: xã Phụng Công xây dựng "Chợ an toàn thực phẩm, ưu tiên hàng Việt"; phường Hiến Nam vận động 100% hộ kinh doanh trên tuyến phố ẩm thực niêm yết nguồn gốc nguyên liệu. Hội Liên hiệp Phụ nữ tỉnh có 46 mô hình khởi nghiệp của phụ nữ gắn với sản phẩm địa phương.
Bên cạnh kết quả, báo cáo chỉ ra hạn chế: một số cấp ủy cơ sở chưa thường xuyên kiểm tra, đôn đốc; hàng giả, hàng kém chất lượng bán qua mạng xã hội còn khó kiểm soát; sức cạnh tranh của sản phẩm nông nghiệp địa phương chưa cao, chưa có nhiều thương hiệu mạnh.
Ban Dân vận Tỉnh ủy đề xuất năm 2024 đưa chỉ tiêu về cuộc vận động vào đánh giá, xếp loại tổ chức cơ sở đảng; tham mưu ban hành Quy chế phối hợp số 07-QC/BDVTU giữa Ban Dân vận Tỉnh ủy với Sở Công Thương về tuyên truyền, kiểm tra việc thực hiện; tiếp tục nhân rộng mô hình "Dân vận khéo" trong phát triển sản phẩm OCOP.
Theo đồng chí Đào Thị Thanh Hương, kết quả đạt được có sự đóng góp quan trọng của đội ngũ cán bộ làm công tác dân vận ở cơ sở, những người trực tiếp tuyên truyền, vận động nhân dân và phản ánh kịp thời tâm tư, nguyện vọng của người tiêu dùng, doanh nghiệp tới cấp ủy, chính quyền các cấp trong tỉnh.
Văn phòng Ban
Các tin khác
- Hội nghị tổng kết công tác dân vận năm 2023 (26/12/2023)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Khoái Châu (15/12/2023)
""", "2023-12-29", "Báo cáo kết quả 2 năm thực hiện Chỉ thị 08-CT/TW về cuộc vận động",
E("bao_cao", None, "2023-12-27"),
[P("Đào Thị Thanh Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("100% đảng bộ trực thuộc", 100, "%"), Q("1.064 hội nghị quán triệt, tuyên truyền", 1064, "hội nghị quán triệt, tuyên truyền"),
 Q("trên 95.000 lượt cán bộ, đảng viên, nhân dân", 95000, "lượt cán bộ, đảng viên, nhân dân", "over"),
 Q("158 sản phẩm OCOP", 158, "sản phẩm OCOP"), Q("48.700 tỷ đồng", 48700000000000, "đồng"), Q("11,2%", 11.2, "%"),
 Q("22 phiên chợ hàng Việt", 22, "phiên chợ hàng Việt"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("100% hộ kinh doanh", 100, "%"), Q("46 mô hình khởi nghiệp", 46, "mô hình khởi nghiệp")],
[D("Chỉ thị", "08", "CT/TW", "2021-10-04", "Ban Bí thư", "Chỉ thị số 08-CT/TW ngày 4/10/2021"),
 D("Kế hoạch", "59", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 59, 60-KH/TU"),
 D("Kế hoạch", "60", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 59, 60-KH/TU"),
 D("Quy chế phối hợp", "07", "QC/BDVTU", None, None, "Quy chế phối hợp số 07-QC/BDVTU")],
[prov("Hưng Yên"), com("Phụng Công"), com("Hiến Nam")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HƯNG YÊN", "Trang chủ > Văn bản - Báo cáo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Chợ an toàn thực phẩm, ưu tiên hàng Việt", "Dân vận khéo", "OCOP", "Văn phòng Ban"],
["Ngày 29/12/2023 | 08:30", "2 năm", "năm 2023", "năm 2022", "năm 2024"]))
