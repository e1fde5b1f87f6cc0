from lib import *
PAGES = []

PAGES.append(page("b3545-bacgiang-bdv-giaoban-thang9-2022", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Bạn đang ở: Trang chủ » Tin tức » Hoạt động của Ban
Thứ Sáu, 07/10/2022 - 15:35
Giao ban tháng 9: tập trung nắm tình hình công nhân, vùng dự án
Sáng 06/10/2022, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức giao ban công tác dân vận tháng 9/2022. Đồng chí Lâm Thị Hương Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì giao ban.
Toàn cảnh buổi giao ban.
Theo báo cáo tháng 9, tình hình nhân dân trong tỉnh cơ bản ổn định. Tuy nhiên, tại Khu công nghiệp Quang Châu đã xảy ra 1 vụ ngừng việc tập thể của khoảng 1.200 công nhân một công ty may mặc đòi điều chỉnh phụ cấp đi lại, tiền ăn ca; sau 2 ngày đối thoại có sự tham gia của Liên đoàn Lao động tỉnh, công ty đồng ý tăng tiền ăn ca thêm 3.000 đồng/suất, công nhân trở lại làm việc.
Ở vùng dự án, 45 hộ dân xã Việt Tiến tiếp tục có đơn khiếu nại tập thể về giá bồi thường đất nông nghiệp làm khu đô thị; huyện Việt Yên đã tổ chức đối thoại, giải thích Quyết định số 72/2019/QĐ-UBND của UBND tỉnh. Trên mạng xã hội xuất hiện clip cắt ghép về "cưỡng chế đất trái phép" tại xã Việt Tiến, đã được cơ quan chức năng xác minh, yêu cầu gỡ bỏ.
Trong tháng, khối dân vận tiếp nhận 19 đơn thư, đã chuyển 17 đơn; phối hợp hòa giải thành 8 vụ việc tranh chấp đất đai. Ban đã ban hành Công văn số 312-CV/BDVTU về nắm tình hình nhân dân trước kỳ họp Quốc hội và Hướng dẫn số 28-HD/BDVTU về đối thoại tại doanh nghiệp.
Đồng chí Nguyễn Đức Cường, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các đồng chí phụ trách địa bàn khẩn trương rà soát những nơi có nguy cơ phát sinh khiếu kiện đông người trước khi cưỡng chế thu hồi đất. Đồng chí Ngô Thị Lan, Trưởng phòng Dân vận chính quyền, cho biết tháng 10 sẽ kiểm tra việc thực hiện Quy chế dân chủ ở 6 doanh nghiệp có đông công nhân.
Kết luận giao ban, đồng chí Lâm Thị Hương Thành yêu cầu tháng 10 tiếp tục thực hiện Chỉ thị 20, 21-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp và giải phóng mặt bằng; chủ động phối hợp Công an tỉnh xử lý thông tin sai sự thật; hoàn thành báo cáo sơ kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về công tác dân vận chính quyền.
Đồng chí lưu ý các ban dân vận huyện ủy, thành ủy phải báo cáo nhanh trong vòng 24 giờ khi có vụ việc phức tạp, tụ tập đông người; bố trí cán bộ trực để tiếp nhận thông tin từ cơ sở, kể cả ngày nghỉ.
Hoàng Anh - Văn phòng Ban
Lượt xem: 456
Tin liên quan
- Việt Yên: tiếp xúc, đối thoại với công nhân Khu công nghiệp Đình Trám (29/09/2022)
- Giao ban công tác dân vận tháng 8/2022 (08/09/2022)
- Hội nghị cung cấp thông tin cho người có uy tín (25/08/2022)
""", "2022-10-07", "Giao ban tháng 9: tập trung nắm tình hình công nhân, vùng dự án",
E("giao_ban", "2022-09", "2022-10-06"),
[P("Lâm Thị Hương Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Cường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Lan", "Trưởng phòng Dân vận chính quyền")],
[Q("1 vụ ngừng việc tập thể", 1, "vụ ngừng việc tập thể"), Q("khoảng 1.200 công nhân", 1200, "công nhân", "approx"),
 Q("3.000 đồng/suất", 3000, "đồng"), Q("45 hộ dân", 45, "hộ dân"), Q("19 đơn thư", 19, "đơn thư"), Q("17 đơn", 17, "đơn"),
 Q("8 vụ việc tranh chấp đất đai", 8, "vụ việc tranh chấp đất đai"), Q("6 doanh nghiệp", 6, "doanh nghiệp")],
[D("Quyết định", "72", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 72/2019/QĐ-UBND"),
 D("Công văn", "312", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 312-CV/BDVTU"),
 D("Hướng dẫn", "28", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 28-HD/BDVTU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Bắc Giang"), com("Việt Tiến")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động của Ban", "Toàn cảnh buổi giao ban.",
 "Khu công nghiệp Quang Châu", "cưỡng chế đất trái phép", "Hoàng Anh - Văn phòng Ban", "Lượt xem: 456"],
["Thứ Sáu, 07/10/2022 - 15:35", "tháng 9/2022", "2 ngày", "5 năm", "24 giờ", "tháng 10", "Lượt xem: 456"]))

PAGES.append(page("b3546-gialai-bdv-baocao-quy3-2023", """
Ban Dân vận Tỉnh ủy Gia Lai
Tin tức / Nắm tình hình nhân dân
2023-10-12 08:30
Báo cáo tình hình nhân dân quý III/2023: 4 vụ việc phức tạp đã được giải quyết ổn định
Ban Dân vận Tỉnh ủy Gia Lai vừa có Báo cáo số 198-BC/BDVTU ngày 09/10/2023 gửi Thường trực Tỉnh ủy về tình hình nhân dân quý III năm 2023 và những vấn đề cần quan tâm.
Cán bộ dân vận huyện Chư Păh nắm tình hình tại làng. Ảnh: P.D
Theo báo cáo, trong quý III, tình hình an ninh chính trị ở vùng đồng bào dân tộc thiểu số cơ bản ổn định; bà con phấn khởi khi được hỗ trợ theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Tuy vậy, trên địa bàn vẫn xảy ra 4 vụ việc phức tạp: khoảng 70 người làng Bông Pim, xã Ia Ka tập trung phản đối một doanh nghiệp trồng cao su lấn đất rẫy; 2 vụ tranh chấp đất giữa các hộ ở xã Ia Phí; và 1 vụ lôi kéo người dân tham gia "Hà Mòn" ở huyện Kông Chro. Đến nay, cả 4 vụ việc đã được giải quyết ổn định.
Báo cáo cũng nêu, sau các vụ khủng bố tại tỉnh lân cận hồi tháng 6, trên mạng xã hội lan truyền nhiều thông tin xuyên tạc, kích động; một số đối tượng ở nước ngoài gọi điện, nhắn tin lôi kéo người dân. Ban Dân vận các cấp đã phối hợp Công an, Bộ đội Biên phòng tổ chức 312 buổi tuyên truyền với hơn 15.000 lượt người nghe; vận động 23 người từng nghe theo kẻ xấu ra trình diện, cam kết không tái phạm.
Ông Rah Lan Thuyên, Già làng làng Bông Pim, cho biết: "Làng đã họp, bà con thống nhất không nghe theo người lạ, có việc gì thì báo cho Mặt trận xã". Ông Siu Đoàn, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, cho biết đã trực tiếp xuống làng đối thoại 3 lần; doanh nghiệp đã cam kết trả lại phần diện tích lấn chiếm và hỗ trợ bà con cây giống để trồng lại.
Trong quý, các cơ quan dân vận tiếp nhận 52 đơn thư, đã hướng dẫn, chuyển 49 đơn; tổ chức 14 cuộc đối thoại giữa người đứng đầu cấp ủy với nhân dân theo Quy định số 11-QĐi/TW của Bộ Chính trị.
Báo cáo đề xuất Ban Thường vụ Tỉnh ủy tiếp tục chỉ đạo thực hiện Kết luận số 41-KL/TU về giải quyết tranh chấp đất đai giữa doanh nghiệp và người dân; giao Ban Dân vận chủ trì phối hợp với UBND tỉnh rà soát 2.340 ha đất các công ty nông, lâm nghiệp để giao lại cho địa phương. Đồng thời, duy trì chế độ báo cáo nhanh khi xảy ra tụ tập đông người, tăng cường cung cấp thông tin cho 1.280 người có uy tín trong tỉnh.
Báo cáo lưu ý tình trạng một số tài khoản mạng xã hội đăng tải hình ảnh cũ, cắt ghép để xuyên tạc việc thu hồi đất rẫy, cần được phát hiện và phản bác kịp thời bằng tiếng Jrai, Bahnar.
Văn bản do đồng chí Nay Thị Hlim, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, ký.
P.D
Lượt xem: 301
Tin khác
- Hội nghị cung cấp thông tin cho người có uy tín năm 2023 (28/09/2023)
- Ia Grai: đối thoại về đất rẫy giáp ranh (15/09/2023)
- Giao ban khối dân vận quý II năm 2023 (06/07/2023)
""", "2023-10-12", "Báo cáo tình hình nhân dân quý III/2023: 4 vụ việc phức tạp đã được giải quyết ổn định",
E("bao_cao", "2023-Q3", "2023-10-09"),
[P("Rah Lan Thuyên", "Già làng làng Bông Pim"),
 P("Siu Đoàn", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Nay Thị Hlim", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("4 vụ việc phức tạp", 4, "vụ việc phức tạp"), Q("khoảng 70 người", 70, "người", "approx"),
 Q("2 vụ tranh chấp đất", 2, "vụ tranh chấp đất"), Q("1 vụ lôi kéo người dân tham gia \"Hà Mòn\"", 1, "vụ lôi kéo người dân tham gia \"Hà Mòn\""),
 Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"), Q("hơn 15.000 lượt người nghe", 15000, "lượt người nghe", "over"),
 Q("23 người", 23, "người"), Q("52 đơn thư", 52, "đơn thư"), Q("49 đơn", 49, "đơn"), Q("14 cuộc đối thoại", 14, "cuộc đối thoại"),
 Q("2.340 ha", 2340, "ha"), Q("1.280 người có uy tín", 1280, "người có uy tín")],
[D("Báo cáo", "198", "BC/BDVTU", "2023-10-09", "Ban Dân vận Tỉnh ủy Gia Lai", "Báo cáo số 198-BC/BDVTU ngày 09/10/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "41", "KL/TU", None, None, "Kết luận số 41-KL/TU")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Phí")],
["Ban Dân vận Tỉnh ủy Gia Lai", "Tin tức / Nắm tình hình nhân dân", "Cán bộ dân vận huyện Chư Păh nắm tình hình tại làng. Ảnh: P.D",
 "Hà Mòn", "Lượt xem: 301"],
["2023-10-12 08:30", "quý III năm 2023", "tháng 6", "3 lần", "Lượt xem: 301"]))

PAGES.append(page("b3547-kiengiang-doithoai-2023", """
UBND THÀNH PHỐ RẠCH GIÁ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Chính quyền - Đoàn thể
Thứ Ba, 05/12/2023 | 09:20
Bí thư Thành ủy đối thoại với 38 hộ dân khu lấn biển
Ngày 04/12/2023, tại hội trường UBND phường Vĩnh Lạc, Thường trực Thành ủy Rạch Giá tổ chức đối thoại với nhân dân năm 2023 về những vướng mắc trong bồi thường, tái định cư dự án khu lấn biển. Chủ trì buổi đối thoại có đồng chí Lâm Chí Cường, Ủy viên Ban Thường vụ Tỉnh ủy Kiên Giang, Bí thư Thành ủy Rạch Giá; đồng chí Danh Thị Sa Ri, Trưởng Ban Dân vận Thành ủy.
Quang cảnh buổi đối thoại. Ảnh: Kim Ngân
Buổi đối thoại có sự tham dự của 38 hộ dân đã nhiều lần có đơn khiếu nại tập thể. Trước đó, ngày 15/11, khoảng 30 người trong số này mang băng rôn đến trước trụ sở UBND thành phố; một số clip quay cảnh tập trung được chia sẻ trên TikTok với tiêu đề "dân Rạch Giá mất nhà không được đền bù", thu hút hơn 200.000 lượt xem.
Tại buổi đối thoại, người dân nêu 16 ý kiến, chủ yếu đề nghị được bố trí nền tái định cư tại chỗ, xem xét lại đơn giá bồi thường vật kiến trúc và thời gian hỗ trợ tiền thuê nhà. Bà Thị Sa Phươl, người dân khu phố 4, cho biết gia đình đã nhận tiền bồi thường nhưng chưa được giao nền, phải thuê nhà gần 2 năm.
Đồng chí Trần Văn Lực, Phó Chủ tịch UBND thành phố, giải thích từng nội dung theo Nghị định số 47/2014/NĐ-CP của Chính phủ và Quyết định số 11/2022/QĐ-UBND của UBND tỉnh; cho biết thành phố đã bố trí 96 nền tái định cư, hiện còn 12 hộ chưa nhận nền do vướng thủ tục thừa kế. Đối với tiền thuê nhà, thành phố sẽ hỗ trợ thêm 6 tháng, mỗi tháng 3 triệu đồng/hộ.
Phát biểu kết luận, đồng chí Lâm Chí Cường ghi nhận những ý kiến thẳng thắn của bà con; yêu cầu UBND thành phố hoàn thành việc giao nền cho 12 hộ trước ngày 31/12/2023, công khai danh sách, đơn giá tại khu phố; đề nghị Ban Dân vận Thành ủy và Ủy ban MTTQ thành phố giám sát việc thực hiện các cam kết. "Chính quyền làm đúng, làm đủ, nhưng người dân cũng cần phản ánh đúng nơi, đúng luật, không để kẻ xấu lợi dụng", đồng chí nói.
Đồng chí Danh Thị Sa Ri cho biết, năm 2023 Ban Dân vận Thành ủy đã tham mưu tổ chức 9 cuộc đối thoại theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 84-KH/TU của Thành ủy, giải quyết dứt điểm 7 vụ khiếu nại đông người.
Kết thúc đối thoại, đa số hộ dân thống nhất với hướng giải quyết. Ông Nguyễn Văn Bé Tư, đại diện các hộ dân, cam kết vận động bà con không tập trung đông người, chờ kết quả giải quyết của thành phố.
Kim Ngân
Tin khác
- Phường Vĩnh Thanh ra mắt tổ hòa giải cơ sở (28/11/2023)
- Hội nghị giao ban khối dân vận thành phố quý III (12/10/2023)
- Thăm, tặng quà đồng bào Khmer nhân lễ Sene Dolta (10/10/2023)
""", "2023-12-05", "Bí thư Thành ủy đối thoại với 38 hộ dân khu lấn biển",
E("doi_thoai", "2023", "2023-12-04"),
[P("Lâm Chí Cường", "Ủy viên Ban Thường vụ Tỉnh ủy Kiên Giang", "Bí thư Thành ủy Rạch Giá", "Bí thư Thành ủy"),
 P("Danh Thị Sa Ri", "Trưởng Ban Dân vận Thành ủy"),
 P("Thị Sa Phươl"),
 P("Trần Văn Lực", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Bé Tư", "đại diện các hộ dân")],
[Q("38 hộ dân", 38, "hộ dân"), Q("khoảng 30 người", 30, "người", "approx"), Q("hơn 200.000 lượt xem", 200000, "lượt xem", "over"),
 Q("16 ý kiến", 16, "ý kiến"), Q("96 nền tái định cư", 96, "nền tái định cư"), Q("12 hộ", 12, "hộ"),
 Q("3 triệu đồng/hộ", 3000000, "đồng"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("7 vụ khiếu nại đông người", 7, "vụ khiếu nại đông người")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Quyết định", "11", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 11/2022/QĐ-UBND"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "84", "KH/TU", None, "Thành ủy", "Kế hoạch số 84-KH/TU")],
[prov("Kiên Giang"), com("Vĩnh Lạc")],
["UBND THÀNH PHỐ RẠCH GIÁ - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Chính quyền - Đoàn thể", "Quang cảnh buổi đối thoại. Ảnh: Kim Ngân",
 "dân Rạch Giá mất nhà không được đền bù", "TikTok"],
["Thứ Ba, 05/12/2023 | 09:20", "gần 2 năm", "6 tháng", "ngày 15/11", "năm 2023"]))

PAGES.append(page("b3548-hanoi-xatienphong-tindon-2024", """
UBND XÃ TIỀN PHONG - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI
Trang thông tin điện tử
Trang chủ / Tin tức - Sự kiện / Thông báo
Thứ Ba, 18/06/2024 - 17:00
Thông tin về việc lan truyền tin đồn "thu hồi đất nông nghiệp không bồi thường" trên nhóm Zalo
Thời gian gần đây, trên một số nhóm Zalo, Facebook của người dân thôn Yên Nhân và thôn Đại Bái lan truyền thông tin cho rằng "xã sẽ thu hồi toàn bộ đất nông nghiệp giao theo Nghị định 64 để làm khu đô thị, không bồi thường", kèm theo hình ảnh một văn bản được cho là của UBND huyện. Thông tin này khiến nhiều hộ dân lo lắng; tối ngày 14/6 đã có khoảng 80 người dân tập trung tại nhà văn hóa thôn Yên Nhân để hỏi thông tin.
Mê Linh là huyện có tốc độ đô thị hóa nhanh của Hà Nội nên người dân rất quan tâm đến thông tin về đất đai. UBND xã Tiền Phong thông tin như sau:
1. Hình ảnh văn bản lan truyền là văn bản giả, được cắt ghép từ Thông báo số 215/TB-UBND ngày 02/6/2024 của UBND xã về lịch đo đạc, chỉnh lý bản đồ địa chính. Văn bản thật không có nội dung thu hồi đất.
2. Đến thời điểm hiện nay, trên địa bàn xã không có dự án nào được cấp có thẩm quyền quyết định thu hồi đất nông nghiệp. Mọi trường hợp thu hồi đất đều phải thực hiện theo Luật Đất đai và được công khai, bồi thường, hỗ trợ theo quy định.
3. Đề nghị nhân dân không chia sẻ, bình luận thông tin chưa được kiểm chứng; khi có thắc mắc, liên hệ bộ phận một cửa UBND xã hoặc số điện thoại trực của xã.
Ngày 15/6, đồng chí Nguyễn Văn Khiêm, Chủ tịch UBND xã, cùng đồng chí Đỗ Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ xã đã trực tiếp gặp gỡ, giải thích cho 62 hộ dân tại 2 thôn. Khối dân vận xã đã tổ chức 5 buổi tuyên truyền lưu động, phát 1.500 tờ rơi, thông báo trên loa truyền thanh 3 lần mỗi ngày.
Theo đồng chí Đỗ Thị Thu Hà, việc xử lý thông tin được thực hiện theo Kế hoạch số 46-KH/ĐU của Đảng ủy xã về công tác dân vận năm 2024 và Hướng dẫn số 12-HD/DVHU của Ban Dân vận Huyện ủy Mê Linh. Công an xã đã xác định tài khoản đăng tải ban đầu, mời chủ tài khoản lên làm việc; người này thừa nhận đăng lại từ một nhóm khác mà không kiểm chứng, đã gỡ bài và cam kết không tái phạm.
Sau khi được giải thích, bà con đã yên tâm sản xuất vụ mùa. Ông Nguyễn Đình Hải, Trưởng thôn Yên Nhân, cho biết trong hơn 400 hộ của thôn không còn hộ nào bán đất với giá rẻ vì lo bị thu hồi như những ngày đầu có tin đồn.
UBND xã Tiền Phong đề nghị các thôn tiếp tục nắm tình hình, kịp thời báo cáo những thông tin sai lệch để xã xử lý.
Ban Biên tập
Số lượt truy cập: 85.214
Tin khác
- Tiền Phong tổ chức hội nghị tiếp xúc cử tri (06/06/2024)
- Thông báo lịch tiếp công dân tháng 6/2024 (01/06/2024)
- Ra mắt mô hình "Dân vận khéo" thôn Đại Bái (24/05/2024)
""", "2024-06-18", "Thông tin về việc lan truyền tin đồn \"thu hồi đất nông nghiệp không bồi thường\" trên nhóm Zalo",
E("khac", None, None),
[P("Nguyễn Văn Khiêm", "Chủ tịch UBND xã"),
 P("Đỗ Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Đình Hải", "Trưởng thôn Yên Nhân")],
[Q("khoảng 80 người dân", 80, "người dân", "approx"), Q("62 hộ dân", 62, "hộ dân"), Q("2 thôn", 2, "thôn"),
 Q("5 buổi tuyên truyền lưu động", 5, "buổi tuyên truyền lưu động"), Q("1.500 tờ rơi", 1500, "tờ rơi"),
 Q("hơn 400 hộ", 400, "hộ", "over")],
[D("Thông báo", "215", "TB-UBND", "2024-06-02", "UBND xã", "Thông báo số 215/TB-UBND ngày 02/6/2024"),
 D("Nghị định", "64", None, None, None, "Nghị định 64"),
 D("Kế hoạch", "46", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 46-KH/ĐU"),
 D("Hướng dẫn", "12", "HD/DVHU", None, "Ban Dân vận Huyện ủy Mê Linh", "Hướng dẫn số 12-HD/DVHU")],
[prov("Hà Nội"), com("Tiền Phong")],
["UBND XÃ TIỀN PHONG - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI", "Trang thông tin điện tử", "Trang chủ / Tin tức - Sự kiện / Thông báo",
 "xã sẽ thu hồi toàn bộ đất nông nghiệp giao theo Nghị định 64 để làm khu đô thị, không bồi thường", "Nghị định 64", "Luật Đất đai",
 "Ban Biên tập", "Số lượt truy cập: 85.214"],
["Thứ Ba, 18/06/2024 - 17:00", "Nghị định 64", "3 lần mỗi ngày", "Số lượt truy cập: 85.214", "tối ngày 14/6", "năm 2024"]))

PAGES.append(page("b3549-quangtri-bdv-tongket-2024", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Trang chủ › Chính trị › Xây dựng Đảng
You are here: Chính trị
Thứ Sáu, 27/12/2024, 08:10
Toàn cảnh hội nghị. Ảnh: T.L
Khối dân vận giải quyết ổn định 92% vụ việc phức tạp trong năm
QTO - Ngày 26/12, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Hồ Thị Thu Hằng chủ trì hội nghị. Dự hội nghị có các Phó Trưởng Ban Dân vận Tỉnh ủy Lê Quang Chiến, Hồ Văn Năm.
Theo báo cáo, năm 2024 trên địa bàn tỉnh phát sinh 25 vụ việc phức tạp, trong đó có 6 vụ tụ tập đông người liên quan đến dự án điện gió ở huyện Hướng Hóa, khai thác cát trên sông Thạch Hãn và ô nhiễm trang trại chăn nuôi heo. Khối dân vận đã phối hợp giải quyết ổn định 23 vụ, đạt 92%. Đơn thư tiếp nhận giảm 14% so với năm 2023, với 147 đơn; đã chuyển và đôn đốc giải quyết 139 đơn.
Trên không gian mạng, các lực lượng phát hiện hơn 90 tài khoản đăng tải thông tin xuyên tạc về việc thu hồi đất làm dự án điện gió, kích động đồng bào Vân Kiều, Pa Kô. Ban Dân vận đã phối hợp tổ chức 58 buổi đối thoại, tuyên truyền tại các thôn, bản; cung cấp thông tin cho 386 người có uy tín.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 35, 36-KL/TU về công tác dân vận trong thực hiện các dự án trọng điểm và công tác dân tộc; tổ chức sơ kết 3 năm thực hiện Chỉ thị số 16-CT/TU ngày 08/4/2021 của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại với nhân dân.
Tại hội nghị, đồng chí Kăn Sâm, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết sau 3 cuộc đối thoại, 42 hộ dân xã Hướng Linh đã đồng thuận nhận bồi thường, bàn giao mặt bằng cho dự án điện gió. Ông Hồ Văn Pâu, người có uy tín bản Cù Bai, xã Hướng Lập, chia sẻ: "Cán bộ đến tận nhà nói rõ, bà con hiểu thì không ai nghe kẻ xấu nữa".
Đồng chí Nguyễn Thị Nga, Trưởng Ban Dân vận Thị ủy Quảng Trị, nêu kinh nghiệm vận động 17 hộ dân khai thác cát trái phép chuyển đổi nghề.
Phát biểu kết luận, đồng chí Hồ Thị Thu Hằng yêu cầu năm 2025 các cấp tập trung thực hiện tốt công tác dân vận trong sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của BCH Trung ương; nắm chắc tư tưởng cán bộ, đảng viên và nhân dân, không để phát sinh điểm nóng; tiếp tục nhân rộng mô hình "Dân vận khéo", phấn đấu 100% vụ việc phức tạp được giải quyết ngay từ cơ sở.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 10 tập thể và 16 cá nhân có thành tích xuất sắc.
Thảo Linh
Chia sẻ | Bình luận
Tin liên quan
- Hướng Hóa: đối thoại với người dân vùng dự án điện gió (12/12/2024)
- Hội nghị người có uy tín tỉnh Quảng Trị năm 2024 (28/11/2024)
- Giao ban công tác dân vận quý III năm 2024 (10/10/2024)
""", "2024-12-27", "Khối dân vận giải quyết ổn định 92% vụ việc phức tạp trong năm",
E("tong_ket", "2024", "2024-12-26"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Năm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Sâm", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Hồ Văn Pâu", "người có uy tín bản Cù Bai"),
 P("Nguyễn Thị Nga", "Trưởng Ban Dân vận Thị ủy Quảng Trị")],
[Q("25 vụ việc phức tạp", 25, "vụ việc phức tạp"), Q("6 vụ tụ tập đông người", 6, "vụ tụ tập đông người"),
 Q("23 vụ", 23, "vụ"), Q("92%", 92, "%"), Q("14%", 14, "%"), Q("147 đơn", 147, "đơn"), Q("139 đơn", 139, "đơn"),
 Q("hơn 90 tài khoản", 90, "tài khoản", "over"), Q("58 buổi đối thoại, tuyên truyền", 58, "buổi đối thoại, tuyên truyền"),
 Q("386 người có uy tín", 386, "người có uy tín"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("42 hộ dân", 42, "hộ dân"),
 Q("17 hộ dân", 17, "hộ dân"), Q("100%", 100, "%"), Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Chỉ thị", "16", "CT/TU", "2021-04-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 08/4/2021"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Quảng Trị"), com("Hướng Linh"), com("Hướng Lập")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Trang chủ › Chính trị › Xây dựng Đảng",
 "You are here: Chính trị", "Toàn cảnh hội nghị. Ảnh: T.L", "QTO", "Dân vận khéo", "Chia sẻ | Bình luận"],
["Thứ Sáu, 27/12/2024, 08:10", "năm 2025", "năm 2023", "3 năm"]))

