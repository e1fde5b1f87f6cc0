from lib import *
PAGES = []

PAGES.append(page("b7757-danang-bhxh-atm-hoinghi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BẢO HIỂM XÃ HỘI THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Hoạt động ngành
Cập nhật: 09:42, 16/09/2011 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Q.Hưng
Đà Nẵng: Hơn 41 nghìn người hưởng lương hưu sẽ được vận động nhận tiền qua thẻ ATM
Sáng 15/9, Bảo hiểm xã hội thành phố phối hợp với Ban Dân vận Thành ủy và Hội Cựu chiến binh thành phố tổ chức hội nghị triển khai chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân năm 2011. Ông Lê Văn Hiếu, Giám đốc Bảo hiểm xã hội thành phố và bà Trần Thị Mỹ Dung, Phó Trưởng Ban Dân vận Thành ủy đồng chủ trì hội nghị.
Theo báo cáo, toàn thành phố hiện có 41.260 người hưởng lương hưu và trợ cấp BHXH hằng tháng, số tiền chi trả mỗi tháng khoảng 118 tỷ đồng. Từ tháng 3/2011, BHXH thành phố đã thí điểm chi trả qua thẻ ATM tại 2 quận cho 3.815 người, đạt 9,2% tổng số đối tượng. Thực hiện Quyết định số 291/2006/QĐ-TTg ngày 29/12/2006 của Thủ tướng Chính phủ phê duyệt Đề án thanh toán không dùng tiền mặt và Công văn số 1402/BHXH-CST của Bảo hiểm xã hội Việt Nam, thành phố đặt mục tiêu đến cuối năm có trên 10.000 người nhận lương hưu qua tài khoản.
Các ông Phó Giám đốc BHXH thành phố: Nguyễn Hữu Phước, Đặng Văn Tâm cho biết ngành đã ký thỏa thuận với 4 ngân hàng thương mại, lắp đặt thêm 27 máy ATM gần khu dân cư đông người cao tuổi; người hưởng mở thẻ không phải đóng phí, số dư tối thiểu chỉ 50.000 đồng.
Phát biểu tại hội nghị, ông Phan Văn Lộc, Chủ tịch Hội Cựu chiến binh phường Hòa Cường Bắc, đề nghị các ngân hàng cử nhân viên về tận tổ dân phố hướng dẫn rút tiền, bởi nhiều cụ tuổi cao, mắt kém còn ngại thẻ. Bà Ngô Thị Lài (78 tuổi, phường An Hải Bắc), một người hưởng lương hưu đã dùng thẻ từ tháng 4, chia sẻ: "Lúc đầu tôi sợ mất tiền, nhưng được con cháu và cán bộ phường chỉ dẫn, nay rút tiền rất nhanh, không phải xếp hàng như trước".
Ông Võ Minh Trí, Phó Giám đốc Ngân hàng TMCP Đông Á chi nhánh Đà Nẵng, cam kết bố trí 12 tổ lưu động hỗ trợ người hưởng trong các kỳ chi trả đầu tiên.
Kết luận hội nghị, bà Trần Thị Mỹ Dung đề nghị Mặt trận và các đoàn thể đưa nội dung chi trả qua thẻ vào sinh hoạt chi hội, tổ dân phố; mỗi hội viên cựu chiến binh, người cao tuổi là một tuyên truyền viên, vận động người thân cùng tham gia, tránh để người hưởng lo lắng, hiểu sai chủ trương.
Hội nghị cũng thống nhất mỗi phường chọn ít nhất 1 tổ dân phố làm điểm, rút kinh nghiệm trước khi nhân rộng ra toàn thành phố vào quý IV.
Quang Hưng
Tin liên quan
- BHXH thành phố đối thoại với doanh nghiệp về nợ đọng (02/09/2011)
- Thêm 1.200 người được cấp sổ BHXH tự nguyện (25/08/2011)
- Cẩm Lệ: tuyên truyền Luật Bảo hiểm xã hội tại tổ dân phố (12/08/2011)
- Tập huấn nghiệp vụ thu cho cán bộ đại lý xã, phường (28/07/2011)
""", "2011-09-16", "Đà Nẵng: Hơn 41 nghìn người hưởng lương hưu sẽ được vận động nhận tiền qua thẻ ATM",
E("hoi_nghi", "2011", "2011-09-15"),
[P("Lê Văn Hiếu", "Giám đốc Bảo hiểm xã hội thành phố"),
 P("Trần Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Hữu Phước", "Phó Giám đốc BHXH thành phố"),
 P("Đặng Văn Tâm", "Phó Giám đốc BHXH thành phố"),
 P("Phan Văn Lộc", "Chủ tịch Hội Cựu chiến binh phường Hòa Cường Bắc"),
 P("Ngô Thị Lài"),
 P("Võ Minh Trí", "Phó Giám đốc Ngân hàng TMCP Đông Á chi nhánh Đà Nẵng")],
[Q("Hơn 41 nghìn người", 41000, "người", "over"),
 Q("41.260 người", 41260, "người"), Q("khoảng 118 tỷ đồng", 118000000000, "đồng", "approx"),
 Q("2 quận", 2, "quận"), Q("3.815 người", 3815, "người"), Q("9,2%", 9.2, "%"),
 Q("trên 10.000 người", 10000, "người", "over"), Q("4 ngân hàng thương mại", 4, "ngân hàng thương mại"),
 Q("27 máy ATM", 27, "máy ATM"), Q("50.000 đồng", 50000, "đồng"), Q("12 tổ lưu động", 12, "tổ lưu động"),
 Q("ít nhất 1 tổ dân phố", 1, "tổ dân phố", "over")],
[D("Quyết định", "291", "2006/QĐ-TTg", "2006-12-29", "Thủ tướng Chính phủ", "Quyết định số 291/2006/QĐ-TTg ngày 29/12/2006"),
 D("Công văn", "1402", "BHXH-CST", None, "Bảo hiểm xã hội Việt Nam", "Công văn số 1402/BHXH-CST")],
[prov("Đà Nẵng"), com("Hòa Cường Bắc"), com("An Hải Bắc")],
["CỔNG THÔNG TIN ĐIỆN TỬ BẢO HIỂM XÃ HỘI THÀNH PHỐ ĐÀ NẴNG", "Trang chủ > Tin tức > Hoạt động ngành",
 "Toàn cảnh hội nghị. Ảnh: Q.Hưng", "Ngân hàng TMCP Đông Á", "Đề án thanh toán không dùng tiền mặt"],
["Cập nhật: 09:42, 16/09/2011 (GMT+7)", "tháng 3/2011", "78 tuổi", "năm 2011", "quý IV"]))

PAGES.append(page("b7758-namdinh-bdv-giamsat-buudien-2012", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ
08:15 | 12/10/2012
Giám sát việc chi trả lương hưu, trợ cấp bảo hiểm xã hội qua hệ thống bưu điện
Thực hiện chương trình giám sát năm 2012, ngày 10/10, Đoàn giám sát của Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh do đồng chí Vũ Thị Thanh Ngân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc chi trả lương hưu, trợ cấp BHXH hằng tháng qua hệ thống bưu điện tại huyện Hải Hậu và huyện Giao Thủy, tỉnh Nam Định.
Cùng dự có đồng chí Trần Văn Khiêm, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Đoàn Thị Huế, Phó Giám đốc Bảo hiểm xã hội tỉnh; đồng chí Lại Văn Cường, Giám đốc Bưu điện tỉnh.
Đoàn giám sát làm việc tại điểm chi trả xã Hải Anh.
Theo báo cáo của Bưu điện tỉnh, từ tháng 7/2012 thực hiện Quyết định số 1263/QĐ-BHXH của Bảo hiểm xã hội Việt Nam và Hợp đồng số 27/HĐ-BHXH-BĐ giữa BHXH tỉnh với Bưu điện tỉnh, toàn tỉnh đã chuyển giao việc chi trả cho 229 điểm chi trả ở xã, thị trấn. Mỗi tháng bưu điện chi trả cho trên 62.000 người với số tiền hơn 171 tỷ đồng; chưa để xảy ra sai sót, mất mát tiền. Tại Hải Hậu có 35 điểm chi trả, Giao Thủy có 22 điểm; 100% người hưởng được nhận tiền đúng lịch, trong đó 417 người già yếu, bệnh tật được nhân viên bưu điện chi trả tận nhà.
Đoàn đã trực tiếp kiểm tra điểm chi trả tại xã Hải Anh, xã Giao Thiện và trao đổi với người hưởng. Cụ Phạm Văn Thơm, hội viên Hội Người cao tuổi xã Giao Thiện, phản ánh một số kỳ danh sách ký nhận in chữ nhỏ, khó đọc. Ông Nguyễn Đức Tiến, Chủ tịch UBND xã Hải Anh, đề nghị bố trí thêm ghế chờ, nước uống ở điểm chi trả vào ngày đông người.
Các ý kiến cũng cho rằng việc chi trả qua thẻ ATM ở nông thôn chưa thuận lợi vì cả 2 huyện chỉ có 9 máy ATM, chủ yếu ở thị trấn. Hiện mới có 1.146 người ở 2 huyện nhận lương hưu qua tài khoản.
Kết luận buổi giám sát, đồng chí Vũ Thị Thanh Ngân ghi nhận sự chuyển biến trong phục vụ người hưởng, đề nghị Bưu điện tỉnh niêm yết công khai lịch chi trả tại nhà văn hóa thôn, xóm; Ủy ban MTTQ và các đoàn thể xã tham gia giám sát thường xuyên từng kỳ chi trả; BHXH tỉnh sớm có hướng dẫn vận động người hưởng trẻ tuổi mở tài khoản cá nhân theo Chỉ thị số 20/CT-TTg ngày 24/8/2007 của Thủ tướng Chính phủ.
Hoàng Lan
Tin khác
- Hội nghị giao ban công tác dân vận quý III/2012 (05/10/2012)
- Xuân Trường: sơ kết mô hình "Dân vận khéo" (28/09/2012)
- Tập huấn nghiệp vụ cho cán bộ khối dân vận cơ sở (14/09/2012)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy khối doanh nghiệp (30/08/2012)
- Nghĩa Hưng: vận động nhân dân hiến đất mở rộng đường trục xã (16/08/2012)
""", "2012-10-12", "Giám sát việc chi trả lương hưu, trợ cấp bảo hiểm xã hội qua hệ thống bưu điện",
E("giam_sat", "2012", "2012-10-10"),
[P("Vũ Thị Thanh Ngân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Trần Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đoàn Thị Huế", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Lại Văn Cường", "Giám đốc Bưu điện tỉnh"),
 P("Phạm Văn Thơm", "hội viên Hội Người cao tuổi xã Giao Thiện"),
 P("Nguyễn Đức Tiến", "Chủ tịch UBND xã Hải Anh")],
[Q("229 điểm chi trả", 229, "điểm chi trả"), Q("trên 62.000 người", 62000, "người", "over"),
 Q("hơn 171 tỷ đồng", 171000000000, "đồng", "over"), Q("35 điểm chi trả", 35, "điểm chi trả"),
 Q("22 điểm", 22, "điểm"), Q("100%", 100, "%"), Q("417 người già yếu, bệnh tật", 417, "người già yếu, bệnh tật"),
 Q("2 huyện", 2, "huyện"), Q("9 máy ATM", 9, "máy ATM"), Q("1.146 người", 1146, "người")],
[D("Quyết định", "1263", "QĐ-BHXH", None, "Bảo hiểm xã hội Việt Nam", "Quyết định số 1263/QĐ-BHXH"),
 D("Hợp đồng", "27", "HĐ-BHXH-BĐ", None, None, "Hợp đồng số 27/HĐ-BHXH-BĐ"),
 D("Chỉ thị", "20", "CT-TTg", "2007-08-24", "Thủ tướng Chính phủ", "Chỉ thị số 20/CT-TTg ngày 24/8/2007")],
[prov("Nam Định"), com("Hải Anh"), com("Giao Thiện")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ",
 "Đoàn giám sát làm việc tại điểm chi trả xã Hải Anh."],
["08:15 | 12/10/2012", "năm 2012", "tháng 7/2012"]))

PAGES.append(page("b7759-quangbinh-buudien-soket-2013", """
Báo Quảng Bình điện tử
Trang chủ » Xã hội » An sinh
Thứ Sáu, 19/07/2013 - 15:10
Nhân viên bưu điện chi trả lương hưu tại nhà cho người hưởng cao tuổi ở xã Quảng Tùng. Ảnh: Đ.Thành
Đưa lương hưu đến tận tay người hưởng
(QBĐT) - Ngày 18/7, Bảo hiểm xã hội tỉnh và Bưu điện tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện chi trả lương hưu, trợ cấp BHXH qua hệ thống bưu điện, triển khai nhiệm vụ 6 tháng cuối năm.
Sau hơn 1 năm chuyển đổi phương thức chi trả, Bưu điện tỉnh đang đảm nhận chi trả cho 38.452 người hưởng tại 159 điểm chi trả xã, phường, thị trấn. 6 tháng đầu năm, tổng số tiền chi trả đạt 642,5 tỷ đồng, tăng 11,4% so với cùng kỳ; chi trả tại nhà cho 1.028 lượt người già yếu, neo đơn. Việc chi trả được thực hiện theo Quy chế phối hợp số 03/QCPH-BHXH-BĐ ngày 12/4/2012 giữa hai ngành, mỗi kỳ chi trả kéo dài từ ngày 2 đến ngày 10 hằng tháng.
Đáng chú ý, bưu điện các huyện đã vận động được 2.317 người hưởng mở tài khoản tiết kiệm, gửi lại hơn 26 tỷ đồng tại Bưu điện Việt Nam. Tại các xã miền núi Trọng Hóa, Thượng Trạch, nhân viên bưu điện phải đi bộ hàng chục cây số qua suối để đưa tiền trợ cấp đến các bản đồng bào Chứt, Bru - Vân Kiều.
Phát biểu tại hội nghị, ông Hồ Văn Thía, người có uy tín bản Cà Ròng, xã Thượng Trạch, cảm ơn nhân viên bưu điện đã "mang tiền của Nhà nước vào tận bản, không thiếu một đồng". Bà Cao Thị Loan, Trưởng Bưu cục Quảng Trạch, đề nghị BHXH tỉnh gửi danh sách sớm hơn để kịp in phiếu chi.
Ông Trương Công Hòa, Phó Giám đốc BHXH tỉnh, cho biết tỷ lệ người hưởng nhận lương hưu qua thẻ ATM mới đạt 3,6%, thấp so với bình quân cả nước; 6 tháng cuối năm, BHXH tỉnh sẽ phối hợp Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh mở điểm giao dịch lưu động tại khoảng 20 xã, phường có đông người hưởng.
Kết luận hội nghị, ông Lê Quang Minh, Giám đốc Bưu điện tỉnh yêu cầu các bưu cục tiếp tục giữ nghiêm kỷ luật chi trả, không để người hưởng chờ đợi lâu; phối hợp với Mặt trận, Hội Người cao tuổi, Hội Cựu chiến binh các xã giám sát việc chi trả; phấn đấu 6 tháng cuối năm không để xảy ra khiếu nại.
Ông Hồ Văn Thía kể, trước đây mỗi lần lĩnh trợ cấp, người già trong bản phải nhờ con cháu chở ra trung tâm xã, có khi mất cả ngày đường, nay chỉ cần ở nhà chờ nhân viên bưu điện đến.
Dịp này, Bưu điện tỉnh tặng giấy khen cho 8 tập thể và 21 nhân viên bưu điện - văn hóa xã có thành tích xuất sắc.
Đức Thành
Các tin đã đưa
- Hội nghị tổng kết công tác BHXH năm 2012 (04/01/2013)
- Minh Hóa: hơn 300 người có công nhận quà dịp 27/7 (15/07/2013)
- Tăng cường tuyên truyền BHXH tự nguyện đến nông dân (02/07/2013)
- Đồng Hới: cấp thẻ BHYT cho trẻ em dưới 6 tuổi (20/06/2013)
""", "2013-07-19", "Đưa lương hưu đến tận tay người hưởng",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Hồ Văn Thía", "người có uy tín bản Cà Ròng"),
 P("Cao Thị Loan", "Trưởng Bưu cục Quảng Trạch"),
 P("Trương Công Hòa", "Phó Giám đốc BHXH tỉnh"),
 P("Lê Quang Minh", "Giám đốc Bưu điện tỉnh")],
[Q("38.452 người hưởng", 38452, "người hưởng"), Q("159 điểm chi trả", 159, "điểm chi trả"),
 Q("642,5 tỷ đồng", 642500000000, "đồng"), Q("11,4%", 11.4, "%"),
 Q("1.028 lượt người già yếu, neo đơn", 1028, "lượt người già yếu, neo đơn"),
 Q("2.317 người hưởng", 2317, "người hưởng"), Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("3,6%", 3.6, "%"), Q("khoảng 20 xã, phường", 20, "xã, phường", "approx"),
 Q("8 tập thể", 8, "tập thể"), Q("21 nhân viên bưu điện - văn hóa xã", 21, "nhân viên bưu điện - văn hóa xã")],
[D("Quy chế phối hợp", "03", "QCPH-BHXH-BĐ", "2012-04-12", None, "Quy chế phối hợp số 03/QCPH-BHXH-BĐ ngày 12/4/2012")],
[prov("Quảng Bình"), com("Quảng Tùng"), com("Trọng Hóa"), com("Thượng Trạch")],
["Báo Quảng Bình điện tử", "Trang chủ » Xã hội » An sinh", "(QBĐT)",
 "Nhân viên bưu điện chi trả lương hưu tại nhà cho người hưởng cao tuổi ở xã Quảng Tùng. Ảnh: Đ.Thành",
 "Bưu điện Việt Nam", "Ngân hàng Nông nghiệp và Phát triển nông thôn"],
["Thứ Sáu, 19/07/2013 - 15:10", "6 tháng đầu năm 2013", "6 tháng cuối năm", "hơn 1 năm", "từ ngày 2 đến ngày 10", "hàng chục cây số", "một đồng"]))

