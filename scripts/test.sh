#!/usr/bin/env bash
# Runs the whole test suite after provisioning what it needs: PostgreSQL with a "test" database and
# Redis on their default local ports, installed with apt-get when absent, and the tools the deploy
# module's checks use (promtool from Debian's prometheus package; fakeroot for the .deb build; jpackage
# and dpkg-deb come with the JDK and dpkg), and the headless browser the status page's test drives
# (Debian's chromium and chromium-driver). Extra arguments go to Maven.
# DATABASE_URL and REDIS_URL, when exported, point the tests at other servers and skip the local ones.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

missing=()
if [ -z "${DATABASE_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null; then missing+=(postgresql); fi
if [ -z "${REDIS_URL:-}" ] && ! command -v redis-server >/dev/null; then missing+=(redis-server); fi
# Tools, without recommends: the prometheus package is wanted for its promtool only (its server is not
# started where no init system runs, as in containers and CI).
tools=()
if ! command -v promtool >/dev/null; then tools+=(prometheus); fi
if ! command -v fakeroot >/dev/null; then tools+=(fakeroot); fi
if [ ! -x /usr/lib/chromium/chromium ]; then tools+=(chromium); fi
if ! command -v chromedriver >/dev/null; then tools+=(chromium-driver); fi
if [ ${#missing[@]} -gt 0 ] || [ ${#tools[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ${tools[*]}"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#tools[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${tools[@]}" >/dev/null
fi

if [ -z "${DATABASE_URL:-}" ]; then
  # Debian leaves the cluster stopped when there is no systemd.
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    read -r version cluster _ < <(pg_lsclusters --no-header | head -1)
    $SUDO pg_ctlcluster "$version" "$cluster" start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  # Tests create one throwaway database per class beside "test".
  as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 || as_postgres createdb test
  if psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "SELECT 1" >/dev/null 2>&1; then
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/test"
  else
    # pg_hba.conf asks for a password over TCP (Debian's default): give the test login one.
    as_postgres psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
    export DATABASE_URL="postgres://postgres:postgres@127.0.0.1:5432/test"
  fi
fi

if [ -z "${REDIS_URL:-}" ]; then
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes >/dev/null
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
  fi
  export REDIS_URL="redis://127.0.0.1:6379"
fi

exec mvn -B verify "$@"
