from lib import *
PAGES = []

PAGES.append(page("b7301-thaibinh-donghoang-khanhthanh-2011", """
Báo Thái Bình điện tử
Trang chủ > Xã hội > Nông thôn mới
Thứ Hai, 14/11/2011 - 15:20
Xã Đông Hoàng: Nhân dân góp tiền thắp sáng 6 km đường làng
Tối 12/11, Đảng ủy, UBND, Ủy ban MTTQ xã Đông Hoàng (huyện Tiền Hải, tỉnh Thái Bình) tổ chức lễ khánh thành công trình điện chiếu sáng đường thôn, xóm. Đây là công trình được làm hoàn toàn bằng tiền, công sức của nhân dân và con em quê hương làm ăn xa.
Người dân thôn Hưng Long vui mừng trong đêm khánh thành tuyến điện. Ảnh: Đức Hiếu
Theo ông Phạm Văn Thiệp, Chủ tịch UBND xã Đông Hoàng, thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới giai đoạn 2011 - 2015, từ đầu năm xã đã phát động phong trào "Thắp sáng đường quê" tới từng chi bộ, từng chi hội. Sau gần 3 tháng thi công, 6 km đường trục thôn, trục xóm đã có 214 cột đèn chiếu sáng, tổng kinh phí hơn 480 triệu đồng. Trong đó, nhân dân đóng góp 390 triệu đồng, con em xa quê ủng hộ 90 triệu đồng; bình quân mỗi hộ góp 200.000 đồng và 3 ngày công.
"Lúc đầu bà con còn băn khoăn vì năm nay được mùa nhưng giá lúa thấp. Chi bộ họp, đảng viên góp trước, cán bộ thôn góp trước, rồi mới họp dân. Chỉ trong một tuần, cả thôn đã góp đủ", ông Nguyễn Văn Khải, Bí thư Chi bộ kiêm Trưởng thôn Hưng Long, kể. Có những gia đình neo người như cụ Bùi Thị Lụa, 82 tuổi, cũng xin được góp 50.000 đồng "cho con cháu đi học tối đỡ sợ".
Bà Trần Thị Nhài, Chủ tịch Hội LHPN xã, cho biết các chi hội phụ nữ nhận phần việc vận động và giám sát thu, chi. Mọi khoản đóng góp đều được niêm yết công khai tại nhà văn hóa thôn, Ban giám sát đầu tư của cộng đồng kiểm tra từng hạng mục trước khi nghiệm thu. Nhờ vậy không có thắc mắc, khiếu nại nào.
Phát biểu tại buổi lễ, ông Vũ Đình Toản, Phó Trưởng Ban Dân vận Huyện ủy Tiền Hải, đánh giá cao cách làm "dân bàn, dân làm, dân kiểm tra" của xã. Ông cho biết, thực hiện Chỉ thị 12-CT/HU của Ban Thường vụ Huyện ủy về đẩy mạnh công tác dân vận trong xây dựng nông thôn mới, đến nay toàn huyện có 11 xã làm điện chiếu sáng bằng nguồn xã hội hóa với tổng chiều dài gần 40 km. Đây là tiêu chí góp phần hoàn thành Bộ tiêu chí quốc gia về nông thôn mới ban hành kèm theo Quyết định số 491/QĐ-TTg ngày 16/4/2009 của Thủ tướng Chính phủ.
Cũng trong dịp này, UBND xã tặng giấy khen cho 4 tập thể và 17 cá nhân có nhiều đóng góp cho công trình.
Văn Duy
Tin liên quan
- Tiền Hải: 9 tháng làm mới 23 km đường giao thông nông thôn (05/10/2011)
- Xã Nam Thịnh ra mắt mô hình "Đoạn đường phụ nữ tự quản" (21/09/2011)
- Hội LHPN tỉnh sơ kết phong trào "Xây dựng gia đình 5 không, 3 sạch" (12/08/2011)
- Vũ Thư: hơn 1.000 hộ hiến đất mở rộng đường làng (30/07/2011)
""", "2011-11-14", "Xã Đông Hoàng: Nhân dân góp tiền thắp sáng 6 km đường làng",
E("khac", None, "2011-11-12"),
[P("Phạm Văn Thiệp", "Chủ tịch UBND xã Đông Hoàng"),
 P("Nguyễn Văn Khải", "Bí thư Chi bộ kiêm Trưởng thôn Hưng Long"),
 P("Bùi Thị Lụa"),
 P("Trần Thị Nhài", "Chủ tịch Hội LHPN xã"),
 P("Vũ Đình Toản", "Phó Trưởng Ban Dân vận Huyện ủy Tiền Hải")],
[Q("6 km", 6, "km"), Q("214 cột đèn chiếu sáng", 214, "cột đèn chiếu sáng"),
 Q("hơn 480 triệu đồng", 480000000, "đồng", "over"), Q("390 triệu đồng", 390000000, "đồng"),
 Q("90 triệu đồng", 90000000, "đồng"), Q("200.000 đồng", 200000, "đồng"), Q("3 ngày công", 3, "ngày công"),
 Q("50.000 đồng", 50000, "đồng"), Q("11 xã", 11, "xã"), Q("gần 40 km", 40, "km", "approx"),
 Q("4 tập thể", 4, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU của Đảng ủy xã"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12-CT/HU"),
 D("Quyết định", "491", "QĐ-TTg", "2009-04-16", "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg ngày 16/4/2009")],
[prov("Thái Bình"), com("Đông Hoàng")],
["Báo Thái Bình điện tử", "Trang chủ > Xã hội > Nông thôn mới",
 "Người dân thôn Hưng Long vui mừng trong đêm khánh thành tuyến điện. Ảnh: Đức Hiếu",
 "Thắp sáng đường quê", "dân bàn, dân làm, dân kiểm tra", "Ban giám sát đầu tư của cộng đồng"],
["Thứ Hai, 14/11/2011 - 15:20", "2011 - 2015", "gần 3 tháng", "82 tuổi", "một tuần"]))