PAGES.append(page("b7760-cantho-laodong-tongket-2014", """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ / Tin tức - Sự kiện / Bảo trợ xã hội
26-12-2014 09:40
Cần Thơ: Năm 2014 chi trả trợ cấp qua tài khoản cho gần 9.000 đối tượng
Ngày 24/12, Sở Lao động - Thương binh và Xã hội thành phố tổ chức hội nghị tổng kết công tác chi trả trợ cấp ưu đãi người có công và trợ cấp xã hội năm 2014, triển khai kế hoạch năm 2015. Dự và chỉ đạo có bà Đào Thị Kim Hạnh, Phó Chủ tịch UBND thành phố. Ông Huỳnh Thanh Bửu, Giám đốc Sở LĐTBXH chủ trì hội nghị.
Năm 2014 là năm đầu thành phố thực hiện Kế hoạch số 58/KH-UBND ngày 14/3/2014 của UBND thành phố về chi trả trợ cấp không dùng tiền mặt. Toàn thành phố hiện có 14.736 người có công hưởng trợ cấp hằng tháng và 31.902 đối tượng bảo trợ xã hội; số tiền chi trả cả năm trên 486 tỷ đồng. Đến nay đã có 8.952 đối tượng nhận trợ cấp qua tài khoản ngân hàng, chiếm 19,3%, vượt chỉ tiêu đề ra (15%).
Quận Ninh Kiều là địa phương dẫn đầu với 63% người có công nhận trợ cấp qua tài khoản. Riêng phường An Hòa và phường Cái Khế đã chi trả qua tài khoản cho toàn bộ thân nhân liệt sĩ. Ở các huyện ngoại thành như Vĩnh Thạnh, Cờ Đỏ, tỷ lệ này còn dưới 5% do người hưởng ở xa điểm giao dịch ngân hàng.
Phát biểu tại hội nghị, bà Nguyễn Thị Út, Phó Chủ tịch UBND phường An Hòa, cho biết phường giao mỗi cán bộ Hội Phụ nữ, Đoàn Thanh niên phụ trách từ 5 đến 7 hộ gia đình chính sách, đến tận nhà hướng dẫn làm thẻ. Ông Lâm Văn Bé, Trưởng phòng Lao động - Thương binh và Xã hội huyện Cờ Đỏ, kiến nghị các ngân hàng đặt thêm máy ATM ở trung tâm xã.
Các đồng chí Phó Giám đốc Sở LĐTBXH: Trần Văn Dũng, Lê Thị Thu Cúc trình bày các giải pháp năm 2015, trong đó đặt mục tiêu 30% đối tượng nhận trợ cấp qua tài khoản, thí điểm chi trả qua ví điện tử ở 3 phường.
Phát biểu chỉ đạo, bà Đào Thị Kim Hạnh đánh giá cao sự phối hợp của Ủy ban MTTQ, Hội Cựu chiến binh, Hội Phụ nữ trong tuyên truyền, vận động; đề nghị ngành LĐTBXH rà soát danh sách, bảo đảm chi trả đúng người, đúng chế độ, tuyệt đối không để trục lợi chính sách. Bà cũng yêu cầu các quận, huyện sơ kết mô hình "Phường không tiền mặt" để nhân rộng trong năm 2015.
Dịp này, UBND thành phố tặng bằng khen cho 6 tập thể, 14 cá nhân; Giám đốc Sở tặng giấy khen cho 22 tập thể, 37 cá nhân có thành tích trong công tác chi trả trợ cấp.
Mỹ Hạnh
Tin cùng chuyên mục
- Trao 520 phần quà cho người có công dịp Tết Ất Mùi (22/12/2014)
- Ô Môn: khánh thành 12 căn nhà tình nghĩa (10/12/2014)
- Thốt Nốt rà soát hộ nghèo, hộ cận nghèo năm 2014 (28/11/2014)
- Phong Điền: đối thoại chính sách với thân nhân liệt sĩ (14/11/2014)
- Hội nghị triển khai Luật Việc làm năm 2013 (05/11/2014)
""", "2014-12-26", "Cần Thơ: Năm 2014 chi trả trợ cấp qua tài khoản cho gần 9.000 đối tượng",
E("tong_ket", "2014", "2014-12-24"),
[P("Đào Thị Kim Hạnh", "Phó Chủ tịch UBND thành phố"),
 P("Huỳnh Thanh Bửu", "Giám đốc Sở LĐTBXH"),
 P("Nguyễn Thị Út", "Phó Chủ tịch UBND phường An Hòa"),
 P("Lâm Văn Bé", "Trưởng phòng Lao động - Thương binh và Xã hội huyện Cờ Đỏ"),
 P("Trần Văn Dũng", "Phó Giám đốc Sở LĐTBXH"),
 P("Lê Thị Thu Cúc", "Phó Giám đốc Sở LĐTBXH")],
[Q("gần 9.000 đối tượng", 9000, "đối tượng", "approx"),
 Q("14.736 người có công", 14736, "người có công"), Q("31.902 đối tượng bảo trợ xã hội", 31902, "đối tượng bảo trợ xã hội"),
 Q("trên 486 tỷ đồng", 486000000000, "đồng", "over"), Q("8.952 đối tượng", 8952, "đối tượng"),
 Q("19,3%", 19.3, "%"), Q("15%", 15, "%"), Q("63%", 63, "%"), Q("dưới 5%", 5, "%", "approx"),
 Q("từ 5 đến 7 hộ gia đình chính sách", 5, "hộ gia đình chính sách", "approx"),
 Q("30%", 30, "%"), Q("3 phường", 3, "phường"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("22 tập thể", 22, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Kế hoạch", "58", "KH-UBND", "2014-03-14", "UBND thành phố", "Kế hoạch số 58/KH-UBND ngày 14/3/2014")],
[prov("Cần Thơ"), com("An Hòa"), com("Cái Khế")],
["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin tức - Sự kiện / Bảo trợ xã hội",
 "Phường không tiền mặt"],
["26-12-2014 09:40", "năm 2014", "năm 2015"]))

PAGES.append(page("b7761-laocai-doithoai-trocap-the-2015", """
LÀO CAI ONLINE - Cổng thông tin điện tử tỉnh Lào Cai
Bạn đang ở: Trang chủ > Tin địa phương > Bắc Hà
Ngày đăng 06/11/2015 | 16:20
Người dân vùng cao hỏi, lãnh đạo huyện trả lời về nhận trợ cấp qua thẻ
Ngày 4/11, tại hội trường UBND xã Lùng Phình, UBND huyện Bắc Hà tổ chức hội nghị đối thoại với người dân năm 2015 về việc thí điểm chi trả trợ cấp người có công, trợ cấp xã hội qua thẻ ngân hàng. Đồng chí Giàng Seo Vừ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại. Tham dự có 146 người dân đến từ 11 thôn của các xã Lùng Phình, Bản Phố.
Đồng chí Giàng Seo Vừ trả lời ý kiến của người dân.
Từ tháng 7/2015, thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh, huyện Bắc Hà được chọn thí điểm chi trả qua thẻ ATM cho 320 đối tượng ở 4 xã gần trung tâm. Tuy nhiên sau 4 tháng mới có 187 người nhận tiền qua thẻ, nhiều người vẫn đề nghị được nhận tiền mặt.
Tại buổi đối thoại, ông Sùng Seo Chứ (thôn Lả Dì Thàng) hỏi vì sao người già không biết chữ cũng phải làm thẻ. Bà Tẩn Thị Dín, người Dao ở thôn Nậm Thố, phản ánh đường từ thôn ra cây ATM gần nhất hơn 18 km, đi xe ôm mất 80.000 đồng mỗi lượt. Ông Lù Văn Páo, Trưởng thôn Sín Chải, đề nghị giữ lại hình thức chi trả tại nhà văn hóa thôn cho người trên 75 tuổi.
Trả lời các ý kiến, đồng chí Lý Seo Dín, Trưởng phòng Lao động - Thương binh và Xã hội huyện, khẳng định việc làm thẻ là tự nguyện, không bắt buộc; người không có nhu cầu vẫn được nhận tiền mặt tại xã. Đồng chí Hoàng Thị Dung, Giám đốc Ngân hàng Chính sách xã hội huyện, cho biết ngân hàng sẽ bố trí điểm giao dịch lưu động tại xã vào ngày 5 hằng tháng, cán bộ ngân hàng hướng dẫn tận nơi cách rút tiền, đổi mã PIN.
Kết luận buổi đối thoại, đồng chí Giàng Seo Vừ giao Đảng ủy, UBND các xã phối hợp với Mặt trận, Hội Phụ nữ, Đoàn Thanh niên lập danh sách người cần hỗ trợ; mỗi thôn cử 1 đoàn viên biết chữ giúp người già nhận tiền; rà soát, báo cáo trước ngày 30/11/2015 để điều chỉnh kế hoạch thí điểm. Những kiến nghị vượt thẩm quyền, huyện sẽ tổng hợp báo cáo tỉnh. Đồng chí cũng nhắc cán bộ xã phải nói bằng tiếng Mông, tiếng Dao khi hướng dẫn, in tờ rơi có hình minh họa cách dùng thẻ để người không biết chữ cũng làm theo được.
Sau buổi đối thoại, các đồng chí Phó Chủ tịch UBND xã Lùng Phình: Vàng A Sử, Thào Thị Mỷ đã ghi nhận 23 trường hợp đăng ký chuyển lại nhận tiền mặt và 41 trường hợp xin được hướng dẫn làm thẻ.
Ngọc Bích - Văn Sáu
Tin khác
- Bắc Hà: khai mạc phiên chợ văn hóa vùng cao (01/11/2015)
- Si Ma Cai tập huấn cho cán bộ chính sách xã (28/10/2015)
- Mường Khương hỗ trợ 60 con bò giống cho hộ nghèo (20/10/2015)
""", "2015-11-06", "Người dân vùng cao hỏi, lãnh đạo huyện trả lời về nhận trợ cấp qua thẻ",
E("doi_thoai", "2015", "2015-11-04"),
[P("Giàng Seo Vừ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Sùng Seo Chứ"), P("Tẩn Thị Dín"),
 P("Lù Văn Páo", "Trưởng thôn Sín Chải"),
 P("Lý Seo Dín", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Hoàng Thị Dung", "Giám đốc Ngân hàng Chính sách xã hội huyện"),
 P("Vàng A Sử", "Phó Chủ tịch UBND xã Lùng Phình"),
 P("Thào Thị Mỷ", "Phó Chủ tịch UBND xã Lùng Phình")],
[Q("146 người dân", 146, "người dân"), Q("11 thôn", 11, "thôn"), Q("320 đối tượng", 320, "đối tượng"),
 Q("4 xã", 4, "xã"), Q("187 người", 187, "người"), Q("hơn 18 km", 18, "km", "over"),
 Q("80.000 đồng", 80000, "đồng"), Q("1 đoàn viên", 1, "đoàn viên"),
 Q("23 trường hợp", 23, "trường hợp"), Q("41 trường hợp", 41, "trường hợp")],
[D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND")],
[prov("Lào Cai"), com("Lùng Phình"), com("Bản Phố")],
["LÀO CAI ONLINE - Cổng thông tin điện tử tỉnh Lào Cai", "Bạn đang ở: Trang chủ > Tin địa phương > Bắc Hà",
 "Đồng chí Giàng Seo Vừ trả lời ý kiến của người dân."],
["Ngày đăng 06/11/2015 | 16:20", "tháng 7/2015", "4 tháng", "75 tuổi", "ngày 5 hằng tháng", "năm 2015"]))

PAGES.append(page("b7762-thanhhoa-bhxh-giaoban-quy3-2016", """
BẢO HIỂM XÃ HỘI TỈNH THANH HÓA
Vị trí: Trang chủ :: Tin tức :: Tin trong ngành
07/10/2016 - 10:05
Ảnh: Quang cảnh buổi giao ban.
Thanh Hóa: Tỷ lệ nhận lương hưu qua tài khoản tăng chậm
Chiều 5/10, Bảo hiểm xã hội tỉnh, Bưu điện tỉnh và Ban Dân vận Tỉnh ủy tổ chức giao ban quý III/2016 đánh giá công tác chi trả lương hưu, trợ cấp BHXH và việc vận động người hưởng nhận tiền qua tài khoản cá nhân. Đồng chí Lê Đình Hoàn, Giám đốc BHXH tỉnh và đồng chí Mai Thị Phượng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban cho thấy, 3 tháng qua toàn tỉnh chi trả cho 103.614 người hưởng lương hưu, trợ cấp BHXH hằng tháng với tổng số tiền 1.274 tỷ đồng. Số người nhận qua tài khoản là 5.209 người, chỉ tăng 412 người so với quý II, đạt 5,03%, thấp xa so với chỉ tiêu 10% mà Kế hoạch số 86/KH-BHXH của BHXH tỉnh đặt ra cho năm 2016. Nguyên nhân chủ yếu là người hưởng đã quen nhận tiền mặt, ngại đi xa rút tiền, trong khi mạng lưới máy ATM tập trung ở thành phố Thanh Hóa và các thị xã; nhiều người lo bị trừ phí, bị lộ mã PIN.
Trong quý, Bưu điện tỉnh chi trả tại nhà cho 2.986 người già yếu, tàn tật; thu hồi 14 trường hợp hưởng sai do người hưởng đã chết nhưng gia đình chưa báo giảm, với số tiền trên 96 triệu đồng.
Đồng chí Hà Văn Nguyên, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước, cho biết ở các xã vùng cao, người Thái, người Mường nhận lương hưu chủ yếu tại điểm chi trả xã; huyện đã giao 2 chi hội cựu chiến binh ở xã Lũng Niêm, xã Thành Sơn làm điểm vận động mở thẻ. Đồng chí Lò Thị Xuân, Chủ tịch Hội Người cao tuổi xã Lũng Niêm, đề nghị ngân hàng hỗ trợ người cao tuổi miễn phí thường niên thẻ.
Kết luận giao ban, đồng chí Lê Đình Hoàn đề nghị quý IV tập trung vận động các đối tượng dưới 70 tuổi, người hưởng trợ cấp ở thành phố, thị xã mở tài khoản; phấn đấu cuối năm đạt ít nhất 6.500 người nhận qua tài khoản. Đồng chí Mai Thị Phượng đề nghị khối dân vận các huyện đưa nội dung này vào hội nghị giao ban dân vận hằng quý, coi đây là một tiêu chí đánh giá mô hình "Dân vận khéo" năm 2016.
Các đồng chí Phó Giám đốc Bưu điện tỉnh Trịnh Văn Thắng, Vũ Thị Hằng đã báo cáo kế hoạch chi trả quý IV, trong đó mở rộng dịch vụ chi trả qua tài khoản tiết kiệm bưu điện tại 27 huyện, thị xã, thành phố.
Thu Hà
Tin liên quan
- BHXH tỉnh đối thoại với doanh nghiệp khu công nghiệp Lễ Môn (28/09/2016)
- Tuyên truyền chính sách BHXH, BHYT tại huyện Mường Lát (15/09/2016)
- Tập huấn nghiệp vụ cho đại lý thu BHXH tự nguyện (30/08/2016)
- Bưu điện tỉnh ra quân chi trả lương hưu tháng 9 (02/09/2016)
""", "2016-10-07", "Thanh Hóa: Tỷ lệ nhận lương hưu qua tài khoản tăng chậm",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Lê Đình Hoàn", "Giám đốc BHXH tỉnh"),
 P("Mai Thị Phượng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Nguyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Lò Thị Xuân", "Chủ tịch Hội Người cao tuổi xã Lũng Niêm"),
 P("Trịnh Văn Thắng", "Phó Giám đốc Bưu điện tỉnh"),
 P("Vũ Thị Hằng", "Phó Giám đốc Bưu điện tỉnh")],
[Q("103.614 người", 103614, "người"), Q("1.274 tỷ đồng", 1274000000000, "đồng"),
 Q("5.209 người", 5209, "người"), Q("412 người", 412, "người"), Q("5,03%", 5.03, "%"), Q("10%", 10, "%"),
 Q("2.986 người già yếu, tàn tật", 2986, "người già yếu, tàn tật"), Q("14 trường hợp", 14, "trường hợp"),
 Q("trên 96 triệu đồng", 96000000, "đồng", "over"), Q("2 chi hội cựu chiến binh", 2, "chi hội cựu chiến binh"),
 Q("ít nhất 6.500 người", 6500, "người", "over"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "86", "KH-BHXH", None, "BHXH tỉnh", "Kế hoạch số 86/KH-BHXH")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thành Sơn")],
["BẢO HIỂM XÃ HỘI TỈNH THANH HÓA", "Vị trí: Trang chủ :: Tin tức :: Tin trong ngành", "Ảnh: Quang cảnh buổi giao ban.",
 "Dân vận khéo"],
["07/10/2016 - 10:05", "quý III/2016", "3 tháng", "quý II", "quý IV", "70 tuổi", "năm 2016"]))
