from lib import *
PAGES = []

PAGES.append(page("b5165-laocai-hlhpn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Hoạt động Hội » Tin tỉnh Hội
Thứ Tư, 28/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Hội LHPN tỉnh Lào Cai tổng kết công tác Hội và phong trào phụ nữ năm 2011
Ngày 27/12/2011, Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Lù Thị Sính, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Thị Lan Phương, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Giàng Thị Dung, Phó Chủ tịch Hội LHPN tỉnh trình bày cho biết, năm 2011 các cấp Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Kế hoạch số 37-KH/HPN ngày 10/3/2011 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ vùng cao phát triển kinh tế. Toàn tỉnh thu hút thêm 5.200 hội viên mới, nâng tỷ lệ tập hợp lên 78,5%.
Các cấp Hội đang quản lý 312 tổ tiết kiệm và vay vốn với tổng dư nợ ủy thác trên 386 tỷ đồng, giúp 14.250 hộ vay vốn Ngân hàng Chính sách xã hội; tỷ lệ nợ quá hạn chỉ còn 0,3%. Thực hiện Quyết định 295/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ phụ nữ học nghề, tạo việc làm, Hội đã phối hợp mở 48 lớp dạy nghề cho 1.540 lao động nữ nông thôn, chủ yếu nghề trồng rau an toàn, thêu thổ cẩm, chăn nuôi lợn bản địa. Nhờ được hỗ trợ vốn và kỹ thuật, 1.026 hộ thoát nghèo trong năm.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai tới 100% chi hội; có 27 câu lạc bộ "Gia đình phát triển bền vững" duy trì sinh hoạt đều.
Tại hội nghị, bà Tẩn Mý Mẩy, Chủ tịch Hội LHPN xã Sa Pả, chia sẻ cách vận động chị em người Dao đỏ gom hàng thổ cẩm bán cho khách du lịch, mỗi tháng thu thêm khoảng 1,5 triệu đồng/hộ. Bà Lò Thị Phương, HUV, Chủ tịch Hội LHPN huyện Bát Xát, đề nghị tỉnh Hội bố trí thêm vốn cho các tổ vay vốn ở xã biên giới Y Tý.
Phát biểu chỉ đạo, đồng chí Lù Thị Sính đề nghị các cấp Hội năm 2012 tập trung xây dựng mô hình sinh kế phù hợp với từng vùng, nâng chất lượng hoạt động của tổ tiết kiệm và vay vốn, làm tốt vai trò cầu nối giữa phụ nữ với cấp ủy, chính quyền.
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Giàng Thị Dung, Phạm Thị Thanh Hà trao khen thưởng.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Bảo Thắng: trao 20 con lợn giống cho hội viên nghèo (15/12/2011)
- Hội thi "Phụ nữ vùng cao khéo tay" năm 2011 (02/12/2011)
- Sa Pa ra mắt tổ hợp tác thổ cẩm của phụ nữ Mông (18/11/2011)
- Hội LHPN tỉnh giao ban quý III (06/10/2011)
""", "2011-12-28", "Hội LHPN tỉnh Lào Cai tổng kết công tác Hội và phong trào phụ nữ năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lù Thị Sính", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Lan Phương", "Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Tẩn Mý Mẩy", "Chủ tịch Hội LHPN xã Sa Pả"),
 P("Lò Thị Phương", "HUV", "Chủ tịch Hội LHPN huyện Bát Xát"),
 P("Phạm Thị Thanh Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("5.200 hội viên mới", 5200, "hội viên mới"), Q("78,5%", 78.5, "%"), Q("312 tổ tiết kiệm và vay vốn", 312, "tổ tiết kiệm và vay vốn"),
 Q("trên 386 tỷ đồng", 386000000000, "đồng", "over"), Q("14.250 hộ", 14250, "hộ"), Q("0,3%", 0.3, "%"),
 Q("48 lớp dạy nghề", 48, "lớp dạy nghề"), Q("1.540 lao động nữ nông thôn", 1540, "lao động nữ nông thôn"),
 Q("1.026 hộ", 1026, "hộ"), Q("100%", 100, "%"), Q("27 câu lạc bộ", 27, "câu lạc bộ"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Kế hoạch", "37", "KH/HPN", "2011-03-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 37-KH/HPN ngày 10/3/2011"),
 D("Quyết định", "295", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 295/QĐ-TTg")],
[prov("Lào Cai"), com("Sa Pả"), com("Y Tý")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Hoạt động Hội » Tin tỉnh Hội", "Toàn cảnh hội nghị tổng kết.",
 "Xây dựng gia đình 5 không, 3 sạch", "Gia đình phát triển bền vững", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "5 không, 3 sạch", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b5166-quangtri-hlhpn-soket-2012", """
Báo Quảng Trị điện tử
Xã hội | Phụ nữ - Gia đình
Cập nhật lúc 09:10 ngày 20/07/2012
Quang cảnh hội nghị. Ảnh: H.N
Phụ nữ vay vốn làm kinh tế, 820 hộ thoát nghèo
(QT) - Ngày 18/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Điểm nổi bật là từ nguồn vốn ủy thác, 820 hộ hội viên đã thoát nghèo. Đồng chí Lê Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị.
Theo báo cáo của Ban Thường vụ Hội LHPN tỉnh, 6 tháng qua các cấp Hội đã triển khai Kế hoạch 21, 22-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ vùng đồng bào Vân Kiều, Pa Kô phát triển sinh kế và về nâng cao chất lượng tổ tiết kiệm và vay vốn. Thực hiện Chương trình phối hợp số 09/CTPH-HPN-NHCS giữa Hội và Chi nhánh Ngân hàng Chính sách xã hội tỉnh, toàn tỉnh có 187 tổ vay vốn với tổng dư nợ 215,6 tỷ đồng, 9.870 hộ còn dư nợ; hơn 68% tổ được xếp loại tốt.
Hội đã xây dựng thêm 46 mô hình sinh kế như nuôi bò vỗ béo, trồng sắn cao sản, nuôi gà thả vườn; kết nạp 1.350 hội viên mới. Các cơ sở Hội vận động được gần 600 triệu đồng từ nguồn "tiết kiệm nuôi heo đất" để cho 94 hội viên nghèo vay không lãi.
Bà Nguyễn Thị Thu Hằng, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh đánh giá: các khoản vay qua kênh Hội phụ nữ được sử dụng đúng mục đích, nợ xấu thấp. Bà Kăn Thị Mai, Phó Chủ tịch Hội LHPN huyện Đakrông, kể chuyện chị em ở xã Húc Nghì bắt đầu trồng chuối xuất khẩu theo tổ nhóm, mỗi hộ thu khoảng 15 triệu đồng/vụ. Bà Hồ Thị Ba, Chủ tịch Hội LHPN xã Hướng Lập, kiến nghị được hỗ trợ giống bò cho 30 hộ ở các bản xa.
Phát biểu kết luận, bà Hồ Thị Bích Liên, Chủ tịch Hội LHPN tỉnh yêu cầu 6 tháng cuối năm các cấp Hội rà soát từng hộ vay, phấn đấu ít nhất 90% tổ đạt loại khá, tốt; đồng thời thực hiện Chỉ thị số 16-CT/TU ngày 2/3/2012 của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo bền vững vùng dân tộc thiểu số.
Đồng chí Lê Thị Hồng Nhung ghi nhận những đóng góp của các cấp Hội và đề nghị Hội tiếp tục tham gia giám sát, phản biện các chương trình giảm nghèo ở cơ sở.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: ở một số xã vùng sâu, sinh hoạt tổ vay vốn chưa đều; nhiều chi hội trưởng kiêm nhiệm nên việc kiểm tra sử dụng vốn chưa thường xuyên; công tác tuyên truyền về bình đẳng giới, phòng chống bạo lực gia đình ở vùng đồng bào còn gặp khó vì rào cản ngôn ngữ. Nhiều đại biểu đề nghị tỉnh Hội tăng cường đội ngũ tuyên truyền viên biết tiếng Vân Kiều, Pa Kô và có cơ chế hỗ trợ cán bộ chi hội ở các bản xa.
Hoài Nam
Các tin khác
- Gio Linh: 120 phụ nữ được học nghề may công nghiệp (10/07/2012)
- Trao vốn cho hội viên nghèo huyện Hướng Hóa (29/06/2012)
- Hội thi "Tổ trưởng tổ vay vốn giỏi" (14/06/2012)
""", "2012-07-20", "Phụ nữ vay vốn làm kinh tế, 820 hộ thoát nghèo",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lê Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hằng", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Kăn Thị Mai", "Phó Chủ tịch Hội LHPN huyện Đakrông"),
 P("Hồ Thị Ba", "Chủ tịch Hội LHPN xã Hướng Lập"),
 P("Hồ Thị Bích Liên", "Chủ tịch Hội LHPN tỉnh")],
[Q("820 hộ", 820, "hộ"), Q("187 tổ vay vốn", 187, "tổ vay vốn"), Q("215,6 tỷ đồng", 215600000000, "đồng"),
 Q("9.870 hộ", 9870, "hộ"), Q("hơn 68%", 68, "%", "over"), Q("46 mô hình sinh kế", 46, "mô hình sinh kế"),
 Q("1.350 hội viên mới", 1350, "hội viên mới"), Q("gần 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("94 hội viên nghèo", 94, "hội viên nghèo"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"),
 Q("30 hộ", 30, "hộ"), Q("ít nhất 90%", 90, "%", "over")],
[D("Kế hoạch", "21", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN"),
 D("Kế hoạch", "22", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN"),
 D("Chương trình phối hợp", "09", "CTPH-HPN-NHCS", None, None, "Chương trình phối hợp số 09/CTPH-HPN-NHCS"),
 D("Chỉ thị", "16", "CT/TU", "2012-03-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 2/3/2012")],
[prov("Quảng Trị"), com("Húc Nghì"), com("Hướng Lập")],
["Báo Quảng Trị điện tử", "Xã hội | Phụ nữ - Gia đình", "Quang cảnh hội nghị. Ảnh: H.N", "(QT)", "tiết kiệm nuôi heo đất"],
["Cập nhật lúc 09:10 ngày 20/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b5167-gialai-hlhpn-taphuan-2013", """
Báo Gia Lai
Trang chủ > Xã hội > Phụ nữ
08:15 | 17/10/2013
Đồng chí Rơ Châm H'Yim phát biểu khai mạc lớp tập huấn.
Tập huấn kỹ năng khởi sự kinh doanh cho phụ nữ dân tộc thiểu số
(GLO)- Trong 2 ngày 15 và 16/10, Hội LHPN tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lớp tập huấn năm 2013 về kỹ năng khởi sự và quản lý kinh doanh nhỏ cho 65 học viên là cán bộ Hội cơ sở và hội viên làm chủ hộ kinh doanh tại huyện Chư Păh.
Đồng chí Rơ Châm H'Yim, Phó Chủ tịch Thường trực Hội LHPN tỉnh, cho biết lớp học nằm trong đề án số 05-ĐA/HPN của Hội về hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế giai đoạn 2013-2015 và là hoạt động triển khai Quyết định số 295/QĐ-TTg ngày 26/2/2010 của Thủ tướng Chính phủ. Hiện toàn tỉnh có khoảng 42% hội viên là người Jrai, Bahnar; nhiều chị em đã mạnh dạn vay vốn mở tạp hóa, làm dịch vụ xay xát, dệt thổ cẩm bán tại chợ huyện.
Học viên được ThS. Nguyễn Thị Minh Tâm, giảng viên Trường Chính trị tỉnh, hướng dẫn cách lập kế hoạch kinh doanh, tính giá thành, ghi sổ thu chi và tìm hiểu thị trường. Mỗi nhóm 5-7 người cùng xây dựng một phương án sản xuất cụ thể; 14 phương án được đánh giá khả thi sẽ được giới thiệu vay vốn theo Kế hoạch số 68/KH-UBND ngày 3/5/2013 của UBND tỉnh, mức vay tối đa 30 triệu đồng/hộ.
Chị Ksor H'Phơn, hội viên làng Plei Pông, xã Ia Ka, chia sẻ: "Trước đây mình bán cà phê cho thương lái lúc nào cũng bị ép giá. Học xong, mình biết tính toán, rủ thêm 8 chị em trong làng lập nhóm cùng phơi, cùng bán". Bà Siu H'Nhung, Chủ tịch Hội LHPN huyện Chư Păh, cho biết sau lớp học huyện Hội sẽ thành lập 3 tổ hợp tác dệt thổ cẩm ở xã Ia Ka và xã Ia Nhin.
Theo Ban Tổ chức, điểm khó nhất với học viên là ghi chép sổ sách và tính toán lãi lỗ, bởi nhiều chị em chưa thông thạo tiếng Việt. Vì vậy, lớp học bố trí cán bộ Hội biết tiếng Jrai hỗ trợ phiên dịch; bài giảng được minh họa bằng hình ảnh, trò chơi và ví dụ gần gũi như chi phí nuôi một con heo, tiền lời từ một sào rau. Nhiều học viên cho biết sẽ về chia sẻ lại kiến thức trong buổi sinh hoạt chi hội.
Cũng trong năm 2013, Hội LHPN tỉnh đã phối hợp mở 11 lớp tập huấn tương tự cho 620 lượt hội viên; hỗ trợ 236 phụ nữ khởi nghiệp với tổng số vốn hơn 4,7 tỷ đồng. Bà Puih H'Blin, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh, đề nghị các huyện Hội theo dõi, kèm cặp học viên sau tập huấn ít nhất 6 tháng.
Bế mạc lớp học, 65 học viên được cấp giấy chứng nhận.
Minh Nguyệt
Lượt đọc: 642
Tin liên quan
- Phụ nữ Ia Grai làm giàu từ cây hồ tiêu (09/10/2013)
- Trao 50 suất học bổng cho con hội viên nghèo (26/09/2013)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2013 (18/07/2013)
""", "2013-10-17", "Tập huấn kỹ năng khởi sự kinh doanh cho phụ nữ dân tộc thiểu số",
E("tap_huan", "2013", "2013-10-15"),
[P("Rơ Châm H'Yim", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Nguyễn Thị Minh Tâm", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Ksor H'Phơn", "hội viên làng Plei Pông"),
 P("Siu H'Nhung", "Chủ tịch Hội LHPN huyện Chư Păh"),
 P("Puih H'Blin", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh")],
[Q("65 học viên", 65, "học viên"), Q("khoảng 42%", 42, "%", "approx"), Q("14 phương án", 14, "phương án"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("8 chị em", 8, "chị em"), Q("3 tổ hợp tác dệt thổ cẩm", 3, "tổ hợp tác dệt thổ cẩm"),
 Q("11 lớp tập huấn", 11, "lớp tập huấn"), Q("620 lượt hội viên", 620, "lượt hội viên"), Q("236 phụ nữ", 236, "phụ nữ"),
 Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over")],
[D("Đề án", "05", "ĐA/HPN", None, None, "đề án số 05-ĐA/HPN"),
 D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg ngày 26/2/2010"),
 D("Kế hoạch", "68", "KH-UBND", "2013-05-03", "UBND tỉnh", "Kế hoạch số 68/KH-UBND ngày 3/5/2013")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin")],
["Báo Gia Lai", "Trang chủ > Xã hội > Phụ nữ", "Đồng chí Rơ Châm H'Yim phát biểu khai mạc lớp tập huấn.", "(GLO)", "Lượt đọc: 642"],
["08:15 | 17/10/2013", "2 ngày", "giai đoạn 2013-2015", "5-7 người", "6 tháng", "Lượt đọc: 642"]))

PAGES.append(page("b5168-soctrang-hlhpn-traobo-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Tin tức - Sự kiện / Đoàn thể
22-01-2014 10:30
Trao 40 con bò giống cho phụ nữ nghèo dân tộc Khmer
Ngày 20/1/2014, tại xã Lịch Hội Thượng, Hội LHPN tỉnh Sóc Trăng phối hợp với Hội LHPN huyện Trần Đề tổ chức trao 40 con bò giống cho hội viên phụ nữ nghèo, phần lớn là đồng bào Khmer. Mỗi con bò trị giá 12 triệu đồng, tổng trị giá 480 triệu đồng, do các doanh nghiệp và nhà hảo tâm đóng góp qua Quỹ "Vì phụ nữ nghèo" của tỉnh Hội.
Bà con nhận bò giống tại xã Lịch Hội Thượng. Ảnh: Kim Ngân
Dự lễ trao có bà Thạch Thị Sô Phi, Phó Chủ tịch Hội LHPN tỉnh Sóc Trăng; bà Lý Thị Sa Ranh, Chủ tịch Hội LHPN huyện Trần Đề; ông Sơn Văn Thươl, Bí thư Đảng ủy xã Lịch Hội Thượng.
Theo bà Thạch Thị Sô Phi, việc trao bò thực hiện Kế hoạch số 12-KH/HPN ngày 6/1/2014 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ sinh kế cho phụ nữ nghèo vùng đồng bào dân tộc, gắn với Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy Trần Đề về giảm nghèo và về phát triển chăn nuôi. Hộ nhận bò ký cam kết với chi hội; khi bò sinh bê đầu tiên sẽ chuyển bê cho hộ nghèo khác theo hình thức "bò giống luân chuyển". Từ năm 2011 đến nay, mô hình này đã giúp 215 hộ có bò, trong đó 63 hộ đã thoát nghèo.
Để chọn hộ nhận bò, các chi hội tổ chức bình xét công khai tại buổi sinh hoạt, ưu tiên hộ nghèo có lao động, có kinh nghiệm chăn nuôi và có đất trồng cỏ. Cán bộ thú y xã hướng dẫn bà con cách làm chuồng, tiêm phòng và phòng bệnh lở mồm long móng cho bò. Hội LHPN xã phân công mỗi chi hội trưởng theo dõi, giúp đỡ các hộ nhận bò trên địa bàn, định kỳ báo cáo về huyện Hội.
Ông Sơn Văn Thươl đánh giá cao cách làm của Hội phụ nữ, cho rằng hỗ trợ sinh kế bằng con giống giúp hộ nghèo có "cần câu" thay vì "con cá", phù hợp tập quán chăn nuôi của đồng bào Khmer. Đảng ủy xã sẽ chỉ đạo các ấp tạo điều kiện về đất trồng cỏ cho các hộ.
Dịp này, Hội còn trao 120 phần quà Tết cho hội viên có hoàn cảnh khó khăn, mỗi phần gồm gạo, nước mắm và 300.000 đồng tiền mặt; bàn giao 2 căn nhà "Mái ấm tình thương" cho hội viên ở xã Đại Ân 2, mỗi căn trị giá 35 triệu đồng.
Chị Thạch Thị Sa Ly, ấp Trà Canh A2, xúc động: "Nhà tôi có 5 người mà không có đất ruộng, chồng đi làm thuê. Có con bò, tôi sẽ cắt cỏ chăm cho nó mau lớn". Bà Lý Thị Sa Ranh cho biết, năm 2014 huyện Hội phấn đấu vận động thêm trên 1 tỷ đồng để hỗ trợ con giống, cây giống cho 150 hộ phụ nữ nghèo.
Hoàng Yến
Tin cùng chuyên mục
- Hội LHPN tỉnh tổng kết công tác năm 2013 (26/12/2013)
- Mỹ Xuyên: dạy nghề đan lục bình cho 60 phụ nữ Khmer (12/12/2013)
- Vĩnh Châu: phụ nữ trồng hành tím theo hướng an toàn (28/11/2013)
""", "2014-01-22", "Trao 40 con bò giống cho phụ nữ nghèo dân tộc Khmer",
E("trao_qua", None, "2014-01-20"),
[P("Thạch Thị Sô Phi", "Phó Chủ tịch Hội LHPN tỉnh Sóc Trăng"),
 P("Lý Thị Sa Ranh", "Chủ tịch Hội LHPN huyện Trần Đề"),
 P("Sơn Văn Thươl", "Bí thư Đảng ủy xã Lịch Hội Thượng"),
 P("Thạch Thị Sa Ly")],
[Q("40 con bò giống", 40, "con bò giống"), Q("12 triệu đồng", 12000000, "đồng"), Q("480 triệu đồng", 480000000, "đồng"),
 Q("215 hộ", 215, "hộ"), Q("63 hộ", 63, "hộ"), Q("120 phần quà", 120, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("2 căn nhà", 2, "căn nhà"), Q("35 triệu đồng", 35000000, "đồng"), Q("5 người", 5, "người"),
 Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("150 hộ phụ nữ nghèo", 150, "hộ phụ nữ nghèo")],
[D("Kế hoạch", "12", "KH/HPN", "2014-01-06", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 12-KH/HPN ngày 6/1/2014"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy Trần Đề", "Chỉ thị 03, 04-CT/HU"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy Trần Đề", "Chỉ thị 03, 04-CT/HU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Tin tức - Sự kiện / Đoàn thể", "Bà con nhận bò giống tại xã Lịch Hội Thượng. Ảnh: Kim Ngân",
 "Vì phụ nữ nghèo", "bò giống luân chuyển", "Mái ấm tình thương"],
["22-01-2014 10:30", "bê đầu tiên", "Từ năm 2011"]))

PAGES.append(page("b5169-thaibinh-hlhpn-giaoban-2015", """
Hôm nay: Thứ Hai, 12/10/2015
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH
Bạn đang ở: Trang chủ > Tin tức > Hoạt động Hội
Thứ Sáu, 09/10/2015
Giao ban công tác Hội quý III: tập trung hỗ trợ phụ nữ phát triển kinh tế
Ngày 7/10, Ban Thường vụ Hội LHPN tỉnh Thái Bình tổ chức giao ban công tác Hội quý III năm 2015 với Chủ tịch Hội LHPN các huyện, thành phố. Đồng chí Đặng Thị Thu Hương, Chủ tịch Hội LHPN tỉnh chủ trì; dự có đồng chí Trần Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Chủ tịch Hội LHPN các huyện, thành phố dự giao ban.
Trong quý III, các cấp Hội tiếp tục triển khai Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới và về tăng cường công tác vận động phụ nữ tham gia phát triển kinh tế tập thể; thực hiện Kế hoạch số 114-KH/HPN ngày 12/6/2015 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ hội viên thành lập tổ hợp tác. Toàn tỉnh đã thành lập mới 18 tổ hợp tác do phụ nữ làm chủ trong lĩnh vực may mặc, chế biến nông sản, dệt chiếu cói; duy trì 22 mô hình "Phụ nữ giúp nhau phát triển kinh tế" với hơn 1.200 hộ tham gia.
Tổng dư nợ các chương trình vay vốn do Hội quản lý đạt 1.156 tỷ đồng, tăng 64 tỷ đồng so với đầu năm; 95,4% tổ tiết kiệm và vay vốn xếp loại tốt. Các cấp Hội kết nạp 6.320 hội viên mới, trong đó nhiều hội viên là lao động nữ trong các khu công nghiệp.
Báo cáo của đồng chí Vũ Thị Nga, Phó Chủ tịch Hội LHPN tỉnh cũng nêu rõ hạn chế: một số tổ hợp tác mới thành lập còn lúng túng trong tìm đầu ra sản phẩm; việc giúp phụ nữ tiếp cận các gói tín dụng thương mại còn khó do thiếu tài sản thế chấp.
Tại buổi giao ban, bà Nguyễn Thị Len, Chủ tịch Hội LHPN xã Vũ Lăng, huyện Tiền Hải, chia sẻ kinh nghiệm vận động 35 chị em góp vốn thành lập tổ hợp tác chế biến hải sản khô, thu nhập bình quân khoảng 4 triệu đồng/người/tháng. Đại diện Hội LHPN huyện Quỳnh Phụ đề nghị tỉnh Hội phối hợp Sở Công Thương tổ chức hội chợ giới thiệu sản phẩm của phụ nữ.
Đồng chí Trần Văn Hùng ghi nhận kết quả của các cấp Hội và đề nghị quý IV tập trung thực hiện Chỉ thị số 12-CT/TU ngày 20/4/2015 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội đảng bộ các cấp, vận động hội viên đóng góp ý kiến vào dự thảo văn kiện.
Kết luận buổi giao ban, đồng chí Đặng Thị Thu Hương giao các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Vũ Thị Nga, Phạm Thị Hoa, Bùi Thị Thanh phụ trách từng cụm huyện, trực tiếp đôn đốc việc củng cố tổ hợp tác; phấn đấu đến hết năm 2015 có thêm ít nhất 10 tổ hợp tác và 2.000 hội viên được vay vốn.
Thanh Thủy
Số lượt xem: 388
Các tin đã đưa
- Hội thi "Phụ nữ với an toàn thực phẩm" (28/09/2015)
- Kiến Xương ra mắt câu lạc bộ nữ doanh nhân (16/09/2015)
- Trao 30 suất quà cho hội viên nghèo Đông Hưng (02/09/2015)
""", "2015-10-09", "Giao ban công tác Hội quý III: tập trung hỗ trợ phụ nữ phát triển kinh tế",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Đặng Thị Thu Hương", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Len", "Chủ tịch Hội LHPN xã Vũ Lăng"),
 P("Phạm Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Thị Thanh", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("18 tổ hợp tác", 18, "tổ hợp tác"), Q("22 mô hình", 22, "mô hình"), Q("hơn 1.200 hộ", 1200, "hộ", "over"),
 Q("1.156 tỷ đồng", 1156000000000, "đồng"), Q("64 tỷ đồng", 64000000000, "đồng"), Q("95,4%", 95.4, "%"),
 Q("6.320 hội viên mới", 6320, "hội viên mới"), Q("35 chị em", 35, "chị em"),
 Q("khoảng 4 triệu đồng", 4000000, "đồng", "approx"), Q("ít nhất 10 tổ hợp tác", 10, "tổ hợp tác", "over"),
 Q("2.000 hội viên", 2000, "hội viên")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Kế hoạch", "114", "KH/HPN", "2015-06-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 114-KH/HPN ngày 12/6/2015"),
 D("Chỉ thị", "12", "CT/TU", "2015-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 20/4/2015")],
[prov("Thái Bình"), com("Vũ Lăng")],
["Hôm nay: Thứ Hai, 12/10/2015", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động Hội",
 "Chủ tịch Hội LHPN các huyện, thành phố dự giao ban.", "Phụ nữ giúp nhau phát triển kinh tế", "Số lượt xem: 388"],
["Thứ Sáu, 09/10/2015", "quý III năm 2015", "quý IV", "Số lượt xem: 388"]))

PAGES.append(page("b5170-binhduong-nudoanhnhan-doithoai-2016", """
BÁO BÌNH DƯƠNG ONLINE
Kinh tế › Doanh nghiệp
Ngày đăng 25/11/2016 | 14:20
Lãnh đạo tỉnh đối thoại với nữ doanh nhân: tháo gỡ vướng mắc về vốn và mặt bằng
(BDO) Chiều 24/11, UBND tỉnh phối hợp với Hội LHPN tỉnh và Hội Nữ doanh nhân tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nhân nữ năm 2016. Đồng chí Lương Thanh Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; hơn 300 nữ doanh nhân tham dự.
Quang cảnh buổi đối thoại. Ảnh: Thu Thảo
Theo bà Nguyễn Thị Kim Oanh, Chủ tịch Hội Nữ doanh nhân tỉnh, hiện Bình Dương có khoảng 1.450 doanh nghiệp do phụ nữ làm chủ, chiếm gần 18% tổng số doanh nghiệp đang hoạt động; phần lớn có quy mô nhỏ, vốn điều lệ bình quân khoảng 3,2 tỷ đồng. Hội hiện có 214 hội viên, năm 2016 kết nạp thêm 37 hội viên mới. Các bà Trương Thị Ngọc Bích, Lâm Thị Hạnh - Phó Chủ tịch Hội Nữ doanh nhân tỉnh cùng đề nghị tỉnh sớm triển khai Luật Hỗ trợ doanh nghiệp nhỏ và vừa, ưu tiên doanh nghiệp nữ trong các chương trình xúc tiến thương mại.
Tại buổi đối thoại, 28 ý kiến của doanh nhân tập trung vào thủ tục vay vốn, thuê mặt bằng sản xuất trong cụm công nghiệp và thủ tục hoàn thuế. Bà Huỳnh Thị Mỹ Lệ, Giám đốc Công ty TNHH Mỹ Lệ ở phường Phú Cường, phản ánh doanh nghiệp đã chờ gần 4 tháng để được cấp phép xây nhà xưởng. Bà Lê Thị Hồng Vân, chủ cơ sở sản xuất bánh tráng ở xã An Tây, mong được vay vốn ưu đãi để mua 2 máy tráng bánh tự động, khoảng 300 triệu đồng.
Trả lời các ý kiến, ông Phan Minh Tâm, Giám đốc Sở Kế hoạch và Đầu tư, cho biết Sở đang tham mưu UBND tỉnh ban hành Kế hoạch số 2816/KH-UBND về hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn 2016-2020 theo Nghị định 56/2009/NĐ-CP của Chính phủ. Đại diện Chi nhánh Ngân hàng Nhà nước tỉnh thông tin, các ngân hàng thương mại trên địa bàn đã dành gói tín dụng 1.000 tỷ đồng cho doanh nghiệp nhỏ và vừa với lãi suất 6,5%/năm.
Phát biểu kết luận, đồng chí Lương Thanh Hải ghi nhận vai trò của nữ doanh nhân trong phát triển kinh tế tỉnh, yêu cầu các sở, ngành giải quyết dứt điểm 17 kiến nghị thuộc thẩm quyền trước ngày 31/12/2016 và trả lời bằng văn bản. Đồng chí giao Hội LHPN tỉnh phối hợp Sở Kế hoạch và Đầu tư xây dựng chương trình hỗ trợ phụ nữ khởi nghiệp, thực hiện Chỉ thị số 10-CT/TU ngày 8/8/2016 của Ban Thường vụ Tỉnh ủy về phát triển doanh nghiệp.
Bà Đỗ Thị Thu Hà, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh, cho biết thời gian tới Hội sẽ duy trì đối thoại hằng năm và thành lập câu lạc bộ nữ doanh nhân ở 9 huyện, thị xã, thành phố.
Thu Thảo
Bài viết liên quan
- Khai mạc hội chợ sản phẩm của phụ nữ (10/11/2016)
- Nữ doanh nhân Bình Dương chung tay vì người nghèo (20/10/2016)
- Hội Nữ doanh nhân tỉnh kết nạp hội viên mới (02/10/2016)
""", "2016-11-25", "Lãnh đạo tỉnh đối thoại với nữ doanh nhân: tháo gỡ vướng mắc về vốn và mặt bằng",
E("doi_thoai", "2016", "2016-11-24"),
[P("Lương Thanh Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Kim Oanh", "Chủ tịch Hội Nữ doanh nhân tỉnh"),
 P("Trương Thị Ngọc Bích", "Phó Chủ tịch Hội Nữ doanh nhân tỉnh"),
 P("Lâm Thị Hạnh", "Phó Chủ tịch Hội Nữ doanh nhân tỉnh"),
 P("Huỳnh Thị Mỹ Lệ", "Giám đốc Công ty TNHH Mỹ Lệ"),
 P("Lê Thị Hồng Vân", "chủ cơ sở sản xuất bánh tráng"),
 P("Phan Minh Tâm", "Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Đỗ Thị Thu Hà", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 300 nữ doanh nhân", 300, "nữ doanh nhân", "over"), Q("khoảng 1.450 doanh nghiệp", 1450, "doanh nghiệp", "approx"),
 Q("gần 18%", 18, "%", "approx"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("214 hội viên", 214, "hội viên"),
 Q("37 hội viên mới", 37, "hội viên mới"), Q("28 ý kiến", 28, "ý kiến"), Q("2 máy tráng bánh tự động", 2, "máy tráng bánh tự động"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("1.000 tỷ đồng", 1000000000000, "đồng"),
 Q("6,5%", 6.5, "%"), Q("17 kiến nghị", 17, "kiến nghị"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "2816", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2816/KH-UBND"),
 D("Nghị định", "56", "2009/NĐ-CP", None, "Chính phủ", "Nghị định 56/2009/NĐ-CP"),
 D("Chỉ thị", "10", "CT/TU", "2016-08-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU ngày 8/8/2016")],
[prov("Bình Dương"), com("Phú Cường"), com("An Tây")],
["BÁO BÌNH DƯƠNG ONLINE", "Kinh tế › Doanh nghiệp", "(BDO)", "Quang cảnh buổi đối thoại. Ảnh: Thu Thảo",
 "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"],
["Ngày đăng 25/11/2016 | 14:20", "gần 4 tháng", "giai đoạn 2016-2020", "31/12/2016"]))
