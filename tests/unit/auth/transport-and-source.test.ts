import { describe, expect, it } from "vitest";
import { strictTransportSecurity } from "@/lib/strict-transport";
import { sourceAddressOf } from "@/lib/auth/source-address";

// Issue #14 finding 10.
describe("Strict-Transport-Security only over https", () => {
  it("is one year with sub-domains when the public address is https, absent over http or unset", () => {
    expect(strictTransportSecurity("https://bcd.example.gov.vn")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity(" HTTPS://bcd.example.gov.vn/")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});

describe("source address of a sign-in", () => {
  it("takes the first X-Forwarded-For hop, else X-Real-IP, from a Headers object or a plain record", () => {
    expect(sourceAddressOf(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(sourceAddressOf({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(sourceAddressOf({ "x-forwarded-for": ["192.0.2.1"] })).toBe("192.0.2.1");
    expect(sourceAddressOf({})).toBeNull();
    expect(sourceAddressOf(undefined)).toBeNull();
    expect(sourceAddressOf({ "x-forwarded-for": "a".repeat(300) })).toHaveLength(100);
  });
});
