#!/usr/bin/env bash
# The benchmark (see bench/README.md): builds the suite and the harness (mvn -Pbench), starts the suite on
# the embedded PostgreSQL and Kafka (no Docker), measures writes, event lag, reads, rebuild and memory for
# N = 100, 1,000 and 5,000 units against same-run baselines, and writes bench/RESULTS.md.
# Settings by environment (defaults in brackets): BENCH_SIZES [100,1000,5000], BENCH_LAG_SECONDS [15],
# BENCH_WRK_SECONDS [8], BENCH_WRITERS [16], BENCH_PUBLISHED [6], BENCH_PROFILE [1], BENCH_SEED [20240],
# BENCH_SKIP_BUILD [0]; tokens FISCAL_TOKEN_<ROLE> or FISCAL_TOKENS_FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "[bench] wrk is missing: installing the Debian package ..."
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
  fi
fi
for tool in jcmd jfr; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[bench] $tool (JDK 17) is missing: profiles are skipped"; export BENCH_PROFILE=0; }
done

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] building the suite and the harness (mvn -Pbench -DskipTests package) ..."
  mvn -B -q -Pbench -DskipTests package
fi

exec java -Xmx1g -XX:+UseParallelGC -jar bench/target/bench-0.1.0-SNAPSHOT.jar "$PWD" "$@"
