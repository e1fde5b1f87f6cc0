from lib import *
PAGES = []

PAGES.append(page("b8657-hue-clb-dongdang-daihoi-2020", """
Báo Thừa Thiên Huế Online
Trang chủ › Xã hội › Y tế - Sức khỏe
Ngày 25/09/2020 | 09:15
Ảnh: Ban Chủ nhiệm Câu lạc bộ nhiệm kỳ mới ra mắt đại hội.
Đại hội Câu lạc bộ đồng đẳng "Vòng tay nhân ái" lần thứ II
Ngày 23/9, tại phường Phú Hội, Câu lạc bộ đồng đẳng "Vòng tay nhân ái" thành phố Huế tổ chức Đại hội lần thứ II, nhiệm kỳ 2020 - 2023. Dự đại hội có bà Lê Thị Thanh Hương, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Huế; ông Nguyễn Đăng Khoa, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh Thừa Thiên Huế, cùng 65 đại biểu là người nhiễm HIV, người điều trị methadone và người thân.
Câu lạc bộ được thành lập năm 2014 dưới sự bảo trợ của Hội Chữ thập đỏ thành phố, hiện có 54 thành viên sinh hoạt tại 6 nhóm đồng đẳng ở các phường, xã. Nhiệm kỳ 2017 - 2020, các thành viên đã tiếp cận, tư vấn cho 1.870 lượt người có hành vi nguy cơ cao, đưa 1.046 người đi xét nghiệm HIV miễn phí, trong đó 63 người có kết quả dương tính đã được hỗ trợ đăng ký điều trị ARV; giới thiệu 215 người đến khám sàng lọc lao tại Bệnh viện Phổi.
Từ nguồn vận động, Câu lạc bộ đã hỗ trợ 42 thành viên vay vốn không lãi với tổng số tiền 126 triệu đồng để buôn bán nhỏ, chạy xe ôm; trao 120 suất học bổng cho con em người nhiễm HIV. Mùa dịch COVID-19 vừa qua, các nhóm đồng đẳng còn đi giao thuốc ARV tận nhà cho 37 người bệnh không thể đến cơ sở điều trị.
Phát biểu tại đại hội, bà Lê Thị Thanh Hương mong Câu lạc bộ tiếp tục là "cánh tay nối dài" của các đoàn thể trong vận động người nhiễm HIV vượt qua mặc cảm, góp phần thực hiện Quyết định số 1246/QĐ-TTg ngày 14/8/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030. Ông Nguyễn Đăng Khoa thông báo Hội Chữ thập đỏ tỉnh sẽ hỗ trợ 30 triệu đồng cho hoạt động của Câu lạc bộ năm 2021.
Đại hội đã bầu Ban Chủ nhiệm gồm 5 thành viên. Chị Nguyễn Thị Ánh Tuyết được tín nhiệm bầu giữ chức Chủ nhiệm Câu lạc bộ nhiệm kỳ 2020 - 2023; anh Trần Văn Lợi, chị Hồ Thị Hoa được bầu làm Phó Chủ nhiệm. Chị Ánh Tuyết chia sẻ: "Tôi sống chung với HIV đã 15 năm. Mình đứng ra đây để mọi người thấy người nhiễm HIV vẫn sống khỏe, làm việc bình thường".
Đại hội thông qua chỉ tiêu nhiệm kỳ mới: mỗi năm vận động trên 400 người đi xét nghiệm; thành lập thêm nhóm đồng đẳng ở phường Vĩnh Ninh và xã Thủy Bằng; 100% thành viên duy trì điều trị ARV. Ban Chủ nhiệm được công nhận theo Quyết định số 125/QĐ-CTĐ ngày 21/9/2020 của Hội Chữ thập đỏ thành phố Huế.
Hoàng Triều
Tin liên quan
- Huế: Ra quân tháng cao điểm phòng, chống ma túy (18/09/2020)
- Hội Chữ thập đỏ tỉnh trao 200 suất quà cho người khó khăn do dịch COVID-19 (02/09/2020)
- Phú Vang tập huấn kỹ năng cho cộng tác viên chữ thập đỏ (20/08/2020)
""", "2020-09-25", "Đại hội Câu lạc bộ đồng đẳng \"Vòng tay nhân ái\" lần thứ II",
E("dai_hoi", None, "2020-09-23"),
[P("Lê Thị Thanh Hương", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Huế"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh Thừa Thiên Huế"),
 P("Nguyễn Thị Ánh Tuyết", "Chủ nhiệm Câu lạc bộ nhiệm kỳ 2020 - 2023"),
 P("Trần Văn Lợi", "Phó Chủ nhiệm"),
 P("Hồ Thị Hoa", "Phó Chủ nhiệm")],
[Q("65 đại biểu", 65, "đại biểu"), Q("54 thành viên", 54, "thành viên"), Q("6 nhóm đồng đẳng", 6, "nhóm đồng đẳng"),
 Q("1.870 lượt người", 1870, "lượt người"), Q("1.046 người", 1046, "người"), Q("63 người", 63, "người"),
 Q("215 người", 215, "người"), Q("42 thành viên", 42, "thành viên"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("37 người bệnh", 37, "người bệnh"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("5 thành viên", 5, "thành viên"), Q("trên 400 người", 400, "người", "over"), Q("100%", 100, "%")],
[D("Quyết định", "1246", "QĐ-TTg", "2020-08-14", "Thủ tướng Chính phủ", "Quyết định số 1246/QĐ-TTg ngày 14/8/2020"),
 D("Quyết định", "125", "QĐ-CTĐ", "2020-09-21", "Hội Chữ thập đỏ thành phố Huế", "Quyết định số 125/QĐ-CTĐ ngày 21/9/2020")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Vĩnh Ninh"), com("Thủy Bằng")],
["Báo Thừa Thiên Huế Online", "Trang chủ › Xã hội › Y tế - Sức khỏe", "Ảnh: Ban Chủ nhiệm Câu lạc bộ nhiệm kỳ mới ra mắt đại hội.",
 "Vòng tay nhân ái", "cánh tay nối dài", "Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030", "Bệnh viện Phổi"],
["Ngày 25/09/2020 | 09:15", "lần thứ II", "nhiệm kỳ 2020 - 2023", "2017 - 2020", "năm 2014", "năm 2021", "15 năm", "COVID-19"]))

PAGES.append(page("b8658-daklak-bdvtu-taphuan-uytin-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Tin tức sự kiện | Công tác dân tộc, tôn giáo
Thứ Ba, 01/12/2020, 10:20
Tập huấn cho người có uy tín về phòng, chống lao, HIV/AIDS trong buôn làng
Trong 2 ngày 27 và 28/11/2020, tại thị trấn Quảng Phú, Ban Dân vận Tỉnh ủy phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức lớp tập huấn năm 2020 cho 120 người có uy tín, già làng, trưởng buôn và cán bộ y tế buôn của các huyện Cư M'gar, Krông Búk, Ea H'leo.
Lớp học triển khai theo Kế hoạch số 187-KH/BDVTU ngày 16/9/2020 của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số. Khai mạc lớp học, đồng chí H'Loan Byă, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: người có uy tín nói một câu bằng tiếng Êđê, bà con nghe hơn cán bộ nói mười câu.
Toàn cảnh lớp tập huấn.
Các học viên được ThS.BS. Trần Văn Thái, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh và bác sĩ Y Wơn Niê, Trưởng khoa Phòng, chống HIV/AIDS truyền đạt tình hình dịch: đến tháng 10/2020, Đắk Lắk có 1.964 người nhiễm HIV còn sống, mỗi năm phát hiện khoảng 1.500 bệnh nhân lao các thể; ở nhiều buôn, người bệnh lao còn tự bỏ thuốc sau 2 tháng vì thấy khỏe. Học viên được hướng dẫn cách nhận biết người ho trên 2 tuần để đưa đi khám, cách vận động người có nguy cơ đi xét nghiệm HIV miễn phí, cách nhắc người bệnh uống thuốc mỗi ngày và không kỳ thị người nhiễm.
Trong giờ thảo luận, già làng Y Blô Êban, buôn Ea Tung, xã Ea Tul, kể buôn đã có nhóm đồng đẳng 6 người do ông làm trưởng nhóm, mỗi tuần đi thăm những nhà có người bệnh. Bà H'Nuôi Mlô, người có uy tín buôn Kroa, xã Ea Kiết, đề nghị in tờ rơi bằng tiếng Êđê. Ông Ama Thuận, Trưởng buôn Cuôr Kniă, xã Cư Suê, cho biết năm 2020 buôn đã vận động 14 người đi khám, phát hiện 3 người mắc lao.
Kết thúc lớp học, mỗi học viên được phát 1 bộ tài liệu song ngữ Việt - Êđê, được hỗ trợ 200.000 đồng/ngày; tổng kinh phí lớp học 96 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Đồng chí H'Loan Byă đề nghị Ban Dân vận các huyện ủy thực hiện tốt Chỉ thị số 22-CT/TU ngày 5/6/2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số; phấn đấu năm 2021 mỗi buôn có ít nhất 2 người có uy tín tham gia nhóm đồng đẳng phòng, chống lao, HIV/AIDS.
Ngọc Minh
Tin khác
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2020 (20/11/2020)
- Krông Búk: Đối thoại với đồng bào về đất đai (06/11/2020)
- Ban Dân vận Tỉnh ủy thăm, tặng quà các chức sắc tôn giáo (28/10/2020)
""", "2020-12-01", "Tập huấn cho người có uy tín về phòng, chống lao, HIV/AIDS trong buôn làng",
E("tap_huan", "2020", "2020-11-27"),
[P("H'Loan Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thái", "ThS.BS.", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Y Wơn Niê", "bác sĩ", "Trưởng khoa Phòng, chống HIV/AIDS"),
 P("Y Blô Êban", "già làng"),
 P("H'Nuôi Mlô", "người có uy tín buôn Kroa"),
 P("Ama Thuận", "Trưởng buôn Cuôr Kniă")],
[Q("120 người có uy tín, già làng, trưởng buôn và cán bộ y tế buôn", 120, "người có uy tín, già làng, trưởng buôn và cán bộ y tế buôn"),
 Q("1.964 người nhiễm HIV", 1964, "người nhiễm HIV"), Q("khoảng 1.500 bệnh nhân lao các thể", 1500, "bệnh nhân lao các thể", "approx"),
 Q("6 người", 6, "người"), Q("14 người", 14, "người"), Q("3 người", 3, "người"),
 Q("200.000 đồng", 200000, "đồng"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("ít nhất 2 người có uy tín", 2, "người có uy tín", "over")],
[D("Kế hoạch", "187", "KH/BDVTU", "2020-09-16", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 187-KH/BDVTU ngày 16/9/2020"),
 D("Chỉ thị", "22", "CT/TU", "2019-06-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 5/6/2019")],
[prov("Đắk Lắk"), com("Quảng Phú"), com("Ea Tul"), com("Ea Kiết"), com("Cư Suê")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Tin tức sự kiện | Công tác dân tộc, tôn giáo", "Toàn cảnh lớp tập huấn.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Thứ Ba, 01/12/2020, 10:20", "2 ngày", "năm 2020", "tháng 10/2020", "2 tháng", "2 tuần", "1 bộ tài liệu", "năm 2021", "mười câu"]))

PAGES.append(page("b8659-dongthap-xamyhiep-nct-sangloclao-2021", """
Cổng thông tin điện tử xã Mỹ Hiệp - huyện Cao Lãnh
Trang chủ / Tin tức - Sự kiện / Y tế - Xã hội
Thứ Tư, 24/03/2021 - 14:00
Hưởng ứng Ngày Thế giới phòng, chống lao: khám sàng lọc lao miễn phí cho 450 người cao tuổi
Sáng 22/3/2021, Trạm Y tế xã Mỹ Hiệp phối hợp với Hội Người cao tuổi xã, Ủy ban MTTQ Việt Nam xã và Bệnh viện Phổi tỉnh Đồng Tháp tổ chức khám sàng lọc bệnh lao, chụp X-quang phổi miễn phí cho 450 người cao tuổi và người có triệu chứng nghi lao trên địa bàn 6 ấp, hưởng ứng Ngày Thế giới phòng, chống lao 24/3.
Người dân được chụp X-quang phổi bằng xe lưu động.
Theo bà Nguyễn Thị Kim Thoa, Trưởng Trạm Y tế xã, đợt khám nằm trong dự án tìm kiếm chủ động người bệnh lao tại cộng đồng, dùng xe X-quang kỹ thuật số lưu động có phần mềm trí tuệ nhân tạo đọc phim. Người có hình ảnh nghi ngờ được lấy đàm xét nghiệm GeneXpert ngay trong ngày. Kết quả, 27 người được chỉ định xét nghiệm đàm, phát hiện 4 người mắc lao phổi, đã được đưa vào điều trị miễn phí bằng bảo hiểm y tế. Theo kế hoạch của Bệnh viện Phổi tỉnh, năm 2021 sẽ tổ chức các đợt khám tương tự tại 20 xã có đông người cao tuổi, dự kiến cho khoảng 9.000 người.
Trước đó, các tổ y tế ấp, chi hội người cao tuổi và thành viên Câu lạc bộ "Người cao tuổi phòng chống lao" đã đến từng nhà lập danh sách, vận động bà con đi khám. Ông Trần Văn Bảy, Chủ tịch Hội Người cao tuổi xã, cho biết Câu lạc bộ có 35 hội viên, sinh hoạt mỗi tháng một lần, được tập huấn để làm "đồng đẳng viên", phát hiện người ho kéo dài. "Người già mình nói với người già thì dễ nghe. Có ông ho mấy tháng, con cháu nói hoài không đi, tụi tôi tới rủ là đi liền", ông Bảy nói.
Bà Lê Thị Hồng Nhung, Phó Chủ tịch UBND xã, cho biết năm 2020 xã có 19 người bệnh lao đang điều trị, tỷ lệ điều trị thành công đạt 90%; xã đã dùng 15 triệu đồng từ Quỹ "Vì người nghèo" hỗ trợ người bệnh lao nghèo mỗi người 500.000 đồng. Theo Kế hoạch số 32/KH-UBND ngày 1/3/2021 của UBND xã, năm 2021 xã phấn đấu khám sàng lọc lao cho trên 90% người cao tuổi và 100% người nhà của người bệnh lao.
Cùng ngày, Đoàn Thanh niên xã ra quân tuyên truyền trên loa phát thanh của 6 ấp và phát 1.000 tờ rơi về dấu hiệu bệnh lao; Hội LHPN xã vận động được 12 phụ nữ đi xét nghiệm HIV miễn phí tại Trạm Y tế.
Ông Đặng Văn Út, 78 tuổi, ấp Mỹ Hưng, vui vẻ: "Lần đầu tôi được chụp phổi mà không tốn đồng nào, biết phổi mình không sao là yên tâm".
Phúc Hậu - Đài Truyền thanh xã
Tin khác
- Xã Mỹ Hiệp ra quân xây dựng nông thôn mới kiểu mẫu (15/03/2021)
- Tập huấn kỹ năng phòng, chống COVID-19 cho tổ COVID cộng đồng (05/03/2021)
- Trao 30 căn nhà đại đoàn kết cho hộ nghèo (22/02/2021)
""", "2021-03-24", "Hưởng ứng Ngày Thế giới phòng, chống lao: khám sàng lọc lao miễn phí cho 450 người cao tuổi",
E("khac", None, "2021-03-22"),
[P("Nguyễn Thị Kim Thoa", "Trưởng Trạm Y tế xã"),
 P("Trần Văn Bảy", "Chủ tịch Hội Người cao tuổi xã"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch UBND xã"),
 P("Đặng Văn Út")],
[Q("450 người cao tuổi", 450, "người cao tuổi"), Q("6 ấp", 6, "ấp"), Q("27 người", 27, "người"),
 Q("4 người", 4, "người"), Q("20 xã", 20, "xã"), Q("khoảng 9.000 người", 9000, "người", "approx"), Q("35 hội viên", 35, "hội viên"), Q("19 người bệnh lao", 19, "người bệnh lao"),
 Q("90%", 90, "%"), Q("15 triệu đồng", 15000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 90%", 90, "%", "over"), Q("100%", 100, "%"), Q("1.000 tờ rơi", 1000, "tờ rơi"), Q("12 phụ nữ", 12, "phụ nữ")],
[D("Kế hoạch", "32", "KH-UBND", "2021-03-01", "UBND xã", "Kế hoạch số 32/KH-UBND ngày 1/3/2021")],
[prov("Đồng Tháp"), com("Mỹ Hiệp")],
["Cổng thông tin điện tử xã Mỹ Hiệp - huyện Cao Lãnh", "Trang chủ / Tin tức - Sự kiện / Y tế - Xã hội",
 "Người dân được chụp X-quang phổi bằng xe lưu động.", "Ngày Thế giới phòng, chống lao", "Người cao tuổi phòng chống lao",
 "Vì người nghèo", "Phúc Hậu - Đài Truyền thanh xã", "GeneXpert", "Bệnh viện Phổi tỉnh"],
["Thứ Tư, 24/03/2021 - 14:00", "24/3", "năm 2020", "năm 2021", "78 tuổi", "mấy tháng"]))

PAGES.append(page("b8660-hanoi-mttq-longbien-giamsat-methadone-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI
Trang chủ > Tin hoạt động > Quận, huyện, thị xã
Cập nhật: 09:42, 26/11/2021 (GMT+7)
Long Biên: Giám sát việc điều trị methadone, dự phòng HIV tại cộng đồng
Ngày 24/11, Ban Thường trực Ủy ban MTTQ Việt Nam quận Long Biên tổ chức giám sát chuyên đề năm 2021 về việc thực hiện Nghị định số 90/2016/NĐ-CP ngày 1/7/2016 của Chính phủ về điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế và công tác dự phòng lây nhiễm HIV tại UBND phường Bồ Đề và cơ sở điều trị methadone quận.
Đoàn giám sát do đồng chí Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận Đỗ Thị Minh Hằng làm trưởng đoàn, theo Kế hoạch số 45/KH-MTTQ-BTT ngày 12/3/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam quận.
Báo cáo với đoàn, bà Phạm Thị Lan Anh, Phó Chủ tịch UBND phường Bồ Đề cho biết phường có 68 người nghiện ma túy có hồ sơ quản lý, trong đó 52 người đang điều trị methadone. Long Biên là một trong những quận có nhiều người điều trị methadone của Hà Nội; cơ sở điều trị methadone quận hiện điều trị cho 312 bệnh nhân của 14 phường; trong các đợt giãn cách xã hội do dịch COVID-19, cơ sở đã cấp thuốc mang về cho 46 bệnh nhân, phối hợp với công an phường đưa thuốc đến 9 bệnh nhân phải cách ly tại nhà, không để ai bị gián đoạn điều trị.
Nhóm đồng đẳng "Cầu nối" do bác sĩ Nguyễn Quang Minh, Trưởng khoa Kiểm soát bệnh tật - HIV/AIDS Trung tâm Y tế quận hỗ trợ, gồm 12 thành viên, đã tiếp cận 1.240 lượt người, phát 18.000 bơm kim tiêm và 26.000 bao cao su, giới thiệu 385 người đi xét nghiệm HIV miễn phí, trong đó có 96 người được tư vấn dùng PrEP. Anh Lê Văn Hùng, trưởng nhóm, chia sẻ bệnh nhân nghe người từng nghiện nói thì tin hơn.
Qua giám sát, đoàn đánh giá phường đã thực hiện tốt các quy định về quản lý, hỗ trợ người điều trị; 100% bệnh nhân được xét nghiệm HIV định kỳ. Tuy nhiên, còn 8% bệnh nhân bỏ điều trị; một số bệnh nhân chưa có việc làm, còn bị kỳ thị; kinh phí cho nhóm đồng đẳng chủ yếu từ dự án.
Đồng chí Đỗ Thị Minh Hằng đề nghị phường tiếp tục tuyên truyền Luật số 71/2020/QH14 của Quốc hội sửa đổi, bổ sung một số điều của Luật Phòng, chống HIV/AIDS; phối hợp với Ban công tác Mặt trận các tổ dân phố giới thiệu việc làm cho người điều trị; đề xuất UBND quận hỗ trợ nhóm đồng đẳng 3 triệu đồng/tháng. Kết quả giám sát sẽ được báo cáo ông Nguyễn Văn Hà, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận và gửi UBND quận.
Trước đó, đoàn đã giám sát tại phường Ngọc Thụy và phường Gia Thụy.
Minh Châu
Tin liên quan
- Ba Đình: Giám sát thực hiện chính sách hỗ trợ người lao động gặp khó khăn do COVID-19 (19/11/2021)
- Đông Anh trao 500 suất quà cho hộ nghèo (12/11/2021)
- Gia Lâm: Hội nghị phản biện dự thảo quy hoạch sử dụng đất (05/11/2021)
""", "2021-11-26", "Long Biên: Giám sát việc điều trị methadone, dự phòng HIV tại cộng đồng",
E("giam_sat", "2021", "2021-11-24"),
[P("Đỗ Thị Minh Hằng", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận"),
 P("Phạm Thị Lan Anh", "Phó Chủ tịch UBND phường Bồ Đề"),
 P("Nguyễn Quang Minh", "bác sĩ", "Trưởng khoa Kiểm soát bệnh tật - HIV/AIDS Trung tâm Y tế quận"),
 P("Lê Văn Hùng", "trưởng nhóm"),
 P("Nguyễn Văn Hà", "Ủy viên Ban Thường vụ Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("68 người nghiện ma túy", 68, "người nghiện ma túy"), Q("52 người", 52, "người"), Q("312 bệnh nhân", 312, "bệnh nhân"),
 Q("14 phường", 14, "phường"), Q("46 bệnh nhân", 46, "bệnh nhân"), Q("9 bệnh nhân", 9, "bệnh nhân"),
 Q("12 thành viên", 12, "thành viên"), Q("1.240 lượt người", 1240, "lượt người"), Q("18.000 bơm kim tiêm", 18000, "bơm kim tiêm"),
 Q("26.000 bao cao su", 26000, "bao cao su"), Q("385 người", 385, "người"), Q("96 người", 96, "người"),
 Q("100%", 100, "%"), Q("8%", 8, "%"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị định", "90", "2016/NĐ-CP", "2016-07-01", "Chính phủ", "Nghị định số 90/2016/NĐ-CP ngày 1/7/2016"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2021-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam quận", "Kế hoạch số 45/KH-MTTQ-BTT ngày 12/3/2021"),
 D("Luật", "71", "2020/QH14", None, "Quốc hội", "Luật số 71/2020/QH14")],
[prov("Hà Nội"), com("Bồ Đề"), com("Ngọc Thụy"), com("Gia Thụy")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin hoạt động > Quận, huyện, thị xã", "Cầu nối",
 "Luật Phòng, chống HIV/AIDS", "PrEP"],
["Cập nhật: 09:42, 26/11/2021 (GMT+7)", "năm 2021", "COVID-19"]))

PAGES.append(page("b8661-laocai-bdvtu-hoinghi-dongdang-bienggioi-2022", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Bạn đang ở: Trang chủ » Tin tức » Công tác dân vận
17/06/2022 - 10:05
Hội nghị phát huy vai trò nhóm đồng đẳng, người có uy tín phòng, chống HIV/AIDS vùng biên giới
Ngày 15/6/2022, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Sở Y tế, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị phát huy vai trò nhóm đồng đẳng, người có uy tín trong phòng, chống HIV/AIDS, ma túy tại các xã biên giới năm 2022. Đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vàng Thị Sểnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Khánh Ly
Dự hội nghị có 150 đại biểu là người có uy tín, trưởng thôn, thành viên nhóm đồng đẳng của 26 xã biên giới. Theo báo cáo, Lào Cai hiện có 2.476 người nhiễm HIV còn sống, 81% được điều trị ARV. Thực hiện Nghị quyết số 12-NQ/TU ngày 20/4/2021 của Ban Chấp hành Đảng bộ tỉnh và đề án số 05/ĐA-UBND "Chấm dứt dịch bệnh AIDS tỉnh Lào Cai giai đoạn 2021 - 2025", các xã biên giới đã thành lập 58 nhóm đồng đẳng với 412 thành viên; tổ chức 1.320 buổi tuyên truyền bằng tiếng Mông, Dao, Hà Nhì; vận động 5.600 lượt người xét nghiệm HIV miễn phí, phát hiện 37 người nhiễm mới.
Bộ đội Biên phòng tỉnh đã duy trì mô hình "Đồn biên phòng - nhóm đồng đẳng" tại 14 đồn. Đồng chí Thượng tá Lương Văn Kiên, Phó Chính ủy Bộ đội Biên phòng tỉnh cho biết cán bộ đồn cùng nhóm đồng đẳng nắm từng người đi làm thuê bên kia biên giới về để vận động xét nghiệm.
Ông Sùng A Lử, Trưởng thôn Sín Chải, xã Y Tý kể: "Trước đây trong thôn có 5 người nghiện, giờ đều đi điều trị methadone rồi. Mình đến nhà nói chuyện nhiều lần, không bỏ ai". Bà Tẩn Mẩy Chạn, người có uy tín thôn Nậm Đẩu, xã Bản Vược, đề nghị có xe đưa bà con đi xét nghiệm vì đường xa. Ông Chu Lò Xá, Bí thư Chi bộ thôn Lao Chải, xã Y Tý mong tỉnh tiếp tục hỗ trợ 300.000 đồng/tháng cho thành viên nhóm đồng đẳng.
Hội nghị cũng nghe đồng chí Nguyễn Thị Thu Hương, vừa được bổ nhiệm làm Phó Giám đốc Sở Y tế, thông tin về dịch vụ tự xét nghiệm HIV miễn phí và điều trị PrEP tại 9 huyện, thị xã, thành phố. Tổng kinh phí dự án hỗ trợ các nhóm đồng đẳng năm 2022 là 2,5 tỷ đồng.
Kết luận hội nghị, đồng chí Vàng Thị Sểnh đề nghị thực hiện tốt Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng biên giới và về phòng, chống ma túy; mỗi thôn biên giới có ít nhất 2 người có uy tín tham gia nhóm đồng đẳng; các đoàn thể nhận giúp đỡ 100% người nhiễm HIV có hoàn cảnh khó khăn ở phường Cốc Lếu và xã Bản Lầu.
Khánh Ly
Tin liên quan
- Bát Xát: Ra mắt mô hình "Thôn biên giới không có ma túy" (08/06/2022)
- Hội nghị giao ban khối dân vận quý II (30/05/2022)
- Si Ma Cai tập huấn kỹ năng cho người có uy tín (20/05/2022)
""", "2022-06-17", "Hội nghị phát huy vai trò nhóm đồng đẳng, người có uy tín phòng, chống HIV/AIDS vùng biên giới",
E("hoi_nghi", "2022", "2022-06-15"),
[P("Vàng Thị Sểnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Kiên", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Sùng A Lử", "Trưởng thôn Sín Chải"),
 P("Tẩn Mẩy Chạn", "người có uy tín thôn Nậm Đẩu"),
 P("Chu Lò Xá", "Bí thư Chi bộ thôn Lao Chải"),
 P("Nguyễn Thị Thu Hương", "Phó Giám đốc Sở Y tế")],
[Q("150 đại biểu", 150, "đại biểu"), Q("26 xã biên giới", 26, "xã biên giới"), Q("2.476 người nhiễm HIV", 2476, "người nhiễm HIV"),
 Q("81%", 81, "%"), Q("58 nhóm đồng đẳng", 58, "nhóm đồng đẳng"), Q("412 thành viên", 412, "thành viên"),
 Q("1.320 buổi tuyên truyền", 1320, "buổi tuyên truyền"), Q("5.600 lượt người", 5600, "lượt người"),
 Q("37 người nhiễm mới", 37, "người nhiễm mới"), Q("14 đồn", 14, "đồn"), Q("5 người nghiện", 5, "người nghiện"),
 Q("300.000 đồng", 300000, "đồng"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("ít nhất 2 người có uy tín", 2, "người có uy tín", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "12", "NQ/TU", "2021-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 20/4/2021"),
 D("Đề án", "05", "ĐA-UBND", None, None, "đề án số 05/ĐA-UBND"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Vược"), com("Cốc Lếu"), com("Bản Lầu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Bạn đang ở: Trang chủ » Tin tức » Công tác dân vận", "Quang cảnh hội nghị. Ảnh: Khánh Ly",
 "Chấm dứt dịch bệnh AIDS tỉnh Lào Cai giai đoạn 2021 - 2025", "Đồn biên phòng - nhóm đồng đẳng", "PrEP"],
["17/06/2022 - 10:05", "năm 2022", "2021 - 2025"]))

PAGES.append(page("b8662-baclieu-tinhdoan-taphuan-prep-2022", """
Báo Bạc Liêu điện tử
Xã hội › Thanh niên
Ngày đăng 09/12/2022 | 16:20
Trang bị kỹ năng tư vấn đồng đẳng về dự phòng HIV cho 80 cán bộ Đoàn
BL - Ngày 7/12/2022, Tỉnh đoàn Bạc Liêu phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức lớp tập huấn kỹ năng tư vấn đồng đẳng, truyền thông dự phòng HIV/AIDS và giới thiệu dịch vụ PrEP năm 2022 cho 80 cán bộ Đoàn, thành viên đội hình thanh niên tình nguyện của 7 huyện, thị xã, thành phố.
Học viên thực hành tự xét nghiệm HIV bằng que thử dịch miệng.
Phát biểu khai mạc, anh Quách Minh Khoa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh đoàn cho biết: lớp học triển khai Kế hoạch số 221-KH/TĐTN-XH ngày 15/10/2022 của Ban Thường vụ Tỉnh đoàn về hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS. Theo anh Khoa, số người nhiễm mới HIV trong nhóm thanh niên 16 - 30 tuổi tăng, phần lớn lây qua quan hệ tình dục không an toàn, nhiều bạn trẻ ngại đến cơ sở y tế.
Học viên được BS.CKI Lâm Thị Sa Ri, Trưởng khoa Phòng, chống HIV/AIDS - Lao - Bệnh phổi Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn cách tư vấn qua mạng xã hội, cách giới thiệu bạn bè đi xét nghiệm và tự xét nghiệm HIV miễn phí; cách nhận biết dấu hiệu bệnh lao ở người nhiễm HIV. Đến tháng 10/2022, toàn tỉnh có 1.378 người nhiễm HIV còn sống, 1.195 người đang điều trị ARV; 215 người đang sử dụng PrEP miễn phí tại 3 cơ sở.
Năm 2022, các cơ sở Đoàn đã phối hợp phát 2.400 bộ tự xét nghiệm HIV miễn phí, tổ chức 36 buổi nói chuyện chuyên đề tại trường học, khu nhà trọ; 5 câu lạc bộ "Bạn giúp bạn" hoạt động hiệu quả ở phường Nhà Mát, xã Vĩnh Trạch, xã Vĩnh Hậu A. Chị Thạch Thị Sa Vết, Bí thư Đoàn xã Vĩnh Hậu A chia sẻ: "Các bạn Khmer ngại nói chuyện này với người lớn, nên mình lập nhóm nhỏ để trò chuyện". Anh Trần Quốc Tuấn, Chủ nhiệm câu lạc bộ "Bạn giúp bạn" phường Nhà Mát, cho biết câu lạc bộ đã đưa 64 bạn trẻ đi xét nghiệm.
Lớp học được hỗ trợ kinh phí 48 triệu đồng từ dự án của Quỹ Toàn cầu; mỗi học viên nhận 10 bộ tự xét nghiệm để giới thiệu cho bạn bè. Sau lớp học, mỗi cơ sở Đoàn phấn đấu đến hết năm 2023 giới thiệu ít nhất 50 thanh niên đi xét nghiệm HIV; 100% huyện, thị, thành Đoàn có tổ tư vấn đồng đẳng.
Dịp này, Ban Thường vụ Tỉnh đoàn trao giấy khen cho 4 tập thể, 6 cá nhân có thành tích trong công tác phòng, chống HIV/AIDS năm 2022; các đồng chí Phó Bí thư Tỉnh đoàn: Huỳnh Thanh Tâm, Lý Ngọc Hân trao giấy khen.
Hồng Nhung
Tin liên quan
- Tuổi trẻ Bạc Liêu ra quân Tháng hành động phòng, chống HIV/AIDS (12/11/2022)
- Hội thi "Thanh niên với pháp luật" năm 2022 (28/10/2022)
- Tỉnh đoàn tập huấn kỹ năng truyền thông trên mạng xã hội (14/10/2022)
""", "2022-12-09", "Trang bị kỹ năng tư vấn đồng đẳng về dự phòng HIV cho 80 cán bộ Đoàn",
E("tap_huan", "2022", "2022-12-07"),
[P("Quách Minh Khoa", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Tỉnh đoàn"),
 P("Lâm Thị Sa Ri", "BS.CKI", "Trưởng khoa Phòng, chống HIV/AIDS - Lao - Bệnh phổi Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Thạch Thị Sa Vết", "Bí thư Đoàn xã Vĩnh Hậu A"),
 P("Trần Quốc Tuấn", "Chủ nhiệm câu lạc bộ \"Bạn giúp bạn\" phường Nhà Mát"),
 P("Huỳnh Thanh Tâm", "Phó Bí thư Tỉnh đoàn"),
 P("Lý Ngọc Hân", "Phó Bí thư Tỉnh đoàn")],
[Q("80 cán bộ Đoàn, thành viên đội hình thanh niên tình nguyện", 80, "cán bộ Đoàn, thành viên đội hình thanh niên tình nguyện"),
 Q("7 huyện, thị xã, thành phố", 7, "huyện, thị xã, thành phố"), Q("1.378 người nhiễm HIV", 1378, "người nhiễm HIV"),
 Q("1.195 người", 1195, "người"), Q("215 người", 215, "người"), Q("3 cơ sở", 3, "cơ sở"),
 Q("2.400 bộ tự xét nghiệm HIV", 2400, "bộ tự xét nghiệm HIV"), Q("36 buổi nói chuyện chuyên đề", 36, "buổi nói chuyện chuyên đề"),
 Q("5 câu lạc bộ", 5, "câu lạc bộ"), Q("64 bạn trẻ", 64, "bạn trẻ"), Q("48 triệu đồng", 48000000, "đồng"),
 Q("10 bộ tự xét nghiệm", 10, "bộ tự xét nghiệm"), Q("ít nhất 50 thanh niên", 50, "thanh niên", "over"), Q("100%", 100, "%"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kế hoạch", "221", "KH/TĐTN-XH", "2022-10-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 221-KH/TĐTN-XH ngày 15/10/2022")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Trạch"), com("Vĩnh Hậu A")],
["Báo Bạc Liêu điện tử", "Xã hội › Thanh niên", "BL", "Học viên thực hành tự xét nghiệm HIV bằng que thử dịch miệng.",
 "Tháng hành động quốc gia phòng, chống HIV/AIDS", "Bạn giúp bạn", "Quỹ Toàn cầu", "PrEP"],
["Ngày đăng 09/12/2022 | 16:20", "năm 2022", "16 - 30 tuổi", "tháng 10/2022", "Năm 2022", "năm 2023"]))
