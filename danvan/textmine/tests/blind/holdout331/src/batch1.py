from lib import *
PAGES = []

PAGES.append(page("b7901-soctrang-nuocsach-tongket-2011", """
BÁO SÓC TRĂNG ONLINE
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
Thứ Tư, 28/12/2011 - 14:35
Ảnh: Công trình cấp nước tập trung ấp Tà Liêm, xã Phú Tân.
Sóc Trăng: Thêm 11.800 hộ dân được dùng nước sạch
(STO) - Ngày 27/12, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012. Ông Trần Minh Sang, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn dự và chỉ đạo hội nghị.
Theo báo cáo do ông Nguyễn Thành Hưng, Giám đốc Trung tâm trình bày, năm 2011 toàn tỉnh đã đầu tư xây mới, nâng cấp 14 công trình cấp nước tập trung với tổng vốn hơn 38,6 tỷ đồng, lắp đặt gần 46 km đường ống, đưa nước sạch đến thêm 11.800 hộ dân. Đến nay, tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 80,5%, tăng 3,2% so với năm 2010; riêng vùng đồng bào Khmer có khoảng 27.000 hộ được dùng nước từ các trạm cấp nước.
Thực hiện Quyết định số 2386/QĐ-UBND ngày 12/10/2011 của UBND tỉnh về quản lý, khai thác công trình cấp nước sinh hoạt nông thôn, Trung tâm đã phối hợp với chính quyền 9 xã thành lập tổ quản lý vận hành có người dân tham gia; mỗi tổ từ 3 đến 5 thành viên do dân bầu, trực tiếp ghi chỉ số đồng hồ, thu tiền nước và báo hỏng hóc. Giá nước bình quân 3.500 đồng/m3, hộ nghèo được giảm 30%.
Tại hội nghị, bà Sơn Thị Sà Ly, Tổ trưởng tổ dùng nước ấp Bưng Cóc, xã Thạnh Phú cho biết từ khi có tổ tự quản, tình trạng câu đấu trái phép giảm hẳn, tỷ lệ thu tiền nước đạt trên 95%. Ông Thạch Sô Phal, Trưởng ấp Tà Liêm, đề nghị mở rộng mạng đường ống đến 120 hộ còn lại ở cuối ấp vì bà con vẫn phải dùng nước giếng nhiễm phèn.
Ảnh: Người dân ấp Bưng Cóc sử dụng nước sạch.
Phát biểu chỉ đạo, ông Trần Minh Sang ghi nhận nỗ lực của Trung tâm, đồng thời yêu cầu năm 2012 tập trung hoàn thành 8 công trình chuyển tiếp, phấn đấu nâng tỷ lệ dân nông thôn dùng nước hợp vệ sinh lên 83%; tăng cường kiểm tra chất lượng nước định kỳ, công khai giá nước và kết quả thu chi tại các ấp để người dân giám sát. Các đơn vị cần vận động nhân dân giữ gìn, bảo vệ công trình, xem đây là tài sản chung của cộng đồng; kịp thời biểu dương những tổ tự quản làm tốt.
Dịp này, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích trong công tác cấp nước sạch nông thôn năm 2011.
Kim Sơn
Tin liên quan
- Mỹ Xuyên: khánh thành trạm cấp nước xã Ngọc Đông (15/12/2011)
- Vận động người dân lắp đồng hồ nước (01/12/2011)
- Ngã Năm: 3 trạm cấp nước bị xuống cấp (18/11/2011)
- Hơn 2.000 hộ Khmer được hỗ trợ lu chứa nước (05/11/2011)
""", "2011-12-28", "Sóc Trăng: Thêm 11.800 hộ dân được dùng nước sạch",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Minh Sang", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Thành Hưng", "Giám đốc Trung tâm"),
 P("Sơn Thị Sà Ly", "Tổ trưởng tổ dùng nước ấp Bưng Cóc"),
 P("Thạch Sô Phal", "Trưởng ấp Tà Liêm")],
