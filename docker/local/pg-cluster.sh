#!/usr/bin/env bash
# A private PostgreSQL for development and tests, kept under <repo>/.local/pg/ — never the machine's own
# PostgreSQL service (its port 5432 and its data are someone else's).
#
#   pg-cluster.sh start            init if needed, start if not running (idempotent; prints only errors)
#   pg-cluster.sh stop             stop it (data is kept)
#   pg-cluster.sh status           "running on 127.0.0.1:PORT …" (exit 0) or "stopped" (exit 3)
#   pg-cluster.sh url [DB]         JDBC URL of DB (default vorda)
#   pg-cluster.sh env [DB]         VORDA_DB_URL/USER/PASSWORD assignments for `eval`
#   pg-cluster.sh create-db NAME   create the database if it is missing
#   pg-cluster.sh drop-db NAME     drop the database (disconnecting its sessions) if it exists
#   pg-cluster.sh available        exit 0 when start can work here (binaries or Docker), else the message
#
# Engine: the machine's PostgreSQL server binaries (`pg_config --bindir`, else the newest
# /usr/lib/postgresql/*/bin). Started as root, the server runs as an unprivileged user (postgres when it
# exists, else a system user `vorda` made here), because PostgreSQL refuses to run as root. Without
# binaries, a `postgres:16-alpine` container when a Docker engine answers. The superuser is `postgres`;
# connections from 127.0.0.1 are trusted (it listens on nothing else), the password `postgres` is
# accepted for uniformity with the Docker variant.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_ROOT="$LOCAL_DIR/pg"
PG_DATA="$PG_ROOT/data"            # 0700, owned by the server's user
PG_SOCK="$PG_ROOT/run"             # unix socket directory, owned by the server's user
PG_PORT_FILE="$PG_ROOT/port"       # the chosen port, reused while it stays free
PG_DOCKER_DATA="$PG_ROOT/docker-data"
FIRST_PORT=55432
DB_USER=postgres
DB_PASSWORD=postgres

# Container name unique per checkout, so two clones on one machine don't share a database.
CONTAINER="vorda-pg-$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)"

no_engine_message() {
  cat >&2 <<'MSG'
No PostgreSQL available for a private cluster: no server binaries (initdb) and no Docker engine.
Do one of:
  - point the app at an existing PostgreSQL:   DATABASE_URL=postgres://user:password@host:5432/vorda make run
  - install the server binaries:               apt-get install postgresql   (only its binaries are used)
  - install and start Docker                   (then postgres:16-alpine is used)
MSG
}

# Directory holding initdb/pg_ctl/postgres, or empty.
find_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir 2>/dev/null || true)
    [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  # Other common layouts (e.g. Fedora, source installs).
  for d in /usr/bin /usr/local/pgsql/bin; do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 0
}

BIN=$(find_bindir)
SERVER_USER=""
if [[ -n "$BIN" ]]; then ENGINE=native
elif docker_works; then ENGINE=docker
else ENGINE=none
fi

# ---------------------------------------------------------------------------------------------------
# native engine

# The user the server runs as. An existing cluster keeps the owner of its data directory; a new one, when
# we are root, gets `postgres` or else a system user `vorda` (created only with "create", i.e. on start).
server_user() {
  if (( EUID != 0 )); then id -un; return 0; fi
  if [[ -d "$PG_DATA" && "$(stat -c %U "$PG_DATA")" != root ]]; then stat -c %U "$PG_DATA"; return 0; fi
  if id -u postgres >/dev/null 2>&1; then echo postgres; return 0; fi
  if ! id -u vorda >/dev/null 2>&1; then
    [[ "${1:-}" == create ]] || { echo vorda; return 0; }
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vorda >/dev/null 2>&1 \
      || die "pg-cluster: could not create the system user 'vorda' to run PostgreSQL (useradd failed)"
  fi
  echo vorda
}

# as_server CMD…: run a command as the server's user (a no-op switch when we are not root).
as_server() {
  if (( EUID == 0 )); then
    # From /, because root's working directory (e.g. /root) is often not readable by that user.
    if command -v runuser >/dev/null 2>&1; then (cd / && runuser -u "$SERVER_USER" -- "$@")
    else (cd / && setpriv --reuid="$SERVER_USER" --regid="$(id -g "$SERVER_USER")" --init-groups -- "$@")
    fi
  else
    "$@"
  fi
}

