import { redirect } from "next/navigation";

export default function IptvPage() {
  redirect("/iptv/lines");
}
