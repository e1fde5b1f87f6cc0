from lib import *
PAGES = []

PAGES.append(page("b6089-phuyen-mttq-tongket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ YÊN
Trang chủ » Tin tức » Hoạt động Mặt trận
Thứ Năm, 29/12/2022, 08:05
Toàn cảnh hội nghị.
Phú Yên: Quỹ "Đền ơn đáp nghĩa" vượt 18% chỉ tiêu
Ngày 28/12, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức hội nghị tổng kết công tác Mặt trận năm 2022 và công tác vận động Quỹ "Đền ơn đáp nghĩa", triển khai nhiệm vụ năm 2023. Đồng chí Huỳnh Thị Mỹ Chi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, năm 2022, các cấp Mặt trận đã vận động Quỹ "Đền ơn đáp nghĩa" được 9,44 tỷ đồng, vượt 18% chỉ tiêu; xây mới 73 nhà tình nghĩa và sửa chữa 41 nhà cho người có công, mỗi căn xây mới được hỗ trợ từ 50 đến 70 triệu đồng. Toàn tỉnh đã tặng 16.700 suất quà cho người có công dịp Tết Nguyên đán và ngày 27/7 với tổng trị giá hơn 8,5 tỷ đồng; phụng dưỡng 100% Mẹ Việt Nam anh hùng còn sống.
Công tác này được triển khai theo Chương trình phối hợp số 08/CTr-MTTQ-SLĐTBXH giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Sở Lao động - Thương binh và Xã hội, gắn với thực hiện Nghị quyết số 16-NQ/TU ngày 14/3/2022 của Ban Chấp hành Đảng bộ tỉnh và Quyết định 1068, 1069/QĐ-UBND của UBND tỉnh về hỗ trợ nhà ở cho người có công giai đoạn 2022 - 2025.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Văn Tuấn, Nguyễn Thị Mỹ Hạnh, Ksor Y Phong đã trình bày các báo cáo chuyên đề. Ông La Văn Nhân, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh, cho biết huyện đã hoàn thành 15 nhà tình nghĩa cho đồng bào Ê Đê, Chăm H'roi; bà Nguyễn Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lâm, chia sẻ mô hình "Mỗi tổ dân phố nhận chăm sóc một gia đình chính sách".
Hội nghị đánh giá vẫn còn khoảng 130 hộ người có công ở nhà xuống cấp, nhiều nhất ở các huyện miền núi. Nguồn Quỹ ở một số xã còn thấp, phụ thuộc vào ngân sách.
Phát biểu kết luận, đồng chí Huỳnh Thị Mỹ Chi đề nghị năm 2023 các cấp Mặt trận phấn đấu vận động Quỹ đạt từ 10 tỷ đồng trở lên; hoàn thành xây mới 80 nhà tình nghĩa; thực hiện tốt Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội, nhất là giám sát việc thực hiện chính sách người có công.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 22 tập thể và 30 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2022.
Đức Tâm
Lượt xem: 2.316
Bài viết liên quan
- Sông Hinh bàn giao 15 nhà tình nghĩa (20/12/2022)
- Mặt trận tỉnh giám sát chi trả trợ cấp người có công (05/12/2022)
- Phát động ủng hộ Quỹ "Vì người nghèo" năm 2023 (28/11/2022)
""", "2022-12-29", "Phú Yên: Quỹ \"Đền ơn đáp nghĩa\" vượt 18% chỉ tiêu",
E("tong_ket", "2022", "2022-12-28"),
[P("Huỳnh Thị Mỹ Chi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("La Văn Nhân", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh"),
 P("Nguyễn Thị Thu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lâm")],
[Q("18%", 18, "%"), Q("9,44 tỷ đồng", 9440000000, "đồng"), Q("73 nhà tình nghĩa", 73, "nhà tình nghĩa"), Q("41 nhà", 41, "nhà"),
 Q("50", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"), Q("16.700 suất quà", 16700, "suất quà"),
 Q("hơn 8,5 tỷ đồng", 8500000000, "đồng", "over"), Q("100%", 100, "%"), Q("15 nhà tình nghĩa", 15, "nhà tình nghĩa"),
 Q("khoảng 130 hộ người có công", 130, "hộ người có công", "approx"), Q("từ 10 tỷ đồng trở lên", 10000000000, "đồng", "over"),
 Q("80 nhà tình nghĩa", 80, "nhà tình nghĩa"), Q("22 tập thể", 22, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chương trình phối hợp", "08", "CTr-MTTQ-SLĐTBXH", None, None, "Chương trình phối hợp số 08/CTr-MTTQ-SLĐTBXH"),
 D("Nghị quyết", "16", "NQ/TU", "2022-03-14", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 16-NQ/TU ngày 14/3/2022"),
 D("Quyết định", "1068", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1068, 1069/QĐ-UBND"),
 D("Quyết định", "1069", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1068, 1069/QĐ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị")],
[prov("Phú Yên"), com("Phú Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ YÊN", "Trang chủ » Tin tức » Hoạt động Mặt trận", "Toàn cảnh hội nghị.",
 "Đền ơn đáp nghĩa", "Mỗi tổ dân phố nhận chăm sóc một gia đình chính sách", "Vì người nghèo", "Lượt xem: 2.316"],
["Thứ Năm, 29/12/2022, 08:05", "năm 2022", "năm 2023", "27/7", "giai đoạn 2022 - 2025", "Lượt xem: 2.316"]))

PAGES.append(page("b6090-caobang-bdv-giaoban-2019", """
Báo Cao Bằng điện tử
Trang chủ / Chính trị / Dân vận
Ngày 02/08/2019 | 09:15
Giao ban khối dân vận tháng 7: Tri ân người có công
Chiều 31/7, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức giao ban khối dân vận tháng 7/2019. Đồng chí Nông Thị Bích Huệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có các đồng chí: Lương Văn Nhật, Phó Chủ tịch Ủy ban MTTQ tỉnh; Hoàng Thị Đào, Phó Chủ tịch Hội LHPN tỉnh; Đàm Văn Bảo, Phó Chủ tịch Hội CCB tỉnh - Chủ tịch Hội Cựu thanh niên xung phong tỉnh.
Đồng chí Nông Thị Bích Huệ kết luận giao ban.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, trong tháng 7, khối dân vận các cấp tập trung tổ chức các hoạt động kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ theo Kế hoạch số 95-KH/TU ngày 18/6/2019 của Ban Thường vụ Tỉnh ủy. Các cấp, các ngành đã thăm, tặng 7.215 suất quà, trị giá khoảng 2,9 tỷ đồng; khánh thành và bàn giao 38 nhà tình nghĩa; tu sửa 11 nghĩa trang liệt sĩ; tổ chức thắp nến tri ân tại 199 xã, phường, thị trấn với hơn 25.000 lượt người tham gia.
Hội CCB tỉnh vận động hội viên xây dựng 6 "Mái ấm đồng đội" cho hội viên là thương binh nghèo, mỗi căn trị giá 45 triệu đồng. Tỉnh đoàn ra quân chiến dịch "Tuổi trẻ Cao Bằng tri ân" với 2.400 đoàn viên tham gia dọn dẹp nghĩa trang, làm 1.200 ngày công giúp gia đình chính sách. Hội LHPN tỉnh trao 15 con bò giống cho 15 hộ phụ nữ là thân nhân liệt sĩ nghèo theo Đề án 939.
Tại giao ban, đồng chí Nông Văn Chấn, HUV, Trưởng Ban Dân vận Huyện ủy Hà Quảng, phản ánh còn 43 hộ người có công người Nùng, Mông ở nhà tạm, chưa có nguồn hỗ trợ; đồng chí Lý Thị Mai, Chủ tịch Ủy ban MTTQ xã Quốc Toản, đề nghị vận động doanh nghiệp hỗ trợ thêm. Đại diện Hội LHPN tỉnh cho biết nhiều thân nhân liệt sĩ cao tuổi sống neo đơn ở vùng sâu cần được thăm hỏi thường xuyên hơn, không chỉ dịp lễ, Tết. Các ý kiến cũng nêu việc xác minh thông tin liệt sĩ ở một số xã biên giới còn chậm do nhân chứng đã cao tuổi, hồ sơ gốc thất lạc; cần sự phối hợp của Hội CCB và Bộ Chỉ huy Quân sự tỉnh.
Đồng chí Nông Thị Bích Huệ đề nghị tháng 8 khối dân vận phối hợp tham mưu thực hiện Chỉ thị 14-CT/TW, Kết luận 07, 08-KL/TU về chăm lo người có công và xóa nhà tạm cho hộ chính sách; hướng dẫn các huyện rà soát, lập danh sách hộ người có công khó khăn về nhà ở gửi về Ban trước ngày 20/8; triển khai Hướng dẫn số 22-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong công tác đền ơn đáp nghĩa.
Hoàng Bằng
Các tin khác
- Hà Quảng bàn giao 5 nhà tình nghĩa (28/07/2019)
- Thắp nến tri ân tại Nghĩa trang liệt sĩ Bằng Giang (26/07/2019)
- Trùng Khánh trao 200 suất quà cho người có công (24/07/2019)
""", "2019-08-02", "Giao ban khối dân vận tháng 7: Tri ân người có công",
E("giao_ban", "2019-07", "2019-07-31"),
[P("Nông Thị Bích Huệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Nhật", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Đào", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đàm Văn Bảo", "Phó Chủ tịch Hội CCB tỉnh - Chủ tịch Hội Cựu thanh niên xung phong tỉnh"),
 P("Nông Văn Chấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Hà Quảng"),
 P("Lý Thị Mai", "Chủ tịch Ủy ban MTTQ xã Quốc Toản")],
[Q("7.215 suất quà", 7215, "suất quà"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("38 nhà tình nghĩa", 38, "nhà tình nghĩa"),
 Q("11 nghĩa trang liệt sĩ", 11, "nghĩa trang liệt sĩ"), Q("199 xã, phường, thị trấn", 199, "xã, phường, thị trấn"),
 Q("hơn 25.000 lượt người", 25000, "lượt người", "over"), Q("6 \"Mái ấm đồng đội\"", 6, "Mái ấm đồng đội"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("2.400 đoàn viên", 2400, "đoàn viên"), Q("1.200 ngày công", 1200, "ngày công"), Q("15 con bò giống", 15, "con bò giống"),
 Q("15 hộ phụ nữ", 15, "hộ phụ nữ"), Q("43 hộ người có công", 43, "hộ người có công")],
[D("Kế hoạch", "95", "KH/TU", "2019-06-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 18/6/2019"),
 D("Đề án", "939", None, None, None, "Đề án 939"),
 D("Chỉ thị", "14", "CT/TW", None, None, "Chỉ thị 14-CT/TW"),
 D("Kết luận", "07", "KL/TU", None, None, "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, None, "Kết luận 07, 08-KL/TU"),
 D("Hướng dẫn", "22", "HD/BDVTU", None, None, "Hướng dẫn số 22-HD/BDVTU")],
[prov("Cao Bằng"), com("Quốc Toản")],
["Báo Cao Bằng điện tử", "Trang chủ / Chính trị / Dân vận", "Đồng chí Nông Thị Bích Huệ kết luận giao ban.",
 "Tuổi trẻ Cao Bằng tri ân", "Dân vận khéo", "Nghĩa trang liệt sĩ Bằng Giang"],
["Ngày 02/08/2019 | 09:15", "tháng 7/2019", "72 năm", "tháng 8"]))

PAGES.append(page("b6091-longan-mttq-giamsat-2023", """
Báo Long An Online
Chính trị - Xã hội » Mặt trận
Ngày 16/10/2023 | 09:15
Hôm nay: Thứ Hai, 16/10/2023
Ảnh: Đoàn giám sát khảo sát thực tế nhà tình nghĩa.
Cần Giuộc: Giám sát xây dựng nhà tình nghĩa tại 3 xã
Theo chương trình giám sát năm 2023, ngày 13/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cần Giuộc, tỉnh Long An tổ chức đoàn giám sát việc xây dựng, sửa chữa nhà tình nghĩa và sử dụng Quỹ "Đền ơn đáp nghĩa" tại các xã Long Hậu, Phước Lại, Tân Tập. Đồng chí Võ Thị Kim Hằng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn.
Tham gia đoàn có các đồng chí: Phạm Văn Nghĩa, Lê Thị Hồng Nhung, Đoàn Minh Trí - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; đại diện Phòng Lao động - Thương binh và Xã hội, Hội CCB huyện.
Báo cáo với đoàn, UBND 3 xã cho biết, từ năm 2021 đến tháng 9/2023, thực hiện Kế hoạch số 2174/KH-UBND của UBND tỉnh và Kế hoạch 46, 47-KH/HU của Ban Thường vụ Huyện ủy, các xã đã xây mới 19 căn nhà tình nghĩa, sửa chữa 27 căn, tổng kinh phí trên 2,6 tỷ đồng, trong đó Quỹ "Đền ơn đáp nghĩa" các cấp chi khoảng 1,4 tỷ đồng, còn lại do doanh nghiệp, nhà hảo tâm và gia đình đóng góp. Quỹ "Đền ơn đáp nghĩa" của 3 xã hiện còn dư 312 triệu đồng.
Qua khảo sát thực tế tại ấp Long Thới, xã Long Hậu, đoàn ghi nhận căn nhà tình nghĩa của bà Huỳnh Thị Tư, vợ liệt sĩ, 84 tuổi, được xây kiên cố, diện tích 54 m2. Tuy nhiên, tại xã Tân Tập có 2 căn nhà xây năm 2012 đã xuống cấp, 1 hộ người có công chưa được hỗ trợ do vướng thủ tục đất đai.
Đoàn đã nghe 9 ý kiến của cán bộ ấp và người dân. Ông Nguyễn Văn Bảy, thương binh 4/4, Chi hội trưởng Chi hội CCB ấp Nhà Dài, xã Phước Lại, kiến nghị công khai việc thu, chi Quỹ tại các ấp. Bà Trần Thị Mộng Thu, Phó Chủ tịch UBND xã Tân Tập, tiếp thu và cho biết xã sẽ hoàn thiện hồ sơ đất cho hộ nói trên trong tháng 11.
Kết luận giám sát, đồng chí Võ Thị Kim Hằng đánh giá cao sự vào cuộc của các xã; đề nghị UBND các xã thực hiện đúng Thông tư số 07/2023/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội và Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 của Chính phủ; thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với cán bộ, đảng viên; công khai Quỹ tại nhà văn hóa ấp; sửa chữa ngay 2 căn nhà xuống cấp trước Tết Nguyên đán 2024. Đoàn sẽ có văn bản kiến nghị gửi UBND huyện trong 15 ngày. Đồng chí cũng lưu ý Ban Giám sát đầu tư của cộng đồng ở các xã tham gia giám sát ngay từ khi khởi công.
Minh Thư
Tin liên quan
- Long An: 100% xã tổ chức giám sát Quỹ Đền ơn đáp nghĩa (02/10/2023)
- Cần Đước bàn giao 10 nhà tình nghĩa (20/09/2023)
- Hội CCB tỉnh trao 5 nhà đồng đội (12/09/2023)
""", "2023-10-16", "Cần Giuộc: Giám sát xây dựng nhà tình nghĩa tại 3 xã",
E("giam_sat", "2023", "2023-10-13"),
[P("Võ Thị Kim Hằng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Văn Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đoàn Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Huỳnh Thị Tư", "vợ liệt sĩ"),
 P("Nguyễn Văn Bảy", "thương binh 4/4", "Chi hội trưởng Chi hội CCB ấp Nhà Dài"),
 P("Trần Thị Mộng Thu", "Phó Chủ tịch UBND xã Tân Tập")],
[Q("3 xã", 3, "xã"), Q("19 căn nhà tình nghĩa", 19, "căn nhà tình nghĩa"), Q("sửa chữa 27 căn", 27, "căn"),
 Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("54 m2", 54, "m2"), Q("2 căn nhà", 2, "căn nhà"), Q("1 hộ người có công", 1, "hộ người có công"),
 Q("9 ý kiến", 9, "ý kiến")],
[D("Kế hoạch", "2174", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2174/KH-UBND"),
 D("Kế hoạch", "46", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 46, 47-KH/HU"),
 D("Kế hoạch", "47", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 46, 47-KH/HU"),
 D("Thông tư", "07", "2023/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 07/2023/TT-BLĐTBXH"),
 D("Nghị định", "75", "2021/NĐ-CP", "2021-07-24", "Chính phủ", "Nghị định số 75/2021/NĐ-CP ngày 24/7/2021"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Long An"), com("Long Hậu"), com("Phước Lại"), com("Tân Tập")],
["Báo Long An Online", "Chính trị - Xã hội » Mặt trận", "Hôm nay: Thứ Hai, 16/10/2023",
 "Ảnh: Đoàn giám sát khảo sát thực tế nhà tình nghĩa.", "Đền ơn đáp nghĩa", "Long Thới", "Nhà Dài"],
["Ngày 16/10/2023 | 09:15", "năm 2023", "tháng 9/2023", "84 tuổi", "năm 2012", "thương binh 4/4", "tháng 11", "15 ngày", "Tết Nguyên đán 2024"]))

PAGES.append(page("b6092-kontum-dbqh-tiepxuccutri-2022", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ > Thời sự > Chính trị
Cập nhật: 16:10, 23/09/2022 (GMT+7)
Cử tri là người có công kiến nghị về nhà ở và chế độ trợ cấp
Sáng 22/9, tại hội trường UBND xã Đăk Pxi, huyện Đăk Hà, Tổ đại biểu Quốc hội đơn vị bầu cử số 2 tỉnh Kon Tum tổ chức Hội nghị tiếp xúc cử tri là người có công, cựu chiến binh, thân nhân liệt sĩ trước kỳ họp thứ 4, Quốc hội khóa XV.
Tham dự có các đại biểu Quốc hội: A Hmân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Y Nhi, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh; cùng đồng chí Nguyễn Thị Lý, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Hà và 135 cử tri.
Đại biểu Quốc hội A Hmân thông tin đến cử tri tại hội nghị.
Thay mặt Tổ đại biểu, đồng chí Y Nhi thông tin dự kiến nội dung kỳ họp, trong đó có việc xem xét dự án Luật Thực hiện dân chủ ở cơ sở và báo cáo giám sát việc thực hiện Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14. Đồng chí cũng thông tin kết quả giải quyết 11 kiến nghị của cử tri huyện gửi đến kỳ họp trước.
Tại hội nghị, có 12 lượt cử tri phát biểu. Ông A Khoen, thương binh 2/4, thôn Kon Stiu, xã Đăk Pxi, phản ánh 26 hộ người có công là đồng bào Xơ Đăng, Ba Na trong xã còn ở nhà xuống cấp; đề nghị nâng mức hỗ trợ lên 80 triệu đồng/căn. Bà Y Thương, con liệt sĩ, thôn Kon Rôn, cho biết hồ sơ đề nghị công nhận liệt sĩ của cha bà gửi từ năm 2018 chưa có kết quả. Ông Phan Đình Chiến, Chủ tịch Hội CCB xã Đăk Mar, kiến nghị sửa đổi Nghị định số 131/2021/NĐ-CP để người nhiễm chất độc hóa học thế hệ thứ ba được hưởng chế độ.
Ông A Thút, già làng thôn Kon Stiu, đề nghị sớm nâng cấp nhà bia ghi danh liệt sĩ của xã, hiện có 143 liệt sĩ được ghi danh.
Đồng chí Nguyễn Văn Thạnh, Phó Chủ tịch UBND huyện Đăk Hà, đã trả lời các kiến nghị thuộc thẩm quyền; cho biết năm 2022 huyện bố trí 1,8 tỷ đồng theo Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh để hỗ trợ 36 hộ người có công sửa chữa nhà, mức 30 - 50 triệu đồng/hộ.
Tiếp thu ý kiến, đại biểu A Hmân đề nghị các cấp thực hiện tốt Chỉ thị 14-CT/TW và Kết luận 11, 12-KL/TU của Ban Thường vụ Tỉnh ủy; Tổ đại biểu sẽ tổng hợp, chuyển các kiến nghị vượt thẩm quyền đến Bộ Lao động - Thương binh và Xã hội, Chính phủ. Đối với 2 hồ sơ liệt sĩ tồn đọng, Tổ đề nghị Sở Lao động - Thương binh và Xã hội phối hợp Bộ Chỉ huy Quân sự tỉnh xác minh, trả lời cử tri trước ngày 31/12/2022.
Ngọc Tuyết
Tin khác
- Đại biểu Quốc hội tiếp xúc cử tri huyện Ngọc Hồi (21/09/2022)
- Kon Tum: Trao 30 nhà tình nghĩa cho người có công (25/07/2022)
- Đăk Hà tổ chức đối thoại với người có uy tín (12/07/2022)
""", "2022-09-23", "Cử tri là người có công kiến nghị về nhà ở và chế độ trợ cấp",
E("hoi_nghi", None, "2022-09-22"),
[P("A Hmân", "đại biểu Quốc hội", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Nhi", "đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh"),
 P("Nguyễn Thị Lý", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Hà"),
 P("A Khoen", "thương binh 2/4"),
 P("Y Thương", "con liệt sĩ"),
 P("Phan Đình Chiến", "Chủ tịch Hội CCB xã Đăk Mar"),
 P("A Thút", "già làng thôn Kon Stiu"),
 P("Nguyễn Văn Thạnh", "Phó Chủ tịch UBND huyện Đăk Hà")],
[Q("135 cử tri", 135, "cử tri"), Q("11 kiến nghị", 11, "kiến nghị"), Q("12 lượt cử tri", 12, "lượt cử tri"),
 Q("26 hộ người có công", 26, "hộ người có công"), Q("80 triệu đồng/căn", 80000000, "đồng"), Q("143 liệt sĩ", 143, "liệt sĩ"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("36 hộ người có công", 36, "hộ người có công"), Q("30 - 50", 30000000, "đồng"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("2 hồ sơ liệt sĩ", 2, "hồ sơ liệt sĩ")],
[D("Pháp lệnh", "02", "2020/UBTVQH14", None, None, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"),
 D("Nghị định", "131", "2021/NĐ-CP", None, None, "Nghị định số 131/2021/NĐ-CP"),
 D("Nghị quyết", "15", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2022/NQ-HĐND"),
 D("Chỉ thị", "14", "CT/TW", None, None, "Chỉ thị 14-CT/TW"),
 D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU")],
[prov("Kon Tum"), com("Đăk Pxi"), com("Đăk Mar")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ > Thời sự > Chính trị", "Đại biểu Quốc hội A Hmân thông tin đến cử tri tại hội nghị.",
 "Luật Thực hiện dân chủ ở cơ sở", "Kon Stiu", "Kon Rôn", "Tổ đại biểu Quốc hội đơn vị bầu cử số 2 tỉnh Kon Tum"],
["Cập nhật: 16:10, 23/09/2022 (GMT+7)", "kỳ họp thứ 4", "khóa XV", "thương binh 2/4", "năm 2018", "thế hệ thứ ba", "năm 2022", "đơn vị bầu cử số 2"]))

PAGES.append(page("b6093-thanhhoa-cuutnxp-daihoi-2023", """
Báo Thanh Hóa điện tử
You are here: Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 18/08/2023 - 17:45
Quang cảnh đại hội. Ảnh: Lê Hợi
Đại hội đại biểu Hội Cựu thanh niên xung phong tỉnh lần thứ IV, nhiệm kỳ 2023 - 2028
Ngày 17/8/2023, Hội Cựu thanh niên xung phong (TNXP) tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trịnh Hữu Lam, Phó Chủ tịch Trung ương Hội Cựu TNXP Việt Nam cùng 250 đại biểu đại diện cho hơn 38.000 hội viên trong toàn tỉnh.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2018 - 2023, các cấp Hội đã phát triển thêm 2.140 hội viên mới, nâng tổng số cơ sở hội lên 412. Hội phối hợp ngành Lao động - Thương binh và Xã hội đề nghị giải quyết chế độ cho 1.236 cựu TNXP theo Quyết định số 40/2011/QĐ-TTg của Thủ tướng Chính phủ; vận động xây dựng 58 "Nhà nghĩa tình TNXP" với tổng giá trị khoảng 2,9 tỷ đồng; quỹ "Nghĩa tình đồng đội" các cấp đạt 3,15 tỷ đồng, thăm hỏi, trợ giúp 4.600 lượt hội viên khó khăn. Hội tham gia tìm kiếm, quy tập 27 hài cốt liệt sĩ TNXP.
Đại hội đã nghe tham luận của 7 đơn vị. Bà Phạm Thị Nga, cựu TNXP, Chi hội trưởng Chi hội Cựu TNXP thôn Yên Lập, xã Yên Trường, chia sẻ việc vận động đóng góp 180 triệu đồng xây nhà cho 3 đồng đội nghèo; ông Hà Văn Pùng, Chủ tịch Hội Cựu TNXP huyện Quan Hóa, người Thái, kể về những chuyến tìm đồng đội trên tuyến đường Trường Sơn.
Phát biểu chỉ đạo, đồng chí Lê Thị Hồng Vân đề nghị Hội tiếp tục thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác đền ơn đáp nghĩa và chăm lo cựu TNXP; triển khai Nghị quyết số 43-NQ/TW của BCH Trung ương về phát huy sức mạnh khối đại đoàn kết toàn dân tộc; phấn đấu mỗi năm xây dựng từ 10 nhà nghĩa tình trở lên.
Đại hội đã hiệp thương cử 31 đồng chí vào Ban Chấp hành khóa IV. Tại phiên họp thứ nhất, Ban Chấp hành đã cử 9 đồng chí vào Ban Thường vụ. Đồng chí Lê Đình Tám, nguyên Phó Chủ tịch HĐND tỉnh, được tín nhiệm giữ chức Chủ tịch Hội Cựu TNXP tỉnh khóa IV; các đồng chí Nguyễn Thị Khánh, Lò Văn Thiết được tín nhiệm giữ chức Phó Chủ tịch Hội Cựu TNXP tỉnh.
Đại hội thông qua Nghị quyết với 6 chỉ tiêu chủ yếu, trong đó tỷ lệ cơ sở hội vững mạnh đạt 85% trở lên; 100% hội viên đủ điều kiện được hưởng chế độ theo quy định. Dịp này, Trung ương Hội Cựu TNXP Việt Nam tặng Bằng khen cho 5 tập thể, 12 cá nhân theo Quyết định số 215/QĐ-CTNXP ngày 10/8/2023.
Lê Hợi
Tin cùng chuyên mục
- Hội Cựu chiến binh tỉnh trao 20 nhà đồng đội (15/08/2023)
- Thanh Hóa: Gặp mặt 300 cựu TNXP tiêu biểu (27/07/2023)
- Hội Cựu TNXP huyện Như Xuân tổ chức đại hội (20/06/2023)
""", "2023-08-18", "Đại hội đại biểu Hội Cựu thanh niên xung phong tỉnh lần thứ IV, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-08-17"),
[P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Hữu Lam", "Phó Chủ tịch Trung ương Hội Cựu TNXP Việt Nam"),
 P("Phạm Thị Nga", "cựu TNXP", "Chi hội trưởng Chi hội Cựu TNXP thôn Yên Lập"),
 P("Hà Văn Pùng", "Chủ tịch Hội Cựu TNXP huyện Quan Hóa"),
 P("Lê Đình Tám", "nguyên Phó Chủ tịch HĐND tỉnh", "Chủ tịch Hội Cựu TNXP tỉnh khóa IV"),
 P("Nguyễn Thị Khánh", "Phó Chủ tịch Hội Cựu TNXP tỉnh"),
 P("Lò Văn Thiết", "Phó Chủ tịch Hội Cựu TNXP tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 38.000 hội viên", 38000, "hội viên", "over"), Q("2.140 hội viên mới", 2140, "hội viên mới"),
 Q("412", 412, "cơ sở hội"), Q("1.236 cựu TNXP", 1236, "cựu TNXP"), Q("58 \"Nhà nghĩa tình TNXP\"", 58, "Nhà nghĩa tình TNXP"),
 Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("3,15 tỷ đồng", 3150000000, "đồng"), Q("4.600 lượt hội viên", 4600, "lượt hội viên"),
 Q("27 hài cốt liệt sĩ TNXP", 27, "hài cốt liệt sĩ TNXP"), Q("7 đơn vị", 7, "đơn vị"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("3 đồng đội", 3, "đồng đội"), Q("từ 10 nhà nghĩa tình trở lên", 10, "nhà nghĩa tình", "over"), Q("31 đồng chí", 31, "đồng chí"),
 Q("9 đồng chí", 9, "đồng chí"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("85% trở lên", 85, "%", "over"), Q("100%", 100, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quyết định", "40", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 40/2011/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Nghị quyết", "43", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 43-NQ/TW"),
 D("Quyết định", "215", "QĐ-CTNXP", "2023-08-10", "Trung ương Hội Cựu TNXP Việt Nam", "Quyết định số 215/QĐ-CTNXP ngày 10/8/2023")],
[prov("Thanh Hóa"), com("Yên Trường")],
["Báo Thanh Hóa điện tử", "You are here: Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Quang cảnh đại hội. Ảnh: Lê Hợi",
 "Nghĩa tình đồng đội", "Nhà nghĩa tình TNXP", "Yên Lập", "đường Trường Sơn"],
["Thứ Sáu, 18/08/2023 - 17:45", "lần thứ IV", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "khóa IV", "31 đồng chí", "9 đồng chí", "phiên họp thứ nhất"]))

PAGES.append(page("b6094-binhphuoc-budang-tongket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÙ ĐĂNG - TỈNH BÌNH PHƯỚC
Trang chủ :: Tin tức - Sự kiện :: Hoạt động của huyện
Thứ Ba, 24/12/2024
Đồng chí Điểu Ré, Bí thư Huyện ủy phát biểu chỉ đạo.
Bù Đăng hoàn thành xóa nhà tạm cho 100% hộ người có công
Ngày 20/12/2024, Ban Chỉ đạo thực hiện chính sách người có công huyện Bù Đăng (tỉnh Bình Phước) tổ chức hội nghị tổng kết công tác đền ơn đáp nghĩa và hỗ trợ nhà ở cho người có công năm 2024. Đồng chí Điểu Ré, Tỉnh ủy viên, Bí thư Huyện ủy dự và chỉ đạo; đồng chí Lê Thị Xuân Hương, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo, thực hiện Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 155/KH-UBND ngày 15/5/2024 của UBND tỉnh, năm 2024 huyện đã hỗ trợ 86 hộ người có công, trong đó 52 hộ xây mới với mức 60 triệu đồng/hộ và 34 hộ sửa chữa với mức 30 triệu đồng/hộ, tổng kinh phí 4,14 tỷ đồng. Ngoài ra, Ủy ban MTTQ Việt Nam các cấp vận động xây 12 nhà tình nghĩa, Hội CCB huyện xây 4 "Mái ấm đồng đội". Đến nay, 100% hộ người có công trên địa bàn không còn nhà tạm, nhà dột nát, về đích sớm so với Chỉ thị 42-CT/TW và phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Quỹ "Đền ơn đáp nghĩa" huyện năm 2024 vận động được 1,27 tỷ đồng; tặng 3.180 suất quà cho người có công dịp Tết và 27/7. Huyện hiện có 1.482 người có công, trong đó 214 người là đồng bào S'tiêng, Mnông.
Tại hội nghị, bà Thị Hoa, người S'tiêng, vợ liệt sĩ, sóc Bom Bo, xã Bình Minh, xúc động chia sẻ niềm vui được ở nhà mới. Ông Điểu Lanh, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, cho biết đã có 1.050 ngày công của đoàn viên, hội viên, bộ đội tham gia làm nhà. Đồng chí Trương Văn Hiền, Chủ tịch UBND xã Đăk Nhau, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 7 hộ.
Hội nghị cũng chỉ ra một số hạn chế: việc rà soát ban đầu ở vài xã chưa sát, phải bổ sung danh sách nhiều lần; một số hộ ở xa, vận chuyển vật liệu khó khăn nên tiến độ chậm; công tác thanh quyết toán kinh phí hỗ trợ còn kéo dài. Nhiều ý kiến đề nghị tiếp tục duy trì sự phối hợp giữa chính quyền, Mặt trận, Hội CCB và lực lượng vũ trang trong chăm lo người có công.
Phát biểu chỉ đạo, đồng chí Điểu Ré đề nghị năm 2025 huyện tiếp tục thực hiện Nghị quyết 08, 09-NQ/HU của Ban Chấp hành Đảng bộ huyện; rà soát hộ người có công có nhà ở xuống cấp phát sinh; chuẩn bị tốt các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Dịp này, UBND huyện tặng giấy khen cho 14 tập thể, 23 cá nhân có thành tích xuất sắc.
Trung tâm VH-TT&TT huyện
Lượt xem: 640
Tin liên quan
- Bù Đăng: Trao 20 căn nhà đại đoàn kết (10/12/2024)
- Hội CCB huyện tổng kết năm 2024 (05/12/2024)
- Huyện ủy Bù Đăng giao ban quý IV (29/11/2024)
""", "2024-12-24", "Bù Đăng hoàn thành xóa nhà tạm cho 100% hộ người có công",
E("tong_ket", "2024", "2024-12-20"),
[P("Điểu Ré", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Lê Thị Xuân Hương", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"),
 P("Thị Hoa", "vợ liệt sĩ"),
 P("Điểu Lanh", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Văn Hiền", "Chủ tịch UBND xã Đăk Nhau")],
[Q("100%", 100, "%"), Q("86 hộ người có công", 86, "hộ người có công"), Q("52 hộ", 52, "hộ"), Q("60 triệu đồng/hộ", 60000000, "đồng"),
 Q("34 hộ", 34, "hộ"), Q("30 triệu đồng/hộ", 30000000, "đồng"), Q("4,14 tỷ đồng", 4140000000, "đồng"), Q("12 nhà tình nghĩa", 12, "nhà tình nghĩa"),
 Q("4 \"Mái ấm đồng đội\"", 4, "Mái ấm đồng đội"), Q("1,27 tỷ đồng", 1270000000, "đồng"), Q("3.180 suất quà", 3180, "suất quà"),
 Q("1.482 người có công", 1482, "người có công"), Q("214 người", 214, "người"), Q("1.050 ngày công", 1050, "ngày công"),
 Q("7 hộ", 7, "hộ"), Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Kế hoạch", "155", "KH-UBND", "2024-05-15", "UBND tỉnh", "Kế hoạch số 155/KH-UBND ngày 15/5/2024"),
 D("Chỉ thị", "42", "CT/TW", None, None, "Chỉ thị 42-CT/TW"),
 D("Nghị quyết", "08", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 08, 09-NQ/HU"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 08, 09-NQ/HU")],
[prov("Bình Phước"), com("Bình Minh"), com("Đăk Nhau")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÙ ĐĂNG - TỈNH BÌNH PHƯỚC", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động của huyện",
 "Đồng chí Điểu Ré, Bí thư Huyện ủy phát biểu chỉ đạo.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Đền ơn đáp nghĩa",
 "Trung tâm VH-TT&TT huyện", "Bom Bo", "Lượt xem: 640"],
["Thứ Ba, 24/12/2024", "năm 2024", "năm 2025", "27/7", "50 năm", "Lượt xem: 640"]))
