# shellcheck shell=bash
# Shared helpers for the scripts in docker/local/. Source it; it sets nothing but functions and
# REPO_ROOT / LOCAL_DIR, so every script finds the repository relative to itself (no reliance on $PWD).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
LOCAL_DIR="$REPO_ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"

die() { printf '%s\n' "$*" >&2; exit 1; }
info() { printf '%s\n' "$*" >&2; }

# .local and its children are created by whoever runs first (often root in CI). They must stay
# world-traversable (0755) because the private PostgreSQL cluster runs as an unprivileged user below it,
# whatever the caller's umask is.
ensure_local_dir() {
  local d
  for d in "$LOCAL_DIR" "$@"; do
    mkdir -p "$d"
    chmod 0755 "$d"
  done
}

# True when something listens on 127.0.0.1:$1 (or on any address with that port). Uses ss when present,
# else a plain bash TCP connect, so a busy port is never handed out twice.
port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    ss -Htln 2>/dev/null | awk '{print $4}' | grep -Eq "[:.]${port}\$" && return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  return 1
}

# Prints the first free TCP port at or above $1.
free_port() {
  local port=${1:-8080} last=$(( ${1:-8080} + 500 ))
  while (( port < last )); do
    if ! port_in_use "$port"; then printf '%s\n' "$port"; return 0; fi
    port=$((port + 1))
  done
  die "no free TCP port found between $1 and $last"
}

# The JWT signing secret for local runs: generated once, kept in .local/jwt-secret (mode 600), so sessions
# survive a restart of `make run`. Prints the secret.
jwt_secret() {
  local f="$LOCAL_DIR/jwt-secret"
  ensure_local_dir
  if [[ ! -s "$f" ]]; then
    ( umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$f" )
  fi
  chmod 600 "$f"
  cat "$f"
}

# HTTP status code of GET $1, or 000 when nothing answers. curl when present, else bash /dev/tcp.
http_status() {
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null || true
    return 0
  fi
  local hostport=${url#http://}; hostport=${hostport%%/*}
  local path=/${url#http://*/}
  local host=${hostport%:*} port=${hostport##*:}
  local line
  line=$( (exec 3<>"/dev/tcp/$host/$port" || exit 1
           printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
           head -n1 <&3) 2>/dev/null ) || { echo 000; return 0; }
  awk '{print $2}' <<<"$line"
}

# wait_for_health URL PID TIMEOUT_SECONDS: polls URL until it answers 200. Fails early when PID dies.
wait_for_health() {
  local url=$1 pid=$2 timeout=${3:-120} start=$SECONDS
  while (( SECONDS - start < timeout )); do
    [[ "$(http_status "$url")" == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || { info "the backend exited before $url answered"; return 1; }
    sleep 1
  done
  info "timed out after ${timeout}s waiting for $url"
  return 1
}

# stop_pid PID: TERM, then up to 30 s for a clean shutdown, then KILL. Only ever our own child's pid.
stop_pid() {
  local pid=$1 i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

docker_works() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }
