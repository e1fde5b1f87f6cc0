from lib import *
PAGES = []

PAGES.append(page("b2789-thainguyen-ccb-tongket-2011", """
HỘI CỰU CHIẾN BINH TỈNH THÁI NGUYÊN
Trang chủ › Tin tức - Sự kiện › Hoạt động Hội
Thứ Ba, 27/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011
Ngày 26/12/2011, Hội Cựu chiến binh (CCB) tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Hoàng Văn Thắm, Chủ tịch Hội CCB tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Nông Đức Sình, Phó Bí thư Thường trực Tỉnh ủy.
Theo báo cáo do đồng chí Lý Văn Cường, Phó Chủ tịch Hội CCB tỉnh trình bày, toàn tỉnh hiện có 38.412 hội viên, sinh hoạt tại 1.026 chi hội. Trong năm, các cấp hội kết nạp 1.245 hội viên mới; 97,3% cơ sở hội đạt vững mạnh. Hội đã phối hợp tham mưu sơ kết Chỉ thị số 39-CT/TU ngày 12/5/2010 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác CCB; đề nghị giải quyết chế độ cho 1.870 trường hợp theo Quyết định 142/2008/QĐ-TTg và Quyết định 62/2011/QĐ-TTg của Thủ tướng Chính phủ.
Phong trào CCB giúp nhau giảm nghèo, làm kinh tế giỏi tiếp tục phát triển. Quỹ hỗ trợ hội viên phát triển kinh tế do Hội tự huy động đạt hơn 12,6 tỷ đồng; các cấp hội nhận ủy thác khoảng 215 tỷ đồng vốn vay ưu đãi cho hơn 6.300 hộ. Năm 2011 có 312 hộ hội viên thoát nghèo, tỷ lệ hộ nghèo trong hội viên còn 4,8%. Nhiều hội viên có mô hình chè, chăn nuôi cho thu nhập trên 300 triệu đồng/năm.
Các cấp hội còn vận động hội viên, doanh nghiệp của CCB đóng góp xây dựng 14 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn về nhà ở, mỗi nhà được hỗ trợ 30 triệu đồng.
Tại hội nghị, ông Dương Văn Lài, Chủ tịch Hội CCB xã Phú Đình (huyện Định Hóa), chia sẻ cách vận động hội viên góp vốn làm chè an toàn; bà Hà Thị Mến, Chi hội trưởng chi hội CCB xóm Khuôn Tát, cho biết chi hội có 9/46 hội viên là nữ, tất cả đều tham gia tổ tự quản an ninh. Cán bộ Hội CCB xã Tân Cương đề nghị tỉnh quan tâm kinh phí hoạt động cho chi hội.
Phát biểu chỉ đạo, đồng chí Nông Đức Sình ghi nhận những đóng góp của CCB trong giữ gìn an ninh nông thôn, tham gia giải quyết 56 vụ việc mâu thuẫn ngay tại cơ sở. Đồng chí đề nghị năm 2012 Hội tiếp tục thực hiện Nghị định 150/2006/NĐ-CP của Chính phủ, đẩy mạnh phong trào "CCB gương mẫu", gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh".
Dịp này, Hội CCB tỉnh tặng giấy khen cho 24 tập thể và 41 cá nhân có thành tích xuất sắc.
Minh Hằng
Lượt truy cập: 102.455
Tin liên quan
- Đại hội điểm Hội CCB huyện Phú Lương (15/11/2011)
- CCB Võ Nhai giúp nhau thoát nghèo (02/11/2011)
- Hội CCB tỉnh tập huấn nghiệp vụ công tác Hội (20/10/2011)
""", "2011-12-27", "Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Hoàng Văn Thắm", "Chủ tịch Hội CCB tỉnh"),
 P("Nông Đức Sình", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lý Văn Cường", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Dương Văn Lài", "Chủ tịch Hội CCB xã Phú Đình"),
 P("Hà Thị Mến", "Chi hội trưởng chi hội CCB xóm Khuôn Tát")],
