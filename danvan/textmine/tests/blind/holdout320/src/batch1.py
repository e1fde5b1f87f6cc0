from lib import *
PAGES = []

PAGES.append(page("b7637-binhduong-cdkcn-tongket-2011", """
CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP BÌNH DƯƠNG
Trang chủ » Hoạt động công đoàn » Tin tức - sự kiện
Thứ Ba, 27/12/2011 - 16:45
Ảnh: Quang cảnh hội nghị tổng kết.
Công đoàn các KCN Bình Dương: hơn 8.600 đoàn viên được hỗ trợ nhà trọ, tiền điện nước trong năm 2011
Chiều 26/12, Ban Chấp hành Công đoàn các Khu công nghiệp Bình Dương tổ chức hội nghị tổng kết hoạt động công đoàn năm 2011, triển khai phương hướng năm 2012. Dự hội nghị có đồng chí Lê Văn Thạnh, UVBCH Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Trần Thị Kim Hoa, Phó Trưởng Ban Quản lý các Khu công nghiệp tỉnh cùng 215 chủ tịch công đoàn cơ sở.
Theo báo cáo do bà Nguyễn Thị Bích Liên, Phó Chủ tịch Thường trực Công đoàn các KCN trình bày, đến cuối năm 2011 toàn khối có 412 công đoàn cơ sở với 186.540 đoàn viên; trong năm phát triển mới 21.300 đoàn viên, thành lập mới 37 công đoàn cơ sở. Thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008 của BCH Trung ương về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, các cấp công đoàn đã chủ động nắm tình hình tư tưởng, đời sống công nhân.
Vấn đề nhà ở được công đoàn đặc biệt quan tâm. Phối hợp với chính quyền các phường Bình Hòa, Thuận Giao và xã An Tây, công đoàn vận động chủ nhà trọ giữ giá thuê, tính giá điện, nước đúng quy định; đã có 1.240 phòng trọ đăng ký "Nhà trọ công nhân văn minh". Hơn 8.600 đoàn viên được hỗ trợ tiền thuê nhà, điện nước với tổng số tiền khoảng 3,4 tỷ đồng từ nguồn doanh nghiệp và quỹ xã hội của công đoàn. Công đoàn cũng tham gia góp ý triển khai Quyết định số 66/2009/QĐ-TTg của Thủ tướng Chính phủ về cơ chế, chính sách phát triển nhà ở cho công nhân lao động tại các khu công nghiệp.
Năm 2011, các khu công nghiệp xảy ra 29 cuộc ngừng việc tập thể, giảm 11 cuộc so với năm trước; công đoàn đã cùng chủ doanh nghiệp đối thoại, giải quyết ổn định 27 cuộc. Có 168 doanh nghiệp ký kết thỏa ước lao động tập thể, đạt 40,8% số đơn vị có tổ chức công đoàn.
Phát biểu chỉ đạo, đồng chí Lê Văn Thạnh ghi nhận kết quả trên và đề nghị năm 2012 Công đoàn các KCN tập trung thương lượng nâng mức hỗ trợ nhà ở, xăng xe, bữa ăn giữa ca cho người lao động; nhân rộng mô hình "Nhà trọ công nhân văn minh".
Dịp này, 14 tập thể và 26 cá nhân được Liên đoàn Lao động tỉnh tặng bằng khen. Ông Võ Minh Sang, Chủ tịch Công đoàn cơ sở Công ty TNHH Phú Thịnh, nhận bằng khen vì đã thương lượng thành công khoản phụ cấp nhà trọ 150.000 đồng/tháng cho 2.300 công nhân.
Hồng Nhung
Lượt xem: 1.032
Tin liên quan
- Hội nghị người lao động tại KCN Sóng Thần 2 (12/12/2011)
- Trao 200 phần quà cho công nhân nghèo (30/11/2011)
- Tập huấn kỹ năng thương lượng tập thể (15/11/2011)
- Ra mắt câu lạc bộ nữ công nhân nhà trọ (02/11/2011)
""", "2011-12-27", "Công đoàn các KCN Bình Dương: hơn 8.600 đoàn viên được hỗ trợ nhà trọ, tiền điện nước trong năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lê Văn Thạnh", "UVBCH Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Trưởng Ban Quản lý các Khu công nghiệp tỉnh"),
 P("Nguyễn Thị Bích Liên", "Phó Chủ tịch Thường trực Công đoàn các KCN"),
 P("Võ Minh Sang", "Chủ tịch Công đoàn cơ sở Công ty TNHH Phú Thịnh")],