PAGES.append(page("b7302-hatinh-hnd-soket-2012", """
BÁO HÀ TĨNH
Thời sự | Chính trị | Nông nghiệp - Nông thôn | Xã hội
08:15 | 20/07/2012
Nông dân Hà Tĩnh góp hơn 9 tỷ đồng thắp sáng đường quê
(Baohatinh.vn) - Ngày 18/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Hữu Lạc, Chủ tịch Hội Nông dân tỉnh chủ trì. Dự hội nghị có đồng chí Bùi Thị Thanh Hương, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho thấy, điểm nhấn của 6 tháng qua là phong trào nông dân tham gia làm điện chiếu sáng đường làng, ngõ xóm gắn với thực hiện Nghị quyết 08-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới. Các cấp Hội đã vận động hội viên đóng góp trên 9,6 tỷ đồng, hơn 21.000 ngày công, lắp đặt 27.450 bóng đèn trên hơn 1.100 km đường giao thông nông thôn. Phong trào đã lan rộng ra 187/262 xã, phường, thị trấn.
Nhiều địa phương có cách làm sáng tạo: Hội Nông dân xã Cẩm Quang vận động mỗi hội viên góp một cột bê tông, tự tay trồng trước cổng nhà; xã Sơn Kim ở vùng biên giới tận dụng dây điện cũ của ngành điện thu hồi để kéo đường dây, tiết kiệm khoảng 30% chi phí. Chủ tịch Hội Nông dân huyện Can Lộc Phan Văn Đức cho biết, cả huyện có 1.760 hộ hội viên tự nguyện chịu tiền điện thắp sáng đoạn đường trước nhà.
Bên cạnh đó, công tác xây dựng tổ chức Hội tiếp tục được quan tâm: kết nạp 3.240 hội viên mới, nâng tỷ lệ tập hợp nông dân lên 78,5%. Quỹ Hỗ trợ nông dân các cấp tăng thêm 2,3 tỷ đồng, giúp 410 hộ vay vốn phát triển sản xuất. Hội Nông dân huyện Hương Sơn còn phối hợp với ngành điện mở 6 lớp hướng dẫn an toàn điện cho 420 hội viên.
Tuy vậy, hội nghị cũng chỉ ra việc huy động ở một số xã còn mang tính bình quân, chưa tính tới hộ nghèo, hộ chính sách; một số tuyến đèn lắp xong nhưng chưa có người quản lý, bóng hỏng chậm được thay.
Phát biểu chỉ đạo, đồng chí Bùi Thị Thanh Hương đề nghị Hội Nông dân tỉnh tiếp tục quán triệt Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; khi vận động đóng góp phải bảo đảm công khai, dân chủ, miễn giảm cho hộ khó khăn, tránh để dân bức xúc.
Thay mặt Ban Thường vụ, đồng chí Nguyễn Hữu Lạc giao nhiệm vụ 6 tháng cuối năm, trong đó phấn đấu có thêm 40 xã ra quân làm điện chiếu sáng theo Kế hoạch số 36-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Thu Phương
Tin khác
- Hương Khê: nông dân hiến hơn 5.000 m2 đất làm đường (15/07/2012)
- Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng (09/07/2012)
- Kỳ Anh: ra mắt 3 câu lạc bộ nông dân làm kinh tế giỏi (02/07/2012)
- Hội Nông dân Thạch Hà nhận cờ thi đua của Trung ương Hội (26/06/2012)
""", "2012-07-20", "Nông dân Hà Tĩnh góp hơn 9 tỷ đồng thắp sáng đường quê",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Nguyễn Hữu Lạc", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bùi Thị Thanh Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Đức", "Chủ tịch Hội Nông dân huyện Can Lộc")],
[Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("hơn 21.000 ngày công", 21000, "ngày công", "over"), Q("27.450 bóng đèn", 27450, "bóng đèn"),
 Q("hơn 1.100 km", 1100, "km", "over"), Q("187/262 xã, phường, thị trấn", 187, "xã, phường, thị trấn"),
 Q("khoảng 30%", 30, "%", "approx"), Q("1.760 hộ hội viên", 1760, "hộ hội viên"),
 Q("3.240 hội viên mới", 3240, "hội viên mới"), Q("78,5%", 78.5, "%"), Q("2,3 tỷ đồng", 2300000000, "đồng"),
 Q("410 hộ", 410, "hộ"), Q("6 lớp", 6, "lớp"), Q("420 hội viên", 420, "hội viên"), Q("40 xã", 40, "xã")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 08-NQ/TU"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "36", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 36-KH/HNDT")],
