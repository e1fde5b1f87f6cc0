from lib import *
PAGES = []

PAGES.append(page("b8987-caobang-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban
Cập nhật lúc 16:20 ngày 10/07/2020
Ảnh: Đồng chí Nông Thị Hà phát biểu chỉ đạo hội nghị.
Phát huy vai trò dân vận ở các xã mới sau sắp xếp
Ngày 9/7, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nông Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Hoàng Văn Thạch, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, thực hiện Nghị quyết số 897/NQ-UBTVQH14 ngày 11/2/2020 của Ủy ban Thường vụ Quốc hội, từ ngày 1/3/2020 tỉnh đã sắp xếp, giảm 38 đơn vị hành chính cấp xã, còn 161 xã, phường, thị trấn; sáp nhập 2 huyện Quảng Uyên, Phục Hòa thành huyện Quảng Hòa. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 12-KH/BDVTU ngày 3/3/2020 về công tác dân vận trong sắp xếp đơn vị hành chính, chỉ đạo khối dân vận các xã mới nắm tình hình tư tưởng của 1.146 cán bộ, công chức chịu tác động; đến nay đã bố trí, giải quyết chế độ cho 215 người dôi dư.
Công tác dân vận chính quyền có chuyển biến: bộ phận một cửa của các xã mới giữ lại 42 điểm tiếp nhận hồ sơ tại trụ sở xã cũ để người dân vùng cao không phải đi xa; 6 tháng qua tiếp nhận 58.320 hồ sơ, giải quyết đúng hạn đạt 97,4%. Trong thời gian thực hiện chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ phòng, chống dịch Covid-19, các cấp đã vận động nhân dân ủng hộ hơn 3,6 tỷ đồng và 45 tấn gạo.
Tham luận tại hội nghị, các đồng chí: Lục Văn Sinh, Trưởng Ban Dân vận Huyện ủy Quảng Hòa; Bế Thị Hồng, Bí thư Đảng ủy xã Phúc Sen; Lương Văn Đàm, Chủ tịch UBND xã Cần Yên nêu cách làm ở xã mới: họp dân theo từng xóm cũ, giữ nguyên tên xóm khi chưa cần đổi, cán bộ xã cũ được phân công phụ trách địa bàn quen thuộc. Đồng chí Bế Thị Hồng cho biết xã Phúc Sen sau sáp nhập có 2.480 nhân khẩu người Nùng An, xã cử cán bộ biết tiếng Nùng ngồi một cửa các ngày phiên chợ.
Một số ý kiến cho rằng tâm lý cán bộ dôi dư còn băn khoăn, việc đổi giấy tờ cho dân ở xã mới còn chậm; 17 xóm sau sáp nhập có quy mô quá lớn, tổ dân vận chưa kiện toàn.
Kết luận hội nghị, đồng chí Nông Thị Hà đề nghị 6 tháng cuối năm thực hiện tốt Kết luận 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong sắp xếp đơn vị hành chính và trong vùng đồng bào dân tộc thiểu số; các xã mới hoàn thành kiện toàn khối dân vận trước ngày 30/9; phát động phong trào "Dân vận khéo" gắn với đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.
Quang cảnh hội nghị.
Ngọc Lan
Tin liên quan
- Quảng Hòa: ra mắt Ban Dân vận Huyện ủy sau hợp nhất (12/03/2020)
- Hội nghị tổng kết công tác dân vận năm 2019 (27/12/2019)
- Hà Quảng: 100% xóm có tổ dân vận (15/11/2019)
""", "2020-07-10", "Phát huy vai trò dân vận ở các xã mới sau sắp xếp",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Nông Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thạch", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Văn Sinh", "Trưởng Ban Dân vận Huyện ủy Quảng Hòa"),
 P("Bế Thị Hồng", "Bí thư Đảng ủy xã Phúc Sen"),
 P("Lương Văn Đàm", "Chủ tịch UBND xã Cần Yên")],
[Q("38 đơn vị hành chính cấp xã", 38, "đơn vị hành chính cấp xã"), Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn"),
 Q("1.146 cán bộ, công chức", 1146, "cán bộ, công chức"), Q("215 người dôi dư", 215, "người dôi dư"),

 Q("42 điểm tiếp nhận hồ sơ", 42, "điểm tiếp nhận hồ sơ"), Q("58.320 hồ sơ", 58320, "hồ sơ"), Q("97,4%", 97.4, "%"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("45 tấn", 45, "tấn"), Q("2.480 nhân khẩu", 2480, "nhân khẩu"),
 Q("17 xóm", 17, "xóm"), Q("2 huyện", 2, "huyện")],
[D("Nghị quyết", "897", "NQ-UBTVQH14", "2020-02-11", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 897/NQ-UBTVQH14 ngày 11/2/2020"),
 D("Kế hoạch", "12", "KH/BDVTU", "2020-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BDVTU ngày 3/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "chỉ thị số 16/CT-TTg"),
 D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU")],
[prov("Cao Bằng"), com("Phúc Sen"), com("Cần Yên")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban",
 "Ảnh: Đồng chí Nông Thị Hà phát biểu chỉ đạo hội nghị.", "Quang cảnh hội nghị.", "Dân vận khéo", "Nùng An"],
["Cập nhật lúc 16:20 ngày 10/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "ngày 1/3/2020",
 "Covid-19", "ngày 30/9", "nhiệm kỳ 2020 - 2025"]))

PAGES.append(page("b8988-quangnam-bdv-tongket-2021", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Chính trị › Xây dựng Đảng
Thứ Sáu, 24/12/2021, 14:05
Dân vận chính quyền gắn với cải cách hành chính ở cơ sở
(QNO) - Chiều 23/12, Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2021 và 3 năm thực hiện Quy chế phối hợp số 05-QC/BDVTU-BCSĐ. Đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Lê Trí Thanh, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Toàn cảnh hội nghị. Ảnh: N.Đ
Năm 2021, dù chịu tác động của dịch Covid-19, chính quyền các cấp vẫn duy trì tiếp dân, đối thoại. Toàn tỉnh có 241 xã, phường, thị trấn, trong đó 13 xã mới hình thành sau sắp xếp năm 2020 đã ổn định bộ máy. Tỷ lệ hồ sơ cấp xã giải quyết đúng hạn đạt 98,3%; có hơn 61.000 hồ sơ nộp trực tuyến; chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 84,27%. Các cơ quan nhà nước thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công vụ, với 356 mô hình "Dân vận khéo" trong lĩnh vực dân vận chính quyền.
Ở miền núi, đồng chí Ating Thị Hoa, Bí thư Đảng ủy xã Tr'hy, chia sẻ: sau khi nhập xã, đường từ thôn xa nhất đến trụ sở gần 30 km, xã tổ chức "một cửa lưu động" mỗi tháng 2 lần tại các thôn; nhờ vậy năm qua không có hồ sơ nào trễ hạn. Đồng chí Bhling Lưu, Alăng Thị Mai - Phó Chủ tịch UBND huyện Tây Giang cho biết huyện đã cấp 520 máy điện thoại thông minh cho trưởng thôn, người có uy tín để hướng dẫn dân làm thủ tục qua mạng.
Ông Nguyễn Văn Dũng, Chủ tịch UBND xã Bình Trung đề nghị tỉnh sớm có chính sách đối với 27 cán bộ không chuyên trách dôi dư ở các xã đã sáp nhập; bà Zơ Râm Bông, người có uy tín thôn Ga Lêê, xã A Tiêng mong cán bộ xã vào thôn thường xuyên hơn, nói tiếng Cơ Tu để bà con dễ hiểu.
Phát biểu kết luận, đồng chí Trần Thị Kim Hoa đề nghị năm 2022 chính quyền các cấp triển khai Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; người đứng đầu phải đối thoại định kỳ, công khai kết quả trả lời kiến nghị của dân. Ông Lê Trí Thanh giao Sở Nội vụ tham mưu bố trí 2,8 tỷ đồng nâng cấp bộ phận một cửa ở 20 xã miền núi.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân có thành tích trong công tác dân vận chính quyền năm 2021.
Ngọc Điểm
Tin cùng chuyên mục
- Nam Giang: gặp mặt già làng, người có uy tín (20/12/2021)
- Quảng Nam: trao 1.200 suất quà cho người nghèo đón Tết (15/12/2021)
- Tây Giang sơ kết mô hình "Dân vận khéo" (03/12/2021)
""", "2021-12-24", "Dân vận chính quyền gắn với cải cách hành chính ở cơ sở",
E("tong_ket", "2021", "2021-12-23"),
[P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Trí Thanh", "Phó Chủ tịch UBND tỉnh"),
 P("Ating Thị Hoa", "Bí thư Đảng ủy xã Tr'hy"),
 P("Bhling Lưu", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Alăng Thị Mai", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Nguyễn Văn Dũng", "Chủ tịch UBND xã Bình Trung"),
 P("Zơ Râm Bông", "người có uy tín thôn Ga Lêê")],
[Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"), Q("13 xã mới", 13, "xã mới"), Q("98,3%", 98.3, "%"),
 Q("hơn 61.000 hồ sơ", 61000, "hồ sơ", "over"), Q("84,27%", 84.27, "%"), Q("356 mô hình", 356, "mô hình"),
 Q("gần 30 km", 30, "km", "approx"), Q("520 máy điện thoại thông minh", 520, "máy điện thoại thông minh"),
 Q("27 cán bộ không chuyên trách dôi dư", 27, "cán bộ không chuyên trách dôi dư"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("20 xã miền núi", 20, "xã miền núi"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quy chế phối hợp", "05", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 05-QC/BDVTU-BCSĐ"),
 D("Quyết định", "1847", "QĐ-TTg", "2018-12-27", "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg ngày 27/12/2018"),
 D("Kết luận", "114", "KL/TW", "2021-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2021")],
[prov("Quảng Nam"), com("Tr'hy"), com("Bình Trung"), com("A Tiêng")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Chính trị › Xây dựng Đảng", "(QNO)",
 "Toàn cảnh hội nghị. Ảnh: N.Đ", "Dân vận khéo", "một cửa lưu động", "Đề án Văn hóa công vụ"],
["Thứ Sáu, 24/12/2021, 14:05", "năm 2021", "3 năm", "Covid-19", "năm 2020", "mỗi tháng 2 lần", "năm 2022"]))

PAGES.append(page("b8989-dongthap-bdv-giaoban-2022", """
Báo Đồng Tháp Online
Trang chủ » Chính trị » Dân vận
06.07.2022 | 09:10
Giao ban dân vận tháng 6: lắng nghe người dân về dịch vụ công trực tuyến
Sáng 5/7, Ban Dân vận Tỉnh ủy Đồng Tháp tổ chức giao ban công tác dân vận tháng 6/2022 với Ban Dân vận các huyện, thành ủy và các tổ chức chính trị - xã hội tỉnh. Đồng chí Phan Thị Thanh Thúy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng, khối dân vận các cấp tập trung tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến và tài khoản định danh điện tử theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ và Kế hoạch số 88/KH-UBND ngày 15/3/2022 của UBND tỉnh. Đoàn viên thanh niên ra quân ở 143 xã, phường, thị trấn, hỗ trợ 12.650 lượt người dân cài đặt ứng dụng và nộp hồ sơ; Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.840 hồ sơ, trong đó 41,6% nộp trực tuyến.
Qua nắm tình hình, người dân phản ánh 26 ý kiến về việc phải khai lại thông tin nhiều lần, đường truyền ở một số xã chập chờn, người cao tuổi chưa có điện thoại thông minh. Ở xã Mỹ An Hưng B, sau sắp xếp ấp năm 2020, bộ phận một cửa đã bố trí 1 máy tính hướng dẫn riêng cho người dân, mỗi sáng có 2 đoàn viên trực.
Đồng chí Nguyễn Văn Bảy, Trưởng Ban Dân vận Huyện ủy Lấp Vò đề nghị tỉnh hỗ trợ phí dịch vụ bưu chính cho hộ nghèo nhận kết quả tại nhà; bà Lê Thị Ngọc Hân, Chủ tịch Hội LHPN xã Tân Khánh Đông cho biết hội vận động được 340 hội viên phụ nữ cùng con cháu học cách nộp hồ sơ trên điện thoại. Ông Trần Hữu Lộc, Phó Chủ tịch UBND xã Bình Thành nêu thực tế: mỗi tháng xã có khoảng 300 hồ sơ, nhưng mới 1/3 người dân chịu nộp qua mạng vì "sợ bấm sai".
Đại diện Tỉnh đoàn cho biết, mô hình "Tổ thanh niên hỗ trợ dịch vụ công" đã có mặt tại 45 điểm một cửa cấp xã, mỗi điểm được Tỉnh đoàn hỗ trợ 3 triệu đồng mua bảng hướng dẫn, ghế ngồi và nước uống cho người dân. Nhiều ý kiến đề nghị giữ lại phương thức nộp hồ sơ trực tiếp cho người già, người khuyết tật, tránh chạy theo chỉ tiêu tỷ lệ trực tuyến mà gây phiền hà cho dân.
Kết luận giao ban, đồng chí Phan Thị Thanh Thúy yêu cầu tháng 7 các địa phương triển khai Hướng dẫn 14, 15-HD/BDVTU về vận động nhân dân tham gia chuyển đổi số và về nắm tình hình dư luận; phối hợp Sở Nội vụ đánh giá sự hài lòng của người dân tại bộ phận một cửa cấp xã. Ban Dân vận Tỉnh ủy sẽ kiểm tra ở 6 huyện trong quý III, đồng thời tham mưu khen thưởng 12 mô hình "Dân vận khéo" về cải cách hành chính.
Hội nghị giao ban tháng 6/2022. Ảnh: Thanh Nhã
Thanh Nhã
Tin liên quan
- Đồng Tháp: sơ kết mô hình "Cà phê doanh nhân" tại các xã (28/06/2022)
- Đoàn viên hỗ trợ người dân làm căn cước công dân gắn chíp (20/06/2022)
- Lai Vung: đối thoại với nông dân trồng quýt hồng (10/06/2022)
""", "2022-07-06", "Giao ban dân vận tháng 6: lắng nghe người dân về dịch vụ công trực tuyến",
E("giao_ban", "2022-06", "2022-07-05"),
[P("Phan Thị Thanh Thúy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bảy", "Trưởng Ban Dân vận Huyện ủy Lấp Vò"),
 P("Lê Thị Ngọc Hân", "Chủ tịch Hội LHPN xã Tân Khánh Đông"),
 P("Trần Hữu Lộc", "Phó Chủ tịch UBND xã Bình Thành")],
[Q("143 xã, phường, thị trấn", 143, "xã, phường, thị trấn"), Q("12.650 lượt người dân", 12650, "lượt người dân"),
 Q("9.840 hồ sơ", 9840, "hồ sơ"), Q("41,6%", 41.6, "%"), Q("26 ý kiến", 26, "ý kiến"),
 Q("2 đoàn viên", 2, "đoàn viên"), Q("340 hội viên phụ nữ", 340, "hội viên phụ nữ"),
 Q("khoảng 300 hồ sơ", 300, "hồ sơ", "approx"), Q("45 điểm một cửa cấp xã", 45, "điểm một cửa cấp xã"), Q("3 triệu đồng", 3000000, "đồng"), Q("6 huyện", 6, "huyện"), Q("12 mô hình", 12, "mô hình")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022"),
 D("Kế hoạch", "88", "KH-UBND", "2022-03-15", "UBND tỉnh", "Kế hoạch số 88/KH-UBND ngày 15/3/2022"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, None, "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, None, "Hướng dẫn 14, 15-HD/BDVTU")],
[prov("Đồng Tháp"), com("Mỹ An Hưng B"), com("Tân Khánh Đông"), com("Bình Thành")],
["Báo Đồng Tháp Online", "Trang chủ » Chính trị » Dân vận", "Hội nghị giao ban tháng 6/2022. Ảnh: Thanh Nhã",
 "Dân vận khéo", "Cà phê doanh nhân", "Trung tâm Phục vụ hành chính công tỉnh", "Tổ thanh niên hỗ trợ dịch vụ công"],

["06.07.2022 | 09:10", "tháng 6/2022", "năm 2020", "1 máy tính", "1/3", "tháng 7", "quý III"]))

PAGES.append(page("b8990-thaibinh-xa-layykien-2023", """
BÁO THÁI BÌNH ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Xây dựng chính quyền
Thứ Sáu, 15/9/2023 | 10:30
Cử tri xã Vũ Tiến, Vũ Đoài đồng thuận cao với đề án nhập xã
Ngày 13/9, tại nhà văn hóa thôn Tiên Phong, UBND xã Vũ Tiến (huyện Vũ Thư) tổ chức hội nghị cử tri lấy ý kiến về đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, theo đó nhập toàn bộ xã Vũ Tiến và xã Vũ Đoài thành xã mới. Ông Đặng Văn Chiến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Vũ Tiến chủ trì; dự có bà Phạm Thị Thu Trang, Phó Trưởng Ban Dân vận Huyện ủy Vũ Thư.
Cử tri nghe phổ biến đề án tại hội nghị.
Tại hội nghị, cử tri được nghe phổ biến Kết luận số 48-KL/TW ngày 30/1/2023 của Bộ Chính trị, Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội, Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ và kế hoạch số 185/KH-UBND của UBND tỉnh về sắp xếp đơn vị hành chính. Theo đề án, xã mới có diện tích tự nhiên 10,3 km2, quy mô dân số 11.860 người; trụ sở Đảng ủy, HĐND, UBND đặt tại xã Vũ Tiến hiện nay, trụ sở xã Vũ Đoài dùng làm điểm tiếp nhận hồ sơ và nhà văn hóa.
Theo Sở Nội vụ tỉnh Thái Bình, giai đoạn này toàn tỉnh có 36 đơn vị hành chính cấp xã chưa đạt tiêu chuẩn về diện tích và dân số phải sắp xếp. Các xã đều tổ chức hội nghị cử tri ở từng thôn trước khi phát phiếu, để người dân hiểu rõ vì sao phải nhập xã, trụ sở mới đặt ở đâu và việc làm thủ tục hành chính sau này sẽ ra sao.
Nhiều cử tri bày tỏ băn khoăn. Ông Nguyễn Văn Tám, thôn Tiên Phong hỏi sau nhập xã người dân có phải đổi sổ đỏ, căn cước không; bà Trần Thị Mến, Tổ trưởng tổ hòa giải thôn Đoài Thượng đề nghị giữ tên thôn vì "tên thôn gắn với đình làng, với họ tộc". Cựu chiến binh Bùi Văn Thuận mong chính quyền xã mới bố trí cán bộ trả kết quả tận thôn cho người già.
Trả lời cử tri, ông Đặng Văn Chiến khẳng định người dân không phải đổi giấy tờ đã cấp, các giấy tờ còn giá trị sử dụng; tên thôn giữ nguyên. Bà Phạm Thị Thu Trang cho biết, toàn huyện có 8 xã thuộc diện sắp xếp, Ban Dân vận Huyện ủy đã tổ chức 24 cuộc đối thoại, tiếp nhận 53 ý kiến của người dân trước khi lấy phiếu.
Theo kế hoạch, việc lấy ý kiến bằng phiếu tại các hộ gia đình hoàn thành trước ngày 25/9. Đến chiều 14/9, tổ lấy ý kiến đã phát 2.640 phiếu tới 2.640 hộ gia đình của 2 xã; xã Vũ Đoài thu về 1.185 phiếu, 98,6% đồng ý với đề án. Kinh phí tổ chức lấy ý kiến của mỗi xã khoảng 45 triệu đồng.
Hoàng Yến
Các tin khác
- Kiến Xương: sắp xếp 11 xã thành 5 xã mới (12/09/2023)
- MTTQ tỉnh giám sát việc lấy ý kiến cử tri (08/09/2023)
- Đông Hưng: 98% cử tri đồng ý đề án nhập xã (05/09/2023)
""", "2023-09-15", "Cử tri xã Vũ Tiến, Vũ Đoài đồng thuận cao với đề án nhập xã",
E("hoi_nghi", None, "2023-09-13"),
[P("Đặng Văn Chiến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Vũ Tiến"),
 P("Phạm Thị Thu Trang", "Phó Trưởng Ban Dân vận Huyện ủy Vũ Thư"),
 P("Nguyễn Văn Tám"),
 P("Trần Thị Mến", "Tổ trưởng tổ hòa giải thôn Đoài Thượng"),
 P("Bùi Văn Thuận", "Cựu chiến binh")],
[Q("36 đơn vị hành chính cấp xã", 36, "đơn vị hành chính cấp xã"), Q("10,3 km2", 10.3, "km2"), Q("11.860 người", 11860, "người"), Q("8 xã", 8, "xã"), Q("24 cuộc đối thoại", 24, "cuộc đối thoại"),
 Q("53 ý kiến", 53, "ý kiến"), Q("2.640 phiếu", 2640, "phiếu"), Q("2.640 hộ gia đình", 2640, "hộ gia đình"),
 Q("2 xã", 2, "xã"), Q("1.185 phiếu", 1185, "phiếu"), Q("98,6%", 98.6, "%"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx")],
[D("Kết luận", "48", "KL/TW", "2023-01-30", "Bộ Chính trị", "Kết luận số 48-KL/TW ngày 30/1/2023"),
 D("Nghị quyết", "35", "2023/UBTVQH15", "2023-07-12", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023"),
 D("Nghị quyết", "117", "NQ-CP", "2023-07-30", "Chính phủ", "Nghị quyết số 117/NQ-CP ngày 30/7/2023"),
 D("Kế hoạch", "185", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 185/KH-UBND")],
[prov("Thái Bình"), com("Vũ Tiến"), com("Vũ Đoài")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Xây dựng chính quyền", "Cử tri nghe phổ biến đề án tại hội nghị."],
["Thứ Sáu, 15/9/2023 | 10:30", "giai đoạn 2023 - 2025", "ngày 25/9", "chiều 14/9", "Ngày 13/9"]))

PAGES.append(page("b8991-nghean-huyenuy-doithoai-2024", """
Báo Nghệ An điện tử
Thời sự › Chính trị › Xây dựng Đảng
Thứ Tư, 20/11/2024 - 06:30
Bí thư Huyện ủy Yên Thành đối thoại với nhân dân 2 xã trước khi hợp nhất
Chiều 18/11, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024 tại xã Minh Thành, trước khi xã này hợp nhất với xã Lý Thành thành xã Minh Lý từ ngày 1/1/2025. Chủ trì hội nghị có đồng chí Trần Đình Kiên, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Yên Thành và Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Nguyễn Thị Lương; tham dự có hơn 300 cử tri của 2 xã.
Quang cảnh buổi đối thoại. Ảnh: Xuân Hoàng
Hội nghị thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 215-KH/HU của Ban Thường vụ Huyện ủy. Theo Nghị quyết số 1243/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh Nghệ An giai đoạn 2023 - 2025, huyện Yên Thành còn 35 xã, thị trấn; xã Minh Lý có diện tích 21,8 km2, dân số gần 14.200 người.
Trước hội nghị, Ủy ban MTTQ 2 xã đã tổng hợp 47 ý kiến của nhân dân. Ông Hồ Sỹ Hùng ở xóm Tân Minh hỏi khi trụ sở đặt ở Lý Thành thì người xóm xa phải đi hơn 7 km mới làm được giấy tờ. Bà Phan Thị Hiền, Bí thư Chi bộ xóm Đồng Tâm đề nghị giữ bộ phận một cửa tại trụ sở xã Minh Thành ít nhất trong năm đầu. Ông Nguyễn Văn Lục, Chủ tịch Hội Nông dân xã Lý Thành băn khoăn về việc bố trí 9 cán bộ, công chức dôi dư.
Trả lời cử tri, đồng chí Trần Đình Kiên cho biết, sau hợp nhất, trụ sở xã Minh Thành được giữ làm điểm tiếp nhận và trả kết quả; xã mới sẽ có ít nhất 2 công chức trực tại đây các buổi sáng. Huyện đã bố trí 1,5 tỷ đồng nâng cấp trụ sở xã Minh Lý và làm mới phòng một cửa có máy tính cho người dân tự tra cứu; cán bộ dôi dư được bố trí theo lộ trình, người nghỉ việc được hưởng chế độ theo quy định, không ai bị "bỏ rơi".
Về giấy tờ, đồng chí Nguyễn Thị Lương khẳng định người dân không phải làm lại các giấy tờ đã cấp; việc điều chỉnh địa chỉ trên căn cước, sổ đỏ sẽ làm dần, miễn phí khi người dân có nhu cầu. Với những ý kiến vượt thẩm quyền, Huyện ủy giao UBND huyện trả lời bằng văn bản trước ngày 15/12.
Kết thúc hội nghị, 38 ý kiến đã được trả lời trực tiếp. Đồng chí Bí thư Huyện ủy đề nghị cán bộ 2 xã "đi trước một bước" làm tốt công tác tư tưởng, để xã mới ra đời trong đồng thuận.
Xuân Hoàng
Tin liên quan
- Nghệ An giảm 50 đơn vị hành chính cấp xã từ ngày 1/1/2025 (30/10/2024)
- Diễn Châu: lấy ý kiến cử tri về đặt tên xã mới (12/10/2024)
- Dân vận khéo ở vùng giáo Yên Thành (25/09/2024)
""", "2024-11-20", "Bí thư Huyện ủy Yên Thành đối thoại với nhân dân 2 xã trước khi hợp nhất",
E("doi_thoai", "2024", "2024-11-18"),
[P("Trần Đình Kiên", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy Yên Thành"),
 P("Nguyễn Thị Lương", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hồ Sỹ Hùng"),
 P("Phan Thị Hiền", "Bí thư Chi bộ xóm Đồng Tâm"),
 P("Nguyễn Văn Lục", "Chủ tịch Hội Nông dân xã Lý Thành")],
[Q("2 xã", 2, "xã"), Q("hơn 300 cử tri", 300, "cử tri", "over"), Q("35 xã, thị trấn", 35, "xã, thị trấn"),
 Q("21,8 km2", 21.8, "km2"), Q("gần 14.200 người", 14200, "người", "approx"), Q("47 ý kiến", 47, "ý kiến"),
 Q("hơn 7 km", 7, "km", "over"), Q("9 cán bộ, công chức dôi dư", 9, "cán bộ, công chức dôi dư"),
 Q("ít nhất 2 công chức", 2, "công chức", "over"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("38 ý kiến", 38, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "215", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 215-KH/HU"),
 D("Nghị quyết", "1243", "NQ-UBTVQH15", "2024-10-24", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1243/NQ-UBTVQH15 ngày 24/10/2024")],
[prov("Nghệ An"), com("Minh Thành"), com("Lý Thành"), com("Minh Lý")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị › Xây dựng Đảng", "Quang cảnh buổi đối thoại. Ảnh: Xuân Hoàng",
 "đi trước một bước"],
["Thứ Tư, 20/11/2024 - 06:30", "năm 2024", "ngày 1/1/2025", "giai đoạn 2023 - 2025", "năm đầu", "ngày 15/12"]))

PAGES.append(page("b8992-tuyenquang-xa-ttpvhcc-2025", """
Báo Tuyên Quang điện tử
Trang chủ › Thời sự › Chính quyền địa phương 2 cấp
Thứ Ba, 08/07/2025 - 06:15
Người dân làm thủ tục tại Trung tâm phục vụ hành chính công xã Mậu Duệ.
Tuần đầu ở Trung tâm phục vụ hành chính công xã vùng cao: cán bộ tận tình, dân hài lòng
(BTQ) - Từ ngày 1/7/2025, cùng với 124 xã, phường của tỉnh Tuyên Quang (mới), xã Mậu Duệ, được thành lập trên cơ sở nhập xã Mậu Duệ và xã Mậu Long thuộc tỉnh Hà Giang cũ, chính thức vận hành chính quyền địa phương 2 cấp. Một tuần qua, Trung tâm phục vụ hành chính công xã đã trở thành nơi đông người nhất xã.
Xã Mậu Duệ có diện tích tự nhiên hơn 162 km2, dân số trên 18.000 người, 96% là đồng bào Mông, Dao, Tày. Trung tâm bố trí 6 công chức chuyên môn, 2 nhân viên bưu điện và 4 đoàn viên thanh niên tình nguyện hướng dẫn người dân, làm việc cả sáng thứ Bảy.
Theo bà Lý Thị Dung, Phó Chủ tịch UBND xã kiêm Giám đốc Trung tâm phục vụ hành chính công xã, trong 5 ngày làm việc đầu tiên, Trung tâm đã tiếp nhận 214 hồ sơ, trong đó 37 hồ sơ nộp trực tuyến; 100% được trả đúng hoặc trước hạn. Nhiều thủ tục trước đây phải xuống huyện như cấp đổi giấy chứng nhận quyền sử dụng đất, đăng ký kinh doanh hộ cá thể nay làm ngay tại xã, theo Nghị định số 118/2025/NĐ-CP ngày 9/6/2025 của Chính phủ.
"Ngày trước muốn sang tên mảnh nương phải đi xe máy hơn 40 km xuống huyện, mất cả ngày. Giờ ra xã là xong, cán bộ còn nói tiếng Mông cho mình hiểu", anh Vàng Seo Chứ ở thôn Bản Muồng chia sẻ. Chị Giàng Thị Mỷ, thôn Sà Phìn, đến làm giấy khai sinh cho con, được anh Sùng A Páo, công chức tư pháp - hộ tịch hướng dẫn khai trên điện thoại chỉ trong 15 phút.
Ông Sùng Mí Pó, Bí thư Đảng ủy xã Mậu Duệ cho biết, thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội và Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, xã đã sắp xếp 43 cán bộ, công chức từ 2 xã cũ và huyện chuyển về. Trụ sở xã Mậu Long cũ được giữ làm điểm tiếp nhận hồ sơ lưu động vào thứ Tư hằng tuần. Đảng ủy giao Ủy ban MTTQ xã lập hòm thư và số điện thoại tiếp nhận phản ánh; tuần đầu đã có 11 ý kiến, chủ yếu đề nghị tăng chỗ để xe và ghế chờ.
Khó khăn lớn nhất hiện nay là đường truyền và thiết bị: máy tính cũ, 2 máy in thường xuyên hỏng. UBND tỉnh đã phân bổ cho xã 350 triệu đồng mua sắm thiết bị; Tỉnh đoàn Tuyên Quang cử 30 đoàn viên về hỗ trợ các xã vùng cao trong tháng 7.
Minh Thư
Tin liên quan
- 124 xã, phường của Tuyên Quang đồng loạt ra mắt (01/07/2025)
- Lễ công bố nghị quyết thành lập tỉnh Tuyên Quang mới (30/06/2025)
- Những ngày cuối cùng của cấp huyện (25/06/2025)
""", "2025-07-08", "Tuần đầu ở Trung tâm phục vụ hành chính công xã vùng cao: cán bộ tận tình, dân hài lòng",
E("khac", None, None),
[P("Lý Thị Dung", "Phó Chủ tịch UBND xã kiêm Giám đốc Trung tâm phục vụ hành chính công xã"),
 P("Vàng Seo Chứ"),
 P("Giàng Thị Mỷ"),
 P("Sùng A Páo", "công chức tư pháp - hộ tịch"),
 P("Sùng Mí Pó", "Bí thư Đảng ủy xã Mậu Duệ")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 162 km2", 162, "km2", "over"), Q("trên 18.000 người", 18000, "người", "over"),
 Q("96%", 96, "%"), Q("6 công chức chuyên môn", 6, "công chức chuyên môn"), Q("2 nhân viên bưu điện", 2, "nhân viên bưu điện"),
 Q("4 đoàn viên thanh niên tình nguyện", 4, "đoàn viên thanh niên tình nguyện"), Q("214 hồ sơ", 214, "hồ sơ"),
 Q("37 hồ sơ", 37, "hồ sơ"), Q("100%", 100, "%"), Q("hơn 40 km", 40, "km", "over"),
 Q("43 cán bộ, công chức", 43, "cán bộ, công chức"), Q("2 xã cũ", 2, "xã cũ"), Q("11 ý kiến", 11, "ý kiến"), Q("2 máy in", 2, "máy in"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("30 đoàn viên", 30, "đoàn viên")],
[D("Nghị định", "118", "2025/NĐ-CP", "2025-06-09", "Chính phủ", "Nghị định số 118/2025/NĐ-CP ngày 9/6/2025"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Mậu Long")],
["Báo Tuyên Quang điện tử", "Trang chủ › Thời sự › Chính quyền địa phương 2 cấp", "(BTQ)",
 "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công xã Mậu Duệ.", "Tỉnh đoàn Tuyên Quang"],
["Thứ Ba, 08/07/2025 - 06:15", "ngày 1/7/2025", "chính quyền địa phương 2 cấp", "5 ngày làm việc", "15 phút", "tháng 7"
, "Một tuần"]))
