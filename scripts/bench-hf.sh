#!/usr/bin/env bash
# The HuggingFace mirror under a backlog (docs/benchmarks.md, "HuggingFace mirror"; ADR 0015): starts
# ../shared/tools/fake-hf-hub in memory on a free port, then commits HF_BENCH_FILES small files with
# HfBacklogMain at each files-per-commit limit in HF_BENCH_PER_COMMIT, as regular (*.json) and LFS
# (*.parquet) files. Results go to target/bench/hf-<utc-time>/summary.md.
# Knobs: HF_BENCH_FILES (10000), HF_BENCH_PER_COMMIT ("100 1000 10000"), HF_BENCH_EXTS ("json parquet").
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-$PWD/target/bench/hf-$(date -u +%Y%m%dT%H%M%SZ)}
FILES=${HF_BENCH_FILES:-10000}
PER_COMMIT=${HF_BENCH_PER_COMMIT:-100 1000 10000}
EXTS=${HF_BENCH_EXTS:-json parquet}
BJAR=benchmarks/target/benchmarks.jar
FAKEHF=$(cd .. && pwd)/shared/tools/fake-hf-hub/fakehf.js
HUB_PID=''
mkdir -p "$OUT"
cleanup() { [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

[ -f "$BJAR" ] || mvn -q -o -pl benchmarks -am package -DskipTests
{ echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; grep 'model name' /proc/cpuinfo | head -1
  java -version 2>&1 | sed -n 2p; echo "node: $(node --version)"; echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

# In memory (no --data): with it the fake rewrites its whole state file after every commit.
node "$FAKEHF" --token hf_bench --port 0 --port-file "$OUT/fakehf.port" --ttl 7200 --quiet >"$OUT/fakehf.log" 2>&1 &
HUB_PID=$!
for _ in $(seq 1 100); do [ -s "$OUT/fakehf.port" ] && break; sleep 0.1; done
ENDPOINT=http://127.0.0.1:$(cat "$OUT/fakehf.port")

# CPU ticks (1/100 s) the fake Hub spent, to tell its share from the client's.
hub_ticks() { awk '{print $14+$15}' "/proc/$HUB_PID/stat"; }
{ echo "| backlog | files per commit | commits | wall time | files/s | client CPU | outcomes | rescan (all present) |"
  echo "|---|---|---|---|---|---|---|---|"; } | tee "$OUT/summary.md"
for ext in $EXTS; do
  for per in $PER_COMMIT; do
    before=$(hub_ticks)
    java -Xmx512m -cp "$BJAR" io.subnetstorage.auth.benchmarks.hf.HfBacklogMain endpoint="$ENDPOINT" token=hf_bench \
      files="$FILES" per-commit="$per" ext="$ext" | tee -a "$OUT/summary.md"
    echo "*.$ext, $per per commit: fake Hub CPU $(( ($(hub_ticks) - before) * 10 )) ms (backlog and rescan)" >>"$OUT/cpu.txt"
  done
done
cat "$OUT/cpu.txt"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "results: $OUT"
