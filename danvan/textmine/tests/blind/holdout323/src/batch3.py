from lib import *
PAGES = []

PAGES.append(page("b7721-laocai-hoithuy-daihoi-2021", """
LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LÀO CAI
Trang chủ » Hoạt động các hội thành viên
Ngày 26/11/2021 | 09:15
Đại hội đại biểu Hội Thú y tỉnh Lào Cai lần thứ III, nhiệm kỳ 2021 - 2026
Ngày 25/11/2021, Hội Thú y tỉnh Lào Cai long trọng tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2021 - 2026. Dự đại hội có 95 đại biểu đại diện cho 312 hội viên đang sinh hoạt tại 9 chi hội trực thuộc.
Ban Chấp hành Hội Thú y tỉnh khóa III ra mắt đại hội.
Báo cáo của Ban Chấp hành khóa II cho thấy, nhiệm kỳ qua, hội viên Hội Thú y đã là lực lượng nòng cốt trong phòng, chống dịch bệnh trên đàn vật nuôi. Khi bệnh Dịch tả lợn châu Phi xâm nhiễm vào tỉnh năm 2019, hội viên đã trực tiếp tham gia xử lý ổ dịch tại 128 xã, phường, thị trấn, tiêu hủy 21.340 con lợn; giai đoạn 2020 - 2021, tham gia tiêm phòng cho đàn gia súc, gia cầm với trên 3,4 triệu liều vắc xin các loại. Hội đã tổ chức 42 lớp tập huấn cho 1.860 lượt thú y viên bản và người chăn nuôi, trong đó nhiều lớp giảng bằng tiếng Mông, tiếng Dao.
Phát biểu tại đại hội, bà Giàng Thị Pà, TUV, Phó Chủ tịch UBND tỉnh, ghi nhận những đóng góp của Hội, đề nghị Hội tiếp tục tham gia góp ý, phản biện các chính sách về chăn nuôi, thú y, nhất là Nghị quyết số 10/2021/NQ-HĐND của HĐND tỉnh về hỗ trợ phát triển chăn nuôi hàng hóa và Kế hoạch số 288/KH-UBND ngày 12/7/2021 của UBND tỉnh về phòng, chống dịch bệnh động vật giai đoạn 2021 - 2025. Đồng chí cũng đề nghị Hội vận động hội viên giúp đồng bào vùng cao chuyển từ thả rông sang nuôi nhốt, ít nhất 70% số hộ có chuồng trại hợp vệ sinh vào năm 2025.
Tham luận tại đại hội, ông Vàng Seo Dín, thú y viên xã Tả Van Chư, kể chuyện thuyết phục bà con người Mông tiêm phòng cho trâu, bò trước mùa rét; ông Tẩn Láo Lở, Chi hội trưởng Chi hội Thú y huyện Bát Xát, nêu kinh nghiệm phối hợp với Bộ đội Biên phòng kiểm soát vận chuyển lợn qua biên giới. Bà Lù Thị Mai, Phó Chi cục trưởng Chi cục Chăn nuôi, Thủy sản và Thú y, cho biết năm 2021 toàn tỉnh còn 6 ổ dịch tả lợn châu Phi nhỏ lẻ, đã được khống chế.
Đại hội đã bầu Ban Chấp hành khóa III gồm 15 ủy viên. Tại phiên họp thứ nhất, ông Lù Văn Páo, nguyên Chi cục trưởng Chi cục Thú y, được tín nhiệm bầu giữ chức Chủ tịch Hội Thú y tỉnh khóa III; các ông Nguyễn Đức Hạnh, Hoàng Văn Thào được bầu làm Phó Chủ tịch Hội. Đại hội thông qua nghị quyết với các chỉ tiêu: phát triển thêm 80 hội viên mới, mỗi năm tổ chức từ 10 lớp tập huấn trở lên. Dịp này, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh trao giấy khen cho 5 tập thể, 11 cá nhân của Hội.
Minh Đức
Tin liên quan
- Đại hội Hội Làm vườn tỉnh lần thứ IV (18/11/2021)
- Hội Chăn nuôi tỉnh tập huấn chăn nuôi an toàn sinh học (05/11/2021)
- Hội thảo phát triển chăn nuôi lợn đen bản địa (22/10/2021)
""", "2021-11-26", "Đại hội đại biểu Hội Thú y tỉnh Lào Cai lần thứ III, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-11-25"),
[P("Giàng Thị Pà", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng Seo Dín", "thú y viên xã Tả Van Chư"),
 P("Tẩn Láo Lở", "Chi hội trưởng Chi hội Thú y huyện Bát Xát"),
 P("Lù Thị Mai", "Phó Chi cục trưởng Chi cục Chăn nuôi, Thủy sản và Thú y"),
 P("Lù Văn Páo", "nguyên Chi cục trưởng Chi cục Thú y", "Chủ tịch Hội Thú y tỉnh khóa III"),
 P("Nguyễn Đức Hạnh", "Phó Chủ tịch Hội"),
 P("Hoàng Văn Thào", "Phó Chủ tịch Hội")],
[Q("95 đại biểu", 95, "đại biểu"), Q("312 hội viên", 312, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("128 xã, phường, thị trấn", 128, "xã, phường, thị trấn"), Q("21.340 con lợn", 21340, "con lợn"),
 Q("trên 3,4 triệu liều vắc xin", 3400000, "liều vắc xin", "over"),
 Q("42 lớp tập huấn", 42, "lớp tập huấn"), Q("1.860 lượt thú y viên bản và người chăn nuôi", 1860, "lượt thú y viên bản và người chăn nuôi"),
 Q("ít nhất 70%", 70, "%", "over"), Q("6 ổ dịch tả lợn châu Phi", 6, "ổ dịch tả lợn châu Phi"),
 Q("15 ủy viên", 15, "ủy viên"), Q("80 hội viên mới", 80, "hội viên mới"),
 Q("từ 10 lớp tập huấn trở lên", 10, "lớp tập huấn", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "10", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2021/NQ-HĐND"),
 D("Kế hoạch", "288", "KH-UBND", "2021-07-12", "UBND tỉnh", "Kế hoạch số 288/KH-UBND ngày 12/7/2021")],
[prov("Lào Cai"), com("Tả Van Chư")],
["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LÀO CAI", "Trang chủ » Hoạt động các hội thành viên",
 "Ban Chấp hành Hội Thú y tỉnh khóa III ra mắt đại hội."],
["Ngày 26/11/2021 | 09:15", "lần thứ III", "nhiệm kỳ 2021 - 2026", "khóa II", "khóa III", "giai đoạn 2020 - 2021",
 "giai đoạn 2021 - 2025", "phiên họp thứ nhất", "năm 2019", "năm 2025"]))

PAGES.append(page("b7722-dienbien-raquan-vacxin-asf-2022", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Hôm nay: Thứ Hai, 20/06/2022
Kinh tế | Nông nghiệp - Nông thôn
17/06/2022 - 15:40
Ảnh: Cán bộ thú y tiêm vắc xin cho lợn tại bản Huổi Lèng.
Lần đầu tiên tiêm vắc xin phòng bệnh Dịch tả lợn châu Phi tại Điện Biên
Sáng 16/6, tại bản Huổi Lèng, xã Mường Phăng, huyện Điện Biên, Sở Nông nghiệp và Phát triển nông thôn tỉnh tổ chức lễ ra quân tiêm vắc xin phòng bệnh Dịch tả lợn châu Phi. Đây là lần đầu tiên tỉnh triển khai tiêm loại vắc xin này cho đàn lợn của người dân.
Dự lễ ra quân có ông Lò Văn Khiêm, Phó Chủ tịch UBND tỉnh; ông Vàng A Dình, Giám đốc Sở Nông nghiệp và Phát triển nông thôn; lãnh đạo Chi cục Chăn nuôi và Thú y, UBND huyện Điện Biên cùng đông đảo người chăn nuôi trong xã.
Theo kế hoạch, đợt đầu tỉnh tiếp nhận 4.000 liều vắc xin, tiêm thí điểm cho đàn lợn từ 8 tuần tuổi trở lên tại 6 xã có nguy cơ cao thuộc các huyện Điện Biên, Tuần Giáo, Mường Ảng. Giá mỗi liều vắc xin khoảng 35.000 đồng, người chăn nuôi tự chi trả, riêng hộ nghèo, hộ cận nghèo được ngân sách tỉnh hỗ trợ 100% chi phí. Tổng đàn lợn toàn tỉnh hiện có trên 446.000 con; năm 2021, dịch đã làm chết và buộc tiêu hủy 9.820 con lợn ở 52 xã, phường, thị trấn, thiệt hại trên 21 tỷ đồng.
Phát biểu tại lễ ra quân, ông Lò Văn Khiêm nhấn mạnh: tiêm vắc xin là giải pháp quan trọng nhưng không thay thế các biện pháp chăn nuôi an toàn sinh học; yêu cầu các địa phương thực hiện đúng Công văn số 1548/SNN-CNTY ngày 03/6/2022 của Sở Nông nghiệp và PTNT, theo dõi sát đàn lợn sau tiêm 30 ngày, báo cáo kịp thời các phản ứng bất thường.
Ông Sùng A Chứ, Trưởng bản Huổi Lèng, cho biết bản có 96 hộ, trong đó 41 hộ nuôi lợn với khoảng 380 con, chủ yếu lợn đen bản địa. Sau khi được cán bộ xã, cán bộ thú y tuyên truyền, 38 hộ đã đăng ký tiêm. Bà Giàng Thị Mỷ, hộ chăn nuôi trong bản, chia sẻ: "Năm ngoái nhà tôi mất 12 con lợn vì dịch, giờ có thuốc tiêm thì yên tâm hơn".
Ông Quàng Văn Thanh, Chủ tịch UBND xã Mường Phăng, cho biết xã sẽ phối hợp với Hội Phụ nữ, Đoàn Thanh niên tuyên truyền bằng tiếng Mông, tiếng Thái tại các bản, đồng thời vận động các hộ thực hiện "5 không" trong phòng, chống dịch tả lợn châu Phi, theo Kế hoạch số 76/KH-UBND ngày 25/5/2022 của UBND huyện Điện Biên.
Ngay sau lễ ra quân, 3 tổ tiêm phòng đã tiêm cho 156 con lợn của 22 hộ trong bản Huổi Lèng. Dịp này, Chi cục Chăn nuôi và Thú y trao tặng xã Mường Phăng 200 lít hóa chất sát trùng.
Hoàng Châu
Tin liên quan
- Điện Biên: bố trí 2 tỷ đồng phòng, chống dịch bệnh gia súc (10/06/2022)
- Tuần Giáo khoanh vùng ổ dịch lở mồm long móng (01/06/2022)
- Hỗ trợ người dân Mường Nhé tái đàn lợn (24/05/2022)
""", "2022-06-17", "Lần đầu tiên tiêm vắc xin phòng bệnh Dịch tả lợn châu Phi tại Điện Biên",
E("khac", None, "2022-06-16"),
[P("Lò Văn Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng A Dình", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Sùng A Chứ", "Trưởng bản Huổi Lèng"),
 P("Giàng Thị Mỷ"),
 P("Quàng Văn Thanh", "Chủ tịch UBND xã Mường Phăng")],
[Q("4.000 liều vắc xin", 4000, "liều vắc xin"), Q("6 xã có nguy cơ cao", 6, "xã có nguy cơ cao"),
 Q("khoảng 35.000 đồng", 35000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("trên 446.000 con", 446000, "con", "over"), Q("9.820 con lợn", 9820, "con lợn"),
 Q("52 xã, phường, thị trấn", 52, "xã, phường, thị trấn"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("96 hộ", 96, "hộ"), Q("41 hộ", 41, "hộ"), Q("khoảng 380 con", 380, "con", "approx"), Q("38 hộ", 38, "hộ"),
 Q("12 con lợn", 12, "con lợn"), Q("3 tổ tiêm phòng", 3, "tổ tiêm phòng"), Q("156 con lợn", 156, "con lợn"), Q("22 hộ", 22, "hộ"), Q("200 lít", 200, "lít")],
[D("Công văn", "1548", "SNN-CNTY", "2022-06-03", "Sở Nông nghiệp và PTNT", "Công văn số 1548/SNN-CNTY ngày 03/6/2022"),
 D("Kế hoạch", "76", "KH-UBND", "2022-05-25", "UBND huyện Điện Biên", "Kế hoạch số 76/KH-UBND ngày 25/5/2022")],
[prov("Điện Biên"), com("Mường Phăng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Hôm nay: Thứ Hai, 20/06/2022", "Kinh tế | Nông nghiệp - Nông thôn",
 "Ảnh: Cán bộ thú y tiêm vắc xin cho lợn tại bản Huổi Lèng.", "bản Huổi Lèng"],
["17/06/2022 - 15:40", "Thứ Hai, 20/06/2022", "8 tuần tuổi", "30 ngày", "5 không", "năm 2021", "Năm ngoái"]))

PAGES.append(page("b7723-binhdinh-ccty-taphuan-vacxin-2023", """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Chăn nuôi - Thú y
2023-05-12 16:40
Tập huấn kỹ thuật tiêm vắc xin Dịch tả lợn châu Phi cho 150 thú y viên
Trong 2 ngày 10 - 11/5/2023, Chi cục Chăn nuôi và Thú y tỉnh Bình Định tổ chức 3 lớp tập huấn năm 2023 về kỹ thuật sử dụng vắc xin phòng bệnh Dịch tả lợn châu Phi cho 150 học viên là cán bộ thú y, nhân viên thú y xã và người chăn nuôi tại các huyện Hoài Ân, An Lão, Vĩnh Thạnh.
Học viên thực hành tại trang trại ở xã Ân Hữu.
Phát biểu khai mạc, ông Đặng Văn Minh, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y, cho biết từ đầu năm 2023 đến nay, bệnh Dịch tả lợn châu Phi đã tái phát tại 14 hộ ở 5 xã của 3 huyện, buộc tiêu hủy 1.032 con lợn, trọng lượng trên 58 tấn. Để chủ động phòng dịch, tỉnh đã mua 20.000 liều vắc xin với tổng kinh phí khoảng 1,9 tỷ đồng, ưu tiên tiêm cho đàn lợn của các hộ ở vùng có nguy cơ cao, vùng đồng bào dân tộc thiểu số.
Tại lớp học, ThS. Nguyễn Thị Thu Hà, giảng viên Trường Đại học Nông Lâm TP Hồ Chí Minh, hướng dẫn học viên các nội dung: điều kiện đàn lợn được tiêm, cách bảo quản vắc xin ở nhiệt độ từ 2 đến 8 độ C, theo dõi phản ứng sau tiêm và thực hiện theo Quyết định 372, 373/QĐ-BNN-TY của Bộ Nông nghiệp và PTNT về hướng dẫn sử dụng vắc xin. Học viên được thực hành tiêm trực tiếp cho 60 con lợn tại trang trại ở xã Ân Hữu.
Nhiều học viên người dân tộc Bana, Hrê đã chia sẻ khó khăn. Ông Đinh Văn Lưu, Phó Chủ tịch UBND xã An Toàn kiêm Trưởng Ban Chỉ đạo phòng, chống dịch xã, cho biết đồng bào ở các làng vùng cao chủ yếu nuôi lợn thả rông, mỗi hộ chỉ 3 - 5 con, việc tiêm phòng phải làm từng nhà. Bà Đinh Thị Ki, nhân viên thú y xã Vĩnh Sơn, đề nghị cấp thêm thùng lạnh bảo quản vắc xin cho các xã xa trung tâm.
Trả lời các ý kiến, ông Đặng Văn Minh cho biết Chi cục sẽ cấp 25 thùng bảo quản lạnh cho các xã miền núi theo Kế hoạch số 95/KH-UBND ngày 17/4/2023 của UBND tỉnh; người chăn nuôi thuộc hộ nghèo, hộ cận nghèo được hỗ trợ toàn bộ chi phí vắc xin, mức hỗ trợ tối đa 10 con lợn/hộ. Năm 2023, tỉnh phấn đấu tiêm vắc xin Dịch tả lợn châu Phi cho trên 50% số lợn thuộc diện tiêm ở vùng nguy cơ cao.
Theo kế hoạch, sau đợt này Chi cục sẽ mở thêm 4 lớp cho khoảng 200 người chăn nuôi ở các huyện Tây Sơn, Phù Cát.
Kết thúc lớp học, 100% học viên đạt yêu cầu kiểm tra cuối khóa và được cấp giấy chứng nhận.
Văn Lực
Tin liên quan
- Hoài Nhơn công bố hết dịch tả lợn châu Phi (28/04/2023)
- Bình Định tăng cường kiểm soát giết mổ gia súc (18/04/2023)
- Tây Sơn phát triển chăn nuôi bò theo hướng hàng hóa (05/04/2023)
""", "2023-05-12", "Tập huấn kỹ thuật tiêm vắc xin Dịch tả lợn châu Phi cho 150 thú y viên",
E("tap_huan", "2023", "2023-05-10"),
[P("Đặng Văn Minh", "Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y"),
 P("Nguyễn Thị Thu Hà", "ThS.", "giảng viên Trường Đại học Nông Lâm TP Hồ Chí Minh"),
 P("Đinh Văn Lưu", "Phó Chủ tịch UBND xã An Toàn kiêm Trưởng Ban Chỉ đạo phòng, chống dịch xã"),
 P("Đinh Thị Ki", "nhân viên thú y xã Vĩnh Sơn")],
[Q("3 lớp tập huấn", 3, "lớp tập huấn"), Q("150 học viên", 150, "học viên"),
 Q("14 hộ", 14, "hộ"), Q("5 xã", 5, "xã"), Q("3 huyện", 3, "huyện"), Q("1.032 con lợn", 1032, "con lợn"),
 Q("trên 58 tấn", 58, "tấn", "over"), Q("20.000 liều vắc xin", 20000, "liều vắc xin"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("60 con lợn", 60, "con lợn"), Q("3 - 5 con", 3, "con"), Q("5 con", 5, "con"),
 Q("25 thùng bảo quản lạnh", 25, "thùng bảo quản lạnh"), Q("tối đa 10 con lợn", 10, "con lợn"),
 Q("trên 50%", 50, "%", "over"), Q("4 lớp", 4, "lớp"), Q("khoảng 200 người chăn nuôi", 200, "người chăn nuôi", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "372", "QĐ-BNN-TY", None, "Bộ Nông nghiệp và PTNT", "Quyết định 372, 373/QĐ-BNN-TY"),
 D("Quyết định", "373", "QĐ-BNN-TY", None, "Bộ Nông nghiệp và PTNT", "Quyết định 372, 373/QĐ-BNN-TY"),
 D("Kế hoạch", "95", "KH-UBND", "2023-04-17", "UBND tỉnh", "Kế hoạch số 95/KH-UBND ngày 17/4/2023")],
[prov("Bình Định"), com("Ân Hữu"), com("An Toàn"), com("Vĩnh Sơn")],
["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH", "Trang chủ / Tin tức / Chăn nuôi - Thú y",
 "Học viên thực hành tại trang trại ở xã Ân Hữu.", "Trường Đại học Nông Lâm TP Hồ Chí Minh"],
["2023-05-12 16:40", "2 ngày", "từ 2 đến 8 độ C", "năm 2023"]))

PAGES.append(page("b7724-hagiang-hdnd-giamsat-2024", """
HĐND TỈNH HÀ GIANG
Trang chủ › Hoạt động của HĐND › Giám sát, khảo sát
Thứ Sáu, 23/08/2024 - 07:50
Giám sát công tác phòng, chống dịch bệnh gia súc tại Đồng Văn
Ngày 21/8/2024, Đoàn giám sát của Ban Dân tộc HĐND tỉnh do đồng chí Sùng Mí Chá, TUV, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện công tác phòng, chống dịch bệnh trên đàn vật nuôi năm 2024 tại huyện Đồng Văn, tỉnh Hà Giang. Cùng dự có đại diện Sở Nông nghiệp và Phát triển nông thôn, Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh.
Toàn cảnh buổi làm việc tại UBND huyện Đồng Văn.
Báo cáo của UBND huyện do đồng chí Vàng Mí Lử, HUV, Phó Chủ tịch UBND huyện trình bày cho biết, toàn huyện có trên 31.000 con trâu, bò, gần 52.000 con lợn và 198.000 con gia cầm. 7 tháng đầu năm 2024, bệnh Dịch tả lợn châu Phi xảy ra tại 4 xã Lũng Cú, Sà Phìn, Phố Cáo, Sủng Là, làm 312 con lợn của 97 hộ mắc bệnh, chết và phải tiêu hủy; dịch viêm da nổi cục tái phát ở 2 thôn. Huyện đã tiêm 28.500 liều vắc xin lở mồm long móng, tụ huyết trùng, đạt 89,2% tổng đàn trong diện tiêm, nhưng vắc xin Dịch tả lợn châu Phi mới tiêm được khoảng 6.200 liều do người dân chưa mặn mà.
Tại buổi giám sát, các đồng chí Chủ tịch UBND xã: Ly Mí Dính, Thào Thị Dợ, Lò Văn Thắng phản ánh phụ cấp thú y viên thôn chỉ 300.000 đồng/tháng, nhiều người đã nghỉ; một số hộ đồng bào Mông, Lô Lô vẫn giấu dịch, bán chạy lợn ốm. Theo Nghị quyết số 18/2022/NQ-HĐND của HĐND tỉnh, mỗi kg lợn bị tiêu hủy được hỗ trợ 35.000 đồng, nhưng đến nay còn 46 hộ chưa được chi trả với số tiền khoảng 290 triệu đồng.
Đồng chí Hầu Thị Súa, Phó Trưởng Ban Dân tộc HĐND tỉnh, đề nghị huyện giải thích nguyên nhân chậm chi trả và việc chưa thực hiện Kế hoạch 104, 105/KH-UBND của UBND tỉnh về tiêm phòng vắc xin Dịch tả lợn châu Phi và phòng, chống bệnh viêm da nổi cục năm 2024. Đồng chí Hoàng Văn Quyết, Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh, cho biết tỉnh đã cấp 12.000 liều vắc xin Dịch tả lợn châu Phi miễn phí cho các huyện vùng cao núi đá.
Kết luận buổi giám sát, đồng chí Sùng Mí Chá đề nghị UBND huyện chi trả dứt điểm tiền hỗ trợ trước ngày 30/9/2024; phát huy vai trò người có uy tín, trưởng thôn trong vận động đồng bào tiêm phòng, phấn đấu đến cuối năm tỷ lệ tiêm phòng đạt từ 90% trở lên; nghiên cứu đề xuất HĐND tỉnh nâng mức phụ cấp thú y viên thôn. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh.
Ngọc Mai
Tin liên quan
- Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát tại Mèo Vạc (16/08/2024)
- Giám sát thực hiện Chương trình mục tiêu quốc gia tại Yên Minh (09/08/2024)
- Thường trực HĐND tỉnh giao ban tháng 7 (02/08/2024)
""", "2024-08-23", "Giám sát công tác phòng, chống dịch bệnh gia súc tại Đồng Văn",
E("giam_sat", "2024", "2024-08-21"),
[P("Sùng Mí Chá", "TUV", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Vàng Mí Lử", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Ly Mí Dính", "Chủ tịch UBND xã"), P("Thào Thị Dợ", "Chủ tịch UBND xã"), P("Lò Văn Thắng", "Chủ tịch UBND xã"),
 P("Hầu Thị Súa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hoàng Văn Quyết", "Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh")],
[Q("trên 31.000 con trâu, bò", 31000, "con trâu, bò", "over"), Q("gần 52.000 con lợn", 52000, "con lợn", "approx"),
 Q("198.000 con gia cầm", 198000, "con gia cầm"), Q("4 xã", 4, "xã"), Q("312 con lợn", 312, "con lợn"),
 Q("97 hộ", 97, "hộ"), Q("2 thôn", 2, "thôn"),
 Q("28.500 liều vắc xin lở mồm long móng, tụ huyết trùng", 28500, "liều vắc xin lở mồm long móng, tụ huyết trùng"),
 Q("89,2%", 89.2, "%"), Q("khoảng 6.200 liều", 6200, "liều", "approx"), Q("300.000 đồng", 300000, "đồng"),
 Q("35.000 đồng", 35000, "đồng"), Q("46 hộ", 46, "hộ"), Q("khoảng 290 triệu đồng", 290000000, "đồng", "approx"),
 Q("12.000 liều vắc xin Dịch tả lợn châu Phi", 12000, "liều vắc xin Dịch tả lợn châu Phi"),
 Q("từ 90% trở lên", 90, "%", "over")],
[D("Nghị quyết", "18", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2022/NQ-HĐND"),
 D("Kế hoạch", "104", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 104, 105/KH-UBND"),
 D("Kế hoạch", "105", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 104, 105/KH-UBND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sà Phìn"), com("Phố Cáo"), com("Sủng Là")],
["HĐND TỈNH HÀ GIANG", "Trang chủ › Hoạt động của HĐND › Giám sát, khảo sát",
 "Toàn cảnh buổi làm việc tại UBND huyện Đồng Văn."],
["Thứ Sáu, 23/08/2024 - 07:50", "7 tháng đầu năm 2024", "năm 2024"]))

PAGES.append(page("b7725-soctrang-bcd-giaoban-q2-2024", """
Cổng Thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức - Sự kiện > Kinh tế
Đăng ngày: 05-07-2024
Ảnh: Quang cảnh cuộc họp.
Sóc Trăng: Tập trung tiêm phòng, không để cúm gia cầm lây lan trên đàn vịt chạy đồng
Chiều 4/7, Ban Chỉ đạo phòng, chống dịch bệnh động vật tỉnh tổ chức họp giao ban công tác phòng, chống dịch bệnh trên đàn vật nuôi quý II năm 2024. Ông Lâm Văn Khương, Phó Chủ tịch UBND tỉnh, Trưởng ban chủ trì cuộc họp.
Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, trong quý II, dịch cúm gia cầm A/H5N1 xuất hiện tại 3 hộ nuôi vịt chạy đồng ở xã Viên An và xã Tài Văn, tiêu hủy 5.260 con vịt; bệnh Dịch tả lợn châu Phi phát sinh lẻ tẻ tại 2 xã, tiêu hủy 87 con lợn. Ngành thú y đã tiêm 642.000 liều vắc xin cúm gia cầm, 11.300 liều vắc xin dịch tả lợn châu Phi, tỷ lệ tiêm phòng trên đàn gia cầm đạt 72,6%, tăng gần 8% so với cùng kỳ.
Tại cuộc họp, các ông Kim Thanh Sơn, Lý Văn Hên, Trần Minh Lợi - Trưởng Trạm Chăn nuôi và Thú y huyện, cho biết đàn vịt chạy đồng của các huyện Trần Đề, Mỹ Xuyên, Châu Thành khoảng 230.000 con, thường di chuyển theo lịch thu hoạch lúa hè thu; nhiều chủ đàn ở tỉnh khác đến nên khó kiểm soát. Ông Thạch Sô Phol, Bí thư Chi bộ, Trưởng ấp Sóc Vồ, xã Viên An, kể đã cùng cán bộ ấp đến từng chòi vịt vận động 27 chủ đàn ký cam kết tiêm phòng trước khi thả đồng.
Bà Sơn Thị Ánh Nguyệt, Phó Chủ tịch Hội Nông dân tỉnh, cho biết Hội đã phối hợp tổ chức 68 cuộc tuyên truyền bằng tiếng Khmer tại chùa và sóc với hơn 3.100 lượt người dự; Đài Phát thanh và Truyền hình tỉnh phát 24 tin, phóng sự về phòng, chống cúm gia cầm.
Ông Trần Văn Tâm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, đề nghị các địa phương tăng cường kiểm tra tại 14 chốt kiểm dịch động vật và 35 cơ sở giết mổ gia cầm trên địa bàn, xử lý nghiêm việc vận chuyển vịt không có giấy chứng nhận tiêm phòng.
Phát biểu kết luận, ông Lâm Văn Khương yêu cầu quý III thực hiện nghiêm Kế hoạch số 118/KH-UBND ngày 26/4/2024 của UBND tỉnh; các huyện rà soát, lập danh sách 100% đàn vịt chạy đồng, bố trí kinh phí mua bổ sung khoảng 300.000 liều vắc xin cúm gia cầm, phấn đấu tỷ lệ tiêm phòng đạt không dưới 80%. Sở Tài chính tham mưu chi hỗ trợ 1,24 tỷ đồng cho các hộ có vật nuôi bị tiêu hủy theo Quyết định số 27/2023/QĐ-UBND của UBND tỉnh, với mức từ 30.000 đến 45.000 đồng/con gia cầm tùy ngày tuổi.
Sau cuộc họp, đoàn công tác của tỉnh đã đến kiểm tra đàn vịt của hộ ông Danh Sên ở ấp Sóc Vồ.
Trúc Ly
Tin liên quan
- Trần Đề: tiêu hủy hơn 5.000 con vịt nhiễm cúm A/H5N1 (12/06/2024)
- Tập huấn phòng, chống dịch bệnh cho cán bộ thú y cơ sở (28/05/2024)
- Mỹ Xuyên ra quân tiêu độc khử trùng môi trường chăn nuôi (14/05/2024)
""", "2024-07-05", "Sóc Trăng: Tập trung tiêm phòng, không để cúm gia cầm lây lan trên đàn vịt chạy đồng",
E("giao_ban", "2024-Q2", "2024-07-04"),
[P("Lâm Văn Khương", "Phó Chủ tịch UBND tỉnh", "Trưởng ban"),
 P("Kim Thanh Sơn", "Trưởng Trạm Chăn nuôi và Thú y huyện"),
 P("Lý Văn Hên", "Trưởng Trạm Chăn nuôi và Thú y huyện"),
 P("Trần Minh Lợi", "Trưởng Trạm Chăn nuôi và Thú y huyện"),
 P("Thạch Sô Phol", "Bí thư Chi bộ", "Trưởng ấp Sóc Vồ"),
 P("Sơn Thị Ánh Nguyệt", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Tâm", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Danh Sên")],
[Q("3 hộ", 3, "hộ"), Q("5.260 con vịt", 5260, "con vịt"), Q("2 xã", 2, "xã"), Q("87 con lợn", 87, "con lợn"),
 Q("642.000 liều vắc xin cúm gia cầm", 642000, "liều vắc xin cúm gia cầm"),
 Q("11.300 liều vắc xin dịch tả lợn châu Phi", 11300, "liều vắc xin dịch tả lợn châu Phi"),
 Q("72,6%", 72.6, "%"), Q("gần 8%", 8, "%", "approx"), Q("khoảng 230.000 con", 230000, "con", "approx"),
 Q("27 chủ đàn", 27, "chủ đàn"), Q("68 cuộc tuyên truyền", 68, "cuộc tuyên truyền"),
 Q("hơn 3.100 lượt người", 3100, "lượt người", "over"), Q("24 tin, phóng sự", 24, "tin, phóng sự"), Q("14 chốt kiểm dịch động vật", 14, "chốt kiểm dịch động vật"), Q("35 cơ sở giết mổ gia cầm", 35, "cơ sở giết mổ gia cầm"),
 Q("100%", 100, "%"), Q("khoảng 300.000 liều vắc xin cúm gia cầm", 300000, "liều vắc xin cúm gia cầm", "approx"),
 Q("không dưới 80%", 80, "%", "over"), Q("1,24 tỷ đồng", 1240000000, "đồng"),
 Q("30.000", 30000, "đồng"), Q("45.000 đồng", 45000, "đồng")],
[D("Kế hoạch", "118", "KH-UBND", "2024-04-26", "UBND tỉnh", "Kế hoạch số 118/KH-UBND ngày 26/4/2024"),
 D("Quyết định", "27", "2023/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 27/2023/QĐ-UBND")],
[prov("Sóc Trăng"), com("Viên An"), com("Tài Văn")],
["Cổng Thông tin điện tử tỉnh Sóc Trăng", "Trang chủ > Tin tức - Sự kiện > Kinh tế", "Ảnh: Quang cảnh cuộc họp.",
 "Đài Phát thanh và Truyền hình tỉnh"],
["Đăng ngày: 05-07-2024", "quý II năm 2024", "quý II", "quý III"]))

PAGES.append(page("b7726-namdinh-snn-tongket-2024", """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NAM ĐỊNH
Trang chủ » Tin tức » Chăn nuôi - Thú y
Cập nhật: 17/01/2025 09:30
Đồng chí Trần Đức Hiển phát biểu tại hội nghị.
Ngành chăn nuôi, thú y Nam Định triển khai nhiệm vụ năm 2025
Ngày 15/1/2025, Chi cục Chăn nuôi và Thú y Nam Định tổ chức hội nghị tổng kết công tác chăn nuôi, thú y năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Trần Đức Hiển, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Năm 2024, tổng đàn lợn của tỉnh đạt khoảng 620.000 con, đàn gia cầm trên 9,6 triệu con, sản lượng thịt hơi xuất chuồng 214.500 tấn. Bệnh Dịch tả lợn châu Phi xảy ra tại 37 hộ ở 12 xã, thị trấn, tiêu hủy 1.468 con lợn, giảm 64% so với năm 2023; không có dịch cúm gia cầm. Toàn tỉnh đã tiêm 2,35 triệu liều vắc xin cúm gia cầm, 186.000 liều vắc xin lở mồm long móng và lần đầu tiêm trên 18.000 liều vắc xin Dịch tả lợn châu Phi. Có 74 cơ sở được công nhận an toàn dịch bệnh, tăng 19 cơ sở so với năm trước. Tổng kinh phí mua vắc xin, hóa chất năm 2024 là 14,7 tỷ đồng, trong đó ngân sách tỉnh chi 9,2 tỷ đồng.
Trình bày tham luận, ông Phạm Văn Hiếu, Chủ tịch UBND xã Hải Anh, chia sẻ xã đã xây dựng vùng chăn nuôi tập trung xa khu dân cư với 23 trang trại, vận động 100% hộ chăn nuôi ký cam kết không giấu dịch. Bà Đỗ Thị Lan, chủ trang trại lợn ở xã Yên Cường, kể trang trại 1.200 con lợn của bà đã tiêm vắc xin Dịch tả lợn châu Phi, chi phí mỗi liều khoảng 38.000 đồng, "đắt nhưng yên tâm". Ông Lê Văn Nam, Phó Chủ tịch Hội Nông dân tỉnh, cho biết Hội đã giải ngân 26 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 540 hộ vay phát triển chăn nuôi an toàn.
Phát biểu chỉ đạo, đồng chí Trần Đức Hiển yêu cầu năm 2025 ngành chăn nuôi, thú y thực hiện hiệu quả Kế hoạch số 12/KH-UBND ngày 09/01/2025 của UBND tỉnh về phòng, chống dịch bệnh động vật; triển khai Nghị quyết 06, 07/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ chăn nuôi an toàn sinh học và tiêm phòng vắc xin; phấn đấu tỷ lệ tiêm phòng các bệnh bắt buộc đạt trên 80% tổng đàn, không để dịch lớn xảy ra.
Ông Nguyễn Văn Định - Chi cục trưởng Chi cục Chăn nuôi và Thú y, tiếp thu ý kiến chỉ đạo, cho biết năm 2025 Chi cục sẽ tổ chức 2 đợt tiêm phòng chính vụ vào tháng 4 và tháng 10, đồng thời mở 20 lớp tập huấn cho thú y xã, người chăn nuôi.
Dịp này, Chi cục Chăn nuôi và Thú y tặng giấy khen cho 9 tập thể, 16 cá nhân có thành tích xuất sắc năm 2024.
Thu Trang
Tin liên quan
- Nam Định: chủ động phòng, chống đói, rét cho vật nuôi (10/01/2025)
- Giao Thủy tiêm phòng vụ đông cho đàn gia cầm (25/12/2024)
- Hải Hậu phát triển vùng chăn nuôi tập trung (14/12/2024)
""", "2025-01-17", "Ngành chăn nuôi, thú y Nam Định triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-15"),
[P("Trần Đức Hiển", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Hiếu", "Chủ tịch UBND xã Hải Anh"),
 P("Đỗ Thị Lan", "chủ trang trại lợn"),
 P("Lê Văn Nam", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Định", "Chi cục trưởng Chi cục Chăn nuôi và Thú y")],
[Q("khoảng 620.000 con", 620000, "con", "approx"), Q("trên 9,6 triệu con", 9600000, "con", "over"),
 Q("214.500 tấn", 214500, "tấn"), Q("37 hộ", 37, "hộ"), Q("12 xã, thị trấn", 12, "xã, thị trấn"),
 Q("1.468 con lợn", 1468, "con lợn"), Q("64%", 64, "%"),
 Q("2,35 triệu liều vắc xin cúm gia cầm", 2350000, "liều vắc xin cúm gia cầm"),
 Q("186.000 liều vắc xin lở mồm long móng", 186000, "liều vắc xin lở mồm long móng"),
 Q("trên 18.000 liều vắc xin Dịch tả lợn châu Phi", 18000, "liều vắc xin Dịch tả lợn châu Phi", "over"),
 Q("74 cơ sở", 74, "cơ sở"), Q("19 cơ sở", 19, "cơ sở"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("23 trang trại", 23, "trang trại"), Q("100%", 100, "%"),
 Q("1.200 con lợn", 1200, "con lợn"), Q("khoảng 38.000 đồng", 38000, "đồng", "approx"),
 Q("26 tỷ đồng", 26000000000, "đồng"), Q("540 hộ", 540, "hộ"), Q("trên 80%", 80, "%", "over"),
 Q("20 lớp tập huấn", 20, "lớp tập huấn"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch", "12", "KH-UBND", "2025-01-09", "UBND tỉnh", "Kế hoạch số 12/KH-UBND ngày 09/01/2025"),
 D("Nghị quyết", "06", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 06, 07/NQ-HĐND"),
 D("Nghị quyết", "07", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 06, 07/NQ-HĐND")],
[prov("Nam Định"), com("Hải Anh"), com("Yên Cường")],
["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NAM ĐỊNH", "Trang chủ » Tin tức » Chăn nuôi - Thú y",
 "Đồng chí Trần Đức Hiển phát biểu tại hội nghị.", "Quỹ Hỗ trợ nông dân"],
["Cập nhật: 17/01/2025 09:30", "năm 2024", "năm 2025", "năm 2023", "2 đợt", "tháng 4", "tháng 10"]))
