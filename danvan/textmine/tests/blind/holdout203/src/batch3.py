from lib import *
PAGES = []

PAGES.append(page("b4841-sonla-giaoban-2023", """
BÁO SƠN LA ĐIỆN TỬ
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Năm, 13/04/2023 - 15:45
Sơn La: Còn 12 bản chưa có đảng viên
Sáng 11/4, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I/2023 với Ban Dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc. Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Cầm Thị Phong phát biểu kết luận hội nghị giao ban.
Báo cáo tại giao ban cho biết, quý I, khối dân vận các cấp đã phối hợp Ban Tổ chức Tỉnh ủy rà soát công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số theo Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Kế hoạch 109, 110-KH/TU của Ban Thường vụ Tỉnh ủy. Toàn tỉnh Sơn La hiện có 2.209 bản, tiểu khu, tổ dân phố; còn 12 bản chưa có đảng viên, 37 bản chưa có chi bộ, tập trung ở các huyện Sốp Cộp, Bắc Yên, Thuận Châu. Quý I các cấp ủy kết nạp 326 đảng viên mới, trong đó 281 đảng viên là người Thái, Mông, Dao, Kháng, La Ha; 89 bí thư chi bộ đồng thời là trưởng bản được bồi dưỡng nghiệp vụ.
Đồng chí Lò Văn Mừng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy thông tin, trong dịp Tết Quý Mão, 14.600 đảng viên đang công tác đã về sinh hoạt nơi cư trú, tham gia vận động 3.145 hộ không tái trồng cây thuốc phiện, 412 hộ xóa nhà tạm. Các địa phương ra mắt 27 mô hình "Dân vận khéo" mới, trong đó 6 mô hình cấp tỉnh.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Mùa A Vảng (Bắc Yên), Quàng Văn Hặc (Sốp Cộp) cho biết khó khăn lớn nhất là nhiều thanh niên đi làm công nhân ở các tỉnh, nguồn kết nạp ở bản ít; có bản 2 năm liền chưa có quần chúng ưu tú. Bà Lường Thị Ánh, Bí thư Chi bộ kiêm Trưởng bản Nà Hạ, xã Chiềng Sơn, đề xuất mỗi chi bộ bản giao đảng viên trẻ kèm cặp ít nhất 1 đoàn viên.
Giao ban cũng triển khai việc thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ ở các bản đặc biệt khó khăn; hướng dẫn số 14-HD/BDVTU của Ban Dân vận Tỉnh ủy về tổ chức hội nghị người có uy tín năm 2023.
Kết luận giao ban, đồng chí Cầm Thị Phong yêu cầu quý II mỗi huyện xóa ít nhất 1 bản chưa có đảng viên; Ban Dân vận các huyện ủy tham mưu cấp ủy giao chỉ tiêu cụ thể cho từng chi bộ, phân công đảng viên nơi cư trú phụ trách hộ; phối hợp với Đảng ủy xã Mường Lạn, xã Mường Lèo rà soát nguồn kết nạp ở các bản biên giới. Cuối buổi, Ban trao 40 suất quà, mỗi suất trị giá 1 triệu đồng cho bí thư chi bộ kiêm trưởng bản có hoàn cảnh khó khăn.
Thu Hà
Lượt xem: 1.127
Tin liên quan
- Mộc Châu: xóa 3 bản trắng đảng viên (30/03/2023)
- Hội nghị người có uy tín tỉnh Sơn La năm 2023 (21/03/2023)
- Giao ban công tác dân vận quý IV/2022 (05/01/2023)
""", "2023-04-13", "Sơn La: Còn 12 bản chưa có đảng viên",
E("giao_ban", "2023-Q1", "2023-04-11"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Mừng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Mùa A Vảng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Văn Hặc", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Thị Ánh", "Bí thư Chi bộ kiêm Trưởng bản Nà Hạ")],
[Q("2.209 bản, tiểu khu, tổ dân phố", 2209, "bản, tiểu khu, tổ dân phố"), Q("12 bản", 12, "bản"), Q("37 bản", 37, "bản"),
 Q("326 đảng viên mới", 326, "đảng viên mới"), Q("281 đảng viên", 281, "đảng viên"),
 Q("89 bí thư chi bộ", 89, "bí thư chi bộ"), Q("14.600 đảng viên", 14600, "đảng viên"), Q("3.145 hộ", 3145, "hộ"),
 Q("412 hộ", 412, "hộ"), Q("27 mô hình", 27, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"),
 Q("ít nhất 1 đoàn viên", 1, "đoàn viên", "over"), Q("ít nhất 1 bản", 1, "bản", "over"), Q("40 suất quà", 40, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Kế hoạch", "109", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 109, 110-KH/TU"),
 D("Kế hoạch", "110", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 109, 110-KH/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 14-HD/BDVTU")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Mường Lạn"), com("Mường Lèo")],
["BÁO SƠN LA ĐIỆN TỬ", "Trang chủ › Chính trị › Xây dựng Đảng", "Đồng chí Cầm Thị Phong phát biểu kết luận hội nghị giao ban.",
 "Dân vận khéo", "Lượt xem: 1.127", "Tết Quý Mão"],
["Thứ Năm, 13/04/2023 - 15:45", "quý I/2023", "2 năm liền", "quý II", "năm 2023", "Lượt xem: 1.127"]))

