from lib import *
PAGES = []

PAGES.append(page("b6509-kontum-bdv-tongket-caosu-2011", """
BAN DÂN VẬN TỈNH ỦY KON TUM - Trang thông tin điện tử
Trang chủ > Hoạt động dân vận > Dân vận trong doanh nghiệp
Thứ Tư, 28/12/2011 - 09:30
Kon Tum: Tổng kết công tác dân vận ở các nông trường cao su năm 2011
Chiều 27/12, Ban Dân vận Tỉnh ủy phối hợp với Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác dân vận trong các công ty, nông trường cao su trên địa bàn năm 2011. Đồng chí A Păng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Đình Khoa, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh đồng chủ trì.
Các đại biểu dự hội nghị tổng kết. Ảnh: H.Thu
Hiện toàn tỉnh có 11 công ty và 34 nông trường, đội sản xuất cao su đóng chân trên địa bàn 38 xã vùng sâu, vùng xa, với hơn 9.200 công nhân, trong đó khoảng 4.100 công nhân là người đồng bào dân tộc thiểu số tại chỗ. Tổng diện tích cao su của các đơn vị là 27.450 ha, đã đưa vào khai thác 11.600 ha.
Năm qua, thực hiện Chỉ thị số 17-CT/TU ngày 12/4/2010 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong các doanh nghiệp cao su và Quy chế phối hợp số 03-QC/BDVTU-ĐUK giữa Ban Dân vận Tỉnh ủy với Đảng ủy Khối Doanh nghiệp, các đơn vị đã vận động 1.350 hộ đồng bào Xơ Đăng, Ba Na góp đất trồng cao su theo mô hình liên doanh, liên kết; hỗ trợ 326 hộ nghèo làm nhà ở, trích hơn 3,2 tỷ đồng từ quỹ phúc lợi để làm đường giao thông, sửa chữa trường học, nhà rông.
Báo cáo cũng chỉ rõ, việc giao khoán vườn cây ở một số nông trường chưa công khai; còn 17 vụ tranh chấp đất đai giữa người dân với doanh nghiệp chưa được giải quyết dứt điểm, tập trung ở các xã Đăk Long, Mô Rai. Một bộ phận công nhân chưa yên tâm gắn bó vì thu nhập bình quân mới đạt 2,4 triệu đồng/người/tháng.
Tham luận tại hội nghị, đồng chí Y Thơm, Bí thư Đảng ủy xã Ia Chim, cho biết nhờ Nông trường cao su Ia Chim nhận 86 lao động là người địa phương vào làm công nhân nên đời sống bà con trong xã từng bước ổn định. Ông Nguyễn Hữu Phước, Phó Tổng Giám đốc Công ty TNHH MTV Cao su Kon Tum, nêu kinh nghiệm tổ chức đối thoại định kỳ với công nhân ở từng đội sản xuất.
Phát biểu kết luận, đồng chí A Păng đề nghị các công ty tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; thực hiện nghiêm Nghị định số 87/2007/NĐ-CP của Chính phủ về Quy chế dân chủ ở cơ sở tại công ty; công khai định mức khoán, đơn giá tiền lương để công nhân giám sát.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích trong phong trào "Dân vận khéo" ở doanh nghiệp.
Minh Trung
Lượt xem: 1.024
Tin liên quan
- Sa Thầy: công nhân cao su góp quỹ "Vì người nghèo" (20/12/2011)
- Tập huấn nghiệp vụ dân vận cho 60 cán bộ công đoàn (02/12/2011)
- Đăk Hà đối thoại với người dân về đất đai vùng dự án cao su (18/11/2011)
""", "2011-12-28", "Kon Tum: Tổng kết công tác dân vận ở các nông trường cao su năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("A Păng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Khoa", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Y Thơm", "Bí thư Đảng ủy xã Ia Chim"),
 P("Nguyễn Hữu Phước", "Phó Tổng Giám đốc Công ty TNHH MTV Cao su Kon Tum")],
