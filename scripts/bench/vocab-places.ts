/** Places and people's names: the proper nouns of the generated articles. */

const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface Province {
  name: string;
  /** "Tỉnh ủy" or, for centrally run cities, "Thành ủy". */
  committee: 'Tỉnh ủy' | 'Thành ủy';
  /** Short form used in datelines and captions. */
  short: string;
}

const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'TP. Hồ Chí Minh', 'Huế']);

export const PROVINCES: Province[] = list(`
An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|Bình Định|Bình Phước|Bình Thuận
Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội
Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lạng Sơn|Lào Cai
Lâm Đồng|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh
Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|TP. Hồ Chí Minh
Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái
`).map((name) => ({
  name,
  committee: CITIES.has(name) ? 'Thành ủy' : 'Tỉnh ủy',
  short: name === 'TP. Hồ Chí Minh' ? 'TP.HCM' : name,
}));

/** Districts, towns and provincial cities (huyện, thị xã, thành phố). */
export const DISTRICTS: string[] = list(`
Gò Dầu|Trảng Bàng|Châu Thành|Tân Biên|Dương Minh Châu|Hòa Thành|Bến Cầu|Tân Châu|Năm Căn|Ngọc Hiển|Đầm Dơi|Trần Văn Thời
U Minh|Thới Bình|Cái Nước|Phú Tân|Điện Biên Đông|Mường Nhé|Mường Chà|Tuần Giáo|Tủa Chùa|Mường Ảng|Nậm Pồ|Cam Lâm|Diên Khánh
Khánh Vĩnh|Khánh Sơn|Vạn Ninh|Ninh Hòa|Cam Ranh|Krông Pắc|Krông Búk|Krông Năng|Ea H'leo|Ea Súp|Buôn Đôn|Cư M'gar|Lắk|M'Đrắk
Buôn Hồ|Ea Kar|Krông Bông|Krông Ana|Cư Kuin|Quỳnh Lưu|Diễn Châu|Yên Thành|Đô Lương|Thanh Chương|Nam Đàn|Hưng Nguyên|Nghi Lộc
Con Cuông|Tương Dương|Kỳ Sơn|Quế Phong|Quỳ Châu|Quỳ Hợp|Nghĩa Đàn|Tân Kỳ|Anh Sơn|Hoàng Mai|Thái Hòa|Cửa Lò|Gia Bình
Lương Tài|Thuận Thành|Quế Võ|Tiên Du|Yên Phong|Từ Sơn|Đại Từ|Định Hóa|Phú Lương|Võ Nhai|Đồng Hỷ|Phú Bình|Phổ Yên|Sông Công
Bắc Quang|Vị Xuyên|Hoàng Su Phì|Xín Mần|Đồng Văn|Mèo Vạc|Yên Minh|Quản Bạ|Bắc Mê|Quang Bình|Bảo Lâm|Bảo Lạc|Hà Quảng
Trùng Khánh|Quảng Hòa|Hạ Lang|Thạch An|Nguyên Bình|Hòa An|Sa Pa|Bát Xát|Bảo Thắng|Bảo Yên|Văn Bàn|Si Ma Cai|Mường Khương
Bắc Hà|Mộc Châu|Vân Hồ|Yên Châu|Mai Sơn|Thuận Châu|Quỳnh Nhai|Sông Mã|Sốp Cộp|Phù Yên|Bắc Yên|Mường La|Tam Đường|Sìn Hồ
Phong Thổ|Than Uyên|Tân Uyên|Nậm Nhùn|Mường Tè|Hải Hậu|Giao Thủy|Xuân Trường|Nghĩa Hưng|Trực Ninh|Ý Yên|Vụ Bản|Mỹ Lộc
Kim Sơn|Yên Khánh|Yên Mô|Gia Viễn|Nho Quan|Hoa Lư|Tam Điệp|Thọ Xuân|Triệu Sơn|Nông Cống|Tĩnh Gia|Nghi Sơn|Hậu Lộc|Hoằng Hóa
Quảng Xương|Đông Sơn|Thiệu Hóa|Yên Định|Vĩnh Lộc|Thạch Thành|Cẩm Thủy|Bá Thước|Quan Hóa|Quan Sơn|Mường Lát|Lang Chánh
Ngọc Lặc|Thường Xuân|Như Xuân|Như Thanh|Hương Sơn|Hương Khê|Vũ Quang|Đức Thọ|Can Lộc|Thạch Hà|Cẩm Xuyên|Kỳ Anh|Nghi Xuân
Lộc Hà|Hồng Lĩnh|Bố Trạch|Quảng Trạch|Tuyên Hóa|Minh Hóa|Lệ Thủy|Quảng Ninh|Đồng Hới|Gio Linh|Vĩnh Linh|Cam Lộ|Hải Lăng
Triệu Phong|Hướng Hóa|Đakrông|Phong Điền|Quảng Điền|Hương Trà|Hương Thủy|Phú Vang|Phú Lộc|A Lưới|Nam Đông|Hòa Vang
Điện Bàn|Duy Xuyên|Thăng Bình|Quế Sơn|Hiệp Đức|Tiên Phước|Núi Thành|Phú Ninh|Nam Giang|Đông Giang|Tây Giang|Phước Sơn
Bình Sơn|Sơn Tịnh|Tư Nghĩa|Mộ Đức|Đức Phổ|Ba Tơ|Minh Long|Sơn Hà|Sơn Tây|Trà Bồng|Lý Sơn|Hoài Nhơn|Hoài Ân|Phù Mỹ
Phù Cát|Tây Sơn|Vĩnh Thạnh|An Lão|Vân Canh|Tuy Phước|An Nhơn|Sông Cầu|Tuy An|Đồng Xuân|Sơn Hòa|Sông Hinh|Tây Hòa
Đông Hòa|Ninh Phước|Ninh Sơn|Ninh Hải|Thuận Bắc|Thuận Nam|Bác Ái|Tuy Phong|Bắc Bình|Hàm Thuận Bắc|Hàm Thuận Nam|Hàm Tân
Đức Linh|Tánh Linh|La Gi|Phú Quý|Đắk Glei|Đắk Tô|Ngọc Hồi|Sa Thầy|Kon Plông|Kon Rẫy|Tu Mơ Rông|Ia H'Drai|Chư Păh|Chư Prông
Chư Sê|Chư Pưh|Đức Cơ|Ia Grai|Mang Yang|Kbang|Kông Chro|Đak Pơ|An Khê|Ayun Pa|Krông Pa|Ia Pa|Phú Thiện|Đắk Mil|Đắk Song
Cư Jút|Krông Nô|Tuy Đức|Đắk R'lấp|Gia Nghĩa|Bảo Lộc|Di Linh|Lâm Hà|Đơn Dương|Đức Trọng|Lạc Dương|Cát Tiên|Đạ Huoai|Đạ Tẻh
Bù Đăng|Bù Gia Mập|Bù Đốp|Lộc Ninh|Hớn Quản|Chơn Thành|Đồng Phú|Phú Riềng|Bình Long|Phước Long|Dầu Tiếng|Bàu Bàng|Phú Giáo
Bắc Tân Uyên|Thuận An|Dĩ An|Bến Cát|Long Thành|Nhơn Trạch|Trảng Bom|Thống Nhất|Xuân Lộc|Cẩm Mỹ|Định Quán|Tân Phú|Vĩnh Cửu
Long Khánh|Xuyên Mộc|Châu Đức|Đất Đỏ|Long Điền|Côn Đảo|Phú Mỹ|Cần Giờ|Củ Chi|Hóc Môn|Bình Chánh|Nhà Bè|Thủ Đức|Đức Hòa
Đức Huệ|Bến Lức|Cần Giuộc|Cần Đước|Thủ Thừa|Tân Trụ|Thạnh Hóa|Tân Thạnh|Mộc Hóa|Vĩnh Hưng|Tân Hưng|Kiến Tường|Cái Bè
Cai Lậy|Chợ Gạo|Gò Công Tây|Gò Công Đông|Tân Phước|Mỏ Cày Nam|Mỏ Cày Bắc|Giồng Trôm|Ba Tri|Bình Đại|Thạnh Phú|Chợ Lách
Càng Long|Cầu Kè|Tiểu Cần|Cầu Ngang|Trà Cú|Duyên Hải|Long Hồ|Mang Thít|Vũng Liêm|Tam Bình|Trà Ôn|Bình Tân|Bình Minh
Cao Lãnh|Tháp Mười|Tam Nông|Thanh Bình|Hồng Ngự|Lấp Vò|Lai Vung|Sa Đéc|Chợ Mới|Phú Tân|Tịnh Biên|Tri Tôn|Thoại Sơn|An Phú
Tân Hiệp|Hòn Đất|Kiên Lương|Giang Thành|Giồng Riềng|Gò Quao|An Biên|An Minh|Vĩnh Thuận|U Minh Thượng|Phú Quốc|Kiên Hải
Vị Thủy|Long Mỹ|Phụng Hiệp|Châu Thành A|Ngã Bảy|Kế Sách|Mỹ Tú|Mỹ Xuyên|Thạnh Trị|Ngã Năm|Vĩnh Châu|Cù Lao Dung|Trần Đề
Hồng Dân|Phước Long|Giá Rai|Đông Hải|Hòa Bình|Vĩnh Lợi|Ô Môn|Thốt Nốt|Cờ Đỏ|Phong Điền|Thới Lai|Vĩnh Thạnh|Thủy Nguyên
An Dương|An Lão|Kiến Thụy|Tiên Lãng|Vĩnh Bảo|Cát Hải|Bạch Long Vĩ|Đông Triều|Quảng Yên|Uông Bí|Cẩm Phả|Vân Đồn|Tiên Yên
Bình Liêu|Đầm Hà|Hải Hà|Móng Cái|Ba Chẽ|Cô Tô|Sóc Sơn|Đông Anh|Gia Lâm|Mê Linh|Ba Vì|Phúc Thọ|Đan Phượng|Hoài Đức
Quốc Oai|Thạch Thất|Chương Mỹ|Thanh Oai|Thường Tín|Phú Xuyên|Ứng Hòa|Mỹ Đức|Thanh Trì|Sơn Tây|Lục Ngạn|Lục Nam|Sơn Động
Yên Thế|Tân Yên|Hiệp Hòa|Việt Yên|Lạng Giang|Yên Dũng|Chi Lăng|Hữu Lũng|Bắc Sơn|Bình Gia|Văn Quan|Tràng Định|Cao Lộc
Lộc Bình|Đình Lập|Văn Lãng|Ba Bể|Pác Nặm|Ngân Sơn|Chợ Đồn|Chợ Mới|Na Rì|Bạch Thông|Na Hang|Lâm Bình|Chiêm Hóa|Hàm Yên
Yên Sơn|Sơn Dương|Lục Yên|Văn Yên|Văn Chấn|Trạm Tấu|Mù Cang Chải|Trấn Yên|Yên Bình|Nghĩa Lộ|Đoan Hùng|Hạ Hòa|Thanh Ba
Phù Ninh|Lâm Thao|Cẩm Khê|Yên Lập|Tam Nông|Thanh Thủy|Thanh Sơn|Tân Sơn|Phú Thọ|Tam Dương|Tam Đảo|Lập Thạch|Sông Lô
Bình Xuyên|Yên Lạc|Vĩnh Tường|Phúc Yên|Đà Bắc|Mai Châu|Tân Lạc|Lạc Sơn|Kim Bôi|Lương Sơn|Cao Phong|Lạc Thủy|Yên Thủy
Duy Tiên|Kim Bảng|Thanh Liêm|Bình Lục|Lý Nhân|Tiên Lữ|Phù Cừ|Kim Động|Ân Thi|Khoái Châu|Văn Giang|Văn Lâm|Mỹ Hào
Yên Mỹ|Quỳnh Phụ|Hưng Hà|Đông Hưng|Thái Thụy|Tiền Hải|Kiến Xương|Vũ Thư|Chí Linh|Kinh Môn|Nam Sách|Kim Thành|Thanh Hà
Cẩm Giàng|Bình Giang|Gia Lộc|Tứ Kỳ|Ninh Giang|Thanh Miện
`);