[Q("11.800 hộ dân", 11800, "hộ dân"), Q("14 công trình cấp nước tập trung", 14, "công trình cấp nước tập trung"),
 Q("hơn 38,6 tỷ đồng", 38600000000, "đồng", "over"), Q("gần 46 km", 46, "km", "approx"),
 Q("80,5%", 80.5, "%"), Q("3,2%", 3.2, "%"), Q("khoảng 27.000 hộ", 27000, "hộ", "approx"),
 Q("9 xã", 9, "xã"), Q("3 đến 5 thành viên", 3, "thành viên"), Q("3 đến 5 thành viên", 5, "thành viên"),
 Q("3.500 đồng/m3", 3500, "đồng"), Q("giảm 30%", 30, "%"), Q("trên 95%", 95, "%", "over"),
 Q("120 hộ", 120, "hộ"), Q("8 công trình chuyển tiếp", 8, "công trình chuyển tiếp"), Q("83%", 83, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "2386", "QĐ-UBND", "2011-10-12", "UBND tỉnh", "Quyết định số 2386/QĐ-UBND ngày 12/10/2011")],
[prov("Sóc Trăng"), com("Phú Tân"), com("Thạnh Phú")],
["BÁO SÓC TRĂNG ONLINE", "Trang chủ > Kinh tế > Nông nghiệp - Nông thôn",
 "Ảnh: Công trình cấp nước tập trung ấp Tà Liêm, xã Phú Tân.", "Ảnh: Người dân ấp Bưng Cóc sử dụng nước sạch.", "(STO)"],
["Thứ Tư, 28/12/2011 - 14:35", "năm 2011", "năm 2012", "năm 2010"]))