[Q("11 công ty", 11, "công ty"), Q("34 nông trường, đội sản xuất cao su", 34, "nông trường, đội sản xuất cao su"),
 Q("38 xã vùng sâu, vùng xa", 38, "xã vùng sâu, vùng xa"), Q("hơn 9.200 công nhân", 9200, "công nhân", "over"),
 Q("khoảng 4.100 công nhân", 4100, "công nhân", "approx"), Q("27.450 ha", 27450, "ha"), Q("11.600 ha", 11600, "ha"),
 Q("1.350 hộ đồng bào Xơ Đăng, Ba Na", 1350, "hộ đồng bào Xơ Đăng, Ba Na"), Q("326 hộ nghèo", 326, "hộ nghèo"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("17 vụ tranh chấp đất đai", 17, "vụ tranh chấp đất đai"),
 Q("2,4 triệu đồng", 2400000, "đồng"), Q("86 lao động", 86, "lao động"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", "2010-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 12/4/2010"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-ĐUK", None, None, "Quy chế phối hợp số 03-QC/BDVTU-ĐUK"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị định", "87", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 87/2007/NĐ-CP")],
[prov("Kon Tum"), com("Đăk Long"), com("Mô Rai"), com("Ia Chim")],
["BAN DÂN VẬN TỈNH ỦY KON TUM - Trang thông tin điện tử", "Trang chủ > Hoạt động dân vận > Dân vận trong doanh nghiệp",
 "Các đại biểu dự hội nghị tổng kết. Ảnh: H.Thu", "Dân vận khéo", "Lượt xem: 1.024", "Nông trường cao su Ia Chim"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "Lượt xem: 1.024"]))

