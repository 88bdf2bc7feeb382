#!/usr/bin/env bash
# Mirror copies (docs/benchmarks.md, "Mirror copies"; ADR 0022): objects per second copied from s3proxy to
# ../shared/tools/fake-hippius by whole service instances (each: 4 copy threads for Hippius, PostgreSQL ledger,
# MIRROR_SCAN_INTERVAL=1s), one backlog at a time on a fresh database and a fresh fakehippius. Runs
# MirrorThroughputBenchmark in bootstrap's tests (s3proxy in the test JVM, PostgreSQL as scripts/test.sh sets it up).
# Results go to target/bench/mirror-<utc-time>/summary.md.
# Knobs: MIRROR_BENCH_OBJECTS (1000), MIRROR_BENCH_SIZES (bytes, "4096,1048576"), MIRROR_BENCH_INSTANCES ("1,2").
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-$PWD/target/bench/mirror-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
{ echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; grep 'model name' /proc/cpuinfo | head -1
  java -version 2>&1 | sed -n 2p; echo "node: $(node --version)"; echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

mvn -q -o -pl bootstrap -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false -Dtest=MirrorThroughputBenchmark \
  -Dmirror.bench.objects="${MIRROR_BENCH_OBJECTS:-1000}" -Dmirror.bench.sizes="${MIRROR_BENCH_SIZES:-4096,1048576}" \
  -Dmirror.bench.instances="${MIRROR_BENCH_INSTANCES:-1,2}" -Dmirror.bench.out="$OUT/summary.md" >"$OUT/maven.log" 2>&1 \
  || { tail -50 "$OUT/maven.log" >&2; exit 1; }
cat "$OUT/summary.md"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "results: $OUT"
