#!/usr/bin/env bash
# The HuggingFace mirror of a whole service instance under a backlog (docs/benchmarks.md, "HuggingFace mirror: the
# service"; ADR 0015, ADR 0022): HF_BENCH_OBJECTS small objects on s3proxy over 10 miners, copied by the mirror
# engine (MIRROR_STORES=huggingface, MIRROR_SCAN_INTERVAL=1s, HF_MAX_COMMITS_PER_HOUR=100000) to
# ../shared/tools/fake-hf-hub in memory, once per HF_MAX_FILES_PER_COMMIT value; a fresh database and Hub each time.
# Runs HfMirrorThroughputBenchmark in bootstrap's tests (PostgreSQL as scripts/test.sh sets it up).
# Results go to target/bench/hf-mirror-<utc-time>/summary.md.
# Knobs: HF_BENCH_OBJECTS (10000), HF_BENCH_PER_COMMIT ("100,1000"), HF_BENCH_SIZE (bytes, 2048).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-$PWD/target/bench/hf-mirror-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
{ echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; grep 'model name' /proc/cpuinfo | head -1
  java -version 2>&1 | sed -n 2p; echo "node: $(node --version)"; echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

mvn -q -o -pl bootstrap -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false -Dtest=HfMirrorThroughputBenchmark \
  -Dhf.bench.objects="${HF_BENCH_OBJECTS:-10000}" -Dhf.bench.per-commit="${HF_BENCH_PER_COMMIT:-100,1000}" \
  -Dhf.bench.size="${HF_BENCH_SIZE:-2048}" -Dhf.bench.out="$OUT/summary.md" >"$OUT/maven.log" 2>&1 \
  || { tail -50 "$OUT/maven.log" >&2; exit 1; }
cat "$OUT/summary.md"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "results: $OUT"
