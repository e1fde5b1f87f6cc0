from lib import *
PAGES = []

PAGES.append(page("b5315-hagiang-meovac-doithoai-2017", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ > Chính trị > Cơ sở
15/11/2017 - 14:30
Mèo Vạc: Bí thư Huyện ủy đối thoại với đội ngũ tuyên truyền viên, cộng tác viên dư luận xã hội
Quang cảnh buổi đối thoại.
BHG - Sáng 14/11, Huyện ủy Mèo Vạc tổ chức đối thoại giữa người đứng đầu cấp ủy với đội ngũ tuyên truyền viên cơ sở và cộng tác viên dư luận xã hội năm 2017, theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 136-KH/HU ngày 20/10/2017 của Ban Thường vụ Huyện ủy. Đồng chí Sùng Mí Páo, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; cùng dự có đồng chí Vàng Thị Mỷ, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện và 156 đại biểu đến từ 18 xã, thị trấn.
Đồng chí Sùng Mí Páo trả lời ý kiến của tuyên truyền viên.
Báo cáo của Ban Tuyên giáo Huyện ủy cho biết, huyện hiện có 192 tuyên truyền viên chi bộ, 36 cộng tác viên dư luận xã hội và 18 cán bộ phụ trách đài truyền thanh xã. Năm 2017, đội ngũ này tổ chức trên 1.900 buổi tuyên truyền bằng tiếng Mông, tiếng Lô Lô, vận động 214 hộ bỏ tục lệ lạc hậu trong đám cưới, đám ma; phát hiện, báo cáo kịp thời 9 vụ việc truyền đạo trái pháp luật.
Tại buổi đối thoại, 27 ý kiến đã được nêu. Ông Giàng Chứ Di, tuyên truyền viên thôn Sủng Pờ A, xã Sủng Trà, phản ánh loa truyền thanh thôn bị sét đánh hỏng từ tháng 6 chưa được sửa. Bà Lò Thị Dinh, cộng tác viên dư luận xã hội xã Pả Vi, đề nghị có phụ cấp cho cộng tác viên vì phải đi lại nhiều. Ông Mua Mí Vư, Trưởng thôn Há Chế, xã Pả Vi, cho biết nhiều hộ trong thôn chưa có ti vi, chỉ nghe tin qua loa.
Trả lời các ý kiến, đồng chí Sùng Mí Páo giao UBND huyện sửa chữa 12 cụm loa hỏng trước ngày 30/12/2017, trích khoảng 150 triệu đồng từ ngân sách huyện; Ban Tuyên giáo Huyện ủy tham mưu chế độ hỗ trợ cho cộng tác viên dư luận xã hội từ năm 2018, mức 200.000 đồng/người/tháng. Các đồng chí Phó Chủ tịch UBND huyện Hầu Mí Cở, Lương Văn Nhất trả lời thêm về chính sách hỗ trợ người nghèo và nước sinh hoạt.
Kết thúc đối thoại, đồng chí Bí thư Huyện ủy yêu cầu tuyên truyền viên tiếp tục bám thôn, bản; tuyên truyền Chỉ thị 05-CT/TW của Bộ Chính trị gắn với phong trào "Mèo Vạc chung sức xây dựng nông thôn mới"; đề nghị các xã ghi nhận 100% ý kiến để trả lời công khai trên loa truyền thanh.
Mèo Vạc là huyện vùng cao biên giới của tỉnh Hà Giang, có trên 86% dân số là người Mông; vì vậy loa truyền thanh và tuyên truyền viên người Mông là kênh quan trọng nhất để đưa chủ trương, chính sách đến với bà con.
Trọng Nghĩa
Lượt xem: 745
Tin liên quan
- Đồng Văn: 120 tuyên truyền viên được tập huấn (02/11/2017)
- Yên Minh giao ban công tác tuyên giáo quý III (10/10/2017)
""", "2017-11-15", "Mèo Vạc: Bí thư Huyện ủy đối thoại với đội ngũ tuyên truyền viên, cộng tác viên dư luận xã hội",
E("doi_thoai", "2017", "2017-11-14"),
[P("Sùng Mí Páo", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Vàng Thị Mỷ", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Giàng Chứ Di", "tuyên truyền viên thôn Sủng Pờ A"),
 P("Lò Thị Dinh", "cộng tác viên dư luận xã hội xã Pả Vi"),
 P("Mua Mí Vư", "Trưởng thôn Há Chế"),
 P("Hầu Mí Cở", "Phó Chủ tịch UBND huyện"),
 P("Lương Văn Nhất", "Phó Chủ tịch UBND huyện")],
[Q("156 đại biểu", 156, "đại biểu"), Q("18 xã, thị trấn", 18, "xã, thị trấn"),
 Q("192 tuyên truyền viên chi bộ", 192, "tuyên truyền viên chi bộ"),
 Q("36 cộng tác viên dư luận xã hội", 36, "cộng tác viên dư luận xã hội"),
 Q("18 cán bộ", 18, "cán bộ"),
 Q("trên 1.900 buổi tuyên truyền", 1900, "buổi tuyên truyền", "over"),
 Q("214 hộ", 214, "hộ"),
 Q("9 vụ việc truyền đạo trái pháp luật", 9, "vụ việc truyền đạo trái pháp luật"),
 Q("27 ý kiến", 27, "ý kiến"), Q("12 cụm loa", 12, "cụm loa"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("200.000 đồng/người/tháng", 200000, "đồng"),
 Q("100%", 100, "%"), Q("trên 86%", 86, "%", "over")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "136", "KH/HU", "2017-10-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 136-KH/HU ngày 20/10/2017"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Hà Giang"), com("Sủng Trà"), com("Pả Vi")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ > Chính trị > Cơ sở", "Quang cảnh buổi đối thoại.", "BHG",
 "Đồng chí Sùng Mí Páo trả lời ý kiến của tuyên truyền viên.", "Mèo Vạc chung sức xây dựng nông thôn mới", "Lượt xem: 745"],
["15/11/2017 - 14:30", "năm 2017", "tháng 6", "năm 2018", "Lượt xem: 745"]))

PAGES.append(page("b5316-binhdinh-phumy-traoqua-2018", """
Báo Bình Định
Thời sự - Chính trị » Địa phương
Thứ Sáu, 27/04/2018 - 16:45
Trao 200 máy thu thanh cho ngư dân nghèo Phù Mỹ
Đồng chí Trần Thị Kim Oanh trao máy thu thanh cho ngư dân xã Mỹ Thọ.
(BĐ) - Ngày 26/4, Ban Tuyên giáo Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và Đài Phát thanh - Truyền hình Bình Định tổ chức trao 200 máy thu thanh và 200 phần quà cho ngư dân có hoàn cảnh khó khăn ở các xã ven biển huyện Phù Mỹ. Mỗi phần quà gồm 1 máy thu thanh, 1 áo phao và 500.000 đồng tiền mặt; tổng trị giá hơn 260 triệu đồng, do Quỹ "Vì biển, đảo quê hương" và các doanh nghiệp tài trợ.
Dự buổi trao quà có các đồng chí: Trần Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; Đặng Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Lê Công Tâm, Phó Giám đốc Đài Phát thanh - Truyền hình Bình Định.
Theo Ban Tuyên giáo Tỉnh ủy, toàn tỉnh có khoảng 6.300 tàu cá với trên 41.000 lao động nghề biển; nhiều tàu nhỏ khai thác gần bờ chưa có phương tiện thông tin liên lạc, nên máy thu thanh là kênh để ngư dân nghe dự báo thời tiết và thông tin về chủ quyền biển, đảo. Năm 2017, Ban đã phối hợp tổ chức 42 buổi tuyên truyền trên tàu cá, ven bến neo đậu, cấp 3.000 tờ gấp về Luật Biển Việt Nam, và tăng thời lượng bản tin "Ngư dân cần biết" trên hệ thống truyền thanh 33 xã, phường ven biển.
Phát biểu tại buổi trao quà, đồng chí Trần Thị Kim Oanh nhấn mạnh, thực hiện Kết luận 56, 57-KL/TU của Ban Thường vụ Tỉnh ủy về tuyên truyền biển, đảo và Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ về khắc phục cảnh báo của Ủy ban châu Âu về khai thác IUU, mỗi ngư dân cần là một tuyên truyền viên trên biển, không vi phạm vùng biển nước ngoài. Ông Nguyễn Văn Cang, Chủ tịch UBND xã Mỹ Thọ, cảm ơn sự quan tâm và cho biết xã có 112 tàu cá, trong đó 38 tàu dưới 12 mét.
Thay mặt ngư dân, ông Huỳnh Văn Mười, thuyền trưởng tàu BĐ 91234-TS, thôn Xuân Thạnh, xã Mỹ Thọ, bày tỏ xúc động: "Có cái đài, ra khơi nghe được tin bão sớm, bà con yên tâm hơn". Chị Phan Thị Lệ, vợ một ngư dân xã Mỹ Thành, cho hay cả gia đình sẽ nghe bản tin mỗi tối.
Cùng ngày, đoàn đã đến thăm Đài truyền thanh xã Mỹ Thành, tặng 2 bộ loa nén và 10 triệu đồng để sửa chữa máy phát bị hỏng sau bão số 12 năm 2017. Ông Trương Quang Hải, cán bộ phụ trách đài, cho biết đài xã có 16 cụm loa, phủ sóng khoảng 80% địa bàn.
Theo kế hoạch, trong quý II, chương trình sẽ tiếp tục trao máy thu thanh cho ngư dân các huyện Hoài Nhơn, Phù Cát.
Hoàng Quân
Tin cùng chuyên mục
- Tuy Phước: hội nghị báo cáo viên tháng 4/2018 (20/04/2018)
- Hoài Nhơn tập huấn 50 cộng tác viên dư luận xã hội (11/04/2018)
""", "2018-04-27", "Trao 200 máy thu thanh cho ngư dân nghèo Phù Mỹ",
E("trao_qua", None, "2018-04-26"),
[P("Trần Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đặng Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Công Tâm", "Phó Giám đốc Đài Phát thanh - Truyền hình Bình Định"),
 P("Nguyễn Văn Cang", "Chủ tịch UBND xã Mỹ Thọ"),
 P("Huỳnh Văn Mười", "thuyền trưởng tàu BĐ 91234-TS"),
 P("Phan Thị Lệ"),
 P("Trương Quang Hải", "cán bộ phụ trách đài")],
[Q("200 máy thu thanh", 200, "máy thu thanh"), Q("200 phần quà", 200, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 260 triệu đồng", 260000000, "đồng", "over"),
 Q("khoảng 6.300 tàu cá", 6300, "tàu cá", "approx"), Q("trên 41.000 lao động nghề biển", 41000, "lao động nghề biển", "over"),
 Q("42 buổi tuyên truyền", 42, "buổi tuyên truyền"), Q("3.000 tờ gấp", 3000, "tờ gấp"),
 Q("33 xã, phường ven biển", 33, "xã, phường ven biển"), Q("112 tàu cá", 112, "tàu cá"), Q("38 tàu", 38, "tàu"),
 Q("2 bộ loa nén", 2, "bộ loa nén"), Q("10 triệu đồng", 10000000, "đồng"), Q("16 cụm loa", 16, "cụm loa"),
 Q("khoảng 80%", 80, "%", "approx")],
[D("Kết luận", "56", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 56, 57-KL/TU"),
 D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 56, 57-KL/TU"),
 D("Chỉ thị", "45", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg")],
[prov("Bình Định"), com("Mỹ Thọ"), com("Mỹ Thành")],
["Báo Bình Định", "Thời sự - Chính trị » Địa phương", "Đồng chí Trần Thị Kim Oanh trao máy thu thanh cho ngư dân xã Mỹ Thọ.",
 "(BĐ)", "Vì biển, đảo quê hương", "Ngư dân cần biết", "Luật Biển Việt Nam", "BĐ 91234-TS"],
["Thứ Sáu, 27/04/2018 - 16:45", "1 máy thu thanh, 1 áo phao", "12 mét", "bão số 12", "năm 2017", "BĐ 91234-TS"]))

PAGES.append(page("b5317-daklak-btg-baocao-2019", """
Báo Đắk Lắk điện tử
Chính trị › Xây dựng Đảng
12.07.2019 | 09:10
Mạng lưới cộng tác viên dư luận xã hội nắm bắt kịp thời tâm tư người dân
Ban Tuyên giáo Tỉnh ủy vừa có Báo cáo số 218-BC/BTGTU về kết quả công tác nắm bắt, định hướng dư luận xã hội 6 tháng đầu năm 2019, gửi Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo Trung ương.
Một buổi sinh hoạt của tổ tuyên truyền viên buôn. Ảnh: H.Gia
Theo báo cáo, toàn tỉnh có 560 cộng tác viên dư luận xã hội, trong đó 92 cộng tác viên cấp tỉnh và 468 cộng tác viên cấp huyện; khoảng 35% là người Êđê, M'nông, Jrai. Trong 6 tháng, mạng lưới đã gửi 1.284 báo cáo, phản ánh trên 3.100 ý kiến; Ban Tuyên giáo Tỉnh ủy tổng hợp 6 báo cáo chuyên đề, 24 bản tin dư luận xã hội. Các vấn đề được người dân quan tâm nhất là giá cà phê, hồ tiêu giảm mạnh (chiếm 41% ý kiến), tranh chấp đất đai ở 14 xã và hoạt động của nhóm "Hội thánh Đức Chúa Trời Mẹ".
Thực hiện Quy định số 08-QĐ/TU của Tỉnh ủy về chế độ thông tin, báo cáo và Hướng dẫn 19, 20-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, 15/15 huyện, thị xã, thành phố đã kiện toàn ban chỉ đạo công tác dư luận xã hội. Hệ thống truyền thanh cơ sở ở 184 xã, phường, thị trấn phát bản tin bằng tiếng Êđê, M'nông 2 buổi mỗi tuần; 620 buôn có cụm loa riêng. Tổng kinh phí cho công tác dư luận xã hội 6 tháng là 385 triệu đồng.
Báo cáo ghi nhận nhiều cộng tác viên tiêu biểu như ông Y Bhim Mlô, Trưởng buôn Ea Bông, xã Dray Bhăng; bà H'Linh Niê, Chủ tịch Hội LHPN xã Ea Tul; ông Y Kô Ksơr, người có uy tín buôn Tơng Jú, xã Ea Kao. Các đồng chí được Ban Tuyên giáo Tỉnh ủy đề nghị khen là: Nguyễn Văn Ba, Trần Thị Quyên, Ama Hoan - cộng tác viên dư luận xã hội huyện Krông Bông.
Báo cáo cũng chỉ rõ hạn chế: 11 cộng tác viên không gửi báo cáo; một số nơi báo cáo còn chung chung, chậm. Đồng chí Bùi Văn Thịnh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết 6 tháng cuối năm 2019 Ban sẽ tổ chức tập huấn cho khoảng 200 cộng tác viên, đồng thời đề xuất Ban Thường vụ Tỉnh ủy nâng mức hỗ trợ lên 300.000 đồng/người/quý.
Đồng chí H'Yim Kđoh, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy, đã có ý kiến chỉ đạo tại văn bản gửi kèm: mỗi cộng tác viên phải "nắm từ gốc", báo cáo ngay khi có vụ việc phức tạp, không để bị động bất ngờ; cấp ủy các cấp thực hiện nghiêm Chỉ thị số 20-CT/TW của Ban Bí thư.
Dư luận về hoạt động tuyên truyền trên mạng xã hội cũng được đề cập: 6 tháng qua, lực lượng chức năng phát hiện 57 tài khoản đăng tải thông tin sai sự thật liên quan đến đất đai, tôn giáo trên địa bàn tỉnh.
Hà Gia
Tin liên quan
- Krông Ana tập huấn cộng tác viên dư luận xã hội (04/07/2019)
- Hội nghị báo cáo viên Tỉnh ủy tháng 6/2019 (28/06/2019)
""", "2019-07-12", "Mạng lưới cộng tác viên dư luận xã hội nắm bắt kịp thời tâm tư người dân",
E("bao_cao", "2019-H1", None),
[P("Y Bhim Mlô", "Trưởng buôn Ea Bông"),
 P("H'Linh Niê", "Chủ tịch Hội LHPN xã Ea Tul"),
 P("Y Kô Ksơr", "người có uy tín buôn Tơng Jú"),
 P("Nguyễn Văn Ba", "cộng tác viên dư luận xã hội huyện Krông Bông"),
 P("Trần Thị Quyên", "cộng tác viên dư luận xã hội huyện Krông Bông"),
 P("Ama Hoan", "cộng tác viên dư luận xã hội huyện Krông Bông"),
 P("Bùi Văn Thịnh", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("H'Yim Kđoh", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy")],
[Q("560 cộng tác viên dư luận xã hội", 560, "cộng tác viên dư luận xã hội"),
 Q("92 cộng tác viên cấp tỉnh", 92, "cộng tác viên cấp tỉnh"),
 Q("468 cộng tác viên cấp huyện", 468, "cộng tác viên cấp huyện"),
 Q("khoảng 35%", 35, "%", "approx"), Q("1.284 báo cáo", 1284, "báo cáo"),
 Q("trên 3.100 ý kiến", 3100, "ý kiến", "over"), Q("6 báo cáo chuyên đề", 6, "báo cáo chuyên đề"),
 Q("24 bản tin dư luận xã hội", 24, "bản tin dư luận xã hội"), Q("41%", 41, "%"), Q("14 xã", 14, "xã"),
 Q("15/15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("620 buôn", 620, "buôn"),
 Q("385 triệu đồng", 385000000, "đồng"), Q("11 cộng tác viên", 11, "cộng tác viên"),
 Q("khoảng 200 cộng tác viên", 200, "cộng tác viên", "approx"), Q("300.000 đồng/người/quý", 300000, "đồng"),
 Q("57 tài khoản", 57, "tài khoản")],
[D("Báo cáo", "218", "BC/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Báo cáo số 218-BC/BTGTU"),
 D("Quy định", "08", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 08-QĐ/TU"),
 D("Hướng dẫn", "19", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 19, 20-HD/BTGTU"),
 D("Hướng dẫn", "20", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 19, 20-HD/BTGTU"),
 D("Chỉ thị", "20", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 20-CT/TW")],
[prov("Đắk Lắk"), com("Dray Bhăng"), com("Ea Tul"), com("Ea Kao")],
["Báo Đắk Lắk điện tử", "Chính trị › Xây dựng Đảng", "Một buổi sinh hoạt của tổ tuyên truyền viên buôn. Ảnh: H.Gia",
 "Hội thánh Đức Chúa Trời Mẹ", "nắm từ gốc"],
["12.07.2019 | 09:10", "6 tháng đầu năm 2019", "2 buổi mỗi tuần", "6 tháng cuối năm 2019"]))

PAGES.append(page("b5318-cantho-btg-hoinghi-bcv-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH ỦY CẦN THƠ
Trang chủ / Tin tức / Tuyên giáo
Cập nhật lúc 10:20 ngày 25/09/2020
Hội nghị báo cáo viên thành phố tháng 9/2020
Ảnh: Quang cảnh hội nghị tại điểm cầu Thành ủy.
Sáng 24/9, Ban Tuyên giáo Thành ủy Cần Thơ tổ chức hội nghị báo cáo viên định kỳ tháng 9/2020 theo hình thức trực tuyến với 10 điểm cầu quận, huyện, thu hút khoảng 650 báo cáo viên, tuyên truyền viên tham dự. Đồng chí Huỳnh Thị Thu Nga, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy chủ trì hội nghị.
Tại hội nghị, đồng chí Lâm Văn Khôi, Phó Trưởng Ban Tuyên giáo Trung ương, thông tin tình hình thời sự trong nước và quốc tế nổi bật; đồng chí Trần Quốc Trung, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy, thông tin công tác chuẩn bị Đại hội đại biểu Đảng bộ thành phố lần thứ XIV, nhiệm kỳ 2020 - 2025. Đến nay, 100% tổ chức cơ sở đảng và 9/9 đảng bộ quận, huyện đã hoàn thành đại hội.
Báo cáo của Ban Tuyên giáo Thành ủy cho biết, thực hiện Kế hoạch số 95-KH/TU ngày 10/3/2020 của Ban Thường vụ Thành ủy và Hướng dẫn số 154-HD/BTGTW của Ban Tuyên giáo Trung ương, trong 9 tháng qua đội ngũ 1.856 báo cáo viên các cấp đã tuyên truyền trên 7.400 cuộc với hơn 310.000 lượt người nghe. Hệ thống 83 đài truyền thanh xã, phường, thị trấn phát trên 5.000 tin, bài về phòng, chống dịch Covid-19; riêng 6 quận nội thành đã thí điểm 42 cụm loa thông minh ứng dụng công nghệ thông tin - viễn thông với tổng kinh phí 3,2 tỷ đồng.
Đồng chí Trương Văn Bé Tư, Trưởng Ban Tuyên giáo Quận ủy Ninh Kiều, chia sẻ cách làm "mỗi báo cáo viên quản lý một nhóm Zalo khu vực", giúp đưa thông tin tới khoảng 12.000 hộ gia đình. Bà Nguyễn Thị Kim Phượng, Chủ tịch Ủy ban MTTQ phường An Khánh, cho biết phường dùng loa cầm tay đi từng hẻm tuyên truyền về dịch bệnh.
Phát biểu kết luận, đồng chí Huỳnh Thị Thu Nga đề nghị các báo cáo viên tập trung tuyên truyền Chỉ thị 35, 36-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và về phòng, chống và kiểm soát ma túy; đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng, phấn đấu mỗi quận, huyện có ít nhất 1 nhóm cộng tác viên tham gia đấu tranh trên mạng xã hội.
Hội nghị đã nghe phổ biến Nghị định số 91/2020/NĐ-CP của Chính phủ về chống tin nhắn rác, thư điện tử rác, cuộc gọi rác.
Theo Ban Tuyên giáo Thành ủy, hội nghị báo cáo viên được duy trì đều đặn hằng tháng, kể cả trong thời gian giãn cách xã hội.
Ngọc Hân
Các tin đã đưa
- Hội nghị báo cáo viên thành phố tháng 8/2020 (27/08/2020)
- Phong Điền: 35 cụm loa được thay mới (14/08/2020)
""", "2020-09-25", "Hội nghị báo cáo viên thành phố tháng 9/2020",
E("hoi_nghi", "2020-09", "2020-09-24"),
[P("Huỳnh Thị Thu Nga", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo Thành ủy"),
 P("Lâm Văn Khôi", "Phó Trưởng Ban Tuyên giáo Trung ương"),
 P("Trần Quốc Trung", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy"),
 P("Trương Văn Bé Tư", "Trưởng Ban Tuyên giáo Quận ủy Ninh Kiều"),
 P("Nguyễn Thị Kim Phượng", "Chủ tịch Ủy ban MTTQ phường An Khánh")],
[Q("10 điểm cầu", 10, "điểm cầu"), Q("khoảng 650 báo cáo viên, tuyên truyền viên", 650, "báo cáo viên, tuyên truyền viên", "approx"),
 Q("100% tổ chức cơ sở đảng", 100, "%"), Q("9/9 đảng bộ", 9, "đảng bộ"),
 Q("1.856 báo cáo viên", 1856, "báo cáo viên"), Q("trên 7.400 cuộc", 7400, "cuộc", "over"),
 Q("hơn 310.000 lượt người nghe", 310000, "lượt người nghe", "over"),
 Q("83 đài truyền thanh", 83, "đài truyền thanh"), Q("trên 5.000 tin, bài", 5000, "tin, bài", "over"),
 Q("6 quận nội thành", 6, "quận nội thành"), Q("42 cụm loa thông minh", 42, "cụm loa thông minh"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("khoảng 12.000 hộ gia đình", 12000, "hộ gia đình", "approx")],
[D("Kế hoạch", "95", "KH/TU", "2020-03-10", "Ban Thường vụ Thành ủy", "Kế hoạch số 95-KH/TU ngày 10/3/2020"),
 D("Hướng dẫn", "154", "HD/BTGTW", None, "Ban Tuyên giáo Trung ương", "Hướng dẫn số 154-HD/BTGTW"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35, 36-CT/TW"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35, 36-CT/TW"),
 D("Nghị định", "91", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 91/2020/NĐ-CP")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH ỦY CẦN THƠ", "Trang chủ / Tin tức / Tuyên giáo", "Ảnh: Quang cảnh hội nghị tại điểm cầu Thành ủy.",
 "mỗi báo cáo viên quản lý một nhóm Zalo khu vực"],
["Cập nhật lúc 10:20 ngày 25/09/2020", "tháng 9/2020", "lần thứ XIV", "nhiệm kỳ 2020 - 2025", "9 tháng", "Covid-19", "1 nhóm"]))

PAGES.append(page("b5319-hatinh-camxuyen-khac-2021", """
Hôm nay: Thứ Bảy, 05/06/2021
BÁO HÀ TĨNH
Xã hội » Người tốt - Việc tốt
Thứ Sáu, 04/06/2021 | 07:45
Người "giữ lửa" đài truyền thanh xã suốt 20 năm
Ông Nguyễn Văn Tình bên bàn máy của đài truyền thanh xã Cẩm Thạch.
Đúng 5 giờ 30 sáng, giọng đọc trầm ấm của ông Nguyễn Văn Tình lại vang lên trên 14 cụm loa khắp 9 thôn của xã Cẩm Thạch, huyện Cẩm Xuyên. Hơn 20 năm nay, người dân nơi đây đã quen với giọng đọc ấy: thông báo lịch tiêm phòng cho đàn gia súc, nhắc bà con chằng chống nhà cửa trước bão, hay đọc danh sách hộ đóng góp xây dựng đường giao thông nông thôn.
Năm 2000, khi xã mới có đài truyền thanh với 3 chiếc loa nén, ông Tình - lúc đó là cán bộ văn hóa xã - được giao kiêm nhiệm phụ trách đài. "Ngày ấy máy móc thô sơ, mưa to là mất tiếng, tôi phải leo cột nối dây giữa đêm", ông kể. Đến nay, đài đã được đầu tư 2 lần với tổng kinh phí gần 500 triệu đồng, trong đó năm 2020 được thay mới bằng hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông theo Quyết định số 135/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 211/KH-UBND của UBND tỉnh.
Mỗi năm ông tự viết và đọc khoảng 300 tin, bài về gương người tốt, việc tốt của địa phương; nhiều tin được Đài Phát thanh - Truyền hình Hà Tĩnh sử dụng. Trong đợt dịch Covid-19 và đợt lũ lịch sử tháng 10/2020, ông trực đài gần như 24/24 giờ, phát liên tục thông tin khẩn cấp giúp 127 hộ vùng thấp trũng di dời kịp thời.
Bà Trần Thị Hồng Vân, Bí thư Đảng ủy xã Cẩm Thạch, nhận xét: "Anh Tình là tuyên truyền viên giỏi nhất của xã. Có chủ trương nào mới, chỉ cần anh đọc trên loa là bà con hiểu và làm theo". Theo bà Vân, thực hiện Nghị quyết số 06-NQ/ĐU của Đảng ủy xã về công tác tuyên truyền, xã đã xây dựng tổ tuyên truyền viên ở 9/9 thôn với 45 thành viên, hoạt động gắn với đài truyền thanh.
Ông Phan Đình Lộc, Trưởng thôn Thanh Lương, cho biết nhờ loa thôn mà năm qua thôn vận động được 36 hộ hiến gần 2.000 m2 đất mở rộng đường. Còn ông Lê Văn Khoa, 82 tuổi, thôn Thạch Sơn, nói vui: "Sáng nào không nghe anh Tình đọc tin là thấy thiếu".
Với những đóng góp đó, năm 2019 ông Tình được Chủ tịch UBND tỉnh tặng Bằng khen, năm 2021 được đề nghị tuyên dương trong phong trào "Dân vận khéo". Ông chia sẻ: "Chừng nào còn sức, tôi còn giữ đài. Tôi đang dạy cho 2 đoàn viên trẻ cách viết tin, đọc tin để sau này thay mình".
Huyện Cẩm Xuyên hiện có 23/23 xã, thị trấn có đài truyền thanh; theo Ban Tuyên giáo Huyện ủy, những cán bộ như ông Tình là "cánh tay nối dài" đưa chủ trương của Đảng đến với người dân.
Thu Hà
Bài viết liên quan
- Cẩm Xuyên: 15 xã được đầu tư truyền thanh thông minh (20/05/2021)
- Hội nghị báo cáo viên Tỉnh ủy tháng 5/2021 (27/05/2021)
""", "2021-06-04", 'Người "giữ lửa" đài truyền thanh xã suốt 20 năm',
E("khac", None, None),
[P("Nguyễn Văn Tình"),
 P("Trần Thị Hồng Vân", "Bí thư Đảng ủy xã Cẩm Thạch"),
 P("Phan Đình Lộc", "Trưởng thôn Thanh Lương"),
 P("Lê Văn Khoa")],
[Q("14 cụm loa", 14, "cụm loa"), Q("9 thôn", 9, "thôn"), Q("3 chiếc loa nén", 3, "chiếc loa nén"),
 Q("gần 500 triệu đồng", 500000000, "đồng", "approx"), Q("khoảng 300 tin, bài", 300, "tin, bài", "approx"),
 Q("127 hộ", 127, "hộ"), Q("45 thành viên", 45, "thành viên"),
 Q("36 hộ", 36, "hộ"), Q("gần 2.000 m2", 2000, "m2", "approx"), Q("2 đoàn viên trẻ", 2, "đoàn viên trẻ"),
 Q("23/23 xã, thị trấn", 23, "xã, thị trấn")],
[D("Quyết định", "135", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 135/QĐ-TTg"),
 D("Kế hoạch", "211", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 211/KH-UBND"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 06-NQ/ĐU")],
[prov("Hà Tĩnh"), com("Cẩm Thạch")],
["Hôm nay: Thứ Bảy, 05/06/2021", "BÁO HÀ TĨNH", "Xã hội » Người tốt - Việc tốt",
 "Ông Nguyễn Văn Tình bên bàn máy của đài truyền thanh xã Cẩm Thạch.", "Dân vận khéo", "cánh tay nối dài", "giữ lửa"],
["Hôm nay: Thứ Bảy, 05/06/2021", "20 năm", "5 giờ 30", "Hơn 20 năm", "2 lần", "24/24 giờ", "82 tuổi", "Covid-19", "tháng 10/2020"]))

PAGES.append(page("b5320-kontum-bdv-soket-2022", """
Báo Kon Tum điện tử
Trang chủ | Chính trị | Công tác dân vận
14/07/2022 - 08:30
Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2022
Ngày 12/7, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí A Pớt phát biểu kết luận hội nghị. Ảnh: N.Y
Theo báo cáo, 6 tháng qua khối dân vận đã phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức 1.420 buổi tuyên truyền tại 86 xã, phường, thị trấn với trên 52.000 lượt người dự; trong đó 640 buổi được thực hiện bằng tiếng Xơ Đăng, Ba Na, Giẻ Triêng. Mạng lưới 102 xã có đài truyền thanh, 9 xã dùng loa di động gắn trên xe máy để đến các làng xa. Thực hiện Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và Kế hoạch số 37-KH/BDVTU ngày 18/02/2022 của Ban Dân vận Tỉnh ủy, 1.128 người có uy tín đã được cung cấp thông tin định kỳ hằng tháng.
Phong trào thi đua "Dân vận khéo" có 312 mô hình được công nhận, trong đó 48 mô hình cấp tỉnh. Nhân dân đóng góp trên 12 tỷ đồng, hiến khoảng 34.000 m2 đất xây dựng nông thôn mới; 2.350 hộ đồng bào dân tộc thiểu số được vận động thoát nghèo bền vững.
Tại hội nghị, các đại biểu đã trao đổi nhiều cách làm hay. Ông A Thiên, HUV, Trưởng Ban Dân vận Huyện ủy Đăk Glei, cho biết huyện thành lập 32 tổ "loa di động" do đoàn viên thanh niên phụ trách; bà Y Huê, Phó Chủ tịch Hội LHPN xã Đăk Nhoong, chia sẻ mô hình "Phụ nữ làng nói không với tảo hôn". Già làng A Rưi, làng Kon Klor, phường Thắng Lợi, đề nghị tăng thời lượng phát sóng tiếng Ba Na trên loa phường.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Bích Ngọc, Y Thị Hồng Vân đã giải trình làm rõ các kiến nghị; đồng chí Đinh Văn Tiến, Phó Chánh Văn phòng Ban, báo cáo tiến độ triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Kết luận hội nghị, đồng chí A Pớt yêu cầu 6 tháng cuối năm các cấp ủy thực hiện tốt Quy định số 23-QĐ/TU của Tỉnh ủy về công tác dân vận của hệ thống chính trị; củng cố mạng lưới tuyên truyền viên, phấn đấu 100% làng có tổ tuyên truyền; tiếp tục nắm tình hình, không để kẻ xấu lôi kéo đồng bào vượt biên trái phép.
Hội nghị cũng chỉ ra hạn chế: một số đài truyền thanh xã hoạt động cầm chừng, nội dung tuyên truyền chưa sát đời sống đồng bào.
Ngọc Yến
Tin cùng chuyên mục
- Ngọc Hồi: 20 làng có cụm loa mới (05/07/2022)
- Giao ban khối dân vận quý II/2022 (28/06/2022)
""", "2022-07-14", "Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2022",
E("so_ket", "2022-H1", "2022-07-12"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
 P("Y Huê", "Phó Chủ tịch Hội LHPN xã Đăk Nhoong"),
 P("A Rưi", "Già làng"),
 P("Nguyễn Thị Bích Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Tiến", "Phó Chánh Văn phòng Ban")],
[Q("1.420 buổi tuyên truyền", 1420, "buổi tuyên truyền"), Q("86 xã, phường, thị trấn", 86, "xã, phường, thị trấn"),
 Q("trên 52.000 lượt người", 52000, "lượt người", "over"), Q("640 buổi", 640, "buổi"), Q("102 xã", 102, "xã"),
 Q("9 xã", 9, "xã"), Q("1.128 người có uy tín", 1128, "người có uy tín"), Q("312 mô hình", 312, "mô hình"),
 Q("48 mô hình cấp tỉnh", 48, "mô hình cấp tỉnh"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("khoảng 34.000 m2", 34000, "m2", "approx"), Q("2.350 hộ đồng bào dân tộc thiểu số", 2350, "hộ đồng bào dân tộc thiểu số"),
 Q("32 tổ", 32, "tổ"), Q("100% làng", 100, "%")],
[D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", "2022-02-18", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 18/02/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy định", "23", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 23-QĐ/TU")],
[prov("Kon Tum"), com("Đăk Nhoong"), com("Thắng Lợi")],
["Báo Kon Tum điện tử", "Trang chủ | Chính trị | Công tác dân vận", "Đồng chí A Pớt phát biểu kết luận hội nghị. Ảnh: N.Y",
 "Dân vận khéo", "loa di động", "Phụ nữ làng nói không với tảo hôn",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["14/07/2022 - 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng cuối năm"]))
