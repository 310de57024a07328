import { Card } from "@/components/ui/card";

export default function NoTeamPage() {
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">You are not in any team</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Your account exists but belongs to no team right now. Ask a team admin for an invitation link.
      </p>
    </Card>
  );
}
