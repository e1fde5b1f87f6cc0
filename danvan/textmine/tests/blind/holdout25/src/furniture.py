"""Page furniture below the related-news list (never labelled)."""

def FOOT(owner, addr, phone, chief, site, licence=None):
    s = ("\n----------------------------------------\n"
         f"CƠ QUAN CHỦ QUẢN: {owner}\n"
         f"Địa chỉ: {addr} - Điện thoại: {phone}\n"
         f"Chịu trách nhiệm chính: {chief}\n")
    if licence:
        s += f"{licence}\n"
    s += (f"Ghi rõ nguồn \"{site}\" khi phát hành lại thông tin từ website này.\n"
          "Bản quyền thuộc về cơ quan chủ quản. Thiết kế và vận hành: Trung tâm Công nghệ thông tin và Truyền thông tỉnh.\n")
    return s
