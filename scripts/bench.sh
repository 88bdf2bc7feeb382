#!/usr/bin/env bash
# Benchmarks of the grant path (issue 9, docs/benchmarks.md, ADR 0011): JMH micro-benchmarks, then the
# service on 127.0.0.1 with real Redis and PostgreSQL under open-loop load from benchmarks/target/benchmarks.jar.
# Results go to target/bench/<utc-time>/ (summary.md, load.jsonl, jmh-*.json, jstat.txt, grant-profile.md).
# Knobs (environment): BENCH_RATES, BENCH_STEP_SECONDS, BENCH_WARMUP_SECONDS (per path, default 45), BENCH_SKIP_JMH=1, BENCH_PORT, BENCH_S3_PORT,
# BENCH_REDIS_DB, BENCH_PG (psql connection prefix, default postgres@127.0.0.1:5432), BENCH_SERVICE_JAVA (the service's
# java, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; the generator keeps the PATH's).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. "$ROOT/scripts/bench-service.sh"
OUT=${BENCH_OUT:-$ROOT/target/bench/$(date -u +%Y%m%dT%H%M%SZ)}
PORT=${BENCH_PORT:-18080}
S3_PORT=${BENCH_S3_PORT:-19000}
REDIS_DB=${BENCH_REDIS_DB:-13}
PG=${BENCH_PG:-postgres@127.0.0.1:5432}
STEP=${BENCH_STEP_SECONDS:-15}
WARM=${BENCH_WARMUP_SECONDS:-45}
RATES=${BENCH_RATES:-250 500 1000 2000 3000}
MINERS=256 VALIDATORS=4 JOBS=20
JAR=bootstrap/target/subnet-storage-auth.jar
BJAR=benchmarks/target/benchmarks.jar
DB=ssa_bench_$(date -u +%s)
URL=http://127.0.0.1:$PORT
SVC_PID='' HEAP_PID=''
mkdir -p "$OUT"

cleanup() {
  [ -n "$HEAP_PID" ] && kill "$HEAP_PID" 2>/dev/null || true
  stop_bench_service
}
trap cleanup EXIT INT TERM

build_missing_jars
for port in "$PORT" "$S3_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use; set BENCH_PORT / BENCH_S3_PORT" >&2; exit 1; fi
done

