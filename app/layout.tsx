import type { Metadata, Viewport } from "next";
import "./globals.css";
import { vi } from "@/lib/i18n/vi";

export const metadata: Metadata = { title: { default: vi.app.name, template: `%s · ${vi.app.name}` }, description: vi.app.fullName };
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
