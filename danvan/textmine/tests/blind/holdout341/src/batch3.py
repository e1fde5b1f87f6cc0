from lib import *
PAGES = []

PAGES.append(page("b8153-nghean-snn-baocao-2021", """
BÁO NGHỆ AN ĐIỆN TỬ
Kinh tế › Nông nghiệp
Thứ Sáu, 8/10/2021 - 09:12
Nghệ An: quý III không có tàu cá vi phạm vùng biển nước ngoài
(Baonghean.vn) - Theo Báo cáo số 512/BC-SNN ngày 5/10/2021 của Sở Nông nghiệp và Phát triển nông thôn về kết quả thực hiện các nhiệm vụ chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) quý III/2021, trong 3 tháng qua toàn tỉnh không có tàu cá nào bị nước ngoài bắt giữ.
Tàu cá neo đậu tại cảng cá Lạch Quèn. Ảnh: Việt Hùng
Báo cáo cho biết, Nghệ An hiện có 3.212 tàu cá, trong đó 1.108 tàu có chiều dài từ 15 mét trở lên. Đến ngày 30/9, đã có 1.095 tàu lắp thiết bị giám sát hành trình, đạt 98,8%; 13 tàu chưa lắp đều đang nằm bờ, sửa chữa hoặc đã bán sang tỉnh khác. Trong quý, các cảng cá đã kiểm tra 4.826 lượt tàu xuất, nhập bến; giám sát sản lượng bốc dỡ qua cảng đạt khoảng 37.500 tấn thủy sản, tăng 6,2% so với cùng kỳ.
Cũng trong quý III, dù chịu ảnh hưởng của dịch Covid-19, các địa phương ven biển vẫn tổ chức 64 cuộc tuyên truyền nhỏ lẻ tại bến cá, phát thanh 320 lượt tin bài trên hệ thống loa truyền thanh cơ sở; vận động 2.940 chủ tàu, thuyền trưởng ký cam kết không khai thác IUU. Lực lượng chức năng phát hiện, xử lý 22 vụ vi phạm hành chính, phạt tiền gần 540 triệu đồng, chủ yếu do không duy trì thiết bị giám sát hành trình, không ghi nhật ký khai thác.
Theo đánh giá của Sở, việc thực hiện Chỉ thị số 17-CT/TU ngày 22/6/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 366/KH-UBND ngày 25/6/2021 của UBND tỉnh đã tạo chuyển biến rõ ở cơ sở. Xã Quỳnh Lập, xã Diễn Kim và phường Nghi Thủy đã thành lập tổ giám sát cộng đồng, mỗi tổ từ 7 đến 9 người, kịp thời phát hiện tàu lạ neo đậu.
Tuy vậy, báo cáo cũng chỉ ra vẫn còn 36 lượt tàu mất kết nối trên 10 ngày khi đang hoạt động trên biển mà chưa được xác minh, xử lý dứt điểm; việc cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc điện tử còn chậm.
Ông Hoàng Nghĩa Hiếu, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Phó Trưởng ban Thường trực Ban Chỉ đạo chống khai thác IUU tỉnh cho biết, quý IV Sở sẽ tham mưu UBND tỉnh tổ chức đợt cao điểm kiểm tra, xử lý tàu cá "3 không" (không đăng ký, không đăng kiểm, không giấy phép), phấn đấu đến cuối năm 100% tàu thuộc diện bắt buộc duy trì kết nối thiết bị giám sát hành trình. Ông Phan Văn Thạch, Chi cục trưởng Chi cục Thủy sản, đề nghị các huyện rà soát, xóa đăng ký các tàu đã bán, mất tích hoặc hư hỏng không còn hoạt động.
Việt Hùng
Tin liên quan
- Quỳnh Lưu: đối thoại với ngư dân về chống khai thác IUU (28/9/2021)
- Cửa Lò tổ chức tập huấn truy xuất nguồn gốc thủy sản (16/9/2021)
- Nghệ An đẩy mạnh tuyên truyền chống khai thác IUU (02/9/2021)
""", "2021-10-08", "Nghệ An: quý III không có tàu cá vi phạm vùng biển nước ngoài",
E("bao_cao", "2021-Q3", "2021-10-05"),
[P("Hoàng Nghĩa Hiếu", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Trưởng ban Thường trực Ban Chỉ đạo chống khai thác IUU tỉnh"),
 P("Phan Văn Thạch", "Chi cục trưởng Chi cục Thủy sản")],
[Q("3.212 tàu cá", 3212, "tàu cá"), Q("1.108 tàu", 1108, "tàu"), Q("15 mét", 15, "mét", "over"), Q("1.095 tàu", 1095, "tàu"),
 Q("98,8%", 98.8, "%"), Q("13 tàu", 13, "tàu"), Q("4.826 lượt tàu", 4826, "lượt tàu"),
 Q("khoảng 37.500 tấn", 37500, "tấn", "approx"), Q("6,2%", 6.2, "%"), Q("64 cuộc tuyên truyền", 64, "cuộc tuyên truyền"),
 Q("320 lượt tin bài", 320, "lượt tin bài"), Q("2.940 chủ tàu, thuyền trưởng", 2940, "chủ tàu, thuyền trưởng"),
 Q("22 vụ vi phạm hành chính", 22, "vụ vi phạm hành chính"), Q("gần 540 triệu đồng", 540000000, "đồng", "approx"),
 Q("từ 7 đến 9 người", 7, "người", "approx"), Q("36 lượt tàu", 36, "lượt tàu"), Q("100%", 100, "%")],
[D("Báo cáo", "512", "BC-SNN", "2021-10-05", "Sở Nông nghiệp và Phát triển nông thôn", "Báo cáo số 512/BC-SNN ngày 5/10/2021"),
 D("Chỉ thị", "17", "CT/TU", "2021-06-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 22/6/2021"),
 D("Kế hoạch", "366", "KH-UBND", "2021-06-25", "UBND tỉnh", "Kế hoạch số 366/KH-UBND ngày 25/6/2021")],
[prov("Nghệ An"), com("Quỳnh Lập"), com("Diễn Kim"), com("Nghi Thủy")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Kinh tế › Nông nghiệp", "(Baonghean.vn)", "Tàu cá neo đậu tại cảng cá Lạch Quèn. Ảnh: Việt Hùng",
 "Covid-19", "3 không"],
["Thứ Sáu, 8/10/2021 - 09:12", "quý III/2021", "3 tháng", "30/9", "trên 10 ngày", "quý IV", "3 không", "Covid-19"]))

PAGES.append(page("b8154-quangtri-chandung-2021", """
BÁO QUẢNG TRỊ ONLINE
Trang chủ / Phóng sự - Ghi chép
26/03/2021 06:00
Ông Nguyễn Văn Lừng trên boong tàu QT 91456 TS. Ảnh: Thanh Trúc
Người thuyền trưởng "giữ luật" ở Cửa Tùng
QTO - Hơn 40 năm gắn bó với biển, ông Nguyễn Văn Lừng, Tổ trưởng Tổ đoàn kết khai thác hải sản xa bờ số 3, thị trấn Cửa Tùng, được bạn thuyền gọi vui là "thuyền trưởng giữ luật". Bởi ở tuổi 61, ông không chỉ đánh bắt giỏi mà còn là người kiên trì vận động ngư dân trong vùng không đưa tàu sang vùng biển nước ngoài.
Chúng tôi gặp ông Lừng vào một buổi chiều khi con tàu 420 CV của ông vừa cập bến sau chuyến biển 12 ngày. Ông kể, những năm trước, thấy có tàu ở tỉnh bạn sang vùng biển nước khác đánh bắt được nhiều cá, một số thuyền viên trẻ trong tổ cũng "ngứa nghề". Có lần, 2 tàu trong tổ đã định chạy theo luồng cá vượt ranh giới. Ông liên tục gọi bộ đàm khuyên can, thậm chí quay tàu về chặn lại.
Tổ đoàn kết của ông hiện có 7 tàu với 64 lao động. Mỗi tàu đều lắp thiết bị giám sát hành trình, trước mỗi chuyến biển ông đều họp tổ, nhắc lại những quy định của Luật Thủy sản và Nghị định 40/2019/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực thủy sản. "Một tàu vi phạm thì cả nước bị ảnh hưởng, con cá mình làm ra khó xuất khẩu sang châu Âu. Anh em nghe ra, giờ ai cũng tự giác", ông nói.
Năm 2020, tổ của ông Lừng khai thác được khoảng 560 tấn hải sản, thu nhập bình quân mỗi lao động trên 150 triệu đồng/năm. Tổ còn góp hơn 40 triệu đồng giúp 3 gia đình thuyền viên gặp nạn trên biển.
Ông Lê Quang Huy, Chủ tịch UBND thị trấn Cửa Tùng, cho biết toàn thị trấn có 132 tàu cá, trong đó 58 tàu khai thác xa bờ, được tổ chức thành 9 tổ đoàn kết. Nhiều năm nay, không có tàu cá nào của thị trấn vi phạm vùng biển nước ngoài, trong khi đây từng là địa phương có ngư dân bị bắt giữ nhiều nhất tỉnh Quảng Trị; ông Lừng là một trong những hạt nhân tiêu biểu. Năm 2020, ông được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích trong công tác chống khai thác IUU.
Thiếu tá Hồ Sỹ Minh, Chính trị viên Đồn Biên phòng Cửa Tùng, nhận xét: "Tiếng nói của những ngư dân như ông Lừng có sức thuyết phục hơn nhiều buổi tuyên truyền. Đồn đã mời ông tham gia nói chuyện tại 5 buổi tuyên truyền ở các xã Vĩnh Thái, Vĩnh Thạch và Gio Việt".
Những ngày ở nhà, ông còn cùng vợ đến từng gia đình có con em mới đi biển để dặn dò, giải thích về ranh giới vùng biển, về cách giữ liên lạc với bờ. Chia tay chúng tôi, ông Lừng lại ra bến chuẩn bị lưới cho chuyến biển mới. Trên cột cờ của con tàu, lá cờ Tổ quốc bay phấp phới.
Thanh Trúc
Tin khác
- Gio Linh: 100% tàu cá lắp thiết bị giám sát hành trình (18/03/2021)
- Vĩnh Linh tuyên truyền chống khai thác IUU cho 250 ngư dân (10/03/2021)
- Tặng cờ Tổ quốc cho ngư dân Cồn Cỏ (01/03/2021)
""", "2021-03-26", "Người thuyền trưởng \"giữ luật\" ở Cửa Tùng",
E("khac", None, None),
[P("Nguyễn Văn Lừng", "Tổ trưởng Tổ đoàn kết khai thác hải sản xa bờ số 3"),
 P("Lê Quang Huy", "Chủ tịch UBND thị trấn Cửa Tùng"),
 P("Hồ Sỹ Minh", "Thiếu tá", "Chính trị viên Đồn Biên phòng Cửa Tùng")],
[Q("420 CV", 420, "CV"), Q("2 tàu", 2, "tàu"), Q("7 tàu", 7, "tàu"), Q("64 lao động", 64, "lao động"),
 Q("khoảng 560 tấn", 560, "tấn", "approx"), Q("trên 150 triệu đồng", 150000000, "đồng", "over"),
 Q("hơn 40 triệu đồng", 40000000, "đồng", "over"), Q("3 gia đình thuyền viên", 3, "gia đình thuyền viên"),
 Q("132 tàu cá", 132, "tàu cá"), Q("58 tàu", 58, "tàu"), Q("9 tổ đoàn kết", 9, "tổ đoàn kết"), Q("5 buổi tuyên truyền", 5, "buổi tuyên truyền")],
[D("Nghị định", "40", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 40/2019/NĐ-CP")],
[prov("Quảng Trị"), com("Cửa Tùng"), com("Vĩnh Thái"), com("Vĩnh Thạch"), com("Gio Việt")],
["BÁO QUẢNG TRỊ ONLINE", "Trang chủ / Phóng sự - Ghi chép", "Ông Nguyễn Văn Lừng trên boong tàu QT 91456 TS. Ảnh: Thanh Trúc",
 "QTO", "thuyền trưởng giữ luật", "Luật Thủy sản"],
["26/03/2021 06:00", "Hơn 40 năm", "tuổi 61", "12 ngày", "Năm 2020", "QT 91456 TS", "số 3"]))

PAGES.append(page("b8155-phuyen-bcd-tongket-2022", """
Phú Yên Online - Báo Phú Yên điện tử
Chính trị > Xây dựng Đảng > Dân vận
23/12/2022 15:40 GMT+7
Phú Yên: năm 2022 không có tàu cá vi phạm vùng biển nước ngoài
(PYO) - Chiều 22/12, Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định tỉnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí Lê Tấn Hổ, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Lê Tấn Hổ phát biểu kết luận hội nghị. Ảnh: Y Nhi
Năm 2022, Phú Yên không có tàu cá nào bị nước ngoài bắt giữ; là năm thứ tư liên tiếp tỉnh giữ được kết quả này. Toàn tỉnh có 3.890 tàu cá, trong đó 1.547 tàu có chiều dài từ 15 mét trở lên; 100% tàu thuộc diện phải lắp thiết bị giám sát hành trình đã lắp đặt. Các cảng cá đã kiểm soát 18.640 lượt tàu cập cảng, tăng 14% so với năm 2021; xác nhận 126 giấy chứng nhận nguồn gốc thủy sản khai thác.
Thực hiện Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp ủy, chính quyền, Mặt trận và đoàn thể đã tổ chức 412 hội nghị, buổi tuyên truyền với khoảng 21.000 lượt người tham dự. Các ông Trần Văn Sang, Nguyễn Hữu Nghĩa, Võ Minh Tâm - Chủ tịch UBND các xã An Ninh Đông, An Hải, Xuân Thịnh cho biết nhiều chủ tàu trước đây tắt thiết bị giám sát hành trình, nay đã tự giác duy trì kết nối 24/24 giờ.
Tuy nhiên, trong năm vẫn còn 47 tàu mất kết nối trên 6 giờ không báo cáo vị trí, 5 tàu vượt ranh giới cho phép khai thác trên biển. Cơ quan chức năng đã xử phạt 61 vụ vi phạm với tổng số tiền hơn 1,38 tỷ đồng. Đại tá Nguyễn Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết đã phối hợp với Công an tỉnh xác minh 3 trường hợp nghi môi giới đưa tàu cá, ngư dân đi khai thác trái phép.
Tại hội nghị, TS. Đặng Văn Hoàng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, trình bày dự thảo kế hoạch năm 2023, trong đó đề xuất trích 2,5 tỷ đồng từ ngân sách tỉnh hỗ trợ ngư dân thay thế thiết bị giám sát hành trình hư hỏng, mức hỗ trợ không quá 10 triệu đồng/thiết bị. Bà Lương Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị nhân rộng mô hình "Phường Xuân Thành không có tàu cá vi phạm IUU".
Kết luận hội nghị, đồng chí Lê Tấn Hổ yêu cầu năm 2023 giữ vững mục tiêu không có tàu cá vi phạm vùng biển nước ngoài; xử lý dứt điểm tàu "3 không"; thực hiện nghiêm Quyết định số 1862/QĐ-UBND ngày 9/11/2022 của UBND tỉnh về quy chế phối hợp kiểm soát tàu cá. Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể, 10 cá nhân.
Y Nhi
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2022 (20/12/2022)
- Đông Hòa: tuyên truyền chống khai thác IUU cho 300 ngư dân (09/12/2022)
- Sông Cầu ra quân kiểm tra tàu cá (25/11/2022)
""", "2022-12-23", "Phú Yên: năm 2022 không có tàu cá vi phạm vùng biển nước ngoài",
E("tong_ket", "2022", "2022-12-22"),
[P("Lê Tấn Hổ", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Trần Văn Sang", "Chủ tịch UBND các xã An Ninh Đông, An Hải, Xuân Thịnh"),
 P("Nguyễn Hữu Nghĩa", "Chủ tịch UBND các xã An Ninh Đông, An Hải, Xuân Thịnh"),
 P("Võ Minh Tâm", "Chủ tịch UBND các xã An Ninh Đông, An Hải, Xuân Thịnh"),
 P("Nguyễn Văn Cường", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Đặng Văn Hoàng", "TS.", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lương Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3.890 tàu cá", 3890, "tàu cá"), Q("1.547 tàu", 1547, "tàu"), Q("15 mét", 15, "mét", "over"), Q("100%", 100, "%"),
 Q("18.640 lượt tàu", 18640, "lượt tàu"), Q("14%", 14, "%"), Q("126 giấy chứng nhận nguồn gốc thủy sản khai thác", 126, "giấy chứng nhận nguồn gốc thủy sản khai thác"),
 Q("412 hội nghị, buổi tuyên truyền", 412, "hội nghị, buổi tuyên truyền"), Q("khoảng 21.000 lượt người", 21000, "lượt người", "approx"),
 Q("47 tàu", 47, "tàu"), Q("5 tàu", 5, "tàu"), Q("61 vụ vi phạm", 61, "vụ vi phạm"), Q("hơn 1,38 tỷ đồng", 1380000000, "đồng", "over"),
 Q("3 trường hợp", 3, "trường hợp"), Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("không quá 10 triệu đồng", 10000000, "đồng"),
 Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Quyết định", "1862", "QĐ-UBND", "2022-11-09", "UBND tỉnh", "Quyết định số 1862/QĐ-UBND ngày 9/11/2022")],
[prov("Phú Yên"), com("An Ninh Đông"), com("An Hải"), com("Xuân Thịnh"), com("Xuân Thành")],
["Phú Yên Online - Báo Phú Yên điện tử", "Chính trị > Xây dựng Đảng > Dân vận", "(PYO)",
 "Đồng chí Lê Tấn Hổ phát biểu kết luận hội nghị. Ảnh: Y Nhi", "Phường Xuân Thành không có tàu cá vi phạm IUU", "3 không"],
["23/12/2022 15:40 GMT+7", "năm 2022", "năm 2023", "năm thứ tư", "năm 2021", "24/24 giờ", "trên 6 giờ", "3 không"]))

PAGES.append(page("b8156-baclieu-nghiepdoan-daihoi-2022", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BẠC LIÊU
Trang chủ » Tin tức » Hoạt động công đoàn cơ sở
19/08/2022
Đại hội Nghiệp đoàn nghề cá phường Nhà Mát lần thứ III
Ngày 18/8/2022, Nghiệp đoàn nghề cá phường Nhà Mát, thành phố Bạc Liêu long trọng tổ chức Đại hội lần thứ III, nhiệm kỳ 2022 - 2027. Về dự có đồng chí Huỳnh Thị Thu Vân, Phó Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Lâm Văn Tấn, Phó Chủ tịch Liên đoàn Lao động thành phố Bạc Liêu cùng 84 đoàn viên đại diện cho 312 đoàn viên nghiệp đoàn.
Quang cảnh đại hội.
Nhiệm kỳ 2017 - 2022, Nghiệp đoàn đã phát triển thêm 126 đoàn viên mới, thành lập 14 tổ nghiệp đoàn theo từng tàu và nhóm tàu. Nghiệp đoàn phối hợp với Đồn Biên phòng Gành Hào và Hội Nông dân phường tổ chức 38 buổi tuyên truyền về Luật Thủy sản, các quy định chống khai thác IUU, vận động 100% đoàn viên là chủ tàu ký cam kết không đưa tàu, ngư dân đi khai thác ở vùng biển nước ngoài. Nhờ vậy, 5 năm qua không có tàu cá nào của đoàn viên bị nước ngoài bắt giữ.
Nghiệp đoàn cũng vận động đoàn viên đóng góp quỹ tương trợ được hơn 180 triệu đồng, hỗ trợ kịp thời 11 đoàn viên gặp tai nạn trên biển, mỗi trường hợp từ 3 đến 5 triệu đồng; phối hợp Ngân hàng Chính sách xã hội giúp 27 hộ đoàn viên vay vốn sửa chữa tàu, mua ngư lưới cụ.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Thu Vân ghi nhận những kết quả nghiệp đoàn đạt được và yêu cầu nhiệm kỳ tới tiếp tục là "cầu nối" giữa ngư dân với chính quyền; thực hiện tốt Kế hoạch số 134/KH-LĐLĐ ngày 15/3/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh về tuyên truyền chống khai thác IUU trong công nhân, lao động nghề cá; phấn đấu phát triển thêm ít nhất 80 đoàn viên.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2022 - 2027 gồm 9 đồng chí. Tại phiên họp thứ nhất, ông Thạch Sà Rinh, thuyền trưởng tàu BL 97235 TS, được tín nhiệm bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá phường Nhà Mát khóa III; các ông Lý Văn Hên, Trương Minh Đực được bầu làm Phó Chủ tịch Nghiệp đoàn. Đại hội cũng bầu 5 đại biểu dự Đại hội Công đoàn thành phố.
Ông Thạch Sà Rinh chia sẻ, nghiệp đoàn hiện có nhiều đoàn viên là đồng bào Khmer ở các khóm Giồng Nhãn, Kinh Tế, thời gian tới sẽ phối hợp với chùa Khmer trên địa bàn tuyên truyền bằng tiếng Khmer, đồng thời đề nghị chính quyền hỗ trợ xã Vĩnh Hậu A và phường Nhà Mát xây dựng thêm bến đậu tàu tránh trú bão.
Đại hội đã thông qua Nghị quyết Đại hội với 6 chỉ tiêu chủ yếu.
Minh Khang
Tin liên quan
- Gành Hào: ra mắt nghiệp đoàn nghề cá thị trấn (05/08/2022)
- Liên đoàn Lao động tỉnh tặng 200 áo phao cho ngư dân (22/07/2022)
- Đông Hải tuyên truyền chống khai thác IUU cho đoàn viên (08/07/2022)
""", "2022-08-19", "Đại hội Nghiệp đoàn nghề cá phường Nhà Mát lần thứ III",
E("dai_hoi", None, "2022-08-18"),
[P("Huỳnh Thị Thu Vân", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lâm Văn Tấn", "Phó Chủ tịch Liên đoàn Lao động thành phố Bạc Liêu"),
 P("Thạch Sà Rinh", "thuyền trưởng tàu BL 97235 TS", "Chủ tịch Nghiệp đoàn nghề cá phường Nhà Mát khóa III"),
 P("Lý Văn Hên", "Phó Chủ tịch Nghiệp đoàn"),
 P("Trương Minh Đực", "Phó Chủ tịch Nghiệp đoàn")],
[Q("84 đoàn viên", 84, "đoàn viên"), Q("312 đoàn viên nghiệp đoàn", 312, "đoàn viên nghiệp đoàn"), Q("126 đoàn viên mới", 126, "đoàn viên mới"),
 Q("14 tổ nghiệp đoàn", 14, "tổ nghiệp đoàn"), Q("38 buổi tuyên truyền", 38, "buổi tuyên truyền"), Q("100%", 100, "%"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("11 đoàn viên", 11, "đoàn viên"),
 Q("từ 3 đến 5 triệu đồng", 3000000, "đồng", "approx"), Q("27 hộ đoàn viên", 27, "hộ đoàn viên"),
 Q("ít nhất 80 đoàn viên", 80, "đoàn viên", "over"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu")],
[D("Kế hoạch", "134", "KH-LĐLĐ", "2022-03-15", "Ban Thường vụ Liên đoàn Lao động tỉnh", "Kế hoạch số 134/KH-LĐLĐ ngày 15/3/2022")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Hậu A")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẠC LIÊU", "Trang chủ » Tin tức » Hoạt động công đoàn cơ sở", "Quang cảnh đại hội.", "Luật Thủy sản",
 "Đồn Biên phòng Gành Hào"],
["lần thứ III", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "5 năm qua", "9 đồng chí", "phiên họp thứ nhất", "khóa III",
 "BL 97235 TS"]))

PAGES.append(page("b8157-hatinh-bdv-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ | Tin tức | Dân vận chính quyền
07.04.2023 | 10:15
Vị trí: Tin hoạt động
Khối dân vận giao ban, bàn giải pháp vận động ngư dân chống khai thác IUU
Sáng 6/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I/2023, tập trung đánh giá kết quả tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) chuẩn bị cho đợt kiểm tra lần thứ tư của Ủy ban châu Âu.
Đồng chí Nguyễn Thị Nữ Ý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có Phó Trưởng Ban Dân vận Tỉnh ủy Trần Đình Gia và Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Thanh Tâm.
Báo cáo tại giao ban cho biết, quý I/2023, khối dân vận các cấp đã phối hợp với Bộ đội Biên phòng tỉnh tổ chức 46 hội nghị tuyên truyền tại 24 xã, phường ven biển với hơn 3.500 lượt ngư dân tham dự; phát 6.000 tờ gấp, 500 cuốn sổ tay hỏi - đáp về pháp luật thủy sản. Toàn tỉnh Hà Tĩnh hiện có 3.541 tàu cá, trong đó 461 tàu từ 15 mét trở lên; 455 tàu đã lắp thiết bị giám sát hành trình, đạt 98,7%. Trong quý không có tàu cá vi phạm vùng biển nước ngoài, nhưng còn 9 tàu mất kết nối trên 10 ngày chưa xác minh được vị trí.
Tại giao ban, các đồng chí Phó Bí thư Thường trực Đảng ủy các xã Thạch Kim, Cẩm Nhượng: Lê Văn Hải, Phan Thị Thanh cho biết xã đã phân công mỗi đảng viên phụ trách từ 3 đến 5 hộ có tàu cá; lồng ghép nội dung chống khai thác IUU vào sinh hoạt chi bộ, họp dân. Đồng chí Võ Thị Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy Nghi Xuân, đề xuất xây dựng mô hình "Dân vận khéo" trong chống khai thác IUU ở xã Xuân Liên, gắn trách nhiệm của người đứng đầu với từng tàu cá.
Theo Kế hoạch số 212-KH/BDVTU của Ban Dân vận Tỉnh ủy và Chỉ thị số 20-CT/TU ngày 10/1/2023 của Ban Thường vụ Tỉnh ủy, quý II các cấp sẽ tập trung rà soát, vận động chủ của 87 tàu "3 không" hoàn thiện thủ tục đăng ký, đăng kiểm.
Kết luận giao ban, đồng chí Nguyễn Thị Nữ Ý yêu cầu khối dân vận nắm chắc tình hình tư tưởng ngư dân, nhất là các hộ có tàu cá khai thác xa bờ; phối hợp với Mặt trận, đoàn thể tổ chức ký cam kết không vi phạm vùng biển nước ngoài cho trên 90% chủ tàu; kịp thời biểu dương các tập thể, cá nhân tiêu biểu. Đồng chí cũng đề nghị Ban Dân vận các huyện, thị, thành ủy ven biển chủ động nắm bắt những khó khăn của ngư dân về vốn, bến đậu, tiêu thụ sản phẩm để tham mưu cấp ủy giải quyết, không để phát sinh điểm nóng.
Hoàng Anh
Lượt xem: 614
Các tin đã đưa
- Giao ban khối dân vận tháng 3/2023 (31/03/2023)
- Lộc Hà ra mắt mô hình "Bến cá văn minh" (22/03/2023)
- Thạch Hà tuyên truyền chống khai thác IUU cho ngư dân (15/03/2023)
""", "2023-04-07", "Khối dân vận giao ban, bàn giải pháp vận động ngư dân chống khai thác IUU",
E("giao_ban", "2023-Q1", "2023-04-06"),
[P("Nguyễn Thị Nữ Ý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Gia", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hải", "Phó Bí thư Thường trực Đảng ủy các xã Thạch Kim, Cẩm Nhượng"),
 P("Phan Thị Thanh", "Phó Bí thư Thường trực Đảng ủy các xã Thạch Kim, Cẩm Nhượng"),
 P("Võ Thị Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Nghi Xuân")],
[Q("46 hội nghị tuyên truyền", 46, "hội nghị tuyên truyền"), Q("24 xã, phường ven biển", 24, "xã, phường ven biển"),
 Q("hơn 3.500 lượt ngư dân", 3500, "lượt ngư dân", "over"), Q("6.000 tờ gấp", 6000, "tờ gấp"),
 Q("500 cuốn sổ tay hỏi - đáp về pháp luật thủy sản", 500, "cuốn sổ tay hỏi - đáp về pháp luật thủy sản"),
 Q("3.541 tàu cá", 3541, "tàu cá"), Q("461 tàu", 461, "tàu"), Q("15 mét", 15, "mét", "over"), Q("455 tàu", 455, "tàu"),
 Q("98,7%", 98.7, "%"), Q("9 tàu", 9, "tàu"), Q("từ 3 đến 5 hộ", 3, "hộ", "approx"), Q("87 tàu", 87, "tàu"),
 Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "212", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 212-KH/BDVTU"),
 D("Chỉ thị", "20", "CT/TU", "2023-01-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU ngày 10/1/2023")],
[prov("Hà Tĩnh"), com("Thạch Kim"), com("Cẩm Nhượng"), com("Xuân Liên")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ | Tin tức | Dân vận chính quyền", "Vị trí: Tin hoạt động", "Ủy ban châu Âu", "Dân vận khéo",
 "3 không", "Lượt xem: 614"],
["07.04.2023 | 10:15", "quý I/2023", "lần thứ tư", "trên 10 ngày", "quý II", "3 không", "Lượt xem: 614"]))

PAGES.append(page("b8158-ninhthuan-mttq-traoqua-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ › Hoạt động Mặt trận › An sinh xã hội
Ngày đăng 22/09/2023 | 16:20
Thăm, tặng quà ngư dân Chăm vừa được nước ngoài trả về
Chiều 21/9, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh do ông Đàng Năng Thọ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà 14 ngư dân xã Phước Dinh, huyện Thuận Nam vừa được nước ngoài trả về địa phương sau gần 7 tháng bị bắt giữ.
Ông Đàng Năng Thọ trao quà cho gia đình ngư dân Quảng Văn Hòa.
Cùng đi có ông Thuận Văn Lâm, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Nam; bà Thập Thị Hoa, Phó Chủ tịch UBND xã Phước Dinh; Trung tá Nguyễn Hữu Hạnh, Phó Chỉ huy trưởng Đồn Biên phòng Phước Dinh.
Đoàn đã trao cho mỗi ngư dân 1 phần quà gồm 2 triệu đồng tiền mặt và nhu yếu phẩm trị giá 500.000 đồng; tổng trị giá quà tặng 35 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh. Trước đó, ngày 15/9, 14 ngư dân trên 2 tàu cá của xã đã được trao trả tại cửa khẩu, về đến địa phương an toàn.
Theo ông Thuận Văn Lâm, trong số ngư dân bị bắt giữ có 9 người là đồng bào Chăm, đa số là lao động làm thuê, gia đình thuộc hộ nghèo, hộ cận nghèo. Trong thời gian họ bị giữ, Ủy ban MTTQ huyện và xã đã vận động hỗ trợ gạo, nhu yếu phẩm cho 11 hộ khó khăn, tổng trị giá khoảng 22 triệu đồng.
Tiếp đoàn tại nhà, ngư dân Quảng Văn Hòa, 34 tuổi, thôn Từ Thiện, xúc động cho biết: "Chủ tàu nói ra khơi xa đánh bắt, khi bị bắt tôi mới biết tàu đã vào vùng biển nước ngoài. Về lần này tôi sẽ nói với anh em trong thôn đừng vì tiền công cao mà đi làm cho những chủ tàu không chấp hành pháp luật".
Ông Đàng Năng Thọ thăm hỏi, động viên các ngư dân sớm ổn định cuộc sống, đồng thời đề nghị chính quyền xã phối hợp với Đồn Biên phòng Phước Dinh làm rõ trách nhiệm của chủ tàu, xử lý nghiêm theo Nghị định số 40/2019/NĐ-CP của Chính phủ. Ông cũng đề nghị các thôn phát huy vai trò chức sắc Chăm, người có uy tín trong tuyên truyền, vận động bà con không tham gia khai thác IUU; hướng dẫn các hộ có nhu cầu vay vốn chuyển đổi nghề theo Quyết định số 412/QĐ-UBND ngày 18/7/2023 của UBND tỉnh.
Theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, từ đầu năm 2023 đến nay, Ninh Thuận có 3 tàu cá với 31 ngư dân bị nước ngoài bắt giữ, tăng 1 tàu so với cùng kỳ. Các ngành chức năng đã khởi tố 1 vụ án môi giới đưa ngư dân đi khai thác trái phép, ở thị trấn Khánh Hải.
Thanh Thủy
Tin liên quan
- Ninh Hải: tuyên truyền chống khai thác IUU cho đồng bào Chăm (12/09/2023)
- Trao 300 phần quà cho hộ nghèo xã Phước Diêm (30/08/2023)
- Ủy ban MTTQ tỉnh giao ban quý III (18/08/2023)
""", "2023-09-22", "Thăm, tặng quà ngư dân Chăm vừa được nước ngoài trả về",
E("trao_qua", None, "2023-09-21"),
[P("Đàng Năng Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thuận Văn Lâm", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Nam"),
 P("Thập Thị Hoa", "Phó Chủ tịch UBND xã Phước Dinh"),
 P("Nguyễn Hữu Hạnh", "Trung tá", "Phó Chỉ huy trưởng Đồn Biên phòng Phước Dinh"),
 P("Quảng Văn Hòa")],
[Q("14 ngư dân", 14, "ngư dân"), Q("2 triệu đồng", 2000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("2 tàu cá", 2, "tàu cá"), Q("9 người", 9, "người"),
 Q("11 hộ khó khăn", 11, "hộ khó khăn"), Q("khoảng 22 triệu đồng", 22000000, "đồng", "approx"),
 Q("3 tàu cá", 3, "tàu cá"), Q("31 ngư dân", 31, "ngư dân"), Q("1 tàu", 1, "tàu"), Q("1 vụ án", 1, "vụ án")],
[D("Nghị định", "40", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 40/2019/NĐ-CP"),
 D("Quyết định", "412", "QĐ-UBND", "2023-07-18", "UBND tỉnh", "Quyết định số 412/QĐ-UBND ngày 18/7/2023")],
[prov("Ninh Thuận"), com("Phước Dinh"), com("Khánh Hải")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ › Hoạt động Mặt trận › An sinh xã hội",
 "Ông Đàng Năng Thọ trao quà cho gia đình ngư dân Quảng Văn Hòa.", "Vì người nghèo"],
["Ngày đăng 22/09/2023 | 16:20", "gần 7 tháng", "1 phần quà", "ngày 15/9", "34 tuổi", "từ đầu năm 2023"]))
