#!/usr/bin/env bash
# The open-loop miner p99 of issue 18, as a distribution instead of one sample: one service, warmed up, then
# BENCH_P99_STEPS steps of 15 s at BENCH_P99_RATE miner grants/s (defaults 8 and 1,000), each step's percentiles
# printed. BENCH_P99_BESIDE names a command run once a second beside every second step (its name ends in "beside"),
# to measure what a neighbour on the same two cores does to the tail, e.g. BENCH_P99_BESIDE='jstat -gc $SVC_PID'
# (the per-second JVM that once inflated bench.sh's own p99). Needs what scripts/bench.sh needs;
# BENCH_SERVICE_JAVA, BENCH_WARMUP_SECONDS, BENCH_PORT, BENCH_S3_PORT, BENCH_REDIS_DB and BENCH_PG as there.
# Results go to target/bench-p99/<utc-time>/ (steps.md, load.jsonl, and the service's GC and safepoint log gc.log).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. "$ROOT/scripts/bench-service.sh"
OUT=${BENCH_OUT:-$ROOT/target/bench-p99/$(date -u +%Y%m%dT%H%M%SZ)}
PORT=${BENCH_PORT:-18080}
S3_PORT=${BENCH_S3_PORT:-19000}
REDIS_DB=${BENCH_REDIS_DB:-13}
PG=${BENCH_PG:-postgres@127.0.0.1:5432}
WARM=${BENCH_WARMUP_SECONDS:-45}
STEPS=${BENCH_P99_STEPS:-8}
RATE=${BENCH_P99_RATE:-1000}
MINERS=256 VALIDATORS=4
JAR=bootstrap/target/subnet-storage-auth.jar
BJAR=benchmarks/target/benchmarks.jar
DB=ssa_p99_$(date -u +%s)
URL=http://127.0.0.1:$PORT
SVC_PID='' BESIDE_PID=''
mkdir -p "$OUT"

cleanup() {
  [ -n "$BESIDE_PID" ] && kill "$BESIDE_PID" 2>/dev/null || true
  stop_bench_service
}
trap cleanup EXIT INT TERM

build_missing_jars

gen metagraph out="$OUT/metagraph.json"
psql_admin -c "CREATE DATABASE $DB"
start_bench_service "-Xlog:gc,safepoint:file=$OUT/gc.log"
echo "service: $("$SVC_BIN/java" -version 2>&1 | sed -n 2p), warm-up ${WARM}s at 1,000/s" | tee "$OUT/steps.md"
gen run url="$URL" path=/structure-info kind=get rate=max duration=10 connections=16 name=warm-up >/dev/null
gen run url="$URL" path=/get-folder-access kind=miner rate=1000 duration="$WARM" name=warm-up >/dev/null

echo "| step | mode | offered rps | achieved rps | success rps | successes | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |" | tee -a "$OUT/steps.md"
for i in $(seq 1 "$STEPS"); do
  name="miner $RATE/s #$i"
  if [ -n "${BENCH_P99_BESIDE:-}" ] && [ $((i % 2)) = 0 ]; then
    # SVC_PID is the service's, for the command to name.
    ( while kill -0 "$SVC_PID" 2>/dev/null; do eval "$BENCH_P99_BESIDE" >/dev/null 2>&1 || true; sleep 1; done ) &
    BESIDE_PID=$!
    name="$name beside"
  fi
  gen run url="$URL" path=/get-folder-access kind=miner rate="$RATE" duration=15 name="$name" out="$OUT/load.jsonl" | tee -a "$OUT/steps.md"
  if [ -n "$BESIDE_PID" ]; then kill "$BESIDE_PID" 2>/dev/null || true; wait "$BESIDE_PID" 2>/dev/null || true; BESIDE_PID=''; fi
done
echo "results: $OUT"
