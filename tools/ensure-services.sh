#!/usr/bin/env bash
# What the tests need on this machine (DESIGN §6): kcat for the Kafka mock cluster, Debian's Chromium and a
# Chinese font for the console's browser tests, promtool (Debian's prometheus package) for the alert rules of
# deploy/observability, PostgreSQL on 127.0.0.1:5432 (with max_connections of at least 300) and Redis on
# 127.0.0.1:6379 (and the redis-server binary).
# Installs or starts what is missing.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v kcat > /dev/null; then
  echo "Installing kcat (librdkafka mock cluster) …"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq kcat > /dev/null
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v promtool > /dev/null || missing+=(prometheus)
fc-list :lang=zh 2> /dev/null | grep -q . || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (browser tests of the console; promtool for tools/observability.spec.ts) …"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" > /dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432 2> /dev/null; then
  if ! command -v pg_ctlcluster > /dev/null; then
    echo "Installing PostgreSQL …"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql > /dev/null
  fi
  echo "Starting PostgreSQL …"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

# Two test workers may each run a platform in the production shape (five pools of 10 and their listeners) beside a
# console platform: PostgreSQL's default 100 connections is not enough for that ("too many clients already"). Raised
# once; the restart applies it.
MIN_CONNECTIONS=300
connections=$(psql -h 127.0.0.1 -U postgres -Atc 'show max_connections' 2> /dev/null || echo 0)
if [ "$connections" -lt "$MIN_CONNECTIONS" ] && command -v pg_ctlcluster > /dev/null; then
  echo "Raising PostgreSQL's max_connections from $connections to $MIN_CONNECTIONS …"
  psql -h 127.0.0.1 -U postgres -qc "ALTER SYSTEM SET max_connections = $MIN_CONNECTIONS"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

# The binary even when a Redis already answers: the Redis restart test of notification starts one of its own.
if ! command -v redis-server > /dev/null; then
  echo "Installing Redis …"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server > /dev/null
fi

if ! (exec 3<> /dev/tcp/127.0.0.1/6379) 2> /dev/null; then
  if ! command -v redis-server > /dev/null; then
    echo "Installing Redis …"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server > /dev/null
  fi
  echo "Starting Redis …"
  mkdir -p /var/lib/redis /var/log/redis 2> /dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do (exec 3<> /dev/tcp/127.0.0.1/6379) 2> /dev/null && break; sleep 0.5; done
fi
