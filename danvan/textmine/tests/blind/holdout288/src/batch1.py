from lib import *
PAGES = []

PAGES.append(page("b6869-thainguyen-dusyt-tongket-2011", """
SỞ Y TẾ THÁI NGUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » Hoạt động Đảng, đoàn thể
Thứ Tư, 28/12/2011 - 16:20
Ngành Y tế Thái Nguyên tổng kết công tác dân vận năm 2011
Chiều 26/12, Đảng ủy Sở Y tế Thái Nguyên tổ chức hội nghị tổng kết công tác dân vận và thực hiện Quy chế dân chủ ở cơ sở năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Dương Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lưu Văn Khải, Bí thư Đảng ủy, Giám đốc Sở Y tế chủ trì.
Năm 2011, Đảng ủy Sở đã lãnh đạo 27 tổ chức cơ sở đảng trực thuộc quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về nâng cao chất lượng công tác dân vận trong các bệnh viện. Các đơn vị đều xây dựng kế hoạch thực hiện Quy tắc ứng xử của cán bộ, viên chức trong các đơn vị sự nghiệp y tế ban hành kèm theo Quyết định số 29/2008/QĐ-BYT của Bộ Y tế.
Toàn ngành có hơn 3.600 cán bộ, viên chức, người lao động; 100% khoa, phòng đặt hòm thư góp ý và công khai đường dây nóng. Trong năm, các bệnh viện nhận 214 ý kiến góp ý của người bệnh và người nhà người bệnh, trong đó 36 ý kiến phản ánh về thái độ phục vụ đã được xem xét, xử lý. Bệnh viện Đa khoa trung ương Thái Nguyên và Bệnh viện A tổ chức 12 buổi đối thoại định kỳ với người bệnh tại khoa.
Công tác vận động xã hội hóa được đẩy mạnh: các "Tủ thuốc nhân đạo", "Bếp ăn từ thiện" ở 9 bệnh viện tuyến tỉnh và huyện đã vận động được gần 1,2 tỷ đồng, cấp khoảng 46.000 suất cơm miễn phí cho bệnh nhân nghèo. Y, bác sỹ trẻ tổ chức 18 đợt khám bệnh, cấp thuốc miễn phí cho đồng bào dân tộc thiểu số ở các xã vùng cao Phú Lương, Võ Nhai.
Tham luận tại hội nghị, bác sỹ Hoàng Thị Thu, Phó Giám đốc Bệnh viện Đa khoa huyện Đại Từ, cho biết bệnh viện đã giảm thời gian chờ khám từ 2 giờ xuống còn khoảng 45 phút nhờ bố trí thêm bàn tiếp đón. Đồng chí Ma Văn Lực, Trưởng Trạm y tế xã Tràng Xá, kể việc vận động bà con người Dao ở thôn vùng sâu đưa sản phụ đến trạm sinh con thay vì đẻ tại nhà.
Hội nghị cũng chỉ ra một số hạn chế: một bộ phận nhân viên y tế còn gây phiền hà cho người bệnh; việc giải quyết ý kiến phản ánh ở vài đơn vị còn chậm. Nhiều chi bộ chưa đưa nội dung dân vận vào sinh hoạt thường kỳ.
Phát biểu chỉ đạo, đồng chí Dương Thị Hằng đề nghị Đảng ủy Sở tiếp tục thực hiện Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về đổi mới công tác dân vận và tăng cường vận động đồng bào vùng cao; gắn việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh với lời dạy "Lương y phải như từ mẫu".
Dịp này, Đảng ủy Sở tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích trong công tác dân vận năm 2011.
Mạnh Hùng
Số lượt xem: 1.032
Tin liên quan
- Bệnh viện C Thái Nguyên ra mắt tổ công tác xã hội (15/12/2011)
- Sở Y tế ký kết chương trình phối hợp với Hội Nông dân tỉnh (02/12/2011)
- Hội thi cán bộ y tế giỏi nghề, thạo dân vận (18/11/2011)
""", "2011-12-28", "Ngành Y tế Thái Nguyên tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Dương Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Khải", "Bí thư Đảng ủy", "Giám đốc Sở Y tế"),
 P("Hoàng Thị Thu", "bác sỹ", "Phó Giám đốc Bệnh viện Đa khoa huyện Đại Từ"),
 P("Ma Văn Lực", "Trưởng Trạm y tế xã Tràng Xá")],