/** Syllables that Vietnamese commune, ward and village names are made of. */
export const PLACE_SYLLABLES: string[] = list(`
An|Bình|Hòa|Phú|Phước|Thạnh|Tân|Long|Mỹ|Lộc|Thịnh|Hưng|Thuận|Lợi|Xuân|Đông|Tây|Nam|Bắc|Trung|Hiệp|Hội|Nghĩa|Thành
Quang|Minh|Đức|Tiến|Hợp|Đồng|Thống|Nhất|Thắng|Lập|Định|Khánh|Vĩnh|Trường|Sơn|Hải|Giang|Hà|Thủy|Lâm|Điền|Quý|Thọ|Phong
Cường|Kiên|Yên|Ninh|Tường|Đạo|Liên|Lạc|Dương|Hồng|Ngọc|Kim|Cát|Lĩnh|Mai|Hương|Châu|Tú|Thái|Hoàng|Quảng|Nhơn|Cẩm
Diễn|Nghi|Quỳnh|Thanh|Hồ|Đại|Tiên|Vạn|Hữu|Tam|Tứ|Ngũ|Lục|Cửu|Thượng|Hạ|Trà|Ea|Krông|Cư|Ia|Đắk|Nà|Nậm|Pắc|Bản|Mường
Chiềng|Pa|Phìn|Sìn|Lũng|Tà|Khe|Làng|Trại|Bàu|Gò|Rạch|Vàm|Kênh|Cồn|Cù|Doi|Mũi|Hòn|Vân|Đình|Chùa|Cầu|Chợ|Bến|Đò|Thôn
Xóm|Ấp|Sóc|Buôn|Plei|Kon|Tơ|Măng|Lăng|Khuê|Trạch|Nhuận|Quế|Lan|Cúc|Trúc|Tùng|Bách|Liễu|Đào|Lê|Hạnh|Nhân|Trí|Tín|Lễ
Hiếu|Trinh|Tiết|Công|Tư|Học|Văn|Võ|Kỳ|Dũng|Tráng|Vinh|Hiển|Đạt|Thông|Tuy|Diên|Cam|Mộ|Ba|Bồng|Sa|Tịnh|Nguyên|Bảo
`);

