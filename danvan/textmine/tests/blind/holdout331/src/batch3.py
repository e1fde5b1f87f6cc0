from lib import *
PAGES = []

PAGES.append(page("b7913-quangnam-nuocsach-tongket-2020", """
QUẢNG NAM ONLINE - BÁO ĐIỆN TỬ CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH QUẢNG NAM
Kinh tế > Nông nghiệp nông thôn
30 tháng 12, 2020 | 16:20
Tổng kết công tác nước sạch nông thôn năm 2020: Vùng cao còn nhiều khó khăn
(QNO) - Chiều 29/12, Sở Nông nghiệp và Phát triển nông thôn Quảng Nam tổ chức hội nghị tổng kết công tác cấp nước sạch và vệ sinh môi trường nông thôn năm 2020, triển khai kế hoạch năm 2021. Ông Phan Văn Bảy, Phó Giám đốc Sở chủ trì.
Ông Phan Văn Bảy phát biểu chỉ đạo hội nghị.
Năm 2020, toàn tỉnh đầu tư xây dựng mới 12 công trình và sửa chữa, nâng cấp 35 công trình cấp nước tập trung với tổng kinh phí hơn 96 tỷ đồng, nâng tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh lên 95,7%, tăng 2,3% so với năm 2019. Tuy nhiên, ở 6 huyện miền núi, nhiều công trình tự chảy bị hư hỏng sau đợt mưa lũ tháng 10 và 11; riêng bão số 9 làm 73 công trình hư hỏng, khoảng 18.700 hộ đồng bào Cơ Tu, Xê Đăng, Bh'noong bị gián đoạn nước sinh hoạt.
Trung tâm Nước sạch và Vệ sinh môi trường nông thôn đã phối hợp các địa phương khôi phục tạm thời 59 công trình; 14 công trình còn lại đang được khảo sát để đầu tư lại theo đề án số 127/ĐA-UBND của UBND tỉnh về cấp nước an toàn vùng thiên tai.
Theo Nghị quyết số 05/2019/NQ-HĐND ngày 17/4/2019 của HĐND tỉnh, các công trình ở vùng đồng bào dân tộc thiểu số được giao cho cộng đồng quản lý, được hỗ trợ 70% kinh phí sửa chữa. Toàn tỉnh hiện có 211 tổ quản lý công trình với gần 900 thành viên; tuy nhiên chỉ khoảng 1/3 số tổ thu được tiền nước.
Ông A Lăng Ngưm - Chủ tịch UBND huyện Tây Giang cho biết, huyện đã vận động người dân góp hơn 2.400 ngày công khơi thông đầu mối, đào lại đường ống. Già làng Bhling Mia, thôn Agrồng, xã A Tiêng, kể: "Làng họp bàn, mỗi nhà cử 1 người cùng tổ quản lý đi sửa ống, chỉ 5 ngày là có nước trở lại".
Bà Zơ Râm Thị Hoa, HUV, Phó Chủ tịch UBND huyện Đông Giang, đề nghị tỉnh bố trí nguồn vốn cho các thôn tái định cư; đồng thời tập huấn cho thành viên tổ quản lý về xử lý nước sau lũ.
Kết luận hội nghị, ông Phan Văn Bảy yêu cầu năm 2021 ưu tiên khôi phục 14 công trình hư hỏng nặng trước mùa khô, phấn đấu 52% dân số nông thôn dùng nước sạch đạt quy chuẩn; tăng cường vai trò giám sát của Mặt trận và người dân đối với các công trình.
Dịp này, Giám đốc Sở tặng giấy khen cho 8 tổ quản lý công trình tiêu biểu và 15 cá nhân.
Hoàng Liên
Tin liên quan
- Tây Giang: Khôi phục công trình nước sinh hoạt sau bão (20/11/2020)
- Hơn 2.000 hộ miền núi thiếu nước do mưa lũ (05/11/2020)
- Nam Trà My đưa vào sử dụng 3 công trình nước (15/10/2020)
""", "2020-12-30", "Tổng kết công tác nước sạch nông thôn năm 2020: Vùng cao còn nhiều khó khăn",
E("tong_ket", "2020", "2020-12-29"),
[P("Phan Văn Bảy", "Phó Giám đốc Sở"),
 P("A Lăng Ngưm", "Chủ tịch UBND huyện Tây Giang"),
 P("Bhling Mia", "Già làng"),
 P("Zơ Râm Thị Hoa", "HUV", "Phó Chủ tịch UBND huyện Đông Giang")],
[Q("12 công trình", 12, "công trình"), Q("35 công trình cấp nước tập trung", 35, "công trình cấp nước tập trung"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("95,7%", 95.7, "%"), Q("2,3%", 2.3, "%"),
 Q("6 huyện miền núi", 6, "huyện miền núi"), Q("73 công trình", 73, "công trình"),
 Q("khoảng 18.700 hộ", 18700, "hộ", "approx"), Q("59 công trình", 59, "công trình"),
 Q("14 công trình", 14, "công trình"), Q("70%", 70, "%"), Q("211 tổ quản lý công trình", 211, "tổ quản lý công trình"),
 Q("gần 900 thành viên", 900, "thành viên", "approx"), Q("hơn 2.400 ngày công", 2400, "ngày công", "over"),
 Q("52%", 52, "%"), Q("8 tổ quản lý công trình tiêu biểu", 8, "tổ quản lý công trình tiêu biểu"),
 Q("15 cá nhân", 15, "cá nhân")],
[D("Đề án", "127", "ĐA-UBND", None, "UBND tỉnh", "đề án số 127/ĐA-UBND"),
 D("Nghị quyết", "05", "2019/NQ-HĐND", "2019-04-17", "HĐND tỉnh", "Nghị quyết số 05/2019/NQ-HĐND ngày 17/4/2019")],
[prov("Quảng Nam"), com("A Tiêng")],
["QUẢNG NAM ONLINE - BÁO ĐIỆN TỬ CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH QUẢNG NAM", "Kinh tế > Nông nghiệp nông thôn",
 "(QNO)", "Ông Phan Văn Bảy phát biểu chỉ đạo hội nghị."],
["30 tháng 12, 2020 | 16:20", "năm 2020", "năm 2021", "năm 2019", "bão số 9", "tháng 10 và 11", "Năm 2020", "1/3 số tổ", "1 người", "5 ngày"]))

PAGES.append(page("b7914-gialai-jrai-nuoclang-chandung-2021", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Gương sáng
18/06/2021 06:00
Ông Rơ Châm Ngơm kiểm tra bể lọc nước của làng.
Người giữ nguồn nước cho làng Ia Dêr
(GLO) - Hơn 10 năm nay, ông Rơ Châm Ngơm (SN 1962), người Jrai ở làng Ia Dêr, xã Ia Phí, huyện Chư Păh, lặng lẽ gánh vác việc quản lý công trình cấp nước tự chảy của làng. Với bà con, ông là "người giữ nguồn nước".
Công trình được xây dựng năm 2009 từ nguồn vốn Chương trình 134, gồm đập đầu mối, bể lọc và 12 bể chứa đặt ở các cụm nhà, cung cấp nước cho 168 hộ. Thời gian đầu, do không có người trông coi, đường ống thường xuyên bị trâu bò giẫm vỡ, người dân tự ý đục ống lấy nước tưới cà phê nên cuối làng thường xuyên không có nước.
Năm 2011, được dân làng tín nhiệm bầu làm Tổ trưởng tổ quản lý công trình nước, ông Ngơm cùng 4 thành viên khác đi từng nhà vận động mỗi hộ góp 10.000 đồng/tháng để làm quỹ sửa chữa. Ông đưa nội dung bảo vệ nguồn nước vào hương ước, ai đục ống phải nộp phạt 1 con gà và tự sửa lại. Mỗi tuần, ông đi dọc tuyến ống dài khoảng 4,5 km lên đầu nguồn 2 lần để dọn rác, kiểm tra van.
Bà Ksor H'Bloanh, người dân trong làng chia sẻ: "Trước đây mùa khô phải xuống suối gùi nước, nay nước về tận nhà. Có ông Ngơm, làng mình không thiếu nước nữa".
Theo ông Rah Lan Thuyết - Chủ tịch UBND xã Ia Phí, nhờ quỹ do người dân đóng góp, đến nay tổ đã tích lũy được khoảng 36 triệu đồng, tự thay hơn 600 m ống hỏng, không phải chờ kinh phí của Nhà nước. Từ cách làm ở Ia Dêr, xã đã nhân rộng mô hình tổ tự quản ra 4 làng khác, với 35 thành viên là người có uy tín, đảng viên, đoàn viên thanh niên.
Năm 2020, thực hiện Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số, công trình được đầu tư nâng cấp với kinh phí 1,2 tỷ đồng, mở rộng đến thêm 45 hộ. Theo Ban Dân tộc tỉnh Gia Lai, toàn tỉnh hiện có 412 công trình cấp nước sinh hoạt tập trung ở vùng đồng bào dân tộc thiểu số, trong đó khoảng 60% được giao cho cộng đồng quản lý; những tổ tự quản như ở Ia Dêr là điểm tựa để công trình hoạt động lâu dài. Ông Ngơm được UBND huyện tặng giấy khen, được bình chọn là 1 trong 10 gương "Dân vận khéo" tiêu biểu của huyện.
Đồng chí Siu Đinh, Bí thư Chi bộ làng Ia Dêr, nhận xét: "Ông Ngơm nói ít, làm nhiều. Việc gì của làng ông cũng đi trước, nên bà con nghe theo". Còn ông Ngơm chỉ cười: "Nước là của cả làng, mình giữ cho con cháu".
Bài và ảnh: Hà Duy
Tin cùng chuyên mục
- Già làng Puih Hlôm và con đường bê tông của làng (10/06/2021)
- Chư Sê: Người có uy tín vận động bà con tiêm vắc xin (02/06/2021)
- Nữ đảng viên Jrai làm giàu từ cây cà phê (25/05/2021)
""", "2021-06-18", "Người giữ nguồn nước cho làng Ia Dêr",
E("khac", None, None),
[P("Rơ Châm Ngơm", "Tổ trưởng tổ quản lý công trình nước"),
 P("Ksor H'Bloanh"),
 P("Rah Lan Thuyết", "Chủ tịch UBND xã Ia Phí"),
 P("Siu Đinh", "Bí thư Chi bộ làng Ia Dêr")],
[Q("12 bể chứa", 12, "bể chứa"), Q("168 hộ", 168, "hộ"), Q("4 thành viên", 4, "thành viên"),
 Q("10.000 đồng/tháng", 10000, "đồng"), Q("khoảng 4,5 km", 4.5, "km", "approx"),
 Q("khoảng 36 triệu đồng", 36000000, "đồng", "approx"), Q("hơn 600 m", 600, "m", "over"),
 Q("4 làng", 4, "làng"), Q("35 thành viên", 35, "thành viên"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("45 hộ", 45, "hộ"), Q("10 gương", 10, "gương"),
 Q("412 công trình cấp nước sinh hoạt tập trung", 412, "công trình cấp nước sinh hoạt tập trung"), Q("khoảng 60%", 60, "%", "approx")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Phí")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Gương sáng", "Ông Rơ Châm Ngơm kiểm tra bể lọc nước của làng.", "(GLO)",
 "Chương trình 134", "Dân vận khéo", "người giữ nguồn nước"],
["18/06/2021 06:00", "Hơn 10 năm", "SN 1962", "năm 2009", "Năm 2011", "Năm 2020", "1 con gà", "2 lần", "1 trong 10"]))

PAGES.append(page("b7915-caobang-bdv-mttq-giamsat-2022", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ › Tin tức - Sự kiện › Giám sát, phản biện xã hội
Thứ Năm, 10/11/2022 - 10:30
Giám sát việc quản lý, sử dụng công trình cấp nước sinh hoạt tại huyện Hà Quảng
Thực hiện Chương trình giám sát năm 2022, từ ngày 07 - 09/11/2022, Đoàn giám sát liên ngành Ban Dân vận Tỉnh ủy - Ủy ban MTTQ Việt Nam tỉnh Cao Bằng do đồng chí Đàm Thị Mây, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc quản lý, sử dụng các công trình cấp nước sinh hoạt tập trung tại huyện Hà Quảng.
Cùng dự có các đồng chí: Nông Thị Bé, Lục Văn Thiêm - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Văn Slằn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát kiểm tra bể chứa nước tại xóm Lũng Rỳ.
Việc giám sát được tiến hành theo Quy chế phối hợp số 09-QCPH/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh, Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận và các tổ chức chính trị - xã hội đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.
Theo báo cáo của UBND huyện, giai đoạn 2016 - 2021, huyện Hà Quảng được đầu tư 58 công trình cấp nước sinh hoạt tập trung và 1.420 bể chứa nước hộ gia đình với tổng vốn trên 47 tỷ đồng. Hiện có 39 công trình hoạt động bình thường, 13 công trình hoạt động kém và 6 công trình không hoạt động. Ở các xã núi đá Lũng Nặm, Tổng Cọt, Nội Thôn, mùa khô vẫn có khoảng 2.300 hộ người Mông, Nùng thiếu nước. Đoàn ghi nhận nhiều xóm đã xây dựng quy ước dùng nước, thành lập 27 tổ dùng nước với 104 thành viên; song việc thu, chi quỹ sửa chữa chưa được công khai thường xuyên.
Tại xã Lũng Nặm, đoàn đã làm việc trực tiếp với tổ dùng nước 3 xóm. Ông Lý Văn Sình, Tổ trưởng tổ dùng nước xóm Lũng Rỳ, phản ánh bể chứa 200 m3 bị nứt từ năm 2020 nhưng chưa được sửa; người dân phải góp 20.000 đồng/hộ mua ống thay tạm. Bà Vàng Thị Súa, người có uy tín xóm Lũng Rỳ, đề nghị công khai kinh phí sửa chữa để người dân biết, cùng giám sát.
Kết thúc đợt giám sát, đồng chí Đàm Thị Mây đề nghị UBND huyện có biện pháp khắc phục ngay 6 công trình không hoạt động; rà soát, giao các công trình cho tổ dùng nước quản lý có quy chế, có kinh phí; công khai nguồn vốn, kết quả thu chi tại nhà văn hóa xóm. Đoàn sẽ tổng hợp kiến nghị gửi Ban Thường vụ Tỉnh ủy và UBND tỉnh, trong đó đề xuất bố trí khoảng 4 tỷ đồng sửa chữa 13 công trình hoạt động kém trước mùa khô năm 2023.
Nông Thanh
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III/2022 (14/10/2022)
- Trùng Khánh: người dân hiến 2.000 m2 đất làm bể nước (30/09/2022)
- Hòa An có 15 mô hình "Dân vận khéo" về nước sạch (20/09/2022)
""", "2022-11-10", "Giám sát việc quản lý, sử dụng công trình cấp nước sinh hoạt tại huyện Hà Quảng",
E("giam_sat", "2022", "2022-11-07"),
[P("Đàm Thị Mây", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Bé", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Thiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Slằn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Sình", "Tổ trưởng tổ dùng nước xóm Lũng Rỳ"),
 P("Vàng Thị Súa", "người có uy tín xóm Lũng Rỳ")],
[Q("58 công trình cấp nước sinh hoạt tập trung", 58, "công trình cấp nước sinh hoạt tập trung"),
 Q("1.420 bể chứa nước hộ gia đình", 1420, "bể chứa nước hộ gia đình"), Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"),
 Q("39 công trình", 39, "công trình"), Q("13 công trình", 13, "công trình"), Q("6 công trình", 6, "công trình"),
 Q("khoảng 2.300 hộ", 2300, "hộ", "approx"), Q("3 xóm", 3, "xóm"), Q("200 m3", 200, "m3"),
 Q("20.000 đồng/hộ", 20000, "đồng"), Q("khoảng 4 tỷ đồng", 4000000000, "đồng", "approx"),
 Q("27 tổ dùng nước", 27, "tổ dùng nước"), Q("104 thành viên", 104, "thành viên")],
[D("Quy chế phối hợp", "09", "QCPH/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 09-QCPH/BDVTU-MTTQ"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Cao Bằng"), com("Lũng Nặm"), com("Tổng Cọt"), com("Nội Thôn")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ › Tin tức - Sự kiện › Giám sát, phản biện xã hội",
 "Đoàn giám sát kiểm tra bể chứa nước tại xóm Lũng Rỳ.", "Chương trình giám sát năm 2022"],
["Thứ Năm, 10/11/2022 - 10:30", "năm 2022", "giai đoạn 2016 - 2021", "năm 2020", "năm 2023", "07 - 09/11/2022"]))

PAGES.append(page("b7916-kiengiang-nuocsach-soket-2023", """
BÁO KIÊN GIANG ONLINE
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
20/7/2023 09:15
Thêm hơn 3.100 hộ vùng nông thôn được sử dụng nước sạch
(BKG) - Sáng 19/7, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Ông Danh Sóc, TUV, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn dự, chỉ đạo.
Toàn cảnh hội nghị. Ảnh: Thái Hòa
Theo báo cáo, 6 tháng đầu năm, Trung tâm đã hoàn thành đầu tư 4 công trình, nâng cấp 7 trạm cấp nước, phát triển mới hơn 3.100 hộ sử dụng nước, nâng tổng số khách hàng lên 86.400 hộ; tỷ lệ thất thoát nước giảm còn 18,5%. Hiện toàn tỉnh có 74,8% dân số nông thôn sử dụng nước sạch đạt quy chuẩn. Trong mùa khô vừa qua, Trung tâm đã dùng 4 xe bồn cấp nước miễn phí cho khoảng 1.500 hộ ở huyện đảo Kiên Hải. Doanh thu tiền nước đạt 41,7 tỷ đồng, bằng 52% kế hoạch năm.
Thực hiện Quyết định 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030 và Kế hoạch 172, 173/KH-UBND của UBND tỉnh, Trung tâm phối hợp UBND các huyện rà soát 112 trạm cấp nước; 19 trạm ở vùng đồng bào Khmer được giao cho tổ quản lý cộng đồng theo hình thức đặt hàng, mỗi tổ từ 3 - 4 người do ấp bầu chọn.
Bà Lâm Thị Sa Phiên, Tổ trưởng tổ quản lý trạm cấp nước ấp Xẻo Cạn, xã Vĩnh Hòa Hưng Bắc (Gò Quao) cho biết, từ khi người dân tự quản, sự cố được báo và khắc phục trong ngày; tổ vận động được 67 hộ nghèo đấu nối với chi phí được giảm 50%. Ông Chau Hoài, Trưởng ấp Tà Keo, xã Thạnh Lộc đề nghị kéo thêm khoảng 3 km đường ống cho các hộ ở cuối kênh.
Tuy nhiên, hội nghị cũng chỉ ra hạn chế: một số trạm nguồn nước ngầm suy giảm; giá nước 6.500 đồng/m3 ở vùng sâu vẫn thấp hơn giá thành; 9 công trình chậm tiến độ do vướng mặt bằng.
Phát biểu chỉ đạo, ông Danh Sóc yêu cầu 6 tháng cuối năm Trung tâm tập trung hoàn thành 5 công trình chuyển tiếp, phát triển thêm ít nhất 2.500 hộ, đưa tỷ lệ dân nông thôn sử dụng nước sạch đạt quy chuẩn lên 65%; chủ động phương án cấp nước mùa khô 2023 - 2024; phối hợp Ban Dân vận, Mặt trận các cấp vận động người dân không tự ý khoan giếng, bảo vệ nguồn nước.
Cũng tại hội nghị, ông Nguyễn Quốc Khởi, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh trao giấy khen cho 6 tập thể, 12 cá nhân có thành tích xuất sắc.
Thanh Tâm
Tin khác
- U Minh Thượng: khánh thành trạm cấp nước 1.200 m3/ngày đêm (12/07/2023)
- Vận động người dân sử dụng nước tiết kiệm mùa khô (27/06/2023)
- Giồng Riềng có thêm 2 tổ quản lý nước cộng đồng (09/06/2023)
""", "2023-07-20", "Thêm hơn 3.100 hộ vùng nông thôn được sử dụng nước sạch",
E("so_ket", "2023-H1", "2023-07-19"),
[P("Danh Sóc", "TUV", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lâm Thị Sa Phiên", "Tổ trưởng tổ quản lý trạm cấp nước ấp Xẻo Cạn"),
 P("Chau Hoài", "Trưởng ấp Tà Keo"),
 P("Nguyễn Quốc Khởi", "Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh")],
[Q("hơn 3.100 hộ", 3100, "hộ", "over"), Q("4 công trình", 4, "công trình"), Q("7 trạm cấp nước", 7, "trạm cấp nước"),
 Q("86.400 hộ", 86400, "hộ"), Q("18,5%", 18.5, "%"), Q("74,8%", 74.8, "%"), Q("4 xe bồn", 4, "xe bồn"),
 Q("khoảng 1.500 hộ", 1500, "hộ", "approx"), Q("41,7 tỷ đồng", 41700000000, "đồng"), Q("52%", 52, "%"),
 Q("112 trạm cấp nước", 112, "trạm cấp nước"), Q("19 trạm", 19, "trạm"),
 Q("3 - 4 người", 3, "người"), Q("3 - 4 người", 4, "người"), Q("67 hộ nghèo", 67, "hộ nghèo"), Q("50%", 50, "%"),
 Q("khoảng 3 km", 3, "km", "approx"), Q("6.500 đồng/m3", 6500, "đồng"), Q("9 công trình", 9, "công trình"),
 Q("5 công trình chuyển tiếp", 5, "công trình chuyển tiếp"), Q("ít nhất 2.500 hộ", 2500, "hộ", "over"),
 Q("65%", 65, "%"), Q("6 tập thể", 6, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quyết định", "1978", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1978/QĐ-TTg"),
 D("Kế hoạch", "172", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 172, 173/KH-UBND"),
 D("Kế hoạch", "173", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 172, 173/KH-UBND")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Thạnh Lộc")],
["BÁO KIÊN GIANG ONLINE", "Trang chủ / Kinh tế / Nông nghiệp - Nông thôn", "(BKG)", "Toàn cảnh hội nghị. Ảnh: Thái Hòa",
 "Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030"],
["20/7/2023 09:15", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng đầu năm", "đến năm 2030", "mùa khô 2023 - 2024"]))

PAGES.append(page("b7917-hatinh-thachlac-doithoai-2023", """
ĐẢNG BỘ TỈNH HÀ TĨNH - BÁO HÀ TĨNH
Chính trị » Xây dựng Đảng » Dân vận
Thứ Sáu, 26/05/2023
Người đứng đầu cấp ủy đối thoại với nhân dân về nhà máy nước sạch liên xã
Chiều 24/5, Đảng ủy xã Thạch Lạc (huyện Thạch Hà) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023 về việc đấu nối, sử dụng nước từ Nhà máy nước sạch liên xã Thạch Lạc - Thạch Văn - Tượng Sơn.
Chủ trì đối thoại có các đồng chí: Trần Văn Kỳ, Bí thư Đảng ủy xã; Nguyễn Thị Hằng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; Lê Đình Thuận, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có đồng chí Phan Thị Thúy, HUV, Trưởng Ban Dân vận Huyện ủy Thạch Hà.
Quang cảnh buổi đối thoại.
Thực hiện Kế hoạch số 18-KH/ĐU của Đảng ủy xã và Hướng dẫn 23-HD/BDVTU của Ban Dân vận Tỉnh ủy về đối thoại trực tiếp, xã đã thông báo rộng rãi nội dung trên hệ thống truyền thanh và qua 9 thôn. Hơn 150 người dân dự và nêu 17 ý kiến. Theo Ban Dân vận Tỉnh ủy Hà Tĩnh, từ đầu năm đến nay đã có 96 xã tổ chức đối thoại với nhân dân về những vấn đề dân quan tâm.
Nhà máy có công suất 3.000 m3/ngày đêm, đi vào hoạt động từ năm 2021, nhưng đến nay xã Thạch Lạc mới có 640/1.870 hộ đấu nối, đạt 34,2%. Nhiều người dân cho rằng chi phí đấu nối 3,2 triệu đồng/hộ là cao; một số hộ quen dùng nước giếng khoan, không muốn trả tiền nước 8.500 đồng/m3.
Ông Nguyễn Văn Lương, thôn Trung Phú, phản ánh nước có lúc đục, áp lực yếu ở cuối tuyến. Bà Võ Thị Lài, Chi hội trưởng Chi hội phụ nữ thôn Tân Phú, đề nghị cho hộ nghèo, hộ cận nghèo trả góp chi phí đấu nối trong 12 tháng.
Trả lời các ý kiến, đồng chí Lê Đình Thuận cho biết UBND xã đã làm việc với đơn vị cấp nước, thống nhất giảm 30% chi phí đấu nối cho 58 hộ nghèo, hộ cận nghèo và cho trả góp với các hộ còn lại; công ty sẽ lắp thêm 2 van xả cặn và 1 trạm tăng áp ở thôn Trung Phú trong tháng 6. Kết quả xét nghiệm mẫu nước định kỳ được niêm yết công khai tại nhà văn hóa các thôn.
Kết luận buổi đối thoại, đồng chí Trần Văn Kỳ đề nghị các chi bộ, đoàn thể vận động đảng viên, hội viên gương mẫu đấu nối trước; phấn đấu đến cuối năm 2023 toàn xã có trên 70% hộ dùng nước sạch từ nhà máy. Đồng chí Phan Thị Thúy ghi nhận cách làm của Thạch Lạc: vấn đề dân quan tâm được đưa ra đối thoại công khai, trả lời rõ ràng, nhiều ý kiến được giải quyết ngay tại hội nghị.
Kết thúc đối thoại, 15/17 ý kiến được trả lời trực tiếp, 2 ý kiến được ghi nhận để báo cáo cấp trên.
Thu Hà
Bài viết liên quan
- Thạch Hà: 8 xã tổ chức đối thoại với nhân dân (18/05/2023)
- Vận động người dân sử dụng nước sạch tập trung (05/05/2023)
- Can Lộc: tổ dân vận thôn vào cuộc đấu nối nước sạch (21/04/2023)
""", "2023-05-26", "Người đứng đầu cấp ủy đối thoại với nhân dân về nhà máy nước sạch liên xã",
E("doi_thoai", "2023", "2023-05-24"),
[P("Trần Văn Kỳ", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Hằng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Đình Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Phan Thị Thúy", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạch Hà"),
 P("Nguyễn Văn Lương"),
 P("Võ Thị Lài", "Chi hội trưởng Chi hội phụ nữ thôn Tân Phú")],
[Q("9 thôn", 9, "thôn"), Q("Hơn 150 người dân", 150, "người dân", "over"), Q("17 ý kiến", 17, "ý kiến"), Q("96 xã", 96, "xã"),
 Q("3.000 m3/ngày đêm", 3000, "m3/ngày đêm"), Q("640/1.870 hộ", 640, "hộ"), Q("34,2%", 34.2, "%"),
 Q("3,2 triệu đồng/hộ", 3200000, "đồng"), Q("8.500 đồng/m3", 8500, "đồng"), Q("30%", 30, "%"),
 Q("58 hộ nghèo, hộ cận nghèo", 58, "hộ nghèo, hộ cận nghèo"), Q("2 van xả cặn", 2, "van xả cặn"),
 Q("1 trạm tăng áp", 1, "trạm tăng áp"), Q("trên 70%", 70, "%", "over"), Q("15/17 ý kiến", 15, "ý kiến"),
 Q("2 ý kiến", 2, "ý kiến")],
[D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU"),
 D("Hướng dẫn", "23", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 23-HD/BDVTU")],
[prov("Hà Tĩnh"), com("Thạch Lạc"), com("Thạch Văn"), com("Tượng Sơn")],
["ĐẢNG BỘ TỈNH HÀ TĨNH - BÁO HÀ TĨNH", "Chính trị » Xây dựng Đảng » Dân vận", "Quang cảnh buổi đối thoại.",
 "Nhà máy nước sạch liên xã Thạch Lạc - Thạch Văn - Tượng Sơn"],
["Thứ Sáu, 26/05/2023", "năm 2023", "năm 2021", "12 tháng", "tháng 6"]))

PAGES.append(page("b7918-sonla-1719-taphuan-2024", """
BÁO SƠN LA
Kinh tế > Nông nghiệp - Nông thôn
13/9/2024 | 08:40
Nâng cao năng lực cho tổ quản lý công trình nước sinh hoạt vùng đồng bào dân tộc thiểu số
Từ ngày 10 đến 12/9/2024, Ban Dân tộc tỉnh Sơn La phối hợp Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tổ chức lớp tập huấn năm 2024 về quản lý, vận hành, bảo dưỡng công trình cấp nước sinh hoạt tập trung cho tổ quản lý công trình ở các xã đặc biệt khó khăn thuộc huyện Thuận Châu, Quỳnh Nhai.
Học viên thực hành tại công trình nước bản Nà Lò, xã Chiềng Pấc.
Lớp tập huấn thuộc Dự án 1, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, và Kế hoạch số 215/KH-UBND ngày 05/8/2024 của UBND tỉnh. Tham gia có 82 học viên là tổ trưởng, thành viên tổ quản lý công trình, trưởng bản của 14 xã đặc biệt khó khăn, phần lớn là người Thái, Mông, Khơ Mú.
Các giảng viên: TS. Nguyễn Trọng Hiếu, ThS. Lò Thị Phương - Trường Cao đẳng Sơn La hướng dẫn học viên cách vận hành bể lọc chậm, khử trùng nước, phát hiện rò rỉ đường ống, lập sổ theo dõi thu chi và xây dựng quy ước sử dụng nước của bản. Tổng kinh phí tổ chức lớp học khoảng 180 triệu đồng từ nguồn vốn sự nghiệp của Chương trình.
Theo Ban Dân tộc tỉnh, giai đoạn 2022 - 2024 Sơn La đã hỗ trợ 3.640 hộ dùng nước phân tán với mức 3 triệu đồng/hộ, đầu tư 46 công trình cấp nước tập trung tại các bản vùng cao; tỷ lệ hộ đồng bào dân tộc thiểu số được dùng nước hợp vệ sinh đạt khoảng 91%. Tuy nhiên, gần một nửa số công trình do cộng đồng quản lý chưa thu được tiền nước.
Ông Sùng A Páo, Trưởng bản Pá Chặp, xã Chiềng Bằng, chia sẻ: "Bản có 76 hộ, trước đây ai cũng nghĩ nước của Nhà nước thì không phải trả tiền. Bản họp nhiều lần, thống nhất mỗi hộ góp 5.000 đồng/tháng, nay đã có hơn 4 triệu đồng để mua ống thay".
Bà Cầm Thị Ún, Tổ trưởng tổ quản lý công trình nước bản Nà Lò, đề nghị hỗ trợ kinh phí cho người vận hành, ít nhất 500.000 đồng/tháng, vì công việc vất vả mà thành viên tổ đều làm không công.
Bế giảng lớp học, ông Lò Văn Pọm, Phó Trưởng Ban Dân tộc tỉnh, đề nghị học viên về chia sẻ lại kiến thức tại bản, phối hợp người có uy tín vận động bà con bảo vệ đầu nguồn. Từ nay đến cuối năm, Ban Dân tộc tiếp tục mở 3 lớp cho các huyện Mường La, Bắc Yên, Phù Yên với khoảng 250 học viên.
Quàng Hương
Tin liên quan
- Quỳnh Nhai: đưa vào sử dụng 5 công trình nước sinh hoạt (30/08/2024)
- Vận động đồng bào Mông bảo vệ rừng đầu nguồn (16/08/2024)
- Hơn 1.000 hộ thiếu nước sinh hoạt mùa khô (12/04/2024)
""", "2024-09-13", "Nâng cao năng lực cho tổ quản lý công trình nước sinh hoạt vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2024", "2024-09-10"),
[P("Nguyễn Trọng Hiếu", "TS."),
 P("Lò Thị Phương", "ThS."),
 P("Sùng A Páo", "Trưởng bản Pá Chặp"),
 P("Cầm Thị Ún", "Tổ trưởng tổ quản lý công trình nước bản Nà Lò"),
 P("Lò Văn Pọm", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("82 học viên", 82, "học viên"), Q("14 xã đặc biệt khó khăn", 14, "xã đặc biệt khó khăn"),
 Q("3.640 hộ", 3640, "hộ"), Q("3 triệu đồng/hộ", 3000000, "đồng"),
 Q("46 công trình cấp nước tập trung", 46, "công trình cấp nước tập trung"), Q("khoảng 91%", 91, "%", "approx"),
 Q("76 hộ", 76, "hộ"), Q("5.000 đồng/tháng", 5000, "đồng"), Q("hơn 4 triệu đồng", 4000000, "đồng", "over"),
 Q("ít nhất 500.000 đồng/tháng", 500000, "đồng", "over"), Q("3 lớp", 3, "lớp"),
 Q("khoảng 250 học viên", 250, "học viên", "approx"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "215", "KH-UBND", "2024-08-05", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 05/8/2024")],
[prov("Sơn La"), com("Chiềng Pấc"), com("Chiềng Bằng")],
["BÁO SƠN LA", "Kinh tế > Nông nghiệp - Nông thôn", "Học viên thực hành tại công trình nước bản Nà Lò, xã Chiềng Pấc.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Dự án 1"],
["13/9/2024 | 08:40", "năm 2024", "giai đoạn 2021 - 2030", "giai đoạn 2022 - 2024", "Dự án 1", "gần một nửa"]))
