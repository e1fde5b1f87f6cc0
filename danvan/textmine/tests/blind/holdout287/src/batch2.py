from lib import *
PAGES = []

PAGES.append(page("b6851-laocai-doithoai-dongop-2017", """
Báo Lào Cai điện tử
Chính trị » Dân vận - Mặt trận
Ngày đăng 08/11/2017 | 15:30
Chủ tịch UBND xã Bản Lầu đối thoại với dân về các khoản đóng góp
Sáng 6/11, UBND xã Bản Lầu (Mường Khương) tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2017, tập trung vào việc thu, chi các khoản đóng góp tự nguyện và công khai tài chính ngân sách xã. Gần 180 người dân của 16 thôn, bản đã tham dự.
Người dân thôn Na Pên nêu ý kiến tại buổi đối thoại.
Ông Lù Văn Chấn, Chủ tịch UBND xã Bản Lầu trực tiếp trả lời 27 ý kiến, kiến nghị. Nhiều người dân thôn Na Pên, Lùng Phìn hỏi vì sao năm nay mỗi hộ phải góp thêm 100.000 đồng cho quỹ làm đường trong khi công trình đã được Nhà nước hỗ trợ xi măng. Ông Chấn giải thích: theo cơ chế hỗ trợ xi măng của tỉnh, Nhà nước cấp 100% xi măng, còn cát, sỏi và ngày công do nhân dân tự đóng góp; mức góp do từng thôn họp dân quyết định, không phải do xã áp đặt. Xã cũng đã công khai toàn bộ số xi măng được cấp là 1.250 tấn cho 11,3 km đường.
Bà Giàng Thị Mỷ, người dân thôn Cốc Phương, phản ánh việc một số trưởng thôn thu tiền nhưng không có phiếu thu. Ông Chấn thừa nhận hạn chế và cho biết UBND xã đã yêu cầu 16 thôn sử dụng phiếu thu có đóng dấu của xã, công khai bảng thu chi tại nhà văn hóa mỗi quý, đồng thời giao Ban Thanh tra nhân dân kiểm tra định kỳ.
Ông Thào A Sử, Trưởng Ban Thanh tra nhân dân xã cho biết, 10 tháng năm 2017 Ban đã kiểm tra 5 thôn, phát hiện 2 thôn thu quỹ khuyến học chưa có biên bản họp dân; số tiền trên 6 triệu đồng đã được trả lại cho 84 hộ.
Đồng chí Vàng Văn Thắng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã đề nghị chính quyền thực hiện nghiêm Chỉ thị số 17-CT/HU của Ban Thường vụ Huyện ủy Mường Khương về chấn chỉnh việc huy động các khoản đóng góp trong nhân dân; các khoản thu phải bảo đảm nguyên tắc tự nguyện, công khai, có sự giám sát của Mặt trận và các đoàn thể.
Một số ý kiến khác đề nghị xã xem xét giảm mức đóng góp cho các hộ cận nghèo, hộ có người ốm đau dài ngày. Hiện Bản Lầu còn 312 hộ nghèo, chiếm 27,4% số hộ; xã đã miễn toàn bộ các khoản đóng góp cho những hộ này và cho người có công với cách mạng.
Kết thúc buổi đối thoại, ông Chấn cam kết trong tháng 12 UBND xã sẽ công khai quyết toán các khoản đóng góp năm 2017 tới từng thôn; những ý kiến vượt thẩm quyền đã được tổng hợp gửi UBND huyện. Theo kế hoạch, năm 2018 xã dự kiến huy động khoảng 350 triệu đồng từ nhân dân để hoàn thiện đường nội thôn và 2 nhà văn hóa.
Đức Minh - Trung tâm VH-TT-TT Mường Khương
TIN CÙNG CHUYÊN MỤC
- Bắc Hà: Tổ dân vận thôn góp phần giữ bình yên bản làng (02/11/2017)
- Lào Cai tổ chức 164 hội nghị đối thoại năm 2017 (27/10/2017)
- Si Ma Cai: Ban Thanh tra nhân dân xã Nàn Sán phát huy hiệu quả (20/10/2017)
""", "2017-11-08", "Chủ tịch UBND xã Bản Lầu đối thoại với dân về các khoản đóng góp",
E("doi_thoai", "2017", "2017-11-06"),
[P("Lù Văn Chấn", "Chủ tịch UBND xã Bản Lầu"),
 P("Giàng Thị Mỷ"),
 P("Thào A Sử", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Vàng Văn Thắng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã")],
[Q("Gần 180 người dân", 180, "người dân", "approx"), Q("16 thôn, bản", 16, "thôn, bản"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("100.000 đồng", 100000, "đồng"), Q("100%", 100, "%"), Q("1.250 tấn", 1250, "tấn"), Q("11,3 km", 11.3, "km"),
 Q("16 thôn", 16, "thôn"), Q("5 thôn", 5, "thôn"), Q("2 thôn", 2, "thôn"), Q("trên 6 triệu đồng", 6000000, "đồng", "over"),
 Q("84 hộ", 84, "hộ"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("2 nhà văn hóa", 2, "nhà văn hóa"), Q("312 hộ nghèo", 312, "hộ nghèo"), Q("27,4%", 27.4, "%")],
[D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy Mường Khương", "Chỉ thị số 17-CT/HU")],
[prov("Lào Cai"), com("Bản Lầu")],
["Báo Lào Cai điện tử", "Chính trị » Dân vận - Mặt trận", "Người dân thôn Na Pên nêu ý kiến tại buổi đối thoại.",
 "Trung tâm VH-TT-TT Mường Khương"],
["Ngày đăng 08/11/2017 | 15:30", "năm 2017", "10 tháng năm 2017", "năm 2018", "tháng 12"]))

PAGES.append(page("b6852-dongthap-baocao-quyettoan-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN KHÁNH TRUNG - HUYỆN LẤP VÒ - TỈNH ĐỒNG THÁP
Trang chủ >> Công khai ngân sách >> Quyết toán
05/04/2018 09:10
UBND xã Tân Khánh Trung công khai quyết toán ngân sách và các khoản đóng góp của nhân dân năm 2017
Thực hiện Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách, ngày 3/4/2018 UBND xã Tân Khánh Trung ban hành Báo cáo số 41/BC-UBND về tình hình thực hiện và quyết toán ngân sách xã năm 2017 (đã được HĐND xã phê chuẩn tại Nghị quyết số 02/NQ-HĐND ngày 28/3/2018). Nội dung chính như sau:
1. Thu ngân sách: tổng thu ngân sách xã năm 2017 là 9.862.417.000 đồng, đạt 108,6% dự toán; trong đó thu bổ sung từ ngân sách cấp trên 6.915 triệu đồng, thu tại xã 2.947 triệu đồng.
2. Chi ngân sách: tổng chi 9.540.230.000 đồng, đạt 104,9% dự toán; chi đầu tư phát triển 2,86 tỷ đồng, chi thường xuyên 6,68 tỷ đồng. Kết dư ngân sách chuyển sang năm 2018 là 322.187.000 đồng.
3. Các khoản đóng góp của nhân dân: trong năm, nhân dân 7 ấp đóng góp 1,34 tỷ đồng để làm 5 cây cầu bê tông và nâng cấp 3,6 km đường giao thông nông thôn; quỹ quốc phòng - an ninh thu 86,5 triệu đồng; quỹ đền ơn đáp nghĩa thu 41 triệu đồng. Toàn bộ số tiền đã được sử dụng đúng mục đích, có sự giám sát của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng xã.
4. Hình thức công khai: niêm yết tại trụ sở UBND xã và văn phòng 7 ấp trong thời gian 30 ngày; thông báo trên Đài truyền thanh xã và đăng trên Cổng thông tin điện tử xã.
Ý kiến phản hồi về nội dung công khai, người dân gửi về bà Nguyễn Thị Ngọc Hạnh, công chức Tài chính - Kế toán xã, hoặc ông Phan Văn Út, Trưởng Ban Thanh tra nhân dân xã, trước ngày 5/5/2018.
Báo cáo cũng nêu, năm 2017 xã đã tổ chức 2 hội nghị công khai tài chính tại ấp, tiếp nhận 9 ý kiến của người dân, chủ yếu đề nghị ghi rõ tên hộ đóng góp và số tiền trên bảng niêm yết; tất cả đã được UBND xã tiếp thu. Việc công khai được thực hiện theo hướng dẫn của Sở Tài chính tỉnh Đồng Tháp và Kế hoạch của UBND huyện Lấp Vò.
Theo ông Trần Thanh Phong, Phó Chủ tịch UBND xã Tân Khánh Trung, năm 2018 xã tiếp tục vận động nhân dân đóng góp theo Kế hoạch số 15/KH-UBND về xây dựng nông thôn mới nâng cao; mọi khoản huy động đều được đưa ra họp dân ở từng ấp và thực hiện theo Nghị định số 24/1999/NĐ-CP của Chính phủ.
TM. UBND XÃ - CHỦ TỊCH
Lê Văn Rở
Lượt truy cập: 48.210
Các tin khác
- Công khai dự toán ngân sách xã năm 2018 (10/01/2018)
- Kết quả thu quỹ quốc phòng - an ninh năm 2017 (29/12/2017)
- Thông báo lịch tiếp công dân quý II/2018 (02/04/2018)
""", "2018-04-05", "UBND xã Tân Khánh Trung công khai quyết toán ngân sách và các khoản đóng góp của nhân dân năm 2017",
E("bao_cao", "2017", "2018-04-03"),
[P("Nguyễn Thị Ngọc Hạnh", "công chức Tài chính - Kế toán xã"),
 P("Phan Văn Út", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Trần Thanh Phong", "Phó Chủ tịch UBND xã Tân Khánh Trung"),
 P("Lê Văn Rở", "CHỦ TỊCH")],
[Q("9.862.417.000 đồng", 9862417000, "đồng"), Q("108,6%", 108.6, "%"), Q("6.915 triệu đồng", 6915000000, "đồng"),
 Q("2.947 triệu đồng", 2947000000, "đồng"), Q("9.540.230.000 đồng", 9540230000, "đồng"), Q("104,9%", 104.9, "%"),
 Q("2,86 tỷ đồng", 2860000000, "đồng"), Q("6,68 tỷ đồng", 6680000000, "đồng"), Q("322.187.000 đồng", 322187000, "đồng"),
 Q("7 ấp", 7, "ấp"), Q("1,34 tỷ đồng", 1340000000, "đồng"), Q("5 cây cầu bê tông", 5, "cây cầu bê tông"),
 Q("3,6 km", 3.6, "km"), Q("86,5 triệu đồng", 86500000, "đồng"), Q("41 triệu đồng", 41000000, "đồng"), Q("2 hội nghị công khai tài chính", 2, "hội nghị công khai tài chính"), Q("9 ý kiến", 9, "ý kiến")],
[D("Thông tư", "343", "2016/TT-BTC", "2016-12-30", "Bộ Tài chính", "Thông tư số 343/2016/TT-BTC ngày 30/12/2016"),
 D("Báo cáo", "41", "BC-UBND", None, "UBND xã Tân Khánh Trung", "Báo cáo số 41/BC-UBND"),
 D("Nghị quyết", "02", "NQ-HĐND", "2018-03-28", "HĐND xã", "Nghị quyết số 02/NQ-HĐND ngày 28/3/2018"),
 D("Kế hoạch", "15", "KH-UBND", None, None, "Kế hoạch số 15/KH-UBND"),
 D("Nghị định", "24", "1999/NĐ-CP", None, "Chính phủ", "Nghị định số 24/1999/NĐ-CP")],
[prov("Đồng Tháp"), com("Tân Khánh Trung")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN KHÁNH TRUNG - HUYỆN LẤP VÒ - TỈNH ĐỒNG THÁP", "Trang chủ >> Công khai ngân sách >> Quyết toán",
 "TM. UBND XÃ - CHỦ TỊCH", "Lượt truy cập: 48.210", "Đài truyền thanh xã"],
["05/04/2018 09:10", "năm 2017", "năm 2018", "30 ngày", "Lượt truy cập: 48.210"]))

PAGES.append(page("b6853-thaibinh-giaoban-dongop-2019", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh
Thứ Sáu, 12/04/2019 - 16:20
Hạn chế tình trạng lạm thu các khoản đóng góp trong nhân dân
Chiều 10/4, Ban Dân vận Tỉnh ủy Thái Bình tổ chức giao ban công tác dân vận quý I năm 2019 với trưởng ban dân vận các huyện, thành ủy. Đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Thị Thu Hà phát biểu kết luận giao ban.
Báo cáo của Ban cho thấy, quý I, khối dân vận các cấp tiếp nhận 96 đơn thư, trong đó khoảng 1/3 phản ánh việc thu các khoản đóng góp ở thôn, tổ dân phố chưa đúng quy định, nhất là thu quỹ xây dựng nông thôn mới kiểu mẫu và đóng góp cho trường học. Qua nắm tình hình tại 286 xã, phường, thị trấn, có 12 xã còn để thôn tự đặt ra mức thu mà không qua họp dân; một số nơi thu gộp đến 7 - 8 khoản trong một lần.
Đồng chí Đặng Văn Chiến, HUV, Trưởng Ban Dân vận Huyện ủy Quỳnh Phụ cho biết, sau khi Ban Thường vụ Huyện ủy ban hành Công văn số 215-CV/HU, 100% xã trong huyện đã rà soát, bãi bỏ 4 khoản thu không có cơ sở pháp lý; xã An Ấp trả lại cho nhân dân hơn 140 triệu đồng. Đồng chí Bùi Thị Hương, Trưởng Ban Dân vận Huyện ủy Tiền Hải, kiến nghị tỉnh sớm có hướng dẫn thống nhất về các khoản đóng góp tự nguyện, tránh để mỗi nơi một kiểu.
Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Tỉnh ủy yêu cầu khối dân vận các cấp tham mưu cấp ủy tiếp tục thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; chỉ đạo chính quyền công khai các khoản thu, chi theo Thông tư số 344/2016/TT-BTC của Bộ Tài chính quy định về quản lý ngân sách xã và các hoạt động tài chính khác của xã, phường, thị trấn. Quý II, Ban Dân vận Tỉnh ủy sẽ phối hợp Ủy ban MTTQ tỉnh kiểm tra việc huy động đóng góp tại 8 huyện, thành phố theo Kế hoạch số 32-KH/BDVTU, đồng thời đôn đốc thực hiện Chỉ thị số 22-CT/TU ngày 25/3/2019 của Ban Thường vụ Tỉnh ủy về chấn chỉnh việc huy động, sử dụng các khoản đóng góp của nhân dân.
Đại diện Ủy ban MTTQ tỉnh, bà Lại Thị Minh Thư, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin: năm 2018 Ban Thanh tra nhân dân các xã đã giám sát 1.146 cuộc, kiến nghị thu hồi, trả lại cho dân gần 1,3 tỷ đồng thu sai quy định.
Tại buổi giao ban, đồng chí Phạm Văn Tuyển, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt một số nhiệm vụ trọng tâm quý II, trong đó có việc nhân rộng 45 mô hình "Dân vận khéo" về công khai tài chính ở thôn, tổ dân phố.
Thu Hằng
Tin liên quan
- Vũ Thư: xã Tân Lập công khai thu chi trên bảng tin điện tử (05/04/2019)
- Hội nghị tổng kết công tác dân vận năm 2018 (28/12/2018)
- Kiến Xương đối thoại với nhân dân về giải phóng mặt bằng (20/03/2019)
""", "2019-04-12", "Hạn chế tình trạng lạm thu các khoản đóng góp trong nhân dân",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Chiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳnh Phụ"),
 P("Bùi Thị Hương", "Trưởng Ban Dân vận Huyện ủy Tiền Hải"),
 P("Lại Thị Minh Thư", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Tuyển", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("96 đơn thư", 96, "đơn thư"), Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"), Q("12 xã", 12, "xã"),
 Q("100%", 100, "%"), Q("4 khoản thu", 4, "khoản thu"), Q("hơn 140 triệu đồng", 140000000, "đồng", "over"),
 Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("45 mô hình", 45, "mô hình"), Q("1.146 cuộc", 1146, "cuộc"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx")],
[D("Công văn", "215", "CV/HU", None, "Ban Thường vụ Huyện ủy", "Công văn số 215-CV/HU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Thông tư", "344", "2016/TT-BTC", None, "Bộ Tài chính", "Thông tư số 344/2016/TT-BTC"),
 D("Kế hoạch", "32", "KH/BDVTU", None, None, "Kế hoạch số 32-KH/BDVTU"),
 D("Chỉ thị", "22", "CT/TU", "2019-03-25", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 25/3/2019")],
[prov("Thái Bình"), com("An Ấp")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh",
 "Đồng chí Nguyễn Thị Thu Hà phát biểu kết luận giao ban.", "Dân vận khéo"],
["Thứ Sáu, 12/04/2019 - 16:20", "quý I năm 2019", "Quý II", "quý II", "1/3", "7 - 8 khoản", "năm 2018"]))

PAGES.append(page("b6854-soctrang-mttq-giamsat-2019", """
Báo Sóc Trăng Online
Trang chủ - Chính trị - Mặt trận
Thứ Tư, 30/10/2019 - 07:45
Mặt trận huyện Trần Đề giám sát công khai tài chính tại xã Đại Ân 2
(STO) - Ngày 28/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Trần Đề tổ chức giám sát việc thực hiện công khai tài chính ngân sách và các khoản đóng góp của nhân dân năm 2019 tại xã Đại Ân 2. Ông Lâm Văn Sết, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn.
Đoàn giám sát làm việc với UBND xã Đại Ân 2.
Theo báo cáo của UBND xã, dự toán thu ngân sách năm 2019 được HĐND xã giao 7,42 tỷ đồng; 9 tháng đã thu 5,96 tỷ đồng, đạt 80,3%. Xã đã niêm yết dự toán tại trụ sở và 9 ấp, thông báo trên đài truyền thanh 3 lần. Trong năm, bà con đóng góp hơn 620 triệu đồng xây 4 cây cầu giao thông nông thôn và lắp 2,8 km đèn đường ở các ấp có đông đồng bào Khmer.
Ông Thạch Sa Rươn, Chủ tịch UBND xã Đại Ân 2 cho biết, mọi khoản vận động đều được đưa ra họp dân ở từng ấp, có biên bản ký xác nhận của đại diện các hộ và Ban Thanh tra nhân dân. Ông Kim Sóc Khum, Trưởng Ban Thanh tra nhân dân xã, bổ sung: Ban đã giám sát 6 lần, phát hiện ấp Phước Hòa chưa công khai phần kinh phí còn dư sau khi làm cầu, đã kiến nghị công khai bổ sung.
Qua giám sát, Đoàn ghi nhận xã thực hiện tương đối đầy đủ Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn; tuy nhiên việc công khai quyết toán ngân sách năm 2018 chậm 15 ngày so với quy định của Thông tư số 343/2016/TT-BTC; bảng niêm yết ở một số ấp chỉ có tiếng Việt, chưa có bản tóm tắt bằng tiếng Khmer cho bà con dễ theo dõi; sổ sách ghi các khoản đóng góp của một số ấp còn tẩy xóa.
Phát biểu tại buổi giám sát, bà Sơn Thị Ngọc Hân, Phó Bí thư Đảng ủy xã Đại Ân 2 tiếp thu các ý kiến, cho biết Đảng ủy sẽ chỉ đạo khắc phục ngay trong quý IV, đồng thời giao Mặt trận xã chủ trì tổ chức hội nghị công khai tài chính tại 9 ấp trước ngày 31/12.
Kết luận, ông Lâm Văn Sết đề nghị UBND xã thực hiện đúng Quyết định số 217-QĐ/TW của Bộ Chính trị về quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, tạo điều kiện để Ban Thanh tra nhân dân tiếp cận chứng từ thu chi. Đoàn sẽ có văn bản kiến nghị gửi UBND xã trong 10 ngày theo Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam huyện. Năm 2019, Ủy ban MTTQ tỉnh Sóc Trăng chọn 11 xã để giám sát chuyên đề về công khai tài chính.
Phước Lợi
Tin khác
- Long Phú: đối thoại về các khoản đóng góp xây dựng nông thôn mới (22/10/2019)
- Mỹ Xuyên: 100% ấp có Tổ Nhân dân tự quản (16/10/2019)
- Châu Thành tập huấn Ban Giám sát đầu tư của cộng đồng (08/10/2019)
""", "2019-10-30", "Mặt trận huyện Trần Đề giám sát công khai tài chính tại xã Đại Ân 2",
E("giam_sat", "2019", "2019-10-28"),
[P("Lâm Văn Sết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thạch Sa Rươn", "Chủ tịch UBND xã Đại Ân 2"),
 P("Kim Sóc Khum", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Sơn Thị Ngọc Hân", "Phó Bí thư Đảng ủy xã Đại Ân 2")],
[Q("7,42 tỷ đồng", 7420000000, "đồng"), Q("5,96 tỷ đồng", 5960000000, "đồng"), Q("80,3%", 80.3, "%"),
 Q("9 ấp", 9, "ấp"), Q("3 lần", 3, "lần"), Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
 Q("4 cây cầu giao thông nông thôn", 4, "cây cầu giao thông nông thôn"), Q("2,8 km", 2.8, "km"),
 Q("6 lần", 6, "lần"), Q("11 xã", 11, "xã")],
[D("Thông tư", "343", "2016/TT-BTC", None, None, "Thông tư số 343/2016/TT-BTC"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 12/KH-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["Báo Sóc Trăng Online", "Trang chủ - Chính trị - Mặt trận", "(STO)", "Đoàn giám sát làm việc với UBND xã Đại Ân 2.",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn"],
["Thứ Tư, 30/10/2019 - 07:45", "năm 2019", "9 tháng", "năm 2018", "15 ngày", "quý IV", "10 ngày", "Năm 2019"]))

PAGES.append(page("b6855-phutho-soket-dcc-2020", """
Báo Phú Thọ điện tử
Xây dựng Đảng | Dân vận
17/07/2020 - 14:05
Sơ kết 6 tháng thực hiện quy chế dân chủ ở cơ sở: chú trọng công khai các khoản đóng góp
Ngày 15/7, Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Thanh Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2020. Đồng chí Hà Văn Thắng, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Hà Văn Thắng phát biểu chỉ đạo hội nghị. Ảnh: Thu Hường
6 tháng đầu năm, 23 xã, thị trấn trong huyện đã tổ chức hội nghị công khai dự toán ngân sách năm 2020 đúng thời gian; 291 khu dân cư niêm yết công khai các khoản đóng góp. Nhân dân đóng góp trên 5,1 tỷ đồng, hiến 21.400 m2 đất để làm đường, xây nhà văn hóa khu. Tuy nhiên, đợt thu quỹ phòng, chống dịch Covid-19 ở một số khu còn vận động theo kiểu "bình quân", chưa thật sự tự nguyện; 3 xã chậm công khai quyết toán ngân sách năm 2019.
Bà Đinh Thị Hoài, Trưởng Ban Dân vận Huyện ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo, cho biết Ban đã kiểm tra 6 xã theo Kế hoạch số 47-KH/BCĐ, phát hiện xã Tân Minh thu quỹ an ninh quốc phòng cao hơn mức quy định 30.000 đồng/hộ; xã đã trả lại tiền cho 265 hộ trong tháng 6.
Ông Đinh Công Sức, Chủ tịch UBND xã Thu Cúc chia sẻ: "Dân tộc Mường chúng tôi có câu 'của chung thì phải chung bàn'. Xã làm đường liên khu 3,2 km, dân góp 640 triệu đồng, mỗi tuần đều dán bảng chi tiêu ở chợ, người dân tự kiểm tra, không ai thắc mắc".
Ông Hà Văn Bảy, Chủ tịch Ủy ban MTTQ huyện, đề nghị phát huy vai trò 23 Ban Thanh tra nhân dân và 23 Ban Giám sát đầu tư của cộng đồng; kiến nghị UBND huyện cấp bổ sung kinh phí hoạt động cho các Ban khoảng 5 triệu đồng/năm.
Một số đại biểu cho rằng, cán bộ khu dân cư kiêm nhiệm nhiều việc nên việc ghi chép sổ thu quỹ còn sơ sài; đề nghị huyện mở lớp bồi dưỡng nghiệp vụ kế toán đơn giản cho trưởng khu và tổ trưởng tổ thu. Bà Hoàng Thị Nga, Trưởng Ban Thanh tra nhân dân thị trấn Thanh Sơn đề xuất công khai các khoản đóng góp qua nhóm Zalo của khu dân cư để bà con đi làm xa cũng nắm được; hiện thị trấn đã có 14 khu thực hiện cách làm này.
Kết luận hội nghị, đồng chí Hà Văn Thắng yêu cầu 6 tháng cuối năm các cấp ủy quán triệt thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị; Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy Phú Thọ về tăng cường sự lãnh đạo của Đảng trong huy động, quản lý các khoản đóng góp của nhân dân; không để phát sinh các khoản thu ngoài quy định trong dịp tổ chức đại hội đảng bộ các cấp.
Thu Hường
TIN CÙNG CHUYÊN MỤC
- Tân Sơn: đối thoại với nhân dân về giải phóng mặt bằng (14/07/2020)
- Yên Lập sơ kết 5 năm phong trào "Dân vận khéo" (09/07/2020)
- Cẩm Khê: 100% khu dân cư công khai quỹ phòng chống thiên tai (02/07/2020)
""", "2020-07-17", "Sơ kết 6 tháng thực hiện quy chế dân chủ ở cơ sở: chú trọng công khai các khoản đóng góp",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Hà Văn Thắng", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Chỉ đạo"),
 P("Đinh Thị Hoài", "Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Đinh Công Sức", "Chủ tịch UBND xã Thu Cúc"),
 P("Hà Văn Bảy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hoàng Thị Nga", "Trưởng Ban Thanh tra nhân dân thị trấn Thanh Sơn")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("291 khu dân cư", 291, "khu dân cư"), Q("trên 5,1 tỷ đồng", 5100000000, "đồng", "over"),
 Q("21.400 m2", 21400, "m2"), Q("3 xã", 3, "xã"), Q("6 xã", 6, "xã"), Q("30.000 đồng", 30000, "đồng"), Q("265 hộ", 265, "hộ"),
 Q("3,2 km", 3.2, "km"), Q("640 triệu đồng", 640000000, "đồng"), Q("23 Ban Thanh tra nhân dân", 23, "Ban Thanh tra nhân dân"),
 Q("23 Ban Giám sát đầu tư của cộng đồng", 23, "Ban Giám sát đầu tư của cộng đồng"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("14 khu", 14, "khu")],
[D("Kế hoạch", "47", "KH/BCĐ", None, None, "Kế hoạch số 47-KH/BCĐ"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Phú Thọ", "Chỉ thị số 09-CT/TU")],
[prov("Phú Thọ"), com("Tân Minh"), com("Thu Cúc"), com("Thanh Sơn")],
["Báo Phú Thọ điện tử", "Xây dựng Đảng | Dân vận", "Đồng chí Hà Văn Thắng phát biểu chỉ đạo hội nghị. Ảnh: Thu Hường",
 "của chung thì phải chung bàn"],
["17/07/2020 - 14:05", "6 tháng đầu năm 2020", "6 tháng cuối năm", "năm 2019", "năm 2020", "tháng 6"]))

PAGES.append(page("b6856-kontum-hoinghi-congkhai-2020", """
BÁO KON TUM ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
Cập nhật lúc 10:30 ngày 26/11/2020
Xã Đăk Tờ Re công khai tài chính, người dân đồng thuận
Ngày 24/11, UBND xã Đăk Tờ Re (huyện Kon Rẫy, tỉnh Kon Tum) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị công khai tài chính và các khoản đóng góp của nhân dân năm 2020. Tham dự có đồng chí A Tuấn, Bí thư Đảng ủy xã và gần 150 người là già làng, người có uy tín, trưởng thôn và đại diện các hộ của 6 thôn.
Già làng A Hrin, thôn Kon Skôi phát biểu ý kiến tại hội nghị.
Bà Y Liên, Phó Chủ tịch UBND xã Đăk Tờ Re thông qua báo cáo: năm 2020, tổng thu ngân sách xã ước đạt 5,28 tỷ đồng, tổng chi 5,14 tỷ đồng. Từ Chương trình mục tiêu quốc gia giảm nghèo bền vững, xã được phân bổ hơn 1,1 tỷ đồng hỗ trợ phát triển sản xuất cho 138 hộ nghèo; danh sách từng hộ, số bò, số cây giống được nhận đều được đọc công khai tại hội nghị và niêm yết ở nhà rông các thôn theo Thông tư số 54/2006/TT-BTC.
Về đóng góp của nhân dân, bà con đã góp 1.480 ngày công, 96 triệu đồng và hiến 3.200 m2 đất làm đường bê tông nội thôn theo phương thức "Nhà nước và nhân dân cùng làm". Ông Đinh Văn Hòa, Trưởng Ban Thanh tra nhân dân xã cho biết, Ban đã giám sát 3 công trình, không phát hiện sai phạm; tiền đóng góp của từng thôn do trưởng thôn và già làng cùng quản lý, chi tiêu có biên bản.
Tại hội nghị, già làng A Hrin, thôn Kon Skôi, đề nghị xã tiếp tục đọc công khai bằng tiếng Xơ Đăng để bà con lớn tuổi hiểu rõ. Chị Y Thúy, thôn Kon Rơ Lang hỏi về khoản tiền hỗ trợ nhà ở chưa nhận đủ; lãnh đạo xã giải thích đợt 2 sẽ giải ngân trong tháng 12.
Ông A Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã thông tin thêm: năm 2020, Mặt trận xã tiếp nhận 17 ý kiến của người dân qua hòm thư góp ý và các buổi sinh hoạt thôn, trong đó 5 ý kiến liên quan đến việc chi hỗ trợ sản xuất; tất cả đã được trả lời công khai. Mặt trận cũng vận động được 42 triệu đồng ủng hộ Quỹ "Vì người nghèo", số tiền được công bố tên từng người góp và chi cho 21 hộ khó khăn sửa nhà trước mùa mưa.
Phát biểu tại hội nghị, đồng chí A Tuấn đề nghị chính quyền xã thực hiện tốt Kế hoạch số 35-KH/ĐU của Đảng ủy xã về thực hiện quy chế dân chủ ở cơ sở năm 2020; các khoản hỗ trợ của Nhà nước và đóng góp của dân phải "rõ từng đồng, đến từng hộ". Năm 2021, xã dự kiến vận động nhân dân đóng góp khoảng 120 triệu đồng làm 1,5 km đường nội đồng.
Thùy Dung
Các tin đã đưa
- Kon Rẫy: 42 người có uy tín được tập huấn kỹ năng hòa giải (19/11/2020)
- Đăk Hà công khai nguồn vốn hỗ trợ hộ nghèo (12/11/2020)
- Sa Thầy tổng kết 5 năm thực hiện Chỉ thị 05 (04/11/2020)
- Ngọc Hồi: Mặt trận giám sát việc chi hỗ trợ nhà ở cho hộ nghèo (28/10/2020)
""", "2020-11-26", "Xã Đăk Tờ Re công khai tài chính, người dân đồng thuận",
E("hoi_nghi", "2020", "2020-11-24"),
[P("A Tuấn", "Bí thư Đảng ủy xã"),
 P("A Hrin", "Già làng"),
 P("Y Liên", "Phó Chủ tịch UBND xã Đăk Tờ Re"),
 P("Đinh Văn Hòa", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Y Thúy"),
 P("A Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("gần 150 người", 150, "người", "approx"), Q("6 thôn", 6, "thôn"), Q("5,28 tỷ đồng", 5280000000, "đồng"),
 Q("5,14 tỷ đồng", 5140000000, "đồng"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("138 hộ nghèo", 138, "hộ nghèo"),
 Q("1.480 ngày công", 1480, "ngày công"), Q("96 triệu đồng", 96000000, "đồng"), Q("3.200 m2", 3200, "m2"),
 Q("3 công trình", 3, "công trình"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("1,5 km", 1.5, "km"),
 Q("17 ý kiến", 17, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("42 triệu đồng", 42000000, "đồng"), Q("21 hộ khó khăn", 21, "hộ khó khăn")],
[D("Thông tư", "54", "2006/TT-BTC", None, None, "Thông tư số 54/2006/TT-BTC"),
 D("Kế hoạch", "35", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU")],
[prov("Kon Tum"), com("Đăk Tờ Re")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Già làng A Hrin, thôn Kon Skôi phát biểu ý kiến tại hội nghị.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Nhà nước và nhân dân cùng làm", "rõ từng đồng, đến từng hộ", "Vì người nghèo"],
["Cập nhật lúc 10:30 ngày 26/11/2020", "năm 2020", "Năm 2021", "đợt 2", "tháng 12"]))