PAGES.append(page("b3550-soctrang-tiepxuccutri-2024", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương
Thứ Năm, 14/11/2024 - 16:25
Cử tri Trần Đề bức xúc về sạt lở, tranh chấp đất bãi bồi
Chiều ngày 13/11/2024, Tổ đại biểu HĐND tỉnh đơn vị huyện Trần Đề tổ chức hội nghị tiếp xúc cử tri tại xã Lịch Hội Thượng sau kỳ họp thứ 19 HĐND tỉnh khóa X. Tham dự có các đại biểu HĐND tỉnh: Lâm Thị Sa Rươne, Phó Trưởng Ban Dân tộc HĐND tỉnh; Trần Văn Bình, Phó Chủ tịch UBND huyện Trần Đề; cùng khoảng 150 cử tri.
Đại biểu Lâm Thị Sa Rươne thông tin kết quả kỳ họp.
Tại hội nghị, 12 cử tri phát biểu với 21 ý kiến, kiến nghị. Nổi lên là tình trạng sạt lở bờ sông Mỹ Thanh làm mất khoảng 3,5 ha đất sản xuất của 27 hộ; việc tranh chấp đất bãi bồi ven biển giữa các hộ dân ấp Huỳnh Kỳ với một doanh nghiệp nuôi tôm, từng khiến khoảng 40 người dân tập trung tại khu vực bãi bồi hồi tháng 8.
Cử tri Thạch Sô Phon, ấp Huỳnh Kỳ, phản ánh: "Đất bãi bồi bà con đã khai thác mấy chục năm, nay doanh nghiệp rào lại, dân không có chỗ bắt sò". Cử tri Lý Thị Hên đề nghị công khai hợp đồng cho thuê đất bãi bồi và kiểm tra việc doanh nghiệp xả nước thải.
Trả lời cử tri, ông Trần Văn Bình cho biết UBND huyện đã thành lập tổ công tác rà soát toàn bộ 210 ha đất bãi bồi, đồng thời đề nghị tạm dừng việc rào chắn cho đến khi có kết luận. Về sạt lở, tỉnh đã bố trí hơn 18 tỷ đồng thực hiện kè chống sạt lở theo Quyết định số 1238/QĐ-UBND ngày 20/6/2024 của UBND tỉnh; các hộ bị mất đất được hỗ trợ theo Nghị quyết số 07/2023/NQ-HĐND của HĐND tỉnh.
Đại diện Ban Dân vận Huyện ủy, bà Trương Thị Ngọc Diễm, Phó Trưởng Ban Dân vận Huyện ủy, cho biết qua nắm tình hình, một số đối tượng đã đăng tải clip dựng lại cảnh tập trung hồi tháng 8 trên mạng xã hội, kèm lời lẽ kích động; khối dân vận đã phối hợp với chùa Phật giáo Nam tông Khmer và Ban quản trị các ấp vận động bà con bình tĩnh, chờ kết quả giải quyết.
Thay mặt Tổ đại biểu, bà Lâm Thị Sa Rươne tiếp thu các ý kiến, cam kết tổng hợp đầy đủ, chuyển đến cơ quan có thẩm quyền và giám sát việc trả lời cử tri trong thời gian sớm nhất. Các kiến nghị thuộc thẩm quyền của huyện được trả lời trực tiếp tại hội nghị.
Ông Kim Sa Khươl, Chủ tịch UBND xã Lịch Hội Thượng, cho biết xã sẽ tổ chức họp dân tại ấp Huỳnh Kỳ vào cuối tháng 11 để thông tin kết quả rà soát. Xã cũng đề nghị doanh nghiệp cử đại diện tham dự để trực tiếp trao đổi với người dân, tránh phát sinh mâu thuẫn mới.
Hữu Phước
Tin khác
- Hội nghị tiếp xúc cử tri huyện Mỹ Xuyên (12/11/2024)
- Sóc Trăng: hòa giải thành tranh chấp đất đai ở Vĩnh Châu (05/11/2024)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo (30/10/2024)
""", "2024-11-14", "Cử tri Trần Đề bức xúc về sạt lở, tranh chấp đất bãi bồi",
E("hoi_nghi", None, "2024-11-13"),
[P("Lâm Thị Sa Rươne", "đại biểu HĐND tỉnh", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Trần Văn Bình", "đại biểu HĐND tỉnh", "Phó Chủ tịch UBND huyện Trần Đề"),
 P("Thạch Sô Phon"),
 P("Lý Thị Hên"),
 P("Trương Thị Ngọc Diễm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Kim Sa Khươl", "Chủ tịch UBND xã Lịch Hội Thượng")],
[Q("khoảng 150 cử tri", 150, "cử tri", "approx"), Q("12 cử tri", 12, "cử tri"), Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"),
 Q("khoảng 3,5 ha", 3.5, "ha", "approx"), Q("27 hộ", 27, "hộ"), Q("khoảng 40 người dân", 40, "người dân", "approx"),
 Q("210 ha", 210, "ha"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over")],
[D("Quyết định", "1238", "QĐ-UBND", "2024-06-20", "UBND tỉnh", "Quyết định số 1238/QĐ-UBND ngày 20/6/2024"),
 D("Nghị quyết", "07", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2023/NQ-HĐND")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương",
 "Đại biểu Lâm Thị Sa Rươne thông tin kết quả kỳ họp.", "Hữu Phước"],
["Thứ Năm, 14/11/2024 - 16:25", "kỳ họp thứ 19", "khóa X", "tháng 8", "mấy chục năm", "cuối tháng 11"]))
