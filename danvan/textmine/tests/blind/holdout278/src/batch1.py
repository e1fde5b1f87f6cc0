from lib import *
PAGES = []

PAGES.append(page("b6629-hatinh-bcd-tongket-2011", """
BAOHATINH.VN - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Tĩnh
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 28/12/2011 - 14:35
Tổng kết năm 2011 thực hiện Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"
(Baohatinh.vn) - Chiều 27/12, Ban Chỉ đạo Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" tỉnh tổ chức hội nghị tổng kết năm 2011, đánh giá bước đầu việc triển khai Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị. Đồng chí Trần Đình Khoa, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đại biểu dự hội nghị tổng kết. Ảnh: Đình Nhật
Báo cáo do ông Phan Văn Lợi, Phó Trưởng Ban Tuyên giáo Tỉnh ủy trình bày nêu rõ: tiếp nối kết quả 5 năm thực hiện Chỉ thị 06-CT/TW của Bộ Chính trị, năm 2011 các cấp ủy trong tỉnh đã tổ chức học tập chuyên đề "Nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân" cho hơn 98.000 lượt cán bộ, đảng viên. Có 96,7% cán bộ, đảng viên đã viết bản đăng ký làm theo gắn với nhiệm vụ được giao; Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 20/7/2011 triển khai Chỉ thị 03 đến tận chi bộ.
Nhiều địa phương đã gắn việc làm theo Bác với phong trào xây dựng nông thôn mới. Nhân dân trong tỉnh góp trên 12,5 tỷ đồng, hiến hơn 46.000 m2 đất để làm đường giao thông, kênh mương nội đồng; 238 nhà tình nghĩa, nhà đại đoàn kết được xây mới và sửa chữa.
Tham luận tại hội nghị, bà Nguyễn Thị Thu Hà, Bí thư Chi bộ thôn Trung Thượng, xã Sơn Trung (Hương Sơn), kể lại việc chi bộ đưa nội dung làm theo Bác vào sinh hoạt hằng tháng, mỗi đảng viên nhận giúp đỡ ít nhất một hộ khó khăn. Ông Lê Hữu Bình, Chủ tịch UBND xã Thạch Kim (Lộc Hà) chia sẻ cách vận động ngư dân góp vốn đóng tàu, cùng nhau bám biển.
Hội nghị cũng chỉ ra những hạn chế: việc học tập ở một số chi bộ còn hình thức, chưa gắn với đánh giá cán bộ cuối năm; một số nơi chưa có mô hình, điển hình cụ thể để nhân rộng.
Kết luận hội nghị, đồng chí Trần Đình Khoa đề nghị các cấp ủy đưa việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh thành nội dung sinh hoạt thường xuyên; cán bộ, đảng viên nghiêm túc thực hiện Quy định số 47-QĐ/TW ngày 1/11/2011 của Ban Chấp hành Trung ương về những điều đảng viên không được làm; người đứng đầu phải gương mẫu trước.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 45 tập thể, 112 cá nhân tiêu biểu trong học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2011.
Đình Nhật
Lượt xem: 1.204
Tin liên quan
- Can Lộc học tập chuyên đề năm 2011 (15/11/2011)
- Kỳ Anh tuyên dương 30 điển hình làm theo Bác (04/11/2011)
- Ban Tuyên giáo Tỉnh ủy triển khai Chỉ thị 03-CT/TW (02/06/2011)
- Nghi Xuân: nhân rộng mô hình "Chi bộ 4 tốt" (19/05/2011)
""", "2011-12-28", "Tổng kết năm 2011 thực hiện Cuộc vận động \"Học tập và làm theo tấm gương đạo đức Hồ Chí Minh\"",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Đình Khoa", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Phan Văn Lợi", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Bí thư Chi bộ thôn Trung Thượng"),
 P("Lê Hữu Bình", "Chủ tịch UBND xã Thạch Kim")],
[Q("hơn 98.000 lượt cán bộ, đảng viên", 98000, "lượt cán bộ, đảng viên", "over"), Q("96,7%", 96.7, "%"),
 Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("hơn 46.000 m2", 46000, "m2", "over"),
 Q("238 nhà tình nghĩa, nhà đại đoàn kết", 238, "nhà tình nghĩa, nhà đại đoàn kết"),
 Q("45 tập thể", 45, "tập thể"), Q("112 cá nhân tiêu biểu", 112, "cá nhân tiêu biểu")],
[D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Chỉ thị", "06", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 06-CT/TW của Bộ Chính trị"),
 D("Kế hoạch", "12", "KH/TU", "2011-07-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 20/7/2011"),
 D("Quy định", "47", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quy định số 47-QĐ/TW ngày 1/11/2011")],
[prov("Hà Tĩnh"), com("Sơn Trung"), com("Thạch Kim")],
["BAOHATINH.VN - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Tĩnh", "Trang chủ > Chính trị > Xây dựng Đảng",
 "(Baohatinh.vn)", "Đại biểu dự hội nghị tổng kết. Ảnh: Đình Nhật", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
 "Nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 14:35", "5 năm", "một hộ khó khăn", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b6630-laocai-huyenuy-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ › Tin tức - Sự kiện › Xây dựng Đảng
Cập nhật: 08:50, 17/07/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị.
Bát Xát: nhiều cách làm hay trong học tập và làm theo Bác ở vùng cao
Ngày 16/7/2012, Ban Thường vụ Huyện ủy Bát Xát tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Dự và chỉ đạo hội nghị có các đồng chí Phó Bí thư Huyện ủy: Lò Văn Thắng, Hoàng Thị Nhung.
Sáu tháng qua, 100% chi bộ trong Đảng bộ huyện đã đưa nội dung làm theo Bác vào sinh hoạt định kỳ. Huyện ủy ban hành Kế hoạch 28, 29-KH/HU về học tập chuyên đề năm 2012 và về xây dựng mô hình làm theo ở các xã biên giới. Toàn huyện có 27 chi bộ đăng ký xây dựng "Chi bộ 4 tốt", 312 đảng viên nhận giúp đỡ hộ đồng bào Mông, Dao, Hà Nhì phát triển kinh tế.
Đồng chí Vàng A Sài, Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy cho biết: cái khó nhất ở Bát Xát là nhiều đảng viên vùng cao chưa thạo tiếng phổ thông, nên Ban đã biên soạn tài liệu ngắn gọn, nhờ người có uy tín dịch sang tiếng Mông, tiếng Dao để đọc trên loa truyền thanh thôn bản. Nhờ vậy, 3.450 lượt người đã được nghe kể chuyện về Bác trong các buổi sinh hoạt cộng đồng.
Tại xã Y Tý, ông Ly Mờ Pà, Bí thư Chi bộ thôn Choản Thèn, vận động bà con người Hà Nhì trồng khoảng 40 ha thảo quả, chè Shan tuyết. Ở xã A Mú Sung, ông Chảo Láo Lở, trưởng bản Nấm Lư, cùng chi bộ bản vận động 19 hộ bỏ tục mời thầy cúng khi ốm đau, đưa người bệnh đến trạm y tế. Xã Trịnh Tường huy động khoảng 860 triệu đồng làm 6 km đường bê tông liên thôn.
Bà Sùng Thị Mỷ, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện, đề nghị cấp ủy quan tâm hơn tới việc nhân rộng các gương phụ nữ dân tộc thiểu số làm kinh tế giỏi.
Hội nghị cũng thẳng thắn chỉ ra: việc học tập ở một số chi bộ còn đọc chép, chưa gắn với việc làm cụ thể; tỷ lệ đảng viên có bản đăng ký làm theo ở 4 xã vùng cao mới đạt 72%.
Phát biểu chỉ đạo, đồng chí Lò Văn Thắng yêu cầu 6 tháng cuối năm mỗi cấp ủy chọn ít nhất 2 việc làm cụ thể để tập trung làm theo, gắn với thực hiện Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng.
Hội nghị đã khen thưởng 8 tập thể, 15 cá nhân có thành tích tiêu biểu. Trước đó, Bát Xát là một trong những huyện được Ban Tuyên giáo Tỉnh ủy Lào Cai chọn làm điểm xây dựng tủ sách về Bác ở nhà văn hóa thôn, bản.
Minh Tuấn - Ban Tuyên giáo Huyện ủy
Các tin khác
- Y Tý: sinh hoạt chuyên đề "Học Bác" tại chi bộ thôn (09/07/2012)
- Huyện ủy Bát Xát làm việc với Đảng ủy xã Bản Vược (28/06/2012)
- Tuổi trẻ Bát Xát làm theo lời Bác (10/05/2012)
""", "2012-07-17", "Bát Xát: nhiều cách làm hay trong học tập và làm theo Bác ở vùng cao",
E("so_ket", "2012-H1", "2012-07-16"),
[P("Lò Văn Thắng", "Phó Bí thư Huyện ủy"), P("Hoàng Thị Nhung", "Phó Bí thư Huyện ủy"),
 P("Vàng A Sài", "Huyện ủy viên", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Ly Mờ Pà", "Bí thư Chi bộ thôn Choản Thèn"), P("Chảo Láo Lở", "trưởng bản Nấm Lư"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện")],
[Q("100% chi bộ", 100, "%"), Q("27 chi bộ", 27, "chi bộ"), Q("312 đảng viên", 312, "đảng viên"),
 Q("3.450 lượt người", 3450, "lượt người"), Q("khoảng 40 ha", 40, "ha", "approx"), Q("19 hộ", 19, "hộ"),
 Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"), Q("6 km", 6, "km"), Q("4 xã vùng cao", 4, "xã vùng cao"),
 Q("72%", 72, "%"), Q("ít nhất 2 việc làm cụ thể", 2, "việc làm cụ thể", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW của Bộ Chính trị"),
 D("Kế hoạch", "28", "KH/HU", None, "Huyện ủy", "Kế hoạch 28, 29-KH/HU"),
 D("Kế hoạch", "29", "KH/HU", None, "Huyện ủy", "Kế hoạch 28, 29-KH/HU")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Trịnh Tường")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ › Tin tức - Sự kiện › Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị.", "Chi bộ 4 tốt", "Nghị quyết Trung ương 4 (khóa XI)", "Minh Tuấn - Ban Tuyên giáo Huyện ủy"],
["Cập nhật: 08:50, 17/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "Sáu tháng qua", "4 tốt", "6 tháng cuối năm",
 "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b6631-cantho-guong-nongdan-2013", """
Báo Cần Thơ Online
Thời sự | Chính trị | Học tập và làm theo tấm gương đạo đức Hồ Chí Minh
14/10/2013 - 07:30
Ông Lê Văn Tám (bìa phải) cùng bà con ấp Thới Thuận kiểm tra cây cầu mới.
Chuyện ông Tư "cầu đường" ở Thới Xuân
Ở xã Thới Xuân, huyện Cờ Đỏ, hỏi ông Tư "cầu đường" thì từ người già đến con nít ai cũng biết. Đó là ông Lê Văn Tám, Chi hội trưởng Chi hội Nông dân ấp Thới Thuận, người hơn 10 năm nay miệt mài vận động bà con góp tiền, góp công bắc cầu, làm đường.
"Hồi trước đi đâu cũng phải lụy đò, con nít đi học té sông hoài, tui thấy xót lắm", ông Tư kể. Từ năm 2003, ông bàn với vợ con hiến 1.200 m2 đất vườn để mở con đường đal ra lộ. Thấy ông làm trước, bà con trong ấp làm theo: 46 hộ tự nguyện hiến đất, dời hàng rào, chặt cây, không ai đòi bồi thường một đồng.
Đến nay, ông đã cùng Chi hội Nông dân vận động xây dựng 12 cây cầu bê tông, nâng cấp hơn 3 km đường đal, tổng kinh phí gần 1,4 tỷ đồng, trong đó nhân dân đóng góp trên 70%. Riêng ông góp 35 triệu đồng, là tiền bán 2 con bò và mấy đợt lúa.
Ông Nguyễn Văn Bé, Chủ tịch Hội Nông dân xã Thới Xuân, nhận xét: "Ông Tư không nói nhiều, nhưng ổng làm tới đâu thì dân theo tới đó. Cái hay của ổng là công khai từng đồng, ai góp bao nhiêu đều dán lên bảng ở nhà văn hóa ấp".
Không chỉ lo cầu đường, ông Tư còn là "cây đa" trong tổ hòa giải ấp. Mấy năm qua, tổ đã hòa giải thành 18 vụ tranh chấp đất đai, không để xảy ra khiếu kiện vượt cấp. Ông cũng đứng ra bảo lãnh cho 7 hộ nghèo vay vốn nuôi cá, trồng nấm rơm; nay 5 hộ đã thoát nghèo.
Bà Trần Thị Kim Loan, Phó Bí thư Thường trực Đảng ủy xã Thới Xuân, cho biết: năm 2012, ông Tư được UBND thành phố tặng bằng khen vì có thành tích xuất sắc trong học tập và làm theo tấm gương đạo đức Hồ Chí Minh theo Chỉ thị 03-CT/TW. Xã đang nhân rộng cách làm của ông ra 9 ấp còn lại.
Nhà ông Tư nay cũng thành nơi bà con tới hỏi chuyện. Có khi là chuyện con đường ngập nước mùa lũ, có khi là chuyện hai nhà hàng xóm lấn ranh. Ông nghe hết, ghi vào cuốn sổ tay, tối đó đi gặp từng nhà. "Mình nói phải thì bà con nghe, mình làm trước thì bà con làm theo. Mấy chục năm tui thấy vậy hoài", ông nói. Vợ ông nhiều lúc cũng than vì ông lo chuyện xóm hơn chuyện nhà, nhưng rồi cũng lặng lẽ nấu cơm cho mấy anh em trong tổ đổ bê tông.
Theo Ban Tuyên giáo Quận ủy Ô Môn và Huyện ủy Cờ Đỏ, những tấm gương bình dị như ông Tư đang được các chi bộ chọn để kể trong sinh hoạt chuyên đề, để cán bộ, đảng viên thấy học Bác không phải là chuyện gì xa xôi.
Hỏi ông có tính nghỉ chưa, ông Tư cười: "Còn đi được là còn làm. Bác Hồ dạy việc gì lợi cho dân thì hết sức làm, tui chỉ làm theo chút chút thôi".
Bài, ảnh: Ngọc Hân
Tin khác
- Phong Điền: 50 gương điển hình làm theo Bác được tuyên dương (10/10/2013)
- Thốt Nốt học tập chuyên đề năm 2013 (02/10/2013)
- Người thương binh giàu lòng nhân ái (25/09/2013)
""", "2013-10-14", "Chuyện ông Tư \"cầu đường\" ở Thới Xuân",
E("khac", None, None),
[P("Lê Văn Tám", "Chi hội trưởng Chi hội Nông dân ấp Thới Thuận"),
 P("Nguyễn Văn Bé", "Chủ tịch Hội Nông dân xã Thới Xuân"),
 P("Trần Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy xã Thới Xuân")],
[Q("1.200 m2", 1200, "m2"), Q("46 hộ", 46, "hộ"), Q("12 cây cầu bê tông", 12, "cây cầu bê tông"),
 Q("hơn 3 km", 3, "km", "over"), Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("trên 70%", 70, "%", "over"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("2 con bò", 2, "con bò"), Q("18 vụ tranh chấp đất đai", 18, "vụ tranh chấp đất đai"),
 Q("7 hộ nghèo", 7, "hộ nghèo"), Q("5 hộ", 5, "hộ"), Q("9 ấp", 9, "ấp")],
[D("Chỉ thị", "03", "CT/TW", None, None, "Chỉ thị 03-CT/TW")],
[prov("Cần Thơ"), com("Thới Xuân")],
["Báo Cần Thơ Online", "Thời sự | Chính trị | Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
 "Ông Lê Văn Tám (bìa phải) cùng bà con ấp Thới Thuận kiểm tra cây cầu mới.", "Tư \"cầu đường\"", "Bài, ảnh: Ngọc Hân"],
["14/10/2013 - 07:30", "10 năm", "năm 2003", "năm 2012", "một đồng"]))

PAGES.append(page("b6632-nghean-tuyenduong-hoinghi-2014", """
BÁO NGHỆ AN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Thời sự / Chính trị
Ngày đăng 21/11/2014 | 16:10
Nghệ An biểu dương 210 điển hình học tập và làm theo Bác
(Baonghean) - Ngày 20/11/2014, tại TP Vinh, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị biểu dương điển hình tiên tiến trong học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2014. Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Hồ Đức Thành, Nguyễn Văn Phúc; đồng chí Trần Thị Mai Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.
Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy
Sau hơn 3 năm triển khai Chỉ thị 03-CT/TW và Kế hoạch số 115-KH/TU ngày 03/6/2011 của Ban Thường vụ Tỉnh ủy, việc học tập và làm theo Bác ở Nghệ An đã có chiều sâu. Quy định số 101-QĐ/TW ngày 7/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp, được 21 huyện, thành, thị cụ thể hóa bằng quy định riêng. Năm 2014, toàn tỉnh có hơn 2.600 tập thể và 14.500 cá nhân được các cấp khen thưởng vì có việc làm theo Bác cụ thể.
Hội nghị lần này biểu dương 210 điển hình, gồm 86 tập thể và 124 cá nhân, trong đó có 31 người là đồng bào dân tộc thiểu số ở các huyện miền Tây.
Chia sẻ tại hội nghị, bà Lô Thị Hoa, Bí thư Chi bộ bản Huồi Tụ, xã Châu Kim (Quế Phong), kể chuyện vận động bà con người Thái bỏ rượu chè, góp công làm 1,8 km đường bê tông vào bản. Ông Vi Văn Khẩm, người có uy tín bản Cà Moong, xã Hữu Khuông (Tương Dương), đã hòa giải thành 9 vụ mâu thuẫn trong dòng họ, thuyết phục 3 thanh niên trở về sau thời gian đi theo người lạ sang bên kia biên giới. Thượng úy Lầu Bá Chò, cán bộ Đồn Biên phòng Nậm Cắn, kể việc nhận đỡ đầu 12 học sinh người Mông đến trường.
Thay mặt lãnh đạo tỉnh, đồng chí Hồ Đức Thành ghi nhận những tấm gương "người thật, việc thật", khẳng định: "Điển hình không ở đâu xa, mà ở ngay trong mỗi chi bộ, mỗi bản làng". Đồng chí đề nghị các cấp ủy tiếp tục thực hiện nghiêm Chỉ thị 03-CT/TW, Quy định 101-QĐ/TW; đưa việc làm theo Bác vào đánh giá, xếp loại đảng viên cuối năm; mỗi tổ chức cơ sở đảng xây dựng ít nhất một mô hình làm theo.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 86 tập thể và 124 cá nhân, kèm theo mức thưởng 1,5 triệu đồng mỗi tập thể và 800.000 đồng mỗi cá nhân. Đồng chí Nguyễn Văn Phúc trao bằng khen cho các điển hình thuộc khối doanh nghiệp và lực lượng vũ trang.
Đại diện các điển hình được tuyên dương, chị Phan Thị Hạnh, giáo viên Trường Tiểu học Môn Sơn 2, xã Môn Sơn (Con Cuông), bày tỏ: "Phần thưởng hôm nay là động lực để chúng tôi gắn bó với học trò vùng khó".
Cùng ngày, Ban Tuyên giáo Tỉnh ủy phát hành cuốn sách "Những bông hoa đẹp làm theo lời Bác" tập hợp gương điển hình của tỉnh.
Thanh Lê
Xem thêm
- Diễn Châu sơ kết 3 năm thực hiện Chỉ thị 03-CT/TW (10/11/2014)
- Kỳ Sơn: người Mông làm theo lời Bác (29/10/2014)
- Tuổi trẻ Nghệ An học tập và làm theo Bác (14/10/2014)
""", "2014-11-21", "Nghệ An biểu dương 210 điển hình học tập và làm theo Bác",
E("hoi_nghi", "2014", "2014-11-20"),
[P("Hồ Đức Thành", "Phó Bí thư Tỉnh ủy"), P("Nguyễn Văn Phúc", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Mai Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lô Thị Hoa", "Bí thư Chi bộ bản Huồi Tụ"), P("Vi Văn Khẩm", "người có uy tín bản Cà Moong"),
 P("Lầu Bá Chò", "Thượng úy", "cán bộ Đồn Biên phòng Nậm Cắn"),
 P("Phan Thị Hạnh", "giáo viên Trường Tiểu học Môn Sơn 2")],
[Q("210 điển hình", 210, "điển hình"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("hơn 2.600 tập thể", 2600, "tập thể", "over"), Q("14.500 cá nhân", 14500, "cá nhân"),
 Q("86 tập thể", 86, "tập thể"), Q("124 cá nhân", 124, "cá nhân"),
 Q("31 người", 31, "người"), Q("1,8 km", 1.8, "km"), Q("9 vụ mâu thuẫn trong dòng họ", 9, "vụ mâu thuẫn trong dòng họ"),
 Q("3 thanh niên", 3, "thanh niên"), Q("12 học sinh", 12, "học sinh"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("800.000 đồng", 800000, "đồng")],
[D("Chỉ thị", "03", "CT/TW", None, None, "Chỉ thị 03-CT/TW"),
 D("Kế hoạch", "115", "KH/TU", "2011-06-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 115-KH/TU ngày 03/6/2011"),
 D("Quy định", "101", "QĐ/TW", "2012-06-07", "Ban Bí thư", "Quy định số 101-QĐ/TW ngày 7/6/2012")],
[prov("Nghệ An"), com("Châu Kim"), com("Hữu Khuông"), com("Môn Sơn")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Thời sự / Chính trị", "(Baonghean)",
 "Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy",
 "Những bông hoa đẹp làm theo lời Bác", "Đồn Biên phòng Nậm Cắn", "Trường Tiểu học Môn Sơn 2"],
["Ngày đăng 21/11/2014 | 16:10", "hơn 3 năm", "ít nhất một mô hình", "năm 2014", "Môn Sơn 2"]))

PAGES.append(page("b6633-thuathienhue-giamsat-2015", """
Báo Thừa Thiên Huế Online
TRANG CHỦ >> CHÍNH TRỊ >> XÂY DỰNG ĐẢNG
09:42 | 09/09/2015
Giám sát việc học tập và làm theo Bác tại phường Thủy Xuân
Hôm nay: 12/09/2015
(TTHO) - Ngày 8/9, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy làm trưởng đoàn đã làm việc với Đảng ủy phường Thủy Xuân (TP Huế) về việc thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị và Quy định 76-QĐ/TW của Bộ Chính trị về đảng viên đang công tác giữ mối liên hệ với chi ủy nơi cư trú.
Theo báo cáo của Đảng ủy phường, Đảng bộ có 17 chi bộ với 486 đảng viên; 100% đảng viên đã đăng ký nội dung làm theo Bác và được chi bộ kiểm điểm 6 tháng một lần. Thực hiện Hướng dẫn số 23-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, phường chọn 21 mô hình làm theo để chỉ đạo điểm, như "Tổ dân phố không rác thải", "Nghĩa tình với người có công", "Cửa hàng an toàn thực phẩm".
Đồng chí Hồ Thị Mai, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam phường Thủy Xuân, cho biết: từ phong trào làm theo, nhân dân đã góp hơn 150 triệu đồng sửa 4 căn nhà cho hộ nghèo, hộ chính sách; các đoàn thể vận động 62 hộ làm nghề hương, nón lá vay vốn mở rộng sản xuất.
Tại buổi làm việc, thành viên đoàn giám sát chỉ ra một số hạn chế: 38 đảng viên đang công tác ở cơ quan nhưng chưa thường xuyên sinh hoạt với chi ủy nơi cư trú; việc ghi sổ theo dõi bản đăng ký ở một vài chi bộ chưa cụ thể; chưa có đánh giá định lượng kết quả làm theo.
Ông Nguyễn Quang Vinh, Bí thư Đảng ủy phường Thủy Xuân, tiếp thu ý kiến và cho biết Đảng ủy sẽ rà soát, yêu cầu các chi bộ khắc phục trước ngày 30/9.
Kết luận buổi giám sát, đồng chí Lê Văn Trung đánh giá cao cách làm của Thủy Xuân trong việc gắn làm theo Bác với nếp sống văn minh đô thị; đề nghị phường quan tâm hơn việc nêu gương của người đứng đầu, chuẩn bị tốt nội dung cho đại hội đảng bộ nhiệm kỳ 2015 - 2020. Cũng trong ngày, đoàn giám sát tại Đảng ủy xã Hương Vinh (Hương Trà); tại đây, 92,5% đảng viên được đánh giá hoàn thành tốt việc đăng ký làm theo.
Đợt giám sát kéo dài đến hết tháng 9, tại 6 đảng bộ cơ sở thuộc thành phố Huế, thị xã Hương Trà và huyện Phú Vang.
Theo kế hoạch, sau đợt giám sát, Ban Tuyên giáo Tỉnh ủy sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy những cách làm hay để nhân rộng trong toàn tỉnh, đồng thời kiến nghị xử lý những nơi còn chậm khắc phục hạn chế đã được chỉ ra qua các đợt kiểm tra trước.
Hoài Thương
Bản in | Gửi bạn bè | Lượt xem: 532
Tin cùng chuyên mục
- Phú Vang triển khai chuyên đề năm 2015 (02/09/2015)
- Huế: 120 đảng viên đăng ký làm theo Bác tại nơi cư trú (25/08/2015)
- Phong Điền tuyên dương gương sáng làm theo Bác (14/08/2015)
""", "2015-09-09", "Giám sát việc học tập và làm theo Bác tại phường Thủy Xuân",
E("giam_sat", None, "2015-09-08"),
[P("Lê Văn Trung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hồ Thị Mai", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thủy Xuân"),
 P("Nguyễn Quang Vinh", "Bí thư Đảng ủy phường Thủy Xuân")],
[Q("17 chi bộ", 17, "chi bộ"), Q("486 đảng viên", 486, "đảng viên"), Q("100% đảng viên", 100, "%"),
 Q("21 mô hình", 21, "mô hình"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("4 căn nhà", 4, "căn nhà"),
 Q("62 hộ làm nghề hương, nón lá", 62, "hộ"), Q("38 đảng viên", 38, "đảng viên"), Q("92,5%", 92.5, "%"),
 Q("6 đảng bộ cơ sở", 6, "đảng bộ cơ sở")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW của Bộ Chính trị"),
 D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định 76-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "23", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 23-HD/BTGTU")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Hương Vinh")],
["Báo Thừa Thiên Huế Online", "TRANG CHỦ >> CHÍNH TRỊ >> XÂY DỰNG ĐẢNG", "Hôm nay: 12/09/2015", "(TTHO)",
 "Tổ dân phố không rác thải", "Nghĩa tình với người có công", "Cửa hàng an toàn thực phẩm", "Bản in | Gửi bạn bè | Lượt xem: 532"],
["09:42 | 09/09/2015", "Hôm nay: 12/09/2015", "6 tháng một lần", "nhiệm kỳ 2015 - 2020", "tháng 9", "Lượt xem: 532"]))

PAGES.append(page("b6634-soctrang-btg-giaoban-q3-2016", """
BAN TUYÊN GIÁO TỈNH ỦY SÓC TRĂNG
Tin tức - Sự kiện :: Hoạt động tuyên giáo
06/10/2016 09:15
Toàn cảnh buổi giao ban.
Đưa Chỉ thị 05-CT/TW vào từng chi bộ, phum, sóc
Ngày 05/10/2016, Ban Tuyên giáo Tỉnh ủy Sóc Trăng tổ chức giao ban công tác tuyên giáo quý III/2016, tập trung đánh giá bước đầu việc triển khai Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đồng chí Thạch Sô Phol, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy chủ trì.
Trong quý, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 40, 41-KH/TU về thực hiện Chỉ thị 05-CT/TW và về học tập chuyên đề năm 2016; Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 31-HD/BTGTU về việc xây dựng bản cam kết làm theo. Đến cuối tháng 9, có 11/11 huyện, thị xã, thành phố đã tổ chức hội nghị quán triệt cho 2.860 cán bộ chủ chốt; 94% tổ chức cơ sở đảng đã học tập chuyên đề.
Các cơ quan tuyên giáo đã phối hợp Đài Phát thanh và Truyền hình tỉnh phát sóng 13 chương trình song ngữ Việt - Khmer kể chuyện Bác Hồ; in 5.000 cuốn tài liệu bằng tiếng Khmer gửi về các chùa để sư sãi đọc cho bà con nghe.
Tại buổi giao ban, bà Lâm Thị Sa Phia, HUV, Trưởng Ban Tuyên giáo Huyện ủy Trần Đề, cho biết huyện đã chọn 14 gương điển hình là đồng bào Khmer để tuyên truyền trên hệ thống loa ấp. Ông Sơn Ngọc Thạch, Trưởng Ban Tuyên giáo Thị ủy Vĩnh Châu, phản ánh nhiều chi bộ ấp còn lúng túng khi cụ thể hóa chuẩn mực đạo đức theo Bác thành việc làm hằng ngày.
Hòa thượng Kim Sa Ra, trụ trì chùa Som Rông, phường 5, thành phố Sóc Trăng, được mời dự giao ban, đề nghị tăng số đầu sách song ngữ để đưa vào lớp dạy chữ Khmer hè. Hiện chùa có 2 lớp với khoảng 80 em theo học.
Đồng chí Đào Văn Kiệt, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết quý IV Ban sẽ mở 3 lớp bồi dưỡng báo cáo viên cấp huyện, mỗi lớp từ 60 đến 70 học viên.
Nhiều ý kiến cho rằng việc học tập ở cơ sở vẫn nặng về đọc tài liệu; một số chi bộ ấp có đông đảng viên lớn tuổi, đi làm ăn xa nên khó duy trì sinh hoạt chuyên đề. Có nơi bản cam kết làm theo còn chung chung, chép lại của nhau, chưa gắn với chức trách, nhiệm vụ của từng người.
Kết luận, đồng chí Thạch Sô Phol yêu cầu quý IV các huyện hoàn thành việc xây dựng bản cam kết của 100% cán bộ, đảng viên trước ngày 31/12; chuẩn bị sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW; đưa tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt của các điểm chùa, các tổ nhân dân tự quản ở phum, sóc.
Ngọc Thạch
Tin khác
- Mỹ Xuyên quán triệt Chỉ thị 05-CT/TW (29/09/2016)
- Giao ban báo cáo viên tháng 9 (20/09/2016)
- Châu Thành: 70 bản cam kết làm theo Bác của cán bộ chủ chốt (10/09/2016)
""", "2016-10-06", "Đưa Chỉ thị 05-CT/TW vào từng chi bộ, phum, sóc",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Thạch Sô Phol", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Lâm Thị Sa Phia", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Trần Đề"),
 P("Sơn Ngọc Thạch", "Trưởng Ban Tuyên giáo Thị ủy Vĩnh Châu"),
 P("Kim Sa Ra", "Hòa thượng", "trụ trì chùa Som Rông"),
 P("Đào Văn Kiệt", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")],
[Q("11/11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("2.860 cán bộ chủ chốt", 2860, "cán bộ chủ chốt"),
 Q("94%", 94, "%"), Q("13 chương trình song ngữ Việt - Khmer", 13, "chương trình song ngữ Việt - Khmer"),
 Q("5.000 cuốn tài liệu", 5000, "cuốn tài liệu"), Q("14 gương điển hình", 14, "gương điển hình"),
 Q("2 lớp", 2, "lớp"), Q("khoảng 80 em", 80, "em", "approx"), Q("3 lớp bồi dưỡng báo cáo viên cấp huyện", 3, "lớp bồi dưỡng báo cáo viên cấp huyện"),
 Q("60", 60, "học viên"), Q("70 học viên", 70, "học viên"), Q("100% cán bộ, đảng viên", 100, "%")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "40", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 40, 41-KH/TU"),
 D("Kế hoạch", "41", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 40, 41-KH/TU"),
 D("Hướng dẫn", "31", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 31-HD/BTGTU")],
[prov("Sóc Trăng"), com("phường 5")],
["BAN TUYÊN GIÁO TỈNH ỦY SÓC TRĂNG", "Tin tức - Sự kiện :: Hoạt động tuyên giáo", "Toàn cảnh buổi giao ban.",
 "Đài Phát thanh và Truyền hình tỉnh", "chùa Som Rông"],
["06/10/2016 09:15", "quý III/2016", "quý IV", "1 năm", "phường 5", "năm 2016"]))
