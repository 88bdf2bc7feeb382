#!/usr/bin/env bash
# Issue 18, forged requests only: the service as scripts/bench.sh starts it (real Redis and PostgreSQL, embedded
# store, METAGRAPH_FILE), JFR on from the JVM's start (starting it later deoptimises everything), warmed with
# forged load, then one measured closed-loop forged step with the service's CPU per answer from /proc and a JFR
# dump whose samples inside the step are aggregated. FORGED_BESIDE=1 adds bench.sh's "grants beside 1,000
# forged/s" step. Knobs: FORGED_WARM (s, 40), FORGED_STEP (s, 15), FORGED_PORT, FORGED_S3_PORT, FORGED_REDIS_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. "$ROOT/scripts/bench-service.sh"
OUT=${FORGED_OUT:-$ROOT/target/bench-forged/$(date -u +%Y%m%dT%H%M%SZ)}
PORT=${FORGED_PORT:-18180}
S3_PORT=${FORGED_S3_PORT:-19100}
REDIS_DB=${FORGED_REDIS_DB:-11}
PG=${BENCH_PG:-postgres@127.0.0.1:5432}
WARM=${FORGED_WARM:-40}
STEP=${FORGED_STEP:-15}
MINERS=256 VALIDATORS=4
JAR=${FORGED_JAR:-bootstrap/target/subnet-storage-auth.jar}
BJAR=benchmarks/target/benchmarks.jar
DB=ssa_forged_$(date -u +%s)
URL=http://127.0.0.1:$PORT
SVC_PID=''
mkdir -p "$OUT"
trap stop_bench_service EXIT INT TERM

ticks() { awk '{print $14+$15}' "/proc/$SVC_PID/stat"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

gen metagraph out="$OUT/metagraph.json"
psql_admin -c "CREATE DATABASE $DB"
start_bench_service -XX:StartFlightRecording=name=w,settings=profile

echo "warm-up ${WARM}s forged, load $(loadavg)" | tee "$OUT/notes.txt"
gen run url="$URL" path=/get-folder-access kind=forged rate=max duration="$WARM" connections=16 max-requests=$((12000 * WARM)) \
  name=warm-up out="$OUT/warm.jsonl" | tee -a "$OUT/notes.txt"

# Bodies are signed before the step starts (the service idles meanwhile), so sign first, note the window after.
echo "measured ${STEP}s forged, load at start $(loadavg)" | tee -a "$OUT/notes.txt"
before=$(ticks); t0=$(date +%s%3N)
gen run url="$URL" path=/get-folder-access kind=forged rate=max duration="$STEP" connections=16 max-requests=$((12000 * STEP)) \
  name=forged out="$OUT/load.jsonl" | tee -a "$OUT/notes.txt"
after=$(ticks); t1=$(date +%s%3N)
echo "load at end $(loadavg)" | tee -a "$OUT/notes.txt"
jq -r --argjson b "$before" --argjson a "$after" \
  '"forged: \(.achieved_rps|floor)/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, service CPU per answer \((($a-$b)*1e4/(.achieved_rps*.seconds))|floor) us, errors \(.errors)"' \
  "$OUT/load.jsonl" | tee -a "$OUT/notes.txt"
"$SVC_BIN/jcmd" "$SVC_PID" JFR.dump name=w filename="$OUT/w.jfr" >/dev/null
echo "$t0 $t1" >"$OUT/window.txt"

if [ "${FORGED_BESIDE:-0}" = 1 ]; then
  # bench.sh reaches this step after ~100,000 grants; a grant path still compiling would measure the JIT.
  echo "warm-up ${WARM}s grants, load $(loadavg)" | tee -a "$OUT/notes.txt"
  gen run url="$URL" path=/get-folder-access kind=miner rate=max duration="$WARM" connections=16 max-requests=$((3000 * WARM)) \
    name=warm-grants out="$OUT/warm.jsonl" | tee -a "$OUT/notes.txt"
  echo "grants beside 1,000 forged/s, load $(loadavg)" | tee -a "$OUT/notes.txt"
  gen run url="$URL" path=/get-folder-access kind=forged rate=1000 duration="$STEP" name="forged beside" out="$OUT/forged-beside.jsonl" >/dev/null &
  FP=$!
  before=$(ticks)
  gen run url="$URL" path=/get-folder-access kind=miner rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) \
    name="grants beside" out="$OUT/beside.jsonl" | tee -a "$OUT/notes.txt"
  after=$(ticks); wait "$FP"
  forged=$(jq -r '.achieved_rps * .seconds | floor' "$OUT/forged-beside.jsonl")
  jq -r --argjson b "$before" --argjson a "$after" --argjson f "$forged" \
    '"beside: \(.success_rps|floor) grants/s, p99 \(.p99_ms) ms, service CPU per answer (grants and the \($f) forged) \((($a-$b)*1e4/(.successes+$f))|floor) us"' \
    "$OUT/beside.jsonl" | tee -a "$OUT/notes.txt"
  echo "load at end $(loadavg)" | tee -a "$OUT/notes.txt"
fi
echo "results: $OUT"
