from lib import *
PAGES = []

PAGES.append(page("b3347-thanhhoa-mttq-giamsat-bantru-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ › Hoạt động › Giám sát và phản biện xã hội
Thứ Ba, 14/11/2017 - 09:12
Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại huyện Mường Lát
Từ ngày 8 đến 10/11/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Vi Thị Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn theo Nghị định 116/2016/NĐ-CP của Chính phủ tại huyện Mường Lát.
Đoàn giám sát làm việc tại Trường PTDT bán trú THCS Trung Lý.
Thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 20/3/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc với UBND huyện, Phòng Giáo dục và Đào tạo và trực tiếp kiểm tra tại 4 trường PTDT bán trú ở các xã Trung Lý, Mường Chanh, Pù Nhi. Theo báo cáo, năm học 2016 - 2017 toàn huyện có 3.412 học sinh được hưởng chính sách hỗ trợ tiền ăn, tiền nhà ở và gạo với tổng kinh phí hơn 14,6 tỷ đồng; mỗi học sinh được hỗ trợ 15 kg gạo/tháng và tiền ăn bằng 40% mức lương cơ sở. Huyện cũng đã triển khai Quyết định số 1230/QĐ-UBND ngày 12/4/2017 của UBND tỉnh về phân bổ kinh phí hỗ trợ.
Qua giám sát cho thấy, việc lập danh sách, chi trả cơ bản đúng đối tượng, công khai; các trường đã tổ chức nấu ăn tập trung cho học sinh. Tuy nhiên, vẫn còn 127 học sinh chưa được hưởng do chậm hoàn thiện hồ sơ; khoảng 30% phòng ở bán trú là nhà tạm; nhiều bếp ăn chưa bảo đảm vệ sinh. Kinh phí năm 2017 đến tháng 10 mới được cấp khoảng 65%, các trường phải tạm ứng để duy trì bữa ăn cho học sinh.
Ông Lò Văn Chiến, Phó Chủ tịch UBND huyện Mường Lát, tiếp thu các ý kiến và cho biết huyện sẽ rà soát, bổ sung hồ sơ cho 127 em trong tháng 11. Thầy Hà Văn Ban, Hiệu trưởng Trường PTDT bán trú THCS Trung Lý, kiến nghị bổ sung 2 nhân viên cấp dưỡng vì hiện nhà trường phải nấu cho 286 học sinh mỗi ngày. Ông Giàng A Sùng, Chủ tịch Ủy ban MTTQ xã Pù Nhi, đề nghị vận động các doanh nghiệp hỗ trợ chăn ấm cho học sinh trước mùa đông.
Kết thúc đợt giám sát, bà Vi Thị Nhung đề nghị UBND huyện chỉ đạo giải quyết dứt điểm các hồ sơ tồn đọng, bảo đảm học sinh nhận đủ chế độ ngay từ đầu năm học; đề nghị Ủy ban MTTQ huyện phối hợp Hội Khuyến học huyện vận động xây dựng thêm 10 phòng ở bán trú bằng nguồn xã hội hóa. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh Thanh Hóa và các sở, ngành liên quan.
Lê Hà
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh phản biện dự thảo nghị quyết về học phí (06/11/2017)
- Giám sát việc thực hiện chính sách đối với người có uy tín tại Quan Sơn (27/10/2017)
- Như Xuân: Mặt trận vận động xây nhà bán trú cho học sinh (16/10/2017)
- Ban Thường trực Ủy ban MTTQ tỉnh tổng kết công tác giám sát 9 tháng (05/10/2017)
""", "2017-11-14", "Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại huyện Mường Lát",
E("giam_sat", None, "2017-11-08"),
[P("Vi Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Chiến", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Hà Văn Ban", "Hiệu trưởng Trường PTDT bán trú THCS Trung Lý"),
 P("Giàng A Sùng", "Chủ tịch Ủy ban MTTQ xã Pù Nhi")],
[Q("4 trường PTDT bán trú", 4, "trường PTDT bán trú"), Q("3.412 học sinh", 3412, "học sinh"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("15 kg", 15, "kg"), Q("40%", 40, "%"),
 Q("127 học sinh", 127, "học sinh"), Q("khoảng 30%", 30, "%", "approx"), Q("khoảng 65%", 65, "%", "approx"),
 Q("2 nhân viên cấp dưỡng", 2, "nhân viên cấp dưỡng"), Q("286 học sinh", 286, "học sinh"),
 Q("10 phòng ở bán trú", 10, "phòng ở bán trú")],
[D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 116/2016/NĐ-CP"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2017-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 20/3/2017"),
 D("Quyết định", "1230", "QĐ-UBND", "2017-04-12", "UBND tỉnh", "Quyết định số 1230/QĐ-UBND ngày 12/4/2017")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Mường Chanh"), com("Pù Nhi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Hoạt động › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại Trường PTDT bán trú THCS Trung Lý.", "Lê Hà"],
["Thứ Ba, 14/11/2017 - 09:12", "2016 - 2017", "năm 2017", "tháng 10", "tháng 11", "Từ ngày 8 đến 10/11/2017"]))

PAGES.append(page("b3348-daklak-hocbong-vuadinh-2018", """
Báo Đắk Lắk điện tử
Xã hội / Giáo dục - Khuyến học
04/09/2018 - 14:35
Học sinh nhận học bổng tại buổi lễ. Ảnh: H'Xíu
Trao học bổng Vừ A Dính cho 120 học sinh dân tộc thiểu số
Sáng 3/9, tại Trường THPT DTNT Nơ Trang Lơng (TP. Buôn Ma Thuột), Quỹ Học bổng Vừ A Dính phối hợp với Hội Khuyến học tỉnh và Ban Dân tộc tỉnh tổ chức lễ trao học bổng cho 120 học sinh dân tộc thiểu số có thành tích học tập tốt, hoàn cảnh khó khăn.
Mỗi suất học bổng trị giá 1,5 triệu đồng; tổng giá trị học bổng là 180 triệu đồng. Dịp này, Hội Khuyến học tỉnh còn trao thêm 50 chiếc xe đạp và 200 bộ sách giáo khoa cho học sinh các huyện Ea Súp, Krông Bông, M'Drắk.
Dự buổi lễ có ông Y Biêr Niê, Phó Chủ tịch UBND tỉnh; bà H'Yâm Êban, Chủ tịch Hội Khuyến học tỉnh; ông Y Wiêt Mlô, Trưởng Ban Dân tộc tỉnh cùng đại diện lãnh đạo Sở Giáo dục và Đào tạo.
Phát biểu tại buổi lễ, ông Y Biêr Niê đánh giá, những năm qua công tác khuyến học trên địa bàn tỉnh được quan tâm; học sinh người Êđê, M'nông, Gia Rai ngày càng có nhiều em đỗ vào các trường đại học. Năm học 2017 - 2018, toàn tỉnh có 1.056 học sinh dân tộc thiểu số đậu đại học, cao đẳng, tăng khoảng 12% so với năm học trước. Tỉnh đang triển khai Kế hoạch số 7712/KH-UBND của UBND tỉnh thực hiện Quyết định 1373 về xây dựng xã hội học tập, trong đó đặt mục tiêu 100% buôn có chi hội khuyến học.
Bà H'Yâm Êban cho biết, từ năm 2010 đến nay Quỹ Học bổng Vừ A Dính đã trao hơn 2.300 suất học bổng tại Đắk Lắk với tổng số tiền trên 3 tỷ đồng. Nhiều em nhận học bổng nay đã trở thành giáo viên, bác sĩ, cán bộ xã ở chính buôn làng mình.
Em H'Lin Byă, học sinh lớp 12 Trường THPT DTNT Nơ Trang Lơng, quê ở buôn Tơng Jú, xã Ea Kao, xúc động chia sẻ: "Bố em mất sớm, mẹ làm rẫy nuôi 4 chị em. Số tiền học bổng giúp em mua sách ôn thi vào ngành y". Em Y Khánh Ksơr, học sinh lớp 11, đến từ xã Ea Sol, mong được học tiếp để về làm kỹ sư nông nghiệp cho buôn.
Ông Y Wiêt Mlô đề nghị các nhà trường tiếp tục quan tâm, động viên học sinh; phối hợp với già làng, người có uy tín trong buôn vận động các gia đình không để con em bỏ học đi làm thuê. Theo đại diện Sở Giáo dục và Đào tạo, bên cạnh nguồn học bổng, ngành đang phối hợp với các địa phương rà soát học sinh có hoàn cảnh đặc biệt khó khăn, nhất là ở các buôn vùng sâu, để có hình thức hỗ trợ phù hợp ngay từ đầu năm học. Buổi lễ kết thúc trong không khí ấm áp với tiết mục cồng chiêng của các em học sinh.
H'Xíu - Hoàng Gia
Tin liên quan
- Krông Năng: trao 60 suất học bổng cho học sinh nghèo (29/08/2018)
- Hội Khuyến học tỉnh tổng kết năm học 2017 - 2018 (20/08/2018)
- Ea H'leo vận động học sinh ra lớp đầu năm học (15/08/2018)
- Lắk: khánh thành điểm trường buôn Jun (10/08/2018)
""", "2018-09-04", "Trao học bổng Vừ A Dính cho 120 học sinh dân tộc thiểu số",
E("trao_qua", None, "2018-09-03"),
[P("Y Biêr Niê", "Phó Chủ tịch UBND tỉnh"),
 P("H'Yâm Êban", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Y Wiêt Mlô", "Trưởng Ban Dân tộc tỉnh"),
 P("H'Lin Byă", "học sinh lớp 12 Trường THPT DTNT Nơ Trang Lơng"),
 P("Y Khánh Ksơr", "học sinh lớp 11")],
[Q("120 học sinh dân tộc thiểu số", 120, "học sinh dân tộc thiểu số"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("50 chiếc xe đạp", 50, "chiếc xe đạp"),
 Q("200 bộ sách giáo khoa", 200, "bộ sách giáo khoa"), Q("1.056 học sinh dân tộc thiểu số", 1056, "học sinh dân tộc thiểu số"),
 Q("khoảng 12%", 12, "%", "approx"), Q("100%", 100, "%"), Q("hơn 2.300 suất học bổng", 2300, "suất học bổng", "over"),
 Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("4 chị em", 4, "chị em")],
[D("Kế hoạch", "7712", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 7712/KH-UBND"),
 D("Quyết định", "1373", None, None, None, "Quyết định 1373")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Ea Sol")],
["Báo Đắk Lắk điện tử", "Xã hội / Giáo dục - Khuyến học", "Học sinh nhận học bổng tại buổi lễ. Ảnh: H'Xíu",
 "Quỹ Học bổng Vừ A Dính", "Trường THPT DTNT Nơ Trang Lơng", "Vừ A Dính"],
["04/09/2018 - 14:35", "2017 - 2018", "từ năm 2010", "lớp 12", "lớp 11"]))

PAGES.append(page("b3349-bentre-khuyenhoc-tongket-namhoc-2019", """
BẾN TRE - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện | Văn hóa - Xã hội
Ngày 16/08/2019 | 09:15
Khuyến học Bến Tre: hơn 23 tỷ đồng chăm lo cho học sinh nghèo
Ngày 15/8/2019, Hội Khuyến học tỉnh Bến Tre tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm học 2018 - 2019 và triển khai phương hướng năm học 2019 - 2020. Ông Nguyễn Văn Đức, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. (Ảnh: Thanh Đồng)
Năm học 2018 - 2019, các cấp hội trong tỉnh đã vận động được hơn 23 tỷ đồng cho quỹ khuyến học, trao 18.640 suất học bổng, phần thưởng và 1.200 chiếc xe đạp cho học sinh nghèo, học sinh giỏi. Toàn tỉnh hiện có 164/164 xã, phường, thị trấn có hội khuyến học với 412.500 hội viên, chiếm 30,6% dân số. Có 215.000 hộ đăng ký "Gia đình học tập", trong đó 191.300 hộ được công nhận, đạt 88,9%.
Chương trình "Nâng bước em đến trường" do Hội phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện trong năm học đã trao 350 suất học bổng, mỗi suất 2 triệu đồng. Nhiều cựu chiến binh, doanh nhân trong và ngoài tỉnh nhận đỡ đầu 85 học sinh mồ côi đến hết lớp 12.
Tại hội nghị, ông Trần Văn Mười, Chủ tịch Hội Khuyến học huyện Mỏ Cày Nam, cho biết huyện đã xây dựng được 46 mô hình "Cộng đồng học tập" cấp xã. Bà Lê Thị Kim Hoa, Chủ tịch Hội Khuyến học thị trấn Mỏ Cày, chia sẻ cách vận động Việt kiều, người con quê hương góp quỹ. Ông Huỳnh Tấn Lộc, Chủ tịch Hội Khuyến học xã Phú Nhuận, cho biết xã có khoảng 40 học sinh có nguy cơ bỏ học để đi làm công nhân.
Phát biểu chỉ đạo, bà Phan Thị Thanh Thủy, Phó Chủ tịch UBND tỉnh, đề nghị các cấp hội tiếp tục thực hiện Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ về đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng và Chương trình hành động số 18-CTr/TU của Tỉnh ủy; chú trọng hỗ trợ học sinh vùng bị ảnh hưởng hạn mặn; phấn đấu năm học 2019 - 2020 không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn.
Dịp này, UBND tỉnh tặng bằng khen cho 10 tập thể, 15 cá nhân; Hội Khuyến học tỉnh tặng giấy khen cho 31 tập thể, 47 cá nhân có thành tích xuất sắc. Hội cũng tuyên dương 12 "Dòng họ học tập" tiêu biểu và ông Võ Văn Út, xã An Hiệp, người đã tặng 500 triệu đồng cho quỹ khuyến học xã.
Thanh Đồng
Lượt truy cập: 2.315.480
Tin khác
- Châu Thành: trao 100 xe đạp cho học sinh nghèo (09/08/2019)
- Ba Tri tổng kết năm học 2018 - 2019 (02/08/2019)
- Giồng Trôm ra mắt Quỹ khuyến học dòng họ Phan (25/07/2019)
- Thạnh Phú: vận động học sinh vùng biển trở lại trường (18/07/2019)
- Bình Đại khánh thành trường mẫu giáo do nhà hảo tâm tài trợ (10/07/2019)
- Hội Khuyến học tỉnh sơ kết 6 tháng đầu năm 2019 (28/06/2019)
""", "2019-08-16", "Khuyến học Bến Tre: hơn 23 tỷ đồng chăm lo cho học sinh nghèo",
E("tong_ket", None, "2019-08-15"),
[P("Nguyễn Văn Đức", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Văn Mười", "Chủ tịch Hội Khuyến học huyện Mỏ Cày Nam"),
 P("Lê Thị Kim Hoa", "Chủ tịch Hội Khuyến học thị trấn Mỏ Cày"),
 P("Huỳnh Tấn Lộc", "Chủ tịch Hội Khuyến học xã Phú Nhuận"),
 P("Phan Thị Thanh Thủy", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Văn Út")],
[Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"), Q("18.640 suất học bổng, phần thưởng", 18640, "suất học bổng, phần thưởng"),
 Q("1.200 chiếc xe đạp", 1200, "chiếc xe đạp"), Q("164/164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("412.500 hội viên", 412500, "hội viên"), Q("30,6%", 30.6, "%"), Q("215.000 hộ", 215000, "hộ"),
 Q("191.300 hộ", 191300, "hộ"), Q("88,9%", 88.9, "%"), Q("350 suất học bổng", 350, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("85 học sinh mồ côi", 85, "học sinh mồ côi"), Q("46 mô hình", 46, "mô hình"),
 Q("khoảng 40 học sinh", 40, "học sinh", "approx"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("31 tập thể", 31, "tập thể"), Q("47 cá nhân", 47, "cá nhân"), Q('12 "Dòng họ học tập"', 12, "Dòng họ học tập"),
 Q("500 triệu đồng", 500000000, "đồng")],
[D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/02/2014"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU")],
[prov("Bến Tre"), com("Mỏ Cày"), com("Phú Nhuận"), com("An Hiệp")],
["BẾN TRE - CỔNG THÔNG TIN ĐIỆN TỬ", "Tin tức - Sự kiện | Văn hóa - Xã hội", "Quang cảnh hội nghị. (Ảnh: Thanh Đồng)",
 "Gia đình học tập", "Nâng bước em đến trường", "Cộng đồng học tập", "Dòng họ học tập", "Lượt truy cập: 2.315.480"],
["Ngày 16/08/2019 | 09:15", "2018 - 2019", "2019 - 2020", "lớp 12", "Lượt truy cập: 2.315.480"]))

PAGES.append(page("b3350-kontum-bdvhu-doithoai-hocsinh-2020", """
HUYỆN ỦY TU MƠ RÔNG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công tác dân vận
Thứ Năm, 22/10/2020
Tu Mơ Rông: Đối thoại với phụ huynh về vận động học sinh ra lớp
Ngày 20/10, Ban Dân vận Huyện ủy Tu Mơ Rông (tỉnh Kon Tum) phối hợp với UBND xã Tê Xăng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với phụ huynh học sinh năm 2020 về công tác vận động học sinh ra lớp, chống bỏ học. Dự hội nghị có đồng chí A Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy; đồng chí Y Hiên, Bí thư Đảng ủy xã Tê Xăng cùng hơn 90 phụ huynh là người Xơ Đăng ở 7 thôn trong xã.
Đồng chí A Ngọc phát biểu tại buổi đối thoại.
Theo báo cáo, đầu năm học 2020 - 2021, xã Tê Xăng có 812 học sinh các cấp; trong đó có 23 em bỏ học hoặc đi học không chuyên cần, chủ yếu là học sinh THCS theo bố mẹ lên rẫy thu hoạch sâm dây, mì. Thực hiện Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số và về phòng, chống tảo hôn, xã đã thành lập 7 tổ vận động gồm cán bộ thôn, giáo viên và người có uy tín.
Tại buổi đối thoại, 14 ý kiến của phụ huynh đã được nêu. Ông A Thoong, thôn Đăk Prông, cho rằng đường từ thôn đến trường mùa mưa bị sạt lở, trẻ nhỏ đi lại nguy hiểm. Bà Y Lân, thôn Kạch Lớn 1, đề nghị nhà trường cho học sinh bán trú được về nhà cuối tuần bằng xe của xã. Nhiều phụ huynh kiến nghị hỗ trợ gạo, áo ấm cho học sinh nghèo.
Trả lời các ý kiến, đồng chí Y Hiên cho biết xã sẽ huy động đoàn viên thanh niên, dân quân sửa chữa đoạn đường khoảng 2 km bị sạt lở trước ngày 15/11; phối hợp Hội Khuyến học huyện trao 60 suất quà gồm gạo, áo ấm cho học sinh có hoàn cảnh khó khăn. Thầy Nguyễn Văn Hải, Hiệu trưởng Trường PTDT bán trú THCS Tê Xăng, cam kết mỗi giáo viên nhận đỡ đầu ít nhất 2 học sinh có nguy cơ bỏ học.
Phát biểu kết luận, đồng chí A Ngọc đề nghị cấp ủy, chính quyền xã thực hiện tốt Kế hoạch số 52-KH/BDVHU ngày 02/3/2020 của Ban Dân vận Huyện ủy về tổ chức đối thoại; phát huy vai trò già làng, người có uy tín trong vận động; đồng thời đề nghị mỗi phụ huynh là một "tuyên truyền viên" để không có học sinh nào bỏ học. Đồng chí cũng đề nghị Đoàn thanh niên xã duy trì mô hình "Cặp lá yêu thương", giúp đỡ các em học yếu.
Sau đối thoại, các phụ huynh đã ký cam kết đưa con em đến trường đầy đủ. Đến nay, đã có 17/23 em trở lại lớp.
Ban Dân vận Huyện ủy
Lượt xem: 318
Tin liên quan
- Đăk Hà: ra mắt mô hình "Dân vận khéo" trong vận động học sinh ra lớp (14/10/2020)
- Tu Mơ Rông tổ chức lễ khai giảng năm học mới (05/09/2020)
- Xã Văn Xuôi vận động hiến đất xây điểm trường (20/08/2020)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020 (10/07/2020)
""", "2020-10-22", "Tu Mơ Rông: Đối thoại với phụ huynh về vận động học sinh ra lớp",
E("doi_thoai", "2020", "2020-10-20"),
[P("A Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Hiên", "Bí thư Đảng ủy xã Tê Xăng"),
 P("A Thoong"), P("Y Lân"),
 P("Nguyễn Văn Hải", "Hiệu trưởng Trường PTDT bán trú THCS Tê Xăng")],
[Q("hơn 90 phụ huynh", 90, "phụ huynh", "over"), Q("7 thôn", 7, "thôn"), Q("812 học sinh", 812, "học sinh"),
 Q("23 em", 23, "em"), Q("7 tổ vận động", 7, "tổ vận động"), Q("14 ý kiến", 14, "ý kiến"),
 Q("khoảng 2 km", 2, "km", "approx"), Q("60 suất quà", 60, "suất quà"),
 Q("ít nhất 2 học sinh", 2, "học sinh", "over"), Q("17/23 em", 17, "em")],
[D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU"),
 D("Kế hoạch", "52", "KH/BDVHU", "2020-03-02", "Ban Dân vận Huyện ủy", "Kế hoạch số 52-KH/BDVHU ngày 02/3/2020")],
[prov("Kon Tum"), com("Tê Xăng")],
["HUYỆN ỦY TU MƠ RÔNG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Công tác dân vận",
 "Đồng chí A Ngọc phát biểu tại buổi đối thoại.", "tuyên truyền viên", "Cặp lá yêu thương", "Lượt xem: 318"],
["Thứ Năm, 22/10/2020", "năm 2020", "2020 - 2021", "ngày 15/11", "Kạch Lớn 1", "Lượt xem: 318"]))

PAGES.append(page("b3351-camau-maytinh-hocsinh-covid-2021", """
Báo Cà Mau
Thời sự | Xã hội | Giáo dục
Cập nhật lúc 15:30 ngày 10/09/2021
Trao 250 máy tính bảng cho học sinh khó khăn học trực tuyến
Chiều 9/9, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp Hội Khuyến học tỉnh, Tỉnh đoàn tổ chức trao 250 máy tính bảng cho học sinh có hoàn cảnh khó khăn, không có thiết bị học trực tuyến trong thời gian thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.
Các em học sinh nhận máy tính bảng từ chương trình "Sóng và máy tính cho em".
Mỗi máy tính bảng trị giá khoảng 2,8 triệu đồng, kèm sim 4G được miễn phí dung lượng trong 12 tháng. Số máy trên do Ngân hàng TMCP Công Thương chi nhánh Cà Mau, các doanh nghiệp và cán bộ, đoàn viên đóng góp qua chương trình "Sóng và máy tính cho em" với tổng trị giá hơn 700 triệu đồng. Việc trao tặng được thực hiện tại 9 điểm, bảo đảm quy định phòng, chống dịch.
Dự buổi trao tặng có ông Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Quách Thị Ngọc Bích, Phó Chủ tịch Hội Khuyến học tỉnh; anh Danh Hoàng Khải, Phó Bí thư Tỉnh đoàn.
Theo ông Lâm Văn Bi, qua rà soát toàn tỉnh còn khoảng 4.600 học sinh chưa có thiết bị học trực tuyến, trong đó hơn 1.000 em thuộc hộ nghèo, hộ cận nghèo. Thực hiện Công văn số 1520/UBND-VX ngày 25/8/2021 của UBND tỉnh, Mặt trận các cấp tiếp tục kêu gọi các nhà hảo tâm chung tay để đến cuối tháng 10 có thêm ít nhất 1.500 máy tính, điện thoại thông minh cho học sinh.
Đoàn công tác gồm 12 đồng chí của Ủy ban MTTQ tỉnh và Tỉnh đoàn đã trực tiếp mang máy đến nhà học sinh ở các xã Khánh Bình Tây, Tân Hưng Đông và phường 5, thành phố Cà Mau. Em Thạch Thị Sa Ni, học sinh lớp 7 ở ấp Kinh Hòn, xã Khánh Bình Tây, người dân tộc Khmer, cho biết: "Nhà em có 3 anh em đi học mà chỉ có 1 chiếc điện thoại cũ của ba, giờ em đã có máy riêng để học".
Bà Quách Thị Ngọc Bích cho biết, cùng với máy tính bảng, Hội Khuyến học tỉnh trao thêm 300 suất học bổng, mỗi suất 1 triệu đồng cho học sinh có cha mẹ mất vì Covid-19 hoặc đang điều trị dài ngày. Dịp này, Hội cũng vận động 45 giáo viên nghỉ hưu tham gia dạy kèm trực tuyến miễn phí cho học sinh lớp 9, lớp 12.
Theo ngành giáo dục tỉnh, việc học trực tuyến ở vùng nông thôn, ven biển còn gặp nhiều khó khăn do sóng điện thoại yếu, nhiều phụ huynh đi làm ăn xa, trẻ ở nhà với ông bà không biết sử dụng thiết bị. Vì vậy, bên cạnh hỗ trợ máy, các trường đã phân công giáo viên hướng dẫn từng gia đình, in phiếu bài tập gửi đến tận ấp cho học sinh chưa thể học trực tuyến.
Hồng Nhung
Các tin khác
- Trần Văn Thời: trao 100 suất quà cho học sinh vùng phong tỏa (06/09/2021)
- Tỉnh đoàn ra quân chương trình "Tiếp sức mùa thi" (28/08/2021)
- Đầm Dơi: vận động hơn 200 triệu đồng hỗ trợ học sinh học trực tuyến (20/08/2021)
""", "2021-09-10", "Trao 250 máy tính bảng cho học sinh khó khăn học trực tuyến",
E("trao_qua", None, "2021-09-09"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Ngọc Bích", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Danh Hoàng Khải", "Phó Bí thư Tỉnh đoàn"),
 P("Thạch Thị Sa Ni", "học sinh lớp 7")],
[Q("250 máy tính bảng", 250, "máy tính bảng"), Q("khoảng 2,8 triệu đồng", 2800000, "đồng", "approx"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("9 điểm", 9, "điểm"),
 Q("khoảng 4.600 học sinh", 4600, "học sinh", "approx"), Q("hơn 1.000 em", 1000, "em", "over"),
 Q("ít nhất 1.500 máy tính, điện thoại thông minh", 1500, "máy tính, điện thoại thông minh", "over"),
 Q("12 đồng chí", 12, "đồng chí"), Q("3 anh em", 3, "anh em"), Q("300 suất học bổng", 300, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("45 giáo viên nghỉ hưu", 45, "giáo viên nghỉ hưu")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Công văn", "1520", "UBND-VX", "2021-08-25", "UBND tỉnh", "Công văn số 1520/UBND-VX ngày 25/8/2021")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông"), com("phường 5")],
["Báo Cà Mau", "Thời sự | Xã hội | Giáo dục", 'Các em học sinh nhận máy tính bảng từ chương trình "Sóng và máy tính cho em".',
 "Sóng và máy tính cho em", "Ngân hàng TMCP Công Thương chi nhánh Cà Mau", "Hồng Nhung"],
["Cập nhật lúc 15:30 ngày 10/09/2021", "12 đồng chí", "sim 4G", "12 tháng", "1 chiếc điện thoại", "lớp 7", "lớp 9, lớp 12", "Covid-19", "phường 5"]))

PAGES.append(page("b3352-hoabinh-khuyenhoc-taphuan-2021", """
HỘI KHUYẾN HỌC TỈNH HÒA BÌNH
Trang chủ / Tin hoạt động / Tập huấn - Bồi dưỡng
25/11/2021 17:05
Toàn cảnh lớp tập huấn. Ảnh: Bùi Minh
Tập huấn nghiệp vụ công tác khuyến học cho cán bộ hội cơ sở năm 2021
Trong 2 ngày 24 và 25/11/2021, Hội Khuyến học tỉnh Hòa Bình tổ chức lớp tập huấn nghiệp vụ công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2021 cho 160 học viên là chủ tịch, phó chủ tịch hội khuyến học các xã, phường, thị trấn và cán bộ phụ trách trung tâm học tập cộng đồng.
Ông Bùi Văn Cửu, Chủ tịch Hội Khuyến học tỉnh phát biểu khai mạc lớp tập huấn. Các học viên được PGS.TS. Nguyễn Văn Hà, Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam và ThS. Đinh Thị Hải, Trưởng ban Công tác hội Hội Khuyến học tỉnh truyền đạt các chuyên đề: nội dung cơ bản của Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030"; Kết luận số 49-KL/TW của Bộ Chính trị; kỹ năng đánh giá, xếp loại "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập" theo Thông tư 44/2014/TT-BGDĐT của Bộ Giáo dục và Đào tạo; cách xây dựng và quản lý quỹ khuyến học.
Theo báo cáo của Hội, đến nay toàn tỉnh có 151/151 xã, phường, thị trấn có hội khuyến học với khoảng 178.000 hội viên; quỹ khuyến học các cấp đạt hơn 26 tỷ đồng. Năm 2021 dù chịu ảnh hưởng của dịch Covid-19, các cấp hội vẫn trao 9.400 suất học bổng và phần thưởng, trong đó có 180 chiếc xe đạp cho học sinh người Mường, Dao, Thái ở vùng sâu.
Tại lớp tập huấn, học viên đã thảo luận nhóm, trao đổi kinh nghiệm vận động xã hội hóa. Bà Xa Thị Dung, Chủ tịch Hội Khuyến học xã Mai Hịch, chia sẻ cách vận động 12 dòng họ người Thái lập quỹ khuyến học riêng. Ông Quách Công Tuấn, Chủ tịch Hội Khuyến học thị trấn Mãn Đức, đề nghị tập huấn thêm về phần mềm quản lý hội viên.
Bế mạc lớp tập huấn, ông Bùi Văn Cửu đề nghị các học viên vận dụng kiến thức vào thực tế, tham mưu cấp ủy, chính quyền ban hành kế hoạch thực hiện Quyết định 1373 ở địa phương; phấn đấu năm 2022 có thêm ít nhất 10 xã đạt chuẩn "Cộng đồng học tập" mức độ tốt. Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài thu hoạch.
Minh Thu
Tin cùng chuyên mục
- Lạc Sơn: trao học bổng cho học sinh nghèo vượt khó (18/11/2021)
- Đại hội Hội Khuyến học xã Toàn Sơn nhiệm kỳ 2021 - 2026 (08/11/2021)
- Tổng kết 5 năm phong trào "Gia đình học tập" (28/10/2021)
- Mai Châu: ra mắt Quỹ khuyến học dòng họ Hà (15/10/2021)
- Kim Bôi: vận động học sinh trở lại trường sau thời gian học trực tuyến (05/10/2021)
- Trao xe đạp cho học sinh nghèo xã Đồng Chum (24/09/2021)
""", "2021-11-25", "Tập huấn nghiệp vụ công tác khuyến học cho cán bộ hội cơ sở năm 2021",
E("tap_huan", "2021", "2021-11-24"),
[P("Bùi Văn Cửu", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Nguyễn Văn Hà", "PGS.TS.", "Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam"),
 P("Đinh Thị Hải", "ThS.", "Trưởng ban Công tác hội Hội Khuyến học tỉnh"),
 P("Xa Thị Dung", "Chủ tịch Hội Khuyến học xã Mai Hịch"),
 P("Quách Công Tuấn", "Chủ tịch Hội Khuyến học thị trấn Mãn Đức")],
[Q("160 học viên", 160, "học viên"), Q("151/151 xã, phường, thị trấn", 151, "xã, phường, thị trấn"),
 Q("khoảng 178.000 hội viên", 178000, "hội viên", "approx"), Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("9.400 suất học bổng và phần thưởng", 9400, "suất học bổng và phần thưởng"), Q("180 chiếc xe đạp", 180, "chiếc xe đạp"),
 Q("12 dòng họ", 12, "dòng họ"), Q("ít nhất 10 xã", 10, "xã", "over"), Q("100%", 100, "%")],
[D("Quyết định", "1373", "QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
 D("Kết luận", "49", "KL/TW", None, "Bộ Chính trị", "Kết luận số 49-KL/TW"),
 D("Thông tư", "44", "2014/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư 44/2014/TT-BGDĐT")],
[prov("Hòa Bình"), com("Mai Hịch"), com("Mãn Đức")],
["HỘI KHUYẾN HỌC TỈNH HÒA BÌNH", "Trang chủ / Tin hoạt động / Tập huấn - Bồi dưỡng", "Toàn cảnh lớp tập huấn. Ảnh: Bùi Minh",
 "Xây dựng xã hội học tập giai đoạn 2021 - 2030", "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập", "Minh Thu"],
["25/11/2021 17:05", "2 ngày", "năm 2021", "2021 - 2030", "Covid-19", "năm 2022"]))