PAGES.append(page("b6510-daklak-doithoai-congnhan-caphe-2012", """
Báo Đắk Lắk điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
Cập nhật lúc: 16:45 ngày 14/09/2012
Đối thoại với công nhân cà phê: Nhiều kiến nghị về khoán vườn cây được giải đáp
(BĐL) - Ngày 13-9, tại hội trường Công ty TNHH MTV Cà phê Ea Pốk, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo công ty với công nhân, người lao động năm 2012.
Dự có đồng chí Y Wơn Niê, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy; bà H'Liên Byă, Phó Chủ tịch Liên đoàn Lao động tỉnh; đại diện Huyện ủy Cư M'gar và gần 180 công nhân đại diện cho 14 đội sản xuất.
Theo báo cáo của công ty, đến nay đơn vị quản lý 2.380 ha cà phê, giao khoán cho 1.146 hộ công nhân; năng suất bình quân niên vụ 2011 - 2012 đạt 3,1 tấn nhân/ha. Thu nhập của người lao động khoảng 3,5 triệu đồng/tháng, tăng 12% so với năm trước.
Tại buổi đối thoại, các công nhân đã nêu 23 ý kiến, tập trung vào định mức sản lượng giao khoán, giá thu mua cà phê nộp sản, việc cấp giấy chứng nhận quyền sử dụng đất cho phần đất ở và chế độ bảo hiểm xã hội. Chị H'Nhi Êban, công nhân đội 7, phản ánh: "Năm nay nắng hạn, nhiều hộ phải tưới thêm mấy lượt mà sản lượng khoán vẫn giữ như cũ, bà con rất lo". Anh Trần Văn Lực, công nhân đội 11, đề nghị công ty sớm thanh toán tiền hỗ trợ phân bón còn nợ.
Trả lời các ý kiến, ông Phan Đức Hòa, Giám đốc Công ty, cho biết công ty sẽ điều chỉnh giảm 10% sản lượng khoán đối với các vườn bị hạn nặng, đồng thời thanh toán dứt điểm hơn 420 triệu đồng tiền hỗ trợ phân bón trước ngày 30/10. Các kiến nghị về đất ở, công ty sẽ phối hợp với UBND thị trấn Quảng Phú và xã Ea Pốk để làm thủ tục.
Phát biểu tại buổi đối thoại, đồng chí Y Wơn Niê đề nghị công ty thực hiện tốt Nghị định số 87/2007/NĐ-CP của Chính phủ, Quyết định 290-QĐ/TW của Bộ Chính trị và kế hoạch số 32-KH/BDVTU của Ban Dân vận Tỉnh ủy về đối thoại trực tiếp tại doanh nghiệp; định kỳ tổ chức đối thoại để kịp thời nắm bắt tâm tư, nguyện vọng của công nhân.
Cũng tại buổi đối thoại, đại diện Bảo hiểm xã hội huyện Cư M'gar giải đáp thắc mắc của công nhân về việc chốt sổ bảo hiểm khi nghỉ việc, chuyển vùng. Đại diện Phòng Tài nguyên và Môi trường huyện hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất ở cho các hộ công nhân đã sinh sống ổn định trong khu tập thể của công ty.
Kết thúc đối thoại, Công đoàn công ty trao 30 suất quà, mỗi suất 500.000 đồng cho công nhân có hoàn cảnh khó khăn.
Hoàng Lâm
Toàn cảnh hội nghị đối thoại tại Công ty TNHH MTV Cà phê Ea Pốk.
Bài viết liên quan
- Krông Pắc: Nông dân trồng tái canh cà phê (10/09/2012)
- Giá cà phê nhân xô giảm mạnh (05/09/2012)
- Công nhân cao su Phú Riềng Đắk Lắk ổn định cuộc sống (28/08/2012)
""", "2012-09-14", "Đối thoại với công nhân cà phê: Nhiều kiến nghị về khoán vườn cây được giải đáp",
E("doi_thoai", "2012", "2012-09-13"),
[P("Y Wơn Niê", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("H'Liên Byă", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("H'Nhi Êban", "công nhân đội 7"),
 P("Trần Văn Lực", "công nhân đội 11"),
 P("Phan Đức Hòa", "Giám đốc Công ty")],
[Q("gần 180 công nhân", 180, "công nhân", "approx"), Q("14 đội sản xuất", 14, "đội sản xuất"),
 Q("2.380 ha", 2380, "ha"), Q("1.146 hộ công nhân", 1146, "hộ công nhân"), Q("3,1 tấn", 3.1, "tấn"),
 Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"), Q("12%", 12, "%"), Q("23 ý kiến", 23, "ý kiến"),
 Q("10%", 10, "%"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("30 suất quà", 30, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "87", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 87/2007/NĐ-CP"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW"),
 D("Kế hoạch", "32", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 32-KH/BDVTU")],
[prov("Đắk Lắk"), com("Quảng Phú"), com("Ea Pốk")],
["Báo Đắk Lắk điện tử", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa", "(BĐL)",
 "Toàn cảnh hội nghị đối thoại tại Công ty TNHH MTV Cà phê Ea Pốk."],
["Cập nhật lúc: 16:45 ngày 14/09/2012", "niên vụ 2011 - 2012", "năm 2012"]))

PAGES.append(page("b6511-binhphuoc-bdv-soket-caosu-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bình Phước
Tin tức - Sự kiện :: Hoạt động của Ban
08:20 | 19/07/2013
Vận động đồng bào S'tiêng ổn định đời sống bên các nông trường cao su
Sáng 18/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 và triển khai nhiệm vụ 6 tháng cuối năm, với sự tham dự của lãnh đạo ban dân vận các huyện, thị ủy và đảng ủy các công ty cao su trên địa bàn. Đồng chí Điểu Điều, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Điểu Điều phát biểu chỉ đạo hội nghị.
Báo cáo nêu rõ, 6 tháng đầu năm, khối dân vận đã tham mưu Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số và về vận động công nhân cao su chấp hành kỷ luật lao động, phòng chống trộm cắp mủ. Ban Dân vận Tỉnh ủy cũng ký kết chương trình phối hợp với Đảng ủy Tổng công ty Cao su Đồng Phú, Công ty TNHH MTV Cao su Phú Riềng và Công ty Cao su Bình Long.
Qua đó, các doanh nghiệp đã tuyển dụng thêm 412 lao động là người S'tiêng, M'nông; bàn giao 146 căn nhà tình thương cho hộ công nhân, tổng kinh phí gần 5,8 tỷ đồng; hỗ trợ 2.000 suất học bổng cho con em công nhân. Tình trạng trộm cắp mủ cao su giảm rõ rệt, toàn tỉnh chỉ xảy ra 21 vụ, giảm 35% so với cùng kỳ.
Tuy vậy, hội nghị cũng thẳng thắn chỉ ra vẫn còn 9 điểm tranh chấp đất giữa đồng bào với nông trường chưa được xử lý dứt điểm, nhất là ở xã Bù Gia Mập và xã Đắk Ơ; một số nơi tổ dân vận hoạt động còn hình thức. Tư tưởng một bộ phận công nhân còn băn khoăn do giá mủ cao su xuống thấp, thu nhập giảm so với năm trước; việc nắm tình hình ở các khu tập thể công nhân có lúc chưa kịp thời, chưa phát hiện sớm các vụ việc phức tạp.
Các ý kiến thảo luận tập trung vào giải pháp giữ chân công nhân là người đồng bào tại chỗ, vai trò của già làng, người có uy tín trong vận động bà con không bán đất, không tự ý lấn chiếm đất nông trường.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Lợi, Trần Thị Hồng Hạnh lần lượt hướng dẫn triển khai kế hoạch kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại các công ty cao su và kế hoạch tổ chức "Ngày hội đại đoàn kết" ở các sóc đồng bào. Bà Thị Lơ, Trưởng Ban Dân vận Huyện ủy Bù Đăng, đề nghị các công ty ưu tiên giao khoán vườn cây cho hộ đồng bào tại chỗ.
Kết luận hội nghị, đồng chí Điểu Điều yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; nhân rộng mô hình "Nông trường gắn với buôn, sóc" đã triển khai thí điểm tại 12 sóc.
Bích Ngọc
Tin cùng chuyên mục
- Bù Gia Mập: Ra mắt mô hình "Dân vận khéo" tại sóc Bù Lư (10/07/2013)
- Công ty Cao su Đồng Phú trao 50 căn nhà cho công nhân (28/06/2013)
- Đồng Xoài: tập huấn cho cán bộ dân vận phường, xã (15/06/2013)
""", "2013-07-19", "Vận động đồng bào S'tiêng ổn định đời sống bên các nông trường cao su",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Điểu Điều", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Hồng Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Lơ", "Trưởng Ban Dân vận Huyện ủy Bù Đăng")],
[Q("412 lao động", 412, "lao động"), Q("146 căn nhà tình thương", 146, "căn nhà tình thương"),
 Q("gần 5,8 tỷ đồng", 5800000000, "đồng", "approx"), Q("2.000 suất học bổng", 2000, "suất học bổng"),
 Q("21 vụ", 21, "vụ"), Q("35%", 35, "%"), Q("9 điểm tranh chấp đất", 9, "điểm tranh chấp đất"), Q("12 sóc", 12, "sóc")],
[D("Chỉ thị", "05", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bình Phước", "Tin tức - Sự kiện :: Hoạt động của Ban",
 "Đồng chí Điểu Điều phát biểu chỉ đạo hội nghị.", "Ngày hội đại đoàn kết", "Nông trường gắn với buôn, sóc"],
["08:20 | 19/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "6 tháng đầu năm"]))

PAGES.append(page("b6512-lamdong-traoqua-congnhanche-2013", """
BÁO LÂM ĐỒNG ONLINE
Xã hội » Lao động - Việc làm
Ngày đăng 28/01/2013 | 15:10
Các đại biểu trao quà cho công nhân Công ty Chè Cầu Đất. Ảnh: Văn Báu
Tết sớm đến với công nhân chè, cà phê khó khăn
LĐ - Ngày 27/1, Ban Dân vận Tỉnh ủy, Liên đoàn Lao động tỉnh và Ủy ban MTTQ Việt Nam tỉnh phối hợp tổ chức trao 350 phần quà Tết cho công nhân, người lao động có hoàn cảnh khó khăn đang làm việc tại các công ty chè, cà phê của tỉnh Lâm Đồng trên địa bàn thành phố Đà Lạt, thành phố Bảo Lộc và huyện Di Linh.
Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt, gạo, dầu ăn, bánh kẹo; tổng giá trị 210 triệu đồng, do các doanh nghiệp, nhà hảo tâm đóng góp thông qua chương trình "Tết Sum vầy" năm 2013.
Đến thăm và trao quà cho công nhân Công ty TNHH Chè Cầu Đất tại xã Xuân Trường, bà Ka Nhông, Phó Trưởng Ban Dân vận Tỉnh ủy, ân cần hỏi thăm đời sống, việc làm của người lao động; ghi nhận những vất vả của công nhân hái chè trong mùa khô năm nay. Bà đề nghị công đoàn, chính quyền địa phương tiếp tục quan tâm giải quyết việc làm sau Tết, không để công nhân nào bị thiếu đói, nhất là những hộ có người ốm đau, tai nạn lao động.
Theo ông Đoàn Minh Trí, Chủ tịch Công đoàn Công ty, đơn vị hiện có khoảng 500 công nhân, phần lớn là con em các gia đình đã gắn bó với đồi chè từ ba thế hệ. Năm 2012, thu nhập bình quân đạt 3,2 triệu đồng/người/tháng; công ty thưởng Tết mỗi công nhân từ 1 triệu đến 1,5 triệu đồng.
Tại thành phố Bảo Lộc, đoàn trao 120 phần quà cho công nhân các nhà máy chè ở phường Lộc Sơn và xã Lộc Châu. Chị Nguyễn Thị Thu Hà, công nhân Nhà máy chè Tâm Châu, xúc động: "Chồng em bị tai nạn lao động nằm nhà cả năm, có phần quà này, mẹ con em có cái Tết ấm hơn".
Tại huyện Di Linh, ông K'Brăng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng đoàn thăm hỏi các hộ công nhân cà phê người Cơ Ho ở xã Gia Hiệp, trao tặng thêm 40 chăn ấm. Nhiều hộ ở đây nhận khoán chăm sóc cà phê của công ty nhưng do giá cà phê giảm, sâu bệnh gây hại nên thu nhập bấp bênh, phải vay mượn để lo Tết.
Ông K'Brăng đề nghị chính quyền xã phối hợp với công ty rà soát các hộ công nhân khó khăn về nhà ở, đưa vào danh sách hỗ trợ từ Quỹ "Vì người nghèo" trong năm tới; đồng thời vận động bà con giữ gìn vườn cây, không nghe theo kẻ xấu bỏ khoán, chặt phá cà phê.
Dịp này, Liên đoàn Lao động tỉnh cũng trao 2 "Mái ấm Công đoàn" trị giá 40 triệu đồng mỗi căn cho công nhân Công ty Cà phê Di Linh.
Trước đó, Thường trực Tỉnh ủy đã ban hành Công văn số 1520-CV/TU ngày 8/1/2013 về việc tổ chức Tết Quý Tỵ cho nhân dân, trong đó yêu cầu quan tâm công nhân, người lao động ở các doanh nghiệp nông nghiệp.
Văn Báu
Các tin khác
- Đức Trọng: 200 suất quà cho hộ nghèo đón Tết (25/01/2013)
- Đà Lạt: hội chợ Tết Quý Tỵ 2013 khai mạc (24/01/2013)
- Bảo Lâm tổng kết phong trào "Dân vận khéo" (22/01/2013)
""", "2013-01-28", "Tết sớm đến với công nhân chè, cà phê khó khăn",
E("trao_qua", None, "2013-01-27"),
[P("Ka Nhông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Minh Trí", "Chủ tịch Công đoàn Công ty"),
 P("Nguyễn Thị Thu Hà", "công nhân Nhà máy chè Tâm Châu"),
 P("K'Brăng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("350 phần quà", 350, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("khoảng 500 công nhân", 500, "công nhân", "approx"), Q("3,2 triệu đồng", 3200000, "đồng"),
 Q("1 triệu", 1000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("120 phần quà", 120, "phần quà"),
 Q("40 chăn ấm", 40, "chăn ấm"), Q('2 "Mái ấm Công đoàn"', 2, "Mái ấm Công đoàn"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Công văn", "1520", "CV/TU", "2013-01-08", "Thường trực Tỉnh ủy", "Công văn số 1520-CV/TU ngày 8/1/2013")],
[prov("Lâm Đồng"), com("Xuân Trường"), com("Lộc Sơn"), com("Lộc Châu"), com("Gia Hiệp")],
["BÁO LÂM ĐỒNG ONLINE", "Xã hội » Lao động - Việc làm", "Các đại biểu trao quà cho công nhân Công ty Chè Cầu Đất. Ảnh: Văn Báu",
 "Tết Sum vầy", "LĐ -", "Vì người nghèo"],
["Ngày đăng 28/01/2013 | 15:10", "năm 2013", "Năm 2012", "ba thế hệ", "cả năm", "Tết Quý Tỵ", "năm tới"]))

PAGES.append(page("b6513-gialai-taphuan-congdoan-caosu-2014", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp
2014-05-22 10:12
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn kỹ năng dân vận cho cán bộ đảng, công đoàn các công ty cao su
Trong 2 ngày 20 và 21/5/2014, tại Pleiku, Ban Dân vận Tỉnh ủy phối hợp với Đảng ủy Tập đoàn Công nghiệp Cao su Việt Nam và Đảng ủy Binh đoàn 15 tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho 135 học viên là bí thư chi bộ, chủ tịch công đoàn, đội trưởng các nông trường cao su, cà phê đứng chân trên địa bàn tỉnh.
Khai mạc lớp tập huấn, đồng chí Rah Lan Hiếu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Gia Lai hiện có 18 công ty cao su, cà phê của trung ương, quân đội và địa phương với gần 23.000 công nhân, trong đó trên 40% là người Jrai, Bahnar. Cán bộ cơ sở ở nông trường vừa phải lo sản xuất, vừa phải là người "đi dân nhớ, ở dân thương" trong các làng đồng bào.
Các học viên được nghe Thượng tá Lê Văn Thắng, Phó Chủ nhiệm Chính trị - Trưởng phòng Dân vận Binh đoàn 15, giới thiệu kinh nghiệm xây dựng 24 "làng quân dân" ở các xã biên giới Ia Dom, Ia O; bà Nguyễn Thị Kim Oanh, Phó Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, quán triệt hướng dẫn số 12-HD/BDVTU về thực hiện Quy chế dân chủ trong doanh nghiệp nhà nước và Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Ông Ksor Phoi, Bí thư Chi bộ kiêm đội trưởng Đội 3 Nông trường cao su Ia Ly, chia sẻ: đội có 68 công nhân, một nửa là người Jrai làng Ia Mút. Từ khi đội phân công mỗi đảng viên phụ trách 5 hộ, bà con không còn tự ý chặt cao su trồng mì. Các học viên cũng thảo luận sôi nổi về cách vận động công nhân không tham gia tụ tập đông người, không nghe theo đối tượng xấu tuyên truyền "Tin lành Đê Ga", cách phối hợp với già làng, trưởng thôn để giải quyết mâu thuẫn đất đai ngay từ cơ sở.
Ngoài phần lý thuyết, lớp tập huấn dành một buổi cho các nhóm học viên xử lý tình huống giả định: công nhân đình công đòi tăng đơn giá tiền lương, hộ đồng bào lấn chiếm đất vườn cây để trồng mì, gia đình công nhân có con bỏ học theo bố mẹ đi cạo mủ.
Theo Ban tổ chức, năm 2013 các công ty cao su trên địa bàn đã đóng góp hơn 14 tỷ đồng xây dựng nông thôn mới, làm 36 km đường bê tông và 7 nhà văn hóa làng.
Bế mạc lớp học, 100% học viên đạt yêu cầu bài thu hoạch, trong đó 29 bài đạt loại giỏi.
Thu Hà
Xem thêm
- Chư Prông: Công nhân cao su Đồng bào Jrai vững tin theo Đảng (14/05/2014)
- Tập đoàn Cao su trao nhà đại đoàn kết cho hộ nghèo Đức Cơ (06/05/2014)
- Ia Grai: đối thoại với nông dân về đất nông trường (22/04/2014)
""", "2014-05-22", "Tập huấn kỹ năng dân vận cho cán bộ đảng, công đoàn các công ty cao su",
E("tap_huan", "2014", "2014-05-20"),
[P("Rah Lan Hiếu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thắng", "Thượng tá", "Phó Chủ nhiệm Chính trị - Trưởng phòng Dân vận Binh đoàn 15"),
 P("Nguyễn Thị Kim Oanh", "Phó Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Ksor Phoi", "Bí thư Chi bộ kiêm đội trưởng Đội 3 Nông trường cao su Ia Ly")],
[Q("135 học viên", 135, "học viên"), Q("18 công ty cao su, cà phê", 18, "công ty cao su, cà phê"),
 Q("gần 23.000 công nhân", 23000, "công nhân", "approx"), Q("trên 40%", 40, "%", "over"),
 Q('24 "làng quân dân"', 24, "làng quân dân"), Q("68 công nhân", 68, "công nhân"), Q("5 hộ", 5, "hộ"),
 Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"), Q("36 km", 36, "km"), Q("7 nhà văn hóa làng", 7, "nhà văn hóa làng"),
 Q("100%", 100, "%"), Q("29 bài", 29, "bài")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, None, "hướng dẫn số 12-HD/BDVTU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia O")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp", "Ảnh: Quang cảnh lớp tập huấn.",
 "đi dân nhớ, ở dân thương", "làng quân dân", "Binh đoàn 15", "Tin lành Đê Ga"],
["2014-05-22 10:12", "2 ngày", "năm 2014", "năm 2013", "Đội 3", "một nửa"]))

PAGES.append(page("b6514-daknong-daihoi-congdoan-caphe-2015", """
Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông
Vị trí: Chính trị - Xã hội > Công đoàn
Thứ Bảy, 13/06/2015 - 07:40
Đại hội Công đoàn Công ty Cà phê Đức Lập lần thứ V: Chăm lo tốt hơn cho công nhân đồng bào Mnông
Ngày 12/6, Công đoàn Công ty TNHH MTV Cà phê Đức Lập tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2015 - 2020. Về dự có bà Thị Tuyết Mai, Phó Chủ tịch Liên đoàn Lao động tỉnh; ông Trương Văn Tuấn, Phó Trưởng Ban Dân vận Huyện ủy Đắk Mil cùng 98 đại biểu thay mặt cho hơn 760 đoàn viên công đoàn của 9 công đoàn bộ phận.
Nhiệm kỳ qua, Công đoàn công ty đã phối hợp với chuyên môn tổ chức 5 cuộc đối thoại tại nơi làm việc, giải quyết 41 kiến nghị của người lao động về giao khoán, tiền lương, nhà ở. Từ Quỹ "Mái ấm Công đoàn", công đoàn đã xây mới và sửa chữa 22 căn nhà cho đoàn viên khó khăn với tổng số tiền 660 triệu đồng; phối hợp với Ban Dân vận Huyện ủy vận động 73 hộ công nhân người Mnông ở bon Bu Sir, xã Đắk Gằn chuyển sang tái canh cà phê bằng giống mới, năng suất bình quân tăng từ 2,2 lên 3 tấn/ha.
Đại hội cũng chỉ ra những hạn chế: việc thu chi tài chính công đoàn còn chậm, hoạt động của một số tổ công đoàn ở các đội xa trung tâm chưa đều; tỷ lệ đoàn viên là người dân tộc thiểu số tham gia ban chấp hành mới đạt khoảng 15%. Một số công nhân nhận khoán ở xa nên ít tham gia sinh hoạt công đoàn; việc nắm tư tưởng đoàn viên trong thời điểm giá cà phê xuống thấp có lúc chưa sâu sát.
Thảo luận tại đại hội, nhiều đại biểu đề nghị công ty xem xét lại định mức sản lượng giao khoán đối với vườn cây già cỗi, sớm cấp sổ bảo hiểm xã hội cho công nhân mới tuyển dụng, hỗ trợ con em công nhân người đồng bào học nghề tại trường cao đẳng của tỉnh.
Phát biểu chỉ đạo, bà Thị Tuyết Mai đề nghị công đoàn công ty tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008 của BCH Trung ương (khóa X) về xây dựng giai cấp công nhân thời kỳ đẩy mạnh CNH, HĐH và Chỉ thị 29, 30-CT/TU của Ban Thường vụ Tỉnh ủy; chú trọng phát triển đoàn viên là người đồng bào tại chỗ, phấn đấu đến năm 2020 có ít nhất 90% công nhân là đoàn viên.
Đại hội đã bầu 11 đồng chí vào Ban Chấp hành Công đoàn công ty khóa V. Tại phiên họp thứ nhất, đồng chí Y Bhin, Phó Giám đốc công ty, được tín nhiệm giữ chức Chủ tịch Công đoàn công ty nhiệm kỳ 2015 - 2020; bà H'Rin Niê và ông Lâm Quốc Vượng được bầu làm Phó Chủ tịch Công đoàn công ty. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Công đoàn Tổng công ty.
Kim Chi - Quang Vinh
Các tin đã đưa
- Đắk R'lấp: Đại hội Công đoàn cơ sở Công ty Cao su Đắk Nông (09/06/2015)
- Tuy Đức: 100% công đoàn cơ sở hoàn thành đại hội (03/06/2015)
- LĐLĐ tỉnh tặng quà công nhân nhân Tháng Công nhân (27/05/2015)
""", "2015-06-13", "Đại hội Công đoàn Công ty Cà phê Đức Lập lần thứ V: Chăm lo tốt hơn cho công nhân đồng bào Mnông",
E("dai_hoi", None, "2015-06-12"),
[P("Thị Tuyết Mai", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trương Văn Tuấn", "Phó Trưởng Ban Dân vận Huyện ủy Đắk Mil"),
 P("Y Bhin", "Phó Giám đốc công ty", "Chủ tịch Công đoàn công ty nhiệm kỳ 2015 - 2020"),
 P("H'Rin Niê", "Phó Chủ tịch Công đoàn công ty"),
 P("Lâm Quốc Vượng", "Phó Chủ tịch Công đoàn công ty")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 760 đoàn viên công đoàn", 760, "đoàn viên công đoàn", "over"),
 Q("9 công đoàn bộ phận", 9, "công đoàn bộ phận"), Q("5 cuộc đối thoại", 5, "cuộc đối thoại"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("22 căn nhà", 22, "căn nhà"), Q("660 triệu đồng", 660000000, "đồng"),
 Q("73 hộ công nhân người Mnông", 73, "hộ công nhân người Mnông"), Q("2,2", 2.2, "tấn"), Q("3 tấn", 3, "tấn"),
 Q("khoảng 15%", 15, "%", "approx"), Q("ít nhất 90%", 90, "%", "over"), Q("11 đồng chí", 11, "đồng chí"),
 Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/1/2008"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU")],
[prov("Đắk Nông"), com("Đắk Gằn")],
["Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông", "Vị trí: Chính trị - Xã hội > Công đoàn",
 "Mái ấm Công đoàn"],
["Thứ Bảy, 13/06/2015 - 07:40", "lần thứ V", "nhiệm kỳ 2015 - 2020", "11 đồng chí", "khóa V", "khóa X", "phiên họp thứ nhất",
 "năm 2020"]))
