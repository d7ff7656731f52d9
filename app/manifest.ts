import type { MetadataRoute } from "next";
import { install } from "@/lib/i18n/vi/install";

/** Web app manifest (issue #17 §1): lets a phone install the app on its home screen, opening on the monthly entry. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: install.appName,
    short_name: install.appShortName,
    description: install.appDescription,
    lang: "vi",
    start_url: "/monthly",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0b4a6f",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
