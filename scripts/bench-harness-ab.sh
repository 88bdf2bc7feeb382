#!/usr/bin/env bash
# Interleaved A/B of service jars on the shared harness's workload (issue 18, docs/benchmarks.md): the bodies,
# metagraph and wrk script of ../shared/tools/loadgen, one fresh database and service per run, a longer warm-up
# than run-load.sh's 5 s (BENCH_AB_WARM, default 15 s), and the CPU per grant of the service (also by thread group),
# of this run's PostgreSQL backends (plus the WAL writer) and of Redis from /proc, with the committed transactions
# per grant. The measured window's bodies are signed after the warm-up, so a warm-up may outlast the five minutes
# for which a signed body stays valid (the service idles while they are signed); BENCH_AB_BODY_RATE (default 6000)
# is the bodies signed per second of load.
# Usage: scripts/bench-harness-ab.sh ROUNDS SECONDS CONNECTIONS PATH JAR [JAR...]
# A JAR not ending in .jar is a launcher run in place of `java -jar` (another JDK, other flags); it must exec the
# JVM, so that its process is the one measured.
# Needs wrk, node, and the harness's node tools installed in a writable copy (BENCH_AB_TOOLS, holding
# loadgen/ and substrate-js/ with `npm ci` run in substrate-js). BENCH_AB_JFR=1 records each measured window.
set -u
rounds=${1:?rounds}; secs=${2:?seconds}; conns=${3:?connections}; path=${4:?path}; shift 4
# Absolute, since each service starts in its own work directory.
jars=(); for jar in "$@"; do jars+=("$(realpath "$jar")"); done; set -- "${jars[@]}"
tools=${BENCH_AB_TOOLS:-$(cd "$(dirname "$0")/../.." && pwd)/shared/tools}
warm=${BENCH_AB_WARM:-15}; rate=${BENCH_AB_BODY_RATE:-6000}; port=${BENCH_AB_PORT:-18791}; node_port=$((port + 1190))
ticks() { local t=0; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
commits() { psql -Atq -h 127.0.0.1 -U postgres -d "$1" -c "SELECT pg_stat_force_next_flush()" \
  -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()" | tail -1; }
per() { echo $(( $1 * ${3:-10000} / ($2 > 0 ? $2 : 1) )); }
# CPU ticks per thread group of a process (digits in thread names folded), one "name ticks" line each.
thread_ticks() { for t in /proc/$1/task/*; do c=$(cat "$t/comm" 2>/dev/null) && awk -v n="${c//[0-9]/N}" '{print n "|" $14 + $15}' "$t/stat" 2>/dev/null; done |
  awk -F'|' '{sum[$1] += $2} END {for (n in sum) print n "|" sum[n]}'; }
# Signs bodies for this run's seed into $work: sign FILE SECONDS-OF-LOAD METAGRAPH-FILE.
sign() { node "$tools/loadgen/gen-bodies.js" --miners 256 --seed-text "$seed" --out "$work/$1" \
  --spec "$work/$3" --count $(( ($2 + 5) * rate )) 2>>"$work/gen.log"; }
for r in $(seq 1 "$rounds"); do
  for jar in "$@"; do
    work=$(mktemp -d); db=ssa_ab_$$_$r
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" >/dev/null
    # The same seed signs for the same miners (the metagraph's); signatures are randomised, so no body repeats.
    # The second signing writes its metagraph elsewhere: fake-subtensor.js re-reads spec.json when it changes.
    seed="ab-$RANDOM"
    sign warmup.ndjson "$warm" spec.json
    node "$tools/substrate-js/fake-subtensor.js" --port $node_port --spec "$work/spec.json" --ttl 600 >"$work/node.log" 2>&1 &
    node_pid=$!
    launch=(java -jar "$jar"); [[ $jar == *.jar ]] || launch=("$jar")
    ( cd "$work" && PORT=$port NET_UID=46 SUBTENSOR_ENDPOINT=http://127.0.0.1:$node_port ATTRIBUTION_KEY=//bench-attribution \
      REDIS_URL=redis://127.0.0.1:6379 DATABASE_URL=postgres://postgres@127.0.0.1:5432/$db \
      DAILY_LIMIT_PER_MINER=1000000 DAILY_LIMIT_PER_VALIDATOR=1000000 TOTAL_DAILY_LIMIT=100000000 \
      exec "${launch[@]}" >"$work/service.log" 2>&1 ) &
    svc=$!
    for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/commitment-formats" && break; sleep 1; done
    wrk -t2 -c"$conns" -d"${warm}s" -s "$tools/loadgen/grant.lua" "http://127.0.0.1:$port" -- "$work/warmup.ndjson" 2 "$path" warmup >/dev/null 2>&1
    sign bodies.ndjson "$secs" spec-again.json
    [[ ${BENCH_AB_JFR:-0} = 1 ]] && jcmd $svc JFR.start name=ab settings=profile >/dev/null
    backends=$(pgrep -f "postgres: .* $db |postgres: .*walwriter")
    threads0=$(thread_ticks $svc)
    load0=$(cut -d' ' -f1 /proc/loadavg); s0=$(ticks $svc); p0=$(ticks $backends); r0=$(ticks $(pgrep -x redis-server)); x0=$(commits $db)
    out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$tools/loadgen/grant.lua" "http://127.0.0.1:$port" -- "$work/bodies.ndjson" 2 "$path" | tail -1)
    threads1=$(thread_ticks $svc)
    s1=$(ticks $svc); p1=$(ticks $backends); r1=$(ticks $(pgrep -x redis-server)); x1=$(commits $db); load1=$(cut -d' ' -f1 /proc/loadavg)
    [[ ${BENCH_AB_JFR:-0} = 1 ]] && jcmd $svc JFR.dump name=ab filename="$PWD/ab-$(basename "$jar" .jar)-$r.jfr" >/dev/null
    n=$(echo "$out" | sed -nE 's/^granted ([0-9]+),.*/\1/p'); n=${n:-0}
    echo "$(basename "$jar") round $r, load $load0 -> $load1 | $out | CPU us per grant: service $(per $((s1 - s0)) $n)," \
      "postgres (this database) $(per $((p1 - p0)) $n), redis $(per $((r1 - r0)) $n) | commits per 100 grants $(per $((x1 - x0)) $n 100)"
    # The service's CPU per grant by thread group (request threads, event loops, JIT, audit writer...), largest first.
    echo "  by thread: $(join -t'|' <(echo "$threads0" | sort) <(echo "$threads1" | sort) |
      awk -F'|' -v n="$n" '$3 > $2 {printf "%s|%d\n", $1, ($3 - $2) * 10000 / (n > 0 ? n : 1)}' | sort -t'|' -k2 -nr | head -6 |
      awk -F'|' '{printf "%s%s %s us", (NR > 1 ? ", " : ""), $1, $2}')"
    kill $svc $node_pid; wait $svc $node_pid 2>/dev/null
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; rm -rf "$work"
  done
done
