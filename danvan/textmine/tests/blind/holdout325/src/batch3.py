from lib import *
PAGES = []

PAGES.append(page("b7769-tiengiang-nq68-giaoban-thang9-2021", """
BÁO ẤP BẮC ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Trang chủ / Xã hội / An sinh xã hội
Thứ Ba, 05/10/2021, 08:05
Chi hỗ trợ qua tài khoản: nhanh, đúng, hạn chế tiếp xúc
Chiều 4/10, Ban Chỉ đạo thực hiện các chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tỉnh Tiền Giang tổ chức giao ban tháng 9/2021 theo hình thức trực tuyến với 11 huyện, thành, thị. Ông Phạm Văn Trung, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Ông Phạm Văn Trung (giữa) chủ trì giao ban tại điểm cầu tỉnh.
Theo báo cáo của Sở LĐTBXH, tính đến ngày 30/9/2021, toàn tỉnh đã chi hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ cho 96.412 lượt người với tổng số tiền hơn 152,8 tỷ đồng. Riêng trong tháng 9, tỉnh chi cho 41.306 lao động tự do, lao động không có giao kết hợp đồng lao động, mỗi người 1,5 triệu đồng theo Nghị quyết số 72/2021/NQ-HĐND của HĐND tỉnh.
Điểm mới trong tháng là việc chi trả qua tài khoản được đẩy mạnh: 58,6% số người được hỗ trợ nhận tiền qua tài khoản ngân hàng hoặc ví điện tử, tăng 23,4% so với tháng 8. Huyện Chợ Gạo, thị xã Cai Lậy đạt trên 70%. Ở các khu phong tỏa, xã đã phối hợp với 4 ngân hàng và 2 doanh nghiệp viễn thông mở tài khoản miễn phí ngay tại nhà cho 8.920 người.
Bà Nguyễn Thị Bé Năm, Chủ tịch Ủy ban MTTQ xã Tân Thuận Bình, cho biết Tổ COVID cộng đồng đã đến từng nhà hướng dẫn bà con cài ứng dụng, kiểm tra số dư tài khoản; không ai phải ra trụ sở xã nhận tiền. Ông Lê Hoàng Kha, Phó Chủ tịch UBND xã Mỹ Phước Tây, nêu tình trạng một số người nhập sai số tài khoản khiến 126 hồ sơ bị trả về.
Các ông Huỳnh Thanh Sơn, Trần Văn Mến - Phó Giám đốc Sở LĐTBXH tỉnh báo cáo tiến độ giải quyết hồ sơ trong tháng 10, trong đó có chính sách theo Nghị quyết số 116/NQ-CP ngày 24/9/2021 của Chính phủ hỗ trợ người lao động từ Quỹ bảo hiểm thất nghiệp, dự kiến khoảng 37.000 người được hưởng.
Kết luận giao ban, ông Phạm Văn Trung yêu cầu các địa phương hoàn thành chi hỗ trợ đợt 2 trước ngày 15/10/2021; ưu tiên chi qua tài khoản, ví điện tử; công khai danh sách tại ấp, khu phố để nhân dân giám sát; xử lý nghiêm cán bộ làm sai, trục lợi chính sách. Ông đề nghị Ủy ban MTTQ và các đoàn thể tỉnh tiếp tục giám sát, kịp thời phản ánh những trường hợp đủ điều kiện nhưng bị bỏ sót.
Trong tháng 10, Sở LĐTBXH sẽ phối hợp Ngân hàng Nhà nước chi nhánh tỉnh tổng hợp số tài khoản của người hưởng trợ cấp xã hội hằng tháng để chuyển dần sang chi trả không dùng tiền mặt sau dịch.
Hữu Chí
Tin liên quan
- Tiền Giang tiếp nhận 2.500 tấn gạo hỗ trợ người dân (28/09/2021)
- Gò Công Đông: trao 1.200 túi an sinh cho hộ khó khăn (21/09/2021)
- Hỗ trợ 50.000 đồng/ngày cho người cách ly tập trung (14/09/2021)
""", "2021-10-05", "Chi hỗ trợ qua tài khoản: nhanh, đúng, hạn chế tiếp xúc",
E("giao_ban", "2021-09", "2021-10-04"),
[P("Phạm Văn Trung", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Bé Năm", "Chủ tịch Ủy ban MTTQ xã Tân Thuận Bình"),
 P("Lê Hoàng Kha", "Phó Chủ tịch UBND xã Mỹ Phước Tây"),
 P("Huỳnh Thanh Sơn", "Phó Giám đốc Sở LĐTBXH tỉnh"),
 P("Trần Văn Mến", "Phó Giám đốc Sở LĐTBXH tỉnh")],
[Q("11 huyện, thành, thị", 11, "huyện, thành, thị"), Q("96.412 lượt người", 96412, "lượt người"),
 Q("hơn 152,8 tỷ đồng", 152800000000, "đồng", "over"),
 Q("41.306 lao động tự do, lao động không có giao kết hợp đồng lao động", 41306, "lao động tự do, lao động không có giao kết hợp đồng lao động"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("58,6%", 58.6, "%"), Q("23,4%", 23.4, "%"), Q("trên 70%", 70, "%", "over"),
 Q("4 ngân hàng", 4, "ngân hàng"), Q("2 doanh nghiệp viễn thông", 2, "doanh nghiệp viễn thông"),
 Q("8.920 người", 8920, "người"), Q("126 hồ sơ", 126, "hồ sơ"), Q("khoảng 37.000 người", 37000, "người", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Nghị quyết", "72", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 72/2021/NQ-HĐND"),
 D("Nghị quyết", "116", "NQ-CP", "2021-09-24", "Chính phủ", "Nghị quyết số 116/NQ-CP ngày 24/9/2021")],
[prov("Tiền Giang"), com("Tân Thuận Bình"), com("Mỹ Phước Tây")],
["BÁO ẤP BẮC ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ / Xã hội / An sinh xã hội",
 "Ông Phạm Văn Trung (giữa) chủ trì giao ban tại điểm cầu tỉnh.", "Tổ COVID cộng đồng", "Quỹ bảo hiểm thất nghiệp", "COVID-19"],
["Thứ Ba, 05/10/2021, 08:05", "tháng 9/2021", "tháng 8", "tháng 10", "đợt 2", "COVID-19"]))

PAGES.append(page("b7770-phutho-cccd-hoinghi-2021", """
CÔNG AN TỈNH PHÚ THỌ - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Cấp căn cước công dân
Ngày 14/04/2021 | 09:15
Toàn cảnh hội nghị tại điểm cầu Công an tỉnh.
Huy động cả hệ thống chính trị vào cuộc cấp căn cước công dân gắn chíp
Sáng 13/4, Công an tỉnh Phú Thọ phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị triển khai công tác cấp căn cước công dân gắn chíp điện tử năm 2021 và vận động nhân dân thu thập thông tin dân cư. Dự hội nghị có đồng chí Hà Thị Quỳnh Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Đại tá Đinh Văn Bảo, Giám đốc Công an tỉnh chủ trì.
Theo báo cáo, thực hiện Kết luận 212, 213-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 37/KH-CAT của Công an tỉnh, từ ngày 01/01/2021 đến nay, lực lượng Công an đã thu nhận 412.680 hồ sơ đề nghị cấp căn cước công dân, đạt 51,7% chỉ tiêu; bố trí 277 tổ công tác lưu động làm việc cả ngày nghỉ, buổi tối; cấp tại nhà cho 1.340 người già yếu, khuyết tật.
Thượng tá Nguyễn Hữu Thắng, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, cho biết: mục tiêu đến ngày 30/6/2021 phải hoàn thành cấp cho khoảng 800.000 người trong độ tuổi; đây là nền tảng để sau này người dân giao dịch điện tử, nhận lương hưu, trợ cấp qua tài khoản mà không cần giấy tờ.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Hoàng Văn Khải (Tân Sơn), Đinh Thị Mai (Thanh Sơn) chia sẻ kinh nghiệm phối hợp với công an xã, người có uy tín vận động đồng bào Mường, Dao đi làm căn cước. Ông Đinh Công Ngoan, Bí thư Chi bộ kiêm Trưởng khu Xóm Mít, xã Xuân Đài, kể chuyện khu dùng loa truyền thanh phát bằng tiếng Mường để mời người dân đến điểm cấp.
Đồng chí Hà Thị Quỳnh Ngân đề nghị khối dân vận, Mặt trận và các đoàn thể coi đây là nhiệm vụ trọng tâm trong quý II; mỗi cán bộ, đảng viên gương mẫu làm trước, vận động gia đình, họ tộc cùng thực hiện; phát huy mô hình "Dân vận khéo" trong cải cách hành chính. Đồng chí yêu cầu Ban Dân vận các huyện, thành, thị tham mưu cấp ủy chỉ đạo sát sao, hằng tuần nắm tình hình tư tưởng, kịp thời giải thích những thắc mắc của nhân dân về thu thập vân tay, mống mắt.
Kết luận hội nghị, Đại tá Đinh Văn Bảo giao các đơn vị công an tăng cường thêm máy cấp, kéo dài giờ làm việc đến 21 giờ; tuyệt đối không để xảy ra tiêu cực, gây phiền hà; phấn đấu mỗi ngày toàn tỉnh thu nhận từ 8.000 hồ sơ trở lên. Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 9 tập thể, 16 cá nhân có thành tích trong đợt cao điểm tháng 3/2021.
Minh Tuấn
Tin khác
- Đoan Hùng: cấp căn cước công dân tại nhà cho người khuyết tật (10/04/2021)
- Công an tỉnh ra quân cao điểm cấp căn cước công dân (01/04/2021)
- Hạ Hòa: thanh niên tình nguyện hỗ trợ người dân làm căn cước (25/03/2021)
""", "2021-04-14", "Huy động cả hệ thống chính trị vào cuộc cấp căn cước công dân gắn chíp",
E("hoi_nghi", "2021", "2021-04-13"),
[P("Hà Thị Quỳnh Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Bảo", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Nguyễn Hữu Thắng", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
 P("Hoàng Văn Khải", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Mai", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Công Ngoan", "Bí thư Chi bộ kiêm Trưởng khu Xóm Mít")],
[Q("412.680 hồ sơ", 412680, "hồ sơ"), Q("51,7%", 51.7, "%"), Q("277 tổ công tác lưu động", 277, "tổ công tác lưu động"),
 Q("1.340 người già yếu, khuyết tật", 1340, "người già yếu, khuyết tật"), Q("khoảng 800.000 người", 800000, "người", "approx"),
 Q("từ 8.000 hồ sơ trở lên", 8000, "hồ sơ", "over"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "212", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 212, 213-KL/TU"),
 D("Kết luận", "213", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 212, 213-KL/TU"),
 D("Kế hoạch", "37", "KH-CAT", None, "Công an tỉnh", "Kế hoạch số 37/KH-CAT")],
[prov("Phú Thọ"), com("Xuân Đài")],
["CÔNG AN TỈNH PHÚ THỌ - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Cấp căn cước công dân",
 "Toàn cảnh hội nghị tại điểm cầu Công an tỉnh.", "Dân vận khéo"],
["Ngày 14/04/2021 | 09:15", "năm 2021", "quý II", "21 giờ", "tháng 3/2021"]))

PAGES.append(page("b7771-hanam-de-an-06-hoinghi-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Trang chủ » Tin tức - Sự kiện » Chuyển đổi số
18/03/2022 - 10:05
Hà Nam: Triển khai Đề án 06, đưa dịch vụ công và chi trả an sinh lên môi trường số
Sáng 17/3, UBND tỉnh Hà Nam tổ chức hội nghị triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) năm 2022. Hội nghị do đồng chí Trương Quốc Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì, kết nối trực tuyến tới 6 huyện, thị xã, thành phố và 109 xã, phường, thị trấn.
Đồng chí Trương Quốc Hải phát biểu chỉ đạo.
Theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Đề án có 5 nhóm tiện ích, trong đó nhóm phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến và nhóm phục vụ phát triển kinh tế, xã hội. UBND tỉnh đã ban hành Kế hoạch số 812/KH-UBND ngày 28/02/2022 với 45 nhiệm vụ cụ thể, giao các sở, ngành, địa phương thực hiện.
Đại tá Phạm Quang Vinh, Phó Giám đốc Công an tỉnh, thông tin: toàn tỉnh đã thu nhận 694.205 hồ sơ cấp căn cước công dân gắn chíp, đạt 98,2% số công dân trong độ tuổi. Công an tỉnh đang chuẩn bị thí điểm cấp tài khoản định danh điện tử, mục tiêu năm 2022 kích hoạt cho ít nhất 40% công dân từ 14 tuổi trở lên.
Ông Nguyễn Văn Thường, Giám đốc Sở LĐTBXH, cho biết sở sẽ phối hợp với BHXH tỉnh, Bưu điện tỉnh làm sạch dữ liệu 32.419 người hưởng trợ cấp xã hội, 11.870 người có công, bảo đảm đến cuối năm có 100% người hưởng có tài khoản thì được chi trả qua tài khoản; đối chiếu với cơ sở dữ liệu quốc gia về dân cư để dừng chi trả kịp thời cho người đã chết.
Các đồng chí Phó Chủ tịch UBND tỉnh: Trần Xuân Đông, Lê Thị Thoa, Nguyễn Đức Hoàn được phân công phụ trách từng nhóm nhiệm vụ. Hội nghị cũng thông qua Quyết định số 415/QĐ-UBND về thành lập Tổ công tác triển khai Đề án 06 của tỉnh và Quyết định 416, 417/QĐ-UBND ban hành quy chế hoạt động, phân công thành viên.
Phát biểu chỉ đạo, đồng chí Trương Quốc Hải yêu cầu người đứng đầu các cấp, các ngành trực tiếp chỉ đạo; Mặt trận và các đoàn thể vận động đoàn viên, hội viên đi đầu đăng ký tài khoản định danh điện tử, nhận trợ cấp, lương hưu qua tài khoản; mỗi xã, phường, thị trấn lập ít nhất 1 tổ công tác cộng đồng. Đồng chí nhấn mạnh tuyệt đối không để lộ, lọt thông tin cá nhân của người dân trong quá trình thu thập, xác thực.
Trong tháng 4/2022, các huyện, thị xã, thành phố phải hoàn thành rà soát, đăng ký danh mục dịch vụ công cần tích hợp. Bà Đinh Thị Hảo, Chủ tịch UBND phường Lam Hạ, phát biểu đăng ký phường làm điểm về thanh toán không dùng tiền mặt đối với các khoản trợ cấp.
Hồng Nhung
Tin liên quan
- Hà Nam đứng thứ 2 cả nước về tỷ lệ cấp căn cước công dân (10/03/2022)
- Tập huấn chuyển đổi số cho cán bộ cấp xã (01/03/2022)
- Kim Bảng: ra mắt mô hình "Xã không dùng tiền mặt" (22/02/2022)
""", "2022-03-18", "Hà Nam: Triển khai Đề án 06, đưa dịch vụ công và chi trả an sinh lên môi trường số",
E("hoi_nghi", "2022", "2022-03-17"),
[P("Trương Quốc Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phạm Quang Vinh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Thường", "Giám đốc Sở LĐTBXH"),
 P("Trần Xuân Đông", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Thoa", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đức Hoàn", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Thị Hảo", "Chủ tịch UBND phường Lam Hạ")],
[Q("6 huyện, thị xã, thành phố", 6, "huyện, thị xã, thành phố"), Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"),
 Q("5 nhóm tiện ích", 5, "nhóm tiện ích"), Q("45 nhiệm vụ", 45, "nhiệm vụ"),
 Q("694.205 hồ sơ", 694205, "hồ sơ"), Q("98,2%", 98.2, "%"), Q("ít nhất 40%", 40, "%", "over"),
 Q("32.419 người hưởng trợ cấp xã hội", 32419, "người hưởng trợ cấp xã hội"), Q("11.870 người có công", 11870, "người có công"),
 Q("100%", 100, "%"), Q("ít nhất 1 tổ công tác cộng đồng", 1, "tổ công tác cộng đồng", "over")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 06/01/2022"),
 D("Kế hoạch", "812", "KH-UBND", "2022-02-28", "UBND tỉnh", "Kế hoạch số 812/KH-UBND ngày 28/02/2022"),
 D("Quyết định", "415", "QĐ-UBND", None, None, "Quyết định số 415/QĐ-UBND"),
 D("Quyết định", "416", "QĐ-UBND", None, None, "Quyết định 416, 417/QĐ-UBND"),
 D("Quyết định", "417", "QĐ-UBND", None, None, "Quyết định 416, 417/QĐ-UBND")],
[prov("Hà Nam"), com("Lam Hạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM", "Trang chủ » Tin tức - Sự kiện » Chuyển đổi số", "Đồng chí Trương Quốc Hải phát biểu chỉ đạo.",
 "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia", "Đề án 06"],
["18/03/2022 - 10:05", "năm 2022", "14 tuổi", "tháng 4/2022", "Đề án 06"]))

PAGES.append(page("b7772-kontum-doan-vneid-taphuan-2022", """
TỈNH ĐOÀN KON TUM
Trang chủ | Hoạt động Đoàn | Thanh niên với chuyển đổi số
Thứ Bảy, 24/09/2022 - 07:30
Tập huấn cho 160 thủ lĩnh thanh niên về hỗ trợ người dân cài đặt VNeID
Trong 2 ngày 22 - 23/9, Tỉnh đoàn Kon Tum phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) Công an tỉnh tổ chức lớp tập huấn năm 2022 "Thanh niên tình nguyện hỗ trợ người dân đăng ký, kích hoạt tài khoản định danh điện tử". Tham dự có 160 học viên là bí thư đoàn xã, phường, thị trấn và đội trưởng các đội hình thanh niên tình nguyện.
Học viên thực hành trên ứng dụng VNeID.
Phát biểu khai mạc, chị Y Thu, Tỉnh ủy viên, Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027, cho biết thực hiện Kế hoạch số 128-KH/TĐTN-PTTN của Ban Thường vụ Tỉnh đoàn và Kế hoạch liên tịch số 05/KHLT-TĐTN-CAT giữa Tỉnh đoàn với Công an tỉnh, mỗi cơ sở đoàn thành lập ít nhất 1 đội hình "Thanh niên hỗ trợ định danh điện tử". Đến nay đã có 102 đội hình với 1.536 đoàn viên tham gia.
Thiếu tá A Dũng, Phó Trưởng phòng PC06 Công an tỉnh, hướng dẫn học viên cách cài đặt ứng dụng VNeID, đăng ký tài khoản mức 1, mức 2, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế; cách nhận diện các thủ đoạn lừa đảo chiếm đoạt tài khoản. Theo Thiếu tá A Dũng, đến giữa tháng 9/2022, toàn tỉnh đã thu nhận 114.608 hồ sơ định danh điện tử, kích hoạt được khoảng 46.300 tài khoản, tỷ lệ kích hoạt mới đạt 40,4%.
Tại lớp tập huấn, anh A Jar, Bí thư Đoàn xã Đăk Na, chia sẻ đội hình của xã đã đến 9 thôn người Xơ Đăng, dùng tiếng dân tộc giải thích cho bà con lợi ích của tài khoản định danh, giúp 312 người cài đặt thành công; những hộ chưa có điện thoại thông minh, đoàn viên mượn máy của người thân để hỗ trợ. Chị Y Blưi, Phó Bí thư Đoàn xã Ia Chim, đề xuất Tỉnh đoàn hỗ trợ thêm bộ phát wifi di động vì nhiều làng chưa có sóng.
Bế mạc lớp tập huấn, anh Nguyễn Văn Hùng, Phó Bí thư Thường trực Tỉnh đoàn, đề nghị các cơ sở đoàn tổ chức "Ngày thứ Bảy tình nguyện hỗ trợ định danh" định kỳ, gắn với hướng dẫn người cao tuổi, người hưởng trợ cấp nhận tiền qua tài khoản; phấn đấu đến cuối năm 2022 mỗi đoàn viên hỗ trợ từ 10 người dân trở lên.
Ngay sau lớp tập huấn, 40 học viên đã ra quân hỗ trợ người dân tại làng Plei Đôn, phường Thống Nhất. Nhiều cụ già người Ba Na lần đầu được nhìn thấy thông tin của mình trên điện thoại tỏ ra rất vui; các đoàn viên cũng ghi lại những trường hợp sai lệch thông tin để chuyển công an phường điều chỉnh, đồng thời hướng dẫn người hưởng trợ cấp cách kiểm tra tiền chuyển vào tài khoản.
Hoàng Hương
Tin liên quan
- Đăk Hà: thanh niên ra quân hỗ trợ làm căn cước công dân (17/09/2022)
- Tỉnh đoàn trao 30 xe đạp cho học sinh khó khăn (10/09/2022)
- Ngọc Hồi: Ngày hội thanh niên với chuyển đổi số (03/09/2022)
""", "2022-09-24", "Tập huấn cho 160 thủ lĩnh thanh niên về hỗ trợ người dân cài đặt VNeID",
E("tap_huan", "2022", "2022-09-22"),
[P("Y Thu", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027"),
 P("A Dũng", "Thiếu tá", "Phó Trưởng phòng PC06 Công an tỉnh"),
 P("A Jar", "Bí thư Đoàn xã Đăk Na"),
 P("Y Blưi", "Phó Bí thư Đoàn xã Ia Chim"),
 P("Nguyễn Văn Hùng", "Phó Bí thư Thường trực Tỉnh đoàn")],
[Q("160 thủ lĩnh thanh niên", 160, "thủ lĩnh thanh niên"), Q("160 học viên", 160, "học viên"),
 Q("ít nhất 1 đội hình", 1, "đội hình", "over"), Q("102 đội hình", 102, "đội hình"), Q("1.536 đoàn viên", 1536, "đoàn viên"),
 Q("114.608 hồ sơ định danh điện tử", 114608, "hồ sơ định danh điện tử"), Q("khoảng 46.300 tài khoản", 46300, "tài khoản", "approx"),
 Q("40,4%", 40.4, "%"), Q("9 thôn", 9, "thôn"), Q("312 người", 312, "người"),
 Q("từ 10 người dân trở lên", 10, "người dân", "over"), Q("40 học viên", 40, "học viên")],
[D("Kế hoạch", "128", "KH/TĐTN-PTTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 128-KH/TĐTN-PTTN"),
 D("Kế hoạch liên tịch", "05", "KHLT-TĐTN-CAT", None, None, "Kế hoạch liên tịch số 05/KHLT-TĐTN-CAT")],
[prov("Kon Tum"), com("Đăk Na"), com("Ia Chim"), com("Thống Nhất")],
["TỈNH ĐOÀN KON TUM", "Trang chủ | Hoạt động Đoàn | Thanh niên với chuyển đổi số", "Học viên thực hành trên ứng dụng VNeID.",
 "Thanh niên tình nguyện hỗ trợ người dân đăng ký, kích hoạt tài khoản định danh điện tử", "Thanh niên hỗ trợ định danh điện tử",
 "Ngày thứ Bảy tình nguyện hỗ trợ định danh", "VNeID"],
["Thứ Bảy, 24/09/2022 - 07:30", "2 ngày", "năm 2022", "nhiệm kỳ 2022 - 2027", "mức 1, mức 2", "tháng 9/2022"]))

PAGES.append(page("b7773-soctrang-de-an-06-soket-2023", """
Báo Sóc Trăng Online
Trang chủ > Thời sự > Chuyển đổi số
14 tháng 7, 2023 | 17:45
Sóc Trăng: Hơn 512 nghìn tài khoản định danh điện tử được kích hoạt
Chiều 13/7, Tổ công tác triển khai Đề án 06 tỉnh Sóc Trăng tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 và triển khai nhiệm vụ 6 tháng cuối năm. Ông Lâm Hoàng Nghĩa, Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác chủ trì hội nghị.
Ông Lâm Hoàng Nghĩa phát biểu chỉ đạo hội nghị. Ảnh: Kim Ngân
Theo báo cáo, 6 tháng đầu năm, Công an tỉnh đã thu nhận 512.476 hồ sơ định danh điện tử và kích hoạt 512.106 tài khoản, đạt 58,7% số công dân từ 14 tuổi trở lên. Trên địa bàn tỉnh có 109 xã, phường, thị trấn đã triển khai mô hình "Xã điểm về chuyển đổi số", trong đó phường 5, thành phố Sóc Trăng và xã Vĩnh Hải được chọn làm điểm của tỉnh.
Về chi trả an sinh xã hội không dùng tiền mặt, thực hiện Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ và Kế hoạch số 47/KH-UBND ngày 10/3/2023 của UBND tỉnh, đến nay có 16.274 người hưởng trợ cấp xã hội, người có công nhận tiền qua tài khoản, chiếm 31,6%. Số người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản là 9.851 người, tăng 1.420 người so với cuối năm 2022.
Ông Kim Văn Thanh, Phó Giám đốc Sở LĐTBXH, cho biết khó khăn lớn nhất là nhiều người hưởng là người cao tuổi, đồng bào Khmer chưa sử dụng điện thoại thông minh. Bà Thạch Thị Sà Rinh, Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải, chia sẻ mô hình "Chi hội phụ nữ không dùng tiền mặt": các chị em đến tận nhà hướng dẫn người cao tuổi mở tài khoản, cài ứng dụng, đến nay 23 chi hội đã vận động được 640 người.
Đại đức Lý Sóc Rây, trụ trì chùa Bưng Tum, cho biết nhà chùa đã mở lớp hướng dẫn cài đặt VNeID cho 120 phật tử ngay tại sala chùa, có cán bộ công an xã hỗ trợ bằng tiếng Khmer.
Các ông Sơn Ngọc Hiệp, Danh Văn Tuấn - Phó Giám đốc Công an tỉnh đề nghị các sở, ngành hoàn thành kết nối dữ liệu người hưởng chính sách với cơ sở dữ liệu quốc gia về dân cư trong quý III.
Kết luận hội nghị, ông Lâm Hoàng Nghĩa yêu cầu 6 tháng cuối năm phấn đấu kích hoạt thêm khoảng 150.000 tài khoản định danh điện tử mức 2; 100% người hưởng trợ cấp xã hội ở khu vực thành thị có tài khoản được chi trả qua tài khoản; đề nghị Ủy ban MTTQ tỉnh chỉ đạo Ban công tác Mặt trận ở các ấp, khóm tham gia tuyên truyền, giám sát.
Dịp này, UBND tỉnh tặng bằng khen cho 11 tập thể và 18 cá nhân có thành tích xuất sắc trong triển khai Đề án 06.
Kim Ngân
Tin khác
- Ngã Năm: ra mắt mô hình "Khóm không dùng tiền mặt" (07/07/2023)
- Công an tỉnh cấp căn cước tại nhà cho người già yếu (30/06/2023)
- Trần Đề đối thoại với ngư dân về chính sách hỗ trợ (23/06/2023)
""", "2023-07-14", "Sóc Trăng: Hơn 512 nghìn tài khoản định danh điện tử được kích hoạt",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Lâm Hoàng Nghĩa", "Phó Chủ tịch UBND tỉnh", "Tổ trưởng Tổ công tác"),
 P("Kim Văn Thanh", "Phó Giám đốc Sở LĐTBXH"),
 P("Thạch Thị Sà Rinh", "Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải"),
 P("Lý Sóc Rây", "Đại đức", "trụ trì chùa Bưng Tum"),
 P("Sơn Ngọc Hiệp", "Phó Giám đốc Công an tỉnh"),
 P("Danh Văn Tuấn", "Phó Giám đốc Công an tỉnh")],
[Q("Hơn 512 nghìn tài khoản định danh điện tử", 512000, "tài khoản định danh điện tử", "over"),
 Q("512.476 hồ sơ định danh điện tử", 512476, "hồ sơ định danh điện tử"), Q("512.106 tài khoản", 512106, "tài khoản"),
 Q("58,7%", 58.7, "%"), Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"),
 Q("16.274 người hưởng trợ cấp xã hội, người có công", 16274, "người hưởng trợ cấp xã hội, người có công"),
 Q("31,6%", 31.6, "%"), Q("9.851 người", 9851, "người"), Q("1.420 người", 1420, "người"),
 Q("23 chi hội", 23, "chi hội"), Q("640 người", 640, "người"), Q("120 phật tử", 120, "phật tử"),
 Q("khoảng 150.000 tài khoản định danh điện tử mức 2", 150000, "tài khoản định danh điện tử mức 2", "approx"),
 Q("100%", 100, "%"), Q("11 tập thể", 11, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "05", "CT-TTg", "2023-02-23", "Thủ tướng Chính phủ", "Chỉ thị số 05/CT-TTg ngày 23/02/2023"),
 D("Kế hoạch", "47", "KH-UBND", "2023-03-10", "UBND tỉnh", "Kế hoạch số 47/KH-UBND ngày 10/3/2023")],
[prov("Sóc Trăng"), com("phường 5"), com("Vĩnh Hải")],
["Báo Sóc Trăng Online", "Trang chủ > Thời sự > Chuyển đổi số", "Ông Lâm Hoàng Nghĩa phát biểu chỉ đạo hội nghị. Ảnh: Kim Ngân",
 "Xã điểm về chuyển đổi số", "Chi hội phụ nữ không dùng tiền mặt", "Đề án 06", "VNeID"],
["14 tháng 7, 2023 | 17:45", "6 tháng đầu năm 2023", "6 tháng cuối năm", "14 tuổi", "năm 2022", "quý III", "mức 2", "Đề án 06"]))

PAGES.append(page("b7774-gialai-doithoai-ansinh-vneid-2023", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Dân vận › Đối thoại
2023-10-20 16:40
Bí thư Tỉnh ủy đối thoại với người dân về chi trả an sinh và định danh điện tử
(GLO)- Sáng 19/10, tại huyện Ia Grai, Ban Thường vụ Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023, chủ đề "Chi trả an sinh xã hội không dùng tiền mặt và định danh điện tử". Đồng chí Hồ Văn Điền, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; cùng dự có đồng chí Rah Lan Hiếu, Phó Chủ tịch UBND tỉnh.
Quang cảnh buổi đối thoại. Ảnh: Đức Thụy
Hơn 200 người dân, người có uy tín, chức sắc tôn giáo của 13 xã, thị trấn trong huyện đã dự. Theo báo cáo, thực hiện Kết luận 131, 132-KL/TU của Ban Thường vụ Tỉnh ủy, đến hết tháng 9/2023 toàn tỉnh Gia Lai đã kích hoạt 812.400 tài khoản định danh điện tử, chi trả qua tài khoản cho 27.915 người hưởng chính sách, đạt 43,8%.
Tại buổi đối thoại, bà Siu H'Nhơn, người Jrai ở làng Ốp, xã Ia Dêr, hỏi: "Mẹ già không biết chữ, không có điện thoại thì nhận tiền trợ cấp thế nào?". Ông Rơ Mah Khuê, già làng làng Dơ Nâu, xã Ia Tô, phản ánh việc kích hoạt VNeID ở làng thường bị lỗi do sóng yếu, người dân phải đi nhiều lần.
Trả lời, đồng chí Rah Lan Hiếu khẳng định người không có tài khoản, không có điện thoại vẫn được nhận trợ cấp bằng tiền mặt tại xã hoặc qua nhân viên bưu điện đến tận nhà; không có chuyện bị cắt trợ cấp vì chưa mở tài khoản. Thượng tá Ksor Y Pêl, Phó Trưởng phòng PC06 Công an tỉnh, cho biết đã bố trí 17 tổ lưu động về các làng vào buổi tối và ngày nghỉ, mang theo thiết bị phát sóng.
Ông Nguyễn Văn Tài, Phó Chủ tịch Thường trực UBND huyện Ia Grai, cho biết huyện có 4.620 người hưởng trợ cấp xã hội, đã có 1.903 người nhận qua tài khoản. Chị Kpă H'Yen, Bí thư Đoàn xã Ia Krăi, kể đoàn viên đã đi từng nhà hỗ trợ 1.150 người kích hoạt tài khoản mức 2.
Kết luận buổi đối thoại, đồng chí Hồ Văn Điền ghi nhận 14 ý kiến của nhân dân, giao UBND tỉnh chỉ đạo các sở, ngành trả lời bằng văn bản trước ngày 15/11/2023. Đồng chí đề nghị cán bộ phải nói cho dân hiểu bằng tiếng Jrai, Bahnar, kiên trì "cầm tay chỉ việc"; chi trả qua tài khoản phải là để thuận lợi cho dân, không phải chạy theo chỉ tiêu. Đồng chí cũng yêu cầu xử lý nghiêm các đối tượng lợi dụng định danh điện tử để lừa đảo người dân vùng sâu.
Dịp này, Bí thư Tỉnh ủy tặng 50 điện thoại thông minh cho hộ nghèo, người cao tuổi neo đơn, mỗi máy trị giá 2,5 triệu đồng.
Đức Thụy - Hà Duy
Tin liên quan
- Gia Lai: 120 người có uy tín được tập huấn kỹ năng số (12/10/2023)
- Chư Păh vận động nhân dân hiến 3.000 m2 đất làm đường (04/10/2023)
- Kbang: đối thoại với thanh niên về khởi nghiệp (27/09/2023)
""", "2023-10-20", "Bí thư Tỉnh ủy đối thoại với người dân về chi trả an sinh và định danh điện tử",
E("doi_thoai", "2023", "2023-10-19"),
[P("Hồ Văn Điền", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Rah Lan Hiếu", "Phó Chủ tịch UBND tỉnh"),
 P("Siu H'Nhơn"),
 P("Rơ Mah Khuê", "già làng làng Dơ Nâu"),
 P("Ksor Y Pêl", "Thượng tá", "Phó Trưởng phòng PC06 Công an tỉnh"),
 P("Nguyễn Văn Tài", "Phó Chủ tịch Thường trực UBND huyện Ia Grai"),
 P("Kpă H'Yen", "Bí thư Đoàn xã Ia Krăi")],
[Q("Hơn 200 người dân, người có uy tín, chức sắc tôn giáo", 200, "người dân, người có uy tín, chức sắc tôn giáo", "over"),
 Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("812.400 tài khoản định danh điện tử", 812400, "tài khoản định danh điện tử"),
 Q("27.915 người hưởng chính sách", 27915, "người hưởng chính sách"), Q("43,8%", 43.8, "%"),
 Q("17 tổ lưu động", 17, "tổ lưu động"), Q("4.620 người hưởng trợ cấp xã hội", 4620, "người hưởng trợ cấp xã hội"),
 Q("1.903 người", 1903, "người"), Q("1.150 người", 1150, "người"), Q("14 ý kiến", 14, "ý kiến"),
 Q("50 điện thoại thông minh", 50, "điện thoại thông minh"), Q("2,5 triệu đồng", 2500000, "đồng")],
[D("Kết luận", "131", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 131, 132-KL/TU"),
 D("Kết luận", "132", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 131, 132-KL/TU")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Tô"), com("Ia Krăi")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Dân vận › Đối thoại", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Đức Thụy",
 "Chi trả an sinh xã hội không dùng tiền mặt và định danh điện tử", "cầm tay chỉ việc", "VNeID"],
["2023-10-20 16:40", "năm 2023", "tháng 9/2023", "mức 2"]))
