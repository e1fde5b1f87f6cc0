from lib import *
PAGES = []

PAGES.append(page("b9485-dongnai-ldld-doithoai-2011", """
BÁO ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai
Trang chủ > Xã hội > Lao động - Công đoàn
Thứ Sáu, 16/09/2011 - 08:45
Công nhân nêu ý kiến tại buổi đối thoại. Ảnh: Hoàng Lộc
Gần 400 công nhân đối thoại với lãnh đạo tỉnh về nhà trọ, tiền lương
(ĐN) - Chiều 14/9, tại Nhà văn hóa công nhân Khu công nghiệp Nhơn Trạch, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Ban Quản lý các khu công nghiệp tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2011. Đồng chí Trần Văn Khiêm, Phó Chủ tịch UBND tỉnh và đồng chí Lê Thị Ngọc Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có gần 400 công nhân đến từ 35 doanh nghiệp trong các khu công nghiệp Nhơn Trạch 1, 2, 3 và Ông Kèo.
Mở đầu buổi đối thoại, bà Nguyễn Thị Hồng Thắm, Phó Chủ tịch LĐLĐ tỉnh, cho biết toàn tỉnh hiện có hơn 420.000 công nhân làm việc tại 29 khu công nghiệp, trong đó khoảng 60% là lao động nhập cư, phần lớn phải thuê nhà trọ. Thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, từ đầu năm đến nay các cấp công đoàn đã tổ chức 46 cuộc đối thoại tại doanh nghiệp; tuy vậy vẫn xảy ra 18 cuộc ngừng việc tập thể, chủ yếu do doanh nghiệp chậm điều chỉnh lương.
Tại buổi đối thoại, 27 ý kiến của công nhân tập trung vào tiền lương, giá nhà trọ, nơi gửi trẻ và bữa ăn ca. Chị Thạch Thị Sà Rên, công nhân Công ty TNHH Sung Jin Vina, phản ánh tiền thuê phòng trọ đã tăng lên 700.000 đồng/tháng trong khi bữa ăn ca chỉ có giá trị 10.000 đồng. Anh Hoàng Văn Páo, công nhân Công ty TNHH Đại Phong, đề nghị tỉnh sớm xây dựng nhà trẻ cho con công nhân ở xã Hiệp Phước.
Trả lời các kiến nghị, đồng chí Trần Văn Khiêm cho biết từ ngày 1/10/2011, theo Nghị định số 70/2011/NĐ-CP ngày 22/8/2011 của Chính phủ, mức lương tối thiểu vùng đối với doanh nghiệp tại các huyện Nhơn Trạch, Long Thành là 2.000.000 đồng/tháng; tỉnh yêu cầu các doanh nghiệp điều chỉnh thang lương, bảng lương đúng hạn. UBND tỉnh đã giao Sở Xây dựng khảo sát quỹ đất để xây dựng 3 khu nhà ở cho công nhân với khoảng 2.500 phòng, ưu tiên công nhân có thu nhập thấp.
Ông Phạm Minh Tuấn, Trưởng Ban Quản lý các khu công nghiệp Đồng Nai, tiếp thu ý kiến về nhà trẻ và cam kết phối hợp với UBND huyện Nhơn Trạch bố trí quỹ đất tại xã Hiệp Phước trong năm 2012.
Phát biểu tại buổi đối thoại, đồng chí Lê Thị Ngọc Loan đề nghị các cấp công đoàn tiếp tục thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương về xây dựng giai cấp công nhân, làm tốt vai trò đại diện, bảo vệ quyền lợi hợp pháp của người lao động; đồng thời vận động công nhân chấp hành nội quy lao động, không tham gia ngừng việc trái pháp luật.
Dịp này, LĐLĐ tỉnh trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho công nhân có hoàn cảnh khó khăn.
Hoàng Lộc - Thu Hà
Lượt đọc: 1.204
Tin liên quan
- LĐLĐ tỉnh ra mắt 6 Mái ấm Công đoàn (28/08/2011)
- Tháng Công nhân: nhiều hoạt động thiết thực (12/05/2011)
- Biên Hòa: công nhân góp ý về nhà ở xã hội (20/04/2011)
- Ký thỏa ước lao động tập thể tại 12 doanh nghiệp (05/04/2011)
""", "2011-09-16", "Gần 400 công nhân đối thoại với lãnh đạo tỉnh về nhà trọ, tiền lương",
E("doi_thoai", "2011", "2011-09-14"),
[P("Trần Văn Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hồng Thắm", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Thị Sà Rên", "công nhân Công ty TNHH Sung Jin Vina"),
 P("Hoàng Văn Páo", "công nhân Công ty TNHH Đại Phong"),
 P("Phạm Minh Tuấn", "Trưởng Ban Quản lý các khu công nghiệp Đồng Nai")],
[Q("gần 400 công nhân", 400, "công nhân", "approx"), Q("35 doanh nghiệp", 35, "doanh nghiệp"),
 Q("hơn 420.000 công nhân", 420000, "công nhân", "over"), Q("29 khu công nghiệp", 29, "khu công nghiệp"),
 Q("khoảng 60%", 60, "%", "approx"), Q("46 cuộc đối thoại", 46, "cuộc đối thoại"),
 Q("18 cuộc ngừng việc tập thể", 18, "cuộc ngừng việc tập thể"), Q("27 ý kiến", 27, "ý kiến"),
 Q("700.000 đồng", 700000, "đồng"), Q("10.000 đồng", 10000, "đồng"), Q("2.000.000 đồng", 2000000, "đồng"),
 Q("3 khu nhà ở", 3, "khu nhà ở"), Q("khoảng 2.500 phòng", 2500, "phòng", "approx"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Nghị định", "70", "2011/NĐ-CP", "2011-08-22", "Chính phủ", "Nghị định số 70/2011/NĐ-CP ngày 22/8/2011"),
 D("Nghị quyết", "20", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW")],
[prov("Đồng Nai"), com("Hiệp Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai", "Trang chủ > Xã hội > Lao động - Công đoàn",
 "Công nhân nêu ý kiến tại buổi đối thoại. Ảnh: Hoàng Lộc", "(ĐN)", "Nhà văn hóa công nhân Khu công nghiệp Nhơn Trạch",
 "Lượt đọc: 1.204"],
["Thứ Sáu, 16/09/2011 - 08:45", "Nhơn Trạch 1, 2, 3", "năm 2011", "năm 2012", "ngày 1/10/2011", "Lượt đọc: 1.204"]))

PAGES.append(page("b9486-binhduong-ldld-tongket-2012", """
CÔNG ĐOÀN BÌNH DƯƠNG
Trang thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương
Trang chủ » Hoạt động công đoàn » Tin tức
20/12/2012 - 16:30
Hơn 120 Mái ấm Công đoàn đến với đoàn viên khó khăn
Sáng 19/12, Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị tổng kết hoạt động công đoàn năm 2012 và triển khai nhiệm vụ năm 2013. Dự hội nghị có đồng chí Võ Thị Kim Hương, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Nguyễn Hữu Phước, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị tổng kết.
Theo báo cáo do đồng chí Lưu Văn Tám, Phó Chủ tịch Thường trực LĐLĐ tỉnh trình bày, năm 2012 các cấp công đoàn trong tỉnh đã phát triển mới 41.300 đoàn viên, thành lập 212 công đoàn cơ sở, nâng tổng số đoàn viên toàn tỉnh lên 437.000 người. Quỹ "Mái ấm Công đoàn" đã vận động được 14,6 tỷ đồng, xây mới và sửa chữa hơn 120 Mái ấm Công đoàn cho đoàn viên nghèo, mỗi căn được hỗ trợ 35 triệu đồng.
Công tác chăm lo Tết cho công nhân được thực hiện chu đáo: chương trình "Tết Sum vầy" năm 2012 đã tặng 18.500 phần quà, hỗ trợ 3.200 vé xe cho công nhân về quê đón Tết, tổng trị giá gần 9 tỷ đồng. Các cấp công đoàn đã tham gia giải quyết 64 cuộc ngừng việc tập thể, đại diện người lao động khởi kiện 11 vụ việc nợ bảo hiểm xã hội. Tỷ lệ doanh nghiệp ký thỏa ước lao động tập thể đạt 68%.
Tại hội nghị, nhiều ý kiến đề nghị quan tâm hơn đến công nhân nữ. Bà Đoàn Thị Mỹ Lệ, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phong Thạnh, kiến nghị tỉnh sớm có thêm nhà trẻ tại phường Thuận Giao. Ông Lý Văn Chắn, Chủ tịch Công đoàn các khu công nghiệp Bình Dương, cho biết nhiều doanh nghiệp vẫn chậm đóng kinh phí công đoàn 2% theo quy định của Bộ luật Lao động năm 2012.
Phát biểu chỉ đạo, đồng chí Võ Thị Kim Hương ghi nhận những kết quả của Công đoàn Bình Dương; đề nghị năm 2013 tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Ban Chấp hành Trung ương Đảng (khóa X) và Kế hoạch số 35-KH/TU của Tỉnh ủy về xây dựng giai cấp công nhân; chú trọng tổ chức đối thoại định kỳ tại doanh nghiệp, nâng chất lượng thỏa ước lao động tập thể.
Đồng chí Nguyễn Hữu Phước đề nghị LĐLĐ tỉnh phối hợp chặt chẽ với Ban Dân vận Tỉnh ủy thực hiện Quy chế phối hợp số 02-QCPH/BDV-LĐLĐ giữa hai cơ quan, kịp thời nắm tâm tư của công nhân, không để các vụ tranh chấp lao động kéo dài.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng bằng khen cho 9 tập thể, 15 cá nhân; LĐLĐ tỉnh tặng cờ thi đua cho 6 công đoàn cấp trên cơ sở.
Minh Duy
Số lượt xem: 2.315
Tin khác
- Trao quà cho công nhân nghèo phường Phú Hòa (12/12/2012)
- Ra mắt Câu lạc bộ nữ công nhân Khu công nghiệp Sóng Thần (30/11/2012)
- Công đoàn Bình Dương hưởng ứng Tháng hành động an toàn lao động (05/05/2012)
""", "2012-12-20", "Hơn 120 Mái ấm Công đoàn đến với đoàn viên khó khăn",
E("tong_ket", "2012", "2012-12-19"),
[P("Võ Thị Kim Hương", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Nguyễn Hữu Phước", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Tám", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Đoàn Thị Mỹ Lệ", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phong Thạnh"),
 P("Lý Văn Chắn", "Chủ tịch Công đoàn các khu công nghiệp Bình Dương")],
[Q("41.300 đoàn viên", 41300, "đoàn viên"), Q("212 công đoàn cơ sở", 212, "công đoàn cơ sở"),
 Q("437.000 người", 437000, "người"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("hơn 120 Mái ấm Công đoàn", 120, "Mái ấm Công đoàn", "over"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("18.500 phần quà", 18500, "phần quà"), Q("3.200 vé xe", 3200, "vé xe"),
 Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("64 cuộc ngừng việc tập thể", 64, "cuộc ngừng việc tập thể"),
 Q("11 vụ việc nợ bảo hiểm xã hội", 11, "vụ việc nợ bảo hiểm xã hội"), Q("68%", 68, "%"), Q("2%", 2, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("6 công đoàn cấp trên cơ sở", 6, "công đoàn cấp trên cơ sở")],
[D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 20-NQ/TW ngày 28/01/2008"),
 D("Kế hoạch", "35", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 35-KH/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BDV-LĐLĐ", None, None, "Quy chế phối hợp số 02-QCPH/BDV-LĐLĐ")],
[prov("Bình Dương"), com("Thuận Giao")],
["CÔNG ĐOÀN BÌNH DƯƠNG", "Trang thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương",
 "Trang chủ » Hoạt động công đoàn » Tin tức", "Quang cảnh hội nghị tổng kết.", 'Quỹ "Mái ấm Công đoàn"',
 "Tết Sum vầy", "Bộ luật Lao động năm 2012", "Số lượt xem: 2.315"],
["20/12/2012 - 16:30", "năm 2012", "năm 2013", "khóa X", "Số lượt xem: 2.315"]))

PAGES.append(page("b9487-bacninh-ldld-traoqua-tet-2013", """
BẮC NINH ONLINE
Cổng thông tin điện tử Đài Phát thanh và Truyền hình Bắc Ninh
Thời sự | Xã hội | Lao động - Việc làm
Thứ Sáu, 01/02/2013 | 10:12
Trao 2.000 suất quà Tết cho công nhân các khu công nghiệp
Chiều 31/1, tại Khu công nghiệp Yên Phong, Liên đoàn Lao động tỉnh Bắc Ninh phối hợp với Ban Quản lý các khu công nghiệp tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Quý Tỵ 2013", trao 2.000 suất quà Tết cho công nhân có hoàn cảnh khó khăn không có điều kiện về quê đón Tết.
Đồng chí Nguyễn Thị Hà, Phó Chủ tịch LĐLĐ tỉnh phát biểu tại chương trình.
Đến dự có đồng chí Đỗ Văn Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ngô Thị Hải Yến, Phó Chủ tịch UBND tỉnh; cùng đại diện lãnh đạo các sở, ngành và hơn 1.500 công nhân.
Phát biểu tại chương trình, đồng chí Đỗ Văn Thịnh đánh giá năm 2012, dù nhiều doanh nghiệp gặp khó khăn, các doanh nghiệp trong 15 khu công nghiệp của tỉnh vẫn giữ ổn định việc làm cho hơn 130.000 lao động; thu nhập bình quân của công nhân đạt 3,4 triệu đồng/người/tháng. Đồng chí đề nghị các doanh nghiệp thực hiện đầy đủ chế độ thưởng Tết, bố trí lịch nghỉ Tết theo quy định, tổ chức xe đưa đón công nhân về quê.
Theo đồng chí Nguyễn Thị Hà, Phó Chủ tịch LĐLĐ tỉnh, Tết Quý Tỵ năm nay các cấp công đoàn đã dành gần 6,2 tỷ đồng để chăm lo cho 12.400 đoàn viên, người lao động. Mỗi suất quà tại chương trình gồm 500.000 đồng tiền mặt và một túi quà trị giá 200.000 đồng; riêng 20 công nhân bị tai nạn lao động, bệnh hiểm nghèo được hỗ trợ thêm 2 triệu đồng mỗi người. Ban tổ chức cũng bố trí 25 xe ô tô đưa hơn 1.100 công nhân quê ở Thanh Hóa, Nghệ An, Hà Giang, Điện Biên về quê ăn Tết.
Chị Lò Thị Xuân, dân tộc Thái, quê xã Mường Phăng, công nhân Công ty TNHH Điện tử Vĩnh Hưng, xúc động: "Năm nay em trực sản xuất nên không về quê được, nhận quà của công đoàn em thấy ấm lòng hơn". Anh Giàng A Chứ, người Mông ở Hà Giang, được nhận một vé xe miễn phí về quê.
Nhiều công nhân cho biết, bên cạnh món quà vật chất, sự quan tâm của tổ chức công đoàn giúp họ thêm gắn bó với doanh nghiệp. Đại diện các doanh nghiệp cam kết tiếp tục phối hợp với công đoàn chăm lo đời sống, bảo đảm việc làm cho người lao động sau Tết, không để xảy ra tình trạng nợ lương, nợ thưởng.
Cũng trong dịp này, LĐLĐ tỉnh trao kinh phí xây dựng 4 Mái ấm Công đoàn cho đoàn viên tại các xã Đông Phong, Tam Đa, mỗi căn 30 triệu đồng, trích từ quỹ xã hội của Công đoàn tỉnh theo Quyết định số 118/QĐ-LĐLĐ ngày 15/01/2013 của Ban Thường vụ LĐLĐ tỉnh.
Thu Thủy (BTV)
Tin cùng chuyên mục
- Yên Phong: 300 công nhân được khám sức khỏe miễn phí (25/01/2013)
- LĐLĐ tỉnh gặp mặt cán bộ công đoàn hưu trí (18/01/2013)
- Ngăn chặn nguy cơ ngừng việc tập thể dịp cuối năm (10/01/2013)
""", "2013-02-01", "Trao 2.000 suất quà Tết cho công nhân các khu công nghiệp",
E("trao_qua", None, "2013-01-31"),
[P("Nguyễn Thị Hà", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đỗ Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Hải Yến", "Phó Chủ tịch UBND tỉnh"),
 P("Lò Thị Xuân", "công nhân Công ty TNHH Điện tử Vĩnh Hưng"),
 P("Giàng A Chứ")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("hơn 1.500 công nhân", 1500, "công nhân", "over"),
 Q("15 khu công nghiệp", 15, "khu công nghiệp"), Q("hơn 130.000 lao động", 130000, "lao động", "over"),
 Q("3,4 triệu đồng", 3400000, "đồng"), Q("gần 6,2 tỷ đồng", 6200000000, "đồng", "approx"),
 Q("12.400 đoàn viên, người lao động", 12400, "đoàn viên, người lao động"), Q("500.000 đồng", 500000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("20 công nhân", 20, "công nhân"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("25 xe ô tô", 25, "xe ô tô"), Q("hơn 1.100 công nhân", 1100, "công nhân", "over"),
 Q("4 Mái ấm Công đoàn", 4, "Mái ấm Công đoàn"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Quyết định", "118", "QĐ-LĐLĐ", "2013-01-15", "Ban Thường vụ LĐLĐ tỉnh", "Quyết định số 118/QĐ-LĐLĐ ngày 15/01/2013")],
[prov("Bắc Ninh"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Hà Giang"), prov("Điện Biên"),
 com("Mường Phăng"), com("Đông Phong"), com("Tam Đa")],
["BẮC NINH ONLINE", "Cổng thông tin điện tử Đài Phát thanh và Truyền hình Bắc Ninh", "Thời sự | Xã hội | Lao động - Việc làm",
 "Đồng chí Nguyễn Thị Hà, Phó Chủ tịch LĐLĐ tỉnh phát biểu tại chương trình.", "Tết Sum vầy - Xuân Quý Tỵ 2013",
 "Khu công nghiệp Yên Phong"],
["Thứ Sáu, 01/02/2013 | 10:12", "Xuân Quý Tỵ 2013", "năm 2012", "một vé xe", "một túi quà"]))

PAGES.append(page("b9488-haiduong-ldld-maiam-2014", """
Báo Hải Dương điện tử
Trang chủ / Xã hội / Công đoàn
Ngày đăng 22/08/2014 | 15:05
Bàn giao Mái ấm Công đoàn tại Kinh Môn
Ngày 21/8, Liên đoàn Lao động tỉnh phối hợp với Công đoàn Công ty TNHH Giày Ngọc Hưng tổ chức lễ bàn giao Mái ấm Công đoàn cho gia đình chị Vũ Thị Thoa, công nhân tổ may số 5 của công ty, ở thôn Lạc Sơn, xã Hiệp Sơn (Kinh Môn).
Ngôi nhà mới của gia đình chị Thoa. Ảnh: Thành Chung
Ngôi nhà cấp 4 rộng 64 m2, tổng trị giá 145 triệu đồng, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 40 triệu đồng, Công đoàn công ty và đoàn viên góp 35 triệu đồng, số còn lại do gia đình và họ hàng đóng góp. Chồng chị Thoa bị tai nạn lao động năm 2011 nên mất sức lao động, hai con nhỏ đang đi học; trước đây cả gia đình sống trong căn nhà tạm xây từ năm 1995 đã xuống cấp nặng.
Phát biểu tại buổi lễ, đồng chí Nguyễn Đức Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh cho biết từ khi phát động xây dựng Mái ấm Công đoàn năm 2009 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa 186 Mái ấm Công đoàn với tổng kinh phí hơn 7,5 tỷ đồng. Riêng 7 tháng đầu năm 2014, đã bàn giao 23 căn, vượt 15% kế hoạch năm. Các nhà hảo tâm và doanh nghiệp đã ủng hộ quỹ 1,2 tỷ đồng.
Đồng chí Bùi Thị Thanh Nhàn, Phó Chủ tịch UBND huyện Kinh Môn và đồng chí Mạc Văn Hưởng, Bí thư Đảng ủy xã Hiệp Sơn đề nghị gia đình chị Thoa giữ gìn ngôi nhà, ổn định cuộc sống. Ông Park Jung Ho, Tổng Giám đốc Công ty TNHH Giày Ngọc Hưng, trao thêm 5 triệu đồng tiền mặt và cam kết bố trí công việc phù hợp cho chồng chị Thoa.
Cùng ngày, LĐLĐ tỉnh trao 30 suất quà cho con công nhân vượt khó học giỏi, mỗi suất 1 triệu đồng, và tặng 2 xe đạp cho các con chị Thoa. Theo Kế hoạch số 07/KH-LĐLĐ ngày 10/3/2014 của LĐLĐ tỉnh, từ nay đến cuối năm, các cấp công đoàn sẽ tiếp tục bàn giao thêm 20 Mái ấm Công đoàn, ưu tiên công nhân nữ nuôi con một mình và đoàn viên bị tai nạn lao động.
Thực hiện Hướng dẫn số 1045/HD-TLĐ ngày 16/6/2014 của Tổng Liên đoàn Lao động Việt Nam, LĐLĐ tỉnh cũng đang rà soát lại danh sách đoàn viên có nhà ở hư hỏng nặng tại các công đoàn cơ sở để có kế hoạch hỗ trợ trong năm 2015.
Xúc động nhận chìa khóa nhà mới, chị Thoa nói: "Có nhà mới rồi, vợ chồng tôi yên tâm làm ăn, lo cho các cháu ăn học".
Theo ghi nhận, nhiều công đoàn cơ sở trong tỉnh đã chủ động vận động đoàn viên góp ngày công, vật liệu để giúp đồng nghiệp xây nhà, góp phần lan tỏa tinh thần tương thân tương ái trong công nhân lao động.
Thành Chung
Tin liên quan
- Công đoàn ngành Y tế trao 3 Mái ấm Công đoàn (14/08/2014)
- Nam Sách: đối thoại với công nhân về bữa ăn ca (02/08/2014)
- LĐLĐ tỉnh sơ kết 6 tháng đầu năm (15/07/2014)
""", "2014-08-22", "Bàn giao Mái ấm Công đoàn tại Kinh Môn",
E("trao_qua", None, "2014-08-21"),
[P("Vũ Thị Thoa", "công nhân tổ may số 5 của công ty"),
 P("Nguyễn Đức Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Bùi Thị Thanh Nhàn", "Phó Chủ tịch UBND huyện Kinh Môn"),
 P("Mạc Văn Hưởng", "Bí thư Đảng ủy xã Hiệp Sơn"),
 P("Park Jung Ho", "Tổng Giám đốc Công ty TNHH Giày Ngọc Hưng")],
[Q("64 m2", 64, "m2"), Q("145 triệu đồng", 145000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("186 Mái ấm Công đoàn", 186, "Mái ấm Công đoàn"),
 Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("23 căn", 23, "căn"), Q("15%", 15, "%"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("30 suất quà", 30, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2 xe đạp", 2, "xe đạp"), Q("20 Mái ấm Công đoàn", 20, "Mái ấm Công đoàn")],
[D("Kế hoạch", "07", "KH-LĐLĐ", "2014-03-10", "LĐLĐ tỉnh", "Kế hoạch số 07/KH-LĐLĐ ngày 10/3/2014"),
 D("Hướng dẫn", "1045", "HD-TLĐ", "2014-06-16", "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 1045/HD-TLĐ ngày 16/6/2014")],
[prov("Hải Dương"), com("Hiệp Sơn")],
["Báo Hải Dương điện tử", "Trang chủ / Xã hội / Công đoàn", "Ngôi nhà mới của gia đình chị Thoa. Ảnh: Thành Chung",
 "Quỹ Xã hội Công đoàn tỉnh"],
["Ngày đăng 22/08/2014 | 15:05", "tổ may số 5", "năm 2011", "năm 1995", "năm 2009", "7 tháng đầu năm 2014", "năm 2015"]))

PAGES.append(page("b9489-thanhhoa-ldld-soket-2015", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA
Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Hoạt động LĐLĐ tỉnh
Cập nhật lúc 09:40 ngày 10/07/2015
Toàn cảnh hội nghị sơ kết.
Giữ vững quan hệ lao động hài hòa tại doanh nghiệp có vốn đầu tư nước ngoài
Ngày 8/7, LĐLĐ tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác công đoàn và phong trào công nhân, viên chức, lao động 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Quang Hùng, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì; đồng chí Cầm Bá Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy dự.
6 tháng qua, các cấp công đoàn đã phát triển 8.650 đoàn viên mới, thành lập mới 74 công đoàn cơ sở, đạt 61% kế hoạch năm. Công đoàn đã phối hợp tổ chức 312 hội nghị người lao động và đối thoại định kỳ tại doanh nghiệp; tham gia giải quyết 9 cuộc ngừng việc tập thể tại khu kinh tế và các khu công nghiệp Lễ Môn, Hoàng Long, không để xảy ra điểm nóng. Qua kiểm tra 45 doanh nghiệp, công đoàn đề nghị truy đóng hơn 3,1 tỷ đồng tiền bảo hiểm xã hội cho 1.870 người lao động.
Thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW, LĐLĐ tỉnh đã khảo sát đời sống công nhân tại 20 doanh nghiệp; kết quả cho thấy khoảng 40% công nhân phải thuê trọ, thu nhập bình quân 3,8 triệu đồng/tháng. Chương trình "Tết Sum vầy" đầu năm đã trao 3.600 suất quà với tổng trị giá 1,8 tỷ đồng.
Tại hội nghị, đồng chí Hà Văn Ửng, Chủ tịch Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp, cho biết số lao động tại khu kinh tế tăng nhanh, nhiều nhà thầu nước ngoài chưa thành lập công đoàn. Bà Lê Thị Mai, Chủ tịch Công đoàn Công ty TNHH Giày Hoằng Sơn, đề xuất tổ chức thêm các lớp tập huấn kỹ năng thương lượng cho cán bộ công đoàn cơ sở. Đại diện Công đoàn huyện Bá Thước nêu khó khăn trong vận động lao động người Thái, người Mường đi làm việc tại các khu công nghiệp.
Kết luận hội nghị, đồng chí Lê Quang Hùng yêu cầu 6 tháng cuối năm tập trung thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư và Kế hoạch số 59-KH/LĐLĐ về xây dựng quan hệ lao động hài hòa; phấn đấu cả năm phát triển ít nhất 14.000 đoàn viên; chuẩn bị tốt đại hội công đoàn cơ sở tiến tới Đại hội Công đoàn tỉnh lần thứ XIX.
Đồng chí Cầm Bá Tiến đề nghị LĐLĐ tỉnh tăng cường phối hợp với khối dân vận các cấp nắm tình hình tư tưởng công nhân, nhất là lao động là người dân tộc thiểu số mới vào làm việc tại các khu công nghiệp, kịp thời phản ánh với cấp ủy những vấn đề bức xúc.
Hoàng Phương
Lượt truy cập: 3.482
Các tin đã đưa
- Công đoàn Viên chức tỉnh tập huấn nghiệp vụ (02/07/2015)
- Trao 10 Mái ấm Công đoàn cho đoàn viên huyện Quan Hóa (24/06/2015)
- Đối thoại với công nhân Khu công nghiệp Bỉm Sơn (10/06/2015)
- Phát động Tháng Công nhân năm 2015 (04/05/2015)
""", "2015-07-10", "Giữ vững quan hệ lao động hài hòa tại doanh nghiệp có vốn đầu tư nước ngoài",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Lê Quang Hùng", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Cầm Bá Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ửng", "Chủ tịch Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp"),
 P("Lê Thị Mai", "Chủ tịch Công đoàn Công ty TNHH Giày Hoằng Sơn")],
[Q("8.650 đoàn viên mới", 8650, "đoàn viên mới"), Q("74 công đoàn cơ sở", 74, "công đoàn cơ sở"), Q("61%", 61, "%"),
 Q("312 hội nghị người lao động", 312, "hội nghị người lao động"), Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"),
 Q("45 doanh nghiệp", 45, "doanh nghiệp"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("1.870 người lao động", 1870, "người lao động"), Q("20 doanh nghiệp", 20, "doanh nghiệp"),
 Q("khoảng 40%", 40, "%", "approx"), Q("3,8 triệu đồng", 3800000, "đồng"), Q("3.600 suất quà", 3600, "suất quà"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("ít nhất 14.000 đoàn viên", 14000, "đoàn viên", "over")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết số 20-NQ/TW"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Kế hoạch", "59", "KH/LĐLĐ", None, None, "Kế hoạch số 59-KH/LĐLĐ")],
[prov("Thanh Hóa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Hoạt động LĐLĐ tỉnh",
 "Toàn cảnh hội nghị sơ kết.", "Tết Sum vầy", "Lượt truy cập: 3.482"],
["Cập nhật lúc 09:40 ngày 10/07/2015", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng qua", "lần thứ XIX",
 "Lượt truy cập: 3.482"]))

PAGES.append(page("b9490-longan-ldld-taphuan-2016", """
BÁO LONG AN ONLINE
Trang chủ >> Chính trị - Xã hội >> Công đoàn
13/05/2016 - 14:20
Tập huấn pháp luật lao động cho 150 cán bộ công đoàn cơ sở
(LA) - Ngày 12/5, Liên đoàn Lao động tỉnh Long An tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm 2016 cho 150 cán bộ công đoàn cơ sở là chủ tịch, phó chủ tịch công đoàn doanh nghiệp tại các khu, cụm công nghiệp trên địa bàn các huyện Đức Hòa, Bến Lức và Cần Giuộc.
Tham gia giảng dạy có luật sư Trần Thanh Phong, Phó Giám đốc Trung tâm Tư vấn pháp luật Công đoàn tỉnh và bà Huỳnh Thị Kim Xuyến, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh.
Trong 2 ngày, học viên được nghe giới thiệu những điểm mới của Bộ luật Lao động năm 2012, Luật Công đoàn năm 2012, Luật Bảo hiểm xã hội năm 2014 có hiệu lực từ ngày 1/1/2016; các quy định về đối thoại tại nơi làm việc theo Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ; về lương tối thiểu vùng năm 2016 theo Nghị định số 122/2015/NĐ-CP ngày 14/11/2015 của Chính phủ, trong đó mức lương tối thiểu vùng II là 3.100.000 đồng/tháng. Học viên cũng được hướng dẫn kỹ năng thương lượng tập thể, cách tổ chức hội nghị người lao động và xử lý khi xảy ra ngừng việc tập thể.
Phát biểu khai mạc, đồng chí Nguyễn Văn Bảy, Phó Chủ tịch LĐLĐ tỉnh cho biết toàn tỉnh có 1.034 công đoàn cơ sở với 118.600 đoàn viên; năm 2015 xảy ra 13 cuộc ngừng việc tập thể, giảm so với năm 2014. Nhiều cán bộ công đoàn cơ sở làm việc kiêm nhiệm, chịu sự quản lý của chủ doanh nghiệp nên còn e ngại khi đại diện cho người lao động.
Tại lớp học, nhiều học viên nêu vướng mắc thực tế. Anh Lâm Văn Sơn, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Tân Mỹ ở xã Đức Hòa Hạ, hỏi về trách nhiệm của doanh nghiệp khi chậm đóng bảo hiểm xã hội; chị Nguyễn Thị Bích Tuyền, Phó Chủ tịch Công đoàn cơ sở Công ty CP Thực phẩm Long Hậu, đề nghị có cơ chế bảo vệ cán bộ công đoàn không chuyên trách khi bị doanh nghiệp gây khó khăn.
Theo Kế hoạch số 14/KH-LĐLĐ ngày 25/02/2016 của Ban Thường vụ LĐLĐ tỉnh, năm 2016 sẽ mở 8 lớp tập huấn cho khoảng 1.000 cán bộ công đoàn cơ sở, với kinh phí dự kiến 320 triệu đồng. Kết thúc lớp học, LĐLĐ tỉnh tặng mỗi học viên một bộ tài liệu hỏi - đáp pháp luật lao động.
Nhiều học viên cho biết kiến thức được trang bị rất thiết thực, giúp cán bộ công đoàn tự tin hơn khi tham gia thương lượng với người sử dụng lao động về tiền lương, thời giờ làm việc, bữa ăn ca và các chế độ phúc lợi cho người lao động.
Kim Ngân
Tin liên quan
- Công nhân Bến Lức được tư vấn pháp luật miễn phí (06/05/2016)
- LĐLĐ tỉnh phát động Tháng Công nhân năm 2016 (29/04/2016)
- Khánh thành 2 Mái ấm Công đoàn tại Cần Đước (15/04/2016)
""", "2016-05-13", "Tập huấn pháp luật lao động cho 150 cán bộ công đoàn cơ sở",
E("tap_huan", "2016", "2016-05-12"),
[P("Trần Thanh Phong", "luật sư", "Phó Giám đốc Trung tâm Tư vấn pháp luật Công đoàn tỉnh"),
 P("Huỳnh Thị Kim Xuyến", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lâm Văn Sơn", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Tân Mỹ"),
 P("Nguyễn Thị Bích Tuyền", "Phó Chủ tịch Công đoàn cơ sở Công ty CP Thực phẩm Long Hậu")],
[Q("150 cán bộ công đoàn cơ sở", 150, "cán bộ công đoàn cơ sở"), Q("3.100.000 đồng", 3100000, "đồng"),
 Q("1.034 công đoàn cơ sở", 1034, "công đoàn cơ sở"), Q("118.600 đoàn viên", 118600, "đoàn viên"),
 Q("13 cuộc ngừng việc tập thể", 13, "cuộc ngừng việc tập thể"), Q("8 lớp tập huấn", 8, "lớp tập huấn"),
 Q("khoảng 1.000 cán bộ công đoàn cơ sở", 1000, "cán bộ công đoàn cơ sở", "approx"), Q("320 triệu đồng", 320000000, "đồng")],
[D("Nghị định", "60", "2013/NĐ-CP", "2013-06-19", "Chính phủ", "Nghị định số 60/2013/NĐ-CP ngày 19/6/2013"),
 D("Nghị định", "122", "2015/NĐ-CP", "2015-11-14", "Chính phủ", "Nghị định số 122/2015/NĐ-CP ngày 14/11/2015"),
 D("Kế hoạch", "14", "KH-LĐLĐ", "2016-02-25", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 14/KH-LĐLĐ ngày 25/02/2016")],
[prov("Long An"), com("Đức Hòa Hạ")],
["BÁO LONG AN ONLINE", "Trang chủ >> Chính trị - Xã hội >> Công đoàn", "(LA)", "Bộ luật Lao động năm 2012",
 "Luật Công đoàn năm 2012", "Luật Bảo hiểm xã hội năm 2014"],
["13/05/2016 - 14:20", "Trong 2 ngày", "năm 2016", "năm 2015", "năm 2014", "ngày 1/1/2016", "một bộ tài liệu", "vùng II"]))
