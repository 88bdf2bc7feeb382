# Sourced by scripts/bench.sh, bench-forged.sh and bench-p99.sh: starts and stops the service the way every benchmark
# measures it (embedded store, the generator's metagraph file, daily limits too high to refuse), waiting for its
# health check. Needs OUT, JAR, URL, PORT, S3_PORT, REDIS_DB, PG and DB; extra JVM options as arguments; sets
# SVC_PID. BENCH_SERVICE_JAVA runs the service on another JVM than the `java` on the PATH, while
# the load generator stays on the PATH's: comparing two JDKs then changes the service alone.
# SVC_BIN holds that JDK's jstat, jcmd and java, for its JFR files: another release's tools may not read them.
SVC_BIN=$(dirname "$(readlink -f "$(command -v "${BENCH_SERVICE_JAVA:-java}")")")
# The load generator of the benchmarks module (needs BJAR, MINERS, VALIDATORS) and the admin connection (needs PG).
gen() { java -Xmx1g -cp "$BJAR" io.subnetstorage.auth.benchmarks.load.LoadMain "$@" miners=$MINERS validators=$VALIDATORS; }
psql_admin() { psql -q -v ON_ERROR_STOP=1 "postgres://$PG/postgres" "$@"; }
# The service and generator jars (JAR, BJAR), built offline where a fresh checkout lacks them.
build_missing_jars() {
  [ -f "$JAR" ] || mvn -q -o install -DskipTests
  [ -f "$BJAR" ] || mvn -q -o -pl benchmarks package
}

start_bench_service() {
  # A private copy: other builds may rewrite bootstrap/target while the service runs, and it loads classes lazily.
  cp "$JAR" "$OUT/service.jar"
  (
    unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY S3_ENDPOINT S3_BUCKET BT_NETWORK SUBTENSOR_ENDPOINT
    export PORT EMBEDDED_S3_PORT=$S3_PORT DATA_DIR="$OUT/data" DEV_MODE=true METAGRAPH_FILE="$OUT/metagraph.json" \
      REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB" DATABASE_URL="postgres://$PG/$DB" \
      DAILY_LIMIT_PER_MINER=1000000000 DAILY_LIMIT_PER_VALIDATOR=1000000000 TOTAL_DAILY_LIMIT=2000000000 \
      DAILY_FILE_LIMIT_PER_MINER=1000000000 ATTRIBUTION_KEY=//bench-attribution
    exec "${BENCH_SERVICE_JAVA:-java}" -Xmx256m "$@" -jar "$OUT/service.jar" >"$OUT/service.log" 2>&1
  ) &
  SVC_PID=$!
  local i
  for i in $(seq 1 120); do
    curl -fs "$URL/healthcheck" >"$OUT/healthcheck.json" 2>/dev/null && return 0
    kill -0 "$SVC_PID" 2>/dev/null || { echo "service exited; see $OUT/service.log" >&2; exit 1; }
    sleep 1
  done
  echo "service not healthy after 120 s" >&2
  exit 1
}

# Stops the service started above (up to 30 s to finish, then killed) and drops its database.
stop_bench_service() {
  if [ -n "${SVC_PID:-}" ]; then
    kill "$SVC_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SVC_PID" 2>/dev/null || true
  fi
  psql_admin -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
}
