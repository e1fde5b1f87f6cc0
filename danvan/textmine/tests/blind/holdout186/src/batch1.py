from lib import *
PAGES = []

PAGES.append(page("b4421-namdinh-mttq-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIAO TIẾN - HUYỆN GIAO THỦY - TỈNH NAM ĐỊNH
Trang chủ > Mặt trận - Đoàn thể > Văn bản - Báo cáo
Ngày đăng: 20/12/2011 | Lượt xem: 412
Báo cáo tổng kết công tác Mặt trận năm 2011, phương hướng nhiệm vụ năm 2012
Số ký hiệu: 28/BC-MT | Ngày ban hành: 16/12/2011 | Cơ quan ban hành: Ủy ban MTTQ Việt Nam xã Giao Tiến | Người ký: Trần Văn Khiêm
Chiều 19/12/2011, Ủy ban MTTQ Việt Nam xã Giao Tiến (huyện Giao Thủy, tỉnh Nam Định) tổ chức hội nghị tổng kết công tác Mặt trận năm 2011. Dự hội nghị có đồng chí Phạm Văn Định, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Giao Thủy; đồng chí Đoàn Văn Hưng, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 65 đại biểu. Ban biên tập trang tin đăng toàn văn báo cáo.
ỦY BAN MTTQ VIỆT NAM XÃ GIAO TIẾN
BAN THƯỜNG TRỰC
Số: 28/BC-MT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Giao Tiến, ngày 16 tháng 12 năm 2011
BÁO CÁO
Tổng kết công tác Mặt trận năm 2011, phương hướng nhiệm vụ năm 2012
Thực hiện Chương trình phối hợp thống nhất hành động số 05/CTr-MTTQ ngày 10/01/2011 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Giao Thủy và Nghị quyết số 12-NQ/ĐU ngày 15/01/2011 của Đảng ủy xã về nhiệm vụ năm 2011, Ban Thường trực Ủy ban MTTQ xã báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2011
1. Công tác tuyên truyền, vận động
Ban Thường trực phối hợp với các đoàn thể tổ chức 46 buổi tuyên truyền tại 12 xóm với trên 3.800 lượt người dự; phát 1.500 tờ rơi về bảo hiểm y tế hộ gia đình và phòng chống ma túy.
2. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"
Toàn xã có 3.126/3.410 hộ đạt danh hiệu gia đình văn hóa, đạt 91,7%; 9/12 xóm giữ vững danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" vận động được 86.450.000 đồng, hỗ trợ xây mới 3 nhà Đại đoàn kết (mỗi nhà 20 triệu đồng); tặng 215 suất quà Tết cho hộ nghèo, hộ cận nghèo trị giá 43 triệu đồng.
3. Công tác giám sát, phản biện xã hội
Phối hợp tổ chức 2 hội nghị tiếp xúc cử tri với đại biểu HĐND huyện, tổng hợp 37 ý kiến, kiến nghị gửi cấp trên; giám sát việc chi trả trợ cấp cho 164 đối tượng bảo trợ xã hội, không phát hiện sai sót.
II. TỒN TẠI, HẠN CHẾ
Hoạt động của một số Ban công tác Mặt trận xóm còn hình thức; 2 xóm chưa tổ chức được Ngày hội Đại đoàn kết toàn dân tộc; việc nắm tình hình dư luận nhân dân có lúc chưa kịp thời.
III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2012
Phấn đấu 93% trở lên số hộ đạt gia đình văn hóa; vận động Quỹ "Vì người nghèo" đạt ít nhất 90 triệu đồng; đề nghị đồng chí Vũ Thị Nhung, Phó Chủ tịch Ủy ban MTTQ xã, trực tiếp theo dõi 4 xóm còn nhiều hộ nghèo.
Nơi nhận:
- Ban Thường trực UBMTTQ huyện;
- Đảng ủy, HĐND, UBND xã;
- Lưu VP.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(Đã ký)
Trần Văn Khiêm
Tin liên quan
- Giao Tiến ra quân làm đường giao thông nông thôn (02/12/2011)
- Hội Nông dân xã tổng kết năm 2011 (30/11/2011)
- Trao 50 suất quà cho hộ nghèo (15/11/2011)
""", "2011-12-20", "Báo cáo tổng kết công tác Mặt trận năm 2011, phương hướng nhiệm vụ năm 2012",
E("tong_ket", "2011", "2011-12-19"),
[P("Trần Văn Khiêm", "CHỦ TỊCH"),
 P("Phạm Văn Định", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Giao Thủy"),
 P("Đoàn Văn Hưng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("65 đại biểu", 65, "đại biểu"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("12 xóm", 12, "xóm"),
 Q("trên 3.800 lượt người", 3800, "lượt người", "over"), Q("1.500 tờ rơi", 1500, "tờ rơi"),
 Q("3.126/3.410 hộ", 3126, "hộ"), Q("91,7%", 91.7, "%"), Q("9/12 xóm", 9, "xóm"),
 Q("86.450.000 đồng", 86450000, "đồng"), Q("3 nhà Đại đoàn kết", 3, "nhà Đại đoàn kết"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("215 suất quà", 215, "suất quà"), Q("43 triệu đồng", 43000000, "đồng"), Q("2 hội nghị tiếp xúc cử tri", 2, "hội nghị tiếp xúc cử tri"),
 Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("164 đối tượng bảo trợ xã hội", 164, "đối tượng bảo trợ xã hội"),
 Q("2 xóm", 2, "xóm"), Q("93% trở lên", 93, "%", "over"), Q("ít nhất 90 triệu đồng", 90000000, "đồng", "over"), Q("4 xóm", 4, "xóm")],
[D("Báo cáo", "28", "BC-MT", "2011-12-16", "Ủy ban MTTQ Việt Nam xã Giao Tiến", "28/BC-MT"),
 D("Chương trình phối hợp thống nhất hành động", "05", "CTr-MTTQ", "2011-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Giao Thủy", "Chương trình phối hợp thống nhất hành động số 05/CTr-MTTQ"),
 D("Nghị quyết", "12", "NQ/ĐU", "2011-01-15", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU")],
[prov("Nam Định"), com("Giao Tiến")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIAO TIẾN - HUYỆN GIAO THỦY - TỈNH NAM ĐỊNH", "Trang chủ > Mặt trận - Đoàn thể > Văn bản - Báo cáo",
 "TM. BAN THƯỜNG TRỰC", "BAN THƯỜNG TRỰC", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:"],
["Lượt xem: 412", "năm 2011", "năm 2012", "ngày 16 tháng 12 năm 2011"]))

PAGES.append(page("b4422-thanhhoa-dangu-soket-2012", """
Đảng bộ xã Quảng Lợi - Huyện Quảng Xương - Tỉnh Thanh Hóa
Trang chủ / Xây dựng Đảng / Công tác dân vận
Cập nhật: 14:05, 06/07/2012 (GMT+7)
Đảng ủy xã Quảng Lợi sơ kết công tác dân vận 6 tháng đầu năm 2012
Ngày 05/7, Đảng ủy xã Quảng Lợi sơ kết công tác dân vận 6 tháng đầu năm 2012. Đồng chí Lê Đình Tuấn, HUV, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Hoàng Thị Mai, Phó Trưởng Ban Dân vận Huyện ủy Quảng Xương. Trang tin đăng báo cáo của Đảng ủy.
ĐẢNG BỘ HUYỆN QUẢNG XƯƠNG
ĐẢNG ỦY XÃ QUẢNG LỢI
*
Số 41-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Lợi, ngày 02 tháng 7 năm 2012
BÁO CÁO
Sơ kết công tác dân vận 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2012
(Ban hành ngày 02/7/2012)
Phần thứ nhất
KẾT QUẢ 6 THÁNG ĐẦU NĂM
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Đảng ủy ban hành kế hoạch số 18-KH/ĐU và kế hoạch số 19-KH/ĐU về thực hiện Kết luận 62, 63-KL/HU của Ban Thường vụ Huyện ủy; quán triệt Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận tới 100% chi bộ.
2. Kết quả cụ thể
Khối dân vận xã giải quyết 14/16 đơn thư ngay tại cơ sở, đạt 87,5%; vận động nhân dân hiến khoảng 2.300 m2 đất, đóng góp 1,25 tỷ đồng và 1.860 ngày công làm 3,2 km đường bê tông thôn xóm. Toàn xã có 27 mô hình "Dân vận khéo", trong đó 6 mô hình cấp huyện. Hội Nông dân kết nạp 85 hội viên mới; 312 hộ nghèo được vay vốn ưu đãi.
Mặt trận và các đoàn thể tiếp tục phát huy vai trò nòng cốt. Hội LHPN xã vận động 146 hội viên tham gia thực hiện mô hình "5 không, 3 sạch"; Đoàn Thanh niên tổ chức 3 đợt ra quân làm vệ sinh môi trường với khoảng 420 lượt đoàn viên. Đồng chí Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ xã, Trưởng khối dân vận xã, đã chủ trì 5 cuộc họp khối, trực tiếp vận động 11 hộ ở thôn Hải Thanh bàn giao mặt bằng mở rộng đường trục xã. Bà Phạm Thị Tươi, Chi hội trưởng Chi hội Phụ nữ thôn Đông Xuân, được Huyện ủy biểu dương là gương "Dân vận khéo".
Công tác dân vận chính quyền: UBND xã tổ chức 2 buổi đối thoại với nhân dân; bộ phận một cửa tiếp nhận 1.046 hồ sơ, trả đúng hạn 98,6%.
Phần thứ hai
HẠN CHẾ, KHÓ KHĂN
Một số chi bộ thôn chưa đưa nội dung dân vận vào sinh hoạt thường kỳ; vẫn còn 2 vụ việc tranh chấp đất đai kéo dài ở thôn Tân Thành.
Phần thứ ba
NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tiếp tục thực hiện Chỉ thị 49-CT/TW của Ban Bí thư; phấn đấu có thêm ít nhất 5 mô hình "Dân vận khéo"; giao các đồng chí Ủy viên Ban Thường vụ Đảng ủy: Nguyễn Văn Quý, Lê Thị Hồng phụ trách các thôn ven biển.
Nơi nhận:
- Ban Dân vận Huyện ủy (b/c);
- Các chi bộ;
- Lưu VP.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Đỗ Văn Lâm
Lượt truy cập: 2.117
Các tin khác
- Quảng Lợi: Đại hội Hội Cựu chiến binh xã (20/6/2012)
- Ra mắt mô hình "Dân vận khéo" ở thôn Đông Xuân (15/6/2012)
- Hội Nông dân xã trao 40 suất quà cho hội viên nghèo (02/6/2012)
- Hội nghị học tập Nghị quyết Trung ương 4 khóa XI (12/6/2012)
""", "2012-07-06", "Đảng ủy xã Quảng Lợi sơ kết công tác dân vận 6 tháng đầu năm 2012",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Lê Đình Tuấn", "HUV", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy Quảng Xương"),
 P("Nguyễn Văn Quý", "Ủy viên Ban Thường vụ Đảng ủy"),
 P("Lê Thị Hồng", "Ủy viên Ban Thường vụ Đảng ủy"),
 P("Đỗ Văn Lâm", "PHÓ BÍ THƯ"),
 P("Nguyễn Thị Lan", "Chủ tịch Ủy ban MTTQ xã", "Trưởng khối dân vận xã"),
 P("Phạm Thị Tươi", "Chi hội trưởng Chi hội Phụ nữ thôn Đông Xuân")],
[Q("146 hội viên", 146, "hội viên"), Q("3 đợt ra quân", 3, "đợt ra quân"), Q("khoảng 420 lượt đoàn viên", 420, "lượt đoàn viên", "approx"),
 Q("5 cuộc họp khối", 5, "cuộc họp khối"), Q("11 hộ", 11, "hộ"),
 Q("14/16 đơn thư", 14, "đơn thư"), Q("87,5%", 87.5, "%"), Q("khoảng 2.300 m2", 2300, "m2", "approx"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("1.860 ngày công", 1860, "ngày công"), Q("3,2 km", 3.2, "km"),
 Q("27 mô hình", 27, "mô hình"), Q("6 mô hình cấp huyện", 6, "mô hình cấp huyện"), Q("85 hội viên mới", 85, "hội viên mới"),
 Q("312 hộ nghèo", 312, "hộ nghèo"), Q("2 buổi đối thoại", 2, "buổi đối thoại"), Q("1.046 hồ sơ", 1046, "hồ sơ"),
 Q("98,6%", 98.6, "%"), Q("100% chi bộ", 100, "%"), Q("2 vụ việc tranh chấp đất đai", 2, "vụ việc tranh chấp đất đai"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Báo cáo", "41", "BC/ĐU", "2012-07-02", "Đảng ủy xã Quảng Lợi", "Số 41-BC/ĐU"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Ban Thường vụ Đảng ủy", "kế hoạch số 18-KH/ĐU"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Ban Thường vụ Đảng ủy", "kế hoạch số 19-KH/ĐU"),
 D("Kết luận", "62", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 62, 63-KL/HU"),
 D("Kết luận", "63", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 62, 63-KL/HU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW")],
[prov("Thanh Hóa"), com("Quảng Lợi")],
["Đảng bộ xã Quảng Lợi - Huyện Quảng Xương - Tỉnh Thanh Hóa", "Trang chủ / Xây dựng Đảng / Công tác dân vận", "T/M ĐẢNG ỦY",
 "Dân vận khéo", "Quy chế công tác dân vận", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:", "5 không, 3 sạch"],
["Lượt truy cập: 2.117", "5 không, 3 sạch", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Phần thứ hai", "Phần thứ ba"]))

PAGES.append(page("b4423-quangtri-bdvhu-quy3-2013", """
BAN DÂN VẬN HUYỆN ỦY HƯỚNG HÓA
Bạn đang ở: Trang chủ › Văn bản › Báo cáo
10/10/2013 - 08:30
Ảnh: Cán bộ dân vận huyện thăm hỏi bà con bản Cu Dong.
Kết quả công tác dân vận quý III năm 2013
Ban Dân vận Huyện ủy Hướng Hóa (tỉnh Quảng Trị) vừa có Báo cáo số 57-BC/BDVHU ngày 08/10/2013 gửi Ban Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy về kết quả công tác dân vận quý III/2013, nhiệm vụ trọng tâm quý IV. Nội dung như sau.
HUYỆN ỦY HƯỚNG HÓA
BAN DÂN VẬN
Số 57-BC/BDVHU
Hướng Hóa, ngày 08 tháng 10 năm 2013
BÁO CÁO kết quả công tác dân vận quý III, nhiệm vụ quý IV năm 2013
I. Tình hình chung
Tình hình chính trị, trật tự an toàn xã hội trên địa bàn ổn định; đồng bào Vân Kiều, Pa Cô ở 22 xã, thị trấn tin tưởng vào sự lãnh đạo của Đảng. Tuy vậy ở xã Hướng Lập, xã A Xing còn 3 trường hợp truyền đạo trái phép; mưa lũ cuối tháng 9 làm 46 căn nhà bị tốc mái.
II. Kết quả công tác dân vận
- Tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị số 15-CT/HU ngày 12/7/2013 về tăng cường vận động đồng bào dân tộc thiểu số định canh, định cư và Hướng dẫn số 08-HD/BDVHU về xây dựng mô hình "Dân vận khéo".
- Phối hợp tổ chức 4 lớp bồi dưỡng cho 236 người có uy tín, trưởng bản; cấp 120 bộ tài liệu song ngữ Việt - Vân Kiều.
- Thực hiện Quyết định số 1342/QĐ-TTg, Quyết định số 33/2013/QĐ-TTg của Thủ tướng Chính phủ, khối dân vận phối hợp vận động 58 hộ di cư tự do về khu tái định cư Tà Rùng; cấp 1.200 lá cờ Tổ quốc cho các bản vùng biên nhân dịp Quốc khánh.
- Hội nghị giao ban khối dân vận tháng 8 có ý kiến của đồng chí Hồ Thị Kim Dung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện, và đồng chí Nguyễn Văn Hòa, Phó Chủ tịch UBND huyện - Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện; đồng chí Hồ Văn Lai, Bí thư Đảng ủy xã A Dơi, báo cáo về 2 vụ tranh chấp đất rẫy giữa hai bản đã được hòa giải thành.
- Khối dân vận các cấp đã vận động 1.150 lượt người tham gia tu sửa 17 km đường liên bản; tiếp nhận 9 đơn thư, đã giải quyết 7 đơn.
- Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Hồ Văn Ngọc, Lê Thị Thu Hà dẫn 2 đoàn công tác kiểm tra việc thực hiện Quy chế dân chủ ở 6 xã biên giới.
III. Hạn chế
Cán bộ dân vận xã đa số kiêm nhiệm, trình độ không đồng đều; kinh phí hoạt động còn thấp, bình quân 3,5 triệu đồng/xã/năm.
IV. Nhiệm vụ quý IV
Chỉ đạo hoàn thành xây dựng thêm 12 mô hình; phối hợp tổ chức gặp mặt già làng, người có uy tín dịp cuối năm. Già làng Hồ Văn Pả ở bản Cu Dong đã nhận lời vận động bà con giữ rừng đầu nguồn.
TM. BAN DÂN VẬN
TRƯỞNG BAN
Nguyễn Hữu Thắng
Số lượt xem: 655
Tin khác
- Hướng Hóa: gặp mặt người có uy tín năm 2013 (25/9/2013)
- Xã Tân Thành ra mắt tổ hòa giải ở cơ sở (18/9/2013)
- Sơ kết 6 tháng thực hiện Chỉ thị 15 (01/8/2013)
""", "2013-10-10", "Kết quả công tác dân vận quý III năm 2013",
E("bao_cao", "2013-Q3", "2013-10-08"),
[P("Hồ Văn Ngọc", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Pả", "Già làng"),
 P("Nguyễn Hữu Thắng", "TRƯỞNG BAN"),
 P("Hồ Thị Kim Dung", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND huyện - Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện"),
 P("Hồ Văn Lai", "Bí thư Đảng ủy xã A Dơi")],
[Q("58 hộ di cư tự do", 58, "hộ di cư tự do"), Q("1.200 lá cờ Tổ quốc", 1200, "lá cờ Tổ quốc"), Q("2 vụ tranh chấp đất rẫy", 2, "vụ tranh chấp đất rẫy"),
 Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("3 trường hợp", 3, "trường hợp"), Q("46 căn nhà", 46, "căn nhà"),
 Q("4 lớp bồi dưỡng", 4, "lớp bồi dưỡng"), Q("236 người có uy tín, trưởng bản", 236, "người có uy tín, trưởng bản"),
 Q("120 bộ tài liệu song ngữ", 120, "bộ tài liệu song ngữ"), Q("1.150 lượt người", 1150, "lượt người"), Q("17 km", 17, "km"),
 Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"), Q("2 đoàn công tác", 2, "đoàn công tác"), Q("6 xã biên giới", 6, "xã biên giới"),
 Q("3,5 triệu đồng", 3500000, "đồng"), Q("12 mô hình", 12, "mô hình")],
[D("Báo cáo", "57", "BC/BDVHU", "2013-10-08", "Ban Dân vận Huyện ủy Hướng Hóa", "Số 57-BC/BDVHU"),
 D("Chỉ thị", "15", "CT/HU", "2013-07-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 15-CT/HU ngày 12/7/2013"),
 D("Hướng dẫn", "08", "HD/BDVHU", None, None, "Hướng dẫn số 08-HD/BDVHU"),
 D("Quyết định", "1342", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1342/QĐ-TTg"),
 D("Quyết định", "33", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2013/QĐ-TTg")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Xing"), com("A Dơi")],
["BAN DÂN VẬN HUYỆN ỦY HƯỚNG HÓA", "Bạn đang ở: Trang chủ › Văn bản › Báo cáo", "Ảnh: Cán bộ dân vận huyện thăm hỏi bà con bản Cu Dong.",
 "TM. BAN DÂN VẬN", "Dân vận khéo", "Quy chế dân chủ"],
["Số lượt xem: 655", "quý III/2013", "quý IV", "cuối tháng 9"]))

PAGES.append(page("b4424-daklak-mttq-giamsat-2014", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Hoạt động Mặt trận cơ sở :: Giám sát - Phản biện
Thứ Năm, 20/11/2014 | 15:40
Kết quả giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số nghèo tại huyện Krông Bông
Ban Thường trực Ủy ban MTTQ Việt Nam huyện Krông Bông vừa ban hành Báo cáo số 37/BC-MTTQ-BTT ngày 17/11/2014 về kết quả giám sát việc thực hiện Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ tại xã Yang Mao, xã Cư Pui và xã Hòa Phong (tỉnh Đắk Lắk). Đoàn giám sát do bà H'Yim Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn; thành viên gồm đại diện Hội Nông dân, Hội LHPN huyện và ông Y Wim Mlô, Trưởng phòng Dân tộc huyện.
Mời bạn đọc theo dõi nội dung báo cáo.
1. Kết quả giám sát
Từ năm 2013 đến tháng 9/2014, 3 xã được giám sát đã hỗ trợ đất sản xuất cho 214 hộ đồng bào dân tộc thiểu số nghèo với tổng diện tích 61,5 ha; hỗ trợ nước sinh hoạt phân tán cho 530 hộ, mỗi hộ 1,2 triệu đồng; chuyển đổi nghề cho 97 lao động. Tổng kinh phí đã giải ngân trên 4,8 tỷ đồng, đạt khoảng 76% kế hoạch vốn.
Qua làm việc với 45 hộ được hỗ trợ, đoàn ghi nhận việc bình xét công khai, đúng đối tượng; có 18 hộ sử dụng vốn chăn nuôi bò sinh sản hiệu quả, 6 hộ đã thoát nghèo.
2. Tồn tại, hạn chế
- Quỹ đất ở xã Yang Mao không đủ; còn 38 hộ chưa được giao đất, phải chuyển sang hỗ trợ chuyển đổi nghề.
- Một số hộ bán lại đất được hỗ trợ; 12 giếng đào chất lượng thấp, mùa khô không có nước.
- Việc hỗ trợ bò giống ở xã Hòa Phong chậm; 24 con bò giao cho hộ dân bị gầy yếu, 3 con bị chết do thiếu cỏ trong mùa khô.
- Theo phản ánh của ông Y Bhin Ayŭn, Trưởng Ban công tác Mặt trận buôn Tơng Rang, và bà H'Nhi Êban, Chi hội trưởng phụ nữ buôn Cư Drăm, một số hộ chưa được hướng dẫn kỹ thuật chăm sóc cây giống.
- Cán bộ chuyên trách ở xã thiếu, đồng chí Y Khoan Byă, Phó Chủ tịch UBND xã Cư Pui kiêm nhiệm 3 lĩnh vực.
3. Kiến nghị
Đề nghị UBND huyện chỉ đạo rà soát lại quỹ đất, thu hồi diện tích sử dụng sai mục đích; đề nghị UBND tỉnh bổ sung kinh phí theo Nghị quyết 30a/2008/NQ-CP. Đề nghị Ủy ban MTTQ xã phát huy vai trò của Ban Thanh tra nhân dân và 26 Ban giám sát đầu tư của cộng đồng.
Tại buổi làm việc, ông Lê Văn Sáu, Phó Chủ tịch UBND huyện Krông Bông tiếp thu các kiến nghị; già làng Ama Kim ở buôn Cư Drăm cho biết bà con mong được hỗ trợ thêm giống cà phê.
TM. BAN THƯỜNG TRỰC
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
H'Yim Niê
Lượt xem: 1.034
Tin cùng chuyên mục
- Ea Kar: giám sát chi trả tiền bảo vệ rừng (10/11/2014)
- Lắk: Mặt trận huyện tổ chức hội nghị phản biện xã hội (04/11/2014)
- Phản biện dự thảo đề án giảm nghèo bền vững của tỉnh (28/10/2014)
- Buôn Đôn: 120 hộ được hỗ trợ nước sinh hoạt (16/10/2014)
""", "2014-11-20", "Kết quả giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số nghèo tại huyện Krông Bông",
E("giam_sat", None, "2014-11-17"),
[P("H'Yim Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", "PHÓ CHỦ TỊCH"),
 P("Y Wim Mlô", "Trưởng phòng Dân tộc huyện"),
 P("Y Khoan Byă", "Phó Chủ tịch UBND xã Cư Pui"),
 P("Lê Văn Sáu", "Phó Chủ tịch UBND huyện Krông Bông"),
 P("Ama Kim", "già làng"),
 P("Y Bhin Ayŭn", "Trưởng Ban công tác Mặt trận buôn Tơng Rang"),
 P("H'Nhi Êban", "Chi hội trưởng phụ nữ buôn Cư Drăm")],
[Q("24 con bò", 24, "con bò"), Q("3 con", 3, "con"), Q("214 hộ", 214, "hộ"), Q("61,5 ha", 61.5, "ha"), Q("530 hộ", 530, "hộ"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("97 lao động", 97, "lao động"), Q("trên 4,8 tỷ đồng", 4800000000, "đồng", "over"), Q("khoảng 76%", 76, "%", "approx"),
 Q("45 hộ", 45, "hộ"), Q("18 hộ", 18, "hộ"), Q("6 hộ", 6, "hộ"), Q("38 hộ", 38, "hộ"), Q("12 giếng đào", 12, "giếng đào"),
 Q("3 lĩnh vực", 3, "lĩnh vực"), Q("26 Ban giám sát đầu tư của cộng đồng", 26, "Ban giám sát đầu tư của cộng đồng"), Q("3 xã", 3, "xã")],
[D("Báo cáo", "37", "BC-MTTQ-BTT", "2014-11-17", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Krông Bông", "Báo cáo số 37/BC-MTTQ-BTT"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, None, "Nghị quyết 30a/2008/NQ-CP")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui"), com("Hòa Phong")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Hoạt động Mặt trận cơ sở :: Giám sát - Phản biện", "TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH",
 "Ban Thanh tra nhân dân", "Mời bạn đọc theo dõi nội dung báo cáo."],
["Lượt xem: 1.034", "tháng 9/2014", "Từ năm 2013", "Thứ Năm, 20/11/2014 | 15:40"]))

PAGES.append(page("b4425-longan-dangbo-daihoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC
Tin tức - Sự kiện » Xây dựng Đảng » Đại hội Đảng các cấp
12-06-2015 09:20
Báo cáo chính trị trình Đại hội đại biểu Đảng bộ xã Phước Lại lần thứ XII, nhiệm kỳ 2015 - 2020
Trong 2 ngày 10 và 11/6/2015, Đảng bộ xã Phước Lại (huyện Cần Giuộc, tỉnh Long An) tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2015 - 2020 với 120 đại biểu đại diện cho 287 đảng viên của 14 chi bộ trực thuộc. Dự đại hội có đồng chí Trương Văn Nghĩa, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy. Trang tin trích đăng phần đánh giá công tác dân vận, Mặt trận và đoàn thể trong Báo cáo chính trị số 86-BC/ĐU ngày 08/6/2015 của Ban Chấp hành Đảng bộ xã khóa XI.
Ảnh: Đoàn chủ tịch điều hành đại hội.
I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XI
...
3. Công tác dân vận, hoạt động của Mặt trận và các đoàn thể
Đảng ủy đã cụ thể hóa Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI) bằng Chương trình hành động số 09-CTr/ĐU; lãnh đạo thực hiện Kết luận 114-KL/TW về công tác dân vận chính quyền. 5 năm qua, Mặt trận và các đoàn thể phát triển thêm 642 hội viên, nâng tổng số lên 4.318 hội viên, tập hợp 78,4% dân số trong độ tuổi; vận động xây 41 căn nhà Đại đoàn kết, sửa chữa 16 căn, tổng trị giá khoảng 2,1 tỷ đồng.
Phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được đông đảo nhân dân hưởng ứng: nhân dân hiến 12.400 m2 đất, đóng góp trên 3 tỷ đồng làm 9 tuyến đường giao thông nông thôn; xã đạt 15/19 tiêu chí nông thôn mới. Các ấp Phước Lộc, Phước Thuận thành lập 7 tổ nhân dân tự quản an ninh trật tự.
Hội Nông dân xã có 3 năm liền đạt vững mạnh; 56 hộ được công nhận sản xuất, kinh doanh giỏi các cấp. Hội LHPN quản lý 14 tổ tiết kiệm - vay vốn với dư nợ 9,6 tỷ đồng.
II. HẠN CHẾ
Tỷ lệ tập hợp đoàn viên thanh niên chỉ đạt 52%; còn 96 hộ nghèo, chiếm 3,1%; hoạt động của một số chi hội ở ấp chưa thường xuyên.
III. MỤC TIÊU NHIỆM KỲ 2015 - 2020
Phấn đấu đến năm 2020 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; 100% ấp đạt ấp văn hóa.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã khóa XII. Đồng chí Nguyễn Văn Tám tái đắc cử Bí thư Đảng ủy; các đồng chí Lê Thị Bích Liên, Võ Văn Hùng được bầu giữ chức Phó Bí thư Đảng ủy xã.
T/M BAN CHẤP HÀNH ĐẢNG BỘ
BÍ THƯ
Nguyễn Văn Tám
Bài viết liên quan
- Đại hội điểm Đảng bộ xã Long Hậu (25/5/2015)
- Cần Giuộc: 100% chi bộ hoàn thành đại hội (15/4/2015)
- Xã Phước Lại ra mắt mô hình "Dân vận khéo" về chỉnh trang đô thị (02/4/2015)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Cần Giuộc (20/3/2015)
""", "2015-06-12", "Báo cáo chính trị trình Đại hội đại biểu Đảng bộ xã Phước Lại lần thứ XII, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-06-10"),
[P("Trương Văn Nghĩa", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Nguyễn Văn Tám", "Bí thư Đảng ủy", "BÍ THƯ"),
 P("Lê Thị Bích Liên", "Phó Bí thư Đảng ủy xã"),
 P("Võ Văn Hùng", "Phó Bí thư Đảng ủy xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("287 đảng viên", 287, "đảng viên"), Q("14 chi bộ trực thuộc", 14, "chi bộ trực thuộc"),
 Q("642 hội viên", 642, "hội viên"), Q("4.318 hội viên", 4318, "hội viên"), Q("78,4%", 78.4, "%"),
 Q("41 căn nhà Đại đoàn kết", 41, "căn nhà Đại đoàn kết"), Q("16 căn", 16, "căn"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("12.400 m2", 12400, "m2"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("9 tuyến đường giao thông nông thôn", 9, "tuyến đường giao thông nông thôn"),
 Q("15/19 tiêu chí", 15, "tiêu chí"), Q("7 tổ nhân dân tự quản", 7, "tổ nhân dân tự quản"), Q("56 hộ", 56, "hộ"),
 Q("14 tổ tiết kiệm - vay vốn", 14, "tổ tiết kiệm - vay vốn"), Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("52%", 52, "%"),
 Q("96 hộ nghèo", 96, "hộ nghèo"), Q("3,1%", 3.1, "%"), Q("0,5%", 0.5, "%"), Q("100% ấp", 100, "%"), Q("15 đồng chí", 15, "đồng chí")],
[D("Báo cáo chính trị", "86", "BC/ĐU", "2015-06-08", "Ban Chấp hành Đảng bộ xã", "Báo cáo chính trị số 86-BC/ĐU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Chương trình hành động", "09", "CTr/ĐU", None, "Đảng ủy", "Chương trình hành động số 09-CTr/ĐU"),
 D("Kết luận", "114", "KL/TW", None, None, "Kết luận 114-KL/TW")],
[prov("Long An"), com("Phước Lại")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC", "Tin tức - Sự kiện » Xây dựng Đảng » Đại hội Đảng các cấp", "Ảnh: Đoàn chủ tịch điều hành đại hội.",
 "T/M BAN CHẤP HÀNH ĐẢNG BỘ", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["15 đồng chí", "5 năm qua", "nhiệm kỳ 2015 - 2020", "lần thứ XII", "3 năm liền", "khóa XI", "12-06-2015 09:20"]))

PAGES.append(page("b4426-hatinh-mttqphuong-tongket-2016", """
PHƯỜNG BẮC HỒNG - THỊ XÃ HỒNG LĨNH - TỈNH HÀ TĨNH
Giới thiệu | Tin tức | Văn bản | Hỏi đáp
Ngày 28/12/2016 | 16:10
Toàn cảnh hội nghị tổng kết.
Mặt trận phường Bắc Hồng: năm 2016 vận động trên 180 triệu đồng cho Quỹ "Vì người nghèo"
Chiều 27/12, Ủy ban MTTQ phường Bắc Hồng (thị xã Hồng Lĩnh, tỉnh Hà Tĩnh) tổ chức hội nghị tổng kết công tác Mặt trận năm 2016, triển khai nhiệm vụ năm 2017. Đồng chí Trần Thị Thanh Hà, Phó Chủ tịch Ủy ban MTTQ thị xã; đồng chí Phan Văn Đức, Bí thư Đảng ủy phường; các đồng chí Phó Chủ tịch UBND phường: Nguyễn Thị Hải Yến, Lê Quang Vinh dự. Dưới đây là toàn văn Báo cáo số 52/BC-MTTQ ngày 22/12/2016 của Ủy ban MTTQ phường.
ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC HỒNG
Số: 52/BC-MTTQ
Bắc Hồng, ngày 22 tháng 12 năm 2016
BÁO CÁO
Kết quả công tác Mặt trận năm 2016, phương hướng nhiệm vụ năm 2017
A. KẾT QUẢ ĐẠT ĐƯỢC
1. Tuyên truyền, tập hợp khối đại đoàn kết
Phối hợp tổ chức 28 hội nghị tuyên truyền Nghị quyết Đại hội XII của Đảng và Luật Mặt trận Tổ quốc Việt Nam năm 2015 cho khoảng 2.600 lượt người; 11/11 khối phố tổ chức Ngày hội Đại đoàn kết.
2. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và Quỹ "Vì người nghèo"
Năm 2016 vận động trên 180 triệu đồng cho Quỹ "Vì người nghèo", tăng 15% so với năm 2015; hỗ trợ 4 hộ làm nhà mới, 7 hộ sửa nhà (mỗi hộ 5 triệu đồng); tặng 320 suất quà Tết, mỗi suất 300.000 đồng. Ủng hộ đồng bào vùng lũ miền Trung 47,5 triệu đồng và 1,2 tấn gạo.
3. Giám sát, phản biện xã hội
Ban Thường trực giám sát 3 chuyên đề theo Quyết định 217-QĐ/TW và góp ý 2 dự thảo theo Quyết định 218-QĐ/TW của Bộ Chính trị; 9 Ban Thanh tra nhân dân tiếp nhận 14 kiến nghị, đã giải quyết 12 kiến nghị.
B. HẠN CHẾ
Công tác nắm tình hình nhân dân ở khu dân cư mới còn chậm; một số Ban công tác Mặt trận khối phố chưa chủ động; còn 39 hộ nghèo và 52 hộ cận nghèo.
C. PHƯƠNG HƯỚNG NĂM 2017
Tập trung thực hiện Kế hoạch số 126-KH/ĐU, 127-KH/ĐU của Đảng ủy phường; phấn đấu giảm ít nhất 15 hộ nghèo; vận động Quỹ "Vì người nghèo" khoảng 200 triệu đồng.
Tại hội nghị, đồng chí Phan Văn Đức đề nghị Mặt trận tiếp tục tham gia xây dựng phường văn minh đô thị. Ủy ban MTTQ phường khen thưởng 6 tập thể, 15 cá nhân tiêu biểu; bà Lê Thị Hường, Trưởng Ban công tác Mặt trận khối 5 được tặng giấy khen của Ủy ban MTTQ thị xã.
TM. ỦY BAN MTTQ PHƯỜNG
CHỦ TỊCH
Đặng Quốc Trung
Ảnh, bài: Hồng Nhung
Lượt truy cập: 5.118
Tin khác
- Phường Bắc Hồng tổ chức Ngày hội Đại đoàn kết khối 3 (18/11/2016)
- Trao 20 suất quà cho gia đình chính sách (27/7/2016)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND phường (12/3/2016)
- Khối phố 7 ra mắt mô hình "Tuyến phố văn minh" (05/3/2016)
""", "2016-12-28", "Mặt trận phường Bắc Hồng: năm 2016 vận động trên 180 triệu đồng cho Quỹ \"Vì người nghèo\"",
E("tong_ket", "2016", "2016-12-27"),
[P("Trần Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ thị xã"),
 P("Phan Văn Đức", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Hải Yến", "Phó Chủ tịch UBND phường"),
 P("Lê Quang Vinh", "Phó Chủ tịch UBND phường"),
 P("Lê Thị Hường", "Trưởng Ban công tác Mặt trận khối 5"),
 P("Đặng Quốc Trung", "CHỦ TỊCH")],
[Q("trên 180 triệu đồng", 180000000, "đồng", "over"), Q("28 hội nghị tuyên truyền", 28, "hội nghị tuyên truyền"),
 Q("khoảng 2.600 lượt người", 2600, "lượt người", "approx"), Q("11/11 khối phố", 11, "khối phố"), Q("15%", 15, "%"),
 Q("4 hộ", 4, "hộ"), Q("7 hộ", 7, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("320 suất quà", 320, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("47,5 triệu đồng", 47500000, "đồng"), Q("1,2 tấn", 1.2, "tấn"),
 Q("3 chuyên đề", 3, "chuyên đề"), Q("2 dự thảo", 2, "dự thảo"), Q("9 Ban Thanh tra nhân dân", 9, "Ban Thanh tra nhân dân"),
 Q("14 kiến nghị", 14, "kiến nghị"), Q("12 kiến nghị", 12, "kiến nghị"), Q("39 hộ nghèo", 39, "hộ nghèo"), Q("52 hộ cận nghèo", 52, "hộ cận nghèo"),
 Q("ít nhất 15 hộ nghèo", 15, "hộ nghèo", "over"), Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Báo cáo", "52", "BC-MTTQ", "2016-12-22", "Ủy ban MTTQ phường", "Số: 52/BC-MTTQ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Kế hoạch", "126", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 126-KH/ĐU, 127-KH/ĐU"),
 D("Kế hoạch", "127", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 126-KH/ĐU, 127-KH/ĐU")],
[prov("Hà Tĩnh"), com("Bắc Hồng")],
["PHƯỜNG BẮC HỒNG - THỊ XÃ HỒNG LĨNH - TỈNH HÀ TĨNH", "Giới thiệu | Tin tức | Văn bản | Hỏi đáp", "Toàn cảnh hội nghị tổng kết.",
 "TM. ỦY BAN MTTQ PHƯỜNG", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Luật Mặt trận Tổ quốc Việt Nam",
 "Ngày hội Đại đoàn kết", "Nghị quyết Đại hội XII"],
["Lượt truy cập: 5.118", "năm 2016", "năm 2017", "năm 2015", "Đại hội XII", "khối 5"]))