export const FAMILY_NAMES: string[] = list(`
Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Hà|Tạ|Chu|Cao|Lương|Thái
Đoàn|Lưu|Vương|Trịnh|Đàm|Kiều|Triệu|Tô|Châu|Quách|Lò|Hầu|Giàng|Sùng|Nông|Lục|Hứa|La|Từ|Tống|Khổng|Phùng|Thân|Đồng|Kim|Lại
`);

/** Relative frequency of the family names above, most common first. */
export const FAMILY_WEIGHTS: number[] = [
  38, 11, 9.5, 7, 4, 3, 4.5, 3, 2.5, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.8, 0.8, 0.6, 0.6, 0.6, 0.4, 0.3, 0.5, 0.4, 0.4,
  0.4, 0.3, 0.3, 0.4, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.15, 0.1, 0.1, 0.1, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.1, 0.1,
  0.1, 0.1, 0.1,
];

export const MIDDLE_MALE: string[] = list(`
Văn|Hữu|Đức|Minh|Quang|Thanh|Xuân|Hồng|Ngọc|Công|Quốc|Tiến|Đình|Mạnh|Trọng|Bá|Khắc|Duy|Anh|Trung|Hoàng|Việt|Thế|Phú|Tấn
Nhật|Kim|Hải|Vĩnh|Thành|Phước|Chí|Tuấn|Huy|Đăng|Sỹ|Viết|Như|Phúc|Gia|Bảo|Thái|Hoài|Lương|Trường|Nam|Khánh|Vũ
`);