# The server's user must be able to traverse every directory down to .local/pg. When the checkout lives
# under a directory it cannot enter (e.g. a home directory with mode 0700), say so rather than fail
# obscurely inside initdb.
check_traversable() {
  (( EUID == 0 )) || return 0
  local dir="" part
  local IFS=/
  # Walk from / downwards so the message names the first directory that blocks the way.
  for part in $PG_ROOT; do
    [[ -n "$part" ]] || continue
    dir="$dir/$part"
    if ! as_server test -x "$dir" 2>/dev/null; then
      die "pg-cluster: PostgreSQL runs as the unprivileged user '$SERVER_USER', which cannot enter $dir
($(stat -c '%A %U:%G' "$dir")). Either allow it (chmod o+x $dir), or move the checkout somewhere
world-traversable, or use an existing PostgreSQL: DATABASE_URL=postgres://user:pass@host:port/vorda make run"
    fi
  done
}

prepare_dirs() {
  ensure_local_dir "$PG_ROOT"
  check_traversable
  mkdir -p "$PG_DATA" "$PG_SOCK"
  if (( EUID == 0 )); then chown "$SERVER_USER": "$PG_DATA" "$PG_SOCK"; fi
  chmod 0700 "$PG_DATA"
  chmod 0755 "$PG_SOCK"
}

native_init() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
  local log="$PG_ROOT/initdb.log" locale_opt=(--locale=C.UTF-8)
  # C.UTF-8 gives UTF-8 with byte-order collation; fall back to plain C where the locale is missing.
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' || locale_opt=(--locale=C)
  if ! as_server "$BIN/initdb" -D "$PG_DATA" -U "$DB_USER" -A trust -E UTF8 "${locale_opt[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    die "pg-cluster: initdb failed (log above, also in $log)"
  fi
  # Settings that stay the same between starts; the port is passed at start because it may change.
  as_server tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF

# --- added by docker/local/pg-cluster.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCK'
max_connections = 200          # backend test contexts and e2e/bench backends each hold a pool
synchronous_commit = off       # a dev/test cluster: faster commits, at most the last moments lost on a crash
log_min_messages = warning
CONF
}

native_running() { [[ -f "$PG_DATA/PG_VERSION" ]] && as_server "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

# Port of the running server (line 4 of postmaster.pid), else the remembered one.
native_port() {
  local p=""
  native_running && p=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true)
  [[ "$p" =~ ^[0-9]+$ ]] || p=$(cat "$PG_PORT_FILE" 2>/dev/null || true)
  [[ "$p" =~ ^[0-9]+$ ]] && { echo "$p"; return 0; }
  return 1
}

# The remembered port when it is still free, else the first free one from 55432 up.
choose_port() {
  local p=""
  [[ -s "$PG_PORT_FILE" ]] && p=$(cat "$PG_PORT_FILE")
  if [[ "$p" =~ ^[0-9]+$ ]] && ! port_in_use "$p"; then echo "$p"; return 0; fi
  free_port "$FIRST_PORT"
}

native_start() {
  SERVER_USER=$(server_user create)
  prepare_dirs
  native_init
  native_running && return 0
  local port log="$PG_DATA/postgres.log"
  # Retry on another port when ours was taken between choosing it and binding it.
  for _ in 1 2 3; do
    port=$(choose_port)
    if as_server "$BIN/pg_ctl" -D "$PG_DATA" -l "$log" -w -t 60 \
         -o "-p $port -k $PG_SOCK -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
      echo "$port" >"$PG_PORT_FILE"
      return 0
    fi
    port_in_use "$port" || break   # failed for another reason than the port: no point retrying
  done
  echo "pg-cluster: PostgreSQL did not start; last lines of $log:" >&2
  tail -n 20 "$log" >&2 2>/dev/null || true
  exit 1
}

native_stop() {
  [[ -f "$PG_DATA/PG_VERSION" ]] || return 0
  native_running || return 0
  as_server "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
}

native_psql() {
  local port; port=$(native_port) || die "pg-cluster: not started (run: $0 start)"
  local psql="$BIN/psql"; [[ -x "$psql" ]] || psql=psql
  PGOPTIONS='-c client_min_messages=warning' PGPASSWORD=$DB_PASSWORD "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres "$@"
}

# ---------------------------------------------------------------------------------------------------
# docker engine (only when the machine has no PostgreSQL binaries)

docker_running() { [[ "$(docker inspect -f '{{.State.Running}}' "$CONTAINER" 2>/dev/null || true)" == true ]]; }

