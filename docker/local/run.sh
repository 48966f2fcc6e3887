#!/usr/bin/env bash
# `make run` (and `make dev` with --dev): starts the database, then the backend jar in the foreground with
# demo data, and prints where everything is. Ctrl-C stops the backend, the Vite dev server (--dev) and the
# private PostgreSQL cluster when this run started it. The build itself is make's job (it runs first).
#
# Database: DATABASE_URL when set (postgres://… or jdbc:postgresql://…; the database must exist), else the
# private cluster in .local/pg (made from the machine's PostgreSQL binaries, or Docker), database `vorda`.
# Environment: PORT (default 8080), VORDA_JAVA_OPTS (extra JVM options), VORDA_JWT_SECRET (else .local/jwt-secret).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
source "$HERE/lib.sh"

dev=false
[[ "${1:-}" == --dev ]] && dev=true

PORT=${PORT:-8080}
JAR="$REPO_ROOT/backend/target/vorda.jar"
DIST="$REPO_ROOT/frontend/dist"
[[ -f "$JAR" ]] || die "$JAR is missing: start this through 'make run', which builds it"
JAVA_HOME=$("$HERE/java.sh")

port_in_use "$PORT" && die "port $PORT is already in use (another 'make run'?). Pick another: PORT=8081 make run"
if $dev && port_in_use 5173; then die "port 5173 (Vite dev server) is already in use"; fi

cluster_started=false
backend_pid=""
vite_pid=""
cleanup() {
  trap - EXIT INT TERM
  [[ -n "$vite_pid" ]] && stop_pid "$vite_pid"
  if [[ -n "$backend_pid" ]] && kill -0 "$backend_pid" 2>/dev/null; then
    info "stopping the backend"
    stop_pid "$backend_pid"
  fi
  if $cluster_started; then
    info "stopping the private PostgreSQL (data is kept in .local/pg)"
    "$HERE/pg-cluster.sh" stop || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database
if [[ -n "${DATABASE_URL:-}" ]]; then
  eval "$("$HERE/db-env.sh" "$DATABASE_URL")"
  db_where="DATABASE_URL ($VORDA_DB_URL)"
else
  "$HERE/pg-cluster.sh" available
  if ! "$HERE/pg-cluster.sh" status >/dev/null; then
    "$HERE/pg-cluster.sh" start
    cluster_started=true
  fi
  "$HERE/pg-cluster.sh" create-db vorda
  eval "$("$HERE/pg-cluster.sh" env vorda)"
  if $cluster_started; then
    db_where="$VORDA_DB_URL (private cluster in .local/pg, stopped again when this run ends)"
  else
    db_where="$VORDA_DB_URL (private cluster in .local/pg, already running: left running; make db-stop stops it)"
  fi
fi
export VORDA_DB_URL VORDA_DB_USER VORDA_DB_PASSWORD

# --- backend settings
VORDA_JWT_SECRET=${VORDA_JWT_SECRET:-$(jwt_secret)}
export VORDA_JWT_SECRET
export MICRONAUT_SERVER_PORT=$PORT
export VORDA_DEMO_DATA=true
if [[ -f "$DIST/index.html" ]]; then
  export VORDA_WEB_ROOT="$DIST"
else
  info "note: no frontend/dist: the UI is not served (APIs only)"
fi

# Started in the background so this script can wait for /health, print the banner and clean up on Ctrl-C.
# (A background job of a non-interactive shell ignores SIGINT; cleanup() stops it with SIGTERM, which runs
# the backend's graceful shutdown.)
# shellcheck disable=SC2086  # VORDA_JAVA_OPTS is a list of options
"$JAVA_HOME/bin/java" ${VORDA_JAVA_OPTS:-} -jar "$JAR" &
backend_pid=$!

if ! wait_for_health "http://127.0.0.1:$PORT/health" "$backend_pid" 180; then
  exit 1
fi

if $dev && [[ -d "$REPO_ROOT/frontend" ]]; then
  (cd "$REPO_ROOT/frontend" && VORDA_BACKEND_URL="http://localhost:$PORT" exec ./node_modules/.bin/vite --port 5173 --strictPort) &
  vite_pid=$!
  ui="http://localhost:5173"
else
  ui="http://localhost:$PORT"
fi

cat <<BANNER

  Vorda is running: $ui
    portal (debtors):  $ui/portal/
    field app:         $ui/field/
    API docs:          http://localhost:$PORT/api-docs/
    health / metrics:  http://localhost:$PORT/health  http://localhost:$PORT/prometheus
    database:          $db_where

  Demo logins (password vorda-demo-2026):
    admin@vorda.example        ADMIN
    supervisor@vorda.example   SUPERVISOR
    caseworker@vorda.example   CASEWORKER
    field@vorda.example        FIELD_AGENT
    client@vorda.example       CLIENT_USER

  Ctrl-C stops it.

BANNER

# Returns when the backend (or the dev server) exits; its status becomes ours.
if [[ -n "$vite_pid" ]]; then
  wait -n "$backend_pid" "$vite_pid"
else
  wait "$backend_pid"
fi
