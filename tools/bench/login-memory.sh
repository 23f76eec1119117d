#!/usr/bin/env bash
# npm run bench:login-memory — the embedded host's resident memory at rest and after 8 sign-ins at once, with glibc's
# default allocator settings and with the images' MALLOC_MMAP_THRESHOLD_ (deploy/Dockerfile). argon2id takes 19 MiB a
# password check; by default glibc raises its mmap threshold after the first such block is freed, so later blocks come
# from the libuv threads' arenas and stay resident. Each variant: a first start creates a fresh DATA_DIR, the second
# start (data in place, demo accounts) is measured 10 s after ready and 10 s after the sign-ins (the gateway checks two
# passwords at a time, so the eight take four turns). BENCH_ROUNDS (2).
set -euo pipefail
cd "$(dirname "$0")/../.."
node tools/build/build-services.js standalone --if-stale > /dev/null
rounds=${BENCH_ROUNDS:-2}

rss() { awk '/VmRSS/{print int($2/1024)}' "/proc/$1/status"; }

measure() { # label, env assignments…
  local label=$1; shift
  local dir port pid
  dir=$(mktemp -d); port=$((20000 + RANDOM % 10000))
  start() {
    env "$@" DEMO_ACCOUNTS=true DATA_DIR="$dir" PORT="$port" node dist/apps/standalone/main.js > "$dir.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do curl -sf "localhost:$port/health/ready" > /dev/null 2>&1 && return; sleep 0.5; done
    echo "the host did not get ready (log: $dir.log)" >&2; kill "$pid"; exit 1
  }
  start "$@"; kill "$pid"; wait "$pid" 2> /dev/null || true
  start "$@"
  sleep 10
  local idle; idle=$(rss "$pid")
  local clients=() started; started=$(date +%s%N)
  for _ in $(seq 1 8); do
    curl -s -m 30 -o /dev/null -X POST "localhost:$port/api/auth/login" -H 'content-type: application/json' -d '{"username":"coordinator","password":"scq-demo-2026"}' &
    clients+=($!)
  done
  wait "${clients[@]}"
  local took=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep 10
  echo "| $label | $idle | $(rss "$pid") | $took |"
  kill "$pid"; wait "$pid" 2> /dev/null || true
  rm -rf "$dir" "$dir.log"
}

echo "| allocator settings | idle RSS (MiB) | after 8 sign-ins at once (MiB) | the 8 sign-ins took (ms) |"
echo "|---|---|---|---|"
for _ in $(seq 1 "$rounds"); do
  measure "glibc defaults"
  measure "MALLOC_MMAP_THRESHOLD_=131072" MALLOC_MMAP_THRESHOLD_=131072
done