[Q("27 tổ chức cơ sở đảng", 27, "tổ chức cơ sở đảng"), Q("hơn 3.600 cán bộ, viên chức, người lao động", 3600, "cán bộ, viên chức, người lao động", "over"),
 Q("100%", 100, "%"), Q("214 ý kiến", 214, "ý kiến"), Q("36 ý kiến", 36, "ý kiến"), Q("12 buổi đối thoại", 12, "buổi đối thoại"),
 Q("9 bệnh viện", 9, "bệnh viện"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("khoảng 46.000 suất cơm", 46000, "suất cơm", "approx"), Q("18 đợt khám bệnh", 18, "đợt khám bệnh"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy Sở", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Quyết định", "29", "2008/QĐ-BYT", None, "Bộ Y tế", "Quyết định số 29/2008/QĐ-BYT"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Thái Nguyên"), com("Tràng Xá")],
["SỞ Y TẾ THÁI NGUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức - Sự kiện » Hoạt động Đảng, đoàn thể",
 "Tủ thuốc nhân đạo", "Bếp ăn từ thiện", "Lương y phải như từ mẫu", "Số lượt xem: 1.032", "Quy chế dân chủ ở cơ sở"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "2 giờ", "45 phút", "Số lượt xem: 1.032"]))

PAGES.append(page("b6870-nghean-bvhndk-soket-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Xã hội | Y tế
Cập nhật: 09:42, 17/07/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị.
"Thầy thuốc nói, người bệnh hiểu" ở Bệnh viện Hữu nghị Đa khoa tỉnh
(Baonghean) - Ngày 14/7, Đảng ủy Bệnh viện Hữu nghị Đa khoa Nghệ An tổ chức sơ kết công tác dân vận 6 tháng đầu năm 2012 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Xuân Tường, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì; dự có đồng chí Phan Thị Lan, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy.
Báo cáo của Ban Chỉ đạo Quy chế dân chủ bệnh viện cho thấy, 6 tháng qua đơn vị đã tiếp đón, khám cho trên 186.000 lượt người bệnh, điều trị nội trú gần 31.500 lượt; công suất sử dụng giường bệnh ở nhiều khoa vượt 140%. Trong điều kiện quá tải, bệnh viện chú trọng công tác dân vận trong tiếp đón người bệnh: mỗi khoa có một điều dưỡng làm công tác xã hội, hướng dẫn thủ tục bảo hiểm y tế; đường dây nóng hoạt động 24/24 giờ.
Thực hiện kế hoạch số 32-KH/ĐU của Đảng ủy bệnh viện và Chỉ thị số 04/CT-BYT ngày 06/6/2012 của Bộ Y tế về tăng cường công tác tiếp đón người bệnh, đơn vị đã tổ chức 4 lớp bồi dưỡng kỹ năng giao tiếp cho 312 điều dưỡng, hộ lý. Qua 2.400 phiếu khảo sát sự hài lòng, 89,6% người bệnh hài lòng với thái độ của nhân viên y tế, tăng 7% so với cùng kỳ. Phòng Công tác xã hội đã vận động các nhà hảo tâm hỗ trợ 215 triệu đồng cho 94 bệnh nhân có hoàn cảnh khó khăn.
Đồng chí Trần Thị Minh Hà, Chủ tịch Công đoàn bệnh viện, cho biết các tổ công đoàn đã tổ chức "Bữa cơm có thịt" mỗi thứ Sáu cho bệnh nhân chạy thận nhân tạo. Bác sỹ CKII Hồ Đức Thắng, Trưởng khoa Hồi sức tích cực, kiến nghị cần thêm nhân lực để giảm quá tải.
Một số ý kiến thẳng thắn chỉ ra hạn chế: tình trạng nằm ghép 2 - 3 người/giường vẫn còn ở khoa Nội và khoa Nhi; có lúc người nhà bệnh nhân chưa được giải thích rõ về chi phí điều trị nên phát sinh thắc mắc, khiếu nại. Nhiều ý kiến đề nghị tăng số buổi họp Hội đồng người bệnh cấp khoa.
Kết luận hội nghị, đồng chí Nguyễn Xuân Tường yêu cầu các khoa, phòng tiếp tục thực hiện nghiêm Quy tắc ứng xử, "4 xin, 4 luôn" trong giao tiếp với người bệnh; không để xảy ra tình trạng nhận phong bì, gây phiền hà; công khai giá dịch vụ và thuốc. Đồng chí Phan Thị Lan đề nghị bệnh viện xây dựng mô hình "Dân vận khéo" trong tiếp đón, coi đây là tiêu chí thi đua của từng khoa.
Hội nghị đã trao giấy khen cho 6 khoa, phòng thực hiện tốt Quy chế dân chủ ở cơ sở 6 tháng đầu năm.
Thu Huyền
Bình luận (0)
Tin cùng chuyên mục
- Ra mắt Phòng Công tác xã hội tại Bệnh viện Sản Nhi (05/07/2012)
- Khám bệnh miễn phí cho người dân xã Châu Phong (28/06/2012)
- Tập huấn Quy tắc ứng xử cho nhân viên y tế tuyến huyện (12/06/2012)
""", "2012-07-17", "\"Thầy thuốc nói, người bệnh hiểu\" ở Bệnh viện Hữu nghị Đa khoa tỉnh",
E("so_ket", "2012-H1", "2012-07-14"),
[P("Nguyễn Xuân Tường", "Bí thư Đảng ủy", "Giám đốc Bệnh viện"),
 P("Phan Thị Lan", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Minh Hà", "Chủ tịch Công đoàn bệnh viện"),
 P("Hồ Đức Thắng", "Bác sỹ CKII", "Trưởng khoa Hồi sức tích cực")],
[Q("trên 186.000 lượt người bệnh", 186000, "lượt người bệnh", "over"), Q("gần 31.500 lượt", 31500, "lượt", "approx"),
 Q("vượt 140%", 140, "%", "over"), Q("4 lớp bồi dưỡng kỹ năng giao tiếp", 4, "lớp bồi dưỡng kỹ năng giao tiếp"),
 Q("312 điều dưỡng, hộ lý", 312, "điều dưỡng, hộ lý"), Q("2.400 phiếu khảo sát", 2400, "phiếu khảo sát"),
 Q("89,6%", 89.6, "%"), Q("7%", 7, "%"), Q("215 triệu đồng", 215000000, "đồng"), Q("94 bệnh nhân", 94, "bệnh nhân"),
 Q("6 khoa, phòng", 6, "khoa, phòng")],
[D("Kế hoạch", "32", "KH/ĐU", None, "Đảng ủy bệnh viện", "kế hoạch số 32-KH/ĐU"),
 D("Chỉ thị", "04", "CT-BYT", "2012-06-06", "Bộ Y tế", "Chỉ thị số 04/CT-BYT ngày 06/6/2012")],
[prov("Nghệ An")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Xã hội | Y tế", "Ảnh: Quang cảnh hội nghị.",
 "(Baonghean)", "Bữa cơm có thịt", "Dân vận khéo", "Bình luận (0)", "Quy tắc ứng xử"],
["Cập nhật: 09:42, 17/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "24/24 giờ", "4 xin, 4 luôn", "Bình luận (0)"]))

PAGES.append(page("b6871-cantho-bdvtu-giamsat-2013", """
CẦN THƠ ONLINE
Trang nhất > Chính trị > Xây dựng Đảng
08:15 | 19/09/2013
Giám sát thực hiện Quy chế dân chủ tại Bệnh viện Đa khoa thành phố
Sáng 17-9, Đoàn giám sát của Ban Dân vận Thành ủy Cần Thơ do đồng chí Lê Thị Kim Thoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy làm trưởng đoàn, đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền tại Bệnh viện Đa khoa thành phố Cần Thơ.
Theo báo cáo của bệnh viện, đơn vị hiện có 4 khối chuyên môn với 682 cán bộ, viên chức; Đảng bộ bệnh viện có 11 chi bộ trực thuộc, 196 đảng viên. Bệnh viện đã xây dựng quy chế dân chủ theo Nghị định 71/1998/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan; công khai các khoản thu, giá viện phí, chế độ phụ cấp đặc thù cho viên chức. Hằng quý, Ban Giám đốc đối thoại trực tiếp với người lao động; năm 2012 tổ chức Hội nghị cán bộ, viên chức với 35 ý kiến đóng góp, đã giải trình, tiếp thu 32 ý kiến.
Về phía người bệnh, bệnh viện lắp đặt 14 hộp thư góp ý, thành lập tổ chăm sóc khách hàng gồm 9 thành viên. Trong 8 tháng năm 2013, bệnh viện nhận 27 thư góp ý, trong đó 21 thư khen, 6 thư phản ánh về thái độ phục vụ; đã kiểm điểm, nhắc nhở 4 viên chức. Tỷ lệ người bệnh hài lòng qua khảo sát đạt khoảng 85%.
Bác sĩ Trần Quốc Bảo, Phó Giám đốc phụ trách chuyên môn, cho biết điểm khó nhất hiện nay là quá tải ở khoa Cấp cứu và khoa Sản, nhất là vào các tháng cuối năm; bệnh viện đã tăng thêm 20 giường bệnh, đưa vào sử dụng hệ thống xếp hàng tự động.
Đồng chí Nguyễn Văn Thới, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường An Hòa, thành viên đoàn, ghi nhận nhiều ý kiến của người dân phường đánh giá thái độ của y, bác sĩ đã chuyển biến tích cực, song thủ tục thanh toán bảo hiểm y tế còn mất thời gian.
Kết luận buổi giám sát, đồng chí Lê Thị Kim Thoa đánh giá cao sự chuẩn bị của bệnh viện và đề nghị: tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; gắn thực hiện Quy chế dân chủ với phong trào thi đua "Dân vận khéo"; sớm xây dựng quy trình xử lý ý kiến phản ánh trong 48 giờ. Đoàn cũng đề nghị Đảng ủy Khối Cơ sở thành phố và Sở Y tế quan tâm bổ sung nhân lực cho bệnh viện.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Thành ủy theo Kế hoạch số 38-KH/BDVTU ngày 02/8/2013 của Ban Dân vận Thành ủy.
Ngọc Trinh
Tin khác
- Giám sát thực hiện Quy chế dân chủ ở Công ty Cấp thoát nước (12/09/2013)
- Bình Thủy ra mắt mô hình "Khu phố dân vận khéo" (04/09/2013)
- Ô Môn sơ kết công tác dân vận 6 tháng (25/07/2013)
""", "2013-09-19", "Giám sát thực hiện Quy chế dân chủ tại Bệnh viện Đa khoa thành phố",
E("giam_sat", None, "2013-09-17"),
[P("Lê Thị Kim Thoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Quốc Bảo", "Bác sĩ", "Phó Giám đốc phụ trách chuyên môn"),
 P("Nguyễn Văn Thới", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường An Hòa", "thành viên đoàn")],
[Q("4 khối chuyên môn", 4, "khối chuyên môn"), Q("682 cán bộ, viên chức", 682, "cán bộ, viên chức"), Q("11 chi bộ", 11, "chi bộ"),
 Q("196 đảng viên", 196, "đảng viên"), Q("35 ý kiến", 35, "ý kiến"), Q("32 ý kiến", 32, "ý kiến"),
 Q("14 hộp thư góp ý", 14, "hộp thư góp ý"), Q("9 thành viên", 9, "thành viên"), Q("27 thư góp ý", 27, "thư góp ý"),
 Q("21 thư khen", 21, "thư khen"), Q("6 thư phản ánh", 6, "thư phản ánh"), Q("4 viên chức", 4, "viên chức"),
 Q("khoảng 85%", 85, "%", "approx"), Q("20 giường bệnh", 20, "giường bệnh")],
[D("Nghị định", "71", "1998/NĐ-CP", None, "Chính phủ", "Nghị định 71/1998/NĐ-CP"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "38", "KH/BDVTU", "2013-08-02", "Ban Dân vận Thành ủy", "Kế hoạch số 38-KH/BDVTU ngày 02/8/2013")],
[prov("Cần Thơ"), com("An Hòa")],
["CẦN THƠ ONLINE", "Trang nhất > Chính trị > Xây dựng Đảng", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Đảng ủy Khối Cơ sở thành phố"],
["08:15 | 19/09/2013", "8 tháng năm 2013", "48 giờ", "năm 2012", "khóa XI"]))

PAGES.append(page("b6872-quangbinh-ttyt-doithoai-2014", """
Báo Quảng Bình điện tử
Bạn đang ở: Trang chủ / Xã hội / Y tế - Sức khỏe
29-10-2014 07:35
Lắng nghe người bệnh để phục vụ tốt hơn
(QBĐT) - Ngày 27/10, Bệnh viện Đa khoa huyện Quảng Ninh phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa lãnh đạo bệnh viện với người bệnh, người nhà người bệnh năm 2014. Gần 120 đại biểu là người bệnh, trưởng thôn, đại diện hội đoàn thể các xã tham dự.
Bác sỹ Lê Minh Khoa phát biểu tại buổi đối thoại.
Mở đầu chương trình, ông Lê Minh Khoa, Giám đốc Bệnh viện, thông tin: năm 2014 bệnh viện có 150 giường kế hoạch nhưng thường xuyên điều trị 190 - 210 bệnh nhân nội trú; số người có thẻ bảo hiểm y tế đến khám chiếm trên 82%. Thực hiện Quyết định số 1313/QĐ-BYT ngày 22/4/2013 của Bộ Y tế hướng dẫn quy trình khám bệnh, đơn vị đã cắt giảm 3 khâu thủ tục, rút thời gian khám trung bình xuống còn khoảng 1 giờ 30 phút.
Tại buổi đối thoại, 26 lượt ý kiến được nêu trực tiếp. Bà Hoàng Thị Lài ở xã Hàm Ninh hỏi vì sao có lúc người bệnh phải tự đi mua thuốc ngoài; ông Đinh Xuân Phúc, Trưởng thôn Trung Quán, xã Duy Ninh, phản ánh nhà vệ sinh khu điều trị quá tải, chưa sạch sẽ. Một số người dân thôn Cổ Hiền đề nghị bệnh viện bố trí xe đưa đón cấp cứu ban đêm.
Trả lời các ý kiến, bác sỹ Trương Thị Quý, Phó Giám đốc Bệnh viện, cho biết thời điểm cuối quý III một số loại thuốc đấu thầu tập trung bị chậm cung ứng; bệnh viện đã làm việc với Sở Y tế và cam kết không để người bệnh tự mua thuốc trong danh mục. Đơn vị sẽ dành khoảng 180 triệu đồng từ quỹ phát triển sự nghiệp để sửa chữa 8 phòng vệ sinh trước ngày 31/12.
Ông Nguyễn Thanh Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, đề nghị bệnh viện duy trì đối thoại mỗi năm 2 lần, mời thêm Ban Thanh tra nhân dân các xã giám sát việc thực hiện Quy tắc ứng xử của cán bộ y tế. Ông cũng cho biết Mặt trận huyện đã vận động được 1.240 thẻ bảo hiểm y tế cho hộ cận nghèo trong năm.
Đại diện Ban Dân vận Huyện ủy, đồng chí Phạm Thị Thu Hà, Trưởng Ban Dân vận Huyện ủy, đánh giá cuộc đối thoại thẳng thắn, cởi mở, thể hiện đúng tinh thần Chỉ thị số 03-CT/HU của Ban Thường vụ Huyện ủy về đổi mới phong cách, lề lối làm việc của cán bộ, công chức, viên chức.
Kết thúc hội nghị, bệnh viện cam kết trả lời bằng văn bản 100% ý kiến chưa giải đáp tại chỗ trong vòng 15 ngày và công bố kết quả trên bảng tin tại khoa Khám bệnh.
Tiến Hành
Tin liên quan
- Quảng Ninh: tập huấn công tác dân vận cho cán bộ y tế xã (10/10/2014)
- Khánh thành Trạm y tế xã Vạn Ninh (02/10/2014)
- Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới ra mắt Phòng Công tác xã hội (18/09/2014)
""", "2014-10-29", "Lắng nghe người bệnh để phục vụ tốt hơn",
E("doi_thoai", "2014", "2014-10-27"),
[P("Lê Minh Khoa", "Giám đốc Bệnh viện"),
 P("Hoàng Thị Lài"),
 P("Đinh Xuân Phúc", "Trưởng thôn Trung Quán"),
 P("Trương Thị Quý", "bác sỹ", "Phó Giám đốc Bệnh viện"),
 P("Nguyễn Thanh Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Thị Thu Hà", "Trưởng Ban Dân vận Huyện ủy")],
[Q("Gần 120 đại biểu", 120, "đại biểu", "approx"), Q("150 giường kế hoạch", 150, "giường kế hoạch"),
 Q("190 - 210 bệnh nhân nội trú", 190, "bệnh nhân nội trú", "approx"), Q("trên 82%", 82, "%", "over"),
 Q("3 khâu thủ tục", 3, "khâu thủ tục"), Q("26 lượt ý kiến", 26, "lượt ý kiến"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("8 phòng vệ sinh", 8, "phòng vệ sinh"), Q("1.240 thẻ bảo hiểm y tế", 1240, "thẻ bảo hiểm y tế"), Q("100%", 100, "%")],
[D("Quyết định", "1313", "QĐ-BYT", "2013-04-22", "Bộ Y tế", "Quyết định số 1313/QĐ-BYT ngày 22/4/2013"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 03-CT/HU")],
[prov("Quảng Bình"), com("Hàm Ninh"), com("Duy Ninh")],
["Báo Quảng Bình điện tử", "Bạn đang ở: Trang chủ / Xã hội / Y tế - Sức khỏe", "(QBĐT)",
 "Bác sỹ Lê Minh Khoa phát biểu tại buổi đối thoại.", "Ban Thanh tra nhân dân", "Quy tắc ứng xử"],
["29-10-2014 07:35", "năm 2014", "1 giờ 30 phút", "quý III", "2 lần", "15 ngày"]))

PAGES.append(page("b6873-laocai-bvdk-traoqua-2015", """
LÀO CAI ĐIỆN TỬ
Tin tức > Văn hóa - Xã hội
Ngày đăng 05/02/2015 | 15:40
Mang Tết ấm đến bệnh nhân nghèo vùng cao
Ngày 4/2, Đảng ủy, Ban Giám đốc và Công đoàn Bệnh viện Đa khoa tỉnh Lào Cai tổ chức chương trình "Tết nhân ái" năm 2015, trao 350 suất quà Tết cho bệnh nhân nghèo đang điều trị nội trú và người dân các xã vùng cao.
Các đại biểu trao quà cho bệnh nhân nghèo đang điều trị tại bệnh viện.
Tham dự có bà Lý Thị Vinh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Giàng Seo Phử, Bí thư Đảng ủy xã Bản Khoang; Thầy thuốc ưu tú, BSCKII Vàng A Dình, Bí thư Đảng ủy, Giám đốc Bệnh viện cùng đại diện các nhà tài trợ.
Mỗi suất quà gồm 500.000 đồng tiền mặt, bánh chưng, gạo và chăn ấm, tổng trị giá gần 280 triệu đồng. Trong đó, 200 suất quà được trao tại bệnh viện, 150 suất quà còn lại được đoàn đưa lên xã Bản Khoang và xã Tả Giàng Phình trao tận tay cho các hộ nghèo người Mông, người Dao. Kinh phí do cán bộ, viên chức bệnh viện đóng góp mỗi người 1 ngày lương, cùng sự ủng hộ của 12 doanh nghiệp, nhà hảo tâm.
Bác sỹ Vàng A Dình cho biết, năm 2014 bệnh viện tiếp nhận hơn 9.800 lượt bệnh nhân là đồng bào dân tộc thiểu số, nhiều người không biết tiếng phổ thông. Thực hiện Chỉ thị 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc, bệnh viện đã bố trí 7 nhân viên người Mông, Dao, Tày làm phiên dịch tại khoa Khám bệnh; tổ chức bếp ăn miễn phí cho bệnh nhân nghèo 3 bữa mỗi tuần.
Phát biểu tại buổi trao quà, bà Lý Thị Vinh biểu dương tấm lòng của đội ngũ y, bác sĩ và mong muốn bệnh viện tiếp tục làm tốt công tác dân vận, để "người bệnh đến thì đón tiếp niềm nở, người bệnh ở thì chăm sóc tận tình". Bà đề nghị Đảng ủy bệnh viện nhân rộng cách làm "Bác sĩ nói tiếng đồng bào".
Chị Thào Thị Mỷ, ở thôn Sả Phìn, xã Tả Giàng Phình, có con đang điều trị tại khoa Nhi, xúc động: "Năm nay nhà không về được, nhận quà của bệnh viện thấy ấm lòng lắm".
Theo Ban Giám đốc, chương trình được duy trì liên tục từ năm 2010 đến nay. Ngoài quà Tết, bệnh viện còn miễn tiền ăn cho bệnh nhi nghèo, hỗ trợ tiền xe cho người bệnh ở các xã xa trung tâm khi ra viện; Phòng Công tác xã hội thường xuyên kết nối các nhóm thiện nguyện để giúp những trường hợp bệnh nặng, chi phí điều trị lớn.
Cũng trong dịp này, Đoàn Thanh niên bệnh viện tổ chức khám, tư vấn sức khỏe và phát thuốc miễn phí cho khoảng 400 người dân xã Bản Khoang.
Minh Thu - Văn Tuấn
Xem thêm
- Bệnh viện Sản Nhi khám miễn phí cho trẻ em xã Y Tý (22/01/2015)
- Tết ấm cho người nghèo thành phố Lào Cai (18/01/2015)
- Trạm y tế xã Bản Khoang đạt chuẩn quốc gia (10/12/2014)
""", "2015-02-05", "Mang Tết ấm đến bệnh nhân nghèo vùng cao",
E("trao_qua", None, "2015-02-04"),
[P("Lý Thị Vinh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Seo Phử", "Bí thư Đảng ủy xã Bản Khoang"),
 P("Vàng A Dình", "Thầy thuốc ưu tú", "BSCKII", "Bí thư Đảng ủy", "Giám đốc Bệnh viện", "Bác sỹ"),
 P("Thào Thị Mỷ")],
[Q("350 suất quà", 350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("gần 280 triệu đồng", 280000000, "đồng", "approx"),
 Q("200 suất quà", 200, "suất quà"), Q("150 suất quà", 150, "suất quà"), Q("12 doanh nghiệp, nhà hảo tâm", 12, "doanh nghiệp, nhà hảo tâm"),
 Q("hơn 9.800 lượt bệnh nhân", 9800, "lượt bệnh nhân", "over"), Q("7 nhân viên", 7, "nhân viên"),
 Q("khoảng 400 người dân", 400, "người dân", "approx")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21-CT/TU")],
[prov("Lào Cai"), com("Bản Khoang"), com("Tả Giàng Phình")],
["LÀO CAI ĐIỆN TỬ", "Tin tức > Văn hóa - Xã hội", "Tết nhân ái", "Các đại biểu trao quà cho bệnh nhân nghèo đang điều trị tại bệnh viện.",
 "Bác sĩ nói tiếng đồng bào"],
["Ngày đăng 05/02/2015 | 15:40", "năm 2015", "1 ngày lương", "3 bữa", "năm 2014", "năm 2010"]))

PAGES.append(page("b6874-khanhhoa-syt-taphuan-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH KHÁNH HÒA
Trang chủ | Tin hoạt động | Công tác Đảng - Đoàn thể
15/11/2016 - 10:05
Toàn cảnh lớp tập huấn.
Tập huấn kỹ năng dân vận, giao tiếp cho hơn 200 cán bộ y tế
Trong hai ngày 11 và 12/11, Đảng ủy Sở Y tế Khánh Hòa phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn công tác dân vận và kỹ năng giao tiếp, ứng xử năm 2016 cho hơn 200 cán bộ là bí thư chi bộ, trưởng khoa, điều dưỡng trưởng các bệnh viện và trung tâm y tế tuyến huyện.
Lớp tập huấn nằm trong kế hoạch triển khai Quyết định số 2151/QĐ-BYT ngày 04/6/2015 của Bộ trưởng Bộ Y tế phê duyệt Kế hoạch triển khai thực hiện "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh" và Kế hoạch số 56-KH/ĐUSYT của Đảng ủy Sở Y tế về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2020.
Các học viên được nghe ông Trần Hữu Nghĩa, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề "Công tác dân vận của chính quyền trong đơn vị sự nghiệp y tế"; Thạc sĩ Võ Thị Ngọc Ánh, giảng viên Trường Cao đẳng Y tế Khánh Hòa, hướng dẫn kỹ năng lắng nghe, xử lý tình huống khi người nhà người bệnh bức xúc, kỹ năng thông báo tin xấu. Ngoài lý thuyết, học viên thực hành đóng vai theo 6 tình huống thường gặp ở khoa Cấp cứu, khoa Nhi và khu thu viện phí.
Theo đánh giá của Sở Y tế, sau 1 năm triển khai, toàn tỉnh có 15/15 bệnh viện công lập ký cam kết đổi mới phong cách phục vụ; tỷ lệ hài lòng chung của người bệnh nội trú đạt 91,3%, ngoại trú đạt 84%. Tuy vậy, vẫn còn 17 trường hợp người bệnh phản ánh qua đường dây nóng về thái độ giao tiếp của nhân viên y tế, chủ yếu ở khâu tiếp đón và bảo vệ.
Tại phần trao đổi, nhiều học viên nêu khó khăn thực tế: nhân lực điều dưỡng mỏng, một người phải chăm sóc cùng lúc nhiều bệnh nhân nặng nên khó dành thời gian giải thích cho người nhà; một số người nhà bệnh nhân quay phim, đăng lên mạng xã hội thông tin chưa đúng sự thật. Các giảng viên đã hướng dẫn cách ghi nhận, báo cáo và phối hợp với chính quyền địa phương để giải quyết những tình huống này.
Phát biểu bế mạc, DSCKI Nguyễn Đình Lộc, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế, đề nghị mỗi học viên sau tập huấn trở về đơn vị phải là "hạt nhân" truyền đạt lại cho đồng nghiệp; các chi bộ đưa nội dung giao tiếp, ứng xử vào sinh hoạt chuyên đề ít nhất 2 lần trong năm. Sở sẽ tổ chức kiểm tra, chấm điểm đột xuất tại 9 bệnh viện trong quý I/2017.
Kết thúc lớp học, Ban tổ chức cấp giấy chứng nhận cho 204 học viên đạt yêu cầu.
Diệu Linh
Lượt xem: 645
Tin khác
- Ngành Y tế Khánh Hòa hưởng ứng Tháng hành động vì người cao tuổi (03/11/2016)
- Bệnh viện Đa khoa tỉnh khai trương khu khám bệnh theo yêu cầu (20/10/2016)
- Khám sàng lọc cho 500 người dân xã Ninh Tây (08/10/2016)
""", "2016-11-15", "Tập huấn kỹ năng dân vận, giao tiếp cho hơn 200 cán bộ y tế",
E("tap_huan", "2016", "2016-11-11"),
[P("Trần Hữu Nghĩa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Ngọc Ánh", "Thạc sĩ", "giảng viên Trường Cao đẳng Y tế Khánh Hòa"),
 P("Nguyễn Đình Lộc", "DSCKI", "Phó Bí thư Đảng ủy", "Phó Giám đốc Sở Y tế")],
[Q("hơn 200 cán bộ", 200, "cán bộ", "over"), Q("6 tình huống", 6, "tình huống"), Q("15/15 bệnh viện công lập", 15, "bệnh viện công lập"),
 Q("91,3%", 91.3, "%"), Q("84%", 84, "%"), Q("17 trường hợp", 17, "trường hợp"), Q("9 bệnh viện", 9, "bệnh viện"),
 Q("204 học viên", 204, "học viên")],
[D("Quyết định", "2151", "QĐ-BYT", "2015-06-04", "Bộ trưởng Bộ Y tế", "Quyết định số 2151/QĐ-BYT ngày 04/6/2015"),
 D("Kế hoạch", "56", "KH/ĐUSYT", None, "Đảng ủy Sở Y tế", "Kế hoạch số 56-KH/ĐUSYT")],
[prov("Khánh Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH KHÁNH HÒA", "Trang chủ | Tin hoạt động | Công tác Đảng - Đoàn thể", "Toàn cảnh lớp tập huấn.",
 "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh", "Dân vận khéo",
 "Công tác dân vận của chính quyền trong đơn vị sự nghiệp y tế", "Lượt xem: 645"],
["15/11/2016 - 10:05", "năm 2016", "giai đoạn 2016 - 2020", "1 năm", "2 lần", "quý I/2017", "Lượt xem: 645"]))
