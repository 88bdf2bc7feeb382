#!/usr/bin/env bash
# Migration S3 → Hippius (docs/benchmarks.md, "Migration S3 → Hippius"; ADR 0024): objects and MiB per second that one
# service instance migrates from s3proxy to ../shared/tools/fake-hippius, for small and large objects, with verify=etag
# and verify=download, MIGRATION_MAX_REQUESTS_PER_MINUTE raised out of the way. Runs MigrationThroughputBenchmark in
# bootstrap's tests (s3proxy in the test JVM, PostgreSQL as scripts/test.sh sets it up).
# Results go to target/bench/migration-<utc-time>/summary.md.
# Knobs: MIGRATION_BENCH_SMALL (objects of 10 KiB, 10000), MIGRATION_BENCH_LARGE (objects of 50 MiB, 20).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-$PWD/target/bench/migration-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
{ echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; grep 'model name' /proc/cpuinfo | head -1
  java -version 2>&1 | sed -n 2p; echo "node: $(node --version)"; echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

mvn -q -o -pl bootstrap -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false -Dtest=MigrationThroughputBenchmark \
  -Dmigration.bench.small="${MIGRATION_BENCH_SMALL:-10000}" -Dmigration.bench.large="${MIGRATION_BENCH_LARGE:-20}" \
  -Dmigration.bench.out="$OUT/summary.md" >"$OUT/maven.log" 2>&1 \
  || { tail -50 "$OUT/maven.log" >&2; exit 1; }
cat "$OUT/summary.md"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo "results: $OUT"
