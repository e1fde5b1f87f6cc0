from lib import *
PAGES = []

PAGES.append(page("b7577-thainguyen-baocao-vanhoacongvu-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ THÁI NGUYÊN
Vị trí: Trang chủ > Tin tức > Văn hóa công vụ
Thứ Hai, 20/12/2021
Kết quả thực hiện Đề án văn hóa công vụ năm 2021 trên địa bàn tỉnh
Sở Nội vụ vừa có Báo cáo số 412/BC-SNV ngày 17/12/2021 gửi UBND tỉnh về kết quả thực hiện Đề án văn hóa công vụ năm 2021. Theo báo cáo, năm 2021 là năm thứ ba tỉnh Thái Nguyên triển khai Kế hoạch số 57/KH-UBND ngày 10/4/2019 của UBND tỉnh thực hiện Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ.
Dù chịu ảnh hưởng của dịch COVID-19, các cơ quan, đơn vị vẫn duy trì tốt việc thực hiện văn hóa công vụ. 100% sở, ban, ngành, 9 huyện, thành phố và 178 xã, phường, thị trấn đã ban hành quy tắc ứng xử, niêm yết công khai tại trụ sở; 23/23 cơ quan chuyên môn thuộc UBND tỉnh đưa nội dung văn hóa công vụ vào tiêu chí bình xét thi đua cuối năm.
Trong năm, Sở Nội vụ chủ trì kiểm tra công vụ tại 14 cơ quan, đơn vị, trong đó có 6 cuộc kiểm tra đột xuất; phát hiện, nhắc nhở 19 trường hợp vi phạm về thời giờ làm việc, trang phục; đề nghị xử lý kỷ luật 2 trường hợp. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,1%; khoảng 42% hồ sơ được nộp qua dịch vụ công trực tuyến mức độ 3, 4.
Báo cáo cũng nêu những hạn chế: một số công chức còn thiếu chủ động, có biểu hiện sợ trách nhiệm, "đùn đẩy"; việc lấy ý kiến đánh giá sự hài lòng ở một số xã còn hình thức. Bà Đoàn Thị Hảo, Giám đốc Sở Nội vụ cho rằng nguyên nhân chủ yếu là người đứng đầu một số nơi chưa quyết liệt, chưa gắn kết quả thực hiện văn hóa công vụ với đánh giá, xếp loại cán bộ theo Nghị định số 90/2020/NĐ-CP của Chính phủ.
Năm 2022, Sở Nội vụ đề xuất UBND tỉnh tiếp tục thực hiện phong trào "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở" giai đoạn 2019 - 2025; tổ chức cuộc thi ảnh "Nét đẹp văn hóa công vụ"; khen thưởng kịp thời những điển hình. Tại phường Phan Đình Phùng và xã Phúc Xuân, mô hình "Công chức thân thiện, nói không với phong bì" sẽ được đánh giá để nhân rộng.
Theo ông Dương Văn Lượng, Phó Giám đốc Sở Nội vụ, năm 2021 UBND tỉnh đã tặng Bằng khen cho 12 tập thể và 31 cá nhân có thành tích trong thực hiện văn hóa công vụ, cải cách hành chính; chỉ số hài lòng của người dân (SIPAS) đạt 86,6%.
Báo cáo cũng kiến nghị Bộ Nội vụ sớm ban hành bộ tiêu chí đánh giá văn hóa công vụ thống nhất trên toàn quốc, làm căn cứ để các địa phương chấm điểm, so sánh kết quả giữa các cơ quan, đơn vị.
Phòng CCHC
Xem thêm
- Thái Nguyên: khen thưởng công chức có sáng kiến cải cách hành chính (10/12/2021)
- Hội nghị tập huấn văn hóa công vụ cho cán bộ cấp xã (25/11/2021)
- Kiểm tra công vụ tại huyện Đại Từ (15/11/2021)
""", "2021-12-20", "Kết quả thực hiện Đề án văn hóa công vụ năm 2021 trên địa bàn tỉnh",
E("bao_cao", "2021", "2021-12-17"),
[P("Đoàn Thị Hảo", "Giám đốc Sở Nội vụ"),
 P("Dương Văn Lượng", "Phó Giám đốc Sở Nội vụ")],
[Q("100%", 100, "%"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("178 xã, phường, thị trấn", 178, "xã, phường, thị trấn"),
 Q("23/23 cơ quan chuyên môn", 23, "cơ quan chuyên môn"), Q("14 cơ quan, đơn vị", 14, "cơ quan, đơn vị"),
 Q("6 cuộc kiểm tra đột xuất", 6, "cuộc kiểm tra đột xuất"), Q("19 trường hợp", 19, "trường hợp"), Q("2 trường hợp", 2, "trường hợp"),
 Q("99,1%", 99.1, "%"), Q("khoảng 42%", 42, "%", "approx"), Q("12 tập thể", 12, "tập thể"), Q("31 cá nhân", 31, "cá nhân"),
 Q("86,6%", 86.6, "%")],
[D("Báo cáo", "412", "BC-SNV", "2021-12-17", "Sở Nội vụ", "Báo cáo số 412/BC-SNV ngày 17/12/2021"),
 D("Kế hoạch", "57", "KH-UBND", "2019-04-10", "UBND tỉnh", "Kế hoạch số 57/KH-UBND ngày 10/4/2019 của UBND tỉnh"),
 D("Quyết định", "1847", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị định", "90", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 90/2020/NĐ-CP của Chính phủ")],
[prov("Thái Nguyên"), com("Phan Đình Phùng"), com("Phúc Xuân")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ THÁI NGUYÊN", "Vị trí: Trang chủ > Tin tức > Văn hóa công vụ", "đùn đẩy",
 "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Nét đẹp văn hóa công vụ",
 "Công chức thân thiện, nói không với phong bì", "SIPAS", "Phòng CCHC", "Đề án văn hóa công vụ"],
["Thứ Hai, 20/12/2021", "năm 2021", "năm thứ ba", "mức độ 3, 4", "Năm 2022", "giai đoạn 2019 - 2025"]))

PAGES.append(page("b7578-khanhhoa-doithoai-congchuc-tre-2021", """
Báo Khánh Hòa điện tử
Thời sự > Chính trị
16/04/2021 - 15:20
Chủ tịch UBND tỉnh đối thoại với cán bộ, công chức trẻ
Chiều 15/4, ông Nguyễn Tấn Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi đối thoại với cán bộ, công chức, viên chức trẻ năm 2021 với chủ đề "Công chức trẻ với văn hóa công vụ và chuyển đổi số". Buổi đối thoại do Tỉnh đoàn phối hợp với Sở Nội vụ tổ chức, thu hút khoảng 250 đoàn viên là công chức, viên chức dưới 35 tuổi tham dự.
Cùng dự có bà Lê Thị Ngọc Quỳnh, Giám đốc Sở Nội vụ; ông Võ Đình Hiếu, Bí thư Tỉnh đoàn và lãnh đạo các sở Thông tin và Truyền thông, Tài chính, Tư pháp.
Mở đầu, Bí thư Tỉnh đoàn Võ Đình Hiếu cho biết, toàn tỉnh hiện có hơn 6.800 đoàn viên trong khối cơ quan, doanh nghiệp tỉnh; năm 2020 có 128 sáng kiến, giải pháp của thanh niên được công nhận. Phong trào "Tuổi trẻ Khánh Hòa thi đua cải cách hành chính" đã lập 35 tổ hỗ trợ người dân nộp hồ sơ trực tuyến tại các xã, phường.
Tại buổi đối thoại, 17 ý kiến đã được gửi tới lãnh đạo tỉnh. Chị Phạm Thị Thu Trang, công chức Văn phòng - Thống kê phường Vĩnh Hải, TP Nha Trang, hỏi về cơ hội được đào tạo, thăng tiến của công chức trẻ cấp xã. Anh Mấu Văn Lâm, công chức Địa chính xã Khánh Thượng, huyện Khánh Vĩnh, người dân tộc Raglai, kiến nghị có chính sách thu hút công chức trẻ người dân tộc thiểu số về làm việc ở vùng cao, vì mức phụ cấp hiện nay chỉ khoảng 1,2 triệu đồng/tháng.
Trả lời các ý kiến, Chủ tịch UBND tỉnh Nguyễn Tấn Tuân cho biết tỉnh đang triển khai Nghị quyết số 09-NQ/TU của Tỉnh ủy về xây dựng, phát triển tỉnh Khánh Hòa đến năm 2030 và Kế hoạch số 4521/KH-UBND về thực hiện văn hóa công vụ; sẽ ưu tiên đưa công chức trẻ đi đào tạo chuyển đổi số, mỗi năm dành khoảng 2 tỷ đồng cho công tác này. Ông nhấn mạnh, công chức trẻ phải là lực lượng tiên phong trong phong trào thi đua, "nói đi đôi với làm", không để người dân đi lại nhiều lần.
Ông giao Sở Nội vụ nghiên cứu cơ chế luân chuyển công chức trẻ về cơ sở, đồng thời giao Tỉnh đoàn tiếp nhận, tổng hợp ý kiến chưa được trả lời trực tiếp để các sở, ngành trả lời bằng văn bản trong vòng 15 ngày.
Kết thúc buổi đối thoại, Tỉnh đoàn trao Giấy khen cho 10 công chức trẻ có thành tích xuất sắc trong cải cách hành chính năm 2020.
Nhiều đoàn viên cho biết, đây là lần đầu tiên được trực tiếp trao đổi với người đứng đầu UBND tỉnh, giúp họ hiểu rõ hơn định hướng của tỉnh và thêm động lực gắn bó với công việc ở cơ quan nhà nước.
Văn Kỳ
Tin liên quan
- Tỉnh đoàn ra quân Tháng Thanh niên năm 2021 (02/03/2021)
- Khánh Hòa công bố chỉ số cải cách hành chính năm 2020 (19/03/2021)
- Thanh niên Cam Lâm hỗ trợ người dân dịch vụ công trực tuyến (28/03/2021)
""", "2021-04-16", "Chủ tịch UBND tỉnh đối thoại với cán bộ, công chức trẻ",
E("doi_thoai", "2021", "2021-04-15"),
[P("Nguyễn Tấn Tuân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Quỳnh", "Giám đốc Sở Nội vụ"),
 P("Võ Đình Hiếu", "Bí thư Tỉnh đoàn"),
 P("Phạm Thị Thu Trang", "công chức Văn phòng - Thống kê phường Vĩnh Hải"),
 P("Mấu Văn Lâm", "công chức Địa chính xã Khánh Thượng")],
[Q("khoảng 250 đoàn viên", 250, "đoàn viên", "approx"), Q("hơn 6.800 đoàn viên", 6800, "đoàn viên", "over"),
 Q("128 sáng kiến, giải pháp", 128, "sáng kiến, giải pháp"), Q("35 tổ hỗ trợ", 35, "tổ hỗ trợ"), Q("17 ý kiến", 17, "ý kiến"),
 Q("khoảng 1,2 triệu đồng/tháng", 1200000, "đồng", "approx"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"),
 Q("10 công chức trẻ", 10, "công chức trẻ")],
[D("Nghị quyết", "09", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 09-NQ/TU của Tỉnh ủy"),
 D("Kế hoạch", "4521", "KH-UBND", None, None, "Kế hoạch số 4521/KH-UBND")],
[prov("Khánh Hòa"), com("Vĩnh Hải"), com("Khánh Thượng")],
["Báo Khánh Hòa điện tử", "Thời sự > Chính trị", "Công chức trẻ với văn hóa công vụ và chuyển đổi số",
 "Tuổi trẻ Khánh Hòa thi đua cải cách hành chính", "nói đi đôi với làm"],
["16/04/2021 - 15:20", "năm 2021", "dưới 35 tuổi", "năm 2020", "năm 2030", "15 ngày"]))

PAGES.append(page("b7579-hanam-trienkhai-luat-tdkt-hoinghi-2022", """
BÁO HÀ NAM ĐIỆN TỬ
Tin tức | Thời sự | Chính trị
30 tháng 11, 2022 | 10:15
Quang cảnh hội nghị tại điểm cầu tỉnh.
Triển khai Luật Thi đua, khen thưởng năm 2022
Sáng 29/11, UBND tỉnh Hà Nam tổ chức hội nghị trực tuyến quán triệt, triển khai Luật Thi đua, khen thưởng số 06/2022/QH15 năm 2022 tới 6 điểm cầu huyện, thị xã, thành phố với hơn 700 đại biểu. Đồng chí Trần Xuân Dưỡng, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng tỉnh dự, chỉ đạo.
Luật Thi đua, khen thưởng năm 2022 được Quốc hội khóa XV thông qua tại kỳ họp thứ 3, có hiệu lực từ ngày 01/01/2024, gồm 8 chương, 96 điều. Báo cáo viên, ông Phạm Huy Bình, Vụ trưởng Vụ Pháp chế, Ban Thi đua - Khen thưởng Trung ương, đã giới thiệu những điểm mới: bổ sung nguyên tắc "khen thưởng phải bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời"; chú trọng khen thưởng người trực tiếp lao động, sản xuất, công tác; bỏ một số danh hiệu, hình thức không còn phù hợp.
Theo bà Đinh Thị Vân Anh, Giám đốc Sở Nội vụ, thực hiện Kế hoạch số 2156/KH-UBND của UBND tỉnh, từ đầu năm 2022 đến nay các cấp đã phát động 64 phong trào thi đua theo chuyên đề; riêng khối cơ quan hành chính nhà nước có 214 cán bộ, công chức đăng ký danh hiệu "Chiến sĩ thi đua cơ sở" gắn với thực hiện Quyết định số 1847/QĐ-TTg về Đề án văn hóa công vụ. Tỷ lệ khen thưởng người lao động trực tiếp năm 2022 đạt trên 52%.
Phát biểu chỉ đạo, đồng chí Trần Xuân Dưỡng yêu cầu các sở, ngành, địa phương tổ chức quán triệt Luật tới từng cán bộ, công chức, viên chức; rà soát, tham mưu sửa đổi Quyết định số 27/2018/QĐ-UBND ban hành Quy chế công tác thi đua, khen thưởng của tỉnh cho phù hợp trước ngày Luật có hiệu lực. Đồng chí cũng lưu ý "thi đua phải thực chất, khen thưởng phải đúng người đúng việc", không để tình trạng "khen thưởng vòng tròn" trong các cơ quan.
Tại điểm cầu huyện Kim Bảng, ông Trần Văn Hải, Chủ tịch UBND xã Thanh Sơn, đề nghị sớm có hướng dẫn về khen thưởng đột xuất ở cấp xã, bởi mức tiền thưởng hiện nay cho giấy khen của Chủ tịch UBND xã chỉ khoảng 450.000 đồng. Ông Lê Minh Đức, Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ, cho biết Sở sẽ tổng hợp kiến nghị gửi Bộ Nội vụ trong quá trình xây dựng nghị định hướng dẫn.
Hội nghị là dịp để cán bộ làm công tác thi đua ở các cấp nắm vững những điểm mới của Luật, từ đó tham mưu tổ chức các phong trào thi đua thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.
Minh Hoa
Bài viết liên quan
- Hà Nam: tổng kết 10 năm thực hiện Chỉ thị 39-CT/TW (20/10/2022)
- Duy Tiên biểu dương 45 điển hình tiên tiến (12/10/2022)
- Sở Nội vụ kiểm tra công vụ tại huyện Lý Nhân (30/09/2022)
""", "2022-11-30", "Triển khai Luật Thi đua, khen thưởng năm 2022",
E("hoi_nghi", "2022", "2022-11-29"),
[P("Trần Xuân Dưỡng", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"),
 P("Phạm Huy Bình", "Vụ trưởng Vụ Pháp chế", "Ban Thi đua - Khen thưởng Trung ương"),
 P("Đinh Thị Vân Anh", "Giám đốc Sở Nội vụ"),
 P("Trần Văn Hải", "Chủ tịch UBND xã Thanh Sơn"),
 P("Lê Minh Đức", "Trưởng ban Thi đua - Khen thưởng", "Sở Nội vụ")],
[Q("6 điểm cầu huyện, thị xã, thành phố", 6, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 700 đại biểu", 700, "đại biểu", "over"),
 Q("8 chương", 8, "chương"), Q("96 điều", 96, "điều"), Q("64 phong trào thi đua theo chuyên đề", 64, "phong trào thi đua theo chuyên đề"),
 Q("214 cán bộ, công chức", 214, "cán bộ, công chức"), Q("trên 52%", 52, "%", "over"), Q("khoảng 450.000 đồng", 450000, "đồng", "approx")],
[D("Luật", "06", "2022/QH15", None, "Quốc hội", "Luật Thi đua, khen thưởng số 06/2022/QH15"),
 D("Kế hoạch", "2156", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2156/KH-UBND của UBND tỉnh"),
 D("Quyết định", "1847", "QĐ-TTg", None, None, "Quyết định số 1847/QĐ-TTg"),
 D("Quyết định", "27", "2018/QĐ-UBND", None, None, "Quyết định số 27/2018/QĐ-UBND")],
[prov("Hà Nam"), com("Thanh Sơn")],
["BÁO HÀ NAM ĐIỆN TỬ", "Tin tức | Thời sự | Chính trị", "Quang cảnh hội nghị tại điểm cầu tỉnh.", "Chiến sĩ thi đua cơ sở",
 "khen thưởng vòng tròn", "thi đua phải thực chất, khen thưởng phải đúng người đúng việc", "Đề án văn hóa công vụ"],
["30 tháng 11, 2022 | 10:15", "năm 2022", "khóa XV", "kỳ họp thứ 3", "ngày 01/01/2024", "năm 2022"]))

PAGES.append(page("b7580-angiang-sonoivu-giaoban-thang8-2022", """
Báo An Giang Online
Chính trị - Xây dựng Đảng » Cải cách hành chính
Cập nhật: 06/09/2022 08:45
Sở Nội vụ giao ban tháng 8: siết kỷ cương, không để hồ sơ trễ hẹn
Ngày 05/9, Sở Nội vụ An Giang tổ chức giao ban đánh giá kết quả công tác tháng 8/2022, triển khai nhiệm vụ tháng 9. Ông Nguyễn Văn Phước, Giám đốc Sở Nội vụ chủ trì; dự có trưởng các phòng, ban, chi cục và đại diện phòng Nội vụ 11 huyện, thị xã, thành phố.
Trong tháng 8, Sở đã tham mưu UBND tỉnh ban hành Chỉ thị số 08/CT-UBND về tăng cường kỷ luật, kỷ cương hành chính và văn hóa công vụ, sau khi Tỉnh ủy có Kết luận 216, 217-KL/TU về chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm của cán bộ, công chức. Đoàn kiểm tra công vụ của tỉnh đã kiểm tra đột xuất 5 cơ quan và 8 xã, phường; nhắc nhở 13 công chức đi trễ, không đeo thẻ; đề nghị kiểm điểm 2 công chức để hồ sơ của dân trễ hẹn.
Tỷ lệ hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trong tháng là 1,8%, giảm 0,6% so với tháng 7. Tuy nhiên, tại một số xã như Vĩnh Trung, Nhơn Hội, người dân vẫn phản ánh phải chờ đợi lâu, hướng dẫn chưa đầy đủ.
Bà Chau Thị Sóc Kha, Trưởng phòng Công chức, viên chức, cho biết tháng 8 đã hoàn thành đánh giá, xếp loại chất lượng 6 tháng đầu năm với 1.245 công chức cấp xã; có 37 người không hoàn thành nhiệm vụ. Ông Trần Thanh Hùng, Phó Giám đốc Sở, Trưởng ban Thi đua - Khen thưởng, thông tin về việc chuẩn bị khen thưởng chuyên đề "Tuổi trẻ An Giang xung kích chuyển đổi số" và xét tặng danh hiệu thi đua cuối năm.
Kết luận giao ban, ông Nguyễn Văn Phước yêu cầu tháng 9 các phòng tập trung hoàn thành đề án sắp xếp đơn vị hành chính cấp xã; Thanh tra Sở tăng cường kiểm tra công vụ theo Kế hoạch số 96/KH-SNV, công khai kết quả hằng tháng; mỗi công chức phải là "một đại sứ văn hóa công vụ" ở nơi làm việc. Giám đốc Sở cũng chỉ đạo chuẩn bị hội nghị sơ kết 3 năm thực hiện Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ vào quý IV.
Cũng tại buổi giao ban, các phòng chuyên môn đã báo cáo tiến độ rà soát vị trí việc làm, tinh giản biên chế theo kế hoạch của tỉnh, đồng thời đề xuất bổ sung kinh phí tổ chức lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại bộ phận một cửa các cấp trong năm 2023. Các ý kiến đề xuất đã được Giám đốc Sở giao Văn phòng tổng hợp, trình lãnh đạo Sở xem xét tại phiên giao ban tháng 9.
Hữu Huynh
Tin cùng chuyên mục
- Chợ Mới: 30 công chức một cửa được bồi dưỡng kỹ năng giao tiếp (29/08/2022)
- An Giang công bố chỉ số hài lòng năm 2021 (15/08/2022)
- Sở Nội vụ giao ban tháng 7 (04/08/2022)
""", "2022-09-06", "Sở Nội vụ giao ban tháng 8: siết kỷ cương, không để hồ sơ trễ hẹn",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Nguyễn Văn Phước", "Giám đốc Sở Nội vụ"),
 P("Chau Thị Sóc Kha", "Trưởng phòng Công chức, viên chức"),
 P("Trần Thanh Hùng", "Phó Giám đốc Sở", "Trưởng ban Thi đua - Khen thưởng")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("5 cơ quan", 5, "cơ quan"), Q("8 xã, phường", 8, "xã, phường"),
 Q("13 công chức", 13, "công chức"), Q("2 công chức", 2, "công chức"), Q("1,8%", 1.8, "%"), Q("0,6%", 0.6, "%"),
 Q("1.245 công chức cấp xã", 1245, "công chức cấp xã"), Q("37 người", 37, "người")],
[D("Chỉ thị", "08", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 08/CT-UBND"),
 D("Kết luận", "216", "KL/TU", None, "Tỉnh ủy", "Kết luận 216, 217-KL/TU"),
 D("Kết luận", "217", "KL/TU", None, "Tỉnh ủy", "Kết luận 216, 217-KL/TU"),
 D("Kế hoạch", "96", "KH-SNV", None, None, "Kế hoạch số 96/KH-SNV"),
 D("Quyết định", "1847", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("An Giang"), com("Vĩnh Trung"), com("Nhơn Hội")],
["Báo An Giang Online", "Chính trị - Xây dựng Đảng » Cải cách hành chính", "Tuổi trẻ An Giang xung kích chuyển đổi số",
 "một đại sứ văn hóa công vụ", "Hệ thống thông tin giải quyết thủ tục hành chính"],
["Cập nhật: 06/09/2022 08:45", "tháng 8/2022", "tháng 9", "tháng 7", "6 tháng đầu năm", "3 năm", "quý IV", "năm 2023"]))

PAGES.append(page("b7581-ninhthuan-taphuan-motcua-2023", """
NINH THUẬN ONLINE
Trang chủ / Xã hội / Cải cách hành chính
Thứ Năm, 24/08/2023 - 08:00
Học viên thực hành tình huống giao tiếp với người dân. Ảnh: Văn Miên
Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức một cửa cấp xã
Từ ngày 22 đến 23/8, Sở Nội vụ phối hợp Trường Chính trị tỉnh tổ chức lớp tập huấn kỹ năng giao tiếp, ứng xử và văn hóa công vụ năm 2023 cho 120 công chức làm việc tại bộ phận tiếp nhận và trả kết quả của 65 xã, phường, thị trấn trong tỉnh.
Phát biểu khai mạc, ông Đàng Thành Hậu, Phó Giám đốc Sở Nội vụ, cho biết: năm 2022, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tỉnh chỉ đạt 82,1%, trong đó tiêu chí "thái độ, ứng xử của công chức" có điểm thấp nhất. Vì vậy, lớp tập huấn nhằm cụ thể hóa Kế hoạch số 3307/KH-UBND của UBND tỉnh về thực hiện văn hóa công vụ giai đoạn 2023 - 2025 và Quyết định 1847/QĐ-TTg.
Trong 2 ngày, học viên được giảng viên Trường Chính trị tỉnh và chuyên gia tâm lý hướng dẫn các chuyên đề: chuẩn mực đạo đức công vụ theo Luật Cán bộ, công chức; kỹ năng lắng nghe, xử lý tình huống khi người dân bức xúc; ứng xử với người cao tuổi, người khuyết tật và đồng bào Chăm, Raglai không thạo tiếng Việt. Học viên cũng được giới thiệu Thông tư số 01/2023/TT-VPCP của Văn phòng Chính phủ quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
Chị Thập Thị Mỹ Linh, công chức Văn phòng - Thống kê xã Phước Hà, huyện Thuận Nam chia sẻ, nhiều bà con Raglai đến xã làm giấy tờ còn e ngại, có khi đứng ngoài cửa rất lâu mới vào. "Sau lớp học, em sẽ chủ động ra đón, hướng dẫn bằng tiếng Raglai để bà con yên tâm". Anh Katơr Hữu Nghĩa, công chức Tư pháp - Hộ tịch xã Phước Đại, huyện Bác Ái, đề nghị bố trí thêm phiên dịch tại các xã vùng cao.
Kết thúc lớp tập huấn, 118 học viên được cấp giấy chứng nhận. Bà Nguyễn Thị Hồng Thắm, Trưởng phòng Cải cách hành chính Sở Nội vụ, cho biết kinh phí tổ chức lớp khoảng 95 triệu đồng từ ngân sách tỉnh; cuối năm Sở sẽ khảo sát để đánh giá chuyển biến sau tập huấn, gắn với bình xét danh hiệu thi đua của từng xã.
Theo kế hoạch, năm 2024 Sở Nội vụ tiếp tục mở các lớp tương tự cho công chức cấp huyện và viên chức các đơn vị sự nghiệp có giao dịch trực tiếp với người dân như bệnh viện, trường học, trung tâm dịch vụ việc làm trên địa bàn tỉnh Ninh Thuận.
Văn Miên
Tin khác
- Ninh Thuận: khen thưởng 18 công chức một cửa tiêu biểu (10/08/2023)
- Phan Rang - Tháp Chàm ứng dụng chấm điểm công chức qua QR code (01/08/2023)
- Hội nghị công bố chỉ số CCHC năm 2022 (20/07/2023)
""", "2023-08-24", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức một cửa cấp xã",
E("tap_huan", "2023", "2023-08-22"),
[P("Đàng Thành Hậu", "Phó Giám đốc Sở Nội vụ"),
 P("Thập Thị Mỹ Linh", "công chức Văn phòng - Thống kê xã Phước Hà"),
 P("Katơr Hữu Nghĩa", "công chức Tư pháp - Hộ tịch xã Phước Đại"),
 P("Nguyễn Thị Hồng Thắm", "Trưởng phòng Cải cách hành chính Sở Nội vụ")],
[Q("120 công chức", 120, "công chức"), Q("65 xã, phường, thị trấn", 65, "xã, phường, thị trấn"), Q("82,1%", 82.1, "%"),
 Q("118 học viên", 118, "học viên"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx")],
[D("Kế hoạch", "3307", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3307/KH-UBND của UBND tỉnh"),
 D("Quyết định", "1847", "QĐ-TTg", None, None, "Quyết định 1847/QĐ-TTg"),
 D("Thông tư", "01", "2023/TT-VPCP", None, "Văn phòng Chính phủ", "Thông tư số 01/2023/TT-VPCP của Văn phòng Chính phủ")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Đại")],
["NINH THUẬN ONLINE", "Trang chủ / Xã hội / Cải cách hành chính", "Học viên thực hành tình huống giao tiếp với người dân. Ảnh: Văn Miên",
 "thái độ, ứng xử của công chức", "Luật Cán bộ, công chức", "Trường Chính trị tỉnh"],
["Thứ Năm, 24/08/2023 - 08:00", "năm 2023", "năm 2022", "giai đoạn 2023 - 2025", "2 ngày", "năm 2024"]))

PAGES.append(page("b7582-quangtri-mttq-giamsat-motcua-2023", """
Quảng Trị Online - Báo Quảng Trị
Chính trị | Mặt trận - Đoàn thể
05/10/2023 09:12
Ủy ban MTTQ Việt Nam tỉnh giám sát thực hiện văn hóa công vụ tại bộ phận một cửa
QTO - Ngày 04/10/2023, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện văn hóa công vụ, quy tắc ứng xử của cán bộ, công chức tại bộ phận tiếp nhận và trả kết quả thị xã Quảng Trị và phường An Đôn.
Đây là một trong 3 cuộc giám sát chuyên đề năm 2023 của Ủy ban MTTQ tỉnh, thực hiện theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Cùng tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Thị Bích Thủy, Lê Văn Quang.
Theo báo cáo của UBND thị xã, từ đầu năm đến ngày 30/9/2023, bộ phận một cửa thị xã và 5 xã, phường đã tiếp nhận 9.734 hồ sơ, giải quyết đúng hạn 9.690 hồ sơ; 44 hồ sơ trễ hạn đều đã có văn bản xin lỗi người dân. Thị xã tổ chức 2 đợt lấy phiếu khảo sát mức độ hài lòng với gần 600 phiếu, kết quả hài lòng trên 95%.
Tại buổi giám sát, bà Lê Thị Kim Hoa, Chủ tịch UBND phường An Đôn, cho biết phường đã niêm yết số điện thoại của Chủ tịch UBND phường để người dân phản ánh trực tiếp; triển khai mô hình "Cán bộ phường lắng nghe dân nói" gắn với phong trào thi đua "Quảng Trị chung tay cải cách hành chính". Ông Trần Công Đạt, Trưởng ban Công tác Mặt trận khu phố 1, phản ánh một số hồ sơ đất đai của người dân vẫn phải đi lại nhiều lần.
Đoàn giám sát ghi nhận các cơ quan đã thực hiện khá tốt Quy chế văn hóa công sở theo Quyết định số 129/2007/QĐ-TTg; song vẫn còn tình trạng công chức chưa mặc đồng phục, chưa đeo thẻ, có nơi chưa bố trí ghế ngồi chờ, nước uống cho người dân.
Kết luận, bà Nguyễn Thị Hương đề nghị UBND thị xã chỉ đạo rà soát, công khai thủ tục; xử lý dứt điểm các hồ sơ tồn đọng; tăng cường kiểm tra công vụ; Ủy ban MTTQ thị xã và các tổ chức thành viên tiếp tục phát huy vai trò giám sát của nhân dân thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Đoàn giám sát cũng kiến nghị UBND tỉnh sớm đầu tư nâng cấp đường truyền, trang thiết bị cho bộ phận một cửa các xã, phường, tạo thuận lợi cho người dân khi thực hiện dịch vụ công trực tuyến.
Thanh Trúc
Các tin khác
- Mặt trận tỉnh giám sát việc thực hiện chính sách BHYT (28/09/2023)
- Hội nghị phản biện dự thảo quy định về hỗ trợ người có uy tín (20/09/2023)
- Gio Linh: 12 khu dân cư đạt chuẩn văn hóa (12/09/2023)
""", "2023-10-05", "Ủy ban MTTQ Việt Nam tỉnh giám sát thực hiện văn hóa công vụ tại bộ phận một cửa",
E("giam_sat", "2023", "2023-10-04"),
[P("Nguyễn Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Kim Hoa", "Chủ tịch UBND phường An Đôn"),
 P("Trần Công Đạt", "Trưởng ban Công tác Mặt trận khu phố 1")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("5 xã, phường", 5, "xã, phường"), Q("9.734 hồ sơ", 9734, "hồ sơ"),
 Q("9.690 hồ sơ", 9690, "hồ sơ"), Q("44 hồ sơ trễ hạn", 44, "hồ sơ trễ hạn"), Q("2 đợt lấy phiếu khảo sát", 2, "đợt lấy phiếu khảo sát"),
 Q("gần 600 phiếu", 600, "phiếu", "approx"), Q("trên 95%", 95, "%", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "129", "2007/QĐ-TTg", None, None, "Quyết định số 129/2007/QĐ-TTg")],
[prov("Quảng Trị"), com("An Đôn")],
["Quảng Trị Online - Báo Quảng Trị", "Chính trị | Mặt trận - Đoàn thể", "QTO", "Cán bộ phường lắng nghe dân nói",
 "Quảng Trị chung tay cải cách hành chính", "Quy chế văn hóa công sở", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng"],
["05/10/2023 09:12", "năm 2023", "ngày 30/9/2023", "khu phố 1"]))
