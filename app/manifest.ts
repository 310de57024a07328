import type { MetadataRoute } from "next";

/** Installable on a phone's home screen: opens on the overview, standalone, in the brand colour. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Hostdeck",
    short_name: "Hostdeck",
    description: "All your hosting-provider accounts in one console.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#2158d6",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
