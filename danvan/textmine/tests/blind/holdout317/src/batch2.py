from lib import *
PAGES = []

PAGES.append(page("b7571-bacgiang-hdnd-giamsat-kyluat-2017", """
BÁO BẮC GIANG
Thời sự - Chính trị >> Hoạt động dân cử
Thứ Năm, 12/10/2017, 07:50
Giám sát việc chấp hành kỷ luật, kỷ cương hành chính: Còn tình trạng "trên nóng, dưới lạnh"
BGĐT - Ngày 11/10, Ban Pháp chế HĐND tỉnh do đồng chí Thân Văn Khoa, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn giám sát việc thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp tại UBND huyện Lục Ngạn. Đây là nội dung giám sát chuyên đề năm 2017 của Ban.
Đoàn giám sát làm việc với UBND huyện và kiểm tra thực tế tại bộ phận một cửa của UBND xã Phượng Sơn, UBND thị trấn Chũ. Theo báo cáo, thực hiện Chỉ thị số 17/CT-UBND ngày 28/9/2016 của Chủ tịch UBND tỉnh, huyện đã ban hành kế hoạch, tổ chức 46 cuộc kiểm tra đột xuất công vụ; xử lý kỷ luật 3 công chức cấp xã, nhắc nhở, phê bình 27 trường hợp vi phạm giờ giấc, uống rượu bia trong giờ làm việc.
Trong 9 tháng, bộ phận một cửa các xã, thị trấn tiếp nhận hơn 18.600 hồ sơ, giải quyết đúng hạn 98,2%; hộp thư góp ý nhận 11 phản ánh về thái độ công chức. Huyện gắn kết quả thực hiện kỷ luật, kỷ cương với phong trào thi đua "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", không xét danh hiệu "Lao động tiên tiến" với người bị nhắc nhở từ 2 lần trở lên.
Tuy vậy, qua giám sát cho thấy, việc thực hiện Chỉ thị ở cấp xã chưa đều; có nơi công chức chưa đeo thẻ, bỏ vị trí làm việc, chưa có sổ theo dõi hồ sơ trễ hẹn. Ông Nguyễn Văn Thạnh, Phó Chủ tịch UBND huyện Lục Ngạn cho biết, một số công chức kiêm nhiệm nhiều việc, xã có diện tích rộng, dân đông nên áp lực công việc lớn.
Bà Hoàng Thị Thu Hà, Phó Trưởng Ban Pháp chế HĐND tỉnh đề nghị huyện làm rõ trách nhiệm người đứng đầu ở những nơi để xảy ra vi phạm; công khai kết quả kiểm tra công vụ trên trang thông tin điện tử của huyện.
Kết luận buổi giám sát, đồng chí Thân Văn Khoa ghi nhận những chuyển biến của huyện; đề nghị UBND huyện tiếp tục rà soát, sắp xếp lại đội ngũ công chức một cửa, đầu tư trang thiết bị, mở rộng ứng dụng dịch vụ công trực tuyến mức độ 3; tăng tần suất kiểm tra đột xuất, gắn với đánh giá, xếp loại cuối năm. Kết quả giám sát sẽ được Ban tổng hợp, báo cáo tại kỳ họp cuối năm của HĐND tỉnh.
Cùng ngày, đoàn giám sát còn làm việc với Văn phòng HĐND và UBND huyện, nghe phản ánh của một số người dân Bắc Giang đến làm thủ tục về việc giải quyết hồ sơ đất đai còn chậm, hướng dẫn chưa đầy đủ.
Thanh Hằng
Bài viết liên quan
- Ban Pháp chế HĐND tỉnh giám sát tại huyện Yên Dũng (04/10/2017)
- Xử lý nghiêm cán bộ uống rượu bia trong giờ làm việc (25/09/2017)
- Lục Nam: nâng cao chất lượng bộ phận một cửa (19/09/2017)
""", "2017-10-12", 'Giám sát việc chấp hành kỷ luật, kỷ cương hành chính: Còn tình trạng "trên nóng, dưới lạnh"',
E("giam_sat", "2017", "2017-10-11"),
[P("Thân Văn Khoa", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Nguyễn Văn Thạnh", "Phó Chủ tịch UBND huyện Lục Ngạn"),
 P("Hoàng Thị Thu Hà", "Phó Trưởng Ban Pháp chế HĐND tỉnh")],
[Q("46 cuộc kiểm tra đột xuất công vụ", 46, "cuộc kiểm tra đột xuất công vụ"), Q("3 công chức cấp xã", 3, "công chức cấp xã"),
 Q("27 trường hợp", 27, "trường hợp"), Q("hơn 18.600 hồ sơ", 18600, "hồ sơ", "over"), Q("98,2%", 98.2, "%"),
 Q("11 phản ánh", 11, "phản ánh")],
[D("Chỉ thị", "26", "CT-TTg", "2016-09-05", "Thủ tướng Chính phủ", "Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "17", "CT-UBND", "2016-09-28", "Chủ tịch UBND tỉnh", "Chỉ thị số 17/CT-UBND ngày 28/9/2016 của Chủ tịch UBND tỉnh")],
[prov("Bắc Giang"), com("Phượng Sơn"), com("Chũ")],
["BÁO BẮC GIANG", "Thời sự - Chính trị >> Hoạt động dân cử", "BGĐT", "trên nóng, dưới lạnh",
 "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Lao động tiên tiến"],
["Thứ Năm, 12/10/2017, 07:50", "năm 2017", "9 tháng", "2 lần", "mức độ 3"]))

PAGES.append(page("b7572-danang-chandung-congchuc-motcua-2018", """
Báo Đà Nẵng
Xã hội | Người tốt - việc tốt
2018-11-09 07:30
Chị Lê Thị Thu Vân hướng dẫn người dân làm thủ tục tại bộ phận một cửa phường. Ảnh: NGỌC HÀ
"Cô công chức nụ cười" ở phường Hòa Khánh Bắc
Gần 8 năm làm công chức Tư pháp - Hộ tịch, chị Lê Thị Thu Vân, 34 tuổi, ở phường Hòa Khánh Bắc, quận Liên Chiểu chưa một lần để hồ sơ của dân trễ hẹn. Người dân trong phường quen gọi chị là "cô công chức nụ cười".
Mỗi ngày, bộ phận tiếp nhận và trả kết quả của phường đón khoảng 60 lượt người đến làm thủ tục, phần lớn là công nhân khu công nghiệp ở trọ. Nhiều người đi làm ca, chỉ rảnh vào buổi trưa. Biết vậy, chị Vân cùng đồng nghiệp đề xuất với lãnh đạo phường bố trí trực giờ nghỉ trưa hai ngày mỗi tuần. Sáng kiến ấy được ông Trần Văn Thành, Chủ tịch UBND phường Hòa Khánh Bắc đồng ý và sau đó được quận nhân rộng ra 7 phường.
"Có hôm một chị công nhân ôm con nhỏ, quên mang sổ hộ khẩu, em không nỡ bảo chị về. Em gọi điện cho tổ trưởng dân phố xác nhận, rồi làm tiếp", chị Vân kể. Năm 2017, chị thụ lý hơn 3.400 hồ sơ chứng thực, hộ tịch, không có phản ánh, khiếu nại nào.
Theo bà Nguyễn Thị Hồng Lan, Phó Trưởng phòng Nội vụ quận Liên Chiểu, kết quả khảo sát mức độ hài lòng của người dân đối với phường Hòa Khánh Bắc năm 2017 đạt 96,5%, cao nhất quận. Chị Vân 3 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, được Chủ tịch UBND thành phố tặng Bằng khen trong phong trào thi đua thực hiện "Năm văn minh đô thị".
Hiện thành phố đang thực hiện Chỉ thị số 20/CT-UBND của UBND thành phố về chấn chỉnh tác phong, lề lối làm việc của cán bộ, công chức và bộ quy tắc ứng xử "5 xin, 4 luôn" trong giao tiếp với người dân. Ở phường, chị Vân là người đầu tiên treo bảng "5 xin, 4 luôn" ngay trước bàn làm việc.
Ông Phan Đức Thịnh, Bí thư Đảng ủy phường nhận xét: "Vân không làm gì to tát, chỉ làm đúng, làm nhanh và tôn trọng người dân. Văn hóa công vụ bắt đầu từ những điều như thế".
Sắp tới, chị Vân được phường giới thiệu tham dự lớp bồi dưỡng kỹ năng giao tiếp cho công chức một cửa do Sở Nội vụ tổ chức. Chị bảo, điều chị mong nhất là phần mềm một cửa điện tử chạy ổn định để bà con không phải chờ.
Những ngày cuối năm, khi lượng hồ sơ tăng cao, chị Vân thường ở lại cơ quan muộn hơn để rà soát từng bộ hồ sơ, gọi điện hẹn trước với người dân thời gian nhận kết quả. Đồng nghiệp trong phường nói, nhờ chị mà cả bộ phận một cửa có thói quen ghi sổ theo dõi, không ai để việc của dân nằm quá hạn trên bàn mình.
NGỌC HÀ
Chia sẻ | In bài
Tin cùng chuyên mục
- Người thợ sửa xe tốt bụng ở Thanh Khê (05/11/2018)
- Tổ dân phố tự quản về an ninh trật tự (31/10/2018)
- Trao 50 suất học bổng cho học sinh nghèo (26/10/2018)
""", "2018-11-09", '"Cô công chức nụ cười" ở phường Hòa Khánh Bắc',
E("khac", None, None),
[P("Lê Thị Thu Vân", "công chức Tư pháp - Hộ tịch"),
 P("Trần Văn Thành", "Chủ tịch UBND phường Hòa Khánh Bắc"),
 P("Nguyễn Thị Hồng Lan", "Phó Trưởng phòng Nội vụ quận Liên Chiểu"),
 P("Phan Đức Thịnh", "Bí thư Đảng ủy phường")],
[Q("khoảng 60 lượt người", 60, "lượt người", "approx"), Q("7 phường", 7, "phường"),
 Q("hơn 3.400 hồ sơ chứng thực, hộ tịch", 3400, "hồ sơ chứng thực, hộ tịch", "over"), Q("96,5%", 96.5, "%")],
[D("Chỉ thị", "20", "CT-UBND", None, "UBND thành phố", "Chỉ thị số 20/CT-UBND của UBND thành phố")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc")],
["Báo Đà Nẵng", "Xã hội | Người tốt - việc tốt", "Chị Lê Thị Thu Vân hướng dẫn người dân làm thủ tục tại bộ phận một cửa phường. Ảnh: NGỌC HÀ",
 "cô công chức nụ cười", "Chiến sĩ thi đua cơ sở", "Năm văn minh đô thị", "5 xin, 4 luôn", "Chia sẻ | In bài"],
["2018-11-09 07:30", "Gần 8 năm", "34 tuổi", "hai ngày mỗi tuần", "Năm 2017", "năm 2017", "3 năm liền", "5 xin, 4 luôn"]))

PAGES.append(page("b7573-binhduong-congdoan-vienchuc-traoqua-2019", """
CÔNG ĐOÀN VIÊN CHỨC TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ
Tin hoạt động
21.01.2019 | 15:40
Công đoàn Viên chức tỉnh trao 420 phần quà Tết cho đoàn viên khó khăn
Trong 2 ngày 19 và 20/01/2019, Công đoàn Viên chức tỉnh Bình Dương tổ chức thăm, trao 420 phần quà Tết Kỷ Hợi 2019 cho đoàn viên, công chức, viên chức, người lao động có hoàn cảnh khó khăn tại 38 công đoàn cơ sở trực thuộc. Mỗi phần quà gồm 1 triệu đồng tiền mặt và nhu yếu phẩm, tổng trị giá gần 530 triệu đồng.
Tham gia đoàn trao quà có bà Nguyễn Thị Kim Oanh, Chủ tịch Công đoàn Viên chức tỉnh; ông Đinh Công Tráng, Phó Chủ tịch Thường trực Công đoàn Viên chức tỉnh và lãnh đạo các ban chuyên môn.
Kinh phí trao quà được trích từ quỹ xã hội của công đoàn và nguồn vận động từ phong trào thi đua "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở" năm 2018, trong đó đoàn viên các cơ quan hành chính đã tự nguyện đóng góp 1 ngày lương, được hơn 210 triệu đồng. Ngoài ra, Công đoàn Viên chức tỉnh còn phối hợp với Sở Y tế tổ chức khám bệnh, tặng thuốc cho 150 đoàn viên ở các trạm y tế xã.
Tại Trường Tiểu học Lai Uyên, xã Lai Uyên, huyện Bàu Bàng, bà Nguyễn Thị Kim Oanh đến thăm cô giáo Trần Thị Ngọc Hân, giáo viên có chồng bị bệnh nặng, đang một mình nuôi con nhỏ. Tại Trung tâm Y tế thị xã Tân Uyên, đoàn thăm hỏi, tặng quà 12 viên chức điều dưỡng có hoàn cảnh khó khăn, đã nhiều năm liền gắn bó với cơ sở.
Thực hiện Hướng dẫn số 03/HD-CĐVC của Ban Thường vụ Công đoàn Viên chức tỉnh về tổ chức Tết cho đoàn viên, các công đoàn cơ sở cũng đã chủ động trích kinh phí, vận động nhà hảo tâm trao thêm 1.850 suất quà Tết với tổng trị giá 740 triệu đồng; đồng thời đề nghị thủ trưởng các cơ quan tạo điều kiện về thời gian để đoàn viên ở xa về quê đón Tết.
Dịp này, Công đoàn Viên chức tỉnh cũng biểu dương 25 công đoàn cơ sở vững mạnh xuất sắc năm 2018 và nhắc các đơn vị thực hiện nghiêm quy định không tổ chức đi chúc Tết cấp trên, không dùng xe công vào việc riêng trong dịp Tết.
Đến thăm các gia đình, đoàn đã ân cần hỏi thăm sức khỏe, động viên các đoàn viên vượt qua khó khăn, tiếp tục yên tâm công tác, giữ gìn tác phong, thái độ phục vụ người dân đúng tinh thần văn hóa công sở. Nhiều đoàn viên xúc động cho biết đây là nguồn động viên lớn, giúp gia đình có cái Tết ấm áp hơn. Nhiều thủ trưởng đơn vị cũng cùng đi với đoàn để trực tiếp lắng nghe tâm tư của người lao động.
Kim Hà
Tin khác
- Hội nghị Ban Chấp hành Công đoàn Viên chức tỉnh lần thứ 5 (10/01/2019)
- Ra mắt Câu lạc bộ nữ công viên chức (27/12/2018)
- Tuyên dương 40 đoàn viên tiêu biểu (20/12/2018)
""", "2019-01-21", "Công đoàn Viên chức tỉnh trao 420 phần quà Tết cho đoàn viên khó khăn",
E("trao_qua", None, "2019-01-19"),
[P("Nguyễn Thị Kim Oanh", "Chủ tịch Công đoàn Viên chức tỉnh"),
 P("Đinh Công Tráng", "Phó Chủ tịch Thường trực Công đoàn Viên chức tỉnh"),
 P("Trần Thị Ngọc Hân", "giáo viên")],
[Q("420 phần quà Tết", 420, "phần quà"), Q("38 công đoàn cơ sở trực thuộc", 38, "công đoàn cơ sở"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("gần 530 triệu đồng", 530000000, "đồng", "approx"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("150 đoàn viên", 150, "đoàn viên"), Q("12 viên chức điều dưỡng", 12, "viên chức điều dưỡng"),
 Q("1.850 suất quà Tết", 1850, "suất quà"), Q("740 triệu đồng", 740000000, "đồng"),
 Q("25 công đoàn cơ sở vững mạnh xuất sắc", 25, "công đoàn cơ sở vững mạnh xuất sắc")],
[D("Hướng dẫn", "03", "HD-CĐVC", None, "Ban Thường vụ Công đoàn Viên chức tỉnh", "Hướng dẫn số 03/HD-CĐVC của Ban Thường vụ Công đoàn Viên chức tỉnh")],
[prov("Bình Dương"), com("Lai Uyên")],
["CÔNG ĐOÀN VIÊN CHỨC TỈNH BÌNH DƯƠNG", "Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ",
 "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Trường Tiểu học Lai Uyên", "Trung tâm Y tế thị xã Tân Uyên"],
["21.01.2019 | 15:40", "2 ngày", "Tết Kỷ Hợi 2019", "năm 2018", "1 ngày lương", "lần thứ 5"]))

PAGES.append(page("b7574-sonla-khoi-dang-tongket-2019", """
Hôm nay: Thứ Sáu, 27/12/2019
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chính trị / Xây dựng Đảng
Cập nhật lúc 16:45 ngày 26/12/2019
Ảnh: Quang cảnh hội nghị.
Phát huy vai trò nêu gương trong phong trào thi đua
Chiều 26/12, Khối thi đua các cơ quan Đảng tỉnh Sơn La tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2019, ký kết giao ước thi đua năm 2020. Dự hội nghị có đồng chí Cầm Ngọc Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, Khối trưởng năm 2019.
Khối thi đua gồm 8 cơ quan: Văn phòng Tỉnh ủy, các ban xây dựng Đảng, Ủy ban Kiểm tra Tỉnh ủy, Báo Sơn La và Trường Chính trị tỉnh. Năm 2019, các cơ quan đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định 1009, 1010-QĐ/TU về trách nhiệm nêu gương của cán bộ, đảng viên và về văn hóa ứng xử trong cơ quan Đảng; thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên BCH Trung ương. Các cơ quan thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị gắn với xây dựng "Cơ quan Đảng chuẩn mực, đoàn kết, hiệu quả".
100% cơ quan đạt danh hiệu trong sạch, vững mạnh; 412 cán bộ, công chức đăng ký làm theo Bác bằng việc làm cụ thể; 19 sáng kiến cấp cơ sở được công nhận. Cán bộ các cơ quan nhận đỡ đầu 14 học sinh người Mông, người Thái ở xã Chiềng Xuân, huyện Vân Hồ, mỗi em được hỗ trợ 500.000 đồng/tháng.
Các đồng chí Phó Khối trưởng: Lò Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy; Quàng Văn Hương, Phó Chánh Văn phòng Tỉnh ủy báo cáo bình xét thi đua. Khối đề nghị Tỉnh ủy tặng Cờ thi đua cho Ban Dân vận Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy; đề nghị tặng Bằng khen cho 5 tập thể, 11 cá nhân.
Phát biểu tại hội nghị, đồng chí Cầm Ngọc Minh đề nghị năm 2020 các cơ quan đổi mới hình thức thi đua, tập trung phục vụ Đại hội Đảng bộ các cấp tiến tới Đại hội XIII của Đảng; mỗi cán bộ trong cơ quan Đảng phải là tấm gương về đạo đức, lối sống, tác phong làm việc.
Tại hội nghị, đại diện 8 cơ quan đã ký kết giao ước thi đua năm 2020 và bầu Ban Dân vận Tỉnh ủy làm Khối trưởng.
Trong năm, các cơ quan trong Khối cũng duy trì nền nếp chào cờ đầu tháng, sinh hoạt chi bộ chuyên đề về đạo đức công vụ; phối hợp tổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh thu hút đông đảo cán bộ, đảng viên tham gia, góp phần xây dựng cơ quan Đảng thật sự là nơi đoàn kết, kỷ cương, mẫu mực.
Vũ Hoa
Các tin khác
- Khối thi đua các sở, ngành tổng kết năm 2019 (25/12/2019)
- Mộc Châu: 30 năm tái lập huyện (20/12/2019)
- Sơn La biểu dương gương điển hình học và làm theo Bác (12/12/2019)
""", "2019-12-26", "Phát huy vai trò nêu gương trong phong trào thi đua",
E("tong_ket", "2019", "2019-12-26"),
[P("Cầm Ngọc Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy", "Khối trưởng năm 2019"),
 P("Lò Thị Mai", "Phó Khối trưởng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hương", "Phó Khối trưởng", "Phó Chánh Văn phòng Tỉnh ủy")],
[Q("8 cơ quan", 8, "cơ quan"), Q("100%", 100, "%"), Q("412 cán bộ, công chức", 412, "cán bộ, công chức"),
 Q("19 sáng kiến cấp cơ sở", 19, "sáng kiến cấp cơ sở"), Q("14 học sinh", 14, "học sinh"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quy định", "1009", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 1009, 1010-QĐ/TU"),
 D("Quy định", "1010", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 1009, 1010-QĐ/TU"),
 D("Quy định", "08", "QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị")],
[prov("Sơn La"), com("Chiềng Xuân")],
["Hôm nay: Thứ Sáu, 27/12/2019", "BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chính trị / Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị.", "Cơ quan Đảng chuẩn mực, đoàn kết, hiệu quả"],
["Hôm nay: Thứ Sáu, 27/12/2019", "Cập nhật lúc 16:45 ngày 26/12/2019", "năm 2019", "năm 2020", "Đại hội XIII"]))

PAGES.append(page("b7575-hungyen-daihoi-thidua-2020", """
Báo Hưng Yên điện tử
Trang chủ › Chính trị › Thi đua - Khen thưởng
25/09/2020 - 09:30
Đại hội Thi đua yêu nước tỉnh lần thứ V: Thi đua đổi mới, sáng tạo
Ngày 24/9, Đại hội Thi đua yêu nước tỉnh Hưng Yên lần thứ V, giai đoạn 2020 - 2025 đã diễn ra trọng thể tại Trung tâm Hội nghị tỉnh với sự tham dự của 400 đại biểu tiêu biểu. Dự đại hội có đồng chí Đỗ Tiến Sỹ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Quốc Toản, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh.
Báo cáo tổng kết phong trào thi đua giai đoạn 2015 - 2020 cho thấy, các phong trào "Hưng Yên chung sức xây dựng nông thôn mới", "Doanh nghiệp Việt Nam hội nhập và phát triển", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở" được hưởng ứng rộng rãi. Toàn tỉnh có 93/145 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 1,7%; chỉ số cải cách hành chính PAR INDEX năm 2019 tăng 14 bậc so với năm 2015.
Thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án văn hóa công vụ, UBND tỉnh đã ban hành Kế hoạch số 40/KH-UBND; 100% cơ quan hành chính có bộ quy tắc ứng xử. Giai đoạn 2015 - 2020, tỉnh đã khen thưởng cho hơn 11.000 lượt tập thể, cá nhân; trong đó khen cho công nhân, nông dân, người lao động trực tiếp chiếm 46%.
Đại hội vinh dự được đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước tặng 3 tập thể và 2 cá nhân. Trong số điển hình được tôn vinh có ông Nguyễn Văn Bảy, Chủ tịch UBND xã Tân Châu, huyện Khoái Châu - người 5 năm liền giữ "chuẩn" 0 hồ sơ trễ hẹn tại xã.
Phát biểu chỉ đạo, Bí thư Tỉnh ủy Đỗ Tiến Sỹ yêu cầu phong trào thi đua giai đoạn mới phải gắn với thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; khắc phục tình trạng hành chính hóa, "nói nhiều, làm ít"; đội ngũ cán bộ, công chức phải chuyên nghiệp, trách nhiệm, năng động, minh bạch, hiệu quả.
Đại hội đã phát động phong trào thi đua giai đoạn 2020 - 2025 với mục tiêu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới, trong đó ít nhất 30 xã đạt chuẩn nông thôn mới nâng cao; bầu 6 đại biểu dự Đại hội Thi đua yêu nước toàn quốc lần thứ X.
Trong không khí trang trọng, các đại biểu đã nghe nhiều tham luận của các điển hình tiêu biểu trên các lĩnh vực, từ sản xuất nông nghiệp công nghệ cao, khởi nghiệp đến cải cách hành chính ở cơ sở; nhiều cách làm hay đã được đại hội ghi nhận và đề nghị nhân rộng trong toàn tỉnh.
Hải Ninh
Lượt xem: 2.317
Tin cùng chuyên mục
- Văn Lâm tổng kết phong trào thi đua 5 năm (18/09/2020)
- 22 tập thể, cá nhân được tặng Bằng khen của Thủ tướng (10/09/2020)
- Khoái Châu: Đại hội thi đua yêu nước lần thứ V (03/09/2020)
""", "2020-09-25", "Đại hội Thi đua yêu nước tỉnh lần thứ V: Thi đua đổi mới, sáng tạo",
E("dai_hoi", None, "2020-09-24"),
[P("Đỗ Tiến Sỹ", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Trần Quốc Toản", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"),
 P("Nguyễn Văn Bảy", "Chủ tịch UBND xã Tân Châu")],
[Q("400 đại biểu tiêu biểu", 400, "đại biểu tiêu biểu"), Q("93/145 xã", 93, "xã"), Q("1,7%", 1.7, "%"), Q("14 bậc", 14, "bậc"),
 Q("100%", 100, "%"), Q("hơn 11.000 lượt tập thể, cá nhân", 11000, "lượt tập thể, cá nhân", "over"), Q("46%", 46, "%"),
 Q("3 tập thể", 3, "tập thể"), Q("2 cá nhân", 2, "cá nhân"), Q("0 hồ sơ trễ hẹn", 0, "hồ sơ trễ hẹn"),
 Q("100% xã", 100, "%"), Q("ít nhất 30 xã", 30, "xã", "over"), Q("6 đại biểu", 6, "đại biểu")],
[D("Quyết định", "1847", "QĐ-TTg", "2018-12-27", "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "40", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 40/KH-UBND")],
[prov("Hưng Yên"), com("Tân Châu")],
["Báo Hưng Yên điện tử", "Trang chủ › Chính trị › Thi đua - Khen thưởng", "Hưng Yên chung sức xây dựng nông thôn mới",
 "Doanh nghiệp Việt Nam hội nhập và phát triển", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
 "Đề án văn hóa công vụ", "PAR INDEX", "nói nhiều, làm ít", "Lượt xem: 2.317"],
["25/09/2020 - 09:30", "lần thứ V", "giai đoạn 2020 - 2025", "giai đoạn 2015 - 2020", "năm 2019", "năm 2015", "hạng Ba", "5 năm liền",
 "lần thứ XIX", "năm 2025", "lần thứ X", "Lượt xem: 2.317"]))

PAGES.append(page("b7576-camau-sonoivu-vanhoacongvu-soket-2020", """
SỞ NỘI VỤ TỈNH CÀ MAU
Trang chủ >> Tin tức >> Cải cách hành chính
Thứ Sáu, 10/07/2020 | 14:00
Sơ kết 6 tháng thực hiện Đề án văn hóa công vụ: giữ nền nếp trong mùa dịch
Sáng 09/7/2020, Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020, trong đó đánh giá việc thực hiện Đề án văn hóa công vụ và phong trào thi đua trong các cơ quan nhà nước. Ông Lâm Văn Bi, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự, chỉ đạo hội nghị; bà Lữ Thị Kim Liên, Giám đốc Sở Nội vụ chủ trì.
Theo báo cáo, thực hiện Kế hoạch số 35/KH-UBND ngày 11/3/2019 của UBND tỉnh triển khai Quyết định 1847/QĐ-TTg, 6 tháng qua Sở đã phối hợp kiểm tra công vụ tại 9 sở, ngành và 5 huyện, trong đó có kiểm tra đột xuất 23 lượt. Trong thời gian giãn cách xã hội do dịch COVID-19, 100% cơ quan duy trì bộ phận trực tiếp nhận hồ sơ, chuyển mạnh sang dịch vụ công trực tuyến; số hồ sơ nộp trực tuyến tăng gấp 3 lần so với cùng kỳ.
Đa số cán bộ, công chức chấp hành nghiêm kỷ luật, kỷ cương; tuy nhiên vẫn còn 4 trường hợp bị phê bình do chậm trễ trong giải quyết công việc và 1 công chức cấp xã bị kỷ luật khiển trách. Chỉ số hài lòng của người dân đối với các cơ quan hành chính của tỉnh đạt 87,34%.
Tại hội nghị, bà Lữ Thị Kim Liên cho biết Sở đã tham mưu UBND tỉnh ban hành Quyết định số 982/QĐ-UBND về bộ quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị thuộc tỉnh; đồng thời xét khen thưởng đột xuất cho 6 tập thể và 18 cá nhân có thành tích trong phòng, chống dịch.
Đóng góp ý kiến, ông Huỳnh Quốc Việt, Chánh Thanh tra Sở Nội vụ, đề nghị năm nay đưa tiêu chí văn hóa công vụ vào bảng chấm điểm thi đua các cụm, khối; ông Trương Minh Hoàng, Chủ tịch UBND xã Khánh Bình Tây, huyện Trần Văn Thời phản ánh xã còn thiếu máy tính, đường truyền chập chờn nên khó thực hiện dịch vụ công mức độ 4.
Phát biểu chỉ đạo, ông Lâm Văn Bi đề nghị Sở Nội vụ 6 tháng cuối năm tập trung chuẩn bị nhân sự phục vụ Đại hội Đảng bộ các cấp, tham mưu tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V; tăng cường kiểm tra đột xuất, xử lý nghiêm cán bộ gây phiền hà, nhũng nhiễu người dân.
Hội nghị thống nhất trong thời gian tới, Sở Nội vụ sẽ phối hợp với Báo Cà Mau, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục phản ánh về thái độ phục vụ của cán bộ, công chức, tiếp nhận ý kiến của người dân qua đường dây nóng và ứng dụng trên điện thoại, để kịp thời chấn chỉnh những biểu hiện thiếu chuẩn mực trong thực thi công vụ.
Mỹ Linh
Tin liên quan
- Cà Mau: 42 tập thể được khen thưởng về phòng, chống dịch (30/06/2020)
- Kiểm tra công vụ tại huyện U Minh (15/06/2020)
- Tổng kết Đề án văn hóa công vụ năm 2019 (20/01/2020)
""", "2020-07-10", "Sơ kết 6 tháng thực hiện Đề án văn hóa công vụ: giữ nền nếp trong mùa dịch",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Lâm Văn Bi", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Lữ Thị Kim Liên", "Giám đốc Sở Nội vụ"),
 P("Huỳnh Quốc Việt", "Chánh Thanh tra Sở Nội vụ"),
 P("Trương Minh Hoàng", "Chủ tịch UBND xã Khánh Bình Tây")],
[Q("9 sở, ngành", 9, "sở, ngành"), Q("5 huyện", 5, "huyện"), Q("23 lượt", 23, "lượt"), Q("100%", 100, "%"),
 Q("4 trường hợp", 4, "trường hợp"), Q("1 công chức cấp xã", 1, "công chức cấp xã"), Q("87,34%", 87.34, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Kế hoạch", "35", "KH-UBND", "2019-03-11", "UBND tỉnh", "Kế hoạch số 35/KH-UBND ngày 11/3/2019 của UBND tỉnh"),
 D("Quyết định", "1847", "QĐ-TTg", None, None, "Quyết định 1847/QĐ-TTg"),
 D("Quyết định", "982", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 982/QĐ-UBND")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["SỞ NỘI VỤ TỈNH CÀ MAU", "Trang chủ >> Tin tức >> Cải cách hành chính", "Đề án văn hóa công vụ"],
["Thứ Sáu, 10/07/2020 | 14:00", "6 tháng đầu năm 2020", "6 tháng qua", "gấp 3 lần", "mức độ 4", "6 tháng cuối năm", "lần thứ V"]))
