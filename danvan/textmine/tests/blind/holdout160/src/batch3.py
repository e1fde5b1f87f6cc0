from lib import *
PAGES = []

PAGES.append(page("b3809-ninhthuan-mungtho-cham-2022", """
Báo Ninh Thuận điện tử
Xã hội » Đời sống
2022-10-04 16:40
Mừng thọ người cao tuổi đồng bào Chăm, Raglai
Đại diện lãnh đạo huyện trao quà mừng thọ cho các cụ tại thôn Phước Nhơn.
Nhân kỷ niệm 31 năm Ngày Quốc tế Người cao tuổi (1/10/1991 - 1/10/2022), sáng 3/10, UBND huyện Ninh Phước phối hợp với Hội Người cao tuổi huyện tổ chức lễ mừng thọ cho 215 cụ đồng bào Chăm, Raglai ở tuổi 70, 75, 80, 85, 90 và trên 90 tuổi tại xã Phước Thái và thị trấn Phước Dân.
Tham dự có ông Đàng Năng Thọ, Phó Chủ tịch UBND huyện Ninh Phước; bà Thuận Thị Bích Liên, Chủ tịch Hội Người cao tuổi huyện; ông Quảng Văn Mạnh, Chủ tịch UBND xã Phước Thái; Cả sư Thông Văn Ngọc, thành viên Hội đồng chức sắc Bà-la-môn tỉnh, cùng đông đảo con cháu các cụ.
Phát biểu tại buổi lễ, ông Đàng Năng Thọ cho biết toàn huyện hiện có 13.840 người cao tuổi, trong đó đồng bào Chăm chiếm khoảng 38%. Năm 2022, các cấp hội đã vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi được hơn 640 triệu đồng; 100% người cao tuổi thuộc hộ nghèo, cận nghèo được cấp thẻ bảo hiểm y tế; 1.126 cụ từ 80 tuổi trở lên được hưởng trợ cấp xã hội theo Nghị định số 20/2021/NĐ-CP của Chính phủ. Huyện cũng đã xây dựng 2 câu lạc bộ liên thế hệ tự giúp nhau ở các làng Chăm Phước Nhơn và Hiếu Thiện.
Dịp này, UBND huyện trao 215 phần quà, mỗi phần trị giá 400.000 đồng gồm tiền mặt và khăn, áo; Công ty Điện lực Ninh Thuận tặng thêm 50 suất quà, mỗi suất 300.000 đồng cho các cụ có hoàn cảnh khó khăn. Riêng cụ bà Lưu Thị Thơm ở thôn Hiếu Thiện, năm nay tròn 100 tuổi, được nhận thiếp và quà của Chủ tịch nước do UBND huyện chuyển trao, gồm 5 mét vải lụa và 700.000 đồng.
Cụ Pinăng Thị Mai, người Raglai ở thôn Phước Nhơn, xúc động: “Năm nào tôi cũng được Hội tổ chức mừng thọ, con cháu về đông đủ, vui lắm”. Cụ Chamaléa Thị Hoa, 85 tuổi, chia sẻ bí quyết sống vui, khỏe là chăm chỉ làm vườn và sinh hoạt câu lạc bộ dưỡng sinh của xã.
Buổi lễ có nhiều tiết mục múa Chăm, hát dân ca Raglai do các cụ trong câu lạc bộ văn nghệ người cao tuổi thôn Phước Nhơn biểu diễn. Theo kế hoạch, trong tháng 10, Hội Người cao tuổi các xã, thị trấn tiếp tục tổ chức mừng thọ cho hơn 1.300 cụ còn lại trong toàn huyện, thực hiện theo Hướng dẫn số 14/HD-NCT ngày 20/8/2022 của Hội Người cao tuổi tỉnh.
Theo bà Thuận Thị Bích Liên, nét riêng của lễ mừng thọ ở vùng đồng bào Chăm là có sự tham gia của chức sắc tôn giáo và các vị cao niên trong dòng tộc, góp phần giáo dục con cháu giữ gìn truyền thống kính lão, trọng thọ.
Hán Lữ
Tin cùng chuyên mục
- Thuận Nam: mừng thọ 420 người cao tuổi (02/10/2022)
- Hội Người cao tuổi tỉnh tổ chức hội thi dưỡng sinh (25/09/2022)
- Ninh Phước trao 10 sổ tiết kiệm tình nghĩa (20/07/2022)
""", "2022-10-04", "Mừng thọ người cao tuổi đồng bào Chăm, Raglai",
E("trao_qua", None, "2022-10-03"),
[P("Đàng Năng Thọ", "Phó Chủ tịch UBND huyện Ninh Phước"),
 P("Thuận Thị Bích Liên", "Chủ tịch Hội Người cao tuổi huyện"),
 P("Quảng Văn Mạnh", "Chủ tịch UBND xã Phước Thái"),
 P("Thông Văn Ngọc", "Cả sư", "thành viên Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Lưu Thị Thơm"), P("Pinăng Thị Mai"), P("Chamaléa Thị Hoa")],
[Q("215 cụ", 215, "cụ"), Q("13.840 người cao tuổi", 13840, "người cao tuổi"), Q("khoảng 38%", 38, "%", "approx"),
 Q("hơn 640 triệu đồng", 640000000, "đồng", "over"), Q("100%", 100, "%"), Q("1.126 cụ", 1126, "cụ"),
 Q("2 câu lạc bộ liên thế hệ tự giúp nhau", 2, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("215 phần quà", 215, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("5 mét vải lụa", 5, "mét"), Q("700.000 đồng", 700000, "đồng"), Q("hơn 1.300 cụ", 1300, "cụ", "over")],
[D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP của Chính phủ"),
 D("Hướng dẫn", "14", "HD-NCT", "2022-08-20", "Hội Người cao tuổi tỉnh", "Hướng dẫn số 14/HD-NCT ngày 20/8/2022 của Hội Người cao tuổi tỉnh")],
[prov("Ninh Thuận"), com("Phước Thái"), com("Phước Dân")],
["Báo Ninh Thuận điện tử", "Xã hội » Đời sống", "Đại diện lãnh đạo huyện trao quà mừng thọ cho các cụ tại thôn Phước Nhơn.",
 "Công ty Điện lực Ninh Thuận", "Hội đồng chức sắc Bà-la-môn tỉnh"],
["2022-10-04 16:40", "31 năm", "1/10/1991 - 1/10/2022", "70, 75, 80, 85, 90 và trên 90 tuổi", "80 tuổi trở lên", "100 tuổi",
 "85 tuổi", "Năm 2022", "tháng 10"]))

PAGES.append(page("b3810-binhdinh-quydenon-tongket-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ » Hoạt động » Công tác an sinh xã hội
Thứ Tư, 27/12/2023, 08:05
Toàn cảnh hội nghị.
Năm 2023, Quỹ "Đền ơn đáp nghĩa" tỉnh vận động hơn 12 tỷ đồng
Ngày 26/12, Ban Quản lý Quỹ "Đền ơn đáp nghĩa" tỉnh Bình Định tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ năm 2023 và triển khai kế hoạch năm 2024. Chủ trì hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh kiêm Trưởng Ban Quản lý Quỹ: Lâm Hải Giang; Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Thu Hà, Đinh Văn Rô.
Theo báo cáo, năm 2023 Quỹ "Đền ơn đáp nghĩa" các cấp trong tỉnh vận động được hơn 12 tỷ đồng, tăng 18,5% so với năm 2022, trong đó cấp tỉnh vận động 4,7 tỷ đồng. Từ nguồn quỹ, toàn tỉnh đã hỗ trợ xây mới 104 nhà tình nghĩa, sửa chữa 236 nhà cho gia đình chính sách, với mức hỗ trợ 80 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa; tặng 1.580 suất quà cho người có công có hoàn cảnh khó khăn. Hiện 42 Mẹ Việt Nam anh hùng còn sống đều được các cơ quan, doanh nghiệp nhận phụng dưỡng, mỗi mẹ được hỗ trợ 2 triệu đồng/tháng.
Việc triển khai Chỉ thị 14-CT/TW của Ban Bí thư, Kế hoạch số 47-KH/TU ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy và Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ được thực hiện nghiêm túc; 100% xã, phường, thị trấn không còn hộ người có công ở nhà tạm, nhà dột nát.
Tại hội nghị, đại biểu các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh chia sẻ kinh nghiệm vận động đồng bào Bana, Hrê, Chăm Hroi chăm lo cho gia đình chính sách. Ông Đinh Văn Hmư, Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn, cho biết xã đã vận động người dân góp hơn 1.200 ngày công giúp xây 4 nhà tình nghĩa cho thân nhân liệt sĩ. Bà Lê Thị Ánh Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Bình, đề nghị đơn giản hóa thủ tục giải ngân quỹ cho cấp cơ sở.
Phát biểu kết luận, đồng chí Lâm Hải Giang đề nghị năm 2024 tiếp tục đa dạng hóa hình thức vận động, phấn đấu quỹ các cấp đạt không dưới 12 tỷ đồng; ưu tiên hỗ trợ sửa chữa nhà cho 150 hộ gia đình chính sách còn khó khăn; công khai, minh bạch thu, chi quỹ.
Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong vận động Quỹ "Đền ơn đáp nghĩa" năm 2023.
Hoài Thu
Lượt xem: 1.285
Tin liên quan
- Hoài Nhơn bàn giao 12 nhà tình nghĩa (20/12/2023)
- Tuy Phước: trao sổ tiết kiệm cho 30 thân nhân liệt sĩ (15/11/2023)
- Mặt trận tỉnh giám sát thực hiện chính sách người có công (01/11/2023)
- Ra mắt mô hình "Vườn cây nghĩa tình" ở An Lão (12/10/2023)
- Phù Cát: thăm, tặng quà Mẹ Việt Nam anh hùng (25/07/2023)
""", "2023-12-27", 'Năm 2023, Quỹ "Đền ơn đáp nghĩa" tỉnh vận động hơn 12 tỷ đồng',
E("tong_ket", "2023", "2023-12-26"),
[P("Lâm Hải Giang", "Phó Chủ tịch UBND tỉnh kiêm Trưởng Ban Quản lý Quỹ"),
 P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Rô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hmư", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn"),
 P("Lê Thị Ánh Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Bình")],
[Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("18,5%", 18.5, "%"), Q("4,7 tỷ đồng", 4700000000, "đồng"),
 Q("104 nhà tình nghĩa", 104, "nhà tình nghĩa"), Q("236 nhà", 236, "nhà"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("1.580 suất quà", 1580, "suất quà"), Q("42 Mẹ Việt Nam anh hùng", 42, "Mẹ Việt Nam anh hùng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("100%", 100, "%"), Q("hơn 1.200 ngày công", 1200, "ngày công", "over"),
 Q("4 nhà tình nghĩa", 4, "nhà tình nghĩa"), Q("không dưới 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("150 hộ gia đình chính sách", 150, "hộ gia đình chính sách"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị 14-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "47", "KH/TU", "2023-03-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 47-KH/TU ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "131", "2021/NĐ-CP", "2021-12-30", "Chính phủ", "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Bình")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ » Hoạt động » Công tác an sinh xã hội", "Toàn cảnh hội nghị.",
 "Đền ơn đáp nghĩa", "Ban Quản lý Quỹ", "Lượt xem: 1.285"],
["Thứ Tư, 27/12/2023, 08:05", "năm 2023", "năm 2024", "năm 2022", "Lượt xem: 1.285"]))

PAGES.append(page("b3811-kontum-thamme-vnah-2023", """
Báo Kon Tum điện tử
Thời sự › Chính trị › Hoạt động lãnh đạo
27/07/2023 06:00
Phó Bí thư Thường trực Tỉnh ủy thăm, chúc sức khỏe Mẹ Việt Nam anh hùng Y Blưm
Ảnh: Đồng chí Y Khiêm (bên phải) hỏi thăm sức khỏe Mẹ Y Blưm.
BKT - Chiều 26/7, nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ, đồng chí Y Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy đã đến thăm, chúc sức khỏe Mẹ Việt Nam anh hùng Y Blưm ở làng Kon Khôn, xã Đăk Kôi, huyện Kon Rẫy.
Cùng đi có các đồng chí: A Pớt, Trưởng Ban Dân vận Huyện ủy Kon Rẫy; Nguyễn Văn Thắng, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Mẹ Y Blưm năm nay 98 tuổi, là người dân tộc Xơ Đăng, có chồng và 2 người con trai hy sinh trong kháng chiến chống Mỹ. Những năm chiến tranh, mẹ đã nuôi giấu nhiều cán bộ cách mạng trong rẫy, gùi gạo tiếp tế cho bộ đội. Hiện mẹ sống cùng gia đình người cháu nội là anh A Thiêm trong ngôi nhà tình nghĩa do Bộ Chỉ huy Quân sự tỉnh xây tặng năm 2015.
Tại buổi thăm, đồng chí Y Khiêm ân cần hỏi thăm sức khỏe, đời sống của mẹ; bày tỏ lòng biết ơn sâu sắc trước những hy sinh, mất mát to lớn mà mẹ và gia đình đã cống hiến cho sự nghiệp giải phóng dân tộc. Đồng chí đề nghị chính quyền xã Đăk Kôi và đơn vị nhận phụng dưỡng thường xuyên quan tâm, chăm sóc để mẹ sống vui, sống khỏe cùng con cháu.
Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Kon Tum có 126 Bà mẹ Việt Nam anh hùng được phong tặng, truy tặng; hiện còn 4 mẹ đang sống, tất cả đều là đồng bào dân tộc thiểu số và được các cơ quan, đơn vị nhận phụng dưỡng suốt đời. Năm 2023, thực hiện Kế hoạch số 2169/KH-UBND ngày 28/6/2023 của UBND tỉnh, tỉnh đã tổ chức thăm, tặng 11.430 suất quà cho người có công và thân nhân, tổng kinh phí khoảng 4,6 tỷ đồng.
Cùng ngày, đồng chí Y Khiêm đến thăm gia đình ông A Dinh, thương binh hạng 1/4, người dân tộc Ba Na ở thị trấn Đăk Rve. Ông A Dinh kể lại những kỷ niệm trong những năm tham gia du kích ở vùng căn cứ cách mạng và bày tỏ mong muốn con cháu tiếp tục giữ gìn truyền thống, tích cực lao động sản xuất.
Trước đó, đồng chí cũng đã dâng hương tại Nghĩa trang liệt sĩ huyện Kon Rẫy, tưởng nhớ 412 liệt sĩ đang yên nghỉ tại đây.
Y Nhi - Đình Văn
Tin cùng chuyên mục
- Lãnh đạo tỉnh dâng hương tại Nghĩa trang liệt sĩ tỉnh (25/07/2023)
- Kon Tum: chi trả trợ cấp một lần cho 230 thân nhân liệt sĩ (20/07/2023)
- Đăk Hà bàn giao 6 nhà tình nghĩa (18/07/2023)
- Họp mặt người có công tiêu biểu năm 2023 (14/07/2023)
- Sa Thầy: khởi công nhà tình nghĩa cho thân nhân liệt sĩ (10/07/2023)
- Tỉnh đoàn ra quân chiến dịch "Tri ân" (05/07/2023)
""", "2023-07-27", "Phó Bí thư Thường trực Tỉnh ủy thăm, chúc sức khỏe Mẹ Việt Nam anh hùng Y Blưm",
E("khac", None, "2023-07-26"),
[P("Y Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Blưm", "Mẹ Việt Nam anh hùng"),
 P("A Pớt", "Trưởng Ban Dân vận Huyện ủy Kon Rẫy"),
 P("Nguyễn Văn Thắng", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("A Thiêm"),
 P("A Dinh", "thương binh hạng 1/4")],
[Q("2 người con trai", 2, "người con trai"), Q("126 Bà mẹ Việt Nam anh hùng", 126, "Bà mẹ Việt Nam anh hùng"), Q("4 mẹ", 4, "mẹ"),
 Q("11.430 suất quà", 11430, "suất quà"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("412 liệt sĩ", 412, "liệt sĩ")],
[D("Kế hoạch", "2169", "KH-UBND", "2023-06-28", "UBND tỉnh", "Kế hoạch số 2169/KH-UBND ngày 28/6/2023 của UBND tỉnh")],
[prov("Kon Tum"), com("Đăk Kôi"), com("Đăk Rve")],
["Báo Kon Tum điện tử", "Thời sự › Chính trị › Hoạt động lãnh đạo", "Ảnh: Đồng chí Y Khiêm (bên phải) hỏi thăm sức khỏe Mẹ Y Blưm.",
 "BKT", "Bộ Chỉ huy Quân sự tỉnh", "Nghĩa trang liệt sĩ huyện Kon Rẫy"],
["27/07/2023 06:00", "76 năm", "98 tuổi", "năm 2015", "Năm 2023", "hạng 1/4"]))

PAGES.append(page("b3812-thainguyen-mttq-giamsat-quy-nct-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ > Giám sát và phản biện xã hội
Cập nhật: 15/08/2024 - 09:30
Giám sát việc quản lý, sử dụng Quỹ chăm sóc và phát huy vai trò người cao tuổi tại huyện Định Hóa
Ngày 13/8/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên do bà Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách đối với người cao tuổi và việc quản lý, sử dụng Quỹ chăm sóc và phát huy vai trò người cao tuổi năm 2024 tại huyện Định Hóa.
Đoàn giám sát làm việc tại xã Phượng Tiến. Ảnh: Hà Thanh
Tham gia đoàn có ông Dương Văn Lượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Hoàng Thị Bích Hồng, Chủ tịch Hội Người cao tuổi tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh.
Theo báo cáo của UBND huyện Định Hóa, toàn huyện có 13.526 người cao tuổi, phần lớn là đồng bào Tày, Nùng, Dao, Sán Chay; 24/24 xã, thị trấn thành lập Quỹ chăm sóc và phát huy vai trò người cao tuổi, tổng số dư đến 30/6/2024 là 1,94 tỷ đồng, bình quân mỗi người cao tuổi đóng góp 20.000 - 50.000 đồng/năm. Từ quỹ, các chi hội đã thăm hỏi 1.316 lượt hội viên ốm đau, hỗ trợ 43 hội viên khó khăn đột xuất. Huyện đang chi trả trợ cấp xã hội hằng tháng cho 2.184 người từ đủ 80 tuổi trở lên, mức 500.000 đồng/người/tháng theo Nghị định số 76/2024/NĐ-CP ngày 1/7/2024 của Chính phủ.
Qua giám sát trực tiếp tại xã Phượng Tiến và xã Trung Hội, đoàn ghi nhận việc thu, chi quỹ cơ bản công khai, có sổ sách theo dõi; tuy nhiên 3 chi hội chưa lập chứng từ chi đầy đủ, một số khoản vận động của con cháu chưa vào sổ quỹ. Ông Nông Văn Khuyến, Chủ tịch Hội Người cao tuổi xã Phượng Tiến, kiến nghị có hướng dẫn thống nhất về mức đóng góp và định mức chi thăm hỏi.
Bà Lương Thị Lan, Phó Chủ tịch UBND huyện Định Hóa, tiếp thu ý kiến của đoàn, cam kết chỉ đạo khắc phục trước ngày 30/9/2024.
Kết luận, bà Ma Thị Nguyệt đề nghị huyện thực hiện nghiêm Quy chế phối hợp số 05/QCPH-MTTQ-NCT ngày 12/4/2023 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Ban Đại diện Hội Người cao tuổi tỉnh; quản lý quỹ theo Thông tư số 96/2018/TT-BTC của Bộ Tài chính; tiếp tục nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau, hiện huyện mới có 6 câu lạc bộ.
Năm 2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức 4 đoàn giám sát chuyên đề về chính sách đối với người cao tuổi tại 4 huyện, thành phố.
Hà Thanh
Tin liên quan
- Mặt trận tỉnh phản biện dự thảo nghị quyết về hỗ trợ người cao tuổi (30/07/2024)
- Đồng Hỷ: mừng thọ 1.240 người cao tuổi (05/04/2024)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2024 (10/07/2024)
""", "2024-08-15", "Giám sát việc quản lý, sử dụng Quỹ chăm sóc và phát huy vai trò người cao tuổi tại huyện Định Hóa",
E("giam_sat", "2024", "2024-08-13"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Văn Lượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Bích Hồng", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nông Văn Khuyến", "Chủ tịch Hội Người cao tuổi xã Phượng Tiến"),
 P("Lương Thị Lan", "Phó Chủ tịch UBND huyện Định Hóa")],
[Q("13.526 người cao tuổi", 13526, "người cao tuổi"), Q("24/24 xã, thị trấn", 24, "xã, thị trấn"), Q("1,94 tỷ đồng", 1940000000, "đồng"),
 Q("20.000", 20000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("1.316 lượt hội viên", 1316, "lượt hội viên"),
 Q("43 hội viên", 43, "hội viên"), Q("2.184 người", 2184, "người"), Q("500.000 đồng", 500000, "đồng"), Q("3 chi hội", 3, "chi hội"),
 Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q("4 đoàn giám sát chuyên đề", 4, "đoàn giám sát chuyên đề"), Q("4 huyện, thành phố", 4, "huyện, thành phố")],
[D("Nghị định", "76", "2024/NĐ-CP", "2024-07-01", "Chính phủ", "Nghị định số 76/2024/NĐ-CP ngày 1/7/2024 của Chính phủ"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-NCT", "2023-04-12", None, "Quy chế phối hợp số 05/QCPH-MTTQ-NCT ngày 12/4/2023"),
 D("Thông tư", "96", "2018/TT-BTC", None, "Bộ Tài chính", "Thông tư số 96/2018/TT-BTC của Bộ Tài chính")],
[prov("Thái Nguyên"), com("Phượng Tiến"), com("Trung Hội")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ > Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại xã Phượng Tiến. Ảnh: Hà Thanh",
 "Bảo hiểm xã hội tỉnh"],
["Cập nhật: 15/08/2024 - 09:30", "năm 2024", "80 tuổi trở lên", "Năm 2024", "30/6/2024", "30/9/2024"]))

PAGES.append(page("b3813-haugiang-hoinghi-bieuduong-nct-2024", """
HỘI NGƯỜI CAO TUỔI TỈNH HẬU GIANG
Bạn đang ở: Trang chủ › Tin hoạt động
Thứ Ba, 29/10/2024
Hậu Giang biểu dương 150 người cao tuổi tiêu biểu
Các cụ tiêu biểu nhận Giấy khen tại hội nghị. Ảnh: Ngọc Hân
Sáng 28/10, tại Hội trường Tỉnh ủy, Ban Đại diện Hội Người cao tuổi tỉnh Hậu Giang tổ chức Hội nghị biểu dương người cao tuổi tiêu biểu trong phong trào "Tuổi cao - gương sáng" năm 2024. Dự hội nghị có ông Trần Văn Huyến, Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn Đạo, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh.
Theo báo cáo, toàn tỉnh hiện có 116.712 người cao tuổi, chiếm 16,1% dân số; 100% xã, phường, thị trấn có Hội Người cao tuổi với 1.014 chi hội. Năm 2024, các cấp hội vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi được gần 5,8 tỷ đồng; mừng thọ cho 17.650 cụ; vận động xây dựng, sửa chữa 38 căn nhà cho hội viên nghèo, mỗi căn hỗ trợ từ 40 đến 60 triệu đồng. Có 21.300 người cao tuổi tham gia các tổ hòa giải, góp phần hòa giải thành 412 vụ việc mâu thuẫn ở khu dân cư.
Nhiều tấm gương được nêu tại hội nghị. Cụ Danh Sà Rết, 78 tuổi, người Khmer ở ấp Xẻo Môn, xã Vĩnh Viễn, đã vận động con cháu và bà con trong ấp hiến 1.200 m2 đất làm đường, đóng góp hơn 200 triệu đồng xây 2 cây cầu bê tông. Cụ Lê Thị Năm, Chi hội trưởng Chi hội Người cao tuổi khu vực 3, phường Ngã Bảy, sáng lập câu lạc bộ liên thế hệ tự giúp nhau với 70 thành viên. Cụ Trịnh Hữu Phước, thương binh hạng 3/4, nhiều năm liền làm tổ trưởng tổ hòa giải ấp.
Tham luận tại hội nghị, các cụ Thạch Thị Sà Phên, Lâm Văn Tha, Huỳnh Văn Bé - Chi hội trưởng Chi hội Người cao tuổi ấp chia sẻ kinh nghiệm duy trì sinh hoạt, vận động con cháu thực hiện chính sách về người cao tuổi theo Chỉ thị số 18-CT/TU ngày 16/4/2024 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác người cao tuổi trong tình hình mới.
Phát biểu tại hội nghị, ông Trần Văn Huyến ghi nhận sự đóng góp của người cao tuổi, đề nghị các sở, ngành thực hiện tốt Kế hoạch số 109/KH-UBND ngày 22/5/2024 của UBND tỉnh thực hiện Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030; quan tâm mức trợ cấp xã hội cho người từ đủ 75 tuổi trở lên theo quy định mới.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen cho 5 cá nhân; Ban Đại diện Hội Người cao tuổi tỉnh tặng Giấy khen cho 150 người cao tuổi tiêu biểu, mỗi cụ kèm phần thưởng 500.000 đồng.
Ngọc Hân
Lượt truy cập: 58.903
Tin khác
- Vị Thủy: mừng thọ 1.100 người cao tuổi (02/10/2024)
- Hội Người cao tuổi tỉnh sơ kết 9 tháng (30/09/2024)
- Ra mắt câu lạc bộ liên thế hệ xã Long Bình (20/09/2024)
""", "2024-10-29", "Hậu Giang biểu dương 150 người cao tuổi tiêu biểu",
E("hoi_nghi", "2024", "2024-10-28"),
[P("Trần Văn Huyến", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Đạo", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Danh Sà Rết"),
 P("Lê Thị Năm", "Chi hội trưởng Chi hội Người cao tuổi khu vực 3"),
 P("Trịnh Hữu Phước", "thương binh hạng 3/4", "tổ trưởng tổ hòa giải ấp"),
 P("Thạch Thị Sà Phên", "Chi hội trưởng Chi hội Người cao tuổi ấp"),
 P("Lâm Văn Tha", "Chi hội trưởng Chi hội Người cao tuổi ấp"),
 P("Huỳnh Văn Bé", "Chi hội trưởng Chi hội Người cao tuổi ấp")],
[Q("150 người cao tuổi", 150, "người cao tuổi"), Q("116.712 người cao tuổi", 116712, "người cao tuổi"), Q("16,1%", 16.1, "%"),
 Q("100%", 100, "%"), Q("1.014 chi hội", 1014, "chi hội"), Q("gần 5,8 tỷ đồng", 5800000000, "đồng", "approx"),
 Q("17.650 cụ", 17650, "cụ"), Q("38 căn nhà", 38, "căn nhà"), Q("40", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("21.300 người cao tuổi", 21300, "người cao tuổi"), Q("412 vụ việc mâu thuẫn", 412, "vụ việc mâu thuẫn"),
 Q("1.200 m2", 1200, "m2"), Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("70 thành viên", 70, "thành viên"), Q("5 cá nhân", 5, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "18", "CT/TU", "2024-04-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 16/4/2024 của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "109", "KH-UBND", "2024-05-22", "UBND tỉnh", "Kế hoạch số 109/KH-UBND ngày 22/5/2024 của UBND tỉnh")],
[prov("Hậu Giang"), com("Vĩnh Viễn"), com("Ngã Bảy")],
["HỘI NGƯỜI CAO TUỔI TỈNH HẬU GIANG", "Bạn đang ở: Trang chủ › Tin hoạt động", "Các cụ tiêu biểu nhận Giấy khen tại hội nghị. Ảnh: Ngọc Hân",
 "Tuổi cao - gương sáng", "Hội trường Tỉnh ủy", "Chương trình hành động quốc gia về người cao tuổi", "Lượt truy cập: 58.903"],
["Thứ Ba, 29/10/2024", "năm 2024", "Năm 2024", "78 tuổi", "hạng 3/4", "khu vực 3", "2021 - 2030", "75 tuổi trở lên", "Lượt truy cập: 58.903"]))

PAGES.append(page("b3814-tuyenquang-chandung-nguoicaotuoi-2025", """
Báo Tuyên Quang điện tử
Tuyên Quang ngày nay | Gương sáng
10/10/2025 | 08:30
Cụ Sùng Mí Pó (giữa) trò chuyện cùng cán bộ xã. Ảnh: Thu Phương
Già Sùng Mí Pó và "quỹ nghĩa tình" của người cao tuổi thôn Sủng Là
Ở tuổi 86, cụ Sùng Mí Pó, Chi hội trưởng Chi hội Người cao tuổi thôn Sủng Là, xã Sủng Là (trước đây thuộc huyện Đồng Văn, tỉnh Hà Giang, nay là tỉnh Tuyên Quang), vẫn ngày ngày chống gậy đến từng nhà vận động bà con góp quỹ chăm lo cho những người già neo đơn. Người Mông trong thôn gọi cụ là "già Pó" với tất cả sự kính trọng. Thôn Sủng Là nằm dưới chân núi đá, đường lên dốc quanh co, mùa đông sương mù dày đặc, nhiều nhà còn thiếu nước sinh hoạt.
Năm 2012, khi Hội Người cao tuổi xã phát động xây dựng Quỹ chăm sóc và phát huy vai trò người cao tuổi, chi hội thôn Sủng Là chỉ có 23 hội viên, quỹ gần như bằng không. Cụ Pó bàn với các cụ trong thôn, mỗi mùa ngô mỗi hộ góp 5 kg ngô, mỗi dịp Tết góp 20.000 đồng. Đến nay, chi hội đã có 61 hội viên, quỹ có khoảng 38 triệu đồng, được dùng để thăm hỏi hội viên ốm đau, hỗ trợ 7 cụ cô đơn mua chăn, áo ấm mỗi mùa đông.
Không chỉ lo cho người già, cụ Pó còn là "cây cao bóng cả" trong dòng họ Sùng. Cụ đã cùng Ban công tác Mặt trận thôn vận động 12 hộ bỏ tục đám ma kéo dài nhiều ngày, vận động con cháu hiến hơn 600 m2 đất làm đường vào thôn. Năm 2024, gia đình cụ góp 3 ngày công và 2 triệu đồng giúp xóa nhà tạm cho hộ ông Vàng Mí Chư, thân nhân liệt sĩ trong thôn.
Bà Giàng Thị Súa, Phó Chủ tịch UBND xã Sủng Là, cho biết: "Cụ Pó là chỗ dựa của chính quyền ở thôn. Việc gì khó, cán bộ xã đều đến hỏi ý kiến cụ trước". Theo bà Súa, năm 2025 xã có 486 người cao tuổi, 100% được cấp thẻ bảo hiểm y tế; Hội Người cao tuổi xã đang nhân rộng cách làm của chi hội Sủng Là ra 10 thôn còn lại.
Ông Hoàng Văn Chiến, Phó Chủ tịch Hội Người cao tuổi tỉnh Tuyên Quang, đánh giá cách làm "góp ngô nuôi quỹ" tuy giản dị nhưng phù hợp với điều kiện vùng cao, sẽ được Hội giới thiệu tại hội nghị biểu dương "Tuổi cao - gương sáng" cuối năm. Năm 2023, cụ Pó đã được Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen.
Khi chúng tôi chia tay, cụ Pó dặn con cháu: "Người già còn sức thì còn làm việc có ích cho thôn bản, con cháu phải biết ơn những người đã hy sinh để có ngày hôm nay".
Thu Phương - Mạnh Hùng
Tin liên quan
- Tuyên Quang mừng thọ hơn 20.000 người cao tuổi (02/10/2025)
- Hội Người cao tuổi tỉnh triển khai nhiệm vụ sau hợp nhất (15/08/2025)
- Gương sáng người cao tuổi ở vùng cao Mèo Vạc (20/09/2025)
- Trao 50 sổ tiết kiệm cho người cao tuổi neo đơn (12/09/2025)
""", "2025-10-10", 'Già Sùng Mí Pó và "quỹ nghĩa tình" của người cao tuổi thôn Sủng Là',
E("khac", None, None),
[P("Sùng Mí Pó", "Chi hội trưởng Chi hội Người cao tuổi thôn Sủng Là"),
 P("Vàng Mí Chư", "thân nhân liệt sĩ"),
 P("Giàng Thị Súa", "Phó Chủ tịch UBND xã Sủng Là"),
 P("Hoàng Văn Chiến", "Phó Chủ tịch Hội Người cao tuổi tỉnh Tuyên Quang")],
[Q("23 hội viên", 23, "hội viên"), Q("5 kg ngô", 5, "kg"), Q("20.000 đồng", 20000, "đồng"), Q("61 hội viên", 61, "hội viên"),
 Q("khoảng 38 triệu đồng", 38000000, "đồng", "approx"), Q("7 cụ cô đơn", 7, "cụ cô đơn"), Q("12 hộ", 12, "hộ"),
 Q("hơn 600 m2", 600, "m2", "over"), Q("3 ngày công", 3, "ngày công"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("486 người cao tuổi", 486, "người cao tuổi"), Q("100%", 100, "%"), Q("10 thôn", 10, "thôn")],
[],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Sủng Là")],
["Báo Tuyên Quang điện tử", "Tuyên Quang ngày nay | Gương sáng", "Cụ Sùng Mí Pó (giữa) trò chuyện cùng cán bộ xã. Ảnh: Thu Phương",
 "cây cao bóng cả", "góp ngô nuôi quỹ", "Tuổi cao - gương sáng", "Ban công tác Mặt trận thôn"],
["10/10/2025 | 08:30", "86", "Năm 2012", "Năm 2024", "năm 2025", "Năm 2023"]))
