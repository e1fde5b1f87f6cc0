from lib import *
PAGES = []

PAGES.append(page("b7373-nghean-bcd-tongket-2011", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ » Kinh tế » Thị trường
Thứ Năm, 29/12/2011 - 09:15
Nghệ An: Hơn 85% người tiêu dùng chọn hàng Việt
Ngày 28/12, Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Xuân Lộc, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Cuộc vận động tỉnh chủ trì hội nghị.
Theo báo cáo của Ủy ban MTTQ tỉnh, cơ quan thường trực Ban Chỉ đạo, sau hơn 2 năm triển khai Thông báo số 264-TB/TW ngày 31/7/2009 của Bộ Chính trị, nhận thức của cán bộ, đảng viên và nhân dân về hàng Việt đã chuyển biến rõ nét. Ban Chỉ đạo tỉnh ban hành Kế hoạch số 18/KH-BCĐ ngày 10/3/2011 về tuyên truyền cuộc vận động trong năm; các huyện, thành, thị đều thành lập ban chỉ đạo và tổ giúp việc.
Trong năm, ngành Công Thương phối hợp Mặt trận tổ chức 14 phiên chợ hàng Việt về nông thôn tại 11 huyện miền núi, thu hút khoảng 62.000 lượt người tham quan, mua sắm; doanh thu đạt trên 9,4 tỷ đồng. Khảo sát tại 1.250 hộ gia đình ở 20 xã, phường cho thấy hơn 85% người tiêu dùng thường xuyên chọn mua hàng sản xuất trong nước, nhất là lương thực, thực phẩm, đồ gia dụng. Hàng Việt chiếm từ 80 đến 90% số mặt hàng bày bán tại các siêu thị trên địa bàn thành phố Vinh.
Bà Trần Thị Hoài Thu, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh, cho rằng nhiều nơi mới tuyên truyền theo đợt, chưa thường xuyên; hàng giả, hàng kém chất lượng vẫn len lỏi về vùng sâu, ảnh hưởng đến niềm tin của người dân với hàng trong nước.
Tham luận tại hội nghị, ông Lê Văn Quế, Giám đốc Sở Công Thương, đề xuất mở rộng mạng lưới điểm bán hàng Việt cố định ở các chợ trung tâm xã. Đại diện Đảng ủy xã Diễn Thành và Ủy ban MTTQ phường Hưng Bình chia sẻ cách đưa nội dung cuộc vận động vào sinh hoạt khu dân cư, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Kết luận hội nghị, đồng chí Nguyễn Xuân Lộc đề nghị năm 2012 các thành viên Ban Chỉ đạo bám sát Kế hoạch số 35-KH/TU của Ban Thường vụ Tỉnh ủy, đổi mới hình thức tuyên truyền; doanh nghiệp chú trọng chất lượng, mẫu mã, giá cả hợp lý để hàng Việt thực sự là sự lựa chọn của người Việt.
Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và 15 cá nhân có thành tích trong thực hiện cuộc vận động.
Thanh Lê
Bình luận (0) | In bài | Gửi bạn bè
Tin liên quan
- Phiên chợ hàng Việt về Quế Phong thu hút đông người dân (12/11/2011)
- Doanh nghiệp Nghệ An tham gia Hội chợ Hàng Việt Nam chất lượng cao (20/10/2011)
- Tuyên truyền cuộc vận động qua loa truyền thanh xã (05/09/2011)
""", "2011-12-29", "Nghệ An: Hơn 85% người tiêu dùng chọn hàng Việt",
E("tong_ket", "2011", "2011-12-28"),
[P("Nguyễn Xuân Lộc", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Cuộc vận động tỉnh"),
 P("Trần Thị Hoài Thu", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Lê Văn Quế", "Giám đốc Sở Công Thương")],
[Q("hơn 85% người tiêu dùng", 85, "%", "over"), Q("14 phiên chợ hàng Việt", 14, "phiên chợ hàng Việt"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("khoảng 62.000 lượt người", 62000, "lượt người", "approx"),
 Q("trên 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("1.250 hộ gia đình", 1250, "hộ gia đình"),
 Q("20 xã, phường", 20, "xã, phường"), Q("từ 80 đến 90%", 80, "%"), Q("đến 90%", 90, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Thông báo", "264", "TB/TW", "2009-07-31", "Bộ Chính trị", "Thông báo số 264-TB/TW ngày 31/7/2009"),
 D("Kế hoạch", "18", "KH-BCĐ", "2011-03-10", None, "Kế hoạch số 18/KH-BCĐ ngày 10/3/2011"),
 D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU")],
[prov("Nghệ An"), com("Diễn Thành"), com("Hưng Bình")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ » Kinh tế » Thị trường", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Bình luận (0) | In bài | Gửi bạn bè"],
["Thứ Năm, 29/12/2011 - 09:15", "năm 2011", "năm 2012", "hơn 2 năm", "Bình luận (0)"]))

PAGES.append(page("b7374-thainguyen-mttq-phiencho-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ / Hoạt động Mặt trận / Cuộc vận động
08:15 | 14/09/2012
Phiên chợ hàng Việt về xã Yên Trạch: trao 200 suất quà cho hộ nghèo
Ngày 13/9, Ủy ban MTTQ tỉnh phối hợp Sở Công Thương tổ chức phiên chợ hàng Việt về nông thôn tại xã Yên Trạch, huyện Phú Lương. Nhân dịp này, Ban Tổ chức trao 200 suất quà cho hộ nghèo, hộ gia đình chính sách trong xã, mỗi suất quà trị giá 300.000 đồng gồm gạo, dầu ăn, mì chính do các doanh nghiệp trong tỉnh ủng hộ.
Phiên chợ được tổ chức theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2012 của Ban Thường trực Ủy ban MTTQ tỉnh về đưa hàng Việt về nông thôn, vùng đồng bào dân tộc thiểu số. Tham gia có 18 doanh nghiệp với 45 gian hàng, giới thiệu các sản phẩm may mặc, giày dép, đồ điện gia dụng, phân bón và đặc sản chè Thái Nguyên. Nhiều mặt hàng được bán giảm giá 15% so với giá niêm yết.
Phát biểu khai mạc, bà Dương Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh, nhấn mạnh: Đưa hàng Việt về nông thôn không chỉ giúp bà con mua được hàng tốt, giá hợp lý mà còn là cách để doanh nghiệp hiểu nhu cầu của người tiêu dùng vùng cao, góp phần thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Ông Ma Văn Khuê, Chủ tịch UBND xã Yên Trạch, cho biết xã có hơn 60% dân số là đồng bào Tày, Nùng, Sán Chay; đường sá đi lại khó khăn nên người dân thường mua hàng của thương lái, không rõ nguồn gốc. "Phiên chợ về tận xã, bà con vừa được mua hàng chính hãng vừa được hướng dẫn cách phân biệt hàng thật, hàng giả", ông Khuê nói.
Trong ngày, phiên chợ đón gần 3.000 lượt người dân đến tham quan, mua sắm; doanh thu ước khoảng 650 triệu đồng. Chị Hoàng Thị Nga ở xóm Đồng Cẩm vui vẻ cho biết đã mua được chiếc quạt điện và bộ nồi sản xuất trong nước với giá rẻ hơn ngoài chợ.
Cùng ngày, Đoàn Thanh niên xã phối hợp tổ chức chương trình văn nghệ và trò chơi dân gian, thu hút đông đảo thanh thiếu nhi tham gia.
Theo Ban Tổ chức, đây là phiên chợ thứ ba trong năm được tổ chức tại các xã vùng cao của tỉnh. Trước đó, các phiên chợ ở huyện Võ Nhai và Định Hóa đều được người dân hưởng ứng, nhiều doanh nghiệp đã tìm được đại lý phân phối tại chỗ. Mặt trận tỉnh sẽ phối hợp Hội Liên hiệp Phụ nữ, Hội Nông dân tiếp tục khảo sát nhu cầu của bà con để lựa chọn mặt hàng phù hợp cho các phiên chợ tiếp theo, đồng thời đề nghị doanh nghiệp duy trì chế độ bảo hành sản phẩm tại địa phương.
Kim Oanh
Ảnh: Các em học sinh xã Yên Trạch tham quan gian hàng.
Lượt xem: 1.204
Tin cùng chuyên mục
- Đại Từ: gần 400 hộ đăng ký mua hàng Việt giá ưu đãi (30/08/2012)
- Tuyên truyền cuộc vận động tới đoàn viên công đoàn (17/08/2012)
- Hội chợ Hàng Việt Nam chất lượng cao tại thành phố Thái Nguyên (02/08/2012)
""", "2012-09-14", "Phiên chợ hàng Việt về xã Yên Trạch: trao 200 suất quà cho hộ nghèo",
E("trao_qua", None, "2012-09-13"),
[P("Dương Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ma Văn Khuê", "Chủ tịch UBND xã Yên Trạch"),
 P("Hoàng Thị Nga")],
[Q("200 suất quà", 200, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("18 doanh nghiệp", 18, "doanh nghiệp"),
 Q("45 gian hàng", 45, "gian hàng"), Q("15%", 15, "%"), Q("hơn 60% dân số", 60, "%", "over"),
 Q("gần 3.000 lượt người dân", 3000, "lượt người dân", "approx"), Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2012-08-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2012")],
[prov("Thái Nguyên"), com("Yên Trạch")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ / Hoạt động Mặt trận / Cuộc vận động",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ảnh: Các em học sinh xã Yên Trạch tham quan gian hàng.", "Lượt xem: 1.204"],
["08:15 | 14/09/2012", "Lượt xem: 1.204"]))

PAGES.append(page("b7375-cantho-bcd-soket-2013", """
Báo Cần Thơ Online
Thời sự > Chính trị
Cập nhật lúc 16:40 ngày 10/07/2013
Hàng Việt ngày càng chiếm lĩnh kệ hàng siêu thị
Quang cảnh hội nghị. Ảnh: Duy Khôi
(CT) - Sáng 9-7, Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" thành phố Cần Thơ tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm. Ông Võ Thành Thống, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo và ông Trần Văn Bé Ba, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Phó Trưởng ban Thường trực Ban Chỉ đạo, đồng chủ trì.
Theo báo cáo, thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Thành ủy về đẩy mạnh cuộc vận động trong cán bộ, công chức và trong doanh nghiệp, 6 tháng qua Ban Chỉ đạo thành phố đã ban hành Kế hoạch số 41/KH-BCĐ và Kế hoạch số 42/KH-BCĐ về tuyên truyền và về kiểm tra, giám sát tại các quận, huyện. Các ngành đã tổ chức 126 buổi tuyên truyền với khoảng 9.800 lượt người dự; phát hành 15.000 tờ rơi hướng dẫn phân biệt hàng thật, hàng giả.
Đến nay, các siêu thị Co.opmart, Big C, Metro trên địa bàn có tỷ lệ hàng Việt trên 90%; 8 doanh nghiệp của thành phố đạt danh hiệu Hàng Việt Nam chất lượng cao năm 2013. Sở Công Thương phối hợp tổ chức 7 phiên chợ đưa hàng Việt về nông thôn, doanh thu gần 2,1 tỷ đồng.
Tại hội nghị, bà Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ phường An Hòa, chia sẻ: phường đưa nội dung cuộc vận động vào hương ước, quy ước của 12 khu vực; mỗi tổ nhân dân tự quản có một tổ viên làm "tuyên truyền viên hàng Việt". Ông Lê Hoàng Nhân, Bí thư Đảng ủy xã Thới Hưng, kiến nghị hỗ trợ nông dân đăng ký nhãn hiệu cho gạo, cá tra để hàng nông sản địa phương có chỗ đứng trong siêu thị.
Ông Trần Văn Bé Ba đánh giá, điểm mới của 6 tháng đầu năm là các tổ chức thành viên Mặt trận đã chủ động đưa nội dung cuộc vận động vào chương trình hành động của tổ chức mình; nhiều cơ quan, đơn vị đã công khai danh mục hàng hóa mua sắm bằng ngân sách để nhân dân cùng giám sát. Các doanh nghiệp thương mại cũng mở rộng điểm bán hàng bình ổn giá về các chợ xã vùng ven.
Bên cạnh kết quả, hội nghị chỉ ra hạn chế: một số thành viên Ban Chỉ đạo chưa phát huy vai trò; việc kiểm tra thị trường chưa thường xuyên, hàng nhập lậu vẫn được bày bán công khai tại một số chợ.
Phát biểu chỉ đạo, ông Võ Thành Thống yêu cầu 6 tháng cuối năm tập trung tuyên truyền trên các phương tiện thông tin đại chúng; phấn đấu 100% cơ quan, đơn vị sử dụng ngân sách ưu tiên mua sắm hàng sản xuất trong nước theo Chỉ thị số 17/CT-UBND của UBND thành phố.
Gia Bảo
TIN CÙNG CHUYÊN MỤC
- Ninh Kiều: vận động tiểu thương cam kết không bán hàng giả
- Hội LHPN thành phố ra mắt câu lạc bộ "Phụ nữ dùng hàng Việt"
- Hơn 300 doanh nghiệp tham gia Hội chợ Hàng Việt Nam chất lượng cao
""", "2013-07-10", "Hàng Việt ngày càng chiếm lĩnh kệ hàng siêu thị",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Võ Thành Thống", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Trần Văn Bé Ba", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ phường An Hòa"),
 P("Lê Hoàng Nhân", "Bí thư Đảng ủy xã Thới Hưng")],
[Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("khoảng 9.800 lượt người", 9800, "lượt người", "approx"),
 Q("15.000 tờ rơi", 15000, "tờ rơi"), Q("trên 90%", 90, "%", "over"), Q("8 doanh nghiệp", 8, "doanh nghiệp"),
 Q("7 phiên chợ", 7, "phiên chợ"), Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("12 khu vực", 12, "khu vực"),
 Q("100% cơ quan", 100, "%")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "41", "KH-BCĐ", None, None, "Kế hoạch số 41/KH-BCĐ"),
 D("Kế hoạch", "42", "KH-BCĐ", None, None, "Kế hoạch số 42/KH-BCĐ"),
 D("Chỉ thị", "17", "CT-UBND", None, "UBND thành phố", "Chỉ thị số 17/CT-UBND")],
[prov("Cần Thơ"), com("An Hòa"), com("Thới Hưng")],
["Báo Cần Thơ Online", "Thời sự > Chính trị", "Quang cảnh hội nghị. Ảnh: Duy Khôi", "(CT)",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Hàng Việt Nam chất lượng cao", "tuyên truyền viên hàng Việt"],
["Cập nhật lúc 16:40 ngày 10/07/2013", "9-7", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2013"]))

PAGES.append(page("b7376-quangbinh-mttq-taphuan-2014", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Bạn đang ở: Trang chủ › Xã hội › Mặt trận - Đoàn thể
Ngày đăng 22/05/2014 | 14:20
Tập huấn nghiệp vụ tuyên truyền cuộc vận động cho cán bộ Mặt trận cơ sở
Trong 2 ngày 21 và 22/5, Ban Thường trực Ủy ban MTTQVN tỉnh mở lớp tập huấn nghiệp vụ năm 2014 về công tác tuyên truyền, vận động thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" cho 135 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận khu dân cư.
Học viên được nghe đồng chí Đoàn Minh Tuấn, Phó Chủ tịch Ủy ban MTTQVN tỉnh quán triệt Quyết định số 634/QĐ-TTg ngày 29/4/2014 của Thủ tướng Chính phủ phê duyệt Đề án "Người Việt Nam ưu tiên dùng hàng Việt Nam" giai đoạn 2014 - 2020 và Kế hoạch số 06/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Thạc sĩ Hồ Thị Lài, Phó Chi cục trưởng Chi cục Quản lý thị trường tỉnh hướng dẫn cách nhận biết hàng giả, hàng nhái, hàng kém chất lượng thông qua tem, nhãn, mã vạch.
Theo Ban Tổ chức, sau 5 năm thực hiện cuộc vận động, toàn tỉnh đã có 1.142 khu dân cư đưa nội dung ưu tiên dùng hàng Việt vào quy ước; khoảng 70% hộ gia đình được khảo sát cho biết ưu tiên lựa chọn hàng Việt khi mua sắm. Tuy vậy, ở vùng biên giới và bãi ngang, hàng nhập lậu giá rẻ vẫn được tiêu thụ nhiều.
Lớp tập huấn năm nay dành nhiều thời gian cho thảo luận nhóm và thực hành xây dựng kế hoạch tuyên truyền tại khu dân cư, thay cho cách truyền đạt một chiều trước đây. Ban Tổ chức cũng giới thiệu cách dùng loa truyền thanh thôn, bản tin nội bộ và các nhóm trên mạng xã hội để đưa thông tin về hàng Việt tới người dân tỉnh Quảng Bình, nhất là thanh niên.
Tại lớp học, các học viên trao đổi kinh nghiệm thực tế. Ông Đinh Xuân Hòa, Chủ tịch Ủy ban MTTQ xã Dân Hóa, cho biết xã có 460 hộ đồng bào Chứt, Mã Liềng sinh sống; Mặt trận xã vận động các tiểu thương cam kết không bán hàng không rõ nguồn gốc và đã có 23 hộ kinh doanh ký cam kết. Bà Phạm Thị Thanh Xuân, Trưởng ban công tác Mặt trận tổ dân phố 4, phường Đồng Phú, chia sẻ cách lồng ghép tuyên truyền trong các buổi sinh hoạt tổ dân phố.
Bế mạc lớp tập huấn, bà Nguyễn Thị Thu Hằng, Trưởng ban Tuyên giáo Ủy ban MTTQVN tỉnh đề nghị học viên về triển khai ngay tại cơ sở, phấn đấu đến cuối năm 2014 mỗi xã, phường có ít nhất 1 mô hình "Khu dân cư ưu tiên dùng hàng Việt".
Mỗi học viên được cấp bộ tài liệu gồm 8 chuyên đề và giấy chứng nhận hoàn thành khóa học.
Văn Thành
Tin khác:
- Lệ Thủy: tổ chức phiên chợ hàng Việt về xã Ngân Thủy (10/05/2014)
- Mặt trận tỉnh giám sát việc bình ổn giá mặt hàng thiết yếu (25/04/2014)
- Hội thảo đưa hàng nông sản Quảng Bình vào siêu thị (14/04/2014)
""", "2014-05-22", "Tập huấn nghiệp vụ tuyên truyền cuộc vận động cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2014", "2014-05-21"),
[P("Đoàn Minh Tuấn", "Phó Chủ tịch Ủy ban MTTQVN tỉnh"),
 P("Hồ Thị Lài", "Thạc sĩ", "Phó Chi cục trưởng Chi cục Quản lý thị trường tỉnh"),
 P("Đinh Xuân Hòa", "Chủ tịch Ủy ban MTTQ xã Dân Hóa"),
 P("Phạm Thị Thanh Xuân", "Trưởng ban công tác Mặt trận tổ dân phố 4"),
 P("Nguyễn Thị Thu Hằng", "Trưởng ban Tuyên giáo Ủy ban MTTQVN tỉnh")],
[Q("135 học viên", 135, "học viên"), Q("1.142 khu dân cư", 1142, "khu dân cư"), Q("khoảng 70% hộ gia đình", 70, "%", "approx"),
 Q("460 hộ đồng bào Chứt, Mã Liềng", 460, "hộ đồng bào Chứt, Mã Liềng"), Q("23 hộ kinh doanh", 23, "hộ kinh doanh"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("8 chuyên đề", 8, "chuyên đề")],
[D("Quyết định", "634", "QĐ-TTg", "2014-04-29", "Thủ tướng Chính phủ", "Quyết định số 634/QĐ-TTg ngày 29/4/2014"),
 D("Kế hoạch", "06", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 06/KH-MTTW-BTT")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Đồng Phú")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Xã hội › Mặt trận - Đoàn thể",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Khu dân cư ưu tiên dùng hàng Việt"],
["Ngày đăng 22/05/2014 | 14:20", "2 ngày", "năm 2014", "giai đoạn 2014 - 2020", "5 năm", "tổ dân phố 4"]))

PAGES.append(page("b7377-haiphong-thanhuy-hoinghi-2015", """
BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Chính trị :: Xây dựng Đảng
18.06.2015 | 16:05
Quán triệt Kết luận 107-KL/TW về cuộc vận động ưu tiên dùng hàng Việt
Toàn cảnh hội nghị tại hội trường Thành ủy.
Chiều 17/6, Thành ủy Hải Phòng tổ chức hội nghị quán triệt, triển khai Kết luận số 107-KL/TW ngày 10/4/2015 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong tình hình mới. Dự hội nghị có hơn 400 đại biểu là lãnh đạo các sở, ban, ngành, quận ủy, huyện ủy, đảng ủy trực thuộc và đại diện các hiệp hội doanh nghiệp.
Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nguyễn Thị Bích Hường chủ trì hội nghị. Cùng dự có các đồng chí Phó Chủ tịch UBND thành phố: Phạm Văn Hiển, Đỗ Ngọc Thạch.
Báo cáo tại hội nghị nêu rõ, sau hơn 5 năm thực hiện Thông báo số 264-TB/TW của Bộ Chính trị, Hải Phòng có 46 sản phẩm của 31 doanh nghiệp được người tiêu dùng bình chọn Hàng Việt Nam chất lượng cao; tổng mức bán lẻ hàng hóa năm 2014 đạt khoảng 52.000 tỷ đồng, trong đó hàng sản xuất trong nước chiếm khoảng 88%. Thành phố đã xây dựng 17 điểm bán hàng Việt cố định tại các chợ nông thôn, khu công nghiệp.
Đồng chí Vũ Đức Tâm, Phó Giám đốc Sở Công Thương, cho biết hàng nhập lậu qua đường biển và hàng Trung Quốc giá rẻ vẫn cạnh tranh gay gắt với hàng trong nước ở nhóm đồ chơi trẻ em, hoa quả, quần áo. Sở đề xuất tăng cường kiểm tra tại cảng, xử lý nghiêm cơ sở kinh doanh hàng không rõ nguồn gốc.
Tham luận của Đảng ủy phường Máy Chai nêu cách làm: mỗi tổ dân phố chọn một hộ kinh doanh tiêu biểu làm "điểm sáng hàng Việt"; đến nay phường có 58 hộ kinh doanh cam kết chỉ bán hàng có nguồn gốc rõ ràng. Xã Tân Liên, huyện Vĩnh Bảo vận động 100% hộ nuôi trồng đăng ký truy xuất nguồn gốc thủy sản.
Kết luận hội nghị, đồng chí Nguyễn Thị Bích Hường yêu cầu các cấp ủy xây dựng chương trình cụ thể thực hiện Kết luận 107; Ban Thường vụ Thành ủy sẽ ban hành Kế hoạch số 88-KH/TU để triển khai thống nhất trong toàn Đảng bộ. Các cơ quan, đơn vị sử dụng ngân sách nhà nước phải ưu tiên mua sắm hàng hóa sản xuất trong nước theo Quyết định 634/QĐ-TTg của Thủ tướng Chính phủ; cán bộ, đảng viên phải gương mẫu đi đầu.
Đồng chí cũng đề nghị các doanh nghiệp Hải Phòng đổi mới công nghệ, nâng cao chất lượng, xây dựng thương hiệu để hàng Việt cạnh tranh được ngay trên sân nhà, nhất là khi Việt Nam tham gia các hiệp định thương mại tự do thế hệ mới.
Minh Thu
In trang | Lên đầu trang
Bài viết liên quan
- Hội chợ Hàng Việt Nam chất lượng cao năm 2015 khai mạc tại Cung Văn hóa Lao động (05/06/2015)
- Kiến An: đưa hàng Việt về khu dân cư (22/05/2015)
""", "2015-06-18", "Quán triệt Kết luận 107-KL/TW về cuộc vận động ưu tiên dùng hàng Việt",
E("hoi_nghi", None, "2015-06-17"),
[P("Nguyễn Thị Bích Hường", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Hiển", "Phó Chủ tịch UBND thành phố"),
 P("Đỗ Ngọc Thạch", "Phó Chủ tịch UBND thành phố"),
 P("Vũ Đức Tâm", "Phó Giám đốc Sở Công Thương")],
[Q("hơn 400 đại biểu", 400, "đại biểu", "over"), Q("46 sản phẩm", 46, "sản phẩm"), Q("31 doanh nghiệp", 31, "doanh nghiệp"),
 Q("khoảng 52.000 tỷ đồng", 52000000000000, "đồng", "approx"), Q("khoảng 88%", 88, "%", "approx"),
 Q("17 điểm bán hàng Việt cố định", 17, "điểm bán hàng Việt cố định"), Q("58 hộ kinh doanh", 58, "hộ kinh doanh"),
 Q("100% hộ nuôi trồng", 100, "%")],
[D("Kết luận", "107", "KL/TW", "2015-04-10", "Ban Bí thư", "Kết luận số 107-KL/TW ngày 10/4/2015"),
 D("Thông báo", "264", "TB/TW", None, "Bộ Chính trị", "Thông báo số 264-TB/TW"),
 D("Kế hoạch", "88", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 88-KH/TU"),
 D("Quyết định", "634", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 634/QĐ-TTg")],
[prov("Hải Phòng"), com("Máy Chai"), com("Tân Liên")],
["BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Chính trị :: Xây dựng Đảng",
 "Toàn cảnh hội nghị tại hội trường Thành ủy.", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Hàng Việt Nam chất lượng cao",
 "điểm sáng hàng Việt", "In trang | Lên đầu trang"],
["18.06.2015 | 16:05", "hơn 5 năm", "năm 2014", "Kết luận 107"]))

PAGES.append(page("b7378-langson-mttq-giamsat-2016", """
Báo Lạng Sơn điện tử
Trang chủ - Mặt trận - Đoàn thể
26-10-2016 09:40
Giám sát việc thực hiện cuộc vận động tại doanh nghiệp và chợ biên giới
LSO - Ngày 25/10, đoàn giám sát của Ủy ban MTTQ tỉnh do bà Hoàng Thị Thúy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tại 3 doanh nghiệp trên địa bàn thành phố Lạng Sơn và chợ biên giới Tân Thanh.
Cuộc giám sát được thực hiện theo Kế hoạch số 115/KH-MTTQ-BTT ngày 30/9/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Tại Công ty cổ phần Vật tư nông nghiệp Xứ Lạng ở phường Chi Lăng, ông Lương Văn Sằn, Giám đốc công ty, báo cáo: công ty có 215 lao động, trên 95% nguyên vật liệu đầu vào được mua trong nước; doanh thu 9 tháng năm 2016 đạt 186 tỷ đồng. Công ty đã in logo cuộc vận động trên bao bì sản phẩm phân bón và thường xuyên tuyên truyền tới người lao động.
Tại chợ biên giới Tân Thanh, đoàn ghi nhận tỷ lệ hàng Việt bày bán còn thấp, chỉ khoảng 35% số gian hàng. Bà Nông Thị Mai, Trưởng Ban quản lý chợ cho biết chợ có 1.028 gian hàng, phần lớn kinh doanh hàng nhập khẩu phục vụ khách du lịch; Ban quản lý đã vận động được 64 hộ kinh doanh mở thêm quầy giới thiệu đặc sản của tỉnh như hồi, quế, na Chi Lăng.
Ông Vi Văn Thắng, Chủ tịch UBND xã Tân Thanh đề nghị tỉnh hỗ trợ xây dựng khu trưng bày sản phẩm OCOP và hàng Việt ngay tại cửa khẩu, để du khách có thêm lựa chọn.
Kết thúc đợt giám sát, bà Hoàng Thị Thúy ghi nhận các doanh nghiệp đã quan tâm đến cuộc vận động, song đề nghị tăng cường kiểm soát chất lượng, nguồn gốc hàng hóa; công khai giá, niêm yết rõ nơi sản xuất; không kinh doanh hàng giả, hàng nhái. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh và các sở, ngành liên quan trong tháng 11.
Trong năm 2016, Ủy ban MTTQ tỉnh đã tổ chức 4 đoàn giám sát chuyên đề về cuộc vận động; Mặt trận cấp huyện giám sát tại 27 đơn vị.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ tỉnh, hoạt động giám sát đã giúp phát hiện một số hạn chế trong việc niêm yết giá, ghi nhãn hàng hóa tại các chợ vùng biên; sau giám sát, nhiều hộ kinh doanh đã tự giác sắp xếp lại quầy hàng, tăng tỷ lệ hàng sản xuất trong nước. Mặt trận các cấp sẽ phối hợp lực lượng quản lý thị trường tiếp tục theo dõi việc thực hiện các kiến nghị sau giám sát.
Hoàng Linh
Tin khác
- Hội LHPN tỉnh tuyên truyền hàng Việt tới hội viên vùng cao (14/10/2016)
- Cao Lộc: phiên chợ hàng Việt thu hút hàng nghìn lượt khách (29/09/2016)
""", "2016-10-26", "Giám sát việc thực hiện cuộc vận động tại doanh nghiệp và chợ biên giới",
E("giam_sat", None, "2016-10-25"),
[P("Hoàng Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Văn Sằn", "Giám đốc công ty"),
 P("Nông Thị Mai", "Trưởng Ban quản lý chợ"),
 P("Vi Văn Thắng", "Chủ tịch UBND xã Tân Thanh")],
[Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("215 lao động", 215, "lao động"), Q("trên 95%", 95, "%", "over"),
 Q("186 tỷ đồng", 186000000000, "đồng"), Q("khoảng 35%", 35, "%", "approx"), Q("1.028 gian hàng", 1028, "gian hàng"),
 Q("64 hộ kinh doanh", 64, "hộ kinh doanh"), Q("4 đoàn giám sát chuyên đề", 4, "đoàn giám sát chuyên đề"),
 Q("27 đơn vị", 27, "đơn vị")],
[D("Kế hoạch", "115", "KH-MTTQ-BTT", "2016-09-30", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 115/KH-MTTQ-BTT ngày 30/9/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Lạng Sơn"), com("Chi Lăng"), com("Tân Thanh")],
["Báo Lạng Sơn điện tử", "Trang chủ - Mặt trận - Đoàn thể", "LSO", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "OCOP",
 "Quy chế giám sát và phản biện xã hội"],
["26-10-2016 09:40", "9 tháng năm 2016", "tháng 11", "năm 2016"]))