docker_port() {
  local p
  p=$(docker port "$CONTAINER" 5432/tcp 2>/dev/null | head -n1 | sed 's/.*://' || true)
  [[ "$p" =~ ^[0-9]+$ ]] && { echo "$p"; return 0; }
  [[ -s "$PG_PORT_FILE" ]] && { cat "$PG_PORT_FILE"; return 0; }
  return 1
}

docker_start() {
  ensure_local_dir "$PG_ROOT"
  mkdir -p "$PG_DOCKER_DATA"
  if ! docker_running; then
    if docker inspect "$CONTAINER" >/dev/null 2>&1; then
      docker start "$CONTAINER" >/dev/null
    else
      local port; port=$(choose_port)
      docker run -d --name "$CONTAINER" -p "127.0.0.1:$port:5432" \
        -e POSTGRES_PASSWORD="$DB_PASSWORD" -v "$PG_DOCKER_DATA:/var/lib/postgresql/data" \
        postgres:16-alpine >/dev/null
    fi
  fi
  docker_port >"$PG_PORT_FILE.tmp" && mv "$PG_PORT_FILE.tmp" "$PG_PORT_FILE"
  local i
  for ((i = 0; i < 120; i++)); do
    docker exec "$CONTAINER" pg_isready -q -h 127.0.0.1 -U "$DB_USER" 2>/dev/null && return 0
    sleep 0.5
  done
  docker logs --tail 20 "$CONTAINER" >&2 || true
  die "pg-cluster: the PostgreSQL container $CONTAINER did not become ready"
}

docker_stop() { docker_running && docker stop "$CONTAINER" >/dev/null; return 0; }

docker_psql() { docker exec -i -e PGOPTIONS='-c client_min_messages=warning' "$CONTAINER" psql -X -q -v ON_ERROR_STOP=1 -U "$DB_USER" -d postgres "$@"; }

# ---------------------------------------------------------------------------------------------------

if [[ $ENGINE == native ]]; then SERVER_USER=$(server_user); fi

is_running() {
  case $ENGINE in
    native) native_running ;;
    docker) docker_running ;;
    *) return 1 ;;
  esac
}

port() {
  case $ENGINE in
    native) native_port ;;
    docker) docker_port ;;
    *) return 1 ;;
  esac
}

psql_admin() {
  is_running || die "pg-cluster: not running (run: $0 start)"
  case $ENGINE in
    native) native_psql "$@" ;;
    docker) docker_psql "$@" ;;
  esac
}

valid_db_name() {
  [[ "${1:-}" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "pg-cluster: invalid database name '${1:-}' (use lower-case letters, digits, _)"
}

require_engine() { [[ $ENGINE != none ]] || { no_engine_message; exit 1; }; }

cmd=${1:-}
case "$cmd" in
  available)
    require_engine ;;
  start)
    require_engine
    if [[ $ENGINE == native ]]; then native_start; else docker_start; fi ;;
  stop)
    case $ENGINE in native) native_stop ;; docker) docker_stop ;; esac ;;
  status)
    if is_running; then
      echo "running on 127.0.0.1:$(port) ($ENGINE${BIN:+, $BIN}; data in ${PG_DATA#"$REPO_ROOT"/})"
    else
      echo "stopped"; exit 3
    fi ;;
  url)
    p=$(port) || die "pg-cluster: never started (run: $0 start)"
    db=${2:-vorda}; valid_db_name "$db"
    echo "jdbc:postgresql://127.0.0.1:$p/$db" ;;
  env)
    p=$(port) || die "pg-cluster: never started (run: $0 start)"
    db=${2:-vorda}; valid_db_name "$db"
    printf 'VORDA_DB_URL=%q\nVORDA_DB_USER=%q\nVORDA_DB_PASSWORD=%q\n' \
      "jdbc:postgresql://127.0.0.1:$p/$db" "$DB_USER" "$DB_PASSWORD" ;;
  create-db)
    valid_db_name "${2:-}"
    exists=$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$2'")
    [[ "$exists" == 1 ]] || psql_admin -c "CREATE DATABASE \"$2\"" ;;
  drop-db)
    valid_db_name "${2:-}"
    [[ "$2" != postgres ]] || die "pg-cluster: refusing to drop the maintenance database"
    psql_admin -c "DROP DATABASE IF EXISTS \"$2\" WITH (FORCE)" ;;
  *)
    sed -n '4,/^#$/p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2 ;;
esac
