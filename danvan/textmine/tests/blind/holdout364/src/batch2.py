from lib import *
PAGES = []

PAGES.append(page("b8699-bentre-xa-baocao-2016", """
UBND XÃ PHƯỚC LONG - HUYỆN GIỒNG TRÔM - TỈNH BẾN TRE
Trang chủ › Tin tức - Sự kiện › Lao động - Thương binh và Xã hội
Thứ Ba, 20/12/2016
Kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2016 theo chuẩn nghèo đa chiều
Ngày 16/12/2016, UBND xã Phước Long (huyện Giồng Trôm, tỉnh Bến Tre) ban hành Báo cáo số 152/BC-UBND về kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2016. Đây là năm đầu tiên xã rà soát theo chuẩn nghèo tiếp cận đa chiều giai đoạn 2016 - 2020 ban hành kèm theo Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ.
Theo báo cáo, việc rà soát được thực hiện đúng quy trình hướng dẫn tại Thông tư số 17/2016/TT-BLĐTBXH ngày 28/6/2016 của Bộ Lao động - Thương binh và Xã hội. Xã thành lập 6 tổ rà soát ở 6 ấp, mỗi tổ có trưởng ấp, chi hội trưởng Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Đoàn Thanh niên; Ban công tác Mặt trận các ấp chủ trì họp dân bình xét với 1.126 lượt hộ tham dự.
Kết quả, toàn xã có 2.304 hộ với 8.912 nhân khẩu; hộ nghèo 116 hộ, chiếm 5,03%; hộ cận nghèo 143 hộ, chiếm 6,21%. So với đầu năm, hộ nghèo giảm 39 hộ. Cụ thể từng ấp: ấp Phước Hòa 412 hộ, hộ nghèo 18 hộ (4,37%); ấp Phước Lợi 388 hộ, hộ nghèo 24 hộ (6,19%); ấp Phước Thạnh 405 hộ, hộ nghèo 15 hộ (3,7%); ấp Phước Tây 376 hộ, hộ nghèo 29 hộ (7,71%); các ấp còn lại có 30 hộ nghèo.
Về mức độ thiếu hụt các dịch vụ xã hội cơ bản, chỉ số thiếu hụt nhiều nhất là bảo hiểm y tế (74 hộ), tiếp đến là nguồn nước sinh hoạt (52 hộ) và trình độ giáo dục của người lớn (47 hộ). Có 21 hộ nghèo không có khả năng lao động, chủ yếu là người cao tuổi sống một mình.
Ông Trần Văn Bé Tư, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, Mặt trận đã giám sát toàn bộ 6 cuộc họp dân, tiếp nhận 3 ý kiến thắc mắc và phối hợp phúc tra ngay, không để phát sinh khiếu nại. "Nhiều hộ xin ra khỏi danh sách hộ nghèo khi thấy thu nhập đã khá lên, đó là điều đáng mừng", ông nói. Bà Huỳnh Thị Kim Cúc, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết hội sẽ vận động hội viên giúp 12 hộ nghèo do phụ nữ làm chủ hộ vay vốn nuôi bò.
Theo Phó Chủ tịch UBND xã Lê Thị Mỹ Hạnh, kết quả đã được niêm yết công khai tại trụ sở ấp và trình UBND huyện phê duyệt. Năm 2017, xã phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 4%; mỗi đoàn thể nhận giúp đỡ ít nhất 2 hộ nghèo; Quỹ "Vì người nghèo" của xã hiện có 86 triệu đồng sẽ ưu tiên sửa chữa nhà cho hộ nghèo.
Văn phòng UBND xã
Tin khác
- Xã Phước Long ra quân trồng cây xanh (02/12/2016)
- Hội nghị tiếp xúc cử tri kỳ họp cuối năm 2016 (25/11/2016)
- Trao 45 phần quà cho hộ nghèo nhân Ngày vì người nghèo (17/10/2016)
""", "2016-12-20", "Kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2016 theo chuẩn nghèo đa chiều",
E("bao_cao", "2016", "2016-12-16"),
[P("Trần Văn Bé Tư", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Huỳnh Thị Kim Cúc", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch UBND xã")],
[Q("6 tổ rà soát", 6, "tổ rà soát"), Q("6 ấp", 6, "ấp"), Q("1.126 lượt hộ", 1126, "lượt hộ"),
 Q("2.304 hộ", 2304, "hộ"), Q("8.912 nhân khẩu", 8912, "nhân khẩu"), Q("116 hộ", 116, "hộ"), Q("5,03%", 5.03, "%"),
 Q("143 hộ", 143, "hộ"), Q("6,21%", 6.21, "%"), Q("39 hộ", 39, "hộ"),
 Q("412 hộ", 412, "hộ"), Q("18 hộ", 18, "hộ"), Q("4,37%", 4.37, "%"),
 Q("388 hộ", 388, "hộ"), Q("24 hộ", 24, "hộ"), Q("6,19%", 6.19, "%"),
 Q("405 hộ", 405, "hộ"), Q("15 hộ", 15, "hộ"), Q("3,7%", 3.7, "%"),
 Q("376 hộ", 376, "hộ"), Q("29 hộ", 29, "hộ"), Q("7,71%", 7.71, "%"), Q("30 hộ nghèo", 30, "hộ nghèo"),
 Q("74 hộ", 74, "hộ"), Q("52 hộ", 52, "hộ"), Q("47 hộ", 47, "hộ"), Q("21 hộ nghèo", 21, "hộ nghèo"),
 Q("6 cuộc họp dân", 6, "cuộc họp dân"), Q("3 ý kiến thắc mắc", 3, "ý kiến thắc mắc"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("dưới 4%", 4, "%"), Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo", "over"),
 Q("86 triệu đồng", 86000000, "đồng")],
[D("Báo cáo", "152", "BC-UBND", "2016-12-16", "UBND xã Phước Long", "Báo cáo số 152/BC-UBND"),
 D("Quyết định", "59", "2015/QĐ-TTg", "2015-11-19", "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015"),
 D("Thông tư", "17", "2016/TT-BLĐTBXH", "2016-06-28", "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 17/2016/TT-BLĐTBXH ngày 28/6/2016")],
[prov("Bến Tre"), com("Phước Long")],
["UBND XÃ PHƯỚC LONG - HUYỆN GIỒNG TRÔM - TỈNH BẾN TRE", "Trang chủ › Tin tức - Sự kiện › Lao động - Thương binh và Xã hội",
 "Vì người nghèo", "Văn phòng UBND xã", "ấp Phước Hòa", "ấp Phước Lợi", "ấp Phước Thạnh", "ấp Phước Tây"],
["Thứ Ba, 20/12/2016", "năm 2016", "giai đoạn 2016 - 2020", "Năm 2017"]))

PAGES.append(page("b8700-hoabinh-huyen-doithoai-2017", """
Báo Hòa Bình điện tử
Chính trị - Xây dựng Đảng | Dân vận
Ngày đăng 24/11/2017 | 16:20
Hôm nay: Thứ Hai, 27/11/2017
Đà Bắc: Đối thoại với nhân dân xã Tiền Phong về bình xét hộ nghèo
(BHB) - Ngày 22/11/2017, Huyện ủy, UBND huyện Đà Bắc phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Tiền Phong về kết quả điều tra, rà soát hộ nghèo năm 2017. Đây là cuộc đối thoại thứ 3 trong năm 2017 theo Kế hoạch số 126-KH/HU ngày 05/9/2017 của Ban Thường vụ Huyện ủy. Dự hội nghị có hơn 150 người dân đại diện cho 11 xóm.
Đồng chí Quách Văn Hiền, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Đinh Thị Lụa, Chủ tịch Ủy ban MTTQ huyện đồng chủ trì.
Báo cáo của UBND xã cho biết, Tiền Phong có 1.032 hộ, qua rà soát theo Quyết định số 59/2015/QĐ-TTg còn 487 hộ nghèo, chiếm 47,2%, và 165 hộ cận nghèo. Theo chuẩn nghèo đa chiều, hộ nghèo ở nông thôn là hộ có thu nhập bình quân từ 700.000 đồng/người/tháng trở xuống, hoặc trên 700.000 đồng đến 1 triệu đồng và thiếu hụt từ 3 chỉ số trở lên.
Tại hội nghị, 18 ý kiến của người dân tập trung vào việc bình xét. Ông Bàn Văn Chấn, xóm Suối Lớn, hỏi vì sao gia đình có 2 người đi làm công ty ở Hòa Bình vẫn được đưa vào danh sách cận nghèo trong khi nhiều hộ khác khó khăn hơn. Bà Xa Thị Hằng, xóm Mít, đề nghị công khai điểm chấm của từng hộ để bà con so sánh. Ông Lò Văn Nghiêm, Trưởng xóm Bưa, phản ánh có hộ chia tách hộ để được hưởng chính sách.
Trả lời các ý kiến, đồng chí Quách Văn Hiền khẳng định việc chấm điểm dựa trên phiếu điều tra, thu nhập được tính cả từ tiền lương, trồng rừng, chăn nuôi; trường hợp có sai sót, UBND xã phải phúc tra trong 10 ngày. Đồng chí Xa Văn Hưng, Chủ tịch UBND xã Tiền Phong, nhận trách nhiệm về việc 9 hộ chưa được thông báo kết quả chấm điểm và cam kết niêm yết công khai bảng điểm tại nhà văn hóa các xóm.
Đồng chí Đinh Thị Lụa đề nghị Ban công tác Mặt trận các xóm giám sát chặt việc tách hộ, kịp thời phản ánh lên xã. Kết thúc hội nghị, lãnh đạo huyện giao Phòng Lao động - Thương binh và Xã hội phối hợp với xã phúc tra 14 hộ có ý kiến, báo cáo kết quả trước ngày 5/12/2017.
Năm 2017, huyện Đà Bắc có 20 xã, thị trấn với tỷ lệ hộ nghèo chung 38,6%, là một trong những huyện nghèo theo Nghị quyết 30a. Những năm qua, Mặt trận và các đoàn thể đã vận động xây dựng 215 nhà Đại đoàn kết, trị giá hơn 8,6 tỷ đồng.
Đinh Thắng
Tin liên quan
- Mai Châu: Đối thoại về bồi thường giải phóng mặt bằng (10/11/2017)
- Hội Nông dân tỉnh tập huấn nghiệp vụ công tác Hội (02/11/2017)
- Kỳ Sơn: Hơn 400 hộ thoát nghèo bền vững (24/10/2017)
""", "2017-11-24", "Đà Bắc: Đối thoại với nhân dân xã Tiền Phong về bình xét hộ nghèo",
E("doi_thoai", "2017", "2017-11-22"),
[P("Quách Văn Hiền", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đinh Thị Lụa", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Bàn Văn Chấn"),
 P("Xa Thị Hằng"),
 P("Lò Văn Nghiêm", "Trưởng xóm Bưa"),
 P("Xa Văn Hưng", "Chủ tịch UBND xã Tiền Phong")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("11 xóm", 11, "xóm"), Q("1.032 hộ", 1032, "hộ"),
 Q("487 hộ nghèo", 487, "hộ nghèo"), Q("47,2%", 47.2, "%"), Q("165 hộ cận nghèo", 165, "hộ cận nghèo"),
 Q("700.000 đồng", 700000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("từ 3 chỉ số trở lên", 3, "chỉ số", "over"),
 Q("18 ý kiến", 18, "ý kiến"), Q("2 người", 2, "người"), Q("9 hộ", 9, "hộ"), Q("14 hộ", 14, "hộ"),
 Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("38,6%", 38.6, "%"), Q("215 nhà Đại đoàn kết", 215, "nhà Đại đoàn kết"),
 Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over")],
[D("Kế hoạch", "126", "KH/HU", "2017-09-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 126-KH/HU ngày 05/9/2017"),
 D("Quyết định", "59", "2015/QĐ-TTg", None, None, "Quyết định số 59/2015/QĐ-TTg")],
[prov("Hòa Bình"), com("Tiền Phong")],
["Báo Hòa Bình điện tử", "Chính trị - Xây dựng Đảng | Dân vận", "(BHB)", "Hôm nay: Thứ Hai, 27/11/2017",
 "Nghị quyết 30a", "xóm Suối Lớn", "xóm Mít", "Phòng Lao động - Thương binh và Xã hội"],
["Ngày đăng 24/11/2017 | 16:20", "Hôm nay: Thứ Hai, 27/11/2017", "thứ 3", "năm 2017", "10 ngày", "Nghị quyết 30a"]))

PAGES.append(page("b8701-laichau-hlhpn-taphuan-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAI CHÂU
Trang chủ - Tin hoạt động - Hội cơ sở
Thứ Sáu, 12/10/2018 - 08:50
Ảnh: Các học viên thực hành điền phiếu rà soát.
Tập huấn kỹ năng tham gia rà soát hộ nghèo cho chi hội trưởng phụ nữ bản
Trong 2 ngày 10 - 11/10/2018, Hội Liên hiệp Phụ nữ tỉnh Lai Châu tổ chức lớp tập huấn kỹ năng tham gia điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2018 cho 85 chi hội trưởng phụ nữ bản thuộc huyện Sìn Hồ và huyện Mường Tè.
Theo Ban tổ chức, đây là lần đầu tiên Hội LHPN tỉnh mở lớp tập huấn riêng về rà soát hộ nghèo cho cán bộ chi hội. Những năm trước, chi hội trưởng chỉ được mời dự họp bình xét mà không trực tiếp đến hộ, nên nhiều trường hợp phụ nữ đơn thân, hộ có người khuyết tật chưa được phản ánh đầy đủ trong phiếu.
Dự và khai mạc lớp tập huấn có đồng chí Tao Thị Thanh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh. Cùng dự có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Lò Thị Hoan, Chu Thị Ngà.
Phát biểu khai mạc, đồng chí Tao Thị Thanh cho biết cuối năm 2017 toàn tỉnh còn 31.270 hộ nghèo, chiếm 37,07%; phụ nữ là chủ hộ ở 6.840 hộ nghèo. Chi hội trưởng phụ nữ là người sát dân nhất, nhiều chị kiêm tổ trưởng tổ vay vốn, nắm rõ từng hộ thiếu ăn, thiếu đất sản xuất, có con bỏ học, vì vậy cần được trang bị kỹ năng phỏng vấn, ghi phiếu và giải thích chính sách.
Giảng viên là bà Vàng Thị Sua, Trưởng phòng Bảo trợ xã hội - Giảm nghèo Sở Lao động - Thương binh và Xã hội, giới thiệu các bước rà soát theo Thông tư số 17/2016/TT-BLĐTBXH ngày 28/6/2016 của Bộ Lao động - Thương binh và Xã hội và Kế hoạch số 1650/KH-UBND ngày 14/8/2018 của UBND tỉnh về rà soát hộ nghèo năm 2018. Học viên được thực hành với 2 mẫu phiếu: phiếu nhận dạng nhanh đặc điểm hộ và phiếu rà soát xác định thu nhập, thiếu hụt.
Chị Lỳ Thị Xá, Chi hội trưởng phụ nữ bản Nậm Sảo, xã Ka Lăng, chia sẻ: "Bản em toàn người Hà Nhì, nhiều chị không nói được tiếng phổ thông. Học xong em sẽ dịch phiếu cho chị em hiểu, không ai phải khai sai nữa". Chị Giàng Thị Dợ, Chủ tịch Hội LHPN xã Pa Tần, đề nghị in tài liệu tranh ảnh cho hội viên không biết chữ.
Cũng tại lớp học, Hội LHPN tỉnh phổ biến Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025". Năm 2018, các cấp Hội đã hỗ trợ 300 phụ nữ khởi nghiệp, lựa chọn 42 ý tưởng khởi nghiệp tham gia cuộc thi cấp tỉnh; giúp 1.120 hội viên nghèo vay vốn với tổng số tiền 35,4 tỷ đồng.
Kết thúc lớp tập huấn, các học viên sẽ trực tiếp tham gia tổ rà soát ở 79 bản từ ngày 15/10. Hội LHPN tỉnh hỗ trợ mỗi chi hội 200.000 đồng để in tài liệu tuyên truyền bằng tranh.
Tẩn Thị Mẩy
Tin liên quan
- Phong Thổ: Ra mắt 5 tổ phụ nữ tiết kiệm vay vốn (02/10/2018)
- Hội LHPN tỉnh trao 40 con bò giống cho hộ nghèo (18/09/2018)
- Tân Uyên: Phụ nữ tham gia xây dựng nông thôn mới (05/09/2018)
""", "2018-10-12", "Tập huấn kỹ năng tham gia rà soát hộ nghèo cho chi hội trưởng phụ nữ bản",
E("tap_huan", "2018", "2018-10-10"),
[P("Tao Thị Thanh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Hoan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Chu Thị Ngà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Sua", "Trưởng phòng Bảo trợ xã hội - Giảm nghèo Sở Lao động - Thương binh và Xã hội"),
 P("Lỳ Thị Xá", "Chi hội trưởng phụ nữ bản Nậm Sảo"),
 P("Giàng Thị Dợ", "Chủ tịch Hội LHPN xã Pa Tần")],
[Q("85 chi hội trưởng phụ nữ bản", 85, "chi hội trưởng phụ nữ bản"), Q("31.270 hộ nghèo", 31270, "hộ nghèo"),
 Q("37,07%", 37.07, "%"), Q("6.840 hộ nghèo", 6840, "hộ nghèo"), Q("2 mẫu phiếu", 2, "mẫu phiếu"),
 Q("300 phụ nữ", 300, "phụ nữ"), Q("42 ý tưởng khởi nghiệp", 42, "ý tưởng khởi nghiệp"),
 Q("1.120 hội viên nghèo", 1120, "hội viên nghèo"), Q("35,4 tỷ đồng", 35400000000, "đồng"),
 Q("79 bản", 79, "bản"), Q("200.000 đồng", 200000, "đồng")],
[D("Thông tư", "17", "2016/TT-BLĐTBXH", "2016-06-28", "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 17/2016/TT-BLĐTBXH ngày 28/6/2016"),
 D("Kế hoạch", "1650", "KH-UBND", "2018-08-14", "UBND tỉnh", "Kế hoạch số 1650/KH-UBND ngày 14/8/2018"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017")],
[prov("Lai Châu"), com("Ka Lăng"), com("Pa Tần")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAI CHÂU", "Trang chủ - Tin hoạt động - Hội cơ sở", "Ảnh: Các học viên thực hành điền phiếu rà soát.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "bản Nậm Sảo"],
["Thứ Sáu, 12/10/2018 - 08:50", "2 ngày", "năm 2018", "cuối năm 2017", "giai đoạn 2017 - 2025", "ngày 15/10"]))

PAGES.append(page("b8702-quangtri-todanvan-bangke-2018", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ > Xã hội > Dân số - Gia đình
Cập nhật lúc 07:30 ngày 18/12/2018
Tổ dân vận khu phố giúp lập bảng kê chuẩn bị Tổng điều tra dân số và nhà ở
(QT) - Chỉ còn hơn 3 tháng nữa là đến thời điểm Tổng điều tra dân số và nhà ở năm 2019. Những ngày này, các tổ dân vận, chi hội phụ nữ, chi đoàn thanh niên ở nhiều khu phố, thôn, bản trên địa bàn tỉnh Quảng Trị đang cùng điều tra viên đi từng ngõ, gõ từng nhà để lập bảng kê số nhà, số hộ.
Ngày 15/12/2018, tại phường Đông Lương, thành phố Đông Hà, chúng tôi theo chân bà Trần Thị Thu Hà, Tổ trưởng tổ dân vận khu phố 5, cùng điều tra viên đến những dãy nhà trọ của công nhân. "Nhà trọ người đến người đi liên tục, nếu không có tổ dân vận biết mặt từng người thì rất dễ bỏ sót hoặc tính trùng", bà Hà nói. Khu phố 5 có 312 hộ, trong đó 46 hộ là người ở trọ.
Theo Kế hoạch số 98/KH-BCĐ ngày 20/9/2018 của Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh, việc lập bảng kê được thực hiện từ ngày 1/12/2018 đến ngày 31/01/2019 ở 1.582 địa bàn điều tra thuộc 141 xã, phường, thị trấn. Cuộc tổng điều tra được tổ chức theo Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ, lần đầu tiên ứng dụng công nghệ thông tin trong tất cả các khâu với phiếu điện tử trên thiết bị di động và phiếu trực tuyến.
Thực hiện Hướng dẫn số 31-HD/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận các huyện đã lồng ghép tuyên truyền trong các buổi sinh hoạt chi bộ, chi hội. Ở huyện Hướng Hóa, nơi có đông đồng bào Vân Kiều, Pa Kô, ông Hồ Văn Nhất, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng, cho biết xã đã huy động 24 người có uy tín tham gia dẫn đường cho tổ lập bảng kê ở 17 thôn.
Ông Lê Quang Thành, Cục trưởng Cục Thống kê, Phó Trưởng ban Thường trực Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh, cho biết toàn tỉnh dự kiến có khoảng 165.000 hộ với hơn 630.000 nhân khẩu; sẽ tuyển chọn khoảng 1.700 điều tra viên, 320 tổ trưởng. Mỗi điều tra viên được trang bị máy tính bảng hoặc điện thoại thông minh có cài phần mềm thu thập thông tin. Kinh phí cho cuộc tổng điều tra ở tỉnh khoảng 14,5 tỷ đồng.
Tại thị trấn Khe Sanh, Đoàn Thanh niên đã lập 8 đội hình hỗ trợ người dân kê khai phiếu trực tuyến. Anh Hồ Văn Lâm, Bí thư Đoàn thị trấn, nói các bạn trẻ sẽ đến từng hộ hướng dẫn cài đặt, đăng nhập trong tháng 4/2019.
Thanh Trúc
Tin liên quan
- Hội nghị tập huấn nghiệp vụ lập bảng kê cho tổ trưởng, điều tra viên (30/11/2018)
- Gio Linh: Người dân hiến hơn 3.000 m2 đất làm đường (21/11/2018)
- Tuyên truyền về Tổng điều tra dân số và nhà ở năm 2019 bằng pa nô, khẩu hiệu (14/11/2018)
""", "2018-12-18", "Tổ dân vận khu phố giúp lập bảng kê chuẩn bị Tổng điều tra dân số và nhà ở",
E("khac", None, "2018-12-15"),
[P("Trần Thị Thu Hà", "Tổ trưởng tổ dân vận khu phố 5"),
 P("Hồ Văn Nhất", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng"),
 P("Lê Quang Thành", "Cục trưởng Cục Thống kê", "Phó Trưởng ban Thường trực Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh"),
 P("Hồ Văn Lâm", "Bí thư Đoàn thị trấn")],
[Q("312 hộ", 312, "hộ"), Q("46 hộ", 46, "hộ"), Q("1.582 địa bàn điều tra", 1582, "địa bàn điều tra"),
 Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("24 người có uy tín", 24, "người có uy tín"),
 Q("17 thôn", 17, "thôn"), Q("khoảng 165.000 hộ", 165000, "hộ", "approx"),
 Q("hơn 630.000 nhân khẩu", 630000, "nhân khẩu", "over"), Q("khoảng 1.700 điều tra viên", 1700, "điều tra viên", "approx"),
 Q("320 tổ trưởng", 320, "tổ trưởng"), Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"),
 Q("8 đội hình", 8, "đội hình")],
[D("Kế hoạch", "98", "KH-BCĐ", "2018-09-20", "Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh", "Kế hoạch số 98/KH-BCĐ ngày 20/9/2018"),
 D("Quyết định", "772", "QĐ-TTg", "2018-06-26", "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg ngày 26/6/2018"),
 D("Hướng dẫn", "31", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU")],
[prov("Quảng Trị"), com("Đông Lương"), com("Hướng Phùng"), com("Khe Sanh")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ > Xã hội > Dân số - Gia đình", "(QT)", "Tổng điều tra dân số và nhà ở năm 2019"],
["Cập nhật lúc 07:30 ngày 18/12/2018", "hơn 3 tháng", "Khu phố 5", "năm 2019", "khu phố 5", "tháng 4/2019"]))

PAGES.append(page("b8703-thainguyen-bdv-hoinghi-2019", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Vị trí: Trang chủ » Hoạt động của Ban » Tin hoạt động
Thứ Năm, 14/03/2019 - 10:15
Đồng chí Ma Thị Nguyệt phát biểu tại hội nghị.
Khối dân vận triển khai tuyên truyền Tổng điều tra dân số và nhà ở năm 2019
Ngày 13/3/2019, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Cục Thống kê tỉnh Thái Nguyên phối hợp tổ chức hội nghị quán triệt, triển khai công tác tuyên truyền, vận động nhân dân tham gia Tổng điều tra dân số và nhà ở năm 2019 cho gần 200 cán bộ khối dân vận các huyện, thành phố, thị xã.
Dự hội nghị có đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lâm Văn Phục, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Văn Khánh, Cục trưởng Cục Thống kê tỉnh.
Theo Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ, thời điểm tổng điều tra là 0 giờ ngày 1/4/2019; thời gian thu thập thông tin từ ngày 1/4 đến hết ngày 25/4/2019. Đồng chí Hoàng Văn Khánh cho biết Thái Nguyên có 3.215 địa bàn điều tra với khoảng 360.000 hộ; tỉnh đã tuyển chọn hơn 3.000 điều tra viên và 645 tổ trưởng, tất cả được tập huấn sử dụng thiết bị điện tử. Đây là lần đầu người dân có thể tự kê khai phiếu trực tuyến trên trang thông tin của cuộc tổng điều tra.
Theo Kế hoạch liên tịch số 07/KHLT-MTTQ-CTK giữa Ban Thường trực Ủy ban MTTQ tỉnh và Cục Thống kê tỉnh, Mặt trận và các đoàn thể sẽ tuyên truyền tại 2.224 khu dân cư, vận động người dân ở nhà trong thời gian điều tra viên đến hộ, cung cấp thông tin trung thực; giám sát việc thu thập thông tin. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 425-CV/BDVTU ngày 05/3/2019 đề nghị các huyện ủy, thành ủy, thị ủy chỉ đạo khối dân vận cơ sở phối hợp thực hiện.
Tại hội nghị, đồng chí Triệu Thị Vẩy, Trưởng Ban Dân vận Huyện ủy Định Hóa, nêu kinh nghiệm ở xã Phú Đình: các chi hội trưởng phụ nữ, nông dân nhận "đỡ đầu" từng cụm dân cư để điều tra viên không bỏ sót hộ. Đồng chí Dương Văn Quý, Phó Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn sẽ thành lập 180 đội thanh niên tình nguyện hướng dẫn người dân kê khai trực tuyến, ưu tiên các phường của thành phố Thái Nguyên và thành phố Sông Công.
Kết luận hội nghị, đồng chí Ma Thị Nguyệt đề nghị khối dân vận coi việc vận động nhân dân tham gia tổng điều tra là nhiệm vụ chính trị trọng tâm của tháng 3 và tháng 4; các địa phương báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 10/5/2019.
Phạm Hằng
Tin liên quan
- Giao ban khối dân vận quý I năm 2019 (08/03/2019)
- Đồng Hỷ: Ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (26/02/2019)
- Tổng kết công tác dân vận năm 2018 (10/01/2019)
""", "2019-03-14", "Khối dân vận triển khai tuyên truyền Tổng điều tra dân số và nhà ở năm 2019",
E("hoi_nghi", "2019", "2019-03-13"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Phục", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Khánh", "Cục trưởng Cục Thống kê tỉnh"),
 P("Triệu Thị Vẩy", "Trưởng Ban Dân vận Huyện ủy Định Hóa"),
 P("Dương Văn Quý", "Phó Bí thư Tỉnh đoàn")],
[Q("gần 200 cán bộ", 200, "cán bộ", "approx"), Q("3.215 địa bàn điều tra", 3215, "địa bàn điều tra"),
 Q("khoảng 360.000 hộ", 360000, "hộ", "approx"), Q("hơn 3.000 điều tra viên", 3000, "điều tra viên", "over"),
 Q("645 tổ trưởng", 645, "tổ trưởng"), Q("2.224 khu dân cư", 2224, "khu dân cư"),
 Q("180 đội thanh niên tình nguyện", 180, "đội thanh niên tình nguyện")],
[D("Quyết định", "772", "QĐ-TTg", "2018-06-26", "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg ngày 26/6/2018"),
 D("Kế hoạch liên tịch", "07", "KHLT-MTTQ-CTK", None, "Ban Thường trực Ủy ban MTTQ tỉnh và Cục Thống kê tỉnh", "Kế hoạch liên tịch số 07/KHLT-MTTQ-CTK"),
 D("Công văn", "425", "CV/BDVTU", "2019-03-05", "Ban Dân vận Tỉnh ủy", "Công văn số 425-CV/BDVTU ngày 05/3/2019")],
[prov("Thái Nguyên"), com("Phú Đình")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Vị trí: Trang chủ » Hoạt động của Ban » Tin hoạt động",
 "Đồng chí Ma Thị Nguyệt phát biểu tại hội nghị.", "Tổng điều tra dân số và nhà ở năm 2019", "đỡ đầu"],
["Thứ Năm, 14/03/2019 - 10:15", "0 giờ ngày 1/4/2019", "ngày 25/4/2019", "tháng 3", "tháng 4", "ngày 10/5/2019"]))

PAGES.append(page("b8704-camau-bcd-tongket-2019", """
Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Thời sự | Xã hội
2019-11-22 16:40
Toàn cảnh hội nghị tổng kết.
Cà Mau: Tổng kết Tổng điều tra dân số và nhà ở năm 2019
(CMO) Chiều 21/11/2019, Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh tổ chức hội nghị tổng kết Tổng điều tra dân số và nhà ở năm 2019. Ông Nguyễn Minh Luân, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Theo kết quả sơ bộ, đến 0 giờ ngày 1/4/2019, dân số tỉnh Cà Mau là 1.194.476 người, với 307.962 hộ; tỷ lệ tăng dân số bình quân năm giai đoạn 2009 - 2019 là 0,03%. Nữ chiếm 49,6%; dân số thành thị chiếm 22,5%. Đồng bào Khmer có hơn 29.000 người, người Hoa gần 8.000 người. Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố đạt 64,8%.
Cuộc tổng điều tra được triển khai ở 2.370 địa bàn thuộc 101 xã, phường, thị trấn, huy động 2.493 điều tra viên, tổ trưởng; có 1.856 hộ tự kê khai phiếu trực tuyến. Tổng kinh phí thực hiện hơn 21 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ đồng cho công tác tuyên truyền và phúc tra.
Báo cáo đánh giá, Ủy ban MTTQ Việt Nam tỉnh, Hội LHPN, Hội Nông dân, Hội Cựu chiến binh và Tỉnh đoàn đã phối hợp tổ chức 1.240 cuộc tuyên truyền với trên 52.000 lượt người dự; Ban công tác Mặt trận ở 906 khu dân cư tham gia rà soát danh sách hộ, đặc biệt ở vùng ven biển có nhiều hộ sống trên ghe, xuồng.
Phát biểu tại hội nghị, bà Thạch Thị Sa Ri, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, kể lại những đêm cùng điều tra viên chờ các hộ đi biển về. Ông Danh Út, Trưởng ấp Cơi Năm, xã Khánh Bình Tây, cho biết ấp có 14 hộ sống trên ghe, Ban công tác Mặt trận phải lập danh sách riêng để không sót ai. Ông Trần Hoàng Nhân, Cục trưởng Cục Thống kê tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo, cho biết số liệu đã được Tổng cục Thống kê nghiệm thu, tỷ lệ phiếu phải sửa lỗi dưới 0,5%.
Tại hội nghị, ông Nguyễn Minh Luân trao Quyết định số 2361, 2362/QĐ-UBND của UBND tỉnh tặng Bằng khen cho 20 tập thể và 35 cá nhân có thành tích xuất sắc; trước đó Bộ trưởng Bộ Kế hoạch và Đầu tư tặng Bằng khen cho 5 tập thể, 7 cá nhân. Ông đề nghị các sở, ngành khai thác kết quả tổng điều tra trong xây dựng kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025, nhất là chính sách nhà ở cho người nghèo. Ban Chỉ đạo được thành lập theo Quyết định số 1042/QĐ-UBND ngày 02/7/2018 của UBND tỉnh và sẽ kết thúc hoạt động sau hội nghị.
Trúc Linh
Tin liên quan
- Công bố kết quả sơ bộ Tổng điều tra dân số và nhà ở (12/07/2019)
- Năm Căn: Hội Phụ nữ hỗ trợ điều tra viên ở vùng bãi bồi (12/04/2019)
- Cà Mau sẵn sàng cho Tổng điều tra dân số và nhà ở năm 2019 (28/03/2019)
""", "2019-11-22", "Cà Mau: Tổng kết Tổng điều tra dân số và nhà ở năm 2019",
E("tong_ket", "2019", "2019-11-21"),
[P("Nguyễn Minh Luân", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Thạch Thị Sa Ri", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Danh Út", "Trưởng ấp Cơi Năm"),
 P("Trần Hoàng Nhân", "Cục trưởng Cục Thống kê tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo")],
[Q("1.194.476 người", 1194476, "người"), Q("307.962 hộ", 307962, "hộ"), Q("0,03%", 0.03, "%"), Q("49,6%", 49.6, "%"),
 Q("22,5%", 22.5, "%"), Q("hơn 29.000 người", 29000, "người", "over"), Q("gần 8.000 người", 8000, "người", "approx"),
 Q("64,8%", 64.8, "%"), Q("2.370 địa bàn", 2370, "địa bàn"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("2.493 điều tra viên, tổ trưởng", 2493, "điều tra viên, tổ trưởng"), Q("1.856 hộ", 1856, "hộ"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("1.240 cuộc tuyên truyền", 1240, "cuộc tuyên truyền"), Q("trên 52.000 lượt người", 52000, "lượt người", "over"),
 Q("906 khu dân cư", 906, "khu dân cư"), Q("14 hộ", 14, "hộ"), Q("dưới 0,5%", 0.5, "%"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Quyết định", "2361", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2361, 2362/QĐ-UBND"),
 D("Quyết định", "2362", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2361, 2362/QĐ-UBND"),
 D("Quyết định", "1042", "QĐ-UBND", "2018-07-02", "UBND tỉnh", "Quyết định số 1042/QĐ-UBND ngày 02/7/2018")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Thời sự | Xã hội", "Toàn cảnh hội nghị tổng kết.",
 "(CMO)", "ấp Cơi Năm", "Tổng cục Thống kê"],
["2019-11-22 16:40", "0 giờ ngày 1/4/2019", "giai đoạn 2009 - 2019", "giai đoạn 2021 - 2025", "năm 2019"]))