PAGES.append(page("b4842-binhphuoc-traoqua-2024", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ / Tin tức / Hoạt động của Ban
31/01/2024 - 10:05
Ảnh: Đoàn công tác trao quà cho bí thư chi bộ ấp Bù Dốt.
Thăm, tặng quà Tết bí thư chi bộ, trưởng ấp đồng bào dân tộc thiểu số
Ngày 29/01/2024, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Điểu Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các đồng chí bí thư chi bộ kiêm trưởng ấp, đảng viên là người dân tộc thiểu số tiêu biểu tại xã Bù Gia Mập và xã Đắk Ơ, nhân dịp Tết Nguyên đán Giáp Thìn 2024.
Đoàn đã trao 120 phần quà, mỗi phần trị giá 1,2 triệu đồng gồm tiền mặt và nhu yếu phẩm cho 36 bí thư chi bộ kiêm trưởng ấp, 54 đảng viên người S'tiêng, M'nông và 30 hộ đảng viên có hoàn cảnh khó khăn. Tổng trị giá quà hơn 144 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp, nhà hảo tâm ủng hộ.
Thăm gia đình ông Điểu Brơi, Bí thư Chi bộ kiêm Trưởng ấp Bù Dốt, xã Bù Gia Mập, đồng chí Điểu Thị Ngân ghi nhận: từ khi ông đảm nhận cả hai cương vị năm 2019, ấp đã vận động 47 hộ S'tiêng trồng điều, cao su thay vì phát rừng làm rẫy; hộ nghèo giảm từ 62 hộ xuống 18 hộ; chi bộ kết nạp 6 đảng viên mới, trong đó 4 đảng viên là người S'tiêng.
Cùng đi với đoàn có các đồng chí: Thị Thanh Thúy, Phó Trưởng Ban Dân vận Tỉnh ủy; Lâm Văn Sang, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy; Điểu Xiêm, Bí thư Đảng ủy xã Đắk Ơ.
Theo báo cáo của Ban Dân vận Tỉnh ủy, thực hiện Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú và Chỉ thị số 27-CT/TU ngày 8/6/2022 của Ban Thường vụ Tỉnh ủy, toàn tỉnh Bình Phước có 41.530 đảng viên, trong đó gần 2.400 đảng viên là người dân tộc thiểu số; 100% ấp, sóc có chi bộ, 148 ấp, sóc có bí thư chi bộ kiêm trưởng ấp. Năm 2023, các cấp ủy kết nạp 1.687 đảng viên mới, trong đó 213 đảng viên mới là người dân tộc thiểu số.
Tại buổi thăm, bà Thị Vẹn, người có uy tín sóc Bù Ka, xã Đắk Ơ, bày tỏ xúc động: "Năm nào Ban Dân vận cũng về tận sóc thăm bà con, đảng viên trong sóc ai cũng vui". Đồng chí Điểu Thị Ngân đề nghị các đồng chí bí thư chi bộ tiếp tục phát huy vai trò cầu nối, vận động bà con đón Tết vui tươi, an toàn, không nghe theo đối tượng xấu xuyên tạc, kích động.
Thu Huyền
Lượt xem: 603
Tin khác
- Bù Đăng: trao 200 phần quà Tết cho người có uy tín (26/01/2024)
- Phước Long tổng kết công tác dân vận năm 2023 (18/01/2024)
- Lộc Ninh: kết nạp 23 đảng viên là người Khmer, S'tiêng (10/01/2024)
""", "2024-01-31", "Thăm, tặng quà Tết bí thư chi bộ, trưởng ấp đồng bào dân tộc thiểu số",
E("trao_qua", None, "2024-01-29"),
[P("Điểu Thị Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Brơi", "Bí thư Chi bộ kiêm Trưởng ấp Bù Dốt"),
 P("Thị Thanh Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Sang", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Điểu Xiêm", "Bí thư Đảng ủy xã Đắk Ơ"),
 P("Thị Vẹn", "người có uy tín sóc Bù Ka")],
[Q("120 phần quà", 120, "phần quà"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("36 bí thư chi bộ kiêm trưởng ấp", 36, "bí thư chi bộ kiêm trưởng ấp"), Q("54 đảng viên người S'tiêng, M'nông", 54, "đảng viên người S'tiêng, M'nông"),
 Q("30 hộ đảng viên", 30, "hộ đảng viên"), Q("hơn 144 triệu đồng", 144000000, "đồng", "over"),
 Q("47 hộ S'tiêng", 47, "hộ S'tiêng"), Q("62 hộ", 62, "hộ"), Q("18 hộ", 18, "hộ"), Q("6 đảng viên mới", 6, "đảng viên mới"),
 Q("4 đảng viên", 4, "đảng viên"), Q("41.530 đảng viên", 41530, "đảng viên"), Q("gần 2.400 đảng viên", 2400, "đảng viên", "approx"),
 Q("100% ấp, sóc", 100, "%"), Q("148 ấp, sóc", 148, "ấp, sóc"), Q("1.687 đảng viên mới", 1687, "đảng viên mới"),
 Q("213 đảng viên mới", 213, "đảng viên mới")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Chỉ thị", "27", "CT/TU", "2022-06-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 8/6/2022")],
[prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ / Tin tức / Hoạt động của Ban",
 "Ảnh: Đoàn công tác trao quà cho bí thư chi bộ ấp Bù Dốt.", "Lượt xem: 603", "Tết Nguyên đán Giáp Thìn 2024"],
["31/01/2024 - 10:05", "năm 2019", "Năm 2023", "Lượt xem: 603"]))

PAGES.append(page("b4843-thanhhoa-tongket-2024", """
Báo Thanh Hóa
Thời sự > Chính trị > Xây dựng Đảng
Thứ Sáu, 20/12/2024, 14:12 (GMT+7)
Mường Lát: Xóa xong "bản trắng" đảng viên
(Baothanhhoa.vn) - Ngày 18/12, Ban Thường vụ Huyện ủy Mường Lát tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lê Thị Hạnh, Phó Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Hà Văn Hợi, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Mường Lát.
Quang cảnh hội nghị. Ảnh: Đình Giang
Năm 2024, Đảng bộ huyện kết nạp 152 đảng viên mới, đạt 121,6% kế hoạch, trong đó 139 đảng viên là người Thái, Mông, Dao, Khơ Mú; đến nay 100% bản có đảng viên và có chi bộ, bản cuối cùng "trắng" đảng viên là bản Ón, xã Trung Lý, đã có chi bộ từ tháng 9/2024. Toàn huyện có 2.317 đảng viên sinh hoạt tại 106 tổ chức cơ sở đảng và chi bộ trực thuộc; 58/63 bản có bí thư chi bộ kiêm trưởng bản, đạt 92%.
Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII) về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên, kế hoạch số 85-KH/TU của Ban Thường vụ Tỉnh ủy và Đề án số 03-ĐA/HU của Huyện ủy, huyện chọn 41 đảng viên trẻ có trình độ trung cấp trở lên bố trí làm bí thư chi bộ bản; cử 126 đảng viên là cán bộ, giáo viên, bộ đội biên phòng giữ mối liên hệ với nơi cư trú, nhận đỡ đầu 215 hộ nghèo.
Phát biểu tại hội nghị, ông Giàng A Chu, Bí thư Chi bộ kiêm Trưởng bản Ón, xã Trung Lý, chia sẻ: "Trước đây muốn có một đảng viên phải chờ mấy năm, nay chi bộ có 5 đảng viên, bà con tin chi bộ hơn". Đồng chí Lò Thị Ban, Bí thư Đảng ủy xã Pù Nhi, cho biết xã đã thực hiện quy trình "5 bước" bồi dưỡng quần chúng, kết nạp 17 đảng viên mới trong năm. Cũng trong năm, xã Mường Chanh có 11/11 chi bộ bản hoàn thành tốt nhiệm vụ trở lên.
Các đồng chí Phó Bí thư Huyện ủy: Vi Văn Thắm, Lương Thị Dịu đánh giá còn khoảng 30% chi bộ bản sinh hoạt chưa đều, nội dung chưa phong phú; chất lượng đảng viên sau kết nạp ở một số bản chưa cao.
Kết luận hội nghị, đồng chí Hà Văn Hợi yêu cầu năm 2025 tập trung chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; kết nạp không dưới 140 đảng viên; nâng tỷ lệ bản có bí thư chi bộ kiêm trưởng bản lên 100%. Dịp này, Huyện ủy khen thưởng 12 tổ chức cơ sở đảng và 35 đảng viên tiêu biểu, tổng giá trị khen thưởng 47,5 triệu đồng.
Đình Giang
Tin liên quan
- Quan Sơn kết nạp 98 đảng viên mới (15/12/2024)
- Bá Thước: bí thư chi bộ kiêm trưởng thôn, điểm sáng ở cơ sở (04/12/2024)
- Thanh Hóa trao Huy hiệu Đảng đợt 7/11 (07/11/2024)
""", "2024-12-20", "Mường Lát: Xóa xong \"bản trắng\" đảng viên",
E("tong_ket", "2024", "2024-12-18"),
[P("Lê Thị Hạnh", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hà Văn Hợi", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Mường Lát"),
 P("Giàng A Chu", "Bí thư Chi bộ kiêm Trưởng bản Ón"),
 P("Lò Thị Ban", "Bí thư Đảng ủy xã Pù Nhi"),
 P("Vi Văn Thắm", "Phó Bí thư Huyện ủy"),
 P("Lương Thị Dịu", "Phó Bí thư Huyện ủy")],
[Q("152 đảng viên mới", 152, "đảng viên mới"), Q("121,6%", 121.6, "%"), Q("139 đảng viên", 139, "đảng viên"),
 Q("100% bản", 100, "%"), Q("2.317 đảng viên", 2317, "đảng viên"),
 Q("106 tổ chức cơ sở đảng và chi bộ trực thuộc", 106, "tổ chức cơ sở đảng và chi bộ trực thuộc"),
 Q("58/63 bản", 58, "bản"), Q("92%", 92, "%"), Q("41 đảng viên trẻ", 41, "đảng viên trẻ"), Q("126 đảng viên", 126, "đảng viên"),
 Q("215 hộ nghèo", 215, "hộ nghèo"), Q("5 đảng viên", 5, "đảng viên"), Q("17 đảng viên mới", 17, "đảng viên mới"), Q("11/11 chi bộ bản", 11, "chi bộ bản"),
 Q("khoảng 30%", 30, "%", "approx"), Q("không dưới 140 đảng viên", 140, "đảng viên", "over"), Q("lên 100%", 100, "%"),
 Q("12 tổ chức cơ sở đảng", 12, "tổ chức cơ sở đảng"), Q("35 đảng viên tiêu biểu", 35, "đảng viên tiêu biểu"),
 Q("47,5 triệu đồng", 47500000, "đồng")],
[D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "85", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 85-KH/TU"),
 D("Đề án", "03", "ĐA/HU", None, "Huyện ủy", "Đề án số 03-ĐA/HU")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi"), com("Mường Chanh")],
["Báo Thanh Hóa", "Thời sự > Chính trị > Xây dựng Đảng", "(Baothanhhoa.vn)", "Quang cảnh hội nghị. Ảnh: Đình Giang", "5 bước"],
["Thứ Sáu, 20/12/2024, 14:12 (GMT+7)", "năm 2024", "năm 2025", "tháng 9/2024", "2025 - 2030", "khóa XIII", "5 bước", "mấy năm"]))

PAGES.append(page("b4844-lamdong-hoinghi-2023", """
Báo Lâm Đồng điện tử
Chính trị | Xây dựng Đảng
Ngày 03/11/2023 | 16:20
Lâm Đồng biểu dương 95 đảng viên người dân tộc thiểu số tiêu biểu
Ảnh: Các đảng viên tiêu biểu nhận Bằng khen của Ban Thường vụ Tỉnh ủy.
Sáng 2/11, tại TP Đà Lạt, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị biểu dương đảng viên là người dân tộc thiểu số tiêu biểu trong thực hiện nhiệm vụ chính trị ở cơ sở năm 2023. Dự hội nghị có đồng chí Phạm Quang Thụy, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí K'Mák, Tỉnh ủy viên, Trưởng Ban Dân tộc HĐND tỉnh.
Toàn tỉnh Lâm Đồng hiện có 182 thôn đồng bào dân tộc thiểu số; 100% thôn có chi bộ, trong đó 74 thôn có bí thư chi bộ kiêm trưởng thôn. Đảng bộ tỉnh có 64.312 đảng viên, trong đó 5.128 đảng viên là người K'Ho, Mạ, Churu, M'nông, chiếm 7,97%. Từ năm 2020 đến nay các cấp ủy kết nạp 1.415 đảng viên người dân tộc thiểu số, vượt 15% chỉ tiêu Nghị quyết Đại hội XI Đảng bộ tỉnh. Riêng năm 2023, 317 đảng viên người dân tộc thiểu số được bố trí làm bí thư, phó bí thư chi bộ; 46 người giữ chức vụ chủ chốt cấp xã.
Đồng chí Nguyễn Thị Hồng Vân, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo, nêu rõ việc thực hiện Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc và Nghị quyết số 05-NQ/TU, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh đã tạo chuyển biến; số đảng viên nơi cư trú tham gia sinh hoạt ở thôn đồng bào tăng lên 2.960 đồng chí.
Chia sẻ tại hội nghị, bà Ka Thị Nguyệt, Bí thư Chi bộ kiêm Trưởng thôn Đạ Ra Hoa, xã Đạ Tông, cho biết chi bộ đã vận động 52 hộ chuyển đổi sang trồng cà phê xen sầu riêng, thu nhập bình quân trên 70 triệu đồng/hộ/năm. Ông Liêng Hót Ha Ting, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Lát, kể chuyện kèm cặp 8 thanh niên người K'Ho trở thành đảng viên. Ông Ma Sa Nga, Bí thư Chi bộ thôn Bồ Liêng, xã Đinh Trang Hòa, người có uy tín trong đồng bào Mạ, chia sẻ kinh nghiệm hòa giải 11 vụ việc tranh chấp đất rẫy.
Phát biểu, Bí thư Tỉnh ủy Phạm Quang Thụy đề nghị các cấp ủy quan tâm bồi dưỡng, bố trí đảng viên trẻ làm bí thư chi bộ, trưởng thôn; có chính sách hỗ trợ thêm 500.000 đồng/tháng cho bí thư chi bộ kiêm trưởng thôn ở thôn đặc biệt khó khăn.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 95 đảng viên tiêu biểu, mỗi đảng viên kèm phần thưởng 2 triệu đồng; Ban Dân vận Tỉnh ủy tặng giấy khen 12 chi bộ thôn.
Đảng viên người dân tộc thiểu số tiêu biểu chụp ảnh lưu niệm.
Ngọc Ánh
Lượt đọc: 2.045
Tin liên quan
- Đam Rông: xóa nhà tạm cho 36 hộ đồng bào (28/10/2023)
- Lạc Dương đối thoại với người có uy tín (19/10/2023)
""", "2023-11-03", "Lâm Đồng biểu dương 95 đảng viên người dân tộc thiểu số tiêu biểu",
E("hoi_nghi", "2023", "2023-11-02"),
[P("Phạm Quang Thụy", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("K'Mák", "Tỉnh ủy viên", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Thị Nguyệt", "Bí thư Chi bộ kiêm Trưởng thôn Đạ Ra Hoa"),
 P("Liêng Hót Ha Ting", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Lát"),
 P("Ma Sa Nga", "Bí thư Chi bộ thôn Bồ Liêng", "người có uy tín trong đồng bào Mạ")],
[Q("95 đảng viên tiêu biểu", 95, "đảng viên tiêu biểu"), Q("182 thôn đồng bào dân tộc thiểu số", 182, "thôn đồng bào dân tộc thiểu số"),
 Q("100% thôn", 100, "%"), Q("74 thôn", 74, "thôn"), Q("64.312 đảng viên", 64312, "đảng viên"), Q("5.128 đảng viên", 5128, "đảng viên"),
 Q("7,97%", 7.97, "%"), Q("1.415 đảng viên người dân tộc thiểu số", 1415, "đảng viên người dân tộc thiểu số"), Q("15%", 15, "%"), Q("317 đảng viên người dân tộc thiểu số", 317, "đảng viên người dân tộc thiểu số"), Q("46 người", 46, "người"),
 Q("2.960 đồng chí", 2960, "đồng chí"), Q("52 hộ", 52, "hộ"), Q("trên 70 triệu đồng", 70000000, "đồng", "over"),
 Q("8 thanh niên người K'Ho", 8, "thanh niên người K'Ho"), Q("11 vụ việc tranh chấp đất rẫy", 11, "vụ việc tranh chấp đất rẫy"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("12 chi bộ thôn", 12, "chi bộ thôn")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "06-NQ/TU")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Lát"), com("Đinh Trang Hòa")],
["Báo Lâm Đồng điện tử", "Chính trị | Xây dựng Đảng", "Ảnh: Các đảng viên tiêu biểu nhận Bằng khen của Ban Thường vụ Tỉnh ủy.",
 "Đảng viên người dân tộc thiểu số tiêu biểu chụp ảnh lưu niệm.", "Lượt đọc: 2.045"],
["Ngày 03/11/2023 | 16:20", "năm 2023", "năm 2020", "Đại hội XI", "2.960 đồng chí", "Lượt đọc: 2.045"]))

PAGES.append(page("b4845-yenbai-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Vị trí: Trang chủ >> Tin hoạt động >> Giao ban
Hôm nay: Thứ Sáu, 28/03/2025
28.03.2025 | 08:30
Giao ban khối dân vận tháng 3: Giữ ổn định chi bộ thôn khi sắp xếp bộ máy
Chiều 26/3, Ban Dân vận Tỉnh ủy Yên Bái tổ chức giao ban công tác dân vận tháng 3/2025. Đồng chí Hoàng Thị Vịnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nông Văn Tuấn, Đặng Thị Hà.
Quang cảnh buổi giao ban tháng 3.
Tại giao ban, các đại biểu tập trung đánh giá tình hình tư tưởng của cán bộ, đảng viên và nhân dân khi thực hiện Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị. Theo báo cáo, tháng 3 toàn tỉnh có 1.164 thôn, tổ dân phố; 100% thôn có chi bộ, 412 thôn có bí thư chi bộ kiêm trưởng thôn. Các cấp ủy kết nạp 97 đảng viên mới, trong đó 71 đảng viên là người Mông, Dao, Tày, Thái.
Đồng chí Nông Văn Tuấn cho biết, trong tháng, khối dân vận đã nắm tình hình ở 48 thôn vùng cao; phối hợp vận động 26 hộ ở xã Púng Luông di dời khỏi vùng nguy cơ sạt lở; 2.315 đảng viên đang công tác ở cơ quan cấp huyện, xã đã về sinh hoạt nơi cư trú, tham gia làm 3,4 km đường, góp khoảng 180 triệu đồng.
Bà Sùng Thị Lỳ, Bí thư Chi bộ kiêm Trưởng thôn Làng Nhì, xã Nậm Có, phản ánh sau hợp nhất thôn, chi bộ có 38 đảng viên, địa bàn rộng gấp đôi, cần được hỗ trợ kinh phí sinh hoạt. Theo Ban Tổ chức Tỉnh ủy Yên Bái, đến hết tháng 3/2025 toàn tỉnh đã hợp nhất 274 thôn, tổ dân phố thành 129 thôn, tổ dân phố; kiện toàn 118 chi bộ; bố trí 86 bí thư chi bộ đồng thời là trưởng thôn. Có 14 đảng viên cao tuổi xin miễn sinh hoạt, 3 trường hợp đảng viên có biểu hiện dao động đã được chi bộ gặp gỡ, động viên. Ông Đặng Văn Chiến, HUV, Trưởng Ban Dân vận Huyện ủy Văn Yên, đề nghị có hướng dẫn cụ thể về việc đảng viên nơi cư trú khi cơ quan thay đổi địa giới.
Phát biểu kết luận, đồng chí Hoàng Thị Vịnh yêu cầu tháng 4/2025 tập trung thực hiện kế hoạch số 18-KH/BDVTU của Ban Dân vận Tỉnh ủy và hướng dẫn 05-HD/BDVTU về nắm tình hình nhân dân; mỗi cán bộ của Ban phụ trách ít nhất 2 thôn; không để phát sinh điểm nóng.
Trong quý I/2025, toàn tỉnh đã tổ chức 128 buổi đối thoại ở thôn, tiếp nhận 86 ý kiến; giải quyết xong 79 ý kiến, đạt 91,9%.
Ngọc Lan
Lượt xem: 418
Tin khác
- Giao ban công tác dân vận tháng 2/2025 (27/02/2025)
- Mù Cang Chải: kết nạp 19 đảng viên người Mông (20/02/2025)
- Trạm Tấu hợp nhất 12 thôn (14/02/2025)
""", "2025-03-28", "Giao ban khối dân vận tháng 3: Giữ ổn định chi bộ thôn khi sắp xếp bộ máy",
E("giao_ban", "2025-03", "2025-03-26"),
[P("Hoàng Thị Vịnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Lỳ", "Bí thư Chi bộ kiêm Trưởng thôn Làng Nhì"),
 P("Đặng Văn Chiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Yên")],
[Q("1.164 thôn, tổ dân phố", 1164, "thôn, tổ dân phố"), Q("100% thôn", 100, "%"), Q("412 thôn", 412, "thôn"),
 Q("97 đảng viên mới", 97, "đảng viên mới"), Q("71 đảng viên", 71, "đảng viên"), Q("48 thôn vùng cao", 48, "thôn vùng cao"),
 Q("26 hộ", 26, "hộ"), Q("2.315 đảng viên", 2315, "đảng viên"), Q("3,4 km", 3.4, "km"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("38 đảng viên", 38, "đảng viên"), Q("274 thôn, tổ dân phố", 274, "thôn, tổ dân phố"),
 Q("129 thôn, tổ dân phố", 129, "thôn, tổ dân phố"), Q("118 chi bộ", 118, "chi bộ"), Q("86 bí thư chi bộ", 86, "bí thư chi bộ"),
 Q("14 đảng viên cao tuổi", 14, "đảng viên cao tuổi"), Q("3 trường hợp", 3, "trường hợp"),
 Q("ít nhất 2 thôn", 2, "thôn", "over"), Q("128 buổi đối thoại", 128, "buổi đối thoại"), Q("86 ý kiến", 86, "ý kiến"),
 Q("79 ý kiến", 79, "ý kiến"), Q("91,9%", 91.9, "%")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Kế hoạch", "18", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 18-KH/BDVTU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, None, "hướng dẫn 05-HD/BDVTU")],
[prov("Yên Bái"), com("Púng Luông"), com("Nậm Có")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Vị trí: Trang chủ >> Tin hoạt động >> Giao ban",
 "Quang cảnh buổi giao ban tháng 3.", "Lượt xem: 418"],
["Hôm nay: Thứ Sáu, 28/03/2025", "tháng 3/2025", "hết tháng 3/2025", "tháng 4/2025", "quý I/2025", "gấp đôi", "Lượt xem: 418"]))

PAGES.append(page("b4846-tuyenquang-soket-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Xây dựng Đảng
Thứ Ba, 15/07/2025 - 09:00
Đảng ủy xã Mèo Vạc sơ kết 6 tháng đầu năm 2025
Ngày 12/7/2025, Đảng ủy xã Mèo Vạc tổ chức hội nghị sơ kết công tác xây dựng Đảng, công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên sau khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025. Đồng chí Vừ Mí Chá, Bí thư Đảng ủy xã chủ trì hội nghị.
Đồng chí Vừ Mí Chá, Bí thư Đảng ủy xã phát biểu chỉ đạo.
Xã Mèo Vạc của tỉnh Tuyên Quang được thành lập trên cơ sở sáp nhập thị trấn Mèo Vạc và 3 xã Tả Lủng, Giàng Chu Phìn, Pả Vi. Sau sắp xếp, Đảng bộ xã Mèo Vạc có 61 chi bộ trực thuộc với 1.482 đảng viên, quản lý địa bàn 54 thôn, tổ dân phố với trên 31.000 nhân khẩu, 91% là người Mông, Lô Lô, Dao, Giáy. 6 tháng qua, Đảng bộ kết nạp 36 đảng viên mới, đạt 60% kế hoạch năm; 100% thôn có chi bộ; 41 thôn có bí thư chi bộ kiêm trưởng thôn. Thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị, 624 đảng viên đang công tác đã giới thiệu về sinh hoạt nơi cư trú tại các thôn.
Bà Ly Thị Mỷ, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, trình bày báo cáo cho biết xã đã triển khai Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị và Hướng dẫn số 31-HD/BTCTW của Ban Tổ chức Trung ương về kiện toàn tổ chức đảng ở cơ sở; kiện toàn 17 chi bộ thôn sau hợp nhất; vận động 210 hộ hiến đất làm đường, xây 14 căn nhà đại đoàn kết với tổng kinh phí gần 1,1 tỷ đồng từ phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Đồng chí Giàng Mí Sính, Bí thư Chi bộ kiêm Trưởng thôn Pả Vi Hạ, cho biết thôn đã vận động 100% hộ dân cam kết không trồng cây thuốc phiện, không để con tảo hôn; chi bộ có 29 đảng viên, năm nay phấn đấu kết nạp thêm 2 đảng viên là người Lô Lô. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Sùng Mí Lử, Lù Thị Sín thay mặt các khối nêu khó khăn về trụ sở, phương tiện khi địa bàn xã rộng.
Kết luận hội nghị, đồng chí Vừ Mí Chá yêu cầu 6 tháng cuối năm chuẩn bị tốt Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 theo Chỉ thị số 45-CT/TW của Bộ Chính trị; kết nạp không dưới 24 đảng viên; mỗi đảng viên nơi cư trú nhận giúp đỡ ít nhất 1 hộ nghèo; hoàn thành xóa nhà tạm trước ngày 31/8. Xã Mèo Vạc cũng ký kết phối hợp với xã Sơn Vĩ về xây dựng chi bộ thôn biên giới.
Hội nghị đã khen thưởng 8 chi bộ và 19 đảng viên có thành tích xuất sắc, mỗi suất 500.000 đồng.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt truy cập: 1.046
Tin liên quan
- Xã Mèo Vạc ra mắt bộ máy chính quyền mới (01/07/2025)
- Kết nạp 5 đảng viên ở thôn Sủng Nhỉ A (20/06/2025)
""", "2025-07-15", "Đảng ủy xã Mèo Vạc sơ kết 6 tháng đầu năm 2025",
E("so_ket", "2025-H1", "2025-07-12"),
[P("Vừ Mí Chá", "Bí thư Đảng ủy xã"),
 P("Ly Thị Mỷ", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giàng Mí Sính", "Bí thư Chi bộ kiêm Trưởng thôn Pả Vi Hạ"),
 P("Sùng Mí Lử", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Lù Thị Sín", "Ủy viên Ban Thường vụ Đảng ủy xã")],
[Q("3 xã", 3, "xã"), Q("61 chi bộ trực thuộc", 61, "chi bộ trực thuộc"), Q("1.482 đảng viên", 1482, "đảng viên"),
 Q("54 thôn, tổ dân phố", 54, "thôn, tổ dân phố"), Q("trên 31.000 nhân khẩu", 31000, "nhân khẩu", "over"), Q("91%", 91, "%"),
 Q("36 đảng viên mới", 36, "đảng viên mới"), Q("60%", 60, "%"), Q("100% thôn", 100, "%"), Q("41 thôn", 41, "thôn"),
 Q("624 đảng viên", 624, "đảng viên"), Q("17 chi bộ thôn", 17, "chi bộ thôn"), Q("210 hộ", 210, "hộ"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("100% hộ dân", 100, "%"), Q("29 đảng viên", 29, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"),
 Q("không dưới 24 đảng viên", 24, "đảng viên", "over"), Q("ít nhất 1 hộ nghèo", 1, "hộ nghèo", "over"),
 Q("8 chi bộ", 8, "chi bộ"), Q("19 đảng viên", 19, "đảng viên"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 213-QĐ/TW"),
 D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Hướng dẫn", "31", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 31-HD/BTCTW"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Tả Lủng"), com("Giàng Chu Phìn"), com("Pả Vi")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Xây dựng Đảng",
 "Đồng chí Vừ Mí Chá, Bí thư Đảng ủy xã phát biểu chỉ đạo.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Lượt truy cập: 1.046"],
["Thứ Ba, 15/07/2025 - 09:00", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "2 cấp", "lần thứ I", "2025 - 2030",
 "31/8", "Lượt truy cập: 1.046"]))
