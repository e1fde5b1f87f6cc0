from lib import *
PAGES = []

PAGES.append(page("b8423-tuyenquang-doanxa-luongcu-2025", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH TUYÊN QUANG
Trang chủ » Tin cơ sở » Tình nguyện hè
Thứ Bảy, 16/08/2025 - 07:30
Đoàn viên xã Lũng Cú hướng dẫn người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã.
Áo xanh tình nguyện "trực" cùng chính quyền xã mới ở cực Bắc
Những ngày giữa tháng 8, tại Trung tâm Phục vụ hành chính công xã Lũng Cú (tỉnh Tuyên Quang), đội hình thanh niên tình nguyện của Đoàn xã luôn có mặt từ sáng sớm để hướng dẫn bà con người Mông, người Lô Lô làm thủ tục trên môi trường số.
Từ ngày 1/7/2025, chính quyền địa phương hai cấp chính thức vận hành, xã Lũng Cú mới được thành lập trên cơ sở sáp nhập các xã cũ, diện tích rộng, dân cư phân tán. Thực hiện Hướng dẫn số 61-HD/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn về Chiến dịch Thanh niên tình nguyện hè năm 2025 và Kế hoạch số 15-KH/ĐTN ngày 04/7/2025 của Ban Chấp hành Đoàn xã, Đoàn xã đã thành lập 6 đội hình với 48 đoàn viên, phân công trực luân phiên tại Trung tâm và xuống 27 thôn.
Anh Lầu Mí Chứ, Bí thư Đoàn xã Lũng Cú, cho biết: "Bà con ở thôn xa phải đi bộ hàng giờ mới đến trung tâm xã, nhiều người không biết chữ phổ thông. Chúng em vừa phiên dịch, vừa chụp giấy tờ, hướng dẫn ký số để hồ sơ không bị trả lại". Sau hơn một tháng, đội hình đã hướng dẫn trên 1.600 lượt người dân, hỗ trợ nộp 428 hồ sơ trực tuyến, chủ yếu là thủ tục hộ tịch, chứng thực và đất đai.
Chị Giàng Thị Dí, Phó Chủ tịch UBND xã Lũng Cú, đánh giá lực lượng thanh niên đã "gánh" một phần việc rất lớn khi bộ máy mới còn đang kiện toàn. "Có các em, thời gian chờ của người dân giảm gần một nửa", chị nói.
Ông Sùng Mí Páo, 58 tuổi, ở thôn Lô Lô Chải, lần đầu làm thủ tục tách thửa đất qua mạng. Ông kể được đoàn viên giúp cài ứng dụng trên điện thoại của con trai, chỉ mất một buổi sáng thay vì đi lại nhiều ngày như trước.
Không chỉ trực tại trung tâm, các đội hình còn mang theo máy tính xách tay, bộ phát wifi di động về nhà văn hóa thôn vào buổi tối, khi bà con đã đi nương về. Những hôm trời mưa, đường trơn, đoàn viên phải đi bộ, gửi xe máy ở đầu dốc, nhưng chưa buổi nào bị hủy.
Đợt cao điểm này, đồng chí Hoàng Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng ban Phong trào Tỉnh đoàn đã về kiểm tra và trao tặng đội hình 5 bộ máy tính, 1.000 tờ gấp song ngữ Việt - Mông hướng dẫn thủ tục, tổng trị giá khoảng 70 triệu đồng. Đồng chí đề nghị Đoàn xã phối hợp với xã Đồng Văn, xã Mèo Vạc xây dựng tài liệu dùng chung, duy trì đội hình sau chiến dịch hè.
Tin, ảnh: Vàng Dính
Bài viết liên quan
- Tuyên Quang: hơn 12.000 đoàn viên hỗ trợ chính quyền hai cấp (05/08/2025)
- Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 (20/06/2025)
- Đoàn xã Đồng Văn ra mắt đội hình "Mũ nồi xanh" (15/07/2025)
- Tỉnh đoàn tập huấn kỹ năng số cho cán bộ Đoàn xã (10/07/2025)
""", "2025-08-16", "Áo xanh tình nguyện \"trực\" cùng chính quyền xã mới ở cực Bắc",
E("khac", None, None),
[P("Lầu Mí Chứ", "Bí thư Đoàn xã Lũng Cú"),
 P("Giàng Thị Dí", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Sùng Mí Páo"),
 P("Hoàng Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng ban Phong trào Tỉnh đoàn")],
[Q("6 đội hình", 6, "đội hình"), Q("48 đoàn viên", 48, "đoàn viên"), Q("27 thôn", 27, "thôn"),
 Q("trên 1.600 lượt người dân", 1600, "lượt người dân", "over"), Q("428 hồ sơ trực tuyến", 428, "hồ sơ trực tuyến"),
 Q("5 bộ máy tính", 5, "bộ máy tính"), Q("1.000 tờ gấp song ngữ Việt - Mông", 1000, "tờ gấp song ngữ Việt - Mông"),
 Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx")],
[D("Hướng dẫn", "61", "HD/TWĐTN-PTTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 61-HD/TWĐTN-PTTN"),
 D("Kế hoạch", "15", "KH/ĐTN", "2025-07-04", "Ban Chấp hành Đoàn xã", "Kế hoạch số 15-KH/ĐTN ngày 04/7/2025")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Đồng Văn"), com("Mèo Vạc")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH TUYÊN QUANG", "Trang chủ » Tin cơ sở » Tình nguyện hè",
 "Đoàn viên xã Lũng Cú hướng dẫn người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã.",
 "Trung tâm Phục vụ hành chính công xã Lũng Cú", "Lô Lô Chải"],
["Thứ Bảy, 16/08/2025 - 07:30", "tháng 8", "ngày 1/7/2025", "hai cấp", "năm 2025", "58 tuổi", "hơn một tháng", "gần một nửa"]))

PAGES.append(page("b8424-vinhlong-tinhdoan-giaoban-q3-2025", """
TỈNH ĐOÀN VĨNH LONG
Hôm nay: Thứ Hai, 29/09/2025
Trang chủ | Tin tức | Hoạt động Tỉnh đoàn
Thứ Sáu, 26/09/2025
Ảnh: Quang cảnh giao ban tại điểm cầu Tỉnh đoàn.
Hơn 130.000 lượt người dân được hỗ trợ thủ tục trong 3 tháng đầu vận hành chính quyền hai cấp
Sáng 25/9, Ban Thường vụ Tỉnh đoàn Vĩnh Long tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III/2025, kết nối trực tuyến với 124 xã, phường. Đây là kỳ giao ban quý đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Chủ trì giao ban có các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Thị Thanh Trúc, Thạch Thị Sô Phia, Võ Minh Nhựt.
Báo cáo cho thấy, trong quý III, các cơ sở Đoàn đã huy động 8.450 đoàn viên, thanh niên tham gia đội hình "Thanh niên hỗ trợ chính quyền địa phương hai cấp", hướng dẫn hơn 130.000 lượt người dân làm thủ tục tại các Trung tâm Phục vụ hành chính công xã, phường; hỗ trợ nộp 41.620 hồ sơ trực tuyến. Hoạt động triển khai theo Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 1120/QĐ-UBND ngày 14/7/2025 của UBND tỉnh.
Một số nơi có cách làm sáng tạo. Đoàn phường Long Đức lập "Bàn tư vấn thủ tục song ngữ Việt - Khmer", mỗi ngày bố trí 4 đến 6 đoàn viên người Khmer trực. Đoàn xã Mỏ Cày phối hợp Bưu điện xã tổ chức "Chuyến xe dịch vụ công" về các ấp cù lao. Anh Kim Sóc Kha, Bí thư Đoàn phường Long Đức, cho biết có ngày đội hình tiếp hơn 300 lượt người.
Các đồng chí Huỳnh Văn Lợi, Lê Thị Cẩm Tú - Ủy viên Ban Thường vụ Tỉnh đoàn phản ánh khó khăn: ở các xã mới sáp nhập, khoảng cách từ ấp đến trung tâm xa, đoàn viên đi lại tốn kém; hệ thống phần mềm một số thời điểm quá tải. Khoảng 12% hồ sơ được hỗ trợ vẫn bị yêu cầu bổ sung do ảnh chụp giấy tờ không rõ.
Đồng chí Phan Thanh Hải, Chánh Văn phòng Tỉnh đoàn, thông tin về dự kiến tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ I, nhiệm kỳ 2027 - 2032 của tỉnh mới.
Kết luận giao ban, đồng chí Nguyễn Thị Thanh Trúc đề nghị trong quý IV, các cơ sở Đoàn duy trì đội hình tại 100% Trung tâm Phục vụ hành chính công cấp xã, mỗi xã, phường tổ chức tối thiểu 2 buổi tập huấn kỹ năng số cho người dân mỗi tháng; chú trọng hỗ trợ người cao tuổi, người khuyết tật, đồng bào Khmer. Tỉnh đoàn sẽ trích 150 triệu đồng hỗ trợ chi phí đi lại cho các đội hình ở 18 xã cù lao, ven biển.
Trúc Mai
Tin cùng chuyên mục
- Tỉnh đoàn tổng kết Chiến dịch Thanh niên tình nguyện hè 2025 (28/08/2025)
- Ra mắt Ban Chấp hành Tỉnh đoàn Vĩnh Long (mới) (08/07/2025)
- Thanh niên Trà Vinh cũ sôi nổi ngày hội "Chuyển đổi số" (20/06/2025)
""", "2025-09-26", "Hơn 130.000 lượt người dân được hỗ trợ thủ tục trong 3 tháng đầu vận hành chính quyền hai cấp",
E("giao_ban", "2025-Q3", "2025-09-25"),
[P("Nguyễn Thị Thanh Trúc", "Phó Bí thư Tỉnh đoàn"),
 P("Thạch Thị Sô Phia", "Phó Bí thư Tỉnh đoàn"),
 P("Võ Minh Nhựt", "Phó Bí thư Tỉnh đoàn"),
 P("Kim Sóc Kha", "Bí thư Đoàn phường Long Đức"),
 P("Huỳnh Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Lê Thị Cẩm Tú", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Phan Thanh Hải", "Chánh Văn phòng Tỉnh đoàn")],
[Q("Hơn 130.000 lượt người dân", 130000, "lượt người dân", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("8.450 đoàn viên, thanh niên", 8450, "đoàn viên, thanh niên"), Q("41.620 hồ sơ trực tuyến", 41620, "hồ sơ trực tuyến"),
 Q("4 đến 6 đoàn viên", 4, "đoàn viên", "approx"), Q("hơn 300 lượt người", 300, "lượt người", "over"),
 Q("Khoảng 12%", 12, "%", "approx"), Q("100%", 100, "%"), Q("tối thiểu 2 buổi tập huấn kỹ năng số", 2, "buổi tập huấn kỹ năng số"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("18 xã cù lao, ven biển", 18, "xã cù lao, ven biển")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Quyết định", "1120", "QĐ-UBND", "2025-07-14", "UBND tỉnh", "Quyết định số 1120/QĐ-UBND ngày 14/7/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Mỏ Cày")],
["TỈNH ĐOÀN VĨNH LONG", "Hôm nay: Thứ Hai, 29/09/2025", "Trang chủ | Tin tức | Hoạt động Tỉnh đoàn",
 "Ảnh: Quang cảnh giao ban tại điểm cầu Tỉnh đoàn.", "Thanh niên hỗ trợ chính quyền địa phương hai cấp",
 "Bàn tư vấn thủ tục song ngữ Việt - Khmer", "Chuyến xe dịch vụ công"],
["Hôm nay: Thứ Hai, 29/09/2025", "Thứ Sáu, 26/09/2025", "3 tháng đầu", "hai cấp", "quý III/2025", "lần thứ I", "nhiệm kỳ 2027 - 2032", "quý IV"]))

PAGES.append(page("b8425-lamdong-tinhdoan-tongket-he-2025", """
Báo Lâm Đồng điện tử
Xã hội » Thanh niên
Ngày đăng 03/10/2025 | 16:20
Đồng chí K'Thị Bích trao bằng khen cho các tập thể. Ảnh: Lê Na
Tổng kết chiến dịch hè: tuổi trẻ Lâm Đồng đồng hành cùng chính quyền hai cấp
Ngày 2/10/2025, Tỉnh đoàn Lâm Đồng tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2025, chiến dịch đầu tiên của tỉnh Lâm Đồng mới sau khi hợp nhất với Đắk Nông và Bình Thuận. Dự hội nghị có đồng chí K'Thị Bích, Tỉnh ủy viên, Bí thư Tỉnh đoàn; đồng chí Y Khang, Phó Bí thư Tỉnh đoàn cùng hơn 250 đại biểu.
Năm nay, chiến dịch được triển khai theo Hướng dẫn số 61-HD/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn và Kế hoạch số 05-KH/TĐTN ngày 10/7/2025 của Ban Thường vụ Tỉnh đoàn, với trọng tâm là hỗ trợ vận hành chính quyền địa phương hai cấp. Toàn tỉnh có 1.240 đội hình với khoảng 21.000 đoàn viên, thanh niên tham gia, có mặt thường xuyên tại Trung tâm Phục vụ hành chính công của 124 xã, phường, đặc khu.
Kết quả, các đội hình đã hướng dẫn 286.400 lượt người dân thực hiện thủ tục hành chính; hỗ trợ nộp hơn 97.000 hồ sơ trực tuyến; giúp 35.600 người kích hoạt tài khoản định danh điện tử; tổ chức 820 lớp học kỹ năng số "Bình dân học vụ số" tại thôn, bon, buôn. Giá trị các công trình, phần việc thanh niên đạt trên 18,5 tỷ đồng.
Tại hội nghị, đồng chí Điểu Thị Hương, Bí thư Đoàn phường Bắc Gia Nghĩa, chia sẻ kinh nghiệm dùng tiếng Mnông hướng dẫn bà con các bon làm thủ tục đất đai. Đồng chí Ka Sô Liễng, Bí thư Đoàn xã Lạc Dương, cho biết đội hình người K'Ho của xã đã đi đến 16 thôn, cõng máy tính lên tận rẫy cà phê để hỗ trợ bà con ký số. Đồng chí Nguyễn Hữu Phước, Bí thư Đoàn phường Phan Thiết, giới thiệu mô hình "Ki-ốt thủ tục" đặt tại cảng cá, giúp ngư dân làm thủ tục đăng ký tàu, cấp phép khai thác qua điện thoại.
Hội nghị cũng thẳng thắn chỉ ra những hạn chế: địa bàn rộng, một số xã có diện tích lớn hơn cả huyện cũ, chi phí đi lại của đội hình lớn; khoảng 30% tình nguyện viên là học sinh, sinh viên nên sau khi vào năm học, lực lượng giảm mạnh.
Phát biểu kết luận, đồng chí K'Thị Bích ghi nhận chiến dịch đã góp phần quan trọng giúp người dân sớm làm quen với bộ máy mới. Đồng chí đề nghị các cơ sở Đoàn duy trì ít nhất 2 tổ hỗ trợ thường trực tại mỗi trung tâm phục vụ hành chính công, gắn với phong trào "Bình dân học vụ số" đến hết năm 2025.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 45 tập thể, 87 cá nhân có thành tích xuất sắc; trao tặng 20 chiếc xe đạp cho học sinh nghèo là con đoàn viên tình nguyện.
Lê Na
Các tin khác
- Tỉnh đoàn ra mắt Ban Chấp hành Đoàn tỉnh Lâm Đồng (mới) (05/07/2025)
- Bình Thuận cũ: 300 sinh viên ra quân hè tình nguyện (15/06/2025)
- Phường Xuân Hương ra mắt "Tổ công nghệ số cộng đồng" (20/08/2025)
""", "2025-10-03", "Tổng kết chiến dịch hè: tuổi trẻ Lâm Đồng đồng hành cùng chính quyền hai cấp",
E("tong_ket", "2025", "2025-10-02"),
[P("K'Thị Bích", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Y Khang", "Phó Bí thư Tỉnh đoàn"),
 P("Điểu Thị Hương", "Bí thư Đoàn phường Bắc Gia Nghĩa"),
 P("Ka Sô Liễng", "Bí thư Đoàn xã Lạc Dương"),
 P("Nguyễn Hữu Phước", "Bí thư Đoàn phường Phan Thiết")],
[Q("hơn 250 đại biểu", 250, "đại biểu", "over"), Q("1.240 đội hình", 1240, "đội hình"),
 Q("khoảng 21.000 đoàn viên, thanh niên", 21000, "đoàn viên, thanh niên", "approx"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("286.400 lượt người dân", 286400, "lượt người dân"),
 Q("hơn 97.000 hồ sơ trực tuyến", 97000, "hồ sơ trực tuyến", "over"), Q("35.600 người", 35600, "người"),
 Q("820 lớp học kỹ năng số", 820, "lớp học kỹ năng số"), Q("trên 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("16 thôn", 16, "thôn"), Q("khoảng 30%", 30, "%", "approx"), Q("ít nhất 2 tổ hỗ trợ thường trực", 2, "tổ hỗ trợ thường trực", "over"),
 Q("45 tập thể", 45, "tập thể"), Q("87 cá nhân", 87, "cá nhân"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp")],
[D("Hướng dẫn", "61", "HD/TWĐTN-PTTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 61-HD/TWĐTN-PTTN"),
 D("Kế hoạch", "05", "KH/TĐTN", "2025-07-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 05-KH/TĐTN ngày 10/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Lạc Dương"), com("Phan Thiết")],
["Báo Lâm Đồng điện tử", "Xã hội » Thanh niên", "Đồng chí K'Thị Bích trao bằng khen cho các tập thể. Ảnh: Lê Na",
 "Bình dân học vụ số", "Ki-ốt thủ tục", "Trung tâm Phục vụ hành chính công"],
["Ngày đăng 03/10/2025 | 16:20", "năm 2025", "hai cấp", "hết năm 2025"]))

PAGES.append(page("b8426-dongnai-tinhdoan-tongket-2025", """
TỈNH ĐOÀN ĐỒNG NAI - TUỔI TRẺ ĐỒNG NAI
Vị trí: Trang chủ / Tin tức / Hoạt động Đoàn
Thứ Sáu, 09/01/2026, 08:05
Toàn cảnh hội nghị tại hội trường Tỉnh đoàn.
Tỉnh đoàn Đồng Nai triển khai nhiệm vụ năm 2026, lấy chuyển đổi số làm khâu đột phá
Ngày 8/1/2026, Ban Chấp hành Tỉnh đoàn Đồng Nai tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trần Ngọc Bảo Châu, Ủy viên BCH Trung ương Đoàn, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì hội nghị.
Năm 2025 là năm đầu tiên Tỉnh đoàn Đồng Nai hoạt động sau khi hợp nhất với Tỉnh đoàn Bình Phước. Thực hiện Nghị quyết số 61-NQ/TW ngày 20/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, cùng Chương trình hành động số 09-CTr/TU ngày 14/8/2025 của Tỉnh ủy, các cấp bộ Đoàn đã thành lập 95 đội hình "Thanh niên hỗ trợ dịch vụ công" tại 95 xã, phường; hướng dẫn hơn 410.000 lượt người dân; hỗ trợ nộp khoảng 126.000 hồ sơ trực tuyến; tổ chức 1.350 lớp bồi dưỡng kỹ năng số theo phong trào "Bình dân học vụ số" với trên 48.000 học viên.
Đồng chí Điểu Minh Thắng phát biểu tham luận. Ảnh: Bảo Ngọc
Tham luận tại hội nghị, đồng chí Điểu Minh Thắng, Bí thư Đoàn xã Bù Gia Mập, cho biết xã biên giới có đông đồng bào S'tiêng, đội hình thanh niên đã phối hợp Đồn Biên phòng tổ chức 42 buổi hướng dẫn làm căn cước, định danh điện tử lưu động tại các sóc. Chị Lê Thị Hồng Nhung, Bí thư Đoàn phường Trấn Biên, chia sẻ mô hình "Trợ lý ảo thủ tục" do đoàn viên tự xây dựng, trả lời tự động 2.600 câu hỏi của người dân mỗi tháng. Anh Lý Văn Sáng, Phó Bí thư Đoàn phường Bình Phước, kiến nghị tăng kinh phí cho các đội hình ở địa bàn rộng.
Cũng trong năm 2025, toàn tỉnh kết nạp 9.215 đoàn viên mới; 100% cơ sở Đoàn ứng dụng phần mềm quản lý đoàn viên; tổng giá trị các công trình, phần việc thanh niên đạt 63,7 tỷ đồng.
Hội nghị thống nhất các chỉ tiêu năm 2026: mỗi xã, phường có từ 3 tổ công nghệ số cộng đồng trở lên do đoàn viên làm nòng cốt; hỗ trợ không dưới 90% người dân trong độ tuổi lao động có tài khoản định danh điện tử mức độ 2; tổ chức Ngày hội "Thanh niên số Đồng Nai" lần thứ nhất.
Phát biểu chỉ đạo, đồng chí Phan Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị Tỉnh đoàn tham mưu cấp ủy đưa nội dung hỗ trợ dịch vụ công vào chương trình công tác thường xuyên.
Dịp này, Tỉnh đoàn tặng bằng khen cho 60 tập thể, 112 cá nhân; đồng chí Võ Thanh Tuấn, Phó Bí thư Tỉnh đoàn, công bố quyết định công nhận 15 mô hình tiêu biểu.
Bảo Ngọc
Xem thêm
- Tuổi trẻ Đồng Nai ra quân "Xuân tình nguyện" năm 2026 (05/01/2026)
- Tuyên dương 50 gương thanh niên tiêu biểu năm 2025 (26/12/2025)
- Hội thi "Thanh niên với pháp luật" khu vực Bình Phước cũ (12/12/2025)
""", "2026-01-09", "Tỉnh đoàn Đồng Nai triển khai nhiệm vụ năm 2026, lấy chuyển đổi số làm khâu đột phá",
E("tong_ket", "2025", "2026-01-08"),
[P("Trần Ngọc Bảo Châu", "Ủy viên BCH Trung ương Đoàn", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Điểu Minh Thắng", "Bí thư Đoàn xã Bù Gia Mập"),
 P("Lê Thị Hồng Nhung", "Bí thư Đoàn phường Trấn Biên"),
 P("Lý Văn Sáng", "Phó Bí thư Đoàn phường Bình Phước"),
 P("Phan Văn Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thanh Tuấn", "Phó Bí thư Tỉnh đoàn")],
[Q("95 đội hình", 95, "đội hình"), Q("95 xã, phường", 95, "xã, phường"),
 Q("hơn 410.000 lượt người dân", 410000, "lượt người dân", "over"), Q("khoảng 126.000 hồ sơ trực tuyến", 126000, "hồ sơ trực tuyến", "approx"),
 Q("1.350 lớp bồi dưỡng kỹ năng số", 1350, "lớp bồi dưỡng kỹ năng số"), Q("trên 48.000 học viên", 48000, "học viên", "over"), Q("42 buổi", 42, "buổi"),
 Q("2.600 câu hỏi", 2600, "câu hỏi"), Q("9.215 đoàn viên mới", 9215, "đoàn viên mới"), Q("100%", 100, "%"),
 Q("63,7 tỷ đồng", 63700000000, "đồng"), Q("từ 3 tổ công nghệ số cộng đồng trở lên", 3, "tổ công nghệ số cộng đồng", "over"),
 Q("không dưới 90%", 90, "%", "over"), Q("60 tập thể", 60, "tập thể"), Q("112 cá nhân", 112, "cá nhân"),
 Q("15 mô hình tiêu biểu", 15, "mô hình tiêu biểu")],
[D("Nghị quyết", "61", "NQ/TW", "2024-12-20", "Bộ Chính trị", "Nghị quyết số 61-NQ/TW ngày 20/12/2024"),
 D("Chương trình hành động", "09", "CTr/TU", "2025-08-14", "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU ngày 14/8/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên"), com("Bình Phước")],
["TỈNH ĐOÀN ĐỒNG NAI - TUỔI TRẺ ĐỒNG NAI", "Vị trí: Trang chủ / Tin tức / Hoạt động Đoàn",
 "Toàn cảnh hội nghị tại hội trường Tỉnh đoàn.", "Đồng chí Điểu Minh Thắng phát biểu tham luận. Ảnh: Bảo Ngọc",
 "Thanh niên hỗ trợ dịch vụ công", "Bình dân học vụ số", "Trợ lý ảo thủ tục", "Thanh niên số Đồng Nai", "Đồn Biên phòng"],
["Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "mức độ 2", "lần thứ nhất"]))

PAGES.append(page("b8427-gialai-doithoai-2026", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Thời sự
Thứ Sáu, 27/03/2026
Phó Chủ tịch Thường trực UBND tỉnh Lê Quang Duy trả lời câu hỏi của thanh niên. Ảnh: Hồng Thi
Thanh niên muốn "không giấy tờ" khi làm thủ tục ở xã
GLO - Sáng 26/3, nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, UBND tỉnh Gia Lai phối hợp với Tỉnh đoàn tổ chức chương trình đối thoại giữa lãnh đạo UBND tỉnh với thanh niên năm 2026 với chủ đề "Thanh niên đồng hành xây dựng chính quyền số". Chương trình được tổ chức tại phường Quy Nhơn và kết nối trực tuyến đến 135 xã, phường.
Tham dự có đồng chí Lê Quang Duy, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Rah Lan Hiếu, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn cùng hơn 500 đoàn viên, thanh niên ở điểm cầu chính.
Theo báo cáo của Tỉnh đoàn, năm 2025, các đội hình thanh niên đã hỗ trợ hơn 520.000 lượt người dân tại các Trung tâm Phục vụ hành chính công cấp xã. Tỉnh đang triển khai Kế hoạch số 88/KH-UBND ngày 05/3/2026 của UBND tỉnh về số hóa hồ sơ, giấy tờ và Nghị quyết số 03-NQ/TU, 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, với mục tiêu đến cuối năm 2026 có trên 85% hồ sơ được xử lý trực tuyến toàn trình.
Chị Kpă H'Nhung, Bí thư Đoàn xã Ia Rbol, đặt câu hỏi: nhiều bà con người Jrai đã có căn cước gắn chip nhưng khi làm thủ tục vẫn bị yêu cầu nộp bản sao giấy tờ; khi nào người dân được làm thủ tục "không giấy tờ"? Anh Đinh Văn Blơi, Bí thư Chi đoàn làng Kon Bông, xã Kon Chiêng, người Bahnar, đề nghị tỉnh phủ sóng 4G cho 37 làng còn "trắng sóng". Anh Trương Quốc Huy, Phó Bí thư Đoàn phường Pleiku, kiến nghị có chế độ hỗ trợ cho tình nguyện viên trực thường xuyên tại trung tâm phục vụ hành chính công.
Trả lời, đồng chí Lê Quang Duy cho biết trong quý II, tỉnh sẽ hoàn thành số hóa, tái sử dụng dữ liệu đối với 126 thủ tục có tần suất lớn, người dân không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu. Về hạ tầng, các doanh nghiệp viễn thông cam kết lắp thêm 52 trạm phát sóng trong năm 2026. Đồng chí Nguyễn Thị Mai Phương, vừa được bổ nhiệm làm Phó Giám đốc Sở Khoa học và Công nghệ, thông tin tỉnh sẽ bố trí 3,5 tỷ đồng để trang bị thiết bị cho 60 điểm hỗ trợ do thanh niên quản lý; mức hỗ trợ tình nguyện viên dự kiến 1,5 - 2 triệu đồng/người/tháng.
Đồng chí Nay Phi, Phó Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn sẽ tiếp thu để bổ sung vào kế hoạch hoạt động năm 2026, trong đó chú trọng đội hình song ngữ ở các xã đồng bào dân tộc thiểu số.
Kết thúc chương trình, 28 ý kiến đã được trả lời trực tiếp, các ý kiến còn lại được chuyển đến sở, ngành trả lời bằng văn bản.
Hồng Thi
Tin liên quan
- Gia Lai: tuyên dương 95 cán bộ Đoàn tiêu biểu (25/03/2026)
- Ra quân Tháng Thanh niên năm 2026 (01/03/2026)
- Tỉnh đoàn tổng kết công tác năm 2025 (12/01/2026)
""", "2026-03-27", "Thanh niên muốn \"không giấy tờ\" khi làm thủ tục ở xã",
E("doi_thoai", "2026", "2026-03-26"),
[P("Lê Quang Duy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Rah Lan Hiếu", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Kpă H'Nhung", "Bí thư Đoàn xã Ia Rbol"),
 P("Đinh Văn Blơi", "Bí thư Chi đoàn làng Kon Bông"),
 P("Trương Quốc Huy", "Phó Bí thư Đoàn phường Pleiku"),
 P("Nguyễn Thị Mai Phương", "Phó Giám đốc Sở Khoa học và Công nghệ"),
 P("Nay Phi", "Phó Bí thư Tỉnh đoàn")],
[Q("135 xã, phường", 135, "xã, phường"), Q("hơn 500 đoàn viên, thanh niên", 500, "đoàn viên, thanh niên", "over"),
 Q("hơn 520.000 lượt người dân", 520000, "lượt người dân", "over"), Q("trên 85%", 85, "%", "over"),
 Q("37 làng", 37, "làng"), Q("126 thủ tục", 126, "thủ tục"), Q("52 trạm phát sóng", 52, "trạm phát sóng"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("60 điểm hỗ trợ", 60, "điểm hỗ trợ"),
 Q("1,5 - 2 triệu đồng", 1500000, "đồng", "approx"), Q("28 ý kiến", 28, "ý kiến")],
[D("Kế hoạch", "88", "KH-UBND", "2026-03-05", "UBND tỉnh", "Kế hoạch số 88/KH-UBND ngày 05/3/2026"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "04-NQ/TU")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Rbol"), com("Kon Chiêng"), com("Pleiku")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Thời sự", "Phó Chủ tịch Thường trực UBND tỉnh Lê Quang Duy trả lời câu hỏi của thanh niên. Ảnh: Hồng Thi",
 "GLO", "Thanh niên đồng hành xây dựng chính quyền số", "không giấy tờ", "trắng sóng"],
["Thứ Sáu, 27/03/2026", "95 năm", "năm 2026", "năm 2025", "4G", "quý II"]))

PAGES.append(page("b8428-angiang-tinhdoan-taphuan-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG
Trang chủ >> Tin tức >> Tập huấn - Bồi dưỡng
24/04/2026 - 10:05
Học viên thực hành trên phần mềm dịch vụ công. Ảnh: Thanh Tiến
Bồi dưỡng kỹ năng hỗ trợ dịch vụ công cho thanh niên dân tộc thiểu số
Từ ngày 22 đến 23/4/2026, tại phường Rạch Giá, Tỉnh đoàn An Giang phối hợp với Sở Dân tộc và Tôn giáo tổ chức lớp tập huấn "Kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến" năm 2026 cho 150 học viên là cán bộ Đoàn, đoàn viên người Khmer, Chăm, Hoa ở các xã, phường có đông đồng bào dân tộc thiểu số.
Dự khai mạc có đồng chí Chau Sóc Thanh, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; đồng chí Trần Thị Kim Loan, Phó Giám đốc Sở Dân tộc và Tôn giáo. Các đồng chí Néang Sa Ly, Mohamad Ysa, Lâm Tuấn Kiệt - Ủy viên Ban Chấp hành Tỉnh đoàn tham gia điều hành lớp học.
Lớp tập huấn được tổ chức theo Kế hoạch số 37-KH/TĐTN ngày 02/3/2026 của Ban Thường vụ Tỉnh đoàn, triển khai Quyết định số 486/QĐ-UBND ngày 19/2/2026 của UBND tỉnh về nâng cao chất lượng phục vụ người dân tại Trung tâm Phục vụ hành chính công cấp xã. Trong 2 ngày, học viên được hướng dẫn 5 nhóm kỹ năng: tra cứu thủ tục, số hóa giấy tờ, thanh toán trực tuyến, phòng tránh lừa đảo qua mạng và kỹ năng giao tiếp với người cao tuổi. Đặc biệt, ThS. Danh Thị Phương Thảo, Giảng viên Trường Cao đẳng Kiên Giang, giới thiệu bộ tài liệu hướng dẫn bằng ba thứ tiếng Việt, Khmer và Chăm với 48 thủ tục thông dụng.
Theo đồng chí Chau Sóc Thanh, toàn tỉnh hiện có 102 xã, phường, đặc khu, trong đó 37 xã, phường có đông đồng bào Khmer, Chăm sinh sống. Năm 2025, các đội hình thanh niên đã hỗ trợ khoảng 64.000 lượt đồng bào dân tộc thiểu số làm thủ tục, nhưng tỷ lệ hồ sơ phải bổ sung vẫn còn cao, khoảng 18%.
Chị Néang Sa Ly, Bí thư Đoàn xã Tri Tôn, chia sẻ đội hình của xã trực tại chùa vào các ngày lễ để hỗ trợ bà con. Anh Mohamad Ysa, Bí thư Đoàn xã Châu Phong, cho biết có 12 đoàn viên người Chăm biết chữ Chăm tham gia phiên dịch tại thánh đường và trung tâm phục vụ hành chính công xã.
Nhiều học viên cho biết điều khó nhất không phải là thao tác trên máy mà là giải thích cho bà con hiểu vì sao phải khai báo trực tuyến, vì sao hồ sơ bị trả lại. Vì vậy, ban tổ chức dành riêng một buổi để học viên đóng vai, thực hành tình huống tại quầy tiếp nhận.
Sau lớp học, mỗi học viên cam kết hướng dẫn lại cho tối thiểu 30 người dân trong quý II; Tỉnh đoàn hỗ trợ mỗi xã đội hình 2 máy tính bảng và 5 triệu đồng kinh phí hoạt động.
Bế mạc lớp học, đồng chí Chau Sóc Thanh trao giấy chứng nhận cho 146 học viên hoàn thành khóa học.
Thanh Tiến
Tin liên quan
- Tỉnh đoàn phát động Tháng Thanh niên năm 2026 (02/03/2026)
- Ra mắt đội hình "Thanh niên song ngữ" ở Tịnh Biên (15/03/2026)
- Tuổi trẻ An Giang hỗ trợ người dân mùa nước nổi (10/10/2025)
""", "2026-04-24", "Bồi dưỡng kỹ năng hỗ trợ dịch vụ công cho thanh niên dân tộc thiểu số",
E("tap_huan", "2026", "2026-04-22"),
[P("Chau Sóc Thanh", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Trần Thị Kim Loan", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Néang Sa Ly", "Ủy viên Ban Chấp hành Tỉnh đoàn", "Bí thư Đoàn xã Tri Tôn"),
 P("Mohamad Ysa", "Ủy viên Ban Chấp hành Tỉnh đoàn", "Bí thư Đoàn xã Châu Phong"),
 P("Lâm Tuấn Kiệt", "Ủy viên Ban Chấp hành Tỉnh đoàn"),
 P("Danh Thị Phương Thảo", "ThS.", "Giảng viên Trường Cao đẳng Kiên Giang")],
[Q("150 học viên", 150, "học viên"), Q("5 nhóm kỹ năng", 5, "nhóm kỹ năng"), Q("48 thủ tục thông dụng", 48, "thủ tục thông dụng"),
 Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("37 xã, phường", 37, "xã, phường"),
 Q("khoảng 64.000 lượt đồng bào dân tộc thiểu số", 64000, "lượt đồng bào dân tộc thiểu số", "approx"),
 Q("khoảng 18%", 18, "%", "approx"), Q("12 đoàn viên người Chăm", 12, "đoàn viên người Chăm"),
 Q("tối thiểu 30 người dân", 30, "người dân"), Q("2 máy tính bảng", 2, "máy tính bảng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("146 học viên", 146, "học viên")],
[D("Kế hoạch", "37", "KH/TĐTN", "2026-03-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 37-KH/TĐTN ngày 02/3/2026"),
 D("Quyết định", "486", "QĐ-UBND", "2026-02-19", "UBND tỉnh", "Quyết định số 486/QĐ-UBND ngày 19/2/2026")],
[prov("An Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Châu Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG", "Trang chủ >> Tin tức >> Tập huấn - Bồi dưỡng",
 "Học viên thực hành trên phần mềm dịch vụ công. Ảnh: Thanh Tiến", "Kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến"],
["24/04/2026 - 10:05", "năm 2026", "2 ngày", "Năm 2025", "quý II"]))
