#!/usr/bin/env bash
# Time of `npm install` on a fresh clone of this repository (npm cache as the machine has it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
git clone -q "$root" "$work/hostdeck"
cd "$work/hostdeck"
start=$(date +%s.%N)
npm install --no-audit --no-fund >/dev/null 2>&1
end=$(date +%s.%N)
printf 'npm install on a fresh clone: %.1f s\n' "$(echo "$end - $start" | bc)"
rm -rf "$work"
