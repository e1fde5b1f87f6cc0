from lib import *
PAGES = []

PAGES.append(page("b2771-quangnam-bieuduong-nongdan-2017", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Bạn đang ở: Trang chủ / Xã hội / Nông nghiệp
13/10/2017 - 08:25
Tôn vinh 126 nông dân sản xuất kinh doanh giỏi
(QNO) - Sáng 12.10, tại TP.Tam Kỳ, Hội Nông dân tỉnh tổ chức Hội nghị biểu dương nông dân sản xuất kinh doanh giỏi năm 2017 nhân kỷ niệm 87 năm Ngày thành lập Hội Nông dân Việt Nam (14.10.1930 - 14.10.2017). Dự hội nghị có ông Trần Đình Tuấn, Phó Chủ tịch UBND tỉnh; ông Huỳnh Văn Thịnh, Chủ tịch Hội Nông dân tỉnh.
Các nông dân tiêu biểu nhận bằng khen của UBND tỉnh.
126 nông dân được biểu dương năm nay đến từ 18 huyện, thị xã, thành phố, trong đó có 21 người đồng bào Cơ Tu, Xê Đăng, Giẻ Triêng ở miền núi. Phần lớn là chủ trang trại, chủ hợp tác xã có thu nhập từ 500 triệu đồng đến hơn 3 tỷ đồng mỗi năm, tạo việc làm cho khoảng 1.500 lao động nông thôn.
Theo ông Huỳnh Văn Thịnh, năm 2017 toàn tỉnh có 68.742 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, tăng 2.310 hộ so với năm trước. Quỹ hỗ trợ nông dân các cấp đạt 31,4 tỷ đồng, đang cho 2.046 hộ vay; Hội đã phối hợp xây dựng 15 chuỗi liên kết sản xuất, tiêu thụ sâm Ngọc Linh, ba kích, rau Trà Quế, gà thả vườn. Việc thực hiện Chỉ thị số 12-CT/TU ngày 10/4/2017 của Tỉnh ủy về phát triển kinh tế tập thể đã giúp hình thành 23 hợp tác xã kiểu mới do hội viên làm nòng cốt.
Tại hội nghị, ông Bhling Mia, ở thôn Dầm, xã Tư, huyện Đông Giang, kể về mô hình trồng 4 ha ba kích tím dưới tán rừng cho thu nhập gần 400 triệu đồng/năm. Bà Alăng Thị Bay, Chủ tịch Hội Nông dân xã Ba, chia sẻ kinh nghiệm vận động đồng bào bỏ tập quán phát rẫy, chuyển sang trồng keo, nuôi heo đen. Anh Hồ Văn Pố, người Xê Đăng ở xã Phước Thành, huyện Phước Sơn, được nhiều đại biểu hỏi thăm về vườn sâm giống.
Nhiều đại biểu cũng nêu khó khăn: sản phẩm của nông dân miền núi chủ yếu bán thô, chưa có bao bì, nhãn mác; đường vận chuyển xa, chi phí cao; một số hộ muốn mở rộng sản xuất nhưng thiếu đất, thiếu vốn và chưa tiếp cận được các gói tín dụng ưu đãi. Đại diện Hội Nông dân huyện Nam Trà My đề nghị tỉnh có cơ chế riêng bảo vệ giống sâm bản địa.
Ông Trần Đình Tuấn đánh giá cao sự nỗ lực của nông dân và đề nghị Hội tiếp tục thực hiện Quyết định số 2330/QĐ-UBND ngày 29/6/2017 của UBND tỉnh về Đề án phát triển kinh tế trang trại; hỗ trợ nông dân đăng ký nhãn hiệu, truy xuất nguồn gốc sản phẩm.
Dịp này, UBND tỉnh tặng bằng khen cho 36 nông dân; Hội Nông dân tỉnh tặng giấy khen cho 90 nông dân, mỗi người được thưởng 1 triệu đồng.
Đông Hải
Tin liên quan
- Hội Nông dân Tam Kỳ tổ chức hội thi nhà nông đua tài (05/10/2017)
- Đông Giang: nông dân Cơ Tu làm giàu từ ba kích tím (28/09/2017)
- Quỹ hỗ trợ nông dân tiếp sức hội viên (20/09/2017)
- Tiên Phước: ra mắt hợp tác xã nông nghiệp Tiên Cảnh (12/09/2017)
""", "2017-10-13", "Tôn vinh 126 nông dân sản xuất kinh doanh giỏi",
E("hoi_nghi", "2017", "2017-10-12"),
[P("Trần Đình Tuấn", "Phó Chủ tịch UBND tỉnh"), P("Huỳnh Văn Thịnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bhling Mia"), P("Alăng Thị Bay", "Chủ tịch Hội Nông dân xã Ba"), P("Hồ Văn Pố")],
[Q("126 nông dân", 126, "nông dân"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("21 người", 21, "người"), Q("500 triệu đồng", 500000000, "đồng"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("khoảng 1.500 lao động nông thôn", 1500, "lao động nông thôn", "approx"), Q("68.742 hộ", 68742, "hộ"), Q("2.310 hộ", 2310, "hộ"),
 Q("31,4 tỷ đồng", 31400000000, "đồng"), Q("2.046 hộ", 2046, "hộ"), Q("15 chuỗi liên kết sản xuất, tiêu thụ", 15, "chuỗi liên kết sản xuất, tiêu thụ"),
 Q("23 hợp tác xã kiểu mới", 23, "hợp tác xã kiểu mới"), Q("4 ha", 4, "ha"), Q("gần 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("36 nông dân", 36, "nông dân"), Q("90 nông dân", 90, "nông dân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "12", "CT/TU", "2017-04-10", "Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 10/4/2017"),
 D("Quyết định", "2330", "QĐ-UBND", "2017-06-29", "UBND tỉnh", "Quyết định số 2330/QĐ-UBND ngày 29/6/2017")],
[prov("Quảng Nam"), com("Tư"), com("Ba"), com("Phước Thành")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Bạn đang ở: Trang chủ / Xã hội / Nông nghiệp",
 "(QNO)", "Các nông dân tiêu biểu nhận bằng khen của UBND tỉnh.", "Đề án phát triển kinh tế trang trại", "TP.Tam Kỳ"],
["13/10/2017 - 08:25", "12.10", "87 năm", "14.10.1930 - 14.10.2017", "năm 2017", "năm trước", "mỗi năm"]))

PAGES.append(page("b2772-hagiang-hnd-giamsat-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH HÀ GIANG
Vị trí: Trang chủ > Hoạt động của Hội > Giám sát, phản biện
Thứ Ba, 06/11/2018 - 09:30
Đoàn giám sát làm việc tại xã Thanh Vân.
Giám sát việc sử dụng vốn Quỹ hỗ trợ nông dân tại huyện Quản Bạ
Từ ngày 1 đến ngày 3/11/2018, đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Hà Giang do đồng chí Vàng Thị Dính, Phó Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc quản lý, sử dụng vốn Quỹ hỗ trợ nông dân năm 2018 tại huyện Quản Bạ theo Kế hoạch số 86-KH/HNDT ngày 15/10/2018 của Ban Thường vụ Hội Nông dân tỉnh.
Đoàn đã làm việc với Hội Nông dân huyện và trực tiếp kiểm tra sổ sách, gặp gỡ hộ vay tại các xã Thanh Vân, Quyết Tiến, Cán Tỷ. Hiện Quản Bạ có 7 dự án Quỹ hỗ trợ nông dân đang thực hiện với tổng số vốn 1,75 tỷ đồng, cho 68 hộ vay nuôi bò, nuôi dê và trồng cây dược liệu; mức vay bình quân 25 triệu đồng/hộ. Đến thời điểm giám sát, các hộ đã trả đúng hạn 340 triệu đồng, không có nợ quá hạn.
Tại xã Cán Tỷ, ông Giàng Mí Sính, tổ trưởng tổ hợp tác nuôi bò thôn Lùng Thàng, cho biết sau 2 năm vay vốn, đàn bò của 12 hộ trong tổ đã tăng từ 24 con lên 41 con. Bà Đặng Thị Mẩy, người Dao ở thôn Nậm Đăm, xã Quản Bạ, vay 20 triệu đồng trồng thảo quả, nay đã trả được một nửa số nợ.
Qua giám sát, đoàn đánh giá Hội Nông dân huyện đã thực hiện đúng Quyết định số 1034-QĐ/HNDTW về Điều lệ Quỹ và Hướng dẫn số 45-HD/HNDT ngày 2/3/2017 của Hội Nông dân tỉnh; hồ sơ vay đầy đủ, việc bình xét công khai tại các chi hội. Tuy nhiên, một số dự án chưa gắn với tiêu thụ sản phẩm, còn 3 hộ sử dụng vốn chưa đúng mục đích; việc ghi chép sổ theo dõi ở một số xã chưa khoa học.
Đồng chí Ly Văn Chúng, Chủ tịch Hội Nông dân huyện Quản Bạ, tiếp thu các ý kiến và đề nghị tỉnh bổ sung thêm nguồn vốn cho các xã vùng cao núi đá. Phó Chủ tịch UBND huyện Nguyễn Văn Hùng cam kết huyện sẽ trích thêm 200 triệu đồng từ ngân sách năm 2019 để bổ sung vào Quỹ.
Kết luận, đồng chí Vàng Thị Dính yêu cầu Hội Nông dân huyện thu hồi ngay số vốn sử dụng sai mục đích, tập huấn lại nghiệp vụ cho cán bộ Hội cơ sở và báo cáo kết quả khắc phục trước ngày 30/11/2018.
Cùng đợt, đoàn giám sát đã nghe ý kiến của hội viên về giá vật tư, phân bón, cách chăm sóc bò trong mùa đông giá rét ở vùng cao núi đá và đề nghị ngành thú y hỗ trợ tiêm phòng cho đàn gia súc. Nhiều hộ người Mông, Dao, Tày bày tỏ mong muốn được vay vốn với thời hạn dài hơn, phù hợp với chu kỳ sinh trưởng của cây thảo quả và đàn bò.
Hoàng Tuấn - Văn phòng Hội
Lượt truy cập: 211.468
Các tin đã đưa
- Hội Nông dân tỉnh tập huấn kỹ năng giám sát, phản biện xã hội (25/10/2018)
- Xín Mần: nông dân thu hoạch chè Shan tuyết (18/10/2018)
- Kỷ niệm 88 năm Ngày thành lập Hội Nông dân Việt Nam (12/10/2018)
""", "2018-11-06", "Giám sát việc sử dụng vốn Quỹ hỗ trợ nông dân tại huyện Quản Bạ",
E("giam_sat", "2018", "2018-11-01"),
[P("Vàng Thị Dính", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng Mí Sính", "tổ trưởng tổ hợp tác nuôi bò thôn Lùng Thàng"),
 P("Đặng Thị Mẩy"),
 P("Ly Văn Chúng", "Chủ tịch Hội Nông dân huyện Quản Bạ"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện")],
[Q("7 dự án", 7, "dự án"), Q("1,75 tỷ đồng", 1750000000, "đồng"), Q("68 hộ", 68, "hộ"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("340 triệu đồng", 340000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("24 con", 24, "con"), Q("41 con", 41, "con"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("3 hộ", 3, "hộ"), Q("200 triệu đồng", 200000000, "đồng")],
[D("Kế hoạch", "86", "KH/HNDT", "2018-10-15", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 86-KH/HNDT ngày 15/10/2018"),
 D("Quyết định", "1034", "QĐ/HNDTW", None, None, "Quyết định số 1034-QĐ/HNDTW"),
 D("Hướng dẫn", "45", "HD/HNDT", "2017-03-02", "Hội Nông dân tỉnh", "Hướng dẫn số 45-HD/HNDT ngày 2/3/2017")],
[prov("Hà Giang"), com("Thanh Vân"), com("Quyết Tiến"), com("Cán Tỷ"), com("Quản Bạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH HÀ GIANG", "Vị trí: Trang chủ > Hoạt động của Hội > Giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã Thanh Vân.", "Lượt truy cập: 211.468", "Điều lệ Quỹ"],
["Thứ Ba, 06/11/2018 - 09:30", "năm 2018", "2 năm", "năm 2019", "ngày 30/11/2018", "một nửa", "Lượt truy cập: 211.468"]))

PAGES.append(page("b2773-quangninh-ocop-ketnoi-2019", """
Quang Ninh Portal | Cổng thông tin điện tử tỉnh Quảng Ninh
Tin tức - Sự kiện › Kinh tế
21/06/2019 09:12
Hơn 60 sản phẩm OCOP của hội viên nông dân tìm đầu ra
Ngày 20/6, Hội Nông dân tỉnh phối hợp với Ban Xây dựng nông thôn mới tỉnh tổ chức Hội nghị kết nối cung cầu sản phẩm OCOP của hội viên nông dân năm 2019. Tham dự có đồng chí Đặng Quang Hiệp, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Trần Văn Lâm, Chủ tịch Hội Nông dân tỉnh; đại diện 45 doanh nghiệp, siêu thị, nhà hàng và hơn 150 hội viên nông dân, chủ thể OCOP.
Các đại biểu tham quan gian hàng trưng bày sản phẩm.
Hội nghị trưng bày hơn 60 sản phẩm OCOP và sản phẩm tiềm năng như miến dong Bình Liêu, trà hoa vàng Ba Chẽ, chả mực Hạ Long, ba kích Đầm Hà, sá sùng Vân Đồn, gạo nếp cái hoa vàng Đông Triều. Sau 6 năm triển khai Chương trình "Mỗi xã, phường một sản phẩm", nay tiếp tục theo Quyết định số 490/QĐ-TTg ngày 7/5/2018 của Thủ tướng Chính phủ, Quảng Ninh đã có 267 sản phẩm được xếp hạng từ 3 sao trở lên, trong đó 124 sản phẩm do hội viên nông dân, hợp tác xã của Hội làm chủ thể.
Tại hội nghị, 19 biên bản ghi nhớ, hợp đồng tiêu thụ sản phẩm đã được ký kết với tổng giá trị khoảng 12,5 tỷ đồng. Bà Chìu Thị Sềnh, người Dao Thanh Phán, Giám đốc Hợp tác xã miến dong Đồng Văn, xã Đồng Văn, huyện Bình Liêu cho biết hợp tác xã có 32 thành viên, mỗi năm tiêu thụ khoảng 180 tấn miến; được Hội Nông dân tỉnh cho vay 300 triệu đồng từ Quỹ hỗ trợ nông dân để mua máy tráng bánh. Ông Lỷ Văn Sinh, người Sán Dìu, chủ thể sản phẩm chè Đường Hoa, huyện Hải Hà, đề nghị hỗ trợ thiết kế bao bì và quảng bá trên sàn thương mại điện tử.
Đồng chí Trần Văn Lâm cho biết, thực hiện Nghị quyết số 19-NQ/TU ngày 28/11/2014 của Ban Chấp hành Đảng bộ tỉnh về nông nghiệp, nông dân, nông thôn, Hội đã thành lập 28 câu lạc bộ nông dân với OCOP, hỗ trợ 11 hợp tác xã đạt chuẩn sao. Quỹ hỗ trợ nông dân toàn tỉnh hiện có 42,8 tỷ đồng, trong 5 tháng đầu năm đã giải ngân 7,2 tỷ đồng cho 246 hộ.
Phát biểu, đồng chí Đặng Quang Hiệp yêu cầu các sở, ngành tạo điều kiện cho chủ thể OCOP tiếp cận chuỗi cửa hàng, chợ đầu mối; Hội Nông dân tỉnh tiếp tục làm cầu nối để nông dân tham gia chuỗi giá trị, giữ chất lượng và uy tín sản phẩm, không chạy theo số lượng sao.
Đại diện chuỗi siêu thị cho biết sẵn sàng dành quầy hàng riêng cho sản phẩm OCOP của hội viên nếu đảm bảo truy xuất nguồn gốc và số lượng ổn định quanh năm.
Thu Chung (Trung tâm Truyền thông tỉnh)
Bài viết liên quan
- Bình Liêu: nông dân vào vụ thu hoạch dong riềng (14/06/2019)
- Hội Nông dân tỉnh giao ban công tác quý I/2019 (08/04/2019)
- Tiên Yên: gà đồi đạt chuẩn OCOP 4 sao (29/03/2019)
""", "2019-06-21", "Hơn 60 sản phẩm OCOP của hội viên nông dân tìm đầu ra",
E("hoi_nghi", "2019", "2019-06-20"),
[P("Đặng Quang Hiệp", "Phó Chủ tịch Thường trực UBND tỉnh"), P("Trần Văn Lâm", "Chủ tịch Hội Nông dân tỉnh"),
 P("Chìu Thị Sềnh", "Giám đốc Hợp tác xã miến dong Đồng Văn"), P("Lỷ Văn Sinh", "chủ thể sản phẩm chè Đường Hoa")],
[Q("45 doanh nghiệp, siêu thị, nhà hàng", 45, "doanh nghiệp, siêu thị, nhà hàng"),
 Q("hơn 150 hội viên nông dân, chủ thể OCOP", 150, "hội viên nông dân, chủ thể OCOP", "over"),
 Q("hơn 60 sản phẩm OCOP và sản phẩm tiềm năng", 60, "sản phẩm OCOP và sản phẩm tiềm năng", "over"),
 Q("267 sản phẩm", 267, "sản phẩm"), Q("124 sản phẩm", 124, "sản phẩm"),
 Q("19 biên bản ghi nhớ, hợp đồng tiêu thụ sản phẩm", 19, "biên bản ghi nhớ, hợp đồng tiêu thụ sản phẩm"),
 Q("khoảng 12,5 tỷ đồng", 12500000000, "đồng", "approx"), Q("32 thành viên", 32, "thành viên"),
 Q("khoảng 180 tấn", 180, "tấn", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("28 câu lạc bộ nông dân với OCOP", 28, "câu lạc bộ nông dân với OCOP"), Q("11 hợp tác xã", 11, "hợp tác xã"),
 Q("42,8 tỷ đồng", 42800000000, "đồng"), Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("246 hộ", 246, "hộ")],
[D("Quyết định", "490", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định số 490/QĐ-TTg ngày 7/5/2018"),
 D("Nghị quyết", "19", "NQ/TU", "2014-11-28", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 19-NQ/TU ngày 28/11/2014")],
[prov("Quảng Ninh"), com("Đồng Văn")],
["Quang Ninh Portal | Cổng thông tin điện tử tỉnh Quảng Ninh", "Tin tức - Sự kiện › Kinh tế",
 "Các đại biểu tham quan gian hàng trưng bày sản phẩm.", "Mỗi xã, phường một sản phẩm", "Ban Xây dựng nông thôn mới tỉnh"],
["21/06/2019 09:12", "năm 2019", "6 năm", "3 sao", "5 tháng đầu năm"]))

PAGES.append(page("b2774-binhdinh-hnd-giaoban-2020", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ - Tin tức - Hoạt động Hội
Ngày 09/10/2020 | 15:40
Ảnh: Đồng chí Huỳnh Văn Ngà phát biểu tại hội nghị.
Hội Nông dân tỉnh: Vượt khó trong đại dịch, hoàn thành nhiều chỉ tiêu
Chiều 8/10/2020, Hội Nông dân tỉnh Bình Định tổ chức hội nghị giao ban công tác Hội quý III năm 2020, triển khai nhiệm vụ quý IV. Đồng chí Huỳnh Văn Ngà, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và đồng chí Đinh Thị Lúa, Phó Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Dự có Chủ tịch Hội Nông dân 11 huyện, thị xã, thành phố.
Báo cáo cho thấy, dù ảnh hưởng của dịch Covid-19, trong quý III các cấp Hội vẫn kết nạp 1.186 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 214.593 người. Quỹ hỗ trợ nông dân tăng trưởng thêm 1,4 tỷ đồng; giải ngân 64 dự án với 5,6 tỷ đồng cho 412 hộ vay. Các cấp Hội đã phối hợp tiêu thụ hơn 1.300 tấn dưa hấu, xoài và hành tím cho nông dân bị ảnh hưởng của dịch; hỗ trợ thành lập 4 hợp tác xã và 21 tổ hợp tác.
Trong quý, Hội đã tham gia đánh giá, xếp hạng 15 sản phẩm OCOP, trong đó 6 sản phẩm của hội viên đạt 3 sao như rượu Bàu Đá, nem chợ Huyện, mật ong An Lão. Hội Nông dân tỉnh cũng hoàn thành giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ tại 2 huyện Hoài Ân và Tây Sơn.
Ông Đinh Văn Hoanh, Chủ tịch Hội Nông dân huyện Vĩnh Thạnh, cho biết nhiều hộ người Ba Na ở xã Vĩnh Sơn, Vĩnh Kim đã vay vốn Quỹ trồng mai, nuôi heo rừng lai, bước đầu có thu nhập ổn định. Bà Phan Thị Yến, Chủ tịch Hội Nông dân xã Cát Hanh, huyện Phù Cát, đề nghị tỉnh sớm có hướng dẫn hỗ trợ nông dân khắc phục hậu quả hạn hán.
Kết luận hội nghị, đồng chí Huỳnh Văn Ngà yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX; chuẩn bị tốt Hội thi "Nhà nông đua tài" cấp tỉnh; triển khai Kế hoạch số 125-KH/HNDT ngày 1/10/2020 của Ban Thường vụ Hội Nông dân tỉnh về đối thoại giữa người đứng đầu chính quyền với nông dân cuối năm; đồng thời chủ động ứng phó mùa mưa bão, giúp nông dân bảo vệ sản xuất.
Ông cũng lưu ý các huyện rà soát lại những dự án Quỹ đến hạn thu hồi, không để phát sinh nợ quá hạn trong bối cảnh nông dân còn nhiều khó khăn; những hộ bị thiệt hại do dịch bệnh, thiên tai được xem xét gia hạn nợ theo đúng quy định.
Kim Oanh
Lượt xem: 389
Tin khác
- Hoài Nhơn: Hội Nông dân ra mắt tổ hợp tác trồng rau an toàn (02/10/2020)
- Hội Nông dân tỉnh phát động ủng hộ đồng bào miền Trung (25/09/2020)
- Tây Sơn: nông dân bán hành tím qua mạng xã hội (18/09/2020)
- Tuy Phước: giải ngân vốn Quỹ hỗ trợ nông dân (07/09/2020)
""", "2020-10-09", "Hội Nông dân tỉnh: Vượt khó trong đại dịch, hoàn thành nhiều chỉ tiêu",
E("giao_ban", "2020-Q3", "2020-10-08"),
[P("Huỳnh Văn Ngà", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"), P("Đinh Thị Lúa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Văn Hoanh", "Chủ tịch Hội Nông dân huyện Vĩnh Thạnh"), P("Phan Thị Yến", "Chủ tịch Hội Nông dân xã Cát Hanh")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("1.186 hội viên mới", 1186, "hội viên mới"),
 Q("214.593 người", 214593, "người"), Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("64 dự án", 64, "dự án"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("412 hộ", 412, "hộ"), Q("hơn 1.300 tấn", 1300, "tấn", "over"),
 Q("4 hợp tác xã", 4, "hợp tác xã"), Q("21 tổ hợp tác", 21, "tổ hợp tác"), Q("15 sản phẩm OCOP", 15, "sản phẩm OCOP"),
 Q("6 sản phẩm", 6, "sản phẩm"), Q("2 huyện", 2, "huyện")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "125", "KH/HNDT", "2020-10-01", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 125-KH/HNDT ngày 1/10/2020")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("Vĩnh Kim"), com("Cát Hanh")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ - Tin tức - Hoạt động Hội", "Ảnh: Đồng chí Huỳnh Văn Ngà phát biểu tại hội nghị.",
 "Nhà nông đua tài", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", "Lượt xem: 389", "Covid-19"],
["Ngày 09/10/2020 | 15:40", "quý III năm 2020", "quý IV", "3 sao", "lần thứ XX", "Covid-19", "Lượt xem: 389"]))

PAGES.append(page("b2775-gialai-hnd-tongket-2021", """
Báo Gia Lai điện tử
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Hôm nay: Thứ Sáu, 31/12/2021
Gia Lai có thêm 37 sản phẩm OCOP của hội viên nông dân
Cập nhật lúc 16:35 ngày 24/12/2021
(GLO)- Sáng 23/12, Hội Nông dân tỉnh tổ chức hội nghị trực tuyến tổng kết công tác Hội và phong trào nông dân năm 2021, triển khai nhiệm vụ năm 2022 với 18 điểm cầu huyện, thị xã, thành phố. Dự hội nghị tại điểm cầu tỉnh có đồng chí Rơ Châm Hlim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Thanh Liên, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Văn Hoàng, Chủ tịch Hội Nông dân tỉnh.
Năm 2021, tuy chịu ảnh hưởng của dịch Covid-19, các cấp Hội đã kết nạp 4.027 hội viên, nâng tổng số lên hơn 245.000 hội viên, trong đó khoảng 46% là đồng bào dân tộc thiểu số. Có 37 sản phẩm OCOP của hội viên, hợp tác xã được công nhận từ 3 sao trở lên, như cà phê Chư Păh, mật ong Kông Chro, gạo Ia Grai. Tổng nguồn vốn Quỹ hỗ trợ nông dân các cấp đạt 56,3 tỷ đồng, tăng 8,1 tỷ đồng so với năm 2020; đang có 2.954 hộ vay. Hội đã tín chấp cho khoảng 61.000 hộ vay vốn ngân hàng với dư nợ trên 2.400 tỷ đồng.
Thực hiện Kết luận số 61-KL/TW của Ban Bí thư và Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và đồng bào dân tộc thiểu số, Hội đã vận động thành lập mới 29 tổ hợp tác, 12 hợp tác xã; nâng tổng số hợp tác xã do Hội hỗ trợ lên 87. Nhiều nông dân người Jrai, Bahnar đã vươn lên làm giàu như ông Ksor Hlơm ở làng Blang, xã Ia Dreh, huyện Krông Pa với thu nhập hơn 700 triệu đồng/năm từ mía và bò; bà Siu H'Nhí, Chủ tịch Hội Nông dân xã Ia Le, huyện Chư Pưh, người nhiều năm dẫn dắt tổ hợp tác trồng hồ tiêu sạch.
Phát biểu tại hội nghị, đồng chí Rơ Châm Hlim đề nghị các cấp Hội bám sát cơ sở, nắm chắc tâm tư của nông dân, nhất là ở vùng đồng bào; tiếp tục thực hiện Quyết định số 490/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mỗi xã một sản phẩm, chủ động hỗ trợ hội viên trở thành chủ thể OCOP.
Đồng chí Nguyễn Thị Thanh Liên ghi nhận vai trò của Hội trong tiêu thụ nông sản mùa dịch, khi các cấp Hội hỗ trợ nông dân bán gần 8.000 tấn rau, chanh dây, chuối qua các sàn thương mại điện tử và các chuyến xe nghĩa tình.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 3 tập thể, 5 cá nhân; UBND tỉnh tặng bằng khen cho 10 tập thể, 14 cá nhân. Ông Rah Lan Chăm, Chủ tịch Hội Nông dân huyện Ia Pa, được tặng Huy hiệu "Vì giai cấp nông dân Việt Nam".
Năm 2022, Hội đặt mục tiêu phát triển thêm ít nhất 20 sản phẩm OCOP, tăng nguồn vốn Quỹ hỗ trợ nông dân thêm 5 tỷ đồng, mỗi huyện có ít nhất 1 hợp tác xã nông nghiệp kiểu mới hoạt động hiệu quả do Hội vận động thành lập.
Hà Duy
Tin cùng chuyên mục
- Chư Sê: nông dân trồng sầu riêng theo tiêu chuẩn VietGAP (20/12/2021)
- Hội Nông dân tỉnh trao 200 suất quà cho hội viên khó khăn (15/12/2021)
- Đak Đoa ra mắt hợp tác xã cà phê Tân Bình (08/12/2021)
""", "2021-12-24", "Gia Lai có thêm 37 sản phẩm OCOP của hội viên nông dân",
E("tong_ket", "2021", "2021-12-23"),
[P("Rơ Châm Hlim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Liên", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Văn Hoàng", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ksor Hlơm"), P("Siu H'Nhí", "Chủ tịch Hội Nông dân xã Ia Le"), P("Rah Lan Chăm", "Chủ tịch Hội Nông dân huyện Ia Pa")],
[Q("18 điểm cầu huyện, thị xã, thành phố", 18, "điểm cầu huyện, thị xã, thành phố"), Q("4.027 hội viên", 4027, "hội viên"),
 Q("hơn 245.000 hội viên", 245000, "hội viên", "over"), Q("khoảng 46%", 46, "%", "approx"),
 Q("37 sản phẩm OCOP", 37, "sản phẩm OCOP"), Q("56,3 tỷ đồng", 56300000000, "đồng"), Q("8,1 tỷ đồng", 8100000000, "đồng"),
 Q("2.954 hộ", 2954, "hộ"), Q("khoảng 61.000 hộ", 61000, "hộ", "approx"), Q("trên 2.400 tỷ đồng", 2400000000000, "đồng", "over"),
 Q("29 tổ hợp tác", 29, "tổ hợp tác"), Q("12 hợp tác xã", 12, "hợp tác xã"), Q("87", 87, "hợp tác xã"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("gần 8.000 tấn", 8000, "tấn", "approx"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("10 tập thể", 10, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("ít nhất 20 sản phẩm OCOP", 20, "sản phẩm OCOP", "over"), Q("5 tỷ đồng", 5000000000, "đồng")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Quyết định", "490", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 490/QĐ-TTg"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU")],
[prov("Gia Lai"), com("Ia Dreh"), com("Ia Le")],
["Báo Gia Lai điện tử", "Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "(GLO)", "Vì giai cấp nông dân Việt Nam", "Covid-19", "Chương trình mỗi xã một sản phẩm"],
["Hôm nay: Thứ Sáu, 31/12/2021", "năm 2021", "năm 2022", "năm 2020", "3 sao", "Năm 2022", "Covid-19", "1 hợp tác xã nông nghiệp kiểu mới"]))

PAGES.append(page("b2776-hoabinh-doithoai-nongdan-2022", """
BÁO HÒA BÌNH ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình
Thời sự » Chính trị
30 tháng 9, 2022 | 16:10
Đồng chí Bùi Đức Thành, Chủ tịch UBND tỉnh, trả lời ý kiến của nông dân.
Nông dân kiến nghị về giá vật tư, đất sản xuất và tiêu thụ cam
Sáng 29/9, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2022, theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ. Đồng chí Bùi Đức Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Cùng dự có các đồng chí: Quách Thị Thoa, Phó Chủ tịch Hội Nông dân Việt Nam; Đinh Công Sứ, Chủ tịch Hội Nông dân tỉnh.
Tham gia đối thoại có gần 200 hội viên nông dân là người Mường, Thái, Dao, Tày, Kinh đại diện cho 10 huyện, thành phố. Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 47 ý kiến, kiến nghị gửi các sở, ngành.
Bà Bùi Thị Nhàn, Chi hội trưởng chi hội nông dân xóm Mỵ, xã Mỵ Hòa, huyện Tân Lạc, phản ánh giá phân bón, thức ăn chăn nuôi tăng gần 40% trong khi giá bán nông sản không tăng. Ông Xa Văn Chịu, người Thái ở xã Mai Hạ, huyện Mai Châu, đề nghị tỉnh hỗ trợ xây dựng thương hiệu mật ong bạc hà. Ông Đinh Văn Thống, Giám đốc Hợp tác xã cam Cao Phong, cho biết diện tích cam của huyện đã giảm từ hơn 3.000 ha xuống còn khoảng 1.800 ha do cây già cỗi, sâu bệnh và giá bán thấp, kiến nghị có chính sách chuyển đổi sang cây trồng khác.
Trả lời nông dân, lãnh đạo Sở Nông nghiệp và Phát triển nông thôn cho biết tỉnh đang thực hiện Nghị quyết số 03-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa, hỗ trợ 50% chi phí chứng nhận VietGAP cho hợp tác xã. Toàn tỉnh hiện có 142 sản phẩm OCOP, trong đó 2 sản phẩm đạt 5 sao tiềm năng cấp quốc gia.
Đồng chí Đinh Công Sứ cho biết Quỹ hỗ trợ nông dân các cấp đạt 38,5 tỷ đồng, từ đầu năm đã cho 312 hộ vay; Hội cũng ủy thác cho vay 1.640 tỷ đồng qua Ngân hàng Chính sách xã hội với khoảng 30.000 hộ còn dư nợ.
Kết luận, Chủ tịch UBND tỉnh Bùi Đức Thành ghi nhận các ý kiến thẳng thắn, tâm huyết; giao các sở, ngành trả lời bằng văn bản những nội dung chưa được giải đáp trong 15 ngày; đồng ý bổ sung 3 tỷ đồng ngân sách tỉnh cho Quỹ hỗ trợ nông dân năm 2023. Ông yêu cầu siết chặt quản lý vật tư nông nghiệp, xử lý nghiêm các cơ sở kinh doanh phân bón kém chất lượng.
Nhân dịp này, đồng chí Quách Thị Thoa tặng 20 suất quà Trung thu cho con em hội viên nông dân có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.
Mai Thảo
Tin liên quan
- Hội Nông dân tỉnh tập huấn kỹ năng đối thoại (20/09/2022)
- Cao Phong: nông dân chuyển đổi cam già cỗi sang trồng bưởi (12/09/2022)
- Tân Lạc: ra mắt hợp tác xã dịch vụ nông nghiệp Mường Bi (05/09/2022)
- Lạc Sơn: nông dân Mường giữ giống lúa nếp đặc sản (28/08/2022)
""", "2022-09-30", "Nông dân kiến nghị về giá vật tư, đất sản xuất và tiêu thụ cam",
E("doi_thoai", "2022", "2022-09-29"),
[P("Bùi Đức Thành", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Quách Thị Thoa", "Phó Chủ tịch Hội Nông dân Việt Nam"), P("Đinh Công Sứ", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bùi Thị Nhàn", "Chi hội trưởng chi hội nông dân xóm Mỵ"), P("Xa Văn Chịu"),
 P("Đinh Văn Thống", "Giám đốc Hợp tác xã cam Cao Phong")],
[Q("gần 200 hội viên nông dân", 200, "hội viên nông dân", "approx"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("gần 40%", 40, "%", "approx"), Q("hơn 3.000 ha", 3000, "ha", "over"),
 Q("khoảng 1.800 ha", 1800, "ha", "approx"), Q("50%", 50, "%"), Q("142 sản phẩm OCOP", 142, "sản phẩm OCOP"),
 Q("2 sản phẩm", 2, "sản phẩm"), Q("38,5 tỷ đồng", 38500000000, "đồng"), Q("312 hộ", 312, "hộ"),
 Q("1.640 tỷ đồng", 1640000000000, "đồng"), Q("khoảng 30.000 hộ", 30000, "hộ", "approx"), Q("3 tỷ đồng", 3000000000, "đồng"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Nghị quyết", "03", "NQ/TU", "2021-04-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 12/4/2021")],
[prov("Hòa Bình"), com("Mỵ Hòa"), com("Mai Hạ")],
["BÁO HÒA BÌNH ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình", "Thời sự » Chính trị",
 "Đồng chí Bùi Đức Thành, Chủ tịch UBND tỉnh, trả lời ý kiến của nông dân."],
["30 tháng 9, 2022 | 16:10", "năm 2022", "5 sao", "15 ngày", "năm 2023"]))
