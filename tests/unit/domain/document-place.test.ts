import { describe, expect, it } from "vitest";
import { documentPlaceName } from "@/lib/domain/document-place";

// NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.a: the place is the official name of the unit where the issuing body
// sits (province, district or commune), without its kind; a unit named by a number keeps its full name.
describe("documentPlaceName", () => {
  it("drops the kind of a province, district or commune", () => {
    expect(documentPlaceName({ level: "PROVINCE", name: "Tỉnh Long Giang" })).toBe("Long Giang");
    expect(documentPlaceName({ level: "PROVINCE", name: "Thành phố Hà Nội" })).toBe("Hà Nội");
    expect(documentPlaceName({ level: "DISTRICT", name: "Huyện Cầu Kè" })).toBe("Cầu Kè");
    expect(documentPlaceName({ level: "DISTRICT", name: "Thị xã Duyên Hải" })).toBe("Duyên Hải");
    expect(documentPlaceName({ level: "DISTRICT", name: "Thành phố Trà Vinh" })).toBe("Trà Vinh");
    expect(documentPlaceName({ level: "COMMUNE", name: "Xã Hòa Ân" })).toBe("Hòa Ân");
    expect(documentPlaceName({ level: "COMMUNE", name: "xã Hòa Ân" })).toBe("Hòa Ân");
    expect(documentPlaceName({ level: "COMMUNE", name: "Thị trấn Cầu Kè" })).toBe("Cầu Kè");
    expect(documentPlaceName({ level: "COMMUNE", name: "Đặc khu Phú Quốc" })).toBe("Phú Quốc");
  });
  it("keeps the full name of a unit named by a number", () => {
    expect(documentPlaceName({ level: "COMMUNE", name: "Phường 1" })).toBe("Phường 1");
    expect(documentPlaceName({ level: "DISTRICT", name: "Quận 3" })).toBe("Quận 3");
  });
  it("keeps a name without a kind, and writes Hà Nội for the national root", () => {
    expect(documentPlaceName({ level: "COMMUNE", name: "Hòa Ân" })).toBe("Hòa Ân");
    expect(documentPlaceName({ level: "COMMUNE", name: "Xã" })).toBe("Xã");
    expect(documentPlaceName({ level: "NATION", name: "Việt Nam" })).toBe("Hà Nội");
  });
});
