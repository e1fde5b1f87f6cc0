from lib import *
PAGES = []

PAGES.append(page("b7799-tuyenquang-hocbong-lungcu-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội › Giáo dục › Khuyến học
Thứ Sáu, 22/8/2025 - 10:30
Ông Sùng Mí Chứ trao học bổng cho học sinh xã Lũng Cú.
Hơn 300 suất học bổng đến với học sinh vùng cao Lũng Cú, Đồng Văn
Ngày 21/8/2025, Hội Khuyến học tỉnh Tuyên Quang phối hợp với Quỹ Học bổng Vừ A Dính trao 320 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn tại xã Lũng Cú và xã Đồng Văn, trước thềm năm học mới 2025 - 2026.
Đây là lần đầu Hội Khuyến học tỉnh Tuyên Quang (mới) tổ chức trao học bổng tại các xã vùng cao của địa bàn Hà Giang cũ sau khi hợp nhất tỉnh. Mỗi suất học bổng gồm 800.000 đồng tiền mặt, 1 áo ấm và 15 quyển vở; tổng giá trị hơn 300 triệu đồng. Trong số học sinh nhận học bổng có 248 em người Mông, 41 em người Lô Lô, còn lại là người Dao, người Tày.
Dự buổi lễ có bà Hầu Thị Dua, Phó Chủ tịch Hội Khuyến học tỉnh; ông Sùng Mí Chứ, Bí thư Đảng ủy xã Lũng Cú; ông Lò Văn Pả, Chủ tịch UBND xã Lũng Cú; bà Vừ Thị Dế, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn, kiêm Chủ tịch Hội Khuyến học xã.
Theo bà Hầu Thị Dua, sau hợp nhất, toàn tỉnh có 124 xã, phường; Hội đang kiện toàn tổ chức hội ở cấp xã theo Hướng dẫn số 12/HD-KHVN ngày 10/7/2025 của Trung ương Hội Khuyến học Việt Nam và Kế hoạch số 28-KH/TU ngày 15/7/2025 của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức các hội quần chúng. Đến nay 118/124 xã, phường đã có ban chấp hành hội khuyến học lâm thời.
Ông Sùng Mí Chứ cho biết, xã Lũng Cú (mới) có 3.460 hộ, trên 90% là đồng bào Mông; tỷ lệ trẻ 6 - 14 tuổi đến trường đạt 98,7%. Xã đã có 27 dòng họ người Mông, Lô Lô lập quỹ khuyến học, nhiều dòng họ như họ Sùng, họ Vàng, họ Lò quy định mỗi hộ góp 50.000 đồng/năm, ai có con đỗ đại học được dòng họ thưởng 2 triệu đồng.
Tại buổi lễ, em Lò Thị Chía, học sinh lớp 9 Trường Phổ thông dân tộc bán trú THCS Lũng Cú, người Lô Lô, đại diện các bạn cảm ơn nhà tài trợ. Em cho biết nhà có 6 anh chị em, em là người đầu tiên trong gia đình học đến lớp 9.
Cũng dịp này, Hội Khuyến học tỉnh trao 60 bộ máy tính cũ đã được sửa chữa cho 2 trường bán trú của xã và 12 tủ sách cho các điểm trường thôn. Ông Lò Văn Pả cho biết, xã sẽ dùng tủ sách để mở thêm các buổi đọc sách cuối tuần cho học sinh ở nội trú.
Bà Vừ Thị Dế đề nghị Hội tỉnh tiếp tục quan tâm đến khoảng 150 học sinh người Mông có nguy cơ bỏ học để đi làm thuê ở các tỉnh phía Bắc.
Phạm Hoan
Tin liên quan
- Tuyên Quang: kiện toàn Hội Khuyến học tỉnh sau hợp nhất (05/08/2025)
- Xã Mèo Vạc trao 100 suất học bổng cho học sinh nghèo (28/07/2025)
- Hội Khuyến học xã Yên Minh ra mắt ban chấp hành lâm thời (20/07/2025)
""", "2025-08-22", "Hơn 300 suất học bổng đến với học sinh vùng cao Lũng Cú, Đồng Văn",
E("trao_qua", None, "2025-08-21"),
[P("Sùng Mí Chứ", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Hầu Thị Dua", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Lò Văn Pả", "Chủ tịch UBND xã Lũng Cú"),
 P("Vừ Thị Dế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn", "kiêm Chủ tịch Hội Khuyến học xã"),
 P("Lò Thị Chía")],
[Q("320 suất học bổng", 320, "suất học bổng"), Q("800.000 đồng", 800000, "đồng"), Q("15 quyển vở", 15, "quyển vở"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
 Q("248 em người Mông", 248, "em người Mông"), Q("41 em người Lô Lô", 41, "em người Lô Lô"), Q("124 xã, phường", 124, "xã, phường"),
 Q("118/124 xã, phường", 118, "xã, phường"), Q("3.460 hộ", 3460, "hộ"), Q("trên 90%", 90, "%", "over"), Q("98,7%", 98.7, "%"),
 Q("27 dòng họ người Mông, Lô Lô", 27, "dòng họ người Mông, Lô Lô"), Q("50.000 đồng/năm", 50000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("6 anh chị em", 6, "anh chị em"), Q("60 bộ máy tính", 60, "bộ máy tính"),
 Q("2 trường bán trú", 2, "trường bán trú"), Q("12 tủ sách", 12, "tủ sách"), Q("khoảng 150 học sinh người Mông", 150, "học sinh người Mông", "approx")],
[D("Hướng dẫn", "12", "HD-KHVN", "2025-07-10", "Trung ương Hội Khuyến học Việt Nam", "Hướng dẫn số 12/HD-KHVN ngày 10/7/2025"),
 D("Kế hoạch", "28", "KH/TU", "2025-07-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 28-KH/TU ngày 15/7/2025")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Đồng Văn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội › Giáo dục › Khuyến học", "Ông Sùng Mí Chứ trao học bổng cho học sinh xã Lũng Cú.",
 "Quỹ Học bổng Vừ A Dính", "Hà Giang"],
["Thứ Sáu, 22/8/2025 - 10:30", "năm học mới 2025 - 2026", "1 áo ấm", "6 - 14 tuổi", "lớp 9"]))

PAGES.append(page("b7800-vinhlong-khuyenhoc-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Thời sự › Chính trị › Mặt trận - Đoàn thể
09/01/2026 08:45
Toàn cảnh hội nghị.
Hội Khuyến học tỉnh Vĩnh Long triển khai nhiệm vụ năm 2026
Sáng 8/1/2026, Hội Khuyến học tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025 - năm đầu tiên hoạt động sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh - và triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Kim Ngọc Thái, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Thanh Hằng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025, dù phải kiện toàn tổ chức, các cấp hội trong tỉnh vẫn huy động quỹ khuyến học đạt 142,8 tỷ đồng; trao 98.600 suất học bổng, phần thưởng. Đến cuối năm, 124/124 xã, phường đã hoàn thành kiện toàn hội khuyến học theo mô hình chính quyền địa phương hai cấp, với tổng số 612.500 hội viên, gần 3.900 chi hội.
Phong trào xây dựng gia đình học tập, dòng họ học tập tiếp tục được duy trì: toàn tỉnh có 512.300 gia đình học tập, 3.420 dòng họ học tập, 2.180 cộng đồng học tập. Tại các xã có đông đồng bào Khmer như xã Tập Sơn, xã Long Hiệp, các chùa Phật giáo Nam tông Khmer phối hợp với hội tổ chức 186 lớp dạy chữ Khmer hè cho hơn 6.200 học sinh.
Hội nghị đã nghe các tham luận của Hội Khuyến học phường Bến Tre, xã Tập Sơn và dòng họ Nguyễn Văn ở xã Mỏ Cày. Ông Thạch Sa Rinh, Chủ tịch Hội Khuyến học xã Tập Sơn, cho biết xã có 14 dòng họ người Khmer lập quỹ với tổng số tiền 310 triệu đồng; Đại đức Thạch Chanh Đa, trụ trì chùa Ba Sát, vận động phật tử góp 1.500 kg gạo cho học sinh nghèo.
Theo báo cáo, năm 2026 Hội thực hiện Kế hoạch số 15-KH/TU ngày 25/11/2025 của Ban Thường vụ Tỉnh ủy về khuyến học, khuyến tài giai đoạn 2025 - 2030 và Quyết định số 08/QĐ-UBND, 09/QĐ-UBND của UBND tỉnh ban hành tiêu chí đánh giá, công nhận các mô hình học tập; phấn đấu quỹ khuyến học đạt từ 150 tỷ đồng trở lên, 85% hộ đạt gia đình học tập.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thái ghi nhận sự nỗ lực của các cấp hội trong bối cảnh sắp xếp bộ máy, đề nghị Hội chú trọng học sinh ở các xã ven biển, xã có đông đồng bào Khmer; gắn phong trào khuyến học với chuyển đổi số, nâng cao năng lực số cho người dân.
Dịp này, ông Lê Văn Đẩu, Chủ tịch Hội Khuyến học tỉnh, trao giấy khen cho 30 tập thể, 42 cá nhân; các ông, bà Trần Thị Kim Phượng, Sơn Thị Ánh Nguyệt - Phó Chủ tịch Hội Khuyến học tỉnh trao học bổng cho 40 sinh viên nghèo, mỗi suất 5 triệu đồng.
Trúc Linh
Tin khác
- Xã Càng Long trao 120 suất học bổng cho học sinh Khmer (30/12/2025)
- Hội Khuyến học phường Long Châu biểu dương gia đình học tập (20/12/2025)
- Vĩnh Long: ra mắt Quỹ khuyến học tỉnh sau hợp nhất (05/12/2025)
""", "2026-01-09", "Hội Khuyến học tỉnh Vĩnh Long triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Kim Ngọc Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Hằng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rinh", "Chủ tịch Hội Khuyến học xã Tập Sơn"),
 P("Thạch Chanh Đa", "Đại đức", "trụ trì chùa Ba Sát"),
 P("Lê Văn Đẩu", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Thị Kim Phượng", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Sơn Thị Ánh Nguyệt", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("142,8 tỷ đồng", 142800000000, "đồng"), Q("98.600 suất học bổng, phần thưởng", 98600, "suất học bổng, phần thưởng"),
 Q("124/124 xã, phường", 124, "xã, phường"), Q("612.500 hội viên", 612500, "hội viên"), Q("gần 3.900 chi hội", 3900, "chi hội", "approx"),
 Q("512.300 gia đình học tập", 512300, "gia đình học tập"), Q("3.420 dòng họ học tập", 3420, "dòng họ học tập"),
 Q("2.180 cộng đồng học tập", 2180, "cộng đồng học tập"), Q("186 lớp dạy chữ Khmer hè", 186, "lớp dạy chữ Khmer hè"),
 Q("hơn 6.200 học sinh", 6200, "học sinh", "over"), Q("14 dòng họ người Khmer", 14, "dòng họ người Khmer"),
 Q("310 triệu đồng", 310000000, "đồng"), Q("1.500 kg gạo", 1500, "kg"), Q("từ 150 tỷ đồng trở lên", 150000000000, "đồng", "over"),
 Q("85%", 85, "%"), Q("30 tập thể", 30, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("40 sinh viên nghèo", 40, "sinh viên nghèo"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "15", "KH/TU", "2025-11-25", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 25/11/2025"),
 D("Quyết định", "08", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 08/QĐ-UBND"),
 D("Quyết định", "09", "QĐ-UBND", None, "UBND tỉnh", "09/QĐ-UBND")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Long Hiệp"), com("Bến Tre"), com("Mỏ Cày")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Bến Tre, Trà Vinh"],
["09/01/2026 08:45", "năm 2025", "năm 2026", "năm đầu tiên", "3 tỉnh", "hai cấp", "giai đoạn 2025 - 2030"]))

PAGES.append(page("b7801-lamdong-mttq-giamsat-quykhuyenhoc-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Tin hoạt động | Giám sát và phản biện xã hội
16/10/2025 - 15:40
Giám sát việc quản lý, sử dụng quỹ khuyến học tại 3 xã, phường
Từ ngày 13 đến 15/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí Ka Thị Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề việc quản lý, sử dụng quỹ khuyến học năm 2025 tại phường Phan Thiết, xã Đắk Song và xã Lạc Dương.
Đoàn giám sát làm việc tại xã Lạc Dương.
Tham gia đoàn có các đồng chí: Đàng Thị Mỹ Hạnh, Điểu K'Lơi - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Hội Khuyến học tỉnh, Sở Tài chính. Cuộc giám sát thực hiện theo Kế hoạch số 86/KH-MTTQ-BTT ngày 30/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Tại phường Phan Thiết, ông Nguyễn Hữu Phước, Chủ tịch Hội Khuyến học phường, báo cáo: 9 tháng năm 2025 quỹ khuyến học phường huy động được 1,86 tỷ đồng, đã chi 1,12 tỷ đồng trao 1.430 suất học bổng, phần thưởng; số dư quỹ hơn 740 triệu đồng được gửi ngân hàng. Phường có 46 chi hội, 8.950 hội viên.
Tại xã Đắk Song, bà Thị Hoa, người M'nông, Phó Chủ tịch Hội Khuyến học xã, cho biết quỹ xã đạt 412 triệu đồng, trong đó 35 dòng họ người M'nông, Mạ, Ê Đê đóng góp khoảng 96 triệu đồng; đã hỗ trợ 58 học sinh có hoàn cảnh khó khăn mỗi em 1,5 triệu đồng.
Tại xã Lạc Dương, ông K'Brel, Chủ tịch Hội Khuyến học xã, đồng thời là Trưởng ban Công tác Mặt trận thôn Đưng K'Si, cho biết sau hợp nhất 3 xã cũ, việc bàn giao sổ sách quỹ khuyến học còn chậm; có 2 chi hội chưa công khai thu chi trong năm. Già làng Cil Ha Krông ở thôn Đan Kia cho biết bà con người Cơ Ho mong muốn quỹ hỗ trợ nhiều hơn cho học sinh học nghề.
Qua giám sát, đoàn đánh giá các địa phương cơ bản quản lý quỹ đúng quy định của Thông tư số 41/2022/TT-BTC của Bộ Tài chính; tuy nhiên còn khoảng 20% chi hội chưa lập sổ theo dõi, một số khoản tài trợ bằng hiện vật chưa được quy đổi, hạch toán.
Kết luận, đồng chí Ka Thị Huyền đề nghị các xã, phường chỉ đạo hội khuyến học hoàn thành bàn giao sổ sách trước ngày 31/12/2025, công khai thu chi quỹ ít nhất 2 lần mỗi năm tại nhà văn hóa thôn, tổ dân phố; Hội Khuyến học tỉnh sớm ban hành hướng dẫn thống nhất về quản lý quỹ cho 124 xã, phường, đặc khu sau hợp nhất.
Phúc Thịnh
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (08/10/2025)
- Hội nghị phản biện dự thảo nghị quyết về học phí (25/09/2025)
- Lâm Đồng: hơn 2.000 suất học bổng dịp khai giảng (05/09/2025)
""", "2025-10-16", "Giám sát việc quản lý, sử dụng quỹ khuyến học tại 3 xã, phường",
E("giam_sat", "2025", "2025-10-13"),
[P("Ka Thị Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hạnh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Lơi", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Chủ tịch Hội Khuyến học phường"),
 P("Thị Hoa", "Phó Chủ tịch Hội Khuyến học xã"),
 P("K'Brel", "Chủ tịch Hội Khuyến học xã", "Trưởng ban Công tác Mặt trận thôn Đưng K'Si"),
 P("Cil Ha Krông", "Già làng")],
[Q("3 xã, phường", 3, "xã, phường"), Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("1,12 tỷ đồng", 1120000000, "đồng"),
 Q("1.430 suất học bổng, phần thưởng", 1430, "suất học bổng, phần thưởng"), Q("hơn 740 triệu đồng", 740000000, "đồng", "over"),
 Q("46 chi hội", 46, "chi hội"), Q("8.950 hội viên", 8950, "hội viên"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("35 dòng họ người M'nông, Mạ, Ê Đê", 35, "dòng họ người M'nông, Mạ, Ê Đê"), Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("58 học sinh", 58, "học sinh"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 xã cũ", 3, "xã cũ"), Q("2 chi hội", 2, "chi hội"),
 Q("khoảng 20%", 20, "%", "approx"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu")],
[D("Kế hoạch", "86", "KH-MTTQ-BTT", "2025-09-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 30/9/2025"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Thông tư", "41", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 41/2022/TT-BTC")],
[prov("Lâm Đồng"), com("Phan Thiết"), com("Đắk Song"), com("Lạc Dương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Tin hoạt động | Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại xã Lạc Dương."],
["16/10/2025 - 15:40", "năm 2025", "9 tháng năm 2025", "31/12/2025", "ít nhất 2 lần", "Từ ngày 13 đến 15/10/2025"]))

PAGES.append(page("b7802-dongnai-khuyenhoc-giaoban-2026", """
Báo Đồng Nai điện tử
Trang chủ >> Xã hội >> Giáo dục
Thứ Sáu, 03/4/2026 - 16:10
Đồng chí Phạm Thị Hồng Nhung chủ trì hội nghị giao ban.
Khuyến học quý I: hơn 18 tỷ đồng vào quỹ, tập trung hỗ trợ học sinh vùng biên
Ngày 2/4, Thường trực Hội Khuyến học tỉnh Đồng Nai tổ chức giao ban công tác khuyến học quý I năm 2026 với hội khuyến học 95 xã, phường. Đồng chí Phạm Thị Hồng Nhung, Chủ tịch Hội Khuyến học tỉnh chủ trì; dự có ông Điểu Thanh Bình, Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo của Văn phòng Hội, quý I/2026 các cấp hội đã huy động hơn 18,4 tỷ đồng vào quỹ khuyến học, bằng 26% kế hoạch năm; dịp Tết Nguyên đán Bính Ngọ trao 6.850 suất học bổng, phần quà cho học sinh nghèo, trong đó khoảng 1.900 suất cho học sinh người S'tiêng, M'nông, Khmer ở các xã biên giới Lộc Ninh, Bù Gia Mập, Thiện Hưng. Toàn tỉnh hiện có 1.042.000 hội viên, 6.120 chi hội.
Hội đã phối hợp triển khai Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Kế hoạch số 42-KH/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 118/KH-UBND của UBND tỉnh thực hiện nghị quyết. Đến nay đã có 78/95 xã, phường ban hành kế hoạch xây dựng xã hội học tập năm 2026.
Tại hội nghị, bà Thị Bích, người S'tiêng, Chủ tịch Hội Khuyến học xã Bù Gia Mập, cho biết xã có 19 dòng họ S'tiêng lập quỹ khuyến học; nhờ sự vận động của người có uy tín, số học sinh bỏ học giảm từ 42 em năm học trước xuống còn 9 em. Ông Lê Văn Hiếu, Chủ tịch Hội Khuyến học phường Biên Hòa, đề xuất cho các chi hội khu phố sử dụng phần mềm quản lý hội viên do phường xây dựng.
Một số ý kiến cho biết kinh phí hoạt động của hội cấp xã sau sắp xếp chưa được bố trí riêng, nhiều nơi chỉ khoảng 5 - 10 triệu đồng/năm; có 17 xã, phường chưa có trụ sở làm việc cho hội.
Kết luận giao ban, đồng chí Phạm Thị Hồng Nhung yêu cầu quý II các cấp hội tổ chức tổng kết năm học, biểu dương học sinh giỏi; chuẩn bị trao ít nhất 2.000 suất học bổng "Vượt khó học giỏi" vào dịp hè; 100% xã, phường hoàn thành việc công nhận gia đình học tập năm 2025 trước ngày 30/6/2026. Đồng chí đề nghị Văn phòng Hội tham mưu cho Thường trực tổ chức tập huấn cho các chủ tịch hội khuyến học xã mới được kiện toàn.
Dịp này, Hội Khuyến học tỉnh tiếp nhận 500 triệu đồng do một doanh nghiệp tại phường Trấn Biên tài trợ cho Quỹ học bổng vùng biên.
Minh Châu
Tin liên quan
- Xã Lộc Ninh trao 150 suất học bổng cho học sinh S'tiêng (20/03/2026)
- Hội Khuyến học tỉnh Đồng Nai ra mắt Quỹ học bổng vùng biên (10/03/2026)
- Phường Long Khánh biểu dương 80 gia đình học tập (25/02/2026)
""", "2026-04-03", "Khuyến học quý I: hơn 18 tỷ đồng vào quỹ, tập trung hỗ trợ học sinh vùng biên",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Phạm Thị Hồng Nhung", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Điểu Thanh Bình", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bích", "Chủ tịch Hội Khuyến học xã Bù Gia Mập"),
 P("Lê Văn Hiếu", "Chủ tịch Hội Khuyến học phường Biên Hòa")],
[Q("hơn 18,4 tỷ đồng", 18400000000, "đồng", "over"), Q("95 xã, phường", 95, "xã, phường"), Q("26%", 26, "%"),
 Q("6.850 suất học bổng, phần quà", 6850, "suất học bổng, phần quà"), Q("khoảng 1.900 suất", 1900, "suất", "approx"),
 Q("1.042.000 hội viên", 1042000, "hội viên"), Q("6.120 chi hội", 6120, "chi hội"), Q("78/95 xã, phường", 78, "xã, phường"),
 Q("19 dòng họ S'tiêng", 19, "dòng họ S'tiêng"), Q("42 em", 42, "em"), Q("9 em", 9, "em"),
 Q("khoảng 5 - 10 triệu đồng/năm", 5000000, "đồng", "approx"), Q("17 xã, phường", 17, "xã, phường"),
 Q("ít nhất 2.000 suất học bổng", 2000, "suất học bổng", "over"), Q("100%", 100, "%"), Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025"),
 D("Kế hoạch", "42", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 42-KH/TU"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND")],
[prov("Đồng Nai"), com("Lộc Ninh"), com("Bù Gia Mập"), com("Thiện Hưng"), com("Biên Hòa"), com("Trấn Biên")],
["Báo Đồng Nai điện tử", "Trang chủ >> Xã hội >> Giáo dục", "Đồng chí Phạm Thị Hồng Nhung chủ trì hội nghị giao ban.",
 "Vượt khó học giỏi", "Quỹ học bổng vùng biên", "Tết Nguyên đán Bính Ngọ"],
["Thứ Sáu, 03/4/2026 - 16:10", "quý I năm 2026", "quý I/2026", "năm 2026", "quý II", "năm 2025", "30/6/2026", "năm học trước"]))

PAGES.append(page("b7803-ninhbinh-dongho-khuyenhoc-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Xã hội / Gương sáng / Khuyến học
27/3/2026, 07:00
Nhà thờ họ Trần Văn ở làng Hành Thiện, nơi treo bảng vàng ghi danh con cháu đỗ đạt.
Bảng vàng hơn 200 tên của một dòng họ khuyến học
Trong gian nhà thờ họ Trần Văn ở làng Hành Thiện, xã Xuân Trường, tỉnh Ninh Bình có một tấm bảng vàng ghi tên hơn 200 con cháu đỗ đại học, thạc sĩ, tiến sĩ. Dòng họ nhiều năm liền được công nhận "Dòng họ khuyến học tiêu biểu", là một trong những dòng họ có quỹ khuyến học lớn nhất vùng.
Ông Trần Văn Khiêm, 78 tuổi, nguyên hiệu trưởng trường cấp 3, Trưởng ban khuyến học dòng họ, kể: quỹ được lập từ năm 1993 với 45 suất góp, mỗi suất tương đương 10 kg thóc. Đến nay, quỹ đã có hơn 1,6 tỷ đồng, cùng 2 sào ruộng khuyến học giao cho con cháu canh tác, hoa lợi bổ sung vào quỹ.
Dòng họ hiện có 312 hộ với khoảng 1.400 người, sinh sống ở Hành Thiện và nhiều tỉnh, thành. Mỗi năm, vào ngày giỗ tổ 12 tháng Giêng, dòng họ trao thưởng cho khoảng 90 cháu: đỗ đại học 2 triệu đồng, thủ khoa 5 triệu đồng, học sinh giỏi quốc gia 3 triệu đồng. 30 năm qua, họ Trần Văn có 218 người tốt nghiệp đại học, 34 thạc sĩ, 9 tiến sĩ, 2 phó giáo sư.
Điều ông Khiêm tâm đắc không phải là con số mà là nếp học. Tối thứ bảy hằng tuần, nhà thờ họ mở "lớp học chung" do các cháu sinh viên về quê kèm cho các em nhỏ; tủ sách dòng họ có hơn 1.500 cuốn, cho mượn miễn phí. Những cháu có hoàn cảnh khó khăn được quỹ cho vay không lãi đến 20 triệu đồng để học đại học, ra trường có việc làm mới trả.
Chị Trần Thị Thu Hà, giảng viên Trường Đại học Sư phạm Hà Nội, một người con của dòng họ, cho biết: "Năm tôi đỗ đại học, nhà khó khăn, chính quỹ họ đã cho tôi vay tiền nhập học. Giờ mỗi năm tôi góp lại vào quỹ 5 triệu đồng".
Bà Vũ Thị Lan, Chủ tịch Hội Khuyến học xã Xuân Trường, cho biết sau khi hợp nhất 4 xã cũ, xã hiện có 64 dòng họ khuyến học, trong đó 22 dòng họ có quỹ trên 500 triệu đồng. Theo Hội Khuyến học tỉnh Ninh Bình, toàn tỉnh có khoảng 9.800 dòng họ học tập, dòng họ khuyến học; nhiều dòng họ ở vùng Nam Định, Hà Nam cũ có truyền thống khoa bảng từ thời phong kiến.
Ông Khiêm bảo, điều ông mong nhất là các cháu ở xa vẫn nhớ đường về: năm nay đã có 11 cháu du học nước ngoài gửi tiền góp quỹ và đăng ký về dạy hè cho các em ở làng. Với ông, bảng vàng còn nhiều chỗ trống, và mỗi cái tên mới là một niềm vui của cả họ.
Bài, ảnh: Đoàn Thu
Tin cùng chuyên mục
- Xã Giao Thủy trao 150 suất học bổng cho học sinh vùng biển (20/3/2026)
- Phường Hoa Lư tôn vinh 60 gia đình học tập tiêu biểu (12/3/2026)
- Ninh Bình: dòng họ Phạm ở xã Ý Yên lập quỹ khuyến học 1 tỷ đồng (02/3/2026)
""", "2026-03-27", "Bảng vàng hơn 200 tên của một dòng họ khuyến học",
E("khac", None, None),
[P("Trần Văn Khiêm", "nguyên hiệu trưởng trường cấp 3", "Trưởng ban khuyến học dòng họ"),
 P("Trần Thị Thu Hà", "giảng viên Trường Đại học Sư phạm Hà Nội"),
 P("Vũ Thị Lan", "Chủ tịch Hội Khuyến học xã Xuân Trường")],
[Q("hơn 200 tên", 200, "tên", "over"), Q("45 suất góp", 45, "suất góp"), Q("10 kg thóc", 10, "kg"),
 Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("2 sào ruộng khuyến học", 2, "sào"), Q("312 hộ", 312, "hộ"),
 Q("khoảng 1.400 người", 1400, "người", "approx"), Q("khoảng 90 cháu", 90, "cháu", "approx"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("218 người", 218, "người"), Q("34 thạc sĩ", 34, "thạc sĩ"),
 Q("9 tiến sĩ", 9, "tiến sĩ"), Q("2 phó giáo sư", 2, "phó giáo sư"), Q("hơn 1.500 cuốn", 1500, "cuốn", "over"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("4 xã cũ", 4, "xã cũ"), Q("64 dòng họ khuyến học", 64, "dòng họ khuyến học"),
 Q("22 dòng họ", 22, "dòng họ"), Q("trên 500 triệu đồng", 500000000, "đồng", "over"),
 Q("khoảng 9.800 dòng họ học tập, dòng họ khuyến học", 9800, "dòng họ học tập, dòng họ khuyến học", "approx"), Q("11 cháu", 11, "cháu")],
[],
[prov("Ninh Bình"), com("Xuân Trường")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Xã hội / Gương sáng / Khuyến học",
 "Nhà thờ họ Trần Văn ở làng Hành Thiện, nơi treo bảng vàng ghi danh con cháu đỗ đạt.", "Dòng họ khuyến học tiêu biểu", "lớp học chung",
 "Nam Định, Hà Nam"],
["27/3/2026, 07:00", "78 tuổi", "trường cấp 3", "từ năm 1993", "12 tháng Giêng", "30 năm qua", "Tối thứ bảy"]))

PAGES.append(page("b7804-khanhhoa-khuyenhoc-daihoi-2026", """
Hôm nay: Chủ Nhật, 24/05/2026
BÁO KHÁNH HÒA ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận - Đoàn thể
Ngày đăng 22/05/2026 | 16:20
Đại hội đại biểu Hội Khuyến học tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2026 - 2031
Sáng 21/5, Hội Khuyến học tỉnh Khánh Hòa long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên sau khi hợp nhất Hội Khuyến học hai tỉnh Khánh Hòa và Ninh Thuận. 250 đại biểu đại diện cho hơn 480.000 hội viên của 65 xã, phường, đặc khu về dự.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Dự đại hội có đồng chí Nguyễn Khắc Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Chamaléa Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện Trung ương Hội Khuyến học Việt Nam.
Báo cáo tại đại hội nêu rõ, giai đoạn 2021 - 2025, Hội Khuyến học hai tỉnh đã vận động quỹ khuyến học hơn 520 tỷ đồng, trao trên 360.000 suất học bổng, phần thưởng. Toàn tỉnh hiện có 286.400 gia đình học tập, 1.920 dòng họ học tập; riêng vùng đồng bào Chăm, Raglai có 148 dòng họ lập quỹ khuyến học. Ở các xã Phước Hà, Ma Nới, Hội phối hợp với Đồn Biên phòng thực hiện chương trình "Nâng bước em tới trường", nhận đỡ đầu 62 học sinh người Raglai.
Đại hội thông qua chỉ tiêu nhiệm kỳ 2026 - 2031: tỷ lệ hội viên đạt từ 25% dân số trở lên; 85% hộ đạt gia đình học tập; quỹ khuyến học tăng ít nhất 8% mỗi năm; 100% xã, phường, đặc khu có trung tâm học tập cộng đồng hoạt động hiệu quả. Đại hội cũng thảo luận việc thực hiện Kết luận số 133-KL/TW của Bộ Chính trị, Nghị quyết số 71-NQ/TW về phát triển giáo dục và Quyết định số 15, 16-QĐ/TU của Ban Thường vụ Tỉnh ủy về sắp xếp, kiện toàn các hội quần chúng.
Tham luận tại đại hội, ông Pinăng Văn Lai, người Raglai, Chủ tịch Hội Khuyến học xã Ma Nới, chia sẻ về mô hình "Mỗi thôn một quỹ khuyến học"; bà Đàng Thị Hồng Nhung, người Chăm, Phó Chủ tịch Hội Khuyến học phường Đô Vinh, kể việc các dòng họ Chăm ở làng Bàu Trúc lập quỹ thưởng cho con em học giỏi.
Phát biểu chỉ đạo, đồng chí Nguyễn Khắc Toàn đề nghị Hội phát huy vai trò nòng cốt trong xây dựng xã hội học tập, đặc biệt ở các xã miền núi, hải đảo; quan tâm học sinh đặc khu Trường Sa.
Đại hội hiệp thương cử Ban Chấp hành khóa I gồm 39 ủy viên. Ông Trần Văn Bình được hiệp thương giữ chức Chủ tịch Hội Khuyến học tỉnh khóa I, nhiệm kỳ 2026 - 2031; các Phó Chủ tịch: Katơr Sa, Lê Thị Ngọc Diệp, Nguyễn Đăng Khoa. Đại hội bầu 9 đại biểu dự Đại hội Hội Khuyến học Việt Nam.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc giai đoạn 2021 - 2025.
Phong Ngân
Tin liên quan
- Đại hội Hội Khuyến học phường Phan Rang nhiệm kỳ 2026 - 2031 (15/05/2026)
- Xã Phước Hà trao 80 suất học bổng cho học sinh Raglai (08/05/2026)
- Khánh Hòa: 100% xã, phường hoàn thành đại hội hội khuyến học (28/04/2026)
""", "2026-05-22", "Đại hội đại biểu Hội Khuyến học tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-05-21"),
[P("Nguyễn Khắc Toàn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Chamaléa Thị Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Pinăng Văn Lai", "Chủ tịch Hội Khuyến học xã Ma Nới"),
 P("Đàng Thị Hồng Nhung", "Phó Chủ tịch Hội Khuyến học phường Đô Vinh"),
 P("Trần Văn Bình", "Chủ tịch Hội Khuyến học tỉnh khóa I"),
 P("Katơr Sa", "Phó Chủ tịch"), P("Lê Thị Ngọc Diệp", "Phó Chủ tịch"), P("Nguyễn Đăng Khoa", "Phó Chủ tịch")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 480.000 hội viên", 480000, "hội viên", "over"),
 Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("hơn 520 tỷ đồng", 520000000000, "đồng", "over"),
 Q("trên 360.000 suất học bổng, phần thưởng", 360000, "suất học bổng, phần thưởng", "over"),
 Q("286.400 gia đình học tập", 286400, "gia đình học tập"), Q("1.920 dòng họ học tập", 1920, "dòng họ học tập"),
 Q("148 dòng họ", 148, "dòng họ"), Q("62 học sinh người Raglai", 62, "học sinh người Raglai"),
 Q("từ 25% dân số trở lên", 25, "%", "over"), Q("85%", 85, "%"), Q("ít nhất 8%", 8, "%", "over"), Q("100%", 100, "%"),
 Q("39 ủy viên", 39, "ủy viên"), Q("9 đại biểu", 9, "đại biểu"), Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Kết luận", "133", "KL/TW", None, "Bộ Chính trị", "Kết luận số 133-KL/TW"),
 D("Nghị quyết", "71", "NQ/TW", None, None, "Nghị quyết số 71-NQ/TW"),
 D("Quyết định", "15", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 15, 16-QĐ/TU"),
 D("Quyết định", "16", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 15, 16-QĐ/TU")],
[prov("Khánh Hòa"), com("Phước Hà"), com("Ma Nới"), com("Đô Vinh")],
["Hôm nay: Chủ Nhật, 24/05/2026", "BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Nâng bước em tới trường", "Mỗi thôn một quỹ khuyến học", "Ninh Thuận",
 "Trường Sa"],
["Hôm nay: Chủ Nhật, 24/05/2026", "Ngày đăng 22/05/2026 | 16:20", "lần thứ I", "nhiệm kỳ 2026 - 2031", "giai đoạn 2021 - 2025", "khóa I"]))