export const MIDDLE_FEMALE: string[] = list(`
Thị|Thị Thanh|Thị Thu|Thị Kim|Thị Minh|Thị Hồng|Thị Ngọc|Thị Thúy|Thị Bích|Thị Lan|Thu|Ngọc|Thanh|Kim|Thị Hải|Thị Mai
Thị Phương|Thị Tuyết|Thị Xuân|Thị Hoài|Thị Thanh Thủy|Thị Hương|Thị Lệ|Thị Quỳnh|Hồng|Minh|Thúy|Phương|Mỹ|Diệu
`);

export const GIVEN_MALE: string[] = list(`
Chính|Bình|Tân|Hợp|Trung|Lĩnh|Ghi|Quang|Tùng|Niên|Tuấn|Thành|Hậu|Hiếu|Vinh|Sơn|Hải|Hùng|Dũng|Cường|Long|Nam|Phong|Quân
Thắng|Thịnh|Toàn|Trí|Tú|Tuệ|Việt|Vũ|Xuân|Anh|Bảo|Công|Đạt|Định|Đông|Đức|Giang|Hà|Hào|Hiển|Hòa|Hoàng|Huy|Hưng|Khang
Khánh|Khoa|Kiên|Lâm|Lân|Lộc|Lợi|Luân|Mạnh|Minh|Nghĩa|Ngọc|Nguyên|Nhân|Nhật|Phúc|Phước|Phương|Quý|Quyết|Sang|Sinh
Tâm|Thái|Thanh|Thảo|Thiện|Thông|Thuận|Tiến|Tín|Toản|Trọng|Trường|Tường|Văn|Vĩnh|Vượng|Ánh|Bằng|Cảnh|Chiến|Chinh|Chung
Diệp|Doanh|Dương|Được|Hạnh|Hảo|Hiệp|Học|Hội|Huấn|Khải|Khiêm|Kỳ|Lạng|Lập|Liêm|Lực|Lượng|Mẫn|Mỹ|Ninh|Phát|Phú|Quảng
Quế|Sáng|Sĩ|Sỹ|Tài|Tăng|Tấn|Thạch|Thăng|Thân|Thể|Thiều|Thọ|Thủy|Thức|Tiệp|Tỉnh|Tráng|Trịnh|Truyền|Tuyên|Tuyển|Uy
Vân|Vững|Ý|Yên|Hoạt|Khương|Nhạn|Triều|Điệp|Đoàn|Hoan|Kha|Lam|Lũy|Nhuận|Quỳnh|Sử|Thường|Túy|Vịnh|Xứng
`);

export const GIVEN_FEMALE: string[] = list(`
Mai|Lan|Hương|Hằng|Nhàn|Sinh|Hòa|Thủy|Thắng|Hạnh|Hoa|Huệ|Hiền|Hồng|Hà|Loan|Linh|Ly|Mến|Minh|Nga|Ngân|Nguyệt|Nhung
Oanh|Phượng|Quyên|Quỳnh|Tâm|Thảo|Thoa|Thu|Thúy|Thư|Trang|Trinh|Tuyết|Uyên|Vân|Xuân|Yến|Anh|Bích|Chi|Dung|Duyên|Giang
Hậu|Hiên|Hoài|Huyền|Khánh|Lài|Lệ|Liên|Liễu|Lụa|My|Na|Nương|Phương|Sương|Tấm|Thanh|Thêu|Thơ|Tình|Trâm|Vy|Điệp|Diệp
`);
