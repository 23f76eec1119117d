#!/usr/bin/env bash
# Runs every test of the platform: lint (module boundaries), type check, unit, integration and end-to-end.
# Sets up what the tests need first: npm dependencies, Debian's kcat (the Kafka mock cluster), Chromium and a
# Chinese font (the console's browser tests), and the
# machine's PostgreSQL and Redis if they are down (DESIGN §6). Prints "N passed, N failed" last.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

node tools/ensure-dependencies.js
bash tools/ensure-services.sh

mkdir -p artifacts
echo "== lint (module boundaries) · 代码检查"
npx nx show projects > /dev/null
npx eslint . --max-warnings=0
echo "== type check · 类型检查"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/console/tsconfig.json
echo "== unit, integration and end-to-end tests · 测试"
status=0
NODE_OPTIONS=--experimental-vm-modules npx jest --maxWorkers=2 --json --outputFile=artifacts/jest-results.json "$@" || status=$?
node -e '
  const r = require("./artifacts/jest-results.json");
  // The same counts as the "Tests:" line of jest; a file that could not run at all is said apart, as jest does.
  const broken = r.numRuntimeErrorTestSuites ? `, ${r.numRuntimeErrorTestSuites} test files failed to run` : "";
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : "") + broken);
'
exit $status