{ echo "date: $(date -u +%FT%TZ)"; echo "nproc: $(nproc)"; grep 'model name' /proc/cpuinfo | head -1
  free -m | sed -n 2p; echo "service: $("${BENCH_SERVICE_JAVA:-java}" -version 2>&1 | sed -n 2p)"
  echo "generator: $(java -version 2>&1 | sed -n 2p)"; echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

step() {
  gen run url="$URL" out="$OUT/load.jsonl" "$@" | tee -a "$OUT/steps.md"
  echo "$(tail -1 "$OUT/load.jsonl" | jq -r '"\(.name) \(.mode) \(.offered_rps)"'): load average $(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/loadavg.txt"
}
# CPU ticks (1/100 s) of the service, of every redis-server and postgres process, and of the whole machine.
ticks() { [ $# -gt 0 ] || { echo 0; return; }; awk '{print $14+$15}' "$@" 2>/dev/null | awk '{s+=$1} END{print s+0}'; }
cpu_now() {
  echo "$(ticks /proc/$SVC_PID/stat) $(ticks $(pgrep -x redis-server | sed 's|.*|/proc/&/stat|'))" \
    "$(ticks $(pgrep -x postgres | sed 's|.*|/proc/&/stat|'))"
}
# A step with the CPU it cost per successful request: the service, Redis and PostgreSQL from /proc (they are
# idle while the generator signs), the generator and the whole machine as the generator measured them.
# CPU ticks of the service's JIT compiler threads (C1 and C2): compilation inside a window is CPU the requests did not use.
jit_ticks() {
  grep -l '(C[12] CompilerThre' /proc/$SVC_PID/task/*/stat 2>/dev/null | xargs -r cat | sed -E 's/.*\) //' |
    awk '{ t += $12 + $13 } END { print t + 0 }'
}
costed_step() {
  local before after jit0
  jit0=$(jit_ticks); before=$(cpu_now); step "$@"; after=$(cpu_now)
  echo "JIT compiler threads during this step: $(( ($(jit_ticks) - jit0) * 10 )) ms of CPU" | tee -a "$OUT/cpu.txt"
  # A step of refusals only (forged requests) is costed per answer instead.
  echo "$before $after $(tail -1 "$OUT/load.jsonl" | jq -r '"\(if .successes > 0 then .successes else (.achieved_rps * .seconds | floor) end) \(.generator_cpu_ms) \(.machine_busy_ms) \(.name)"')" |
    awk '{ n=($7<1)?1:$7; printf "CPU per success (per answer if none succeeded), %s: service %.0f us, redis %.0f us, postgres %.0f us, generator %.0f us, whole machine %.0f us\n",
      substr($0, index($0,$10)), ($4-$1)*1e4/n, ($5-$2)*1e4/n, ($6-$3)*1e4/n, $8*1e3/n, $9*1e3/n }' | tee -a "$OUT/cpu.txt"
}

if [ "${BENCH_SKIP_JMH:-0}" != 1 ]; then
  echo "== JMH (1 fork, 2 warm-up and 3 measured iterations)"
  JMH_ARGS="-f 1 -wi 2 -i 3"
  java -Djmh.out="$OUT/jmh-ss58.json" -jar "$BJAR" $JMH_ARGS | tee "$OUT/jmh.txt"
  # The other micro-benchmarks live with their code (test scope); JMH's own Main runs them from there.
  for spec in "adapters-bittensor VerifyBenchmark" "adapters-bittensor MetagraphBenchmark" "adapters-s3 PresigningBenchmark"; do
    set -- $spec
    mvn -q -o -pl "$1" test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
      -Dexec.args="-cp %classpath org.openjdk.jmh.Main $2 $JMH_ARGS -rf json -rff $OUT/jmh-$2.json" | tee -a "$OUT/jmh.txt"
  done
fi

echo "== generator ceiling (against an in-process fixed responder)"
gen ceiling duration=10 connections=16 out="$OUT/load.jsonl" | tee "$OUT/steps.md"

echo "== service: Redis db $REDIS_DB, PostgreSQL database $DB, embedded store on $S3_PORT, port $PORT"
gen metagraph out="$OUT/metagraph.json"
psql_admin -c "CREATE DATABASE $DB"
start_bench_service
cat "$OUT/healthcheck.json"; echo

# The heap once a second while the load runs, from one jstat sampling at its own interval. A jstat started every
# second is a JVM start every second (about 170 ms of CPU): on two cores that alone took the miner p99 at 1,000/s
# from 5-13 ms in most steps to 20-81 ms (docs/benchmarks.md, sixth session).
"$SVC_BIN/jstat" -gc -t "$SVC_PID" 1000 >"$OUT/jstat.txt" 2>/dev/null &
HEAP_PID=$!

echo "== warm-up (not reported): ${WARM}s per path at 1,000/s"
# Until C2 has compiled the grant path, its compiler threads take about half of the service's CPU on two cores
# (docs/benchmarks.md, issue 18): the steps below measure the service, not its JIT.
gen run url="$URL" path=/structure-info kind=get rate=max duration=10 connections=16 name=warm-up >/dev/null
gen run url="$URL" path=/get-folder-access kind=miner rate=1000 duration="$WARM" name=warm-up >/dev/null
gen run url="$URL" path=/get-validator-access kind=validator rate=1000 duration="$WARM" name=warm-up >/dev/null
gen run url="$URL" path=/get-file-upload-url kind=file-upload rate=500 duration="$WARM" name=warm-up >/dev/null

echo "== load steps, $STEP s each"
costed_step path=/structure-info kind=get rate=max duration="$STEP" connections=16 name="trivial /structure-info"
for rate in $RATES; do
  step path=/get-folder-access kind=miner rate="$rate" duration="$STEP" name="/get-folder-access"
  step path=/get-validator-access kind=validator rate="$rate" duration="$STEP" name="/get-validator-access"
  step path=/get-file-upload-url kind=file-upload rate="$rate" duration="$STEP" name="/get-file-upload-url"
done
costed_step path=/get-folder-access kind=miner rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) name="/get-folder-access"
costed_step path=/get-validator-access kind=validator rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) name="/get-validator-access"
costed_step path=/get-file-upload-url kind=file-upload rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) name="/get-file-upload-url"

echo "== forged requests (right shape, wrong signature): refused with no audit row, no PostgreSQL or Redis work"
# What the service stored and did: audit and ledger rows, committed transactions of its database, keys in its Redis db.
traces() {
  psql -Atq "postgres://$PG/$DB" -c "SELECT (SELECT count(*) FROM audit_events) || ' ' || (SELECT count(*) FROM access_grants)
    || ' ' || (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())"
  redis-cli -n "$REDIS_DB" dbsize 2>/dev/null || echo "?"
}
# Busy backends report their counts to pg_stat_database when idle (within 10 s, PostgreSQL 15), and the audit
# writer drains what earlier steps queued: wait for both on either side. Background jobs' commits (if any) count.
sleep 11
before=$(traces | tr '\n' ' ')
costed_step path=/get-folder-access kind=forged rate=max duration="$STEP" connections=16 max-requests=$((12000 * STEP)) name="forged /get-folder-access"
sleep 11
after=$(traces | tr '\n' ' ')
echo "$before $after" | awk '{ printf "forged step left: audit rows +%d, ledger rows +%d, committed transactions +%d (the probe itself is 2), Redis keys +%s\n",
  $5-$1, $6-$2, $7-$3, ($8=="?"||$4=="?") ? "?" : $8-$4 }' | tee -a "$OUT/cpu.txt"
# Real grants with 1,000 forged requests/s beside them (a second generator, open loop).
gen run url="$URL" path=/get-folder-access kind=forged rate=1000 duration="$STEP" name="forged 1,000/s beside grants" \
  out="$OUT/load.jsonl" >>"$OUT/steps.md" & FORGED_PID=$!
costed_step path=/get-folder-access kind=miner rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) \
  name="/get-folder-access beside 1,000 forged/s"
wait "$FORGED_PID"

echo "== profile: JFR during a saturated miner grant step"
# Starting JFR instruments socket and file classes and deoptimises their callers; a primer recording takes
# that hit (and the recompilation) during a warm-up, so the measured window sees a warm service.
"$SVC_BIN/jcmd" "$SVC_PID" JFR.start name=primer settings=default >/dev/null
gen run url="$URL" path=/get-folder-access kind=miner rate=1000 duration="$STEP" name=warm-up >/dev/null
step path=/get-folder-access kind=miner rate=max duration="$STEP" connections=16 max-requests=$((6000 * STEP)) \
  jfr-pid="$SVC_PID" jfr-jcmd="$SVC_BIN/jcmd" jfr-file="$OUT/grant.jfr" jfr-settings="${BENCH_JFR_SETTINGS:-default}" name="/get-folder-access (JFR on)"
"$SVC_BIN/java" -cp "$BJAR" io.subnetstorage.auth.benchmarks.profile.JfrTopFrames "$OUT/grant.jfr" 20 >"$OUT/grant-profile.md"

echo "== /get-folder-presigned-urls over $MINERS miners x $JOBS jobs"
gen seed data-dir="$OUT/data" endpoint="http://127.0.0.1:$S3_PORT" jobs=$JOBS
# One call every 2 s, so that calls do not queue behind each other: the server time is the figure.
step path=/get-folder-presigned-urls kind=folders rate=0.5 duration=30 connections=1 name="/get-folder-presigned-urls" \
  jfr-pid="$SVC_PID" jfr-jcmd="$SVC_BIN/jcmd" jfr-file="$OUT/folders.jfr" jfr-settings="${BENCH_JFR_SETTINGS:-default}"
"$SVC_BIN/java" -cp "$BJAR" io.subnetstorage.auth.benchmarks.profile.JfrTopFrames "$OUT/folders.jfr" 12 >"$OUT/folders-profile.md"
curl -fs "$URL/metrics" >"$OUT/metrics.txt" || true
"$SVC_BIN/jcmd" "$SVC_PID" JFR.stop name=primer >/dev/null

kill "$HEAP_PID" 2>/dev/null || true; HEAP_PID=''
{
  echo "# Benchmark run $(basename "$OUT")"; echo; sed 's/^/    /' "$OUT/machine.txt"
  echo "    load at end: $(cut -d' ' -f1-3 /proc/loadavg)"; echo
  jq -rn '"| step | mode | offered rps | achieved rps | success rps | successes | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n|---|---|---|---|---|---|---|---|---|---|---|---|"'
  cat "$OUT/steps.md"; echo
  jq -rs '(map(select(.name=="trivial /structure-info"))[0].achieved_rps) as $t
    | map(select(.mode!="open" and (.name|startswith("/get-")) and (.name|contains("JFR")|not)))
    | .[] | "grant/trivial \(.name): \(.success_rps|floor) / \($t|floor) = \((.success_rps/$t*100|floor))%"' "$OUT/load.jsonl"
  cat "$OUT/cpu.txt"
  # Young and old generations, used and committed (KiB).
  awk 'NR==1{for(i=1;i<=NF;i++)c[$i]=i; next} $1 ~ /^[0-9.]+$/ { u=$c["S0U"]+$c["S1U"]+$c["EU"]+$c["OU"]; k=$c["S0C"]+$c["S1C"]+$c["EC"]+$c["OC"]
    if (u>m) m=u; if (k>t) t=k } END { printf "heap in use, max sample: %.1f MiB (committed max %.1f MiB, -Xmx256m)\n", m/1024, t/1024 }' "$OUT/jstat.txt"
  grep -E '^http_server_requests_seconds_(sum|count|max).*status="200",uri="/get-folder-presigned-urls"' "$OUT/metrics.txt" |
    awk '{ v[$1 ~ /_sum/ ? "sum" : $1 ~ /_count/ ? "count" : "max"] = $2 } END { if (v["count"] > 0)
      printf "/get-folder-presigned-urls server time (Micronaut timer): mean %.0f ms over %d calls, max %.0f ms\n",
        1000 * v["sum"] / v["count"], v["count"], 1000 * v["max"] }' || true
  jq -r 'select(.name=="/get-folder-presigned-urls") | "/get-folder-presigned-urls response body: \(.mean_body_bytes) bytes (mean)"' "$OUT/load.jsonl"
  echo; cat "$OUT/loadavg.txt"
  echo; echo "## grant path profile (JFR)"; cat "$OUT/grant-profile.md"
  echo; echo "## /get-folder-presigned-urls profile (JFR)"; cat "$OUT/folders-profile.md"
} | tee "$OUT/summary.md"
echo "results: $OUT"