PAGES.append(page("b7902-hagiang-hotreo-khanhthanh-2012", """
BÁO HÀ GIANG ĐIỆN TỬ
Kinh tế - Xã hội › Nông thôn mới
Cập nhật: 09:20, 14/05/2012 (GMT+7)
Sủng Trái có thêm công trình nước sinh hoạt tập trung
(BHG) - Sáng 11/5, UBND huyện Đồng Văn tổ chức khánh thành, bàn giao công trình cấp nước sinh hoạt tập trung thôn Ha Bó, xã Sủng Trái cho nhân dân quản lý, sử dụng. Dự lễ có đồng chí Lù Văn Thắng - HUV, Phó Chủ tịch UBND huyện Đồng Văn cùng đông đảo bà con người Mông trong thôn.
Công trình được đầu tư từ nguồn vốn Chương trình 135 và vốn hỗ trợ theo Nghị quyết 30a/2008/NQ-CP của Chính phủ, với tổng mức đầu tư 1,86 tỷ đồng. Hạng mục gồm đập đầu mối, 2 bể chứa dung tích mỗi bể 100 m3, hơn 3,2 km đường ống dẫn và 9 bể phân phối đặt tại các cụm dân cư. Nhân dân trong thôn đã đóng góp 1.200 ngày công vận chuyển cát, đá, xi măng lên núi đá.
Lễ khánh thành công trình nước sinh hoạt thôn Ha Bó.
Trước đây, mỗi mùa khô 146 hộ với gần 700 nhân khẩu của thôn Ha Bó phải đi bộ từ 2 đến 3 giờ đồng hồ để lấy nước, nhiều gia đình phải mua nước với giá 150.000 đồng một téc. Nay nước về tận cụm dân cư, bà con phấn khởi, không còn lo thiếu nước cho sinh hoạt và chăn nuôi.
Đồng chí Vàng Seo Dính, Bí thư Đảng ủy, Chủ tịch HĐND xã Sủng Trái cho biết: Thực hiện Quyết định số 1174/QĐ-UBND ngày 08/6/2011 của UBND tỉnh Hà Giang về phân cấp quản lý công trình cấp nước nông thôn, xã đã họp dân bầu tổ quản lý gồm 5 thành viên, do ông Sùng Mí Chớ, Trưởng thôn Ha Bó làm tổ trưởng. Tổ xây dựng quy ước sử dụng nước, mỗi hộ đóng góp 5.000 đồng/tháng để sửa chữa nhỏ, thay van, ống hỏng.
Bà Giàng Thị Dợ, người dân thôn Ha Bó chia sẻ: "Trước kia mùa khô phải gùi nước từ dưới thung lũng lên, nay có nước ngay cạnh nhà, con cháu được tắm rửa sạch sẽ hơn".
Phát biểu tại buổi lễ, đồng chí Lù Văn Thắng đề nghị xã và thôn phát huy vai trò của tổ quản lý, thường xuyên kiểm tra, bảo dưỡng đường ống, không để xảy ra tình trạng tự ý đục ống lấy nước; đồng thời tuyên truyền bà con sử dụng nước tiết kiệm, giữ vệ sinh khu vực đầu nguồn.
Theo UBND huyện, đây là công trình thứ ba ở xã Sủng Trái giao cho cộng đồng tự quản. Các công trình trước ở thôn Sủng Lủng và Pó Ký vẫn vận hành tốt sau hơn một năm, nhờ tổ quản lý thu đủ tiền đóng góp và huy động người dân sửa ống mỗi khi có sự cố, không để nước bị gián đoạn dài ngày.
Năm 2012, huyện Đồng Văn dự kiến tiếp tục xây dựng 4 hồ treo và 6 công trình nước sinh hoạt tập trung ở các xã vùng cao núi đá.
Tin: Mạnh Hùng
Tin khác
- Mèo Vạc: Người dân góp công làm hồ treo (08/05/2012)
- Lũng Cú bàn giao 120 téc nước cho hộ nghèo (26/04/2012)
- Yên Minh sửa chữa 11 công trình nước hư hỏng (19/04/2012)
""", "2012-05-14", "Sủng Trái có thêm công trình nước sinh hoạt tập trung",
E("khac", None, "2012-05-11"),
[P("Lù Văn Thắng", "HUV", "Phó Chủ tịch UBND huyện Đồng Văn"),
 P("Vàng Seo Dính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sủng Trái"),
 P("Sùng Mí Chớ", "Trưởng thôn Ha Bó"),
 P("Giàng Thị Dợ")],
[Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("2 bể chứa", 2, "bể chứa"), Q("100 m3", 100, "m3"),
 Q("hơn 3,2 km", 3.2, "km", "over"), Q("9 bể phân phối", 9, "bể phân phối"), Q("1.200 ngày công", 1200, "ngày công"),
 Q("146 hộ", 146, "hộ"), Q("gần 700 nhân khẩu", 700, "nhân khẩu", "approx"), Q("150.000 đồng", 150000, "đồng"),
 Q("5 thành viên", 5, "thành viên"), Q("5.000 đồng/tháng", 5000, "đồng"), Q("4 hồ treo", 4, "hồ treo"),
 Q("6 công trình nước sinh hoạt tập trung", 6, "công trình nước sinh hoạt tập trung")],
[D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Quyết định", "1174", "QĐ-UBND", "2011-06-08", "UBND tỉnh Hà Giang", "Quyết định số 1174/QĐ-UBND ngày 08/6/2011")],
[prov("Hà Giang"), com("Sủng Trái")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Kinh tế - Xã hội › Nông thôn mới", "(BHG)", "Chương trình 135",
 "Lễ khánh thành công trình nước sinh hoạt thôn Ha Bó."],
["Cập nhật: 09:20, 14/05/2012 (GMT+7)", "2 đến 3 giờ", "Năm 2012", "công trình thứ ba", "hơn một năm"]))

PAGES.append(page("b7903-quangtri-hdnd-giamsat-2013", """
HĐND TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Hoạt động giám sát
08:15 | 19/09/2013
Giám sát việc quản lý, khai thác công trình cấp nước sinh hoạt nông thôn
Trong hai ngày 16 và 17/9/2013, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh do ông Lê Văn Hòa, Phó Trưởng ban làm trưởng đoàn đã giám sát tình hình quản lý, khai thác các công trình cấp nước sinh hoạt nông thôn giai đoạn 2011 - 2013 tại huyện Đakrông và huyện Hướng Hóa, tỉnh Quảng Trị.
Tham gia đoàn có các ông, bà Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh: Hồ Văn Ngoan, Nguyễn Thị Lý, Trần Quốc Bảo; đại diện Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính.
Đoàn giám sát kiểm tra công trình cấp nước tự chảy tại xã A Bung.
Theo báo cáo của UBND hai huyện, trên địa bàn hiện có 152 công trình cấp nước sinh hoạt tập trung, phần lớn là công trình tự chảy, phục vụ khoảng 9.400 hộ đồng bào Vân Kiều, Pa Kô. Tuy nhiên chỉ 41 công trình hoạt động bền vững; 58 công trình hoạt động kém hiệu quả và 18 công trình đã ngừng hoạt động do đường ống bị lũ cuốn trôi, đầu mối bồi lấp. Tỷ lệ công trình có tổ quản lý cộng đồng mới đạt 27%.
Tại xã A Bung, ông Kăn Lợi, Chủ tịch UBND xã cho biết công trình cấp nước thôn Cu Tài 2 mới bàn giao năm 2012 nhưng đến nay 2/3 số vòi đã khô vì người dân đầu nguồn tự ý nối ống tưới rẫy. Thôn chưa có quy ước dùng nước, tổ quản lý chỉ có 3 người, không có kinh phí duy tu. Tại xã Tân Long, bà Hồ Thị Xuân, Trưởng thôn Làng Vây, kiến nghị hỗ trợ khoảng 40 triệu đồng để thay đoạn ống hư hỏng dài 600 m.
Các thành viên đoàn đề nghị hai huyện rà soát, phân loại toàn bộ công trình; lập phương án giao cho cộng đồng hoặc đơn vị sự nghiệp quản lý theo đúng Thông tư số 54/2013/TT-BTC ngày 04/5/2013 của Bộ Tài chính quy định việc quản lý, sử dụng và khai thác công trình cấp nước sạch nông thôn tập trung; thu tiền nước dù ở mức thấp để có nguồn bảo dưỡng.
Kết luận buổi giám sát, ông Lê Văn Hòa đánh giá Nghị quyết số 15/2012/NQ-HĐND ngày 14/12/2012 của HĐND tỉnh về một số chính sách hỗ trợ nước sạch vùng đồng bào dân tộc thiểu số đã phát huy tác dụng, song công tác quản lý sau đầu tư còn buông lỏng. Đoàn sẽ tổng hợp, báo cáo Thường trực HĐND tỉnh để kiến nghị UBND tỉnh bố trí khoảng 3,5 tỷ đồng sửa chữa 18 công trình hư hỏng trước mùa khô năm 2014.
Văn phòng Đoàn ĐBQH và HĐND tỉnh
Các tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Vĩnh Linh (10/09/2013)
- Ban Văn hóa - Xã hội giám sát chính sách hỗ trợ học sinh (28/08/2013)
- Kỳ họp thứ 8 HĐND tỉnh khóa VI thông qua 12 nghị quyết (20/07/2013)
""", "2013-09-19", "Giám sát việc quản lý, khai thác công trình cấp nước sinh hoạt nông thôn",
E("giam_sat", None, "2013-09-16"),
[P("Lê Văn Hòa", "Phó Trưởng ban"),
 P("Hồ Văn Ngoan", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Nguyễn Thị Lý", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Trần Quốc Bảo", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Kăn Lợi", "Chủ tịch UBND xã"),
 P("Hồ Thị Xuân", "Trưởng thôn Làng Vây")],
[Q("152 công trình cấp nước sinh hoạt tập trung", 152, "công trình cấp nước sinh hoạt tập trung"),
 Q("khoảng 9.400 hộ", 9400, "hộ", "approx"), Q("41 công trình", 41, "công trình"), Q("58 công trình", 58, "công trình"),
 Q("18 công trình", 18, "công trình"), Q("27%", 27, "%"), Q("3 người", 3, "người"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("600 m", 600, "m"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx")],
[D("Thông tư", "54", "2013/TT-BTC", "2013-05-04", "Bộ Tài chính", "Thông tư số 54/2013/TT-BTC ngày 04/5/2013"),
 D("Nghị quyết", "15", "2012/NQ-HĐND", "2012-12-14", "HĐND tỉnh", "Nghị quyết số 15/2012/NQ-HĐND ngày 14/12/2012")],
[prov("Quảng Trị"), com("A Bung"), com("Tân Long")],
["HĐND TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Hoạt động giám sát",
 "Đoàn giám sát kiểm tra công trình cấp nước tự chảy tại xã A Bung.", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["08:15 | 19/09/2013", "giai đoạn 2011 - 2013", "2/3 số vòi", "năm 2012", "năm 2014", "hai ngày"]))

PAGES.append(page("b7904-nghean-tohopdungnuoc-taphuan-2014", """
Sở Nông nghiệp và Phát triển nông thôn Nghệ An
Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Nước sạch nông thôn
29-04-2014 10:12
Ảnh: Học viên thực hành kiểm tra đồng hồ nước.
Tập huấn quản lý, vận hành công trình cấp nước cho tổ dùng nước vùng cao
Từ ngày 23 đến 25/4, tại thị trấn Kim Sơn, huyện Quế Phong, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Nghệ An phối hợp với UBND huyện mở lớp tập huấn năm 2014 về quản lý, vận hành và bảo dưỡng công trình cấp nước tập trung cho thành viên các tổ dùng nước.
Tham gia lớp có 64 học viên là tổ trưởng, thợ vận hành của 17 tổ dùng nước thuộc 8 xã vùng cao Quế Phong, Quỳ Châu, trong đó hơn 70% là người dân tộc Thái. Lớp học nằm trong Kế hoạch số 112/KH-SNN ngày 02/4/2014 của Sở Nông nghiệp và PTNT triển khai Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn giai đoạn 2012 - 2015 được phê duyệt tại Quyết định 366/QĐ-TTg của Thủ tướng Chính phủ.
Giảng viên là ThS. Phan Quang Minh, Trường Đại học Thủy lợi và KS. Đặng Văn Cường, Trưởng phòng Kỹ thuật Trung tâm Nước sạch. Học viên được hướng dẫn cách súc rửa bể lọc, khử trùng bằng clo, ghi sổ theo dõi, tính giá nước và lập dự toán sửa chữa nhỏ; thực hành tại trạm cấp nước bản Na Khích, xã Châu Kim với công suất 150 m3/ngày đêm.
Ông Lô Văn Hùng, Tổ trưởng tổ dùng nước bản Piềng Cu, xã Tiền Phong cho biết tổ có 4 người phục vụ 210 hộ nhưng trước nay chỉ làm theo kinh nghiệm, khi đường ống vỡ phải chờ cán bộ huyện xuống. "Được hướng dẫn bài bản, chúng tôi tự sửa được những hỏng hóc nhỏ, lại biết cách công khai thu chi cho bà con cùng giám sát", ông Hùng nói.
Chị Vi Thị Hoa, thợ vận hành trạm cấp nước xã Châu Kim, đề nghị Trung tâm hỗ trợ bộ dụng cụ sửa chữa và tập huấn lại hằng năm vì thợ vận hành thay đổi nhiều.
Bế mạc lớp học, ông Lương Văn Pheo, Phó Chủ tịch UBND huyện Quế Phong trao giấy chứng nhận cho 64 học viên; mỗi học viên được hỗ trợ tiền ăn 100.000 đồng/ngày. Năm 2014, Trung tâm sẽ mở thêm 5 lớp tương tự tại các huyện Tương Dương, Kỳ Sơn, Con Cuông, dự kiến cho khoảng 300 học viên. Trung tâm cũng sẽ phối hợp với Đài Phát thanh - Truyền hình huyện làm chuyên mục về kinh nghiệm quản lý công trình của các tổ dùng nước tiêu biểu để nhân rộng ở những bản khác.
Theo đánh giá của Trung tâm, sau các lớp tập huấn năm 2013, nhiều tổ dùng nước đã tự xây dựng được quy ước, thu tiền nước hằng tháng và không còn phụ thuộc hoàn toàn vào kinh phí của huyện.
Hồng Nhung
Tin cùng chuyên mục
- Kỳ Sơn: 3 công trình nước sinh hoạt bị hư hỏng sau lũ (15/04/2014)
- Trao bằng khen cho 12 tổ dùng nước tiêu biểu (02/04/2014)
- Tương Dương khởi công công trình cấp nước bản Xốp Cháo (21/03/2014)
""", "2014-04-29", "Tập huấn quản lý, vận hành công trình cấp nước cho tổ dùng nước vùng cao",
E("tap_huan", "2014", "2014-04-23"),
[P("Phan Quang Minh", "ThS."),
 P("Đặng Văn Cường", "KS.", "Trưởng phòng Kỹ thuật Trung tâm Nước sạch"),
 P("Lô Văn Hùng", "Tổ trưởng tổ dùng nước bản Piềng Cu"),
 P("Vi Thị Hoa", "thợ vận hành trạm cấp nước xã Châu Kim"),
 P("Lương Văn Pheo", "Phó Chủ tịch UBND huyện Quế Phong")],
[Q("64 học viên", 64, "học viên"), Q("17 tổ dùng nước", 17, "tổ dùng nước"), Q("8 xã vùng cao", 8, "xã vùng cao"),
 Q("hơn 70%", 70, "%", "over"), Q("150 m3/ngày đêm", 150, "m3/ngày đêm"), Q("4 người", 4, "người"),
 Q("210 hộ", 210, "hộ"), Q("100.000 đồng/ngày", 100000, "đồng"), Q("5 lớp", 5, "lớp"),
 Q("khoảng 300 học viên", 300, "học viên", "approx")],
[D("Kế hoạch", "112", "KH-SNN", "2014-04-02", "Sở Nông nghiệp và PTNT", "Kế hoạch số 112/KH-SNN ngày 02/4/2014"),
 D("Quyết định", "366", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 366/QĐ-TTg")],
[prov("Nghệ An"), com("Kim Sơn"), com("Châu Kim"), com("Tiền Phong")],
["Sở Nông nghiệp và Phát triển nông thôn Nghệ An", "Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Nước sạch nông thôn",
 "Ảnh: Học viên thực hành kiểm tra đồng hồ nước.",
 "Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn"],
["29-04-2014 10:12", "năm 2014", "năm 2013", "Năm 2014", "giai đoạn 2012 - 2015"]))

PAGES.append(page("b7905-daklak-eatul-doithoai-2015", """
ĐẢNG BỘ TỈNH ĐẮK LẮK - TRANG THÔNG TIN BAN DÂN VẬN TỈNH ỦY
Dân vận chính quyền :: Tin từ cơ sở
Ngày đăng 16/10/2015 | 08:30
Xã Ea Tul đối thoại với nhân dân về giá nước sinh hoạt
Ngày 14/10/2015, UBND xã Ea Tul (huyện Cư M'gar) tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân năm 2015, chủ đề "Quản lý, sử dụng công trình cấp nước sinh hoạt tập trung và giá nước". Ông Y Bhim Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có đại diện Ban Dân vận Huyện ủy, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh.
Toàn cảnh buổi đối thoại tại hội trường buôn Ea Ktur.
Thực hiện Hướng dẫn 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về đối thoại giữa người đứng đầu chính quyền với nhân dân, xã đã thông báo trước nội dung tới 12 buôn. Hơn 180 người dân, chủ yếu là đồng bào Êđê, đến dự và nêu 23 ý kiến, tập trung vào việc giá nước tăng từ 4.000 đồng/m3 lên 5.500 đồng/m3 theo Quyết định số 2810/QĐ-UBND ngày 25/9/2014 của UBND tỉnh, nước có lúc đục, áp lực yếu ở cuối tuyến.
Ông Y Khoa Êban, người có uy tín buôn Ea Ktur, phản ánh 3 công trình cấp nước của xã phục vụ 740 hộ nhưng nhiều tháng mùa khô các hộ ở cuối nguồn chỉ có nước vào ban đêm. Bà H'Yâm Mlô, Phó Chủ tịch Hội LHPN xã, đề nghị miễn giảm tiền nước cho hộ nghèo và công khai hằng quý số tiền thu được.
Trả lời các ý kiến, ông Y Bhim Niê cho biết giá nước mới vẫn thấp hơn giá thành sản xuất khoảng 1.200 đồng/m3, phần chênh lệch được ngân sách cấp bù. Xã sẽ đề nghị Trung tâm Nước sạch lắp thêm 1 trạm bơm tăng áp và súc rửa đường ống trong tháng 11; giao tổ quản lý công trình các buôn niêm yết công khai thu chi tại nhà văn hóa. Về miễn giảm, xã đã lập danh sách 96 hộ nghèo được giảm 50% tiền nước từ quý IV/2015.
Ông Nguyễn Văn Tiến, Trưởng Ban Dân vận Huyện ủy, đánh giá buổi đối thoại dân chủ, thẳng thắn; đề nghị xã giải quyết dứt điểm những việc trong thẩm quyền, những việc vượt thẩm quyền phải trả lời bằng văn bản trong vòng 15 ngày để người dân yên tâm.
Theo Ban Dân vận Tỉnh ủy Đắk Lắk, năm 2015 các xã trong tỉnh đã tổ chức trên 400 buổi đối thoại, trong đó nhiều buổi bàn về nước sinh hoạt, điện, đất sản xuất; qua đối thoại, nhiều kiến nghị kéo dài đã được giải quyết ngay tại cơ sở, người dân đồng thuận hơn với chính quyền.
Cuối buổi, 21/23 ý kiến đã được trả lời trực tiếp, 2 ý kiến còn lại xã tiếp nhận để báo cáo cấp trên.
H'Lan Niê
Tin liên quan
- Krông Búk vận động người dân bảo vệ đường ống nước (02/10/2015)
- Cư Kuin: hơn 300 hộ được dùng nước sạch (21/09/2015)
- Đối thoại với nhân dân về bồi thường đất làm thủy lợi (10/09/2015)
""", "2015-10-16", "Xã Ea Tul đối thoại với nhân dân về giá nước sinh hoạt",
E("doi_thoai", "2015", "2015-10-14"),
[P("Y Bhim Niê", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Khoa Êban", "người có uy tín buôn Ea Ktur"),
 P("H'Yâm Mlô", "Phó Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Tiến", "Trưởng Ban Dân vận Huyện ủy")],
[Q("12 buôn", 12, "buôn"), Q("Hơn 180 người dân", 180, "người dân", "over"), Q("23 ý kiến", 23, "ý kiến"),
 Q("4.000 đồng/m3", 4000, "đồng"), Q("5.500 đồng/m3", 5500, "đồng"), Q("3 công trình cấp nước", 3, "công trình cấp nước"),
 Q("740 hộ", 740, "hộ"), Q("khoảng 1.200 đồng/m3", 1200, "đồng", "approx"), Q("1 trạm bơm tăng áp", 1, "trạm bơm tăng áp"),
 Q("96 hộ nghèo", 96, "hộ nghèo"), Q("50%", 50, "%"), Q("21/23 ý kiến", 21, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"),
 Q("trên 400 buổi đối thoại", 400, "buổi đối thoại", "over")],
[D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05-HD/BDVTU"),
 D("Quyết định", "2810", "QĐ-UBND", "2014-09-25", "UBND tỉnh", "Quyết định số 2810/QĐ-UBND ngày 25/9/2014")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ĐẢNG BỘ TỈNH ĐẮK LẮK - TRANG THÔNG TIN BAN DÂN VẬN TỈNH ỦY", "Dân vận chính quyền :: Tin từ cơ sở",
 "Toàn cảnh buổi đối thoại tại hội trường buôn Ea Ktur.",
 "Quản lý, sử dụng công trình cấp nước sinh hoạt tập trung và giá nước"],
["Ngày đăng 16/10/2015 | 08:30", "năm 2015", "năm 2015 các xã", "quý IV/2015", "tháng 11", "15 ngày"]))

PAGES.append(page("b7906-thanhhoa-ctmtqg-nuocsach-soket-2016", """
BÁO THANH HÓA
Thời sự › Kinh tế › Nông nghiệp
15/07/2016 - 16:40
Đẩy nhanh tiến độ các công trình cấp nước sạch nông thôn
(Baothanhhoa.vn) - Chiều 14/7, Sở Nông nghiệp và PTNT tổ chức hội nghị sơ kết 6 tháng đầu năm 2016 thực hiện Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có các ông Lê Văn Tâm, Trịnh Quang Hưng - Phó Giám đốc Sở Nông nghiệp và PTNT.
Quang cảnh hội nghị.
Báo cáo của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn cho biết, 6 tháng đầu năm toàn tỉnh giải ngân 52,4 tỷ đồng, đạt 61% kế hoạch vốn; hoàn thành 15 công trình cấp nước tập trung, cung cấp nước cho thêm 4.600 hộ; 23 công trình khác đang thi công. Tỷ lệ dân số nông thôn tỉnh Thanh Hóa được sử dụng nước hợp vệ sinh đạt trên 84%, trong đó dùng nước sạch đạt tiêu chuẩn của Bộ Y tế khoảng 41%.
Các công trình được đầu tư theo Quyết định 1452, 1453/QĐ-UBND của UBND tỉnh phê duyệt danh mục dự án cấp nước vùng khô hạn, nhiễm mặn huyện Nga Sơn, Hậu Lộc và vùng cao Bá Thước. Đến nay toàn tỉnh có 31 tổ hợp tác dùng nước và 9 hợp tác xã dịch vụ quản lý công trình, người dân tự bầu ban quản lý, tự định mức thu tiền nước.
Ông Bùi Văn Thắng, Chủ tịch UBND xã Lương Trung (Bá Thước) cho biết, công trình cấp nước của xã hoàn thành từ năm 2014 nhưng mới có 380/520 hộ đấu nối do nhiều hộ người Mường chưa quen trả tiền nước. Xã đã giao Hội Phụ nữ vận động từng nhà, giảm phí đấu nối cho 45 hộ nghèo.
Bà Phạm Thị Lụa, Chủ nhiệm Hợp tác xã dịch vụ nước sạch Nga Thủy, kiến nghị tỉnh có cơ chế hỗ trợ lãi suất vì hợp tác xã đang vay gần 800 triệu đồng để lắp đặt đồng hồ cho 1.350 hộ thành viên.
Kết luận hội nghị, ông Lê Văn Tâm yêu cầu các chủ đầu tư đẩy nhanh tiến độ 23 công trình dở dang, phấn đấu hết năm 2016 nâng tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh lên 86%; làm tốt công tác dân vận để người dân hiểu và đồng thuận với việc chi trả tiền nước, coi đây là điều kiện để công trình hoạt động bền vững. Các huyện phải kiểm tra, phân loại công trình, với những công trình hoạt động kém hiệu quả cần có phương án giao lại cho hợp tác xã hoặc doanh nghiệp quản lý.
Ông Trịnh Quang Hưng đề nghị Trung tâm Nước sạch phối hợp Hội Nông dân, Hội Liên hiệp phụ nữ tỉnh tuyên truyền sâu rộng về sử dụng nước sạch, giữ vệ sinh môi trường nông thôn, gắn với tiêu chí số 17 về môi trường trong xây dựng nông thôn mới.
Lê Hà
Tin khác
- Nga Sơn: 2 nhà máy nước sạch nông thôn đi vào hoạt động (05/07/2016)
- Hơn 1.000 hộ dân vùng biển thiếu nước ngọt (28/06/2016)
- Quảng Xương: xã hội hóa đầu tư cấp nước sạch (16/06/2016)
""", "2016-07-15", "Đẩy nhanh tiến độ các công trình cấp nước sạch nông thôn",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Lê Văn Tâm", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Trịnh Quang Hưng", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Bùi Văn Thắng", "Chủ tịch UBND xã Lương Trung"),
 P("Phạm Thị Lụa", "Chủ nhiệm Hợp tác xã dịch vụ nước sạch Nga Thủy")],
[Q("52,4 tỷ đồng", 52400000000, "đồng"), Q("61%", 61, "%"),
 Q("15 công trình cấp nước tập trung", 15, "công trình cấp nước tập trung"), Q("4.600 hộ", 4600, "hộ"),
 Q("23 công trình", 23, "công trình"), Q("trên 84%", 84, "%", "over"), Q("khoảng 41%", 41, "%", "approx"),
 Q("31 tổ hợp tác dùng nước", 31, "tổ hợp tác dùng nước"), Q("9 hợp tác xã dịch vụ", 9, "hợp tác xã dịch vụ"),
 Q("380/520 hộ", 380, "hộ"), Q("45 hộ nghèo", 45, "hộ nghèo"), Q("gần 800 triệu đồng", 800000000, "đồng", "approx"),
 Q("1.350 hộ thành viên", 1350, "hộ thành viên"), Q("86%", 86, "%")],
[D("Quyết định", "1452", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1452, 1453/QĐ-UBND"),
 D("Quyết định", "1453", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1452, 1453/QĐ-UBND")],
[prov("Thanh Hóa"), com("Lương Trung"), com("Nga Thủy")],
["BÁO THANH HÓA", "Thời sự › Kinh tế › Nông nghiệp", "(Baothanhhoa.vn)", "Quang cảnh hội nghị.",
 "Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn"],
["15/07/2016 - 16:40", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng đầu năm", "năm 2014", "năm 2016", "tiêu chí số 17"]))
