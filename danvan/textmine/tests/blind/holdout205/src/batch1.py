from lib import *
PAGES = []

PAGES.append(page("b4877-thainguyen-ldld-tongket-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN
Trang chủ > Tin tức > Hoạt động công đoàn
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
LĐLĐ tỉnh Thái Nguyên tổng kết hoạt động công đoàn năm 2011
Ngày 27/12, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Nguyên tổ chức hội nghị tổng kết hoạt động công đoàn năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Dương Văn Khởi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Thị Lụa, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Phó Trưởng ban Tổ chức Tổng LĐLĐ Việt Nam; cùng 215 đại biểu là chủ tịch công đoàn cơ sở, công đoàn ngành và công đoàn cấp trên trực tiếp cơ sở.
Đồng chí Trần Quốc Hưng phát biểu tại hội nghị.
Báo cáo do đồng chí Trần Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh trình bày cho biết, năm 2011 toàn tỉnh có 1.128 công đoàn cơ sở với 96.540 đoàn viên. Trong năm đã thành lập mới 42 công đoàn cơ sở trong doanh nghiệp ngoài nhà nước, kết nạp 6.210 đoàn viên mới, đạt 124% kế hoạch. Các cấp công đoàn tiếp tục thực hiện Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, Nghị quyết số 20-NQ/TW ngày 28/01/2008 của BCH Trung ương về xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, cùng Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động công nhân ở các khu công nghiệp.
Công tác đại diện, bảo vệ quyền lợi người lao động có chuyển biến: đã ký kết 612 bản thỏa ước lao động tập thể, phối hợp tổ chức 1.047 hội nghị người lao động. Tuy vậy, trên địa bàn vẫn xảy ra 7 cuộc ngừng việc tập thể với khoảng 2.300 công nhân tham gia, chủ yếu do tiền lương, tiền ăn ca thấp. Quỹ Mái ấm Công đoàn vận động được trên 1,35 tỷ đồng, xây mới 28 Mái ấm Công đoàn, sửa chữa 9 nhà; các cấp công đoàn đã thăm hỏi, hỗ trợ 3.400 lượt đoàn viên có hoàn cảnh khó khăn.
Tại hội nghị, bà Nông Thị Bích, Chủ tịch Công đoàn Công ty TNHH May Phú Lương, chia sẻ cách thương lượng với chủ doanh nghiệp để nâng tiền ăn ca từ 10.000 đồng lên 14.000 đồng/suất. Ông Ma Văn Thuận, Chủ tịch Công đoàn cơ sở UBND xã Sơn Cẩm, đề nghị LĐLĐ tỉnh mở thêm lớp bồi dưỡng cho cán bộ công đoàn kiêm nhiệm ở xã. Các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Nguyễn Thị Thanh Hà, Lường Văn Tiến đã trả lời, làm rõ các kiến nghị của cơ sở.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Lụa ghi nhận kết quả công tác phát triển đoàn viên của Thái Nguyên; đề nghị năm 2012 LĐLĐ tỉnh triển khai hiệu quả Hướng dẫn số 238/HD-TLĐ của Tổng LĐLĐ Việt Nam về tổ chức "Tháng Công nhân", chú trọng đối thoại định kỳ tại doanh nghiệp, không để xảy ra ngừng việc tập thể kéo dài.
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân xuất sắc trong phong trào thi đua "Giỏi việc nước, đảm việc nhà".
Minh Hằng
Lượt xem: 1.024
Tin liên quan
- Công đoàn ngành Giáo dục tổng kết năm học 2010 - 2011 (20/12/2011)
- Khánh thành 3 Mái ấm Công đoàn tại Đại Từ (08/12/2011)
- LĐLĐ tỉnh đối thoại với công nhân khu công nghiệp Sông Công (25/11/2011)
""", "2011-12-28", "LĐLĐ tỉnh Thái Nguyên tổng kết hoạt động công đoàn năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Dương Văn Khởi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Lụa", "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Phó Trưởng ban Tổ chức Tổng LĐLĐ Việt Nam"),
 P("Trần Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Nông Thị Bích", "Chủ tịch Công đoàn Công ty TNHH May Phú Lương"),
 P("Ma Văn Thuận", "Chủ tịch Công đoàn cơ sở UBND xã Sơn Cẩm"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lường Văn Tiến", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("1.128 công đoàn cơ sở", 1128, "công đoàn cơ sở"),
 Q("96.540 đoàn viên", 96540, "đoàn viên"), Q("42 công đoàn cơ sở", 42, "công đoàn cơ sở"),
 Q("6.210 đoàn viên mới", 6210, "đoàn viên mới"), Q("124%", 124, "%"),
 Q("612 bản thỏa ước lao động tập thể", 612, "bản thỏa ước lao động tập thể"),
 Q("1.047 hội nghị người lao động", 1047, "hội nghị người lao động"),
 Q("7 cuộc ngừng việc tập thể", 7, "cuộc ngừng việc tập thể"), Q("khoảng 2.300 công nhân", 2300, "công nhân", "approx"),
 Q("trên 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("28 Mái ấm Công đoàn", 28, "Mái ấm Công đoàn"),
 Q("9 nhà", 9, "nhà"), Q("3.400 lượt đoàn viên", 3400, "lượt đoàn viên"),
 Q("10.000 đồng", 10000, "đồng"), Q("14.000 đồng", 14000, "đồng"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân xuất sắc", 40, "cá nhân xuất sắc")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 5/6/2008"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/01/2008"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Hướng dẫn", "238", "HD-TLĐ", None, "Tổng LĐLĐ Việt Nam", "Hướng dẫn số 238/HD-TLĐ")],
[prov("Thái Nguyên"), com("Sơn Cẩm")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN", "Trang chủ > Tin tức > Hoạt động công đoàn", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồng chí Trần Quốc Hưng phát biểu tại hội nghị.", "Tháng Công nhân", "Giỏi việc nước, đảm việc nhà", "Quỹ Mái ấm Công đoàn",
 "Lượt xem: 1.024"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b4878-danang-cdvc-soket-2012", """
Cổng thông tin điện tử Liên đoàn Lao động thành phố Đà Nẵng
Trang chủ | Công đoàn các cấp | Công đoàn Viên chức
Cập nhật: 16:40, 18/07/2012 (GMT+7)
Công đoàn Viên chức thành phố chăm lo tốt hơn cho đoàn viên
Chiều 17/7, Công đoàn Viên chức thành phố Đà Nẵng tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Đồng chí Huỳnh Văn Tấn, Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan thành phố, Chủ tịch Công đoàn Viên chức thành phố chủ trì; đồng chí Lê Thị Kim Sa, Phó Chủ tịch Thường trực LĐLĐ thành phố dự và chỉ đạo.
Toàn cảnh hội nghị. Ảnh: Q.Bảo
Theo báo cáo, Công đoàn Viên chức thành phố hiện có 164 công đoàn cơ sở với 17.820 đoàn viên là cán bộ, công chức, viên chức các sở, ban, ngành và đơn vị sự nghiệp. 6 tháng qua đã kết nạp 385 đoàn viên mới; 98,6% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đầu năm đúng quy định của Nghị định 71/1998/NĐ-CP của Chính phủ về quy chế thực hiện dân chủ trong hoạt động của cơ quan. Các công đoàn cơ sở đã đăng ký 12 mô hình "Công sở văn minh, sạch đẹp, an toàn" và có 2.460 lượt đoàn viên tham gia hội thi, hội diễn.
Thực hiện Kế hoạch số 24/KH-CĐVC ngày 10/3/2012 của Ban Thường vụ Công đoàn Viên chức thành phố và Chỉ thị số 03/CT-TLĐ ngày 14/4/2011 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về đẩy mạnh phong trào thi đua trong công nhân, viên chức, lao động, Công đoàn đã tổ chức trao 250 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng, tổng trị giá 125 triệu đồng; Quỹ Tình thương của Công đoàn hỗ trợ hơn 40 đoàn viên bị bệnh hiểm nghèo.
Tại hội nghị, bà Trương Thị Mỹ Lệ, Chủ tịch Công đoàn Sở Tài nguyên và Môi trường, kiến nghị hướng dẫn việc giám sát thực hiện quy chế chi tiêu nội bộ. Ông Trần Hữu Phước, Chủ tịch Công đoàn cơ sở UBND phường Thạc Gián, cho rằng nhiều cán bộ công đoàn phường kiêm nhiệm nên hoạt động còn hình thức.
Nguyễn Văn Bình, Đoàn Thị Hạnh - Phó Chủ tịch Công đoàn Viên chức thành phố đã tiếp thu, giải đáp các ý kiến.
Kết luận hội nghị, đồng chí Huỳnh Văn Tấn đề nghị 6 tháng cuối năm các công đoàn cơ sở đẩy mạnh phong trào "Giỏi việc nước, đảm việc nhà", tham gia xây dựng và giám sát quy chế dân chủ ở cơ quan, chuẩn bị tốt đại hội công đoàn cơ sở theo Hướng dẫn 09, 10/HD-LĐLĐ của LĐLĐ thành phố. Dịp này, 8 tập thể và 15 cá nhân được tặng giấy khen.
Thu Hà
Tin khác
- Công đoàn ngành Y tế tổ chức hội thi cán bộ nữ công giỏi (12/07/2012)
- Trao 30 suất học bổng cho con đoàn viên khó khăn (05/07/2012)
- Hội nghị tập huấn nghiệp vụ công tác kiểm tra công đoàn (28/06/2012)
- LĐLĐ thành phố giám sát việc thực hiện chế độ tại khu công nghiệp Hòa Khánh (20/06/2012)
""", "2012-07-18", "Công đoàn Viên chức thành phố chăm lo tốt hơn cho đoàn viên",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Huỳnh Văn Tấn", "Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan thành phố", "Chủ tịch Công đoàn Viên chức thành phố"),
 P("Lê Thị Kim Sa", "Phó Chủ tịch Thường trực LĐLĐ thành phố"),
 P("Trương Thị Mỹ Lệ", "Chủ tịch Công đoàn Sở Tài nguyên và Môi trường"),
 P("Trần Hữu Phước", "Chủ tịch Công đoàn cơ sở UBND phường Thạc Gián"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch Công đoàn Viên chức thành phố"),
 P("Đoàn Thị Hạnh", "Phó Chủ tịch Công đoàn Viên chức thành phố")],
[Q("164 công đoàn cơ sở", 164, "công đoàn cơ sở"), Q("17.820 đoàn viên", 17820, "đoàn viên"),
 Q("385 đoàn viên mới", 385, "đoàn viên mới"), Q("98,6%", 98.6, "%"), Q("12 mô hình", 12, "mô hình"),
 Q("2.460 lượt đoàn viên", 2460, "lượt đoàn viên"), Q("250 suất quà", 250, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("125 triệu đồng", 125000000, "đồng"),
 Q("hơn 40 đoàn viên", 40, "đoàn viên", "over"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị định", "71", "1998/NĐ-CP", None, "Chính phủ", "Nghị định 71/1998/NĐ-CP"),
 D("Kế hoạch", "24", "KH-CĐVC", "2012-03-10", "Ban Thường vụ Công đoàn Viên chức thành phố", "Kế hoạch số 24/KH-CĐVC ngày 10/3/2012"),
 D("Chỉ thị", "03", "CT-TLĐ", "2011-04-14", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Chỉ thị số 03/CT-TLĐ ngày 14/4/2011"),
 D("Hướng dẫn", "09", "HD-LĐLĐ", None, "LĐLĐ thành phố", "Hướng dẫn 09, 10/HD-LĐLĐ"),
 D("Hướng dẫn", "10", "HD-LĐLĐ", None, "LĐLĐ thành phố", "Hướng dẫn 09, 10/HD-LĐLĐ")],
[prov("Đà Nẵng"), com("Thạc Gián")],
["Cổng thông tin điện tử Liên đoàn Lao động thành phố Đà Nẵng", "Trang chủ | Công đoàn các cấp | Công đoàn Viên chức",
 "Toàn cảnh hội nghị. Ảnh: Q.Bảo", "Công sở văn minh, sạch đẹp, an toàn", "Quỹ Tình thương", "Giỏi việc nước, đảm việc nhà"],
["Cập nhật: 16:40, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b4879-gialai-chuprong-ldld-daihoi-2013", """
BÁO GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ › Xã hội › Lao động - Việc làm
08:15 | 24/05/2013
Đồng chí Rmah H'Liên phát biểu nhận nhiệm vụ.
Đại hội Công đoàn huyện Chư Prông lần thứ V
(GLO) - Ngày 23/5, Liên đoàn Lao động huyện Chư Prông tổ chức Đại hội Công đoàn huyện lần thứ V, nhiệm kỳ 2013 - 2018. Về dự có đồng chí Siu Hoa, Phó Chủ tịch LĐLĐ tỉnh Gia Lai; đồng chí Nguyễn Đình Trung, Huyện ủy viên, Phó Chủ tịch UBND huyện Chư Prông. 127 đại biểu chính thức thay mặt cho 2.846 đoàn viên công đoàn của 68 công đoàn cơ sở trong huyện tham dự đại hội.
Nhiệm kỳ 2008 - 2013, các cấp công đoàn trong huyện đã phát triển mới 412 đoàn viên, thành lập 5 công đoàn cơ sở tại các doanh nghiệp cao su, cà phê; 100% công đoàn cơ sở khối trường học và cơ quan hành chính tổ chức hội nghị cán bộ, công chức. Thu kinh phí công đoàn đạt 2,1 tỷ đồng; xây dựng 6 Mái ấm Công đoàn tặng đoàn viên nghèo, trong đó có 4 nhà cho đoàn viên người Jrai ở xã Ia Ga và xã Ia Piơr. Các cấp công đoàn đã thực hiện nghiêm Chỉ thị số 18-CT/HU ngày 12/10/2012 của Ban Thường vụ Huyện ủy về lãnh đạo đại hội công đoàn các cấp, Hướng dẫn số 06, 07/HD-LĐLĐ của LĐLĐ tỉnh và Nghị quyết Đại hội XI Công đoàn Việt Nam.
Phát biểu tại đại hội, đồng chí Siu Hoa đề nghị công đoàn huyện quan tâm hơn tới công nhân nông trường là đồng bào dân tộc thiểu số, vận động đồng bào không bán đất, không nghe theo kẻ xấu; tích cực tham gia xóa đói giảm nghèo theo Quyết định số 134/2004/QĐ-TTg của Thủ tướng Chính phủ.
Ý kiến tham luận của bà Rơ Châm H'Trang, Chủ tịch Công đoàn cơ sở Trường Tiểu học Kpă Klơng, và ông Ksor Nhun, Chủ tịch Công đoàn Nông trường Cao su Ia Bang, nêu nhiều cách làm hay trong vận động giáo viên, công nhân người Jrai, Bahnar gắn bó với nghề.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành LĐLĐ huyện nhiệm kỳ 2013 - 2018. Đồng chí Rmah H'Liên được tín nhiệm bầu giữ chức Chủ tịch LĐLĐ huyện Chư Prông nhiệm kỳ 2013 - 2018; các đồng chí Phó Chủ tịch LĐLĐ huyện: Ksor Nhun, Trần Thị Bích Ngọc. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XI.
Đại hội phấn đấu nhiệm kỳ tới mỗi năm phát triển ít nhất 80 đoàn viên mới, 90% trở lên công đoàn cơ sở đạt vững mạnh. Các đại biểu cũng thống nhất đưa nội dung tuyên truyền pháp luật lao động bằng tiếng Jrai, Bahnar vào sinh hoạt công đoàn ở các nông trường, giúp công nhân hiểu rõ quyền lợi, nghĩa vụ của mình.
Hoàng Ngọc
Tin cùng chuyên mục
- Đại hội Công đoàn thị xã An Khê nhiệm kỳ 2013 - 2018 (22/05/2013)
- Công đoàn Công ty Cà phê Gia Lai tổ chức hội thao (16/05/2013)
- Khánh thành Mái ấm Công đoàn ở Đak Đoa (09/05/2013)
- 1.200 công nhân cao su tham gia Tháng Công nhân (02/05/2013)
- LĐLĐ tỉnh tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn (25/04/2013)
""", "2013-05-24", "Đại hội Công đoàn huyện Chư Prông lần thứ V",
E("dai_hoi", None, "2013-05-23"),
[P("Rmah H'Liên", "Chủ tịch LĐLĐ huyện Chư Prông nhiệm kỳ 2013 - 2018"),
 P("Siu Hoa", "Phó Chủ tịch LĐLĐ tỉnh Gia Lai"),
 P("Nguyễn Đình Trung", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Chư Prông"),
 P("Rơ Châm H'Trang", "Chủ tịch Công đoàn cơ sở Trường Tiểu học Kpă Klơng"),
 P("Ksor Nhun", "Chủ tịch Công đoàn Nông trường Cao su Ia Bang", "Phó Chủ tịch LĐLĐ huyện"),
 P("Trần Thị Bích Ngọc", "Phó Chủ tịch LĐLĐ huyện")],
[Q("127 đại biểu chính thức", 127, "đại biểu chính thức"), Q("2.846 đoàn viên công đoàn", 2846, "đoàn viên công đoàn"),
 Q("68 công đoàn cơ sở", 68, "công đoàn cơ sở"), Q("412 đoàn viên", 412, "đoàn viên"),
 Q("5 công đoàn cơ sở", 5, "công đoàn cơ sở"), Q("100%", 100, "%"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("6 Mái ấm Công đoàn", 6, "Mái ấm Công đoàn"), Q("4 nhà", 4, "nhà"), Q("19 đồng chí", 19, "đồng chí"),
 Q("7 đại biểu", 7, "đại biểu"), Q("ít nhất 80 đoàn viên mới", 80, "đoàn viên mới", "over"), Q("90% trở lên", 90, "%", "over")],
[D("Chỉ thị", "18", "CT/HU", "2012-10-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 18-CT/HU ngày 12/10/2012"),
 D("Hướng dẫn", "06", "HD-LĐLĐ", None, "LĐLĐ tỉnh", "Hướng dẫn số 06, 07/HD-LĐLĐ"),
 D("Hướng dẫn", "07", "HD-LĐLĐ", None, "LĐLĐ tỉnh", "Hướng dẫn số 06, 07/HD-LĐLĐ"),
 D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 134/2004/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Ga"), com("Ia Piơr")],
["BÁO GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Xã hội › Lao động - Việc làm", "Đồng chí Rmah H'Liên phát biểu nhận nhiệm vụ.",
 "(GLO)", "Nghị quyết Đại hội XI Công đoàn Việt Nam"],
["08:15 | 24/05/2013", "lần thứ V", "nhiệm kỳ 2013 - 2018", "Nhiệm kỳ 2008 - 2013", "19 đồng chí", "lần thứ XI", "Đại hội XI"]))

PAGES.append(page("b4880-binhduong-ldld-doithoai-2014", """
Báo Bình Dương Online
Thời sự › Công đoàn
15/08/2014 - 10:05
Lãnh đạo tỉnh đối thoại với hơn 500 công nhân lao động
Ngày 14/8, tại Nhà văn hóa Lao động tỉnh, UBND tỉnh Bình Dương phối hợp với LĐLĐ tỉnh tổ chức chương trình đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2014. Chủ trì đối thoại có ông Lê Minh Thạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Huỳnh Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Võ Văn Thành, Chủ tịch LĐLĐ tỉnh. Tham dự có hơn 500 công nhân lao động đến từ các khu công nghiệp và 18 đại diện sở, ngành.
Công nhân đặt câu hỏi tại buổi đối thoại.
Theo ông Võ Văn Thành, toàn tỉnh có 1.050 công đoàn cơ sở với trên 322.000 đoàn viên, phần lớn là lao động nhập cư. 7 tháng đầu năm đã xảy ra 31 cuộc ngừng việc tập thể, giảm 12 cuộc so với cùng kỳ. Thực hiện Nghị định số 60/2013/NĐ-CP của Chính phủ về đối thoại tại nơi làm việc và Kế hoạch 35/KH-UBND ngày 2/7/2014 của UBND tỉnh, đến nay 86% doanh nghiệp có công đoàn cơ sở đã tổ chức đối thoại định kỳ.
Tại buổi đối thoại, 52 ý kiến được gửi đến lãnh đạo tỉnh, tập trung vào tiền lương, nhà ở, nhà trẻ cho con công nhân. Chị Lò Thị Xuân, quê Sơn La, phản ánh nhiều doanh nghiệp trả lương tối thiểu vùng 2.700.000 đồng nhưng tiền thuê phòng trọ đã chiếm gần 800.000 đồng/tháng. Anh Thạch Sô Phal, công nhân người Khmer quê Trà Vinh, hỏi về việc đóng bảo hiểm xã hội khi công ty nợ đọng. Bà Lê Thị Hồng Nhung, Chủ tịch Công đoàn Công ty TNHH Giày da Tân Uyên, kiến nghị có thêm nhà trẻ gần khu công nghiệp.
Trả lời, ông Lê Minh Thạnh cho biết tỉnh đang triển khai Quyết định số 66/2009/QĐ-TTg của Thủ tướng Chính phủ về nhà ở cho công nhân; năm 2014 tỉnh đưa vào sử dụng 4.200 căn nhà ở xã hội tại phường Bình Hòa và phường Tân Định. Mức lương tối thiểu năm 2015 sẽ thực hiện theo Nghị định số 103/2014/NĐ-CP của Chính phủ.
Ông Trần Văn Lâm, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, và bà Ngô Thị Ánh, Phó Giám đốc Bảo hiểm xã hội tỉnh, trả lời các câu hỏi về chế độ; 3 doanh nghiệp nợ bảo hiểm trên 6 tháng bị yêu cầu khắc phục trước ngày 30/9.
Kết thúc chương trình, LĐLĐ tỉnh trao 100 suất quà, mỗi suất 1 triệu đồng, cho công nhân có hoàn cảnh khó khăn. Những ý kiến chưa được trả lời trực tiếp sẽ được các sở, ngành trả lời bằng văn bản và đăng trên báo, đài của tỉnh, LĐLĐ tỉnh có trách nhiệm theo dõi, đôn đốc.
Hoàng Trung
Tin liên quan
- Khởi công nhà lưu trú công nhân ở Thuận An (08/08/2014)
- LĐLĐ tỉnh ký kết chương trình phúc lợi cho đoàn viên (30/07/2014)
- Tập huấn pháp luật lao động cho 300 cán bộ công đoàn (18/07/2014)
- Công đoàn Khu công nghiệp Việt Hương tổ chức hội thao (10/07/2014)
""", "2014-08-15", "Lãnh đạo tỉnh đối thoại với hơn 500 công nhân lao động",
E("doi_thoai", "2014", "2014-08-14"),
[P("Lê Minh Thạnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Thành", "Chủ tịch LĐLĐ tỉnh"),
 P("Lò Thị Xuân"), P("Thạch Sô Phal"),
 P("Lê Thị Hồng Nhung", "Chủ tịch Công đoàn Công ty TNHH Giày da Tân Uyên"),
 P("Trần Văn Lâm", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Ngô Thị Ánh", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("hơn 500 công nhân lao động", 500, "công nhân lao động", "over"), Q("18 đại diện", 18, "đại diện"),
 Q("1.050 công đoàn cơ sở", 1050, "công đoàn cơ sở"), Q("trên 322.000 đoàn viên", 322000, "đoàn viên", "over"),
 Q("31 cuộc ngừng việc tập thể", 31, "cuộc ngừng việc tập thể"), Q("12 cuộc", 12, "cuộc"), Q("86%", 86, "%"),
 Q("52 ý kiến", 52, "ý kiến"), Q("2.700.000 đồng", 2700000, "đồng"), Q("gần 800.000 đồng", 800000, "đồng", "approx"),
 Q("4.200 căn nhà ở xã hội", 4200, "căn nhà ở xã hội"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP"),
 D("Kế hoạch", "35", "KH-UBND", "2014-07-02", "UBND tỉnh", "Kế hoạch 35/KH-UBND ngày 2/7/2014"),
 D("Quyết định", "66", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 66/2009/QĐ-TTg"),
 D("Nghị định", "103", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 103/2014/NĐ-CP")],
[prov("Bình Dương"), prov("Sơn La"), prov("Trà Vinh"), com("Bình Hòa"), com("Tân Định")],
["Báo Bình Dương Online", "Thời sự › Công đoàn", "Công nhân đặt câu hỏi tại buổi đối thoại.", "Nhà văn hóa Lao động tỉnh"],
["15/08/2014 - 10:05", "năm 2014", "7 tháng đầu năm", "trên 6 tháng", "năm 2015", "ngày 30/9"]))

PAGES.append(page("b4881-nghean-ldld-giamsat-bhxh-2015", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Chính sách pháp luật
Ngày đăng 09/10/2015 | 14:20
Giám sát việc đóng BHXH tại 23 doanh nghiệp
Thực hiện chương trình giám sát năm 2015, từ ngày 5 đến 8/10, Đoàn giám sát của LĐLĐ tỉnh Nghệ An do đồng chí Trần Thị Mai Hoa, Phó Chủ tịch Thường trực LĐLĐ tỉnh, Trưởng đoàn giám sát, đã làm việc tại 23 doanh nghiệp về việc thực hiện chế độ bảo hiểm xã hội (BHXH), bảo hiểm y tế cho người lao động. Tham gia đoàn có đại diện Ban Văn hóa - Xã hội HĐND tỉnh, BHXH tỉnh và Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại Công ty CP Bao bì Nghi Long.
Hoạt động giám sát được tiến hành theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, Kế hoạch số 112/KH-LĐLĐ ngày 15/9/2015 của Ban Thường vụ LĐLĐ tỉnh, chuẩn bị cho việc thi hành Luật Bảo hiểm xã hội số 58/2014/QH13 từ ngày 01/01/2016.
Qua giám sát, 23 doanh nghiệp có 1.860 lao động thuộc diện tham gia BHXH bắt buộc, nhưng mới có 1.628 người được đóng, đạt 87,5%. Tổng số nợ BHXH, BHYT của các đơn vị được giám sát là 14,6 tỷ đồng, trong đó 4 doanh nghiệp nợ kéo dài trên 12 tháng. Một số doanh nghiệp đóng BHXH theo mức lương thấp hơn mức lương thực trả, có nơi chỉ đóng trên nền 2,4 triệu đồng/tháng.
Tại buổi làm việc với Công ty CP Bao bì Nghi Long ở xã Nghi Long, ông Vi Văn Sơn, Giám đốc Công ty, cam kết trả hết khoản nợ khoảng 1,2 tỷ đồng trước ngày 31/12. Bà Lô Thị Hồng, Chủ tịch Công đoàn Công ty, cho biết 140 công nhân, phần lớn là người Thái ở các huyện miền núi, đã đề nghị công ty sớm chốt sổ BHXH cho 9 trường hợp nghỉ việc.
Ông Lang Văn Chiến, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh, cho biết năm 2015 LĐLĐ tỉnh đã khởi kiện 3 doanh nghiệp nợ BHXH ra tòa theo ủy quyền của người lao động, trong đó có một doanh nghiệp may ở phường Hưng Dũng.
Kết thúc đợt giám sát, đồng chí Trần Thị Mai Hoa đề nghị BHXH tỉnh tăng cường thanh tra, kiểm tra; kiến nghị UBND tỉnh chỉ đạo xử lý dứt điểm tình trạng nợ đọng, đồng thời các công đoàn cơ sở chủ động nắm tình hình, không để phát sinh tranh chấp lao động tập thể. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và gửi các cơ quan chức năng để xem xét, xử lý theo thẩm quyền.
Phương Thúy
Lượt xem: 642
Các tin khác
- LĐLĐ tỉnh tập huấn Luật Công đoàn cho cán bộ cơ sở (30/09/2015)
- Trao 45 suất học bổng cho con công nhân khu kinh tế Đông Nam (21/09/2015)
- Hội nghị đối thoại tại Khu công nghiệp Nam Cấm (11/09/2015)
- Công đoàn ngành Giáo dục phát động thi đua năm học mới (03/09/2015)
""", "2015-10-09", "Giám sát việc đóng BHXH tại 23 doanh nghiệp",
E("giam_sat", "2015", "2015-10-05"),
[P("Trần Thị Mai Hoa", "Phó Chủ tịch Thường trực LĐLĐ tỉnh", "Trưởng đoàn giám sát"),
 P("Vi Văn Sơn", "Giám đốc Công ty"),
 P("Lô Thị Hồng", "Chủ tịch Công đoàn Công ty"),
 P("Lang Văn Chiến", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh")],
[Q("23 doanh nghiệp", 23, "doanh nghiệp"), Q("1.860 lao động", 1860, "lao động"), Q("1.628 người", 1628, "người"),
 Q("87,5%", 87.5, "%"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("4 doanh nghiệp", 4, "doanh nghiệp"),
 Q("2,4 triệu đồng", 2400000, "đồng"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("140 công nhân", 140, "công nhân"), Q("9 trường hợp", 9, "trường hợp"), Q("3 doanh nghiệp", 3, "doanh nghiệp")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "112", "KH-LĐLĐ", "2015-09-15", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 112/KH-LĐLĐ ngày 15/9/2015"),
 D("Luật", "58", "2014/QH13", None, None, "Luật Bảo hiểm xã hội số 58/2014/QH13")],
[prov("Nghệ An"), com("Nghi Long"), com("Hưng Dũng")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", "Trang chủ / Tin tức - Sự kiện / Chính sách pháp luật",
 "Đoàn giám sát làm việc tại Công ty CP Bao bì Nghi Long.", "Lượt xem: 642"],
["Ngày đăng 09/10/2015 | 14:20", "năm 2015", "trên 12 tháng", "ngày 01/01/2016", "ngày 31/12", "Lượt xem: 642"]))

PAGES.append(page("b4882-cantho-ldld-traoqua-tet-2016", """
CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ
Trang chủ :: Hoạt động :: Chăm lo đời sống
29-01-2016 09:40
Trao 1.500 phần quà Tết cho công nhân khó khăn
Ngày 28/1, tại Khu công nghiệp Trà Nóc, LĐLĐ thành phố Cần Thơ tổ chức chương trình "Tết Sum vầy - Xuân chia sẻ" năm 2016, trao 1.500 phần quà Tết cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn. Mỗi phần quà trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá hơn 900 triệu đồng, từ nguồn Quỹ Xã hội của Công đoàn và sự hỗ trợ của 27 doanh nghiệp.
Đồng chí Lâm Thị Bé Ba trao quà cho công nhân.
Tham dự có đồng chí Nguyễn Thanh Dũng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Lâm Thị Bé Ba, Chủ tịch LĐLĐ thành phố; các đồng chí Phó Chủ tịch LĐLĐ thành phố: Phan Văn Đấu, Thạch Thị Sô Phi. Chương trình được tổ chức theo Kế hoạch số 05/KH-LĐLĐ ngày 4/01/2016 của LĐLĐ thành phố và Công văn số 1912/TLĐ ngày 19/11/2015 của Tổng LĐLĐ Việt Nam về tổ chức Tết cho đoàn viên, người lao động.
Theo đồng chí Lâm Thị Bé Ba, Tết Bính Thân năm nay, các cấp công đoàn thành phố dự kiến chăm lo cho khoảng 18.000 lượt đoàn viên, người lao động với tổng kinh phí trên 6,5 tỷ đồng. Ngoài quà tặng, LĐLĐ thành phố bố trí 12 chuyến xe đưa 540 công nhân quê ở các tỉnh miền Trung, miền Bắc về quê đón Tết; tổ chức "Chợ Tết Công đoàn" với 35 gian hàng bán giá ưu đãi, giảm từ 10% đến 30% so với giá thị trường.
Chị Thạch Thị Chanh Thu, công nhân Công ty CP Thủy sản Trà Nóc, quê Sóc Trăng, xúc động cho biết năm nay chồng chị bị tai nạn lao động, gia đình thu nhập chỉ khoảng 4 triệu đồng/tháng, phần quà của Công đoàn giúp cả nhà có cái Tết ấm áp hơn. Cũng tại buổi lễ, LĐLĐ thành phố trao 5 sổ tiết kiệm, mỗi sổ 5 triệu đồng, cho đoàn viên bị bệnh hiểm nghèo, và bàn giao 2 Mái ấm Công đoàn cho đoàn viên ở phường Thới An Đông.
Dịp này, ông Trần Minh Khải, Phó Trưởng ban Quản lý các khu chế xuất và công nghiệp Cần Thơ, đề nghị các doanh nghiệp trả lương, thưởng Tết đầy đủ, đúng hạn; mức thưởng Tết bình quân năm nay dự kiến khoảng 1 tháng lương. Ông cũng đề nghị các công đoàn cơ sở phối hợp với người sử dụng lao động nắm chắc số công nhân ở lại làm việc trong những ngày Tết để có kế hoạch thăm hỏi, động viên kịp thời, bảo đảm an ninh trật tự tại các khu nhà trọ.
Ngọc Hân
Tin liên quan
- Công đoàn ngành Y tế thăm, tặng quà Tết 200 đoàn viên (26/01/2016)
- 300 vé xe miễn phí cho công nhân về quê đón Tết (20/01/2016)
- LĐLĐ thành phố tổng kết công tác năm 2015 (12/01/2016)
- Công đoàn Khu công nghiệp Hưng Phú ra mắt điểm tư vấn pháp luật (05/01/2016)
""", "2016-01-29", "Trao 1.500 phần quà Tết cho công nhân khó khăn",
E("trao_qua", None, "2016-01-28"),
[P("Lâm Thị Bé Ba", "Chủ tịch LĐLĐ thành phố"),
 P("Nguyễn Thanh Dũng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Phan Văn Đấu", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Thạch Thị Sô Phi", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Thạch Thị Chanh Thu"),
 P("Trần Minh Khải", "Phó Trưởng ban Quản lý các khu chế xuất và công nghiệp Cần Thơ")],
[Q("1.500 phần quà Tết", 1500, "phần quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("hơn 900 triệu đồng", 900000000, "đồng", "over"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("khoảng 18.000 lượt đoàn viên", 18000, "lượt đoàn viên", "approx"), Q("trên 6,5 tỷ đồng", 6500000000, "đồng", "over"),
 Q("12 chuyến xe", 12, "chuyến xe"), Q("540 công nhân", 540, "công nhân"), Q("35 gian hàng", 35, "gian hàng"),
 Q("10%", 10, "%"), Q("30%", 30, "%"), Q("khoảng 4 triệu đồng", 4000000, "đồng", "approx"),
 Q("5 sổ tiết kiệm", 5, "sổ tiết kiệm"), Q("5 triệu đồng", 5000000, "đồng"), Q("2 Mái ấm Công đoàn", 2, "Mái ấm Công đoàn")],
[D("Kế hoạch", "05", "KH-LĐLĐ", "2016-01-04", "LĐLĐ thành phố", "Kế hoạch số 05/KH-LĐLĐ ngày 4/01/2016"),
 D("Công văn", "1912", "TLĐ", "2015-11-19", "Tổng LĐLĐ Việt Nam", "Công văn số 1912/TLĐ ngày 19/11/2015")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Thới An Đông")],
["CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ", "Trang chủ :: Hoạt động :: Chăm lo đời sống",
 "Đồng chí Lâm Thị Bé Ba trao quà cho công nhân.", "Tết Sum vầy - Xuân chia sẻ", "Chợ Tết Công đoàn", "Quỹ Xã hội",
 "Khu công nghiệp Trà Nóc"],
["29-01-2016 09:40", "năm 2016", "Tết Bính Thân", "1 tháng lương"]))
