from lib import *
PAGES = []

PAGES.append(page("b7991-tuyenquang-thanhtuyen-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Văn hóa » Lễ hội
Cập nhật: 15:00, 17/10/2025 (GMT+7)
Ban Tổ chức trao bằng khen cho các tập thể có thành tích. Ảnh: Thanh Phúc
Lễ hội Thành Tuyên năm 2025: lần đầu tổ chức trong không gian tỉnh mới
Chiều 16/10, Ban Tổ chức Lễ hội Thành Tuyên tổ chức hội nghị tổng kết Lễ hội Thành Tuyên năm 2025. Đồng chí Hoàng Việt Cường, Phó Chủ tịch UBND tỉnh, Trưởng ban Tổ chức lễ hội chủ trì. Dự hội nghị có lãnh đạo các sở, ngành và Chủ tịch UBND các phường Minh Xuân, Nông Tiến, An Tường, Mỹ Lâm.
Đây là năm đầu tiên Lễ hội Thành Tuyên được tổ chức sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, vận hành chính quyền địa phương hai cấp. Lễ hội diễn ra từ ngày 4 đến 7/10/2025, gồm lễ dâng hương tại đền Mẫu Thác Cái, Đền Hạ, Đền Thượng và phần hội rước đèn Trung thu. Có 26 mô hình đèn Trung thu khổng lồ của các tổ dân phố, cơ quan, doanh nghiệp tham gia diễu hành; thu hút khoảng 1,5 triệu lượt người xem, trong đó khoảng 30% là du khách ngoài tỉnh.
Lần đầu tiên, lễ hội có sự góp mặt của 8 đội văn nghệ từ các xã vùng cao thuộc tỉnh Hà Giang cũ như xã Đồng Văn, xã Mèo Vạc, xã Hoàng Su Phì, trình diễn múa khèn Mông, hát Lượn của người Pà Thẻn, lễ cấp sắc của người Dao. Nghệ nhân Vàng Mí Sính, người có uy tín thôn Sủng Là, và bà Lù Thị Sâu, Chủ nhiệm Câu lạc bộ hát Cọi xã Na Hang, được Ban Tổ chức tặng giấy khen.
Theo báo cáo do bà Nguyễn Thị Thanh Xuân, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó trưởng ban Thường trực trình bày, tổng kinh phí tổ chức lễ hội khoảng 14,5 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, còn lại từ xã hội hóa; doanh thu dịch vụ lưu trú, ăn uống ước đạt trên 210 tỷ đồng. Lực lượng công an bố trí 1.600 cán bộ, chiến sĩ; không xảy ra sự cố nghiêm trọng về an ninh trật tự.
Thực hiện Kết luận số 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về tổ chức các sự kiện văn hóa năm 2025 và Kế hoạch số 95/KH-UBND ngày 12/8/2025 của UBND tỉnh, Ban Tổ chức đã siết chặt việc cấp phép các gian hàng. Tuy nhiên, vẫn còn 17 trường hợp kinh doanh lấn chiếm lòng đường, một số mô hình đèn vượt chiều cao cho phép 12 m gây mất an toàn khi đi qua đường dây điện.
Đồng chí Hoàng Việt Cường đề nghị xây dựng đề án nâng tầm Lễ hội Thành Tuyên thành lễ hội du lịch quốc gia, kết hợp quảng bá Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn; chuẩn bị lễ hội năm 2026 từ quý II.
Bích Ngọc
Tin liên quan
- Rực rỡ đêm rước đèn Lễ hội Thành Tuyên 2025 (07/10/2025)
- Đồng Văn: Lễ hội Khèn Mông lần thứ VII (01/10/2025)
- Phường Minh Xuân ra quân dọn vệ sinh sau lễ hội (09/10/2025)
""", "2025-10-17", "Lễ hội Thành Tuyên năm 2025: lần đầu tổ chức trong không gian tỉnh mới",
E("tong_ket", "2025", "2025-10-16"),
[P("Hoàng Việt Cường", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Tổ chức lễ hội"),
 P("Vàng Mí Sính", "Nghệ nhân", "người có uy tín thôn Sủng Là"),
 P("Lù Thị Sâu", "Chủ nhiệm Câu lạc bộ hát Cọi xã Na Hang"),
 P("Nguyễn Thị Thanh Xuân", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Phó trưởng ban Thường trực")],
[Q("26 mô hình đèn Trung thu khổng lồ", 26, "mô hình đèn Trung thu khổng lồ"), Q("khoảng 1,5 triệu lượt người", 1500000, "lượt người", "approx"),
 Q("khoảng 30%", 30, "%", "approx"), Q("8 đội văn nghệ", 8, "đội văn nghệ"), Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("trên 210 tỷ đồng", 210000000000, "đồng", "over"),
 Q("1.600 cán bộ, chiến sĩ", 1600, "cán bộ, chiến sĩ"), Q("17 trường hợp", 17, "trường hợp"), Q("12 m", 12, "m")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01, 02-KL/TU"),
 D("Kế hoạch", "95", "KH-UBND", "2025-08-12", "UBND tỉnh", "Kế hoạch số 95/KH-UBND ngày 12/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Nông Tiến"), com("An Tường"), com("Mỹ Lâm"),
 com("Đồng Văn"), com("Mèo Vạc"), com("Hoàng Su Phì"), com("Na Hang")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Văn hóa » Lễ hội", "Ban Tổ chức trao bằng khen cho các tập thể có thành tích. Ảnh: Thanh Phúc",
 "Lễ hội Thành Tuyên", "đền Mẫu Thác Cái", "Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn"],
["Cập nhật: 15:00, 17/10/2025 (GMT+7)", "từ ngày 4 đến 7/10/2025", "năm 2026", "quý II", "năm đầu tiên"]))

PAGES.append(page("b7992-phutho-giohung-hoinghi-2026", """
PHÚ THỌ ĐIỆN TỬ
Hôm nay: Thứ Hai, 09/03/2026
Thời sự | Văn hóa | Giỗ Tổ Hùng Vương
Ngày đăng 06/03/2026 | 16:20
Sẵn sàng cho Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Bính Ngọ 2026
Ngày 05/3, UBND tỉnh Phú Thọ tổ chức hội nghị triển khai công tác chuẩn bị Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Bính Ngọ 2026 và các lễ hội xuân trên địa bàn tỉnh năm 2026. Đồng chí Trần Duy Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Thanh Hải, Quách Thị Lan, Đỗ Văn Khang.
Đồng chí Trần Duy Khiêm phát biểu chỉ đạo hội nghị.
Giỗ Tổ năm nay là năm chẵn, do tỉnh Phú Thọ chủ trì tổ chức sau khi hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình. Lễ hội diễn ra từ ngày 17 đến 26/4/2026 (tức mùng 1 đến mùng 10 tháng 3 âm lịch), với 28 hoạt động phần lễ và phần hội; dự kiến đón khoảng 7 triệu lượt khách về Khu di tích lịch sử Đền Hùng thuộc phường Vân Phú.
Theo Kế hoạch số 36/KH-UBND ngày 10/02/2026 của UBND tỉnh, ngoài các nghi lễ truyền thống, năm nay lần đầu tổ chức Lễ rước kiệu của 7 xã, phường vùng ven Khu di tích, trong đó có phường Nông Trang, phường Thanh Miếu; liên hoan hát Xoan với 35 phường Xoan; trình diễn cồng chiêng Mường với 500 nghệ nhân đến từ các xã Mường Bi, Mường Vang (tỉnh Hòa Bình cũ); lễ hội Tây Thiên ở xã Đại Đình được tổ chức gắn với tuyến du lịch tâm linh của tỉnh.
Ông Nguyễn Đắc Lương, Giám đốc Khu di tích lịch sử Đền Hùng, cho biết đã nâng cấp hệ thống 58 camera, bố trí 12 điểm tiếp nhận phản ánh, 6 bãi đỗ xe với sức chứa hơn 8.000 ô tô; giá vé gửi xe không quá 30.000 đồng/lượt ô tô dưới 16 chỗ. Tổng kinh phí tổ chức dự kiến 45 tỷ đồng, trong đó ngân sách tỉnh 20 tỷ đồng.
Bà Đinh Thị Thu Hà, Chủ tịch UBND phường Vân Phú, và ông Hà Văn Luyện, Chủ tịch UBND xã Đại Đình, báo cáo tiến độ chỉnh trang 100% tuyến đường dẫn vào di tích, vận động 1.240 hộ kinh doanh ký cam kết không chèo kéo, không nâng giá. Ngành y tế bố trí 9 trạm sơ cấp cứu, 15 xe cứu thương trực 24/24 giờ trong những ngày chính hội.
Kết luận hội nghị, đồng chí Trần Duy Khiêm yêu cầu thực hiện nghiêm Chỉ thị số 08-CT/TU, 09-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức lễ hội văn minh, tiết kiệm và Nghị định 110/2018/NĐ-CP; các sở, ngành hoàn thành công tác chuẩn bị trước ngày 10/4; tuyệt đối an toàn cho các đoàn đại biểu Trung ương và nhân dân về dự lễ.
Thu Hà - Anh Tuấn
Tin khác
- Công bố Quy hoạch Khu di tích lịch sử Đền Hùng đến năm 2045 (28/02/2026)
- Tam Đảo: Khai hội Tây Thiên năm 2026 (23/02/2026)
- Mường Bi: Lễ hội Khai hạ trong không gian tỉnh mới (18/02/2026)
""", "2026-03-06", "Sẵn sàng cho Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Bính Ngọ 2026",
E("hoi_nghi", "2026", "2026-03-05"),
[P("Trần Duy Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thanh Hải", "Phó Chủ tịch UBND tỉnh"), P("Quách Thị Lan", "Phó Chủ tịch UBND tỉnh"), P("Đỗ Văn Khang", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đắc Lương", "Giám đốc Khu di tích lịch sử Đền Hùng"),
 P("Đinh Thị Thu Hà", "Chủ tịch UBND phường Vân Phú"),
 P("Hà Văn Luyện", "Chủ tịch UBND xã Đại Đình")],
[Q("3 tỉnh", 3, "tỉnh"), Q("28 hoạt động", 28, "hoạt động"), Q("khoảng 7 triệu lượt khách", 7000000, "lượt khách", "approx"),
 Q("7 xã, phường", 7, "xã, phường"), Q("35 phường Xoan", 35, "phường Xoan"), Q("500 nghệ nhân", 500, "nghệ nhân"),
 Q("58 camera", 58, "camera"), Q("12 điểm tiếp nhận phản ánh", 12, "điểm tiếp nhận phản ánh"), Q("6 bãi đỗ xe", 6, "bãi đỗ xe"),
 Q("hơn 8.000 ô tô", 8000, "ô tô", "over"), Q("không quá 30.000 đồng", 30000, "đồng"), Q("45 tỷ đồng", 45000000000, "đồng"),
 Q("20 tỷ đồng", 20000000000, "đồng"), Q("100%", 100, "%"), Q("1.240 hộ kinh doanh", 1240, "hộ kinh doanh"),
 Q("9 trạm sơ cấp cứu", 9, "trạm sơ cấp cứu"), Q("15 xe cứu thương", 15, "xe cứu thương")],
[D("Kế hoạch", "36", "KH-UBND", "2026-02-10", "UBND tỉnh", "Kế hoạch số 36/KH-UBND ngày 10/02/2026"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "09-CT/TU"),
 D("Nghị định", "110", "2018/NĐ-CP", None, None, "Nghị định 110/2018/NĐ-CP")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vân Phú"), com("Nông Trang"), com("Thanh Miếu"),
 com("Mường Bi"), com("Mường Vang"), com("Đại Đình")],
["PHÚ THỌ ĐIỆN TỬ", "Hôm nay: Thứ Hai, 09/03/2026", "Thời sự | Văn hóa | Giỗ Tổ Hùng Vương", "Đồng chí Trần Duy Khiêm phát biểu chỉ đạo hội nghị.",
 "Khu di tích lịch sử Đền Hùng", "Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng", "Lễ rước kiệu"],
["Ngày đăng 06/03/2026 | 16:20", "Hôm nay: Thứ Hai, 09/03/2026", "từ ngày 17 đến 26/4/2026", "mùng 1 đến mùng 10 tháng 3 âm lịch",
 "16 chỗ", "24/24 giờ", "ngày 10/4", "Bính Ngọ 2026"]))

PAGES.append(page("b7993-angiang-viaba-doithoai-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Trang chủ > Thời sự > Địa phương
08:45 | 08/05/2026
Đối thoại với tiểu thương trước Lễ hội Vía Bà Chúa Xứ núi Sam
Ông Trần Minh Khoa trả lời ý kiến của tiểu thương.
Sáng 07/5, UBND phường Vĩnh Tế phối hợp Ban Quản lý Khu du lịch quốc gia núi Sam tổ chức buổi đối thoại năm 2026 với các hộ kinh doanh, tiểu thương tại khu vực Miếu Bà Chúa Xứ, chuẩn bị cho Lễ hội Vía Bà Chúa Xứ núi Sam diễn ra từ ngày 9 đến 13/6/2026. Ông Trần Minh Khoa, Bí thư Đảng ủy, Chủ tịch UBND phường Vĩnh Tế chủ trì; dự có bà Danh Thị Sa Rênh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang.
Tham gia đối thoại có 186 hộ kinh doanh nhang đèn, lễ vật, ăn uống, lưu trú. Nhiều ý kiến phản ánh việc sau khi hợp nhất tỉnh An Giang và Kiên Giang, lượng khách từ Phú Quốc, Rạch Giá về núi Sam tăng mạnh nhưng bãi giữ xe vẫn thiếu; một số hộ đề nghị giảm phí thuê mặt bằng kiốt từ 3 triệu đồng xuống còn 2,5 triệu đồng/tháng.
Bà Lý Thị Kim Hoàng, tiểu thương bán nhang đèn, phản ánh tình trạng "cò" dẫn khách ép mua lễ vật giá cao, có mâm lễ bán tới 1,5 triệu đồng, làm ảnh hưởng uy tín của cả khu vực. Ông Chau Sóc Khum, chủ cơ sở lưu trú, đề nghị phường công khai danh sách khoảng 70 nhà nghỉ, khách sạn đủ điều kiện để du khách lựa chọn.
Trả lời các ý kiến, ông Trần Minh Khoa cho biết phường sẽ mở thêm 2 bãi giữ xe tạm với diện tích khoảng 1,2 ha; phối hợp Công an phường lập 5 tổ tuần tra, xử lý nghiêm đối tượng "cò". Việc điều chỉnh phí mặt bằng sẽ được báo cáo UBND tỉnh xem xét theo Quyết định số 27/2025/QĐ-UBND của UBND tỉnh về giá dịch vụ tại khu du lịch.
Ông Nguyễn Văn Giàu, Trưởng Ban Quý tế Miếu Bà Chúa Xứ núi Sam, thông tin năm 2025 Miếu Bà đón gần 5 triệu lượt khách; Ban Quý tế đã chi 28 tỷ đồng cho công tác an sinh xã hội, xây tặng 40 căn nhà đại đoàn kết và trao 1.500 suất học bổng. Năm 2026, Ban Quý tế tiếp tục thực hiện Thông tư số 04/2023/TT-BTC, công khai thu, chi tiền công đức hằng quý.
Bà Danh Thị Sa Rênh đề nghị các hộ kinh doanh thực hiện Kế hoạch số 112/KH-UBND ngày 15/4/2026 của UBND tỉnh về tổ chức Lễ hội Vía Bà Chúa Xứ núi Sam năm 2026; 100% hộ kinh doanh niêm yết giá, không bán hàng giả, hàng kém chất lượng. Kết thúc buổi đối thoại, 186 hộ đã ký cam kết văn minh thương mại.
Thanh Tiến
Tin liên quan
- Lễ hội Vía Bà Chúa Xứ núi Sam được đưa vào danh sách di sản văn hóa phi vật thể đại diện của nhân loại (06/12/2024)
- Phường Vĩnh Tế ra mắt mô hình "Khu phố văn minh du lịch" (20/04/2026)
- Tịnh Biên: chuẩn bị Hội đua bò Bảy Núi năm 2026 (02/05/2026)
""", "2026-05-08", "Đối thoại với tiểu thương trước Lễ hội Vía Bà Chúa Xứ núi Sam",
E("doi_thoai", "2026", "2026-05-07"),
[P("Trần Minh Khoa", "Bí thư Đảng ủy", "Chủ tịch UBND phường Vĩnh Tế"),
 P("Danh Thị Sa Rênh", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang"),
 P("Lý Thị Kim Hoàng", "tiểu thương bán nhang đèn"),
 P("Chau Sóc Khum", "chủ cơ sở lưu trú"),
 P("Nguyễn Văn Giàu", "Trưởng Ban Quý tế Miếu Bà Chúa Xứ núi Sam")],
[Q("186 hộ kinh doanh nhang đèn, lễ vật, ăn uống, lưu trú", 186, "hộ kinh doanh nhang đèn, lễ vật, ăn uống, lưu trú"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("khoảng 70 nhà nghỉ, khách sạn", 70, "nhà nghỉ, khách sạn", "approx"), Q("2 bãi giữ xe tạm", 2, "bãi giữ xe tạm"),
 Q("khoảng 1,2 ha", 1.2, "ha", "approx"), Q("5 tổ tuần tra", 5, "tổ tuần tra"), Q("gần 5 triệu lượt khách", 5000000, "lượt khách", "approx"),
 Q("28 tỷ đồng", 28000000000, "đồng"), Q("40 căn nhà đại đoàn kết", 40, "căn nhà đại đoàn kết"), Q("1.500 suất học bổng", 1500, "suất học bổng"),
 Q("100%", 100, "%")],
[D("Quyết định", "27", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 27/2025/QĐ-UBND"),
 D("Thông tư", "04", "2023/TT-BTC", None, None, "Thông tư số 04/2023/TT-BTC"),
 D("Kế hoạch", "112", "KH-UBND", "2026-04-15", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 15/4/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Vĩnh Tế")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Trang chủ > Thời sự > Địa phương", "Ông Trần Minh Khoa trả lời ý kiến của tiểu thương.",
 "Miếu Bà Chúa Xứ", "Khu du lịch quốc gia núi Sam", "Lễ hội Vía Bà Chúa Xứ núi Sam", "Phú Quốc", "Rạch Giá"],
["08:45 | 08/05/2026", "từ ngày 9 đến 13/6/2026", "năm 2025", "hằng quý"]))

PAGES.append(page("b7994-hanoi-huongson-giamsat-2026", """
HĐND XÃ HƯƠNG SƠN - THÀNH PHỐ HÀ NỘI
Trang chủ / Hoạt động HĐND / Giám sát
Thứ Hai, 23/03/2026 - 10:30
HĐND xã Hương Sơn giám sát việc quản lý tiền công đức, dịch vụ đò tại Lễ hội chùa Hương
Ngày 20/3/2026, Thường trực HĐND xã Hương Sơn tổ chức giám sát chuyên đề năm 2026 về công tác quản lý, tổ chức Lễ hội chùa Hương, tập trung vào quản lý tiền công đức và dịch vụ vận chuyển khách bằng đò. Đoàn giám sát do bà Đinh Thị Minh Nguyệt, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã làm trưởng đoàn; thành viên có ông Lê Văn Hòa, Phó Chủ tịch HĐND xã, và các ông, bà Trưởng các Ban HĐND xã: Nguyễn Văn Thục, Bùi Thị Lụa.
Đoàn giám sát kiểm tra sổ sách tại Ban Quản lý khu di tích.
Đây là mùa lễ hội đầu tiên sau khi xã Hương Sơn (thành phố Hà Nội) mới được thành lập trên cơ sở sáp nhập các xã Hương Sơn, Hùng Tiến, An Tiến và một phần xã Phúc Lâm, thực hiện mô hình chính quyền địa phương hai cấp. Theo báo cáo của UBND xã do ông Phạm Quang Huy, Phó Chủ tịch UBND xã trình bày, từ ngày khai hội (22/02) đến 19/3, khu di tích đón khoảng 980.000 lượt khách, tăng 9% so với cùng kỳ năm 2025; thu phí thắng cảnh đạt 48,3 tỷ đồng.
Hiện có 4.650 đò được cấp phép, chia thành 22 tổ đò; giá vé đò niêm yết 60.000 đồng/người/lượt. Xã đã thực hiện Quyết định số 15/QĐ-UBND ngày 12/01/2026 và Kế hoạch số 08, 09/KH-UBND của UBND xã về tổ chức lễ hội và kiểm tra liên ngành. Qua kiểm tra, lực lượng chức năng xử phạt 31 trường hợp chở quá số người quy định, thu hồi 6 thẻ hành nghề chèo đò.
Về tiền công đức, Đại đức Thích Tâm An, Phó trụ trì chùa Hương, cho biết nhà chùa bố trí 18 hòm công đức có khóa niêm phong, kiểm đếm mỗi tuần 2 lần với sự chứng kiến của đại diện Mặt trận xã; số tiền tạm tính đến ngày 19/3 khoảng 11,6 tỷ đồng. Tuy nhiên, đoàn giám sát phát hiện tại đền Trình, chùa Thiên Trù vẫn còn tình trạng du khách đặt tiền lẻ vào tay tượng, cài lên cây, chưa được thu gom kịp thời; 3 điểm bán vé đò chưa lắp camera.
Ông Đặng Văn Tuấn, Trưởng Ban Quản lý khu di tích, thắng cảnh Hương Sơn, giải trình việc lắp bổ sung camera sẽ hoàn thành trước 31/3; Ban cũng đề xuất nâng mức khen thưởng cho các tổ đò thực hiện tốt lên tối đa 5 triệu đồng/tổ.
Kết luận, bà Đinh Thị Minh Nguyệt đề nghị UBND xã công khai tiền công đức trên Cổng thông tin điện tử xã theo Thông tư số 04/2023/TT-BTC; xử lý nghiêm các tổ đò vi phạm; báo cáo kết quả khắc phục tại kỳ họp thường lệ giữa năm 2026 của HĐND xã.
Hà Phương
Tin liên quan
- Khai hội chùa Hương năm Bính Ngọ 2026 (22/02/2026)
- Xã Hương Sơn ra mắt tổng đài tiếp nhận phản ánh của du khách (25/02/2026)
- Hà Nội kiểm tra công tác tổ chức lễ hội tại các xã phía Nam (05/03/2026)
""", "2026-03-23", "HĐND xã Hương Sơn giám sát việc quản lý tiền công đức, dịch vụ đò tại Lễ hội chùa Hương",
E("giam_sat", "2026", "2026-03-20"),
[P("Đinh Thị Minh Nguyệt", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã", "trưởng đoàn"),
 P("Lê Văn Hòa", "Phó Chủ tịch HĐND xã"),
 P("Nguyễn Văn Thục", "Trưởng các Ban HĐND xã"), P("Bùi Thị Lụa", "Trưởng các Ban HĐND xã"),
 P("Phạm Quang Huy", "Phó Chủ tịch UBND xã"),
 P("Thích Tâm An", "Đại đức", "Phó trụ trì chùa Hương"),
 P("Đặng Văn Tuấn", "Trưởng Ban Quản lý khu di tích, thắng cảnh Hương Sơn")],
[Q("khoảng 980.000 lượt khách", 980000, "lượt khách", "approx"), Q("9%", 9, "%"), Q("48,3 tỷ đồng", 48300000000, "đồng"),
 Q("4.650 đò", 4650, "đò"), Q("22 tổ đò", 22, "tổ đò"), Q("60.000 đồng", 60000, "đồng"), Q("31 trường hợp", 31, "trường hợp"),
 Q("6 thẻ hành nghề chèo đò", 6, "thẻ hành nghề chèo đò"), Q("18 hòm công đức", 18, "hòm công đức"),
 Q("khoảng 11,6 tỷ đồng", 11600000000, "đồng", "approx"), Q("3 điểm bán vé đò", 3, "điểm bán vé đò"),
 Q("tối đa 5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "15", "QĐ-UBND", "2026-01-12", "UBND xã", "Quyết định số 15/QĐ-UBND ngày 12/01/2026"),
 D("Kế hoạch", "08", "KH-UBND", None, "UBND xã", "Kế hoạch số 08, 09/KH-UBND"),
 D("Kế hoạch", "09", "KH-UBND", None, "UBND xã", "Kế hoạch số 08, 09/KH-UBND"),
 D("Thông tư", "04", "2023/TT-BTC", None, None, "Thông tư số 04/2023/TT-BTC")],
[prov("Hà Nội"), com("Hương Sơn"), com("Hùng Tiến"), com("An Tiến"), com("Phúc Lâm")],
["HĐND XÃ HƯƠNG SƠN - THÀNH PHỐ HÀ NỘI", "Trang chủ / Hoạt động HĐND / Giám sát", "Đoàn giám sát kiểm tra sổ sách tại Ban Quản lý khu di tích.",
 "đền Trình", "chùa Thiên Trù", "Cổng thông tin điện tử xã"],
["Thứ Hai, 23/03/2026 - 10:30", "22/02", "năm 2025", "2 lần", "ngày 19/3", "31/3", "giữa năm 2026"]))

PAGES.append(page("b7995-dongnai-bara-chandung-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội » Chân dung - Gương sáng
Chủ Nhật, 16/11/2025 - 07:00
Ông Điểu Lanh (bìa phải) hướng dẫn thanh niên đánh chiêng tại lễ hội. Ảnh: Hồng Nhung
Người giữ lửa lễ hội cúng thần núi Bà Rá
Đã ngoài 70 tuổi, ông Điểu Lanh, người có uy tín, già làng sóc Bom Bo, xã Bom Bo, vẫn là người "cầm trịch" mỗi mùa lễ hội cúng thần núi Bà Rá của đồng bào S'tiêng. Năm nay, lễ hội được tổ chức vào giữa tháng 11 ở phường Phước Long, lần đầu tiên trong không gian tỉnh Đồng Nai mới, sau khi tỉnh Bình Phước hợp nhất vào tỉnh Đồng Nai.
Lễ hội cúng thần núi của người S'tiêng vốn gắn với tín ngưỡng thờ thần rừng, thần núi, cầu mùa màng tốt tươi. Theo lời ông Điểu Lanh, trước đây mỗi sóc đều làm lễ riêng, hiến sinh trâu, heo; nay lễ hội được phục dựng ở quy mô liên xã, chỉ dùng 3 con heo và 15 ché rượu cần, bỏ hẳn tục đâm trâu. "Mình giữ cái hồn của lễ, còn cái gì tốn kém, lạc hậu thì bỏ", ông nói.
Mùa lễ hội năm 2025 có 14 đội cồng chiêng của các xã Bom Bo, Bù Gia Mập, Đăk Ơ, Thọ Sơn tham gia; khoảng 3.000 người dân, du khách về dự. Bà Thị Bé, cháu gái ông, Chủ nhiệm Câu lạc bộ văn hóa dân gian S'tiêng xã Bom Bo, cho biết câu lạc bộ hiện có 42 thành viên, trong đó hơn một nửa là thanh niên dưới 30 tuổi. Mỗi tuần câu lạc bộ sinh hoạt 2 buổi, dạy đánh chiêng, dệt thổ cẩm, hát ru.
Ông Điểu Lanh cũng là người đi đầu vận động bà con không nghe theo những đối tượng lợi dụng lễ hội, tín ngưỡng để truyền đạo trái phép. Năm 2024, ông cùng các già làng, người có uy tín khác vận động 27 hộ trở về sinh hoạt tín ngưỡng truyền thống. Ông Nguyễn Hữu Phước, Chủ tịch UBND xã Bom Bo, đánh giá: "Nói đến lễ hội ở Bom Bo là nói đến ông Điểu Lanh, bà con tin ông lắm".
Ông Lâm Văn Tài, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai, cho biết Sở đang thực hiện Kế hoạch số 231/KH-UBND ngày 18/9/2025 của UBND tỉnh về bảo tồn văn hóa các dân tộc thiểu số giai đoạn 2025 - 2030, trong đó dành khoảng 2,4 tỷ đồng hỗ trợ phục dựng 6 lễ hội truyền thống, mua sắm 20 bộ cồng chiêng cho các xã vùng đồng bào. Lễ hội cúng thần núi Bà Rá được chọn là một trong những lễ hội trọng điểm để đưa vào tour du lịch núi Bà Rá - hồ Thác Mơ.
Ông Điểu Lanh đã 3 lần được Chủ tịch UBND tỉnh Bình Phước tặng bằng khen vì có thành tích trong bảo tồn văn hóa dân tộc. Khi được hỏi điều mong mỏi nhất, ông chỉ cười: "Mong con cháu còn nghe được tiếng chiêng của ông bà".
Hồng Nhung
Tin liên quan
- Phước Long: Khai mạc lễ hội văn hóa các dân tộc núi Bà Rá (14/11/2025)
- Đồng Nai tôn vinh 150 người có uy tín tiêu biểu (30/10/2025)
- Xã Bom Bo đón nhận danh hiệu xã văn hóa nông thôn mới (02/10/2025)
""", "2025-11-16", "Người giữ lửa lễ hội cúng thần núi Bà Rá",
E("khac", None, None),
[P("Điểu Lanh", "người có uy tín", "già làng sóc Bom Bo"),
 P("Thị Bé", "Chủ nhiệm Câu lạc bộ văn hóa dân gian S'tiêng xã Bom Bo"),
 P("Nguyễn Hữu Phước", "Chủ tịch UBND xã Bom Bo"),
 P("Lâm Văn Tài", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai")],
[Q("3 con heo", 3, "con heo"), Q("15 ché rượu cần", 15, "ché rượu cần"), Q("14 đội cồng chiêng", 14, "đội cồng chiêng"),
 Q("khoảng 3.000 người dân, du khách", 3000, "người dân, du khách", "approx"), Q("42 thành viên", 42, "thành viên"),
 Q("27 hộ", 27, "hộ"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("6 lễ hội truyền thống", 6, "lễ hội truyền thống"),
 Q("20 bộ cồng chiêng", 20, "bộ cồng chiêng")],
[D("Kế hoạch", "231", "KH-UBND", "2025-09-18", "UBND tỉnh", "Kế hoạch số 231/KH-UBND ngày 18/9/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Phước Long"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Thọ Sơn")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội » Chân dung - Gương sáng", "Ông Điểu Lanh (bìa phải) hướng dẫn thanh niên đánh chiêng tại lễ hội. Ảnh: Hồng Nhung",
 "núi Bà Rá", "hồ Thác Mơ", "Mình giữ cái hồn của lễ, còn cái gì tốn kém, lạc hậu thì bỏ"],
["Chủ Nhật, 16/11/2025 - 07:00", "70 tuổi", "dưới 30 tuổi", "2 buổi", "3 lần", "giai đoạn 2025 - 2030", "năm 2025", "Năm 2024"]))

PAGES.append(page("b7996-ninhbinh-lehoixuan-tongket-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Hôm nay: Chủ Nhật, 05/04/2026
Văn hóa :: Lễ hội :: Tin tức
Cập nhật lúc 16:45 ngày 03/04/2026
Ảnh: Toàn cảnh hội nghị.
Triển khai nhiệm vụ quản lý di tích, lễ hội quý II
Chiều 02/4, UBND tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác quản lý, tổ chức lễ hội xuân năm 2026. Đồng chí Trần Song Hào, Phó Chủ tịch UBND tỉnh chủ trì. Dự có Hòa thượng Thích Quảng Tịnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; đồng chí Phạm Văn Nghị, Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Mùa lễ hội xuân Bính Ngọ là mùa lễ hội đầu tiên của tỉnh Ninh Bình mới, sau khi hợp nhất 3 tỉnh Ninh Bình, Hà Nam, Nam Định. Toàn tỉnh tổ chức 428 lễ hội, trong đó có 9 lễ hội lớn như lễ khai ấn đền Trần ở phường Nam Định, lễ hội chùa Bái Đính ở xã Gia Sinh, lễ hội chùa Tam Chúc ở phường Tam Chúc, lễ hội Phủ Dầy ở xã Kim Thái, lễ hội Hoa Lư. Các lễ hội thu hút trên 6,8 triệu lượt khách, tăng 14% so với tổng số của 3 tỉnh cùng kỳ năm 2025.
Tổng số tiền công đức, tài trợ tại các di tích đạt khoảng 186 tỷ đồng; 100% ban quản lý di tích lớn đã công khai số liệu thu, chi theo Thông tư số 04/2023/TT-BTC. Lễ khai ấn đền Trần tiếp tục phát ấn không thu tiền tại 20 điểm trong 5 ngày, không xảy ra chen lấn. Chùa Tam Chúc, chùa Bái Đính áp dụng bán vé xe điện trực tuyến cho đội 240 xe điện, giảm 70% thời gian chờ.
Đoàn kiểm tra liên ngành kiểm tra 64 lễ hội, xử phạt 23 trường hợp với tổng số tiền trên 95 triệu đồng, chủ yếu về niêm yết giá, vệ sinh an toàn thực phẩm, kinh doanh trò chơi có thưởng.
Chủ tịch UBND phường Nam Định Trần Văn Thịnh, Chủ tịch UBND phường Tam Chúc Lại Thị Hà và Chủ tịch UBND xã Gia Sinh Đinh Công Sơn lần lượt báo cáo kinh nghiệm phân luồng khách, bố trí bãi xe, huy động lực lượng tình nguyện; đề nghị tỉnh sớm ban hành quy chế thống nhất về quản lý lễ hội trên cơ sở các Quyết định số 1016/QĐ-UBND, 52/QĐ-UBND và 118/QĐ-UBND của 3 tỉnh cũ.
Kết luận, đồng chí Trần Song Hào giao Sở Văn hóa, Thể thao và Du lịch tham mưu UBND tỉnh ban hành Quy chế quản lý và tổ chức lễ hội tỉnh Ninh Bình trong quý II/2026, thực hiện Chỉ thị số 05-CT/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết và lễ hội xuân; chuẩn bị tốt Lễ hội Trường Yên, lễ hội đền Thái Vi sắp tới.
Dịp này, UBND tỉnh tặng bằng khen cho 16 tập thể, 38 cá nhân.
Hoàng Hiệp
Tin liên quan
- Đêm khai ấn đền Trần năm 2026 diễn ra trang nghiêm (02/03/2026)
- Chùa Tam Chúc đón 1 triệu lượt khách đầu xuân (25/02/2026)
- Tam Điệp: Lễ hội Quang Trung - Đèo Ba Dội (20/02/2026)
- Phủ Dầy: lễ hội chính tháng Ba thu hút đông đảo người dân (28/03/2026)
""", "2026-04-03", "Triển khai nhiệm vụ quản lý di tích, lễ hội quý II",
E("tong_ket", "2026", "2026-04-02"),
[P("Trần Song Hào", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Quảng Tịnh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phạm Văn Nghị", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Trần Văn Thịnh", "Chủ tịch UBND phường Nam Định"),
 P("Lại Thị Hà", "Chủ tịch UBND phường Tam Chúc"),
 P("Đinh Công Sơn", "Chủ tịch UBND xã Gia Sinh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("428 lễ hội", 428, "lễ hội"), Q("9 lễ hội lớn", 9, "lễ hội lớn"),
 Q("trên 6,8 triệu lượt khách", 6800000, "lượt khách", "over"), Q("14%", 14, "%"),
 Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("100%", 100, "%"), Q("20 điểm", 20, "điểm"), Q("240 xe điện", 240, "xe điện"),
 Q("70%", 70, "%"), Q("64 lễ hội", 64, "lễ hội"), Q("23 trường hợp", 23, "trường hợp"),
 Q("trên 95 triệu đồng", 95000000, "đồng", "over"), Q("16 tập thể", 16, "tập thể"), Q("38 cá nhân", 38, "cá nhân")],
[D("Thông tư", "04", "2023/TT-BTC", None, None, "Thông tư số 04/2023/TT-BTC"),
 D("Quyết định", "1016", "QĐ-UBND", None, None, "Quyết định số 1016/QĐ-UBND"),
 D("Quyết định", "52", "QĐ-UBND", None, None, "52/QĐ-UBND"),
 D("Quyết định", "118", "QĐ-UBND", None, None, "118/QĐ-UBND"),
 D("Chỉ thị", "05", "CT/TU", "2025-12-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 15/12/2025")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Nam Định"), com("Gia Sinh"), com("Tam Chúc"), com("Kim Thái")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Hôm nay: Chủ Nhật, 05/04/2026", "Văn hóa :: Lễ hội :: Tin tức", "Ảnh: Toàn cảnh hội nghị.",
 "Quy chế quản lý và tổ chức lễ hội tỉnh Ninh Bình", "Lễ hội Trường Yên", "lễ hội Hoa Lư", "đền Thái Vi"],
["Cập nhật lúc 16:45 ngày 03/04/2026", "Hôm nay: Chủ Nhật, 05/04/2026", "năm 2025", "5 ngày", "quý II/2026", "quý II"]))
