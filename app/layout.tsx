import type { Metadata, Viewport } from "next";
import "./globals.css";
import { vi } from "@/lib/i18n/vi";

export const metadata: Metadata = {
  title: { default: vi.app.name, template: `%s · ${vi.app.name}` },
  description: vi.app.fullName,
  // Installable on a phone's home screen (issue #17): app/manifest.ts and the icons in public/icons.
  appleWebApp: { capable: true, title: vi.app.name, statusBarStyle: "default" },
  icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
};
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4a6f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