[Q("38.412 hội viên", 38412, "hội viên"), Q("1.026 chi hội", 1026, "chi hội"), Q("1.245 hội viên mới", 1245, "hội viên mới"),
 Q("97,3%", 97.3, "%"), Q("1.870 trường hợp", 1870, "trường hợp"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"), Q("hơn 6.300 hộ", 6300, "hộ", "over"),
 Q("312 hộ hội viên", 312, "hộ hội viên"), Q("4,8%", 4.8, "%"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"),
 Q("9/46 hội viên", 9, "hội viên"), Q("14 nhà", 14, "nhà"), Q("30 triệu đồng", 30000000, "đồng"), Q("56 vụ việc mâu thuẫn", 56, "vụ việc mâu thuẫn"),
 Q("24 tập thể", 24, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Chỉ thị", "39", "CT/TU", "2010-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 39-CT/TU ngày 12/5/2010"),
 D("Quyết định", "142", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 142/2008/QĐ-TTg"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62/2011/QĐ-TTg"),
 D("Nghị định", "150", "2006/NĐ-CP", None, "Chính phủ", "Nghị định 150/2006/NĐ-CP")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Tân Cương")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI NGUYÊN", "Trang chủ › Tin tức - Sự kiện › Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "CCB gương mẫu", "Nghĩa tình đồng đội", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Lượt truy cập: 102.455"],
["Thứ Ba, 27/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt truy cập: 102.455"]))

PAGES.append(page("b2790-nghean-nct-soket-2012", """
Báo Nghệ An điện tử
Xã hội » Người cao tuổi
Cập nhật lúc 15:42 ngày 14/07/2012
Người cao tuổi xứ Nghệ phát huy vai trò ở khu dân cư
(Baonghean) - Chiều 13/7, Ban Đại diện Hội Người cao tuổi (NCT) tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012. Ông Trần Đình Thụ, Trưởng Ban Đại diện Hội NCT tỉnh, chủ trì.
Ông Trần Đình Thụ phát biểu tại hội nghị. Ảnh: Thu Giang
Sáu tháng đầu năm 2012, toàn tỉnh có 412.560 hội viên NCT, tăng 8.930 người so với cuối năm 2011; 480/480 xã, phường, thị trấn có hội NCT. Các cấp hội đã phối hợp tổ chức mừng thọ cho khoảng 61.000 cụ ở tuổi 70, 75, 80, 85, 90 và trên 100 tuổi. Quỹ chăm sóc và phát huy vai trò NCT ở cơ sở đạt hơn 9,4 tỷ đồng.
Hội đã hướng dẫn các huyện thực hiện Luật Người cao tuổi và Nghị định 06/2011/NĐ-CP của Chính phủ; triển khai Kế hoạch số 18/KH-HNCT ngày 20/2/2012 của Ban Đại diện Hội NCT tỉnh về phong trào thi đua "Tuổi cao gương sáng". Theo đó, đã có 2.318 cụ được biểu dương là "gương sáng" ở cấp xã. Toàn tỉnh thành lập thêm 27 câu lạc bộ liên thế hệ tự giúp nhau, nâng tổng số lên 94 câu lạc bộ.
Tại hội nghị, cụ Lô Văn Thỏa, Chủ tịch Hội NCT xã Châu Kim (huyện Quế Phong), người Thái, kể chuyện vận động bà con bỏ tục lệ ma chay tốn kém. Cụ Vi Thị Đào, Chi hội trưởng chi hội NCT bản Na Khốm, cho biết chi hội đã góp 35 ngày công sửa đường vào bản. Bà Nguyễn Thị Hoa, Phó Trưởng Ban Đại diện Hội NCT tỉnh, phát biểu về công tác chăm sóc sức khỏe NCT, trong đó có 14.600 cụ được khám bệnh miễn phí.
Ban Đại diện Hội NCT tỉnh cũng phối hợp với Bảo hiểm xã hội tỉnh cấp thẻ bảo hiểm y tế cho NCT từ đủ 80 tuổi; ở nhiều xã vùng cao, các chi hội tổ chức văn nghệ, thể dục dưỡng sinh, giữ gìn làn điệu dân ca ví, giặm. Cụ Hoàng Văn Sửu, Ủy viên Ban Đại diện Hội NCT tỉnh, đề nghị các cấp chính quyền quan tâm bố trí nơi sinh hoạt cho các câu lạc bộ, nhất là ở các xã mới chia tách.
Hội nghị cũng chỉ ra hạn chế: một số chi hội sinh hoạt chưa đều, việc lập sổ theo dõi sức khỏe NCT ở nhiều xã còn hình thức; nguồn quỹ ở vùng miền núi còn thấp, bình quân chỉ khoảng 8.000 đồng/hội viên.
Kết luận hội nghị, ông Trần Đình Thụ yêu cầu 6 tháng cuối năm các cấp hội tập trung củng cố tổ chức, chuẩn bị tốt cho dịp mừng thọ và Ngày Quốc tế NCT 1/10, tiếp tục phát động phong trào "Tuổi cao gương sáng" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Thu Giang
Tin cùng chuyên mục
- Thanh Chương: mừng thọ 1.200 cụ (05/07/2012)
- Hội NCT Quỳnh Lưu tập huấn nghiệp vụ (28/06/2012)
- Cụ bà 102 tuổi vẫn minh mẫn (15/06/2012)
- Diễn Châu ra mắt câu lạc bộ dưỡng sinh (02/06/2012)
""", "2012-07-14", "Người cao tuổi xứ Nghệ phát huy vai trò ở khu dân cư",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Trần Đình Thụ", "Trưởng Ban Đại diện Hội NCT tỉnh"),
 P("Hoàng Văn Sửu", "Ủy viên Ban Đại diện Hội NCT tỉnh"),
 P("Lô Văn Thỏa", "Chủ tịch Hội NCT xã Châu Kim"),
 P("Vi Thị Đào", "Chi hội trưởng chi hội NCT bản Na Khốm"),
 P("Nguyễn Thị Hoa", "Phó Trưởng Ban Đại diện Hội NCT tỉnh")],
[Q("412.560 hội viên NCT", 412560, "hội viên NCT"), Q("8.930 người", 8930, "người"), Q("480/480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"),
 Q("khoảng 61.000 cụ", 61000, "cụ", "approx"), Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("2.318 cụ", 2318, "cụ"),
 Q("27 câu lạc bộ liên thế hệ tự giúp nhau", 27, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("94 câu lạc bộ", 94, "câu lạc bộ"),
 Q("35 ngày công", 35, "ngày công"), Q("14.600 cụ", 14600, "cụ"), Q("khoảng 8.000 đồng", 8000, "đồng", "approx")],
[D("Nghị định", "06", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 06/2011/NĐ-CP"),
 D("Kế hoạch", "18", "KH-HNCT", "2012-02-20", "Ban Đại diện Hội NCT tỉnh", "Kế hoạch số 18/KH-HNCT ngày 20/2/2012")],
[prov("Nghệ An"), com("Châu Kim")],
["Báo Nghệ An điện tử", "Xã hội » Người cao tuổi", "Ông Trần Đình Thụ phát biểu tại hội nghị. Ảnh: Thu Giang", "(Baonghean)",
 "Tuổi cao gương sáng", "Luật Người cao tuổi", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật lúc 15:42 ngày 14/07/2012", "6 tháng đầu năm", "6 tháng cuối năm 2012", "70, 75, 80, 85, 90", "100 tuổi", "1/10"]))

PAGES.append(page("b2791-hagiang-ccb-traoqua-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Bạn đang ở: Trang chủ / Tin tức / Hoạt động đoàn thể
25/07/2013 - 16:20
Hội Cựu chiến binh huyện Đồng Văn thăm, tặng quà thương binh, gia đình chính sách
Nhân kỷ niệm 66 năm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2013), từ ngày 22 đến 24/7, Hội Cựu chiến binh huyện Đồng Văn phối hợp với Phòng Lao động - Thương binh và Xã hội huyện tổ chức đoàn đi thăm, tặng quà thương binh, bệnh binh và gia đình chính sách tại các xã vùng cao.
Đoàn do ông Sùng Mí Chá, Chủ tịch Hội CCB huyện, làm trưởng đoàn. Tổng cộng đoàn đã trao 146 suất quà, mỗi suất trị giá 300.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm. Trong đó có 38 suất quà của Hội CCB tỉnh, số còn lại do các doanh nghiệp và hội viên CCB đóng góp. Tổng giá trị quà tặng khoảng 43,8 triệu đồng.
Tại xã Lũng Cú, đoàn đến thăm gia đình thương binh Vàng Chúa Dính, bị thương ở chiến trường Vị Xuyên năm 1984, hiện sống cùng con cháu dưới chân cột cờ. Ông Giàng Seo Phử, Chủ tịch Hội CCB xã Lũng Cú, cho biết xã hiện có 11 thương binh, 4 bệnh binh, 27 gia đình liệt sỹ; Hội đã vận động hội viên góp 120 ngày công sửa chữa 2 căn nhà cho gia đình chính sách.
Tại xã Sủng Là, bà Lầu Thị Dế, vợ liệt sỹ, xúc động khi nhận quà: "Năm nào các chú CCB cũng lên thăm, tôi thấy ấm lòng lắm". Ông Ly Mí Sính, Phó Chủ tịch UBND xã Sủng Là, cùng đi với đoàn, cho biết các hộ gia đình chính sách trên địa bàn không còn nhà tạm.
Dịp này, đoàn cũng thắp hương tại Nghĩa trang liệt sỹ huyện và dâng hoa tại đài tưởng niệm. Theo ông Sùng Mí Chá, thực hiện Chỉ thị số 14-CT/TW ngày 19/7/2012 của Ban Bí thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác thương binh, liệt sĩ, người có công, Hội CCB huyện đã phát động hội viên tham gia phong trào "Đền ơn đáp nghĩa", nhận phụng dưỡng 3 Mẹ Việt Nam anh hùng.
Trước đó, ngày 20/7, lãnh đạo Hội CCB tỉnh Hà Giang cũng đã lên thăm, trao 20 suất quà cho thương binh nặng đang điều dưỡng tại gia đình ở các xã Ma Lé, Lũng Táo. Nhiều hội viên CCB trong huyện còn tự nguyện góp ngô, thóc, con giống để giúp các gia đình chính sách neo đơn, không có người chăm sóc. Chi hội CCB thôn Lũng Cẩm Trên còn nhận làm giúp 1,5 ha ngô cho gia đình thương binh già yếu.
Ông Vừ Mí Lử, Phó Chủ tịch Hội CCB huyện, cho biết thêm: năm 2013 toàn huyện có 1.218 hội viên CCB, trong đó 62% là người Mông; nhiều hội viên là trưởng thôn, người có uy tín ở địa phương.
Văn Hùng (Trung tâm Văn hóa huyện)
Số lượt truy cập: 58.012
Các tin khác
- Đồng Văn: ra quân vận động bỏ hủ tục (18/07/2013)
- Hội CCB xã Phố Cáo giúp hội viên làm chuồng trại (05/07/2013)
- Tuyên truyền Luật Cựu chiến binh tại xã Thài Phìn Tủng (25/06/2013)
""", "2013-07-25", "Hội Cựu chiến binh huyện Đồng Văn thăm, tặng quà thương binh, gia đình chính sách",
E("trao_qua", None, "2013-07-22"),
[P("Sùng Mí Chá", "Chủ tịch Hội CCB huyện"),
 P("Vàng Chúa Dính"),
 P("Giàng Seo Phử", "Chủ tịch Hội CCB xã Lũng Cú"),
 P("Lầu Thị Dế"),
 P("Ly Mí Sính", "Phó Chủ tịch UBND xã Sủng Là"),
 P("Vừ Mí Lử", "Phó Chủ tịch Hội CCB huyện")],
[Q("146 suất quà", 146, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("38 suất quà", 38, "suất quà"),
 Q("khoảng 43,8 triệu đồng", 43800000, "đồng", "approx"), Q("11 thương binh", 11, "thương binh"), Q("4 bệnh binh", 4, "bệnh binh"),
 Q("27 gia đình liệt sỹ", 27, "gia đình liệt sỹ"), Q("120 ngày công", 120, "ngày công"), Q("2 căn nhà", 2, "căn nhà"),
 Q("3 Mẹ Việt Nam anh hùng", 3, "Mẹ Việt Nam anh hùng"), Q("20 suất quà", 20, "suất quà"), Q("1,5 ha", 1.5, "ha"), Q("1.218 hội viên CCB", 1218, "hội viên CCB"), Q("62%", 62, "%")],
[D("Chỉ thị", "14", "CT/TW", "2012-07-19", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 19/7/2012")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Ma Lé"), com("Lũng Táo")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động đoàn thể",
 "Đền ơn đáp nghĩa", "Nghĩa trang liệt sỹ huyện", "Lũng Cẩm Trên", "Số lượt truy cập: 58.012"],
["66 năm", "ngày 20/7", "27/7/1947 - 27/7/2013", "năm 1984", "năm 2013", "Số lượt truy cập: 58.012"]))

PAGES.append(page("b2792-quangtri-nct-giaoban-2014", """
HỘI NGƯỜI CAO TUỔI TỈNH QUẢNG TRỊ
Trang chủ >> Hoạt động hội >> Tin trong tỉnh
08/10/2014 | 10:15
Giao ban công tác Hội Người cao tuổi quý III
Sáng 7/10, Thường trực Hội Người cao tuổi tỉnh Quảng Trị tổ chức giao ban công tác Hội quý III năm 2014 với Hội NCT các huyện, thị xã, thành phố. Ông Lê Văn Trạch, Chủ tịch Hội NCT tỉnh chủ trì; ông Hồ Văn Pả, Phó Chủ tịch Hội NCT tỉnh, đồng chủ trì.
Theo báo cáo, trong quý III, các cấp hội kết nạp thêm 1.142 hội viên, nâng tổng số hội viên toàn tỉnh lên khoảng 67.800 người. Hội đã phối hợp tổ chức mừng thọ cho 9.315 cụ nhân Ngày Quốc tế NCT; vận động trao 620 suất quà cho NCT cô đơn, NCT là thương binh, người có công với cách mạng, tổng trị giá gần 186 triệu đồng. Quỹ chăm sóc NCT toàn tỉnh đạt hơn 4,2 tỷ đồng, tăng 11% so với cùng kỳ.
Thực hiện Kế hoạch số 25/KH-HNCT ngày 15/7/2014 của Hội NCT tỉnh về sơ kết 3 năm phong trào "Tuổi cao gương sáng", đến nay có 73% hội viên đăng ký phấn đấu; 41 câu lạc bộ "Ông bà cháu thảo hiền" duy trì sinh hoạt. Hội cũng tham gia góp ý dự thảo hướng dẫn thực hiện Thông tư 35/2011/TT-BTC của Bộ Tài chính về kinh phí chăm sóc NCT.
Tại giao ban, ông Hồ Văn Sông, Chủ tịch Hội NCT huyện Hướng Hóa, người Vân Kiều, cho biết ở các xã vùng cao như Hướng Phùng, Hướng Linh, hội viên NCT tích cực vận động con cháu không nghe theo kẻ xấu, không di cư tự do; chi hội NCT bản Cợp đã vận động 12 hộ bỏ tục chôn chung. Bà Kăn Thị Pa, Phó Chủ tịch Hội NCT xã A Túc, đề nghị có thêm tài liệu tuyên truyền bằng tiếng Vân Kiều, Pa Kô.
Ông Nguyễn Hữu Quế, Chủ tịch Hội NCT thị xã Quảng Trị, nêu kinh nghiệm vận động các cụ tham gia tổ hòa giải: quý III, các tổ hòa giải có NCT tham gia đã hòa giải thành 18 vụ việc.
Cũng tại giao ban, bà Trần Thị Thu Hà, Trưởng ban Tổ chức - Kiểm tra Hội NCT tỉnh, thông báo kết quả kiểm tra tại 3 huyện Đakrông, Cam Lộ, Triệu Phong: nhiều chi hội đã lập sổ theo dõi hội viên, sổ thu chi quỹ đúng hướng dẫn; tuy vậy vẫn còn 5 chi hội chưa tổ chức sinh hoạt định kỳ, một số nơi thu hội phí chưa đầy đủ. Các ý kiến thống nhất đề nghị tỉnh sớm bố trí kinh phí mừng thọ tuổi 70, 75 theo nghị quyết của HĐND tỉnh.
Kết luận giao ban, ông Lê Văn Trạch đề nghị quý IV các cấp hội chuẩn bị tốt hội nghị tổng kết năm, hướng dẫn chi hội tự kiểm tra; phối hợp ngành y tế khám sức khỏe định kỳ cho NCT; đồng thời thực hiện Chương trình hành động số 08-CTr/HNCT của Hội về chăm sóc NCT giai đoạn 2012 - 2020.
Hồng Nhung
Lượt xem: 412
Tin khác
- Hội NCT Gio Linh mừng thọ 1.100 cụ (02/10/2014)
- Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng (20/09/2014)
- Vĩnh Linh: ra mắt câu lạc bộ liên thế hệ (12/09/2014)
""", "2014-10-08", "Giao ban công tác Hội Người cao tuổi quý III",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lê Văn Trạch", "Chủ tịch Hội NCT tỉnh"),
 P("Hồ Văn Pả", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Hồ Văn Sông", "Chủ tịch Hội NCT huyện Hướng Hóa"),
 P("Kăn Thị Pa", "Phó Chủ tịch Hội NCT xã A Túc"),
 P("Nguyễn Hữu Quế", "Chủ tịch Hội NCT thị xã Quảng Trị"),
 P("Trần Thị Thu Hà", "Trưởng ban Tổ chức - Kiểm tra Hội NCT tỉnh")],
[Q("1.142 hội viên", 1142, "hội viên"), Q("khoảng 67.800 người", 67800, "người", "approx"), Q("9.315 cụ", 9315, "cụ"),
 Q("620 suất quà", 620, "suất quà"), Q("gần 186 triệu đồng", 186000000, "đồng", "approx"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("11%", 11, "%"), Q("73%", 73, "%"), Q("41 câu lạc bộ", 41, "câu lạc bộ"), Q("12 hộ", 12, "hộ"), Q("18 vụ việc", 18, "vụ việc"), Q("3 huyện", 3, "huyện"), Q("5 chi hội", 5, "chi hội")],
[D("Kế hoạch", "25", "KH-HNCT", "2014-07-15", "Hội NCT tỉnh", "Kế hoạch số 25/KH-HNCT ngày 15/7/2014"),
 D("Thông tư", "35", "2011/TT-BTC", None, "Bộ Tài chính", "Thông tư 35/2011/TT-BTC"),
 D("Chương trình hành động", "08", "CTr/HNCT", None, "Hội", "Chương trình hành động số 08-CTr/HNCT")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Hướng Linh"), com("A Túc")],
["HỘI NGƯỜI CAO TUỔI TỈNH QUẢNG TRỊ", "Trang chủ >> Hoạt động hội >> Tin trong tỉnh", "Tuổi cao gương sáng",
 "Ông bà cháu thảo hiền", "Lượt xem: 412"],
["08/10/2014 | 10:15", "quý III năm 2014", "3 năm", "giai đoạn 2012 - 2020", "tuổi 70, 75", "Lượt xem: 412"]))

PAGES.append(page("b2793-sonla-ccb-hoinghi-2015", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chính trị - Xã hội | Đoàn thể
18-12-2015 14:30
Biểu dương 135 cựu chiến binh sản xuất, kinh doanh giỏi
Đồng chí Cầm Văn Chiến trao giấy khen cho các cựu chiến binh tiêu biểu.
Ngày 17/12, Hội Cựu chiến binh tỉnh tổ chức hội nghị biểu dương cựu chiến binh sản xuất, kinh doanh giỏi năm 2015. Dự hội nghị có đồng chí Lò Mai Thoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Cầm Văn Chiến, Chủ tịch Hội CCB tỉnh.
Toàn tỉnh hiện có 31.640 hội viên CCB, trong đó 5.420 hội viên là chủ trang trại, gia trại, chủ doanh nghiệp, hợp tác xã. Năm 2015, các cấp hội phối hợp Ngân hàng Chính sách xã hội quản lý hơn 248 tỷ đồng vốn vay cho 7.906 hộ; dư nợ quá hạn chỉ chiếm 0,3%. Có 2.135 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; số hộ nghèo trong hội viên giảm còn 1.204 hộ.
Nhiều mô hình hiệu quả được nhân rộng: mô hình trồng xoài, nhãn ghép ở Mai Sơn, Yên Châu; nuôi bò sinh sản ở Mộc Châu; trồng cà phê ở Thuận Châu. Cựu chiến binh Lường Văn Panh, bản Phiêng Cài, xã Chiềng Mai, phát triển trang trại 9 ha cây ăn quả, thu lãi khoảng 700 triệu đồng mỗi năm, tạo việc làm cho 15 lao động. Ông Hà Văn Thẻ, Chủ nhiệm Hợp tác xã Cựu chiến binh Tân Lập, cho biết hợp tác xã có 23 xã viên, trong năm tiêu thụ gần 400 tấn chè búp tươi cho bà con dân tộc Mông, Thái.
Chia sẻ tại hội nghị, bà Quàng Thị Ón, hội viên Chi hội CCB bản Nà Cà, xã Mường Sại, người Thái, kể chuyện chuyển đổi 2 ha đất ngô đồi dốc sang trồng mận hậu. Ông Sồng A Dếnh, Chủ tịch Hội CCB xã Tà Xùa, đề nghị tăng thêm vốn vay ưu đãi cho hội viên vùng cao.
Phát biểu tại hội nghị, đồng chí Lò Mai Thoan đánh giá cao vai trò cựu chiến binh trong thực hiện Nghị quyết số 10-NQ/TU ngày 21/7/2011 của Tỉnh ủy về phát triển kinh tế nông, lâm nghiệp và Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Đồng chí đề nghị Hội tiếp tục tổ chức tốt phong trào thi đua "Cựu chiến binh gương mẫu", khuyến khích hội viên liên kết sản xuất theo chuỗi.
Theo đồng chí Cầm Văn Chiến, bên cạnh kết quả, việc liên kết giữa các hộ CCB còn lỏng lẻo, sản phẩm chủ yếu bán thô; một số hội viên vùng cao còn thiếu vốn, thiếu kiến thức thị trường. Năm 2016, Hội phấn đấu mỗi huyện có ít nhất 1 hợp tác xã hoặc tổ hợp tác của CCB.
Dịp này, Hội CCB tỉnh tặng giấy khen cho 135 cựu chiến binh sản xuất, kinh doanh giỏi, mỗi người kèm phần thưởng 500.000 đồng; 6 hội viên được đề nghị Trung ương Hội CCB Việt Nam khen thưởng.
Lò Hương
Lượt đọc: 1.045
Tin cùng chuyên mục
- CCB huyện Sông Mã giúp nhau làm kinh tế (10/12/2015)
- Hội nghị Ban Chấp hành Hội CCB tỉnh lần thứ 8 (02/12/2015)
- Tọa đàm kỷ niệm 71 năm Ngày thành lập QĐND Việt Nam (20/11/2015)
""", "2015-12-18", "Biểu dương 135 cựu chiến binh sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2015", "2015-12-17"),
[P("Cầm Văn Chiến", "Chủ tịch Hội CCB tỉnh"),
 P("Lò Mai Thoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Panh"),
 P("Hà Văn Thẻ", "Chủ nhiệm Hợp tác xã Cựu chiến binh Tân Lập"),
 P("Quàng Thị Ón", "hội viên Chi hội CCB bản Nà Cà"),
 P("Sồng A Dếnh", "Chủ tịch Hội CCB xã Tà Xùa")],
[Q("135 cựu chiến binh", 135, "cựu chiến binh"), Q("31.640 hội viên CCB", 31640, "hội viên CCB"), Q("5.420 hội viên", 5420, "hội viên"),
 Q("hơn 248 tỷ đồng", 248000000000, "đồng", "over"), Q("7.906 hộ", 7906, "hộ"), Q("0,3%", 0.3, "%"), Q("2.135 hộ hội viên", 2135, "hộ hội viên"),
 Q("1.204 hộ", 1204, "hộ"), Q("9 ha", 9, "ha"), Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"), Q("15 lao động", 15, "lao động"),
 Q("23 xã viên", 23, "xã viên"), Q("gần 400 tấn", 400, "tấn", "approx"), Q("2 ha", 2, "ha"), Q("500.000 đồng", 500000, "đồng"),
 Q("6 hội viên", 6, "hội viên")],
[D("Nghị quyết", "10", "NQ/TU", "2011-07-21", "Tỉnh ủy", "Nghị quyết số 10-NQ/TU ngày 21/7/2011")],
[prov("Sơn La"), com("Chiềng Mai"), com("Mường Sại"), com("Tà Xùa")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chính trị - Xã hội | Đoàn thể",
 "Đồng chí Cầm Văn Chiến trao giấy khen cho các cựu chiến binh tiêu biểu.", "Cựu chiến binh gương mẫu",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Phiêng Cài", "Lượt đọc: 1.045"],
["18-12-2015 14:30", "năm 2015", "1 hợp tác xã", "Lượt đọc: 1.045"]))

PAGES.append(page("b2794-binhdinh-nct-guongsang-2016", """
HỘI NGƯỜI CAO TUỔI TỈNH BÌNH ĐỊNH
Trang chủ | Tin tức | Phong trào
Thứ Hai, 03/10/2016
Ảnh: Các cụ tiêu biểu nhận giấy khen.
Tôn vinh 210 gương "Tuổi cao gương sáng"
Ngày 30/9/2016, Hội Người cao tuổi tỉnh Bình Định tổ chức hội nghị biểu dương NCT tiêu biểu trong phong trào "Tuổi cao gương sáng" năm 2016, nhân kỷ niệm 26 năm Ngày Quốc tế NCT. Ông Đặng Văn Tư, Chủ tịch Hội NCT tỉnh, chủ trì; dự có bà Trương Thị Lệ, Phó Chủ tịch UBND tỉnh.
Trong năm, phong trào được triển khai đến 1.028 chi hội ở 159 xã, phường, thị trấn. Khoảng 86% hội viên đăng ký thực hiện; hơn 12.400 NCT tham gia các tổ hòa giải, tổ an ninh tự quản, ban công tác Mặt trận; khoảng 3.900 cụ còn trực tiếp làm kinh tế, trong đó 412 cụ đạt danh hiệu sản xuất, kinh doanh giỏi. Các cụ đã đóng góp hơn 5,6 tỷ đồng xây dựng nông thôn mới, làm đường bê tông, khuyến học.
Hội đã phối hợp thực hiện Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về NCT giai đoạn 2012 - 2020 và Kế hoạch số 32/KH-UBND ngày 5/6/2013 của UBND tỉnh; hướng dẫn các huyện thực hiện Chỉ thị 59-CT/TW của Ban Bí thư về công tác NCT.
Nhiều tấm gương được nêu tại hội nghị: cụ Đinh Văn Hlay, 82 tuổi, người Ba Na ở làng Kon Hà Nừng, xã Vĩnh Kim (huyện Vĩnh Thạnh), vận động con cháu không phá rừng, giữ 18 ha rừng cộng đồng; cụ Y Hlơn, nguyên già làng làng Kon Trú, xã An Toàn (huyện An Lão), dạy chữ Ba Na cho 40 em nhỏ. Cụ bà Nguyễn Thị Sen, 91 tuổi, ở phường Nhơn Phú, dù tuổi cao vẫn góp 50 triệu đồng xây cầu dân sinh. Cụ Lê Quang Hiển, Chủ tịch Hội NCT xã Cát Tài (huyện Phù Cát), 15 năm liền vận động lập quỹ khuyến học, giúp 230 lượt học sinh nghèo.
Phát biểu tại hội nghị, bà Trương Thị Lệ đề nghị các địa phương bố trí đủ kinh phí mừng thọ, chúc thọ theo quy định; đồng thời quan tâm chăm lo NCT cô đơn, khuyết tật.
Theo báo cáo của Hội NCT tỉnh, bên cạnh phong trào "Tuổi cao gương sáng", các cấp hội đã tổ chức mừng thọ cho hơn 21.000 cụ; thành lập mới 19 câu lạc bộ liên thế hệ tự giúp nhau với sự hỗ trợ của tổ chức HelpAge; phối hợp ngành y tế khám, cấp thuốc miễn phí cho 6.850 lượt NCT. Tuy vậy, ở một số xã miền núi, hoạt động hội còn đơn điệu, cán bộ chi hội tuổi cao, sức yếu, thiếu kinh phí. Ông Nguyễn Văn Lượm, Phó Chủ tịch Thường trực Hội NCT tỉnh, đề nghị năm 2017 mỗi huyện xây dựng ít nhất 2 câu lạc bộ điểm.
Hội nghị đã khen thưởng 210 NCT tiêu biểu, mỗi cụ nhận giấy khen và 300.000 đồng; 4 tập thể được UBND tỉnh tặng bằng khen.
Đức Thiện
Lượt truy cập: 23.117
Bài viết liên quan
- Phù Mỹ: mừng thọ 1.500 cụ (26/09/2016)
- Hội NCT Tây Sơn ra mắt CLB liên thế hệ (14/09/2016)
""", "2016-10-03", 'Tôn vinh 210 gương "Tuổi cao gương sáng"',
E("hoi_nghi", "2016", "2016-09-30"),
[P("Đặng Văn Tư", "Chủ tịch Hội NCT tỉnh"),
 P("Trương Thị Lệ", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Văn Hlay"),
 P("Y Hlơn", "nguyên già làng làng Kon Trú"),
 P("Nguyễn Thị Sen"),
 P("Lê Quang Hiển", "Chủ tịch Hội NCT xã Cát Tài"),
 P("Nguyễn Văn Lượm", "Phó Chủ tịch Thường trực Hội NCT tỉnh")],
[Q("210 gương", 210, "gương"), Q("1.028 chi hội", 1028, "chi hội"), Q("159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"),
 Q("Khoảng 86%", 86, "%", "approx"), Q("hơn 12.400 NCT", 12400, "NCT", "over"), Q("khoảng 3.900 cụ", 3900, "cụ", "approx"),
 Q("412 cụ", 412, "cụ"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("18 ha", 18, "ha"), Q("40 em nhỏ", 40, "em nhỏ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("230 lượt học sinh nghèo", 230, "lượt học sinh nghèo"), Q("hơn 21.000 cụ", 21000, "cụ", "over"),
 Q("19 câu lạc bộ liên thế hệ tự giúp nhau", 19, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("6.850 lượt NCT", 6850, "lượt NCT"),
 Q("2 câu lạc bộ điểm", 2, "câu lạc bộ điểm"), Q("300.000 đồng", 300000, "đồng"),
 Q("4 tập thể", 4, "tập thể")],
[D("Quyết định", "1781", "QĐ-TTg", "2012-11-22", "Thủ tướng Chính phủ", "Quyết định số 1781/QĐ-TTg ngày 22/11/2012"),
 D("Kế hoạch", "32", "KH-UBND", "2013-06-05", "UBND tỉnh", "Kế hoạch số 32/KH-UBND ngày 5/6/2013"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW")],
[prov("Bình Định"), com("Vĩnh Kim"), com("An Toàn"), com("Nhơn Phú"), com("Cát Tài")],
["HỘI NGƯỜI CAO TUỔI TỈNH BÌNH ĐỊNH", "Trang chủ | Tin tức | Phong trào", "Ảnh: Các cụ tiêu biểu nhận giấy khen.", "Tuổi cao gương sáng",
 "Chương trình hành động quốc gia về NCT", "Kon Hà Nừng", "HelpAge", "Lượt truy cập: 23.117"],
["Thứ Hai, 03/10/2016", "năm 2016", "26 năm", "82 tuổi", "91 tuổi", "15 năm", "giai đoạn 2012 - 2020", "Lượt truy cập: 23.117"]))
