import { PageHeader } from "@/components/ui/card";

import { ConnectionServersSkeleton } from "./connection-servers";

/** Also the prefetch boundary: links to Servers never run provider calls before they are followed. */
export default function Loading() {
  return (
    <>
      <PageHeader title="Servers" description="VPS and dedicated servers across your provider accounts: resources, tasks and actions." />
      <ConnectionServersSkeleton />
    </>
  );
}