[Q("hơn 8.600 đoàn viên", 8600, "đoàn viên", "over"),
 Q("215 chủ tịch công đoàn cơ sở", 215, "chủ tịch công đoàn cơ sở"),
 Q("412 công đoàn cơ sở", 412, "công đoàn cơ sở"), Q("186.540 đoàn viên", 186540, "đoàn viên"),
 Q("21.300 đoàn viên", 21300, "đoàn viên"), Q("37 công đoàn cơ sở", 37, "công đoàn cơ sở"),
 Q("1.240 phòng trọ", 1240, "phòng trọ"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("29 cuộc ngừng việc tập thể", 29, "cuộc ngừng việc tập thể"), Q("giảm 11 cuộc", 11, "cuộc"),
 Q("27 cuộc", 27, "cuộc"), Q("168 doanh nghiệp", 168, "doanh nghiệp"), Q("40,8%", 40.8, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân"), Q("150.000 đồng/tháng", 150000, "đồng"),
 Q("2.300 công nhân", 2300, "công nhân")],
[D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/1/2008"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 5/6/2008"),
 D("Quyết định", "66", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 66/2009/QĐ-TTg")],
[prov("Bình Dương"), com("Bình Hòa"), com("Thuận Giao"), com("An Tây")],
["CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP BÌNH DƯƠNG", "Trang chủ » Hoạt động công đoàn » Tin tức - sự kiện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Nhà trọ công nhân văn minh", "Lượt xem: 1.032"],
["Thứ Ba, 27/12/2011 - 16:45", "năm 2011", "năm 2012", "Lượt xem: 1.032"]))

PAGES.append(page("b7638-dongnai-bdv-giamsat-nhatro-2012", """
Báo Đồng Nai điện tử
Thời sự | Chính trị | Dân vận | Công đoàn
Cập nhật: 14:10, 15/08/2012 (GMT+7)
Giám sát việc chăm lo chỗ ở cho công nhân tại Biên Hòa, Nhơn Trạch
(ĐN) - Từ ngày 8 đến 10/8, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Huỳnh Văn Tài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách nhà ở cho công nhân tại 6 khu công nghiệp, theo chương trình giám sát năm 2012 của Ban Thường vụ Tỉnh ủy.
Cùng tham gia đoàn có các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Phạm Thị Thu Hà, Đỗ Văn Khang và đại diện Ban Quản lý các Khu công nghiệp Đồng Nai.
Đoàn giám sát làm việc với công nhân tại một dãy nhà trọ ở phường Long Bình. Ảnh: Quốc Huy
Theo báo cáo của Liên đoàn Lao động tỉnh, toàn tỉnh hiện có khoảng 420.000 công nhân làm việc trong 31 khu công nghiệp, trong đó gần 70% là lao động ngoại tỉnh phải thuê trọ. Các doanh nghiệp và nhà đầu tư mới xây dựng được 9 khu nhà ở tập trung với hơn 18.000 chỗ ở, đáp ứng chưa tới 10% nhu cầu. Phần lớn công nhân ở trong các dãy phòng trọ do hộ dân tự xây, diện tích bình quân 3 - 4 m2/người.
Tại phường Long Bình và xã Hiệp Phước, đoàn ghi nhận nhiều phòng trọ ẩm thấp, thiếu nhà vệ sinh; có nơi chủ trọ thu tiền điện 3.500 đồng/kWh, cao hơn mức quy định. Trong 7 tháng đầu năm, Liên đoàn Lao động tỉnh đã phối hợp với chính quyền địa phương vận động 320 chủ nhà trọ ký cam kết không tăng giá thuê.
Ông Lý Văn Mười, Chủ tịch UBND xã Hiệp Phước, cho biết xã có trên 2.000 phòng trọ, phần lớn xây trước năm 2005, xã đang yêu cầu chủ trọ cải tạo theo hướng dẫn của Sở Xây dựng. Chị Đặng Thị Lụa, công nhân Công ty TNHH Tân Hưng, nêu ý kiến: "Vợ chồng em cùng con nhỏ ở phòng 12 m2, tiền thuê 900.000 đồng/tháng, chưa kể điện nước, gần bằng nửa tháng lương".
Kết luận đợt giám sát, đồng chí Huỳnh Văn Tài đề nghị các ngành tham mưu UBND tỉnh sớm triển khai Quyết định số 66/2009/QĐ-TTg ngày 24/4/2009 của Thủ tướng Chính phủ; thực hiện Kế hoạch số 93-KH/TU của Tỉnh ủy về thực hiện Nghị quyết 20-NQ/TW và chương trình số 12-CTr/BDVTU về công tác dân vận trong công nhân; công đoàn các cấp tăng cường nắm tình hình công nhân ở trọ, không để phát sinh điểm nóng.
Đoàn cũng đề nghị doanh nghiệp dành một phần quỹ phúc lợi hỗ trợ tiền trọ cho công nhân, tối thiểu 100.000 đồng/người/tháng.
Trước đó, đoàn đã làm việc với Ban Quản lý các Khu công nghiệp Đồng Nai và một số doanh nghiệp có vốn đầu tư nước ngoài về kế hoạch xây dựng nhà ở, nhà trẻ cho công nhân.
Quốc Huy
Tin khác
- Biên Hòa: đối thoại với công nhân KCN Amata (09/08/2012)
- Trao 50 suất học bổng cho con công nhân (03/08/2012)
- Long Thành: xây nhà ở cho công nhân thuê (27/07/2012)
- Công đoàn Khu công nghiệp Nhơn Trạch ra mắt tổ tự quản nhà trọ (20/07/2012)
- Nâng cao hiệu quả công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài (11/07/2012)
""", "2012-08-15", "Giám sát việc chăm lo chỗ ở cho công nhân tại Biên Hòa, Nhơn Trạch",
E("giam_sat", "2012", "2012-08-08"),
[P("Huỳnh Văn Tài", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đỗ Văn Khang", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lý Văn Mười", "Chủ tịch UBND xã Hiệp Phước"),
 P("Đặng Thị Lụa", "công nhân Công ty TNHH Tân Hưng")],
[Q("6 khu công nghiệp", 6, "khu công nghiệp"), Q("khoảng 420.000 công nhân", 420000, "công nhân", "approx"),
 Q("31 khu công nghiệp", 31, "khu công nghiệp"), Q("gần 70%", 70, "%", "approx"),
 Q("9 khu nhà ở tập trung", 9, "khu nhà ở tập trung"), Q("hơn 18.000 chỗ ở", 18000, "chỗ ở", "over"),
 Q("chưa tới 10%", 10, "%", "approx"), Q("3 - 4 m2/người", 3, "m2"), Q("4 m2/người", 4, "m2"),
 Q("3.500 đồng/kWh", 3500, "đồng"), Q("320 chủ nhà trọ", 320, "chủ nhà trọ"),
 Q("trên 2.000 phòng trọ", 2000, "phòng trọ", "over"), Q("12 m2", 12, "m2"),
 Q("900.000 đồng/tháng", 900000, "đồng"), Q("100.000 đồng/người/tháng", 100000, "đồng")],
[D("Quyết định", "66", "2009/QĐ-TTg", "2009-04-24", "Thủ tướng Chính phủ", "Quyết định số 66/2009/QĐ-TTg ngày 24/4/2009"),
 D("Kế hoạch", "93", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 93-KH/TU"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW"),
 D("Chương trình", "12", "CTr/BDVTU", None, None, "chương trình số 12-CTr/BDVTU")],
[prov("Đồng Nai"), com("Long Bình"), com("Hiệp Phước")],
["Báo Đồng Nai điện tử", "Thời sự | Chính trị | Dân vận | Công đoàn", "(ĐN)",
 "Đoàn giám sát làm việc với công nhân tại một dãy nhà trọ ở phường Long Bình. Ảnh: Quốc Huy"],
["Cập nhật: 14:10, 15/08/2012 (GMT+7)", "7 tháng đầu năm", "năm 2005", "năm 2012"]))

PAGES.append(page("b7639-bacninh-tetsumvay-traoqua-2013", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH
Trang chủ > Tin tức > Chăm lo đời sống
08:40 | 28/01/2013
Chủ tịch LĐLĐ tỉnh trao quà cho công nhân có hoàn cảnh khó khăn.
Tết Sum vầy - Xuân Quý Tỵ 2013: trao 1.500 suất quà cho công nhân khu công nghiệp
Ngày 26/1, tại Nhà văn hóa thị trấn Chờ, Liên đoàn Lao động tỉnh Bắc Ninh phối hợp với Công đoàn các Khu công nghiệp tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Quý Tỵ 2013" cho công nhân lao động đang làm việc tại KCN Yên Phong, KCN Quế Võ.
Dự chương trình có đồng chí Nguyễn Văn Quảng, Phó Chủ tịch UBND tỉnh; đồng chí Ngô Thị Hằng, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Đào Xuân Bách, Chủ tịch Công đoàn các Khu công nghiệp tỉnh và hơn 2.000 công nhân, lao động.
Năm 2012, các khu công nghiệp trên địa bàn tỉnh thu hút khoảng 115.000 lao động, trong đó trên 60% đến từ các tỉnh khác, phần đông là lao động nữ. Nhiều công nhân phải thuê phòng trọ tại các xã Đông Phong, Yên Trung, Long Châu. Tết này, ước tính khoảng 30% công nhân không có điều kiện về quê đón Tết vì chi phí đi lại cao hoặc phải trực sản xuất.
Tại chương trình, Ban tổ chức trao 1.500 suất quà, mỗi suất trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, cho công nhân có hoàn cảnh khó khăn, công nhân ở trọ không về quê đón Tết. Tổng giá trị quà tặng trên 750 triệu đồng, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 300 triệu đồng, phần còn lại do các doanh nghiệp Samsung, Canon và các nhà hảo tâm đóng góp. Liên đoàn Lao động tỉnh cũng hỗ trợ 250 vé xe miễn phí đưa công nhân về quê.
Phát biểu tại chương trình, đồng chí Nguyễn Văn Quảng biểu dương các cấp công đoàn đã triển khai hiệu quả Kế hoạch số 05/KH-LĐLĐ về tổ chức Tết cho đoàn viên, công nhân lao động năm 2013 theo Hướng dẫn số 1860/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam. Đồng chí đề nghị các doanh nghiệp quan tâm hơn đến nơi ở, bữa ăn ca và thưởng Tết của người lao động; mức thưởng Tết bình quân năm nay ước đạt 2,6 triệu đồng/người.
Chị Hoàng Thị Mến, quê Thanh Hóa, công nhân Công ty TNHH Điện tử Yên Phong, xúc động: "Em ở trọ đã 3 năm, năm nay không về quê được, có quà của công đoàn thấy ấm lòng lắm".
Cùng ngày, chương trình văn nghệ "Mùa xuân công nhân" và gian hàng "Phiên chợ Công đoàn" với 40 gian hàng bán giá ưu đãi phục vụ công nhân.
Nhiều công nhân cho biết đây là lần đầu được dự một chương trình Tết ấm cúng như vậy ngay tại nơi làm việc.
Thu Hường
Xem thêm
- Công đoàn các KCN tổng kết năm 2012 (18/01/2013)
- Bàn giao 3 Mái ấm Công đoàn cho đoàn viên (10/01/2013)
- Khảo sát nhà trọ công nhân tại Từ Sơn (28/12/2012)
- Xe miễn phí đưa công nhân về quê đón Tết (24/01/2013)
- Công đoàn Samsung tặng quà cho công nhân nữ mang thai (21/01/2013)
""", "2013-01-28", "Tết Sum vầy - Xuân Quý Tỵ 2013: trao 1.500 suất quà cho công nhân khu công nghiệp",
E("trao_qua", None, "2013-01-26"),
[P("Nguyễn Văn Quảng", "Phó Chủ tịch UBND tỉnh"),
 P("Ngô Thị Hằng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đào Xuân Bách", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Hoàng Thị Mến", "công nhân Công ty TNHH Điện tử Yên Phong")],
[Q("1.500 suất quà", 1500, "suất quà"), Q("hơn 2.000 công nhân, lao động", 2000, "công nhân, lao động", "over"),
 Q("khoảng 115.000 lao động", 115000, "lao động", "approx"), Q("trên 60%", 60, "%", "over"),
 Q("khoảng 30%", 30, "%", "approx"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 750 triệu đồng", 750000000, "đồng", "over"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("250 vé xe", 250, "vé xe"), Q("2,6 triệu đồng/người", 2600000, "đồng"), Q("40 gian hàng", 40, "gian hàng")],
[D("Kế hoạch", "05", "KH-LĐLĐ", None, None, "Kế hoạch số 05/KH-LĐLĐ"),
 D("Hướng dẫn", "1860", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 1860/HD-TLĐ")],
[prov("Bắc Ninh"), prov("Thanh Hóa"), com("Chờ"), com("Đông Phong"), com("Yên Trung"), com("Long Châu")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "Trang chủ > Tin tức > Chăm lo đời sống",
 "Chủ tịch LĐLĐ tỉnh trao quà cho công nhân có hoàn cảnh khó khăn.",
 "Tết Sum vầy - Xuân Quý Tỵ 2013", "Mùa xuân công nhân", "Phiên chợ Công đoàn", "Samsung", "Canon"],
["08:40 | 28/01/2013", "3 năm", "năm 2013", "Quý Tỵ 2013"]))

PAGES.append(page("b7640-haiphong-doithoai-congnhan-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Tin tức - Sự kiện / Lao động - Việc làm
24-09-2014 10:15
Lãnh đạo thành phố đối thoại với công nhân các khu công nghiệp
Sáng 23/9, tại Cung Văn hóa Lao động hữu nghị Việt - Tiệp, UBND thành phố phối hợp với Liên đoàn Lao động thành phố tổ chức hội nghị đối thoại giữa lãnh đạo thành phố với công nhân lao động các khu công nghiệp năm 2014. Chủ trì đối thoại có các đồng chí: Lê Thanh Sơn, Phó Bí thư Thành ủy - Chủ tịch UBND thành phố; Nguyễn Thị Thanh Vân, Thành ủy viên, Chủ tịch Liên đoàn Lao động thành phố.
Tham dự có lãnh đạo các sở, ngành, Ban Quản lý Khu kinh tế Hải Phòng và gần 400 công nhân, đại diện cho hơn 75.000 lao động làm việc tại các KCN Nomura, Đình Vũ, Tràng Duệ, VSIP.
Trước hội nghị, các cấp công đoàn đã tổng hợp được 146 ý kiến, kiến nghị của công nhân, tập trung vào nhà ở, nhà trẻ cho con công nhân, tuyến xe buýt đến khu công nghiệp và giá điện, nước tại các khu nhà trọ. Tại hội nghị có 17 ý kiến được nêu trực tiếp.
Anh Phạm Văn Toản, Tổ trưởng tổ sản xuất Công ty TNHH Điện tử Nomura, phản ánh: "Khu trọ quanh KCN ở xã An Hưng, xã Lê Thiện chật chội, ngập nước khi mưa; nhiều chủ trọ vẫn tính điện 4.000 đồng/số". Chị Lương Thị Hạnh, công nhân KCN Tràng Duệ, kiến nghị thành phố sớm có nhà trẻ cho con công nhân vì hiện nay mỗi tháng chị phải trả khoảng 1,2 triệu đồng tiền gửi trẻ.
Trả lời kiến nghị, ông Đặng Quốc Khánh, Giám đốc Sở Xây dựng, cho biết thành phố đã phê duyệt 4 dự án nhà ở công nhân với tổng số hơn 3.200 căn hộ; dự án nhà ở công nhân tại xã An Đồng sẽ hoàn thành giai đoạn 1 với 480 căn hộ trong quý II năm 2015, giá thuê dự kiến từ 600.000 đến 900.000 đồng/tháng. Ông Bùi Văn Lực, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, thông tin về mức lương tối thiểu vùng I năm 2015 là 3,1 triệu đồng/tháng theo Nghị định số 103/2014/NĐ-CP của Chính phủ.
Kết luận hội nghị, Chủ tịch UBND thành phố Lê Thanh Sơn giao Sở Công Thương kiểm tra giá điện tại khu nhà trọ trong tháng 10; yêu cầu Ban Quản lý Khu kinh tế dành quỹ đất 20 ha cho nhà ở công nhân và thiết chế văn hóa theo Chỉ thị số 07-CT/TU của Ban Thường vụ Thành ủy. Đồng chí cũng đề nghị Liên đoàn Lao động thành phố duy trì đối thoại định kỳ, gắn với Chương trình "Phúc lợi cho đoàn viên công đoàn".
Các kiến nghị chưa được trả lời trực tiếp tại hội nghị sẽ được các sở, ngành trả lời bằng văn bản, công khai qua công đoàn cơ sở.
Minh Thu
Các tin khác
- Trao 100 suất học bổng cho con công nhân nghèo (15/09/2014)
- Hội thảo về nhà ở xã hội cho người lao động (05/09/2014)
- Ra mắt tổ tự quản nhà trọ ở An Dương (20/08/2014)
- Công nhân KCN Đình Vũ hưởng ứng Tháng An toàn vệ sinh lao động (12/08/2014)
- Liên đoàn Lao động thành phố sơ kết 6 tháng đầu năm (25/07/2014)
""", "2014-09-24", "Lãnh đạo thành phố đối thoại với công nhân các khu công nghiệp",
E("doi_thoai", "2014", "2014-09-23"),
[P("Lê Thanh Sơn", "Phó Bí thư Thành ủy - Chủ tịch UBND thành phố", "Chủ tịch UBND thành phố"),
 P("Nguyễn Thị Thanh Vân", "Thành ủy viên", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Phạm Văn Toản", "Tổ trưởng tổ sản xuất Công ty TNHH Điện tử Nomura"),
 P("Lương Thị Hạnh", "công nhân KCN Tràng Duệ"),
 P("Đặng Quốc Khánh", "Giám đốc Sở Xây dựng"),
 P("Bùi Văn Lực", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("gần 400 công nhân", 400, "công nhân", "approx"), Q("hơn 75.000 lao động", 75000, "lao động", "over"),
 Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"), Q("17 ý kiến", 17, "ý kiến"),
 Q("4.000 đồng/số", 4000, "đồng"), Q("khoảng 1,2 triệu đồng", 1200000, "đồng", "approx"),
 Q("4 dự án nhà ở công nhân", 4, "dự án nhà ở công nhân"), Q("hơn 3.200 căn hộ", 3200, "căn hộ", "over"),
 Q("480 căn hộ", 480, "căn hộ"), Q("600.000 đến 900.000 đồng/tháng", 600000, "đồng"),
 Q("900.000 đồng/tháng", 900000, "đồng"),
 Q("3,1 triệu đồng/tháng", 3100000, "đồng"), Q("20 ha", 20, "ha")],
[D("Nghị định", "103", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 103/2014/NĐ-CP"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 07-CT/TU")],
[prov("Hải Phòng"), com("An Hưng"), com("Lê Thiện"), com("An Đồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG", "Tin tức - Sự kiện / Lao động - Việc làm",
 "Cung Văn hóa Lao động hữu nghị Việt - Tiệp", "Phúc lợi cho đoàn viên công đoàn"],
["24-09-2014 10:15", "năm 2014", "quý II năm 2015", "năm 2015", "vùng I", "giai đoạn 1"]))

PAGES.append(page("b7641-vinhphuc-cdkcn-soket-2015", """
Báo Vĩnh Phúc Online
Xã hội › Lao động - Việc làm
Ngày đăng 17/07/2015 | 15:30
Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2015 của Công đoàn các KCN tỉnh.
Chăm lo nơi ở, bữa ăn ca cho công nhân là nhiệm vụ trọng tâm
Ngày 16/7, Công đoàn các Khu công nghiệp Vĩnh Phúc tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Kiên, Phó Chủ tịch LĐLĐ tỉnh dự và chỉ đạo; đồng chí Phùng Thị Mai Anh, Chủ tịch Công đoàn các KCN tỉnh chủ trì hội nghị.
6 tháng đầu năm, Công đoàn các KCN thành lập mới 14 công đoàn cơ sở, kết nạp 4.870 đoàn viên mới, nâng tổng số đoàn viên lên 52.316 người. Các công đoàn cơ sở đã phối hợp với chủ doanh nghiệp tổ chức 96 hội nghị người lao động; 71 doanh nghiệp có chế độ hỗ trợ tiền nhà trọ cho công nhân, mức phổ biến từ 200.000 đến 350.000 đồng/người/tháng. Bữa ăn ca bình quân đạt 14.500 đồng/suất, tăng 1.500 đồng so với cuối năm 2014.
Về nhà ở, toàn tỉnh mới có 2 dự án nhà ở cho công nhân tại phường Phúc Thắng và xã Bình Xuyên đi vào hoạt động, bố trí được khoảng 1.100 chỗ ở, trong khi các KCN Khai Quang, Bá Thiện, Bình Xuyên có gần 60.000 lao động, hơn một nửa là người ngoại tỉnh. Công đoàn đã khảo sát 126 khu nhà trọ, kiến nghị chính quyền xử lý 19 khu không bảo đảm phòng cháy chữa cháy.
Thực hiện Chỉ thị 34, 35-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường quản lý lao động ngoại tỉnh và xây dựng quan hệ lao động hài hòa, Công đoàn các KCN đã phối hợp với công an xã Thiện Kế tổ chức 8 buổi tuyên truyền pháp luật tại khu trọ. 6 tháng qua xảy ra 5 cuộc ngừng việc tập thể, tất cả đều được giải quyết trong ngày.
Tại hội nghị, bà Lê Thị Thoa, Chủ tịch Công đoàn cơ sở Công ty TNHH Việt Phát, chia sẻ cách thương lượng đưa khoản hỗ trợ nhà trọ vào thỏa ước lao động tập thể. Ông Nguyễn Đức Tuấn, Phó Trưởng Ban Quản lý các KCN tỉnh, cho biết tỉnh đang kêu gọi đầu tư thêm 3 dự án nhà ở công nhân theo Nghị định số 188/2013/NĐ-CP ngày 20/11/2013 của Chính phủ về phát triển và quản lý nhà ở xã hội.
Chỉ đạo hội nghị, đồng chí Trần Văn Kiên đề nghị 6 tháng cuối năm tập trung tổ chức "Tháng Công nhân", vận động thành lập công đoàn ở doanh nghiệp có từ 30 lao động trở lên, phấn đấu kết nạp thêm 5.000 đoàn viên.
Hội nghị cũng thảo luận giải pháp nâng cao chất lượng bữa ăn ca, vận động doanh nghiệp ký kết thỏa ước có lợi hơn cho người lao động.
Văn Thành
Tin cùng chuyên mục
- Bàn giao 5 Mái ấm Công đoàn tại Yên Lạc (02/07/2015)
- Công nhân KCN Khai Quang hiến máu tình nguyện (20/06/2015)
- Đối thoại về tiền lương tại Công ty Việt Phát (05/06/2015)
- Khánh thành nhà văn hóa công nhân tại Bình Xuyên (28/05/2015)
- Hội thi "Nữ công nhân duyên dáng" các KCN tỉnh (14/05/2015)
""", "2015-07-17", "Chăm lo nơi ở, bữa ăn ca cho công nhân là nhiệm vụ trọng tâm",
E("so_ket", "2015-H1", "2015-07-16"),
[P("Trần Văn Kiên", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Phùng Thị Mai Anh", "Chủ tịch Công đoàn các KCN tỉnh"),
 P("Lê Thị Thoa", "Chủ tịch Công đoàn cơ sở Công ty TNHH Việt Phát"),
 P("Nguyễn Đức Tuấn", "Phó Trưởng Ban Quản lý các KCN tỉnh")],
[Q("14 công đoàn cơ sở", 14, "công đoàn cơ sở"), Q("4.870 đoàn viên mới", 4870, "đoàn viên mới"),
 Q("52.316 người", 52316, "người"), Q("96 hội nghị người lao động", 96, "hội nghị người lao động"),
 Q("71 doanh nghiệp", 71, "doanh nghiệp"), Q("200.000 đến 350.000 đồng/người/tháng", 200000, "đồng"),
 Q("350.000 đồng/người/tháng", 350000, "đồng"), Q("14.500 đồng/suất", 14500, "đồng"), Q("1.500 đồng", 1500, "đồng"),
 Q("2 dự án nhà ở cho công nhân", 2, "dự án nhà ở cho công nhân"), Q("khoảng 1.100 chỗ ở", 1100, "chỗ ở", "approx"),
 Q("gần 60.000 lao động", 60000, "lao động", "approx"), Q("126 khu nhà trọ", 126, "khu nhà trọ"),
 Q("19 khu", 19, "khu"), Q("8 buổi tuyên truyền pháp luật", 8, "buổi tuyên truyền pháp luật"),
 Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"),
 Q("3 dự án nhà ở công nhân", 3, "dự án nhà ở công nhân"), Q("từ 30 lao động trở lên", 30, "lao động", "over"),
 Q("5.000 đoàn viên", 5000, "đoàn viên")],
[D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU"),
 D("Nghị định", "188", "2013/NĐ-CP", "2013-11-20", "Chính phủ", "Nghị định số 188/2013/NĐ-CP ngày 20/11/2013")],
[prov("Vĩnh Phúc"), com("Phúc Thắng"), com("Bình Xuyên"), com("Thiện Kế")],
["Báo Vĩnh Phúc Online", "Xã hội › Lao động - Việc làm",
 "Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2015 của Công đoàn các KCN tỉnh.", "Tháng Công nhân"],
["Ngày đăng 17/07/2015 | 15:30", "6 tháng đầu năm 2015", "6 tháng cuối năm", "năm 2014", "6 tháng qua"]))

PAGES.append(page("b7642-thainguyen-khoicong-nhaocongnhan-2016", """
THÁI NGUYÊN ĐIỆN TỬ
Kinh tế › Đầu tư - Xây dựng
10/05/2016 - 09:20
Khởi công khu nhà ở cho công nhân KCN Yên Bình
Các đại biểu thực hiện nghi thức khởi công dự án. Ảnh: Hoàng Long
(TN) - Sáng 9/5, tại phường Đồng Tiến, thị xã Phổ Yên, UBND tỉnh Thái Nguyên phối hợp với Công ty cổ phần Đầu tư Yên Bình khởi công dự án khu nhà ở xã hội cho công nhân Khu công nghiệp Yên Bình. Dự lễ khởi công có ông Đoàn Minh Hải, Phó Chủ tịch UBND tỉnh; bà Vũ Thị Phương Thảo, Chủ tịch Liên đoàn Lao động tỉnh; ông Ma Văn Đông, Bí thư Thị ủy Phổ Yên.
Dự án có tổng mức đầu tư khoảng 1.250 tỷ đồng, xây dựng trên diện tích 12,6 ha, gồm 15 khối nhà 5 tầng với 2.400 căn hộ, đáp ứng chỗ ở cho khoảng 9.000 công nhân. Diện tích mỗi căn từ 25 m2 đến 50 m2; giá thuê dự kiến không quá 1 triệu đồng/căn/tháng. Đi kèm dự án là nhà trẻ, trạm y tế, siêu thị mini và nhà văn hóa công nhân. Giai đoạn 1 sẽ hoàn thành 800 căn trong năm 2017.
Hiện các KCN Yên Bình, Điềm Thụy, Sông Công có gần 70.000 lao động, trong đó khoảng 45.000 người phải thuê trọ tại các phường Đồng Tiến, Hồng Tiến và xã Tân Phú. Khảo sát của Liên đoàn Lao động tỉnh đầu năm 2016 cho thấy 62% công nhân ở trọ có diện tích dưới 5 m2/người, nhiều khu trọ thiếu nước sạch.
Phát biểu tại lễ khởi công, ông Đoàn Minh Hải nhấn mạnh dự án triển khai theo Nghị định 188/2013/NĐ-CP của Chính phủ và Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển đô thị và nhà ở đến năm 2020; yêu cầu chủ đầu tư bảo đảm tiến độ, chất lượng, ưu tiên cho công nhân có thu nhập thấp, công nhân nữ nuôi con nhỏ.
Bà Vũ Thị Phương Thảo cho biết Liên đoàn Lao động tỉnh sẽ giám sát việc xét duyệt đối tượng thuê nhà, bảo đảm công khai, minh bạch; đồng thời đề nghị các doanh nghiệp hỗ trợ công nhân tiền thuê nhà. Theo Kế hoạch số 48/KH-UBND của UBND tỉnh, đến năm 2020 Thái Nguyên phấn đấu giải quyết chỗ ở cho khoảng 40% công nhân khu công nghiệp có nhu cầu.
Nhiều công nhân có mặt tại lễ khởi công bày tỏ vui mừng, mong dự án sớm hoàn thành, giá thuê phù hợp với thu nhập, thủ tục đăng ký đơn giản và được ưu tiên cho những người đã gắn bó lâu năm với doanh nghiệp trong khu công nghiệp.
Chị Nông Thị Duyên, công nhân Công ty TNHH Điện tử Yên Bình, quê Bắc Kạn, chia sẻ: "Hai vợ chồng em thuê phòng 10 m2 đã 2 năm, mong có căn hộ rộng hơn để đón con lên ở cùng".
Hoàng Long - Thu Trang
Bài viết liên quan
- Phổ Yên: công nhân được hỗ trợ 50% tiền điện (21/04/2016)
- Liên đoàn Lao động tỉnh khảo sát nhà trọ công nhân (08/03/2016)
- 1.200 công nhân về quê đón Tết bằng xe miễn phí (29/01/2016)
- Sông Công: ra mắt mô hình "Khu trọ an toàn" (15/01/2016)
- Tăng cường tuyên truyền pháp luật lao động cho công nhân ở trọ (30/12/2015)
""", "2016-05-10", "Khởi công khu nhà ở cho công nhân KCN Yên Bình",
E("khac", None, "2016-05-09"),
[P("Đoàn Minh Hải", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Phương Thảo", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Ma Văn Đông", "Bí thư Thị ủy Phổ Yên"),
 P("Nông Thị Duyên", "công nhân Công ty TNHH Điện tử Yên Bình")],
[Q("khoảng 1.250 tỷ đồng", 1250000000000, "đồng", "approx"), Q("12,6 ha", 12.6, "ha"),
 Q("15 khối nhà", 15, "khối nhà"), Q("2.400 căn hộ", 2400, "căn hộ"),
 Q("khoảng 9.000 công nhân", 9000, "công nhân", "approx"), Q("25 m2", 25, "m2"), Q("50 m2", 50, "m2"),
 Q("không quá 1 triệu đồng/căn/tháng", 1000000, "đồng"), Q("800 căn", 800, "căn"),
 Q("gần 70.000 lao động", 70000, "lao động", "approx"), Q("khoảng 45.000 người", 45000, "người", "approx"),
 Q("62%", 62, "%"), Q("dưới 5 m2/người", 5, "m2", "approx"), Q("khoảng 40%", 40, "%", "approx"),
 Q("10 m2", 10, "m2")],
[D("Nghị định", "188", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 188/2013/NĐ-CP"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU"),
 D("Kế hoạch", "48", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 48/KH-UBND")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Đồng Tiến"), com("Hồng Tiến"), com("Tân Phú")],
["THÁI NGUYÊN ĐIỆN TỬ", "Kinh tế › Đầu tư - Xây dựng",
 "Các đại biểu thực hiện nghi thức khởi công dự án. Ảnh: Hoàng Long", "(TN)", "Bắc Kạn"],
["10/05/2016 - 09:20", "5 tầng", "Giai đoạn 1", "năm 2017", "năm 2020", "đầu năm 2016", "2 năm"]))
