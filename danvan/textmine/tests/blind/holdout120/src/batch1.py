from lib import *
PAGES = []

PAGES.append(page("b2837-thainguyen-bdv-giaoban-thang8-2011", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ > Hoạt động > Tin trong tỉnh
Thứ Sáu, 19/08/2011 - 16:40
Giao ban công tác dân vận tháng 8: tập trung nắm tình hình đơn thư đất đai
Chiều 18/8, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 8/2011 với Ban Dân vận các huyện, thành, thị ủy và khối dân vận cấp tỉnh. Đồng chí Dương Thị Hải Yến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Trong tháng, tình hình nhân dân cơ bản ổn định; tuy nhiên tại một số xã có dự án khu công nghiệp vẫn còn tư tưởng so bì về giá bồi thường. Khối dân vận các cấp đã tham gia tiếp 96 lượt công dân, tiếp nhận 41 đơn thư khiếu nại, tố cáo, kiến nghị, trong đó 29 đơn thuộc lĩnh vực đất đai. Tổ công tác của Ban phối hợp Thanh tra tỉnh đối thoại với 17 hộ dân ở xã Phúc Hà, vận động 12 hộ rút đơn.
Ông Hoàng Văn Thụ, HUV, Trưởng Ban Dân vận Huyện ủy Phổ Yên cho biết trong tháng có 1 vụ khoảng 40 người tụ tập tại trụ sở UBND xã Đắc Sơn phản ánh việc chậm chi trả tiền đền bù; huyện đã cử tổ công tác xuống đối thoại ngay trong ngày, không để phát sinh phức tạp. Bà Ma Thị Nguyệt, Trưởng Ban Dân vận Huyện ủy Định Hóa, thông tin 14 tổ hòa giải ở cơ sở đã hòa giải thành 23 vụ việc mâu thuẫn trong nhân dân.
Kết luận giao ban, đồng chí Dương Thị Hải Yến đề nghị các đơn vị tiếp tục thực hiện Chỉ thị số 16-CT/TU ngày 12/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng; phối hợp tham mưu cấp ủy thực hiện nghiêm Quy định 11-QĐi/TW về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân. Tháng 9, Ban Dân vận Tỉnh ủy sẽ kiểm tra việc thực hiện kế hoạch số 27-KH/BDVTU tại 3 huyện.
Dịp này, Ban biểu dương 5 tổ dân vận thôn, xóm có cách làm hay trong vận động nhân dân hiến đất làm đường, tổng giá trị đất hiến ước khoảng 1,3 tỷ đồng.
Theo đánh giá tại giao ban, khối dân vận tỉnh Thái Nguyên đã chủ động hơn trong nắm bắt tâm tư của người dân vùng dự án; nhiều cán bộ xuống tận xóm, gặp từng hộ để giải thích chính sách. Tuy vậy, việc phối hợp giữa các cơ quan chuyên môn với khối dân vận trong trả lời đơn thư có lúc còn chậm, một số nơi chưa công khai kết quả giải quyết để người dân biết và giám sát.
Phương Liên
Số lượt xem: 1.204
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban công tác tháng 7/2011 (21/07/2011)
- Phổ Yên: đối thoại với hộ dân vùng dự án (02/08/2011)
- Định Hóa ra mắt tổ hòa giải xóm Bản Piềng (29/07/2011)
- Hội nghị cán bộ dân vận chính quyền 6 tháng đầu năm (12/07/2011)
- Tập huấn kỹ năng vận động quần chúng cho cán bộ cơ sở (30/06/2011)
""", "2011-08-19", "Giao ban công tác dân vận tháng 8: tập trung nắm tình hình đơn thư đất đai",
E("giao_ban", "2011-08", "2011-08-18"),
[P("Dương Thị Hải Yến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thụ", "HUV", "Trưởng Ban Dân vận Huyện ủy Phổ Yên"),
 P("Ma Thị Nguyệt", "Trưởng Ban Dân vận Huyện ủy Định Hóa")],
[Q("96 lượt công dân", 96, "lượt công dân"), Q("41 đơn thư khiếu nại, tố cáo, kiến nghị", 41, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("29 đơn", 29, "đơn"), Q("17 hộ dân", 17, "hộ dân"), Q("12 hộ", 12, "hộ"), Q("khoảng 40 người", 40, "người", "approx"),
 Q("14 tổ hòa giải ở cơ sở", 14, "tổ hòa giải ở cơ sở"), Q("23 vụ việc mâu thuẫn trong nhân dân", 23, "vụ việc mâu thuẫn trong nhân dân"),
 Q("3 huyện", 3, "huyện"), Q("5 tổ dân vận thôn, xóm", 5, "tổ dân vận thôn, xóm"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx")],
[D("Chỉ thị", "16", "CT/TU", "2011-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/5/2011"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định 11-QĐi/TW"),
 D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 27-KH/BDVTU")],
[prov("Thái Nguyên"), com("Phúc Hà"), com("Đắc Sơn")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ > Hoạt động > Tin trong tỉnh", "Số lượt xem: 1.204"],
["Thứ Sáu, 19/08/2011 - 16:40", "tháng 8/2011", "1 vụ", "Tháng 9", "Số lượt xem: 1.204"]))

PAGES.append(page("b2838-thanhhoa-doithoai-dat-2012", """
Cổng thông tin điện tử huyện Tĩnh Gia - Thanh Hóa
Tin tức - Sự kiện / Chính trị - Xã hội
Cập nhật: 09:12, 17/05/2012 (GMT+7)
Ảnh: Quang cảnh buổi đối thoại.
Bí thư Huyện ủy đối thoại với nhân dân xã Hải Yến về tranh chấp đất đai
Ngày 15/5/2012, tại hội trường UBND xã Hải Yến, đồng chí Lê Văn Quyết, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tĩnh Gia đã chủ trì buổi đối thoại với nhân dân năm 2012 về việc tranh chấp đất giữa các hộ dân thôn Đông Xuân với doanh nghiệp nuôi trồng thủy sản. Cùng dự có đồng chí Nguyễn Thị Thủy, Phó Chủ tịch UBND huyện; ông Mai Xuân Lục, Chánh Thanh tra huyện và hơn 150 người dân trong xã.
Theo báo cáo của UBND xã, từ năm 2009 đến nay có 63 hộ dân gửi đơn đề nghị xem xét lại diện tích khoảng 12,5 ha đất bãi bồi ven biển đã giao cho doanh nghiệp thuê. Đoàn kiểm tra của huyện đã đo đạc lại, xác định 4,2 ha nằm ngoài ranh giới giao đất.
Tại buổi đối thoại, 18 ý kiến của người dân tập trung vào việc trả lại phần đất lấn chiếm, hỗ trợ chuyển đổi nghề cho người mất đất và minh bạch tiền thuê đất. Ông Lê Đình Tám, người dân thôn Đông Xuân, đề nghị huyện cho dân cử đại diện tham gia giám sát việc cắm mốc.
Trả lời các ý kiến, đồng chí Bí thư Huyện ủy khẳng định huyện sẽ thu hồi phần diện tích doanh nghiệp sử dụng sai ranh giới để giao lại cho xã quản lý; mỗi hộ bị ảnh hưởng được hỗ trợ 3 triệu đồng chuyển đổi nghề theo Quyết định số 1250/2011/QĐ-UBND của UBND tỉnh. Việc giải quyết phải bảo đảm đúng Luật Đất đai năm 2003 và công khai với dân.
Đồng chí giao Ban Dân vận Huyện ủy phối hợp Mặt trận huyện thành lập tổ công tác gồm 7 thành viên, trong 30 ngày hoàn thành cắm mốc, báo cáo Thường trực Huyện ủy. Đồng chí cũng yêu cầu chính quyền xã thực hiện nghiêm Chỉ thị 09-CT/HU của Ban Thường vụ Huyện ủy về tiếp dân, đối thoại trực tiếp với nhân dân.
Kết thúc buổi đối thoại, bà con đồng tình, cam kết không tụ tập, không gửi đơn vượt cấp trong thời gian chờ giải quyết.
Nhiều người dân cho biết đây là lần đầu được trực tiếp nói chuyện với người đứng đầu cấp ủy huyện về vụ việc đã kéo dài nhiều năm. Các ý kiến được ghi lại đầy đủ, ký biên bản và niêm yết công khai tại trụ sở xã, nhà văn hóa thôn. Ban Dân vận Huyện ủy được giao theo dõi, đôn đốc việc thực hiện các nội dung đã thống nhất và báo cáo kết quả.
Hà Minh
Các tin khác
- Tĩnh Gia: tổng kết công tác hòa giải ở cơ sở năm 2011 (10/01/2012)
- Xã Hải Yến ra mắt mô hình "Dân vận khéo" (20/04/2012)
- Huyện ủy Tĩnh Gia tiếp công dân định kỳ tháng 4 (26/04/2012)
- Vận động nhân dân giải phóng mặt bằng khu kinh tế Nghi Sơn (03/04/2012)
""", "2012-05-17", "Bí thư Huyện ủy đối thoại với nhân dân xã Hải Yến về tranh chấp đất đai",
E("doi_thoai", "2012", "2012-05-15"),
[P("Lê Văn Quyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Tĩnh Gia", "Bí thư Huyện ủy"),
 P("Nguyễn Thị Thủy", "Phó Chủ tịch UBND huyện"),
 P("Mai Xuân Lục", "Chánh Thanh tra huyện"),
 P("Lê Đình Tám")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("63 hộ dân", 63, "hộ dân"), Q("khoảng 12,5 ha", 12.5, "ha", "approx"),
 Q("4,2 ha", 4.2, "ha"), Q("18 ý kiến", 18, "ý kiến"), Q("3 triệu đồng", 3000000, "đồng"), Q("7 thành viên", 7, "thành viên")],
[D("Quyết định", "1250", "2011/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1250/2011/QĐ-UBND"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 09-CT/HU")],
[prov("Thanh Hóa"), com("Hải Yến")],
["Cổng thông tin điện tử huyện Tĩnh Gia - Thanh Hóa", "Tin tức - Sự kiện / Chính trị - Xã hội", "Ảnh: Quang cảnh buổi đối thoại.",
 "Luật Đất đai năm 2003"],
["Cập nhật: 09:12, 17/05/2012 (GMT+7)", "từ năm 2009", "30 ngày", "năm 2012"]))

PAGES.append(page("b2839-hungyen-hoagiai-tongket-2013", """
SỞ TƯ PHÁP TỈNH HƯNG YÊN
Trang chủ :: Phổ biến, giáo dục pháp luật :: Hòa giải cơ sở
08:30 | 04/10/2013
Hưng Yên: 92% vụ việc được hòa giải thành
Sáng 2/10, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức hội nghị tổng kết 5 năm công tác hòa giải ở cơ sở giai đoạn 2008 - 2013. Bà Đỗ Thị Lan Hương, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì hội nghị.
Toàn tỉnh hiện có 862 tổ hòa giải với hơn 5.900 hòa giải viên, phần lớn là trưởng thôn, chi hội trưởng các đoàn thể và người cao tuổi có uy tín. Trong 5 năm, các tổ hòa giải đã tiếp nhận 7.415 vụ việc, hòa giải thành 6.822 vụ việc, đạt 92%; nhiều vụ tranh chấp ranh giới đất, lối đi chung được giải quyết ngay từ thôn, không để phát sinh thành khiếu kiện.
Ông Vũ Đình Khải, Giám đốc Sở Tư pháp, cho biết kinh phí hỗ trợ hoạt động hòa giải tuy còn thấp, bình quân khoảng 150.000 đồng một vụ việc, nhưng đã được các xã bố trí đều đặn. Sở đã phối hợp Ủy ban MTTQ tỉnh ban hành Nghị quyết liên tịch số 01/2009/NQLT-MTTQ-STP hướng dẫn phối hợp thực hiện công tác hòa giải.
Tham luận tại hội nghị, bà Trần Thị Nhàn, Tổ trưởng Tổ hòa giải thôn An Chiểu, xã Liên Phương, kể lại việc tổ kiên trì gặp gỡ 6 lần để hòa giải vụ tranh chấp lối đi giữa hai dòng họ. Ông Phạm Văn Chiến, Chủ tịch Ủy ban MTTQ xã Dị Sử, đề nghị tăng thù lao cho hòa giải viên.
Phát biểu chỉ đạo, bà Đỗ Thị Lan Hương yêu cầu các ngành tiếp tục thực hiện Pháp lệnh Tổ chức và hoạt động hòa giải ở cơ sở, chuẩn bị điều kiện triển khai Luật Hòa giải ở cơ sở; thực hiện Kế hoạch số 88/KH-UBND ngày 20/8/2013 của UBND tỉnh về kiện toàn tổ hòa giải; chú trọng bồi dưỡng kỹ năng cho hòa giải viên là người dân tộc, người có đạo.
Dịp này, UBND tỉnh tặng Bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc.
Hội nghị cũng chỉ ra những hạn chế: một số tổ hòa giải hoạt động còn hình thức, hòa giải viên tuổi cao, ít được bồi dưỡng kiến thức pháp luật mới; việc ghi chép sổ theo dõi chưa đầy đủ; sự phối hợp giữa tổ hòa giải với công an viên, cán bộ tư pháp xã ở một số nơi chưa chặt chẽ, để vụ việc nhỏ kéo dài thành khiếu kiện.
Tin, ảnh: Thu Hà
Bà Đỗ Thị Lan Hương trao Bằng khen cho các tập thể.
Tin khác
- Tập huấn nghiệp vụ hòa giải cho hòa giải viên huyện Văn Giang (12/09/2013)
- Ra mắt Câu lạc bộ pháp luật xã Liên Phương (28/08/2013)
- Triển khai Ngày Pháp luật năm 2013 (15/08/2013)
- Hội nghị báo cáo viên pháp luật tỉnh quý III (01/08/2013)
- Tuyên truyền Luật Đất đai sửa đổi tại các xã vùng bãi (19/07/2013)
- Khoái Châu kiện toàn 95 tổ hòa giải thôn, xóm (05/07/2013)
- Sơ kết 6 tháng thực hiện Đề án tuyên truyền pháp luật cho người dân vùng dự án (28/06/2013)
""", "2013-10-04", "Hưng Yên: 92% vụ việc được hòa giải thành",
E("tong_ket", None, "2013-10-02"),
[P("Đỗ Thị Lan Hương", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng"),
 P("Vũ Đình Khải", "Giám đốc Sở Tư pháp"),
 P("Trần Thị Nhàn", "Tổ trưởng Tổ hòa giải thôn An Chiểu"),
 P("Phạm Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Dị Sử")],
[Q("92%", 92, "%"), Q("862 tổ hòa giải", 862, "tổ hòa giải"), Q("hơn 5.900 hòa giải viên", 5900, "hòa giải viên", "over"),
 Q("7.415 vụ việc", 7415, "vụ việc"), Q("6.822 vụ việc", 6822, "vụ việc"), Q("khoảng 150.000 đồng", 150000, "đồng", "approx"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết liên tịch", "01", "2009/NQLT-MTTQ-STP", None, None, "Nghị quyết liên tịch số 01/2009/NQLT-MTTQ-STP"),
 D("Kế hoạch", "88", "KH-UBND", "2013-08-20", "UBND tỉnh", "Kế hoạch số 88/KH-UBND ngày 20/8/2013")],
[prov("Hưng Yên"), com("Liên Phương"), com("Dị Sử")],
["SỞ TƯ PHÁP TỈNH HƯNG YÊN", "Trang chủ :: Phổ biến, giáo dục pháp luật :: Hòa giải cơ sở",
 "Bà Đỗ Thị Lan Hương trao Bằng khen cho các tập thể.", "Pháp lệnh Tổ chức và hoạt động hòa giải ở cơ sở", "Luật Hòa giải ở cơ sở"],
["08:30 | 04/10/2013", "5 năm", "2008 - 2013", "6 lần", "hai dòng họ"]))

PAGES.append(page("b2840-nghean-tuptap-duan-2014", """
Báo Nghệ An
Thời sự » Chính trị » Dân vận
21/03/2014 - 10:05
Ảnh: Lãnh đạo huyện đối thoại với bà con tại hiện trường.
Quỳnh Lưu: Kịp thời giải quyết việc người dân tụ tập phản đối trại chăn nuôi
(Baonghean) - Sáng 19/3, khoảng 200 người dân xóm 5 và xóm 7, xã Quỳnh Thắng (huyện Quỳnh Lưu) tập trung trước cổng trại chăn nuôi lợn của một công ty để phản đối việc xả thải gây ô nhiễm. Một số người dựng lều chặn đường vào trại.
Nhận được tin, đồng chí Hồ Văn Tuấn, Phó Bí thư Thường trực Huyện ủy Quỳnh Lưu, cùng đồng chí Nguyễn Đình Sơn, Phó Chủ tịch UBND huyện, và lãnh đạo Công an huyện đã có mặt tại hiện trường, lắng nghe ý kiến của người dân. Ông Vi Văn Khăm, Bí thư Chi bộ xóm 5, cho biết từ tháng 10/2013 đến nay bà con đã gửi 9 đơn kiến nghị nhưng chưa được trả lời dứt điểm; nước thải chảy ra khe suối làm chết khoảng 3 ha lúa.
Sau hơn 3 giờ đối thoại, lãnh đạo huyện đề nghị công ty tạm dừng nhập lợn giống, nạo vét hệ thống hồ lắng, đồng thời cam kết trong 15 ngày sẽ có kết quả quan trắc môi trường. Công ty đồng ý hỗ trợ các hộ có lúa bị thiệt hại với mức 5 triệu đồng/ha. Đến trưa cùng ngày, người dân đã giải tán, tháo dỡ lều.
Theo đồng chí Lang Thị Hoa, Trưởng Ban Dân vận Huyện ủy, đây là vụ tụ tập đông người thứ hai tại huyện từ đầu năm. Huyện đã giao khối dân vận thành lập 2 tổ nắm tình hình, phối hợp với 12 tổ hòa giải của xã theo dõi diễn biến, không để kẻ xấu kích động. Ban Thường vụ Huyện ủy cũng chỉ đạo thực hiện nghiêm Kết luận số 114-KL/TW của Ban Bí thư về công tác dân vận chính quyền và Chỉ thị 05/CT-UBND ngày 3/2/2014 của UBND tỉnh về tăng cường quản lý môi trường trang trại.
Ông Trần Quốc Hùng, Chủ tịch UBND xã Quỳnh Thắng, cho biết xã sẽ tổ chức họp dân định kỳ mỗi tháng để thông tin kết quả giải quyết.
Theo ghi nhận của phóng viên, sau khi người dân giải tán, tổ công tác của huyện tiếp tục ở lại làm việc với công ty và lập biên bản hiện trạng khu vực hồ lắng. Nhiều bà con bày tỏ mong muốn chính quyền giám sát chặt chẽ việc thực hiện cam kết, tránh để tình trạng ô nhiễm tái diễn vào mùa mưa, ảnh hưởng đến sản xuất và sức khỏe của người dân quanh trại.
Việt Hùng
Tin cùng chuyên mục
- Nghĩa Đàn: giải quyết dứt điểm 5 vụ khiếu nại kéo dài (15/03/2014)
- Hội nghị giao ban khối dân vận tháng 2 (28/02/2014)
- Vận động đồng bào Thái bảo vệ rừng đầu nguồn (20/02/2014)
- Xã Quỳnh Thắng ra quân làm đường giao thông nông thôn (10/02/2014)
- Quỳnh Lưu: tổng kết công tác dân vận năm 2013 (25/01/2014)
- Thăm hỏi, tặng quà gia đình chính sách dịp Tết Giáp Ngọ (22/01/2014)
- Anh Sơn: hòa giải thành vụ tranh chấp đất vườn kéo dài 10 năm (14/01/2014)
""", "2014-03-21", "Quỳnh Lưu: Kịp thời giải quyết việc người dân tụ tập phản đối trại chăn nuôi",
E("khac", None, None),
[P("Hồ Văn Tuấn", "Phó Bí thư Thường trực Huyện ủy Quỳnh Lưu"),
 P("Nguyễn Đình Sơn", "Phó Chủ tịch UBND huyện"),
 P("Vi Văn Khăm", "Bí thư Chi bộ xóm 5"),
 P("Lang Thị Hoa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Quốc Hùng", "Chủ tịch UBND xã Quỳnh Thắng")],
[Q("khoảng 200 người dân", 200, "người dân", "approx"), Q("9 đơn kiến nghị", 9, "đơn kiến nghị"), Q("khoảng 3 ha", 3, "ha", "approx"),
 Q("5 triệu đồng/ha", 5000000, "đồng"), Q("2 tổ nắm tình hình", 2, "tổ nắm tình hình"), Q("12 tổ hòa giải", 12, "tổ hòa giải")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Chỉ thị", "05", "CT-UBND", "2014-02-03", "UBND tỉnh", "Chỉ thị 05/CT-UBND ngày 3/2/2014")],
[prov("Nghệ An"), com("Quỳnh Thắng")],
["Báo Nghệ An", "Thời sự » Chính trị » Dân vận", "Ảnh: Lãnh đạo huyện đối thoại với bà con tại hiện trường.", "(Baonghean)"],
["21/03/2014 - 10:05", "tháng 10/2013", "hơn 3 giờ", "15 ngày", "thứ hai"]))

PAGES.append(page("b2841-lamdong-tiepdan-soket-2015", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Vị trí: Trang chủ / Tin tức / Dân vận chính quyền
30-06-2015 15:20
Lâm Đồng: Sơ kết công tác tiếp công dân, giải quyết khiếu nại 6 tháng đầu năm
Ngày 29/6/2015, Ban Dân vận Tỉnh ủy phối hợp Thanh tra tỉnh tổ chức sơ kết công tác phối hợp tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2015. Đồng chí K' Mãi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Nguyễn Văn Yên, Chánh Thanh tra tỉnh đồng chủ trì.
Sáu tháng qua, các cơ quan hành chính nhà nước trong tỉnh đã tiếp 2.318 lượt công dân với 1.964 vụ việc; có 14 đoàn đông người, chủ yếu liên quan tranh chấp đất rừng, đất lấn chiếm tại Lâm Hà, Di Linh và Bảo Lâm. Tổng số đơn thư tiếp nhận là 1.547 đơn, đã giải quyết 1.203 đơn, đạt 77,8%.
Báo cáo cũng nêu rõ, khối dân vận đã tham gia 36 cuộc đối thoại với người dân; phát huy vai trò của 584 người có uy tín trong đồng bào K'Ho, Mạ, Chu Ru vận động bà con rút đơn, thỏa thuận ranh giới. Tại xã Đinh Trang Thượng, bà Ka Huệ, người có uy tín thôn Ka Sá, đã vận động thành công 8 hộ trả lại hơn 4 ha đất rừng lấn chiếm.
Phát biểu tại hội nghị, ông Ya Tuấn, Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương, cho rằng cần tăng cường tiếp xúc, đối thoại ngay từ khi người dân mới có dấu hiệu bức xúc. Bà Kră Jăn Dung, Chủ tịch Hội Liên hiệp Phụ nữ xã Lát, đề nghị mở thêm lớp bồi dưỡng kỹ năng hòa giải cho chi hội trưởng.
Kết luận hội nghị, đồng chí K' Mãi yêu cầu 6 tháng cuối năm các cấp tiếp tục triển khai Quy chế phối hợp số 02-QC/BDVTU-TTr giữa Ban Dân vận Tỉnh ủy và Thanh tra tỉnh; thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo; tập trung xử lý dứt điểm 19 vụ việc tồn đọng kéo dài.
Hội nghị đánh giá, công tác phối hợp giữa khối dân vận và cơ quan thanh tra đã góp phần giảm số đoàn đông người so với cùng kỳ; nhiều vụ việc phức tạp được giải quyết ngay tại cơ sở nhờ sự vào cuộc của già làng, người có uy tín. Tuy nhiên, tình trạng mua bán, sang nhượng đất rừng trái phép vẫn tiềm ẩn nguy cơ phát sinh tranh chấp mới trong thời gian tới.
Minh Thư
Lượt xem: 642
Tin liên quan
- Di Linh: Huyện ủy đối thoại với nhân dân xã Gia Bắc (18/06/2015)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I (08/04/2015)
- Ra mắt mô hình "Thôn không có đơn thư vượt cấp" ở Lạc Dương (26/03/2015)
- Tập huấn công tác dân vận chính quyền năm 2015 (10/03/2015)
- Bảo Lâm: vận động đồng bào Mạ trả lại đất rừng lấn chiếm (02/03/2015)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số tỉnh (12/02/2015)
""", "2015-06-30", "Lâm Đồng: Sơ kết công tác tiếp công dân, giải quyết khiếu nại 6 tháng đầu năm",
E("so_ket", "2015-H1", "2015-06-29"),
[P("K' Mãi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Yên", "Chánh Thanh tra tỉnh"),
 P("Ka Huệ", "người có uy tín thôn Ka Sá"),
 P("Ya Tuấn", "Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Kră Jăn Dung", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lát")],
[Q("2.318 lượt công dân", 2318, "lượt công dân"), Q("1.964 vụ việc", 1964, "vụ việc"), Q("14 đoàn đông người", 14, "đoàn đông người"),
 Q("1.547 đơn", 1547, "đơn"), Q("1.203 đơn", 1203, "đơn"), Q("77,8%", 77.8, "%"), Q("36 cuộc đối thoại", 36, "cuộc đối thoại"),
 Q("584 người có uy tín", 584, "người có uy tín"), Q("8 hộ", 8, "hộ"), Q("hơn 4 ha", 4, "ha", "over"),
 Q("19 vụ việc tồn đọng kéo dài", 19, "vụ việc tồn đọng kéo dài")],
[D("Quy chế phối hợp", "02", "QC/BDVTU-TTr", None, None, "Quy chế phối hợp số 02-QC/BDVTU-TTr"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014")],
[prov("Lâm Đồng"), com("Đinh Trang Thượng"), com("Lát")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Vị trí: Trang chủ / Tin tức / Dân vận chính quyền", "Lượt xem: 642"],
["30-06-2015 15:20", "Sáu tháng qua", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Lượt xem: 642"]))

PAGES.append(page("b2842-quangnam-mttq-giamsat-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ › Giám sát và phản biện xã hội
Ngày đăng 10/11/2016 | 14:45
Đoàn giám sát làm việc tại UBND huyện Điện Bàn. Ảnh: Lê Quân
Giám sát việc giải quyết đơn thư của công dân tại Điện Bàn
Ngày 8/11/2016, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Đinh Văn Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo và kiến nghị của công dân năm 2016 tại UBND thị xã Điện Bàn.
Theo báo cáo, từ đầu năm đến ngày 31/10/2016, thị xã đã tổ chức 48 buổi tiếp công dân định kỳ, trong đó Chủ tịch UBND thị xã trực tiếp tiếp 12 buổi; tiếp nhận 326 đơn, trong đó 212 đơn liên quan đến bồi thường, tái định cư tại các dự án khu đô thị. Đã giải quyết 287 đơn, còn 39 đơn đang xem xét. Có 3 đoàn đông người với khoảng 70 lượt công dân đến trụ sở phản ánh về giá đất tái định cư ở phường Điện Nam Bắc.
Ông Huỳnh Văn Hai, Phó Chủ tịch UBND thị xã Điện Bàn, thừa nhận một số vụ việc giải quyết còn chậm do hồ sơ đất đai qua nhiều thời kỳ, thiếu tài liệu gốc. Bà Ra Pát Thị Mai, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đề nghị thị xã công khai kết quả giải quyết tại nhà văn hóa khối phố để dân giám sát.
Đoàn đề nghị thị xã thực hiện đúng Luật Tiếp công dân năm 2013, Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành Luật Tiếp công dân; phát huy vai trò 26 tổ hòa giải và các Ban Công tác Mặt trận khu dân cư ngay từ khi mâu thuẫn mới phát sinh. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội.
Kết thúc buổi làm việc, ông Đinh Văn Thuận đánh giá cao sự cầu thị của thị xã và đề nghị trong quý I/2017 có báo cáo kết quả khắc phục.
Các thành viên đoàn giám sát cũng ghi nhận thị xã đã ứng dụng phần mềm theo dõi đơn thư, giúp người dân tra cứu tiến độ giải quyết; tuy nhiên, việc trả lời bằng văn bản cho công dân ở một số phường còn chậm so với thời hạn luật định. Đây là lần thứ hai trong năm Mặt trận tỉnh Quảng Nam tổ chức giám sát chuyên đề về lĩnh vực này.
Ngọc Phú
Các tin đã đưa
- Mặt trận tỉnh giám sát việc thu hồi đất dự án Cửa Đại (25/10/2016)
- Hội nghị phản biện dự thảo quy định giá đất 2017 (13/10/2016)
- Tam Kỳ: đối thoại giữa người đứng đầu cấp ủy với nhân dân (30/09/2016)
- Nam Giang: trao 100 suất quà cho hộ nghèo đồng bào Cơ Tu (15/09/2016)
- Hội An: Mặt trận phường lấy ý kiến người dân về chỉnh trang đô thị (02/09/2016)
- Tập huấn kỹ năng giám sát cho Ban Thanh tra nhân dân (22/08/2016)
""", "2016-11-10", "Giám sát việc giải quyết đơn thư của công dân tại Điện Bàn",
E("giam_sat", "2016", "2016-11-08"),
[P("Đinh Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Huỳnh Văn Hai", "Phó Chủ tịch UBND thị xã Điện Bàn"),
 P("Ra Pát Thị Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("48 buổi tiếp công dân định kỳ", 48, "buổi tiếp công dân định kỳ"), Q("12 buổi", 12, "buổi"), Q("326 đơn", 326, "đơn"),
 Q("212 đơn", 212, "đơn"), Q("287 đơn", 287, "đơn"), Q("39 đơn", 39, "đơn"), Q("3 đoàn đông người", 3, "đoàn đông người"),
 Q("khoảng 70 lượt công dân", 70, "lượt công dân", "approx"), Q("26 tổ hòa giải", 26, "tổ hòa giải")],
[D("Nghị định", "64", "2014/NĐ-CP", "2014-06-26", "Chính phủ", "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Quảng Nam"), com("Điện Nam Bắc")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Điện Bàn. Ảnh: Lê Quân", "Luật Tiếp công dân năm 2013"],
["Ngày đăng 10/11/2016 | 14:45", "năm 2016", "31/10/2016", "quý I/2017", "năm 2013", "lần thứ hai"]))