[prov("Hà Tĩnh"), com("Cẩm Quang"), com("Sơn Kim")],
["BÁO HÀ TĨNH", "Thời sự | Chính trị | Nông nghiệp - Nông thôn | Xã hội", "(Baohatinh.vn)", "Quỹ Hỗ trợ nông dân"],
["08:15 | 20/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "một cột bê tông"]))

PAGES.append(page("b7303-nghean-bdvhu-tongket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận
Thứ Sáu, 20/12/2013
Ảnh: Quang cảnh hội nghị tổng kết công tác dân vận năm 2013.
Tổng kết công tác dân vận năm 2013: Hơn 300 km đường làng có điện chiếu sáng
Chiều 18/12/2013, Ban Dân vận Huyện ủy Yên Thành (Nghệ An) tổ chức hội nghị tổng kết công tác dân vận năm 2013 và triển khai nhiệm vụ năm 2014. Chủ trì hội nghị có đồng chí Hồ Sỹ Nguyên, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy. Đồng chí Đặng Thị Hoài, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo.
Năm 2013, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 58-KH/HU về thực hiện Quy chế dân chủ ở cơ sở; phối hợp với Ủy ban MTTQ và các đoàn thể vận động nhân dân tham gia xây dựng nông thôn mới. Nổi bật là phong trào làm điện chiếu sáng đường làng, ngõ xóm: toàn huyện có 32/38 xã, thị trấn triển khai, lắp đặt được 7.820 bóng đèn compact trên hơn 300 km đường, nhân dân đóng góp khoảng 5,4 tỷ đồng.
Trong năm, Ban Dân vận các cấp đã nắm tình hình, phối hợp giải quyết 46 vụ việc phức tạp, trong đó có 9 vụ việc liên quan đến thu, chi các khoản đóng góp. Phong trào "Dân vận khéo" có 64 mô hình được công nhận.
Đáng chú ý, ở nhiều xóm, việc quản lý tuyến đèn được giao cho chi hội cựu chiến binh hoặc tổ tự quản; tiền điện hằng tháng do các hộ hai bên đường chia nhau đóng, bình quân 5.000 - 10.000 đồng/hộ/tháng. Một số xã như Hợp Thành, Phúc Thành còn lắp rơ-le hẹn giờ để đèn tự tắt lúc 23 giờ, giảm gần một nửa tiền điện.
Chia sẻ tại hội nghị, ông Nguyễn Đình Bảy, Bí thư Đảng ủy xã Công Thành, cho biết xã chọn cách "làm từ dưới lên": mỗi xóm tự họp bàn mức đóng, tự chọn loại đèn, tự cử người trông coi. Nhờ vậy, 100% xóm của xã có đường sáng. Bà Phan Thị Sen, Chủ tịch Hội Phụ nữ xã Mã Thành, nói các chi hội đã nhận quản lý, trả tiền điện cho 14 tuyến đèn.
Còn ông Lê Văn Tịnh, Phó Chủ tịch UBND huyện, lưu ý việc lắp đèn phải đúng kỹ thuật, bảo đảm an toàn điện; tránh tình trạng dây điện câu móc tạm bợ dễ gây tai nạn.
Kết luận hội nghị, đồng chí Hồ Sỹ Nguyên yêu cầu năm 2014 quán triệt Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, tiếp tục thực hiện Kết luận số 62-KL/TW của Bộ Chính trị và Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy; gắn phong trào thắp sáng đường quê với xây dựng khu dân cư văn hóa, bảo đảm an ninh trật tự vào ban đêm.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tập thể, 15 cá nhân.
Nguyễn Hải (Ban DVHU)
Các tin đã đưa
- Yên Thành: Ra quân xây dựng nông thôn mới năm 2014 (10/12/2013)
- Hội nghị công tác dân vận chính quyền năm 2013 (28/11/2013)
- Xã Hợp Thành hoàn thành 19 tiêu chí nông thôn mới (14/11/2013)
""", "2013-12-20", "Tổng kết công tác dân vận năm 2013: Hơn 300 km đường làng có điện chiếu sáng",
E("tong_ket", "2013", "2013-12-18"),
[P("Hồ Sỹ Nguyên", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Thị Hoài", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Đình Bảy", "Bí thư Đảng ủy xã Công Thành"),
 P("Phan Thị Sen", "Chủ tịch Hội Phụ nữ xã Mã Thành"),
 P("Lê Văn Tịnh", "Phó Chủ tịch UBND huyện")],
[Q("Hơn 300 km", 300, "km", "over"), Q("32/38 xã, thị trấn", 32, "xã, thị trấn"),
 Q("7.820 bóng đèn compact", 7820, "bóng đèn compact"), Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("46 vụ việc phức tạp", 46, "vụ việc phức tạp"), Q("9 vụ việc", 9, "vụ việc"), Q("64 mô hình", 64, "mô hình"),
 Q("5.000", 5000, "đồng"), Q("10.000 đồng", 10000, "đồng"), Q("100%", 100, "%"), Q("14 tuyến đèn", 14, "tuyến đèn"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "58", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 58-KH/HU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU")],
[prov("Nghệ An"), com("Hợp Thành"), com("Phúc Thành"), com("Công Thành"), com("Mã Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận",
 "Ảnh: Quang cảnh hội nghị tổng kết công tác dân vận năm 2013.",
 "Dân vận khéo", "làm từ dưới lên"],
["Thứ Sáu, 20/12/2013", "năm 2013", "năm 2014", "23 giờ"]))

PAGES.append(page("b7304-hungyen-hlhpn-traotang-2014", """
Hội Liên hiệp Phụ nữ tỉnh Hưng Yên
Tin tức - Sự kiện › Hoạt động các cấp Hội
Ngày đăng 07/03/2014 | 14:20
Trao tặng 5 công trình "Thắp sáng đường quê" chào mừng ngày 8/3
Nhân kỷ niệm 104 năm Ngày Quốc tế Phụ nữ 8/3, ngày 6/3, Hội LHPN tỉnh Hưng Yên phối hợp với Công ty Điện lực Hưng Yên tổ chức lễ trao tặng 5 công trình "Thắp sáng đường quê" cho 5 chi hội phụ nữ tiêu biểu tại các xã Tân Tiến, Đồng Than, Ngọc Long, Hồng Nam và Phù Ủng.
Lãnh đạo Hội LHPN tỉnh và Công ty Điện lực Hưng Yên trao biển công trình cho các chi hội.
Đến dự có bà Đỗ Thị Thu Hà, Phó Chủ tịch Hội LHPN tỉnh; ông Trịnh Quang Vinh, Phó Giám đốc Công ty Điện lực Hưng Yên cùng lãnh đạo Đảng ủy, UBND các xã.
Mỗi công trình gồm 1,5 - 2 km đường điện với 40 - 50 bóng đèn, tổng trị giá 5 công trình là 412 triệu đồng. Trong đó, ngành điện hỗ trợ dây dẫn, thiết bị trị giá 150 triệu đồng; số còn lại do hội viên, phụ nữ và nhân dân các thôn đóng góp bằng tiền và ngày công. Công trình được các chi hội tự quản lý, vận hành và chi trả tiền điện hằng tháng từ quỹ hội.
Theo bà Đỗ Thị Thu Hà, đây là hoạt động thiết thực thực hiện Chỉ thị 03-CT/ĐĐ ngày 10/2/2014 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về hưởng ứng xây dựng nông thôn mới, đồng thời là phần việc cụ thể của cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Năm 2013, các cấp Hội trong tỉnh đã vận động xây dựng được 62 tuyến đường "Phụ nữ tự quản" thắp sáng với tổng chiều dài gần 75 km.
Chị Lê Thị Hằng, Chi hội trưởng Chi hội phụ nữ thôn Đào Xá, xã Tân Tiến xúc động: "Trước đây chị em đi chợ sớm, đi làm ca muộn về phải soi đèn pin. Giờ đường sáng rồi, chị em yên tâm lắm". Chi hội của chị có 86 hội viên, mỗi người góp 100.000 đồng và tự tay trồng cột, kéo dây cùng thợ điện. Chi hội cũng lập tổ tự quản 5 người, thay nhau kiểm tra bóng đèn vào tối thứ bảy hằng tuần.
Phát biểu tại buổi lễ, ông Trịnh Quang Vinh cho biết ngành điện sẽ cử thợ kiểm tra định kỳ 3 tháng một lần, hướng dẫn chị em thay bóng tiết kiệm điện. Năm 2014, Công ty dự kiến phối hợp với Hội LHPN hỗ trợ thêm 10 công trình tại các xã đang xây dựng nông thôn mới.
Theo kế hoạch của Hội LHPN tỉnh, đến hết năm 2015, mỗi huyện, thành phố có ít nhất 5 tuyến đường thắp sáng do phụ nữ tự quản; các chi hội được khuyến khích gắn việc thắp sáng với trồng hoa, đặt thùng rác và tổng vệ sinh đường làng vào sáng chủ nhật.
Cùng ngày, Hội LHPN tỉnh trao 20 suất quà, mỗi suất 500.000 đồng cho hội viên phụ nữ nghèo vươn lên.
P.V
Bài viết liên quan
- Phụ nữ Văn Giang ra quân làm đường hoa, đường sáng (02/03/2014)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 5 (22/01/2014)
- Trao 50 con bò giống cho phụ nữ nghèo (10/01/2014)
- Tổng kết công tác Hội năm 2013 (25/12/2013)
""", "2014-03-07", "Trao tặng 5 công trình \"Thắp sáng đường quê\" chào mừng ngày 8/3",
E("trao_qua", None, "2014-03-06"),
[P("Đỗ Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Quang Vinh", "Phó Giám đốc Công ty Điện lực Hưng Yên"),
 P("Lê Thị Hằng", "Chi hội trưởng Chi hội phụ nữ thôn Đào Xá")],
[Q("5 công trình", 5, "công trình"), Q("1,5", 1.5, "km"), Q("2 km", 2, "km"), Q("40", 40, "bóng đèn"), Q("50 bóng đèn", 50, "bóng đèn"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("62 tuyến đường", 62, "tuyến đường"), Q("gần 75 km", 75, "km", "approx"), Q("86 hội viên", 86, "hội viên"),
 Q("100.000 đồng", 100000, "đồng"), Q("5 người", 5, "người"), Q("10 công trình", 10, "công trình"), Q("ít nhất 5 tuyến đường", 5, "tuyến đường", "over"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "03", "CT/ĐĐ", "2014-02-10", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Chỉ thị 03-CT/ĐĐ ngày 10/2/2014")],
[prov("Hưng Yên"), com("Tân Tiến"), com("Đồng Than"), com("Ngọc Long"), com("Hồng Nam"), com("Phù Ủng")],
["Hội Liên hiệp Phụ nữ tỉnh Hưng Yên", "Tin tức - Sự kiện › Hoạt động các cấp Hội",
 "Lãnh đạo Hội LHPN tỉnh và Công ty Điện lực Hưng Yên trao biển công trình cho các chi hội.",
 "Thắp sáng đường quê", "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ tự quản", "Công ty Điện lực Hưng Yên"],
["Ngày đăng 07/03/2014 | 14:20", "3 tháng một lần", "104 năm", "8/3", "5 không, 3 sạch", "Năm 2013"]))

PAGES.append(page("b7305-quangtri-mttq-giamsat-2015", """
Báo Quảng Trị
Chính trị - Xã hội » Mặt trận - Đoàn thể
29-09-2015 09:40
Giám sát việc huy động đóng góp làm điện chiếu sáng tại Vĩnh Linh
Từ ngày 22 đến 25/9/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do ông Hoàng Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã tiến hành giám sát việc huy động, quản lý và sử dụng các khoản đóng góp của nhân dân để làm hệ thống điện chiếu sáng nông thôn tại huyện Vĩnh Linh.
Đoàn giám sát làm việc tại xã Vĩnh Thạch.
Cuộc giám sát được thực hiện theo Chương trình phối hợp số 12/CTr-MTTW-BTC giữa Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Bộ Tài chính về giám sát việc huy động đóng góp của nhân dân và Kế hoạch số 41/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Đoàn đã làm việc với UBND huyện và trực tiếp kiểm tra hồ sơ tại 3 xã Vĩnh Thạch, Vĩnh Tú, Vĩnh Hòa.
Theo báo cáo của huyện, từ năm 2012 đến tháng 8/2015, toàn huyện đã làm được 186 km đường điện chiếu sáng với 4.905 bóng đèn, tổng kinh phí trên 7,8 tỷ đồng, trong đó nhân dân đóng góp khoảng 62%. Mức đóng của mỗi hộ từ 150.000 đến 400.000 đồng tùy thôn.
Qua giám sát, đoàn đánh giá phần lớn các thôn đã bàn bạc dân chủ, công khai mức đóng và kết quả thi công. Tuy nhiên, tại 2 thôn của xã Vĩnh Tú còn thu thêm tiền điện hằng tháng nhưng chưa có sổ sách theo dõi; 7 hộ nghèo, hộ gia đình chính sách vẫn phải đóng góp như các hộ khác, chưa đúng tinh thần Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn và Thông tư số 85/1999/TT-BTC của Bộ Tài chính.
Ông Trần Đình Quang, Chủ tịch UBND xã Vĩnh Tú, tiếp thu và cho biết xã sẽ hoàn trả tiền cho các hộ nghèo trước ngày 15/10, đồng thời chỉ đạo các thôn lập sổ thu, chi công khai.
Kết luận đợt giám sát, ông Hoàng Văn Lực đề nghị UBND huyện chỉ đạo các xã rà soát toàn bộ các khoản huy động, không ép buộc, không "cào bằng"; phát huy vai trò Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng. Đoàn cũng kiến nghị tỉnh có cơ chế hỗ trợ xi măng, cột điện cho các xã vùng bãi ngang.
Trả lời đoàn, ông Nguyễn Văn Minh, Phó Chủ tịch UBND huyện Vĩnh Linh, cho biết năm 2014 huyện đã hỗ trợ 1.200 cột bê tông ly tâm cho 14 xã khó khăn, đồng thời giao phòng Tài chính - Kế hoạch hướng dẫn các xã quyết toán công trình. Huyện sẽ kiểm tra lại mức huy động tại các thôn có ý kiến phản ánh và báo cáo kết quả với Ủy ban MTTQ Việt Nam tỉnh trước ngày 30/10/2015.
Tham gia đoàn có bà Lê Thị Minh Nguyệt, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Tài chính.
Thanh Trúc
Tin cùng chuyên mục
- Hội nghị hiệp thương lần thứ nhất MTTQ huyện Hải Lăng (20/09/2015)
- Ra mắt 5 mô hình "Khu dân cư tự quản" (14/09/2015)
- Gio Linh: 9 xã đạt chuẩn nông thôn mới (02/09/2015)
""", "2015-09-29", "Giám sát việc huy động đóng góp làm điện chiếu sáng tại Vĩnh Linh",
E("giam_sat", None, "2015-09-22"),
[P("Hoàng Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Quang", "Chủ tịch UBND xã Vĩnh Tú"),
 P("Nguyễn Văn Minh", "Phó Chủ tịch UBND huyện Vĩnh Linh"),
 P("Lê Thị Minh Nguyệt", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 xã", 3, "xã"), Q("186 km", 186, "km"), Q("4.905 bóng đèn", 4905, "bóng đèn"),
 Q("trên 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("khoảng 62%", 62, "%", "approx"),
 Q("150.000", 150000, "đồng"), Q("400.000 đồng", 400000, "đồng"), Q("2 thôn", 2, "thôn"),
 Q("7 hộ nghèo, hộ gia đình chính sách", 7, "hộ nghèo, hộ gia đình chính sách"),
 Q("1.200 cột bê tông ly tâm", 1200, "cột bê tông ly tâm"), Q("14 xã khó khăn", 14, "xã khó khăn")],
[D("Chương trình phối hợp", "12", "CTr-MTTW-BTC", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Bộ Tài chính", "Chương trình phối hợp số 12/CTr-MTTW-BTC"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT"),
 D("Thông tư", "85", "1999/TT-BTC", None, "Bộ Tài chính", "Thông tư số 85/1999/TT-BTC")],
[prov("Quảng Trị"), com("Vĩnh Thạch"), com("Vĩnh Tú"), com("Vĩnh Hòa")],
["Báo Quảng Trị", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Vĩnh Thạch.",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", "Ban Thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "cào bằng"],
["29-09-2015 09:40", "từ năm 2012 đến tháng 8/2015", "ngày 15/10"]))

PAGES.append(page("b7306-longan-tinhdoan-taphuan-2016", """
TỈNH ĐOÀN LONG AN - Website Đoàn TNCS Hồ Chí Minh tỉnh Long An
Trang chủ :: Tin hoạt động :: Phong trào thanh niên
Cập nhật lúc 16:45 ngày 27/05/2016
Thanh niên Long An học lắp đèn năng lượng mặt trời
Trong 2 ngày 25 và 26/5, Ban Thường vụ Tỉnh đoàn Long An phối hợp với Trường Cao đẳng nghề Long An tổ chức lớp tập huấn kỹ năng lắp đặt, bảo trì đèn chiếu sáng sử dụng năng lượng mặt trời cho 95 cán bộ Đoàn, đoàn viên thanh niên là thành viên các đội hình "Thanh niên tình nguyện" của 15 huyện, thị xã, thành phố.
Học viên thực hành lắp đặt tấm pin năng lượng mặt trời.
Lớp tập huấn nằm trong Kế hoạch số 112-KH/TĐTN-PT ngày 4/4/2016 của Ban Thường vụ Tỉnh đoàn về thực hiện công trình thanh niên "Thắp sáng đường quê" năm 2016. Các học viên được giới thiệu nguyên lý hoạt động của tấm pin năng lượng mặt trời, ắc quy, bộ điều khiển; cách chọn vị trí trụ đèn, cách đấu nối và khắc phục những hư hỏng thường gặp. Phần thực hành được tổ chức ngay tại tuyến đường ấp 3, xã Long Hựu Đông, nơi học viên trực tiếp lắp hoàn chỉnh 12 trụ đèn.
Anh Võ Minh Tâm, Phó Bí thư Tỉnh đoàn, cho biết: mỗi trụ đèn năng lượng mặt trời có giá khoảng 6,5 triệu đồng, đắt hơn đèn dùng điện lưới nhưng không tốn tiền điện hằng tháng, phù hợp với các tuyến đường ven kênh, xa lưới điện. Năm 2016, Tỉnh đoàn phấn đấu vận động xã hội hóa lắp đặt ít nhất 500 trụ đèn, giao chỉ tiêu mỗi cơ sở Đoàn xã ít nhất một tuyến.
Chị Nguyễn Thị Kim Ngân, Bí thư Đoàn xã Long Hựu Đông, chia sẻ: "Trước đây, đoàn viên chỉ biết vận động tiền, còn lắp thì phải thuê thợ. Sau lớp học này, đội hình thanh niên tình nguyện của xã có thể tự lắp và sửa đèn, tiết kiệm được gần 20% kinh phí".
Theo Ban Thường vụ Tỉnh đoàn, sau tập huấn, mỗi huyện thành lập đội hình "Thanh niên thắp sáng" từ 10 đến 15 đoàn viên, có nhiệm vụ khảo sát các tuyến đường còn tối, lập danh sách hộ nghèo, hộ neo đơn để lắp đèn trước cổng nhà miễn phí. Các đội hình sẽ ra quân đồng loạt trong Chiến dịch Thanh niên tình nguyện hè năm 2016, ưu tiên các ấp vùng biên giới của Đức Huệ, Mộc Hóa, Tân Hưng.
Năm 2015, các cơ sở Đoàn trong tỉnh đã thực hiện 138 công trình thắp sáng đường quê với 2.760 bóng đèn, tổng trị giá hơn 3,2 tỷ đồng, chủ yếu do đoàn viên, thanh niên và nhà hảo tâm đóng góp.
Bế mạc lớp tập huấn, anh Lê Quốc Thái, Trưởng Ban Phong trào Tỉnh đoàn, trao giấy chứng nhận cho 95 học viên và tặng 3 bộ dụng cụ điện cho các đội hình tình nguyện xuất sắc.
Quốc Thịnh
Tin khác
- Ra quân Tháng Thanh niên năm 2016 (26/03/2016)
- Cần Giuộc: trao 10 căn nhà nhân ái cho đoàn viên khó khăn (15/03/2016)
- Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2015 (18/12/2015)
""", "2016-05-27", "Thanh niên Long An học lắp đèn năng lượng mặt trời",
E("tap_huan", "2016", "2016-05-25"),
[P("Võ Minh Tâm", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Kim Ngân", "Bí thư Đoàn xã Long Hựu Đông"),
 P("Lê Quốc Thái", "Trưởng Ban Phong trào Tỉnh đoàn")],
[Q("95 cán bộ Đoàn, đoàn viên thanh niên", 95, "cán bộ Đoàn, đoàn viên thanh niên"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("12 trụ đèn", 12, "trụ đèn"),
 Q("khoảng 6,5 triệu đồng", 6500000, "đồng", "approx"), Q("ít nhất 500 trụ đèn", 500, "trụ đèn", "over"),
 Q("gần 20%", 20, "%", "approx"), Q("138 công trình", 138, "công trình"), Q("2.760 bóng đèn", 2760, "bóng đèn"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("3 bộ dụng cụ điện", 3, "bộ dụng cụ điện"),
 Q("10", 10, "đoàn viên"), Q("15 đoàn viên", 15, "đoàn viên")],
[D("Kế hoạch", "112", "KH/TĐTN-PT", "2016-04-04", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN-PT ngày 4/4/2016")],
[prov("Long An"), com("Long Hựu Đông")],
["TỈNH ĐOÀN LONG AN - Website Đoàn TNCS Hồ Chí Minh tỉnh Long An", "Trang chủ :: Tin hoạt động :: Phong trào thanh niên",
 "Học viên thực hành lắp đặt tấm pin năng lượng mặt trời.", "Thanh niên tình nguyện", "Thắp sáng đường quê", "Thanh niên thắp sáng",
 "Trường Cao đẳng nghề Long An"],
["Cập nhật lúc 16:45 ngày 27/05/2016", "2 ngày", "ấp 3", "một tuyến", "Năm 2015"]))
