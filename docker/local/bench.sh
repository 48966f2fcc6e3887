#!/usr/bin/env bash
# `make bench`: throughput and latency of key endpoints, as figures and as ratios to the unauthenticated
# /health floor, and of party search at a realistic size beside the bare SQL behind it. Figures only — never
# pass/fail: they depend on the machine (printed with them).
#
# It starts its own backend (demo data on) on a fresh database vorda_bench_<timestamp> in the private cluster,
# fills it with BENCH_PARTIES synthetic parties (docker/bench/generate-parties.sql, after Liquibase has made the
# schema) and BENCH_CASES synthetic cases over them (docker/bench/generate-cases.sql, after the demo data is in),
# VACUUM ANALYZEs, samples real search terms, status filters and ids from the data (docker/bench/sample-terms.sql),
# writes EXPLAIN (ANALYZE, BUFFERS) of one term per kind to .local/bench/, signs in as the demo admin, runs each
# scenario with wrk against 127.0.0.1 only — party and case scenarios with a different sampled term per request
# (docker/bench/graphql-terms.lua; case lists as the demo supervisor and the demo caseworker) and, beside each,
# pgbench on the same SQL the app runs (docker/bench/sql-*.sql) — then stops the backend, drops the database and
# stops the cluster if it started it.
# The jar and UI are built by make first; the backend runs from a copy of the jar, so a rebuild meanwhile
# does not pull it away.
#
# Settings (environment): BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_DURATION (15s), BENCH_WARMUP (5s,
# an unmeasured run first so the JIT has compiled the hot paths; 0 to skip), BENCH_PARTIES (1500000; 0 skips
# the party scenarios), BENCH_PARTY_SCENARIOS (all: name,iban,postcode,email,phone,kvk,list_name,list_family,
# detail), BENCH_CASES (1000000; 0 skips the case scenarios), BENCH_CASE_SCENARIOS (all: case_list_sup,
# case_list_cw,case_detail,case_ref,case_name), BENCH_SQL_DURATION (BENCH_DURATION), BENCH_SQL_CLIENTS (16), BENCH_SQL_THREADS (2),
# BENCH_TIMEOUT (30s, wrk's per-request timeout in the party and case scenarios), BENCH_AUTO_EXPLAIN (off; N = log the
# plans of the backend's statements slower than N ms to .local/bench/auto-explain-*.txt, private cluster only),
# BENCH_KEEP_DB (off; 1 = leave the bench database in the private cluster and print its name, to look into it with
# psql or bench again), BENCH_DB (a database an earlier BENCH_KEEP_DB run left: bench it again without generating;
# it is kept too).
#
# Adding a scenario: get what it needs (token, ids) after sign-in below, then call
#   scenario "name" METHOD /path 'json body or empty' "$token_or_empty"
# A scenario with sampled terms: add a kind to sample-terms.sql, then
#   term_scenario KIND "name" "$GRAPHQL_DOCUMENT_WITH_\$t" TARGET_P95_MS_OR_- docker/bench/sql-<script>.sql [USER [json]]
# (USER: the demo user whose token it runs with, default admin; json: the terms are JSON values, not strings).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
source "$HERE/lib.sh"
cd "$REPO_ROOT"

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
LUA="$REPO_ROOT/docker/bench/request.lua"
TERMS_LUA="$REPO_ROOT/docker/bench/graphql-terms.lua"
PARTIES=${BENCH_PARTIES:-1500000}
PARTY_SCENARIOS=${BENCH_PARTY_SCENARIOS:-name,iban,postcode,email,phone,kvk,list_name,list_family,detail}
CASES=${BENCH_CASES:-1000000}
CASE_SCENARIOS=${BENCH_CASE_SCENARIOS:-case_list_sup,case_list_cw,case_detail,case_ref,case_name}
SQL_DURATION=${BENCH_SQL_DURATION:-$DURATION}
SQL_CLIENTS=${BENCH_SQL_CLIENTS:-16}
SQL_THREADS=${BENCH_SQL_THREADS:-2}
TIMEOUT=${BENCH_TIMEOUT:-30s}
AUTO_EXPLAIN=${BENCH_AUTO_EXPLAIN:-}
KEEP_DB=${BENCH_KEEP_DB:-}
REUSE_DB=${BENCH_DB:-}
[[ -z "$REUSE_DB" || "$REUSE_DB" =~ ^vorda_bench_[0-9_]+$ ]] || die "bench: BENCH_DB names a database an earlier BENCH_KEEP_DB=1 run kept (vorda_bench_…), was '$REUSE_DB'"
[[ -z "$AUTO_EXPLAIN" || "$AUTO_EXPLAIN" =~ ^[0-9]+$ ]] || die "bench: BENCH_AUTO_EXPLAIN is a number of milliseconds, was '$AUTO_EXPLAIN'"
[[ "$PARTIES" =~ ^[0-9]+$ ]] || die "bench: BENCH_PARTIES must be a whole number (0 skips the party scenarios), was '$PARTIES'"
[[ "$CASES" =~ ^[0-9]+$ ]] || die "bench: BENCH_CASES must be a whole number (0 skips the case scenarios), was '$CASES'"

# seconds DURATION: wrk-style durations (15, 15s, 2m, 1h) as whole seconds, for pgbench -T.
seconds() {
  local d=$1
  case "$d" in
    *h) echo $(( ${d%h} * 3600 )) ;;
    *m) echo $(( ${d%m} * 60 )) ;;
    *s) echo "${d%s}" ;;
    *) echo "$d" ;;
  esac
}
[[ "$(seconds "$SQL_DURATION")" =~ ^[0-9]+$ ]] || die "bench: BENCH_SQL_DURATION must look like 15s, 2m or 30, was '$SQL_DURATION'"

# --- wrk
if ! command -v wrk >/dev/null 2>&1; then
  if (( EUID == 0 )) && command -v apt-get >/dev/null 2>&1; then
    info "installing wrk (apt-get install wrk)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends wrk >/dev/null; } \
      || die "could not install wrk with apt-get"
  else
    die "make bench needs wrk: sudo apt-get install wrk   (or brew install wrk)"
  fi
fi
command -v curl >/dev/null 2>&1 || die "make bench needs curl: apt-get install curl"

# --- psql and pgbench for the party and case scenarios: next to initdb, found the way pg-cluster.sh finds the server
# binaries (pg_config --bindir, else the newest /usr/lib/postgresql/*/bin, else /usr/bin or /usr/local/pgsql/bin),
# else on the PATH (e.g. a client package beside a Docker-run cluster).
pg_client_dir() {
  local d
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir 2>/dev/null || true)
    [[ -n "$d" && -x "$d/initdb" && -x "$d/psql" && -x "$d/pgbench" ]] && { echo "$d"; return 0; }
  fi
  # shellcheck disable=SC2012  # the same lookup as pg-cluster.sh
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  [[ -n "$d" && -x "$d/initdb" && -x "$d/psql" && -x "$d/pgbench" ]] && { echo "$d"; return 0; }
  for d in /usr/bin /usr/local/pgsql/bin; do
    [[ -x "$d/initdb" && -x "$d/psql" && -x "$d/pgbench" ]] && { echo "$d"; return 0; }
  done
  return 0
}
PSQL="" PGBENCH=""
pg_dir=$(pg_client_dir)
if [[ -n "$pg_dir" ]]; then
  PSQL="$pg_dir/psql" PGBENCH="$pg_dir/pgbench"
elif command -v psql >/dev/null 2>&1 && command -v pgbench >/dev/null 2>&1; then
  PSQL=$(command -v psql) PGBENCH=$(command -v pgbench)
elif (( PARTIES + CASES > 0 )); then
  info "bench: no psql/pgbench next to initdb or on the PATH (apt-get install postgresql): party and case scenarios skipped"
  PARTIES=0 CASES=0
fi
# the kinds whose terms are sampled and run: the party ones, then the case ones
KINDS=""
(( PARTIES > 0 )) && KINDS=$PARTY_SCENARIOS
(( CASES > 0 )) && KINDS=${KINDS:+$KINDS,}$CASE_SCENARIOS

ensure_local_dir "$LOG_DIR" "$LOCAL_DIR/bench"
JAVA_HOME=$("$HERE/java.sh")

stamp=$(date +%Y%m%d-%H%M%S)
work=$(mktemp -d "$LOCAL_DIR/bench/run.XXXXXX")   # jar copy, term files, pgbench logs; removed at the end
cluster_started=false
backend_pid=""
bench_db=""
cleanup() {
  trap - EXIT INT TERM
  [[ -n "$backend_pid" ]] && stop_pid "$backend_pid"
  if [[ -n "$bench_db" && -z "$KEEP_DB" && -z "$REUSE_DB" ]]; then
    "$HERE/pg-cluster.sh" drop-db "$bench_db" >/dev/null 2>&1 || true
  elif [[ -n "$bench_db" ]]; then
    if [[ -n "$AUTO_EXPLAIN" ]]; then   # so later sessions on the kept database log nothing
      bench_psql -d postgres -c "ALTER DATABASE \"$bench_db\" RESET ALL" >/dev/null 2>&1 || true
    fi
    info "bench: kept database $bench_db (BENCH_DB=$bench_db make bench to run on it again; drop it with docker/local/pg-cluster.sh drop-db $bench_db)"
  fi
  if $cluster_started; then "$HERE/pg-cluster.sh" stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database and backend
"$HERE/pg-cluster.sh" available
if ! "$HERE/pg-cluster.sh" status >/dev/null; then
  "$HERE/pg-cluster.sh" start
  cluster_started=true
fi
if [[ -n "$REUSE_DB" ]]; then
  bench_db=$REUSE_DB   # generated before: the generators below are skipped, the terms sampled again
else
  bench_db="vorda_bench_$(date +%Y%m%d_%H%M%S)"
  "$HERE/pg-cluster.sh" create-db "$bench_db"
fi

eval "$("$HERE/pg-cluster.sh" env "$bench_db")"   # VORDA_DB_URL/USER/PASSWORD, for psql and pgbench too
db_hostport=${VORDA_DB_URL#jdbc:postgresql://}; db_hostport=${db_hostport%%/*}
db_host=${db_hostport%:*} db_port=${db_hostport##*:}
cp backend/target/vorda.jar "$work/vorda.jar"
# Our own sessions (psql, pgbench) never log to auto_explain: only the backend's statements should be there.
BENCH_PGOPTIONS='-c client_min_messages=warning -c auto_explain.log_min_duration=-1'
bench_psql() { PGPASSWORD=$VORDA_DB_PASSWORD PGOPTIONS=$BENCH_PGOPTIONS "$PSQL" -X -q -v ON_ERROR_STOP=1 \
                 -h "$db_host" -p "$db_port" -U "$VORDA_DB_USER" -d "$bench_db" "$@"; }

# BENCH_AUTO_EXPLAIN=MS: plans of the backend's own statements slower than MS, from the cluster's log (auto_explain,
# set on the bench database before the backend connects). Plans only, no ANALYZE, so no timing overhead.
pg_log="$LOCAL_DIR/pg/data/postgres.log" pg_log_from=""
if [[ -n "$AUTO_EXPLAIN" && -n "$PSQL" ]]; then
  if [[ -r "$pg_log" ]]; then
    pg_log_from=$(stat -c %s "$pg_log")
    bench_psql -d postgres -c "ALTER DATABASE \"$bench_db\" SET session_preload_libraries = 'auto_explain'" \
      -c "ALTER DATABASE \"$bench_db\" SET auto_explain.log_min_duration = '${AUTO_EXPLAIN}ms'" \
      -c "ALTER DATABASE \"$bench_db\" SET auto_explain.log_level = 'warning'"
  else
    info "bench: BENCH_AUTO_EXPLAIN needs the private cluster's log ($pg_log); skipped"
  fi
elif [[ -n "$REUSE_DB" && -n "$PSQL" ]]; then
  # an earlier run on this database may have switched auto_explain on
  bench_psql -d postgres -c "ALTER DATABASE \"$bench_db\" RESET session_preload_libraries" \
    -c "ALTER DATABASE \"$bench_db\" RESET auto_explain.log_min_duration" -c "ALTER DATABASE \"$bench_db\" RESET auto_explain.log_level"
fi

port=$(free_port 18180)
base="http://127.0.0.1:$port"
blog="$LOG_DIR/bench-backend.log"
(
  export VORDA_DB_URL VORDA_DB_USER VORDA_DB_PASSWORD
  VORDA_JWT_SECRET="bench-$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=')"
  export VORDA_JWT_SECRET MICRONAUT_SERVER_PORT=$port VORDA_DEMO_DATA=true
  [[ -f frontend/dist/index.html ]] && export VORDA_WEB_ROOT="$REPO_ROOT/frontend/dist"
  # shellcheck disable=SC2086
  # no scheduled accrual run: it would work the generated cases' snapshots while the other scenarios are measured;
  # the money scenarios start the run themselves (accrualRunStart)
  exec "$JAVA_HOME/bin/java" ${VORDA_JAVA_OPTS:-} -Dvorda.ledger.accrual-run.enabled=false -jar "$work/vorda.jar"
) >"$blog" 2>&1 </dev/null &
backend_pid=$!
info "bench: backend on $base (database $bench_db, log .local/logs/bench-backend.log)"
if ! wait_for_health "$base/health" "$backend_pid" 180; then
  tail -n 40 "$blog" >&2
  die "bench: the backend did not become healthy"
fi

# --- parties and cases: generate, VACUUM ANALYZE, sample terms, EXPLAIN (all inside PostgreSQL, through psql)
GEN_LINE="" CASE_GEN_LINE=""
explain_file=""
if [[ -n "$REUSE_DB" ]]; then
  counts=$(bench_psql -tA -F ' ' -c "SELECT (SELECT count(*) FROM parties WHERE created_by = 'generator'),
      (SELECT count(*) FROM cases WHERE created_by = 'generator'), pg_size_pretty(pg_database_size(current_database()))")
  read -r n_parties n_cases db_size <<<"$counts"
  GEN_LINE="generator: skipped; $bench_db (BENCH_DB) holds $n_parties generated parties and $n_cases generated cases, database $db_size"
  info "bench: $GEN_LINE"
  (( n_parties > 0 )) || PARTIES=0
  (( n_cases > 0 )) || CASES=0
  KINDS=""
  (( PARTIES > 0 )) && KINDS=$PARTY_SCENARIOS
  (( CASES > 0 )) && KINDS=${KINDS:+$KINDS,}$CASE_SCENARIOS
  # the backend must have finished its demo data before the scenarios sign in
  for ((i = 0; i < 300; i++)); do grep -q 'Vorda is ready' "$blog" && break; sleep 1; done
elif (( PARTIES > 0 )); then
  info "bench: generating $PARTIES parties (docker/bench/generate-parties.sql)"
  t0=$(date +%s.%N)
  bench_psql -v n="$PARTIES" -f docker/bench/generate-parties.sql >"$LOG_DIR/bench-generate.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/bench-generate.log" >&2; die "bench: the generator failed (log: .local/logs/bench-generate.log)"; }
  t1=$(date +%s.%N)
  bench_psql -c 'VACUUM (ANALYZE) parties, party_addresses, party_contact_channels, party_bank_accounts' -c 'CHECKPOINT'
  t2=$(date +%s.%N)
  counts=$(bench_psql -tA -F ' ' -c "SELECT (SELECT count(*) FROM parties WHERE created_by = 'generator'),
      (SELECT count(*) FROM party_addresses WHERE created_by = 'generator'),
      (SELECT count(*) FROM party_contact_channels WHERE created_by = 'generator'),
      (SELECT count(*) FROM party_bank_accounts WHERE created_by = 'generator'),
      pg_size_pretty(pg_database_size(current_database()))")
  read -r n_parties n_addresses n_channels n_accounts db_size <<<"$counts"
  GEN_LINE=$(awk -v p="$n_parties" -v a="$n_addresses" -v c="$n_channels" -v b="$n_accounts" -v s="$db_size" \
      -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
        g = t1 - t0; rows = p + a + c + b
        printf "generator: %d parties + %d addresses + %d contact channels + %d bank accounts = %d rows in %.1f s (indexes included): %.0f parties/s, %.0f rows/s; VACUUM ANALYZE + CHECKPOINT %.1f s; database %s", p, a, c, b, rows, g, p / g, rows / g, t2 - t1, s
      }')
  info "bench: $GEN_LINE"
fi

if [[ -z "$REUSE_DB" ]] && (( CASES > 0 )); then
  # the case generator draws on the demo clients, teams and users, which the backend loads after it is healthy
  for ((i = 0; i < 300; i++)); do grep -q 'Vorda is ready' "$blog" && break; sleep 1; done
  grep -q 'Vorda is ready' "$blog" || die "bench: the backend did not finish loading its demo data within 5 minutes (log: .local/logs/bench-backend.log)"
  info "bench: generating $CASES cases (docker/bench/generate-cases.sql)"
  t0=$(date +%s.%N)
  bench_psql -v n="$CASES" -f docker/bench/generate-cases.sql >"$LOG_DIR/bench-generate-cases.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/bench-generate-cases.log" >&2; die "bench: the case generator failed (log: .local/logs/bench-generate-cases.log)"; }
  t1=$(date +%s.%N)
  bench_psql -c 'VACUUM (ANALYZE) cases, case_parties, claims, case_notes, case_events' -c 'CHECKPOINT'
  t2=$(date +%s.%N)
  counts=$(bench_psql -tA -F ' ' -c "SELECT (SELECT count(*) FROM cases WHERE created_by = 'generator'),
      (SELECT count(*) FROM claims WHERE created_by = 'generator'),
      (SELECT count(*) FROM case_parties cp JOIN cases c ON c.id = cp.case_id WHERE c.created_by = 'generator'),
      (SELECT count(*) FROM case_notes WHERE author = 'generator'),
      (SELECT count(*) FROM case_events WHERE actor = 'generator'),
      pg_size_pretty(pg_database_size(current_database()))")
  read -r n_cases n_claims n_roles n_notes n_events db_size <<<"$counts"
  CASE_GEN_LINE=$(awk -v k="$n_cases" -v c="$n_claims" -v r="$n_roles" -v n="$n_notes" -v e="$n_events" -v s="$db_size" \
      -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
        g = t1 - t0; rows = k + c + r + n + e
        printf "generator: %d cases + %d claims + %d parties in role + %d notes + %d timeline events = %d rows in %.1f s (indexes included): %.0f cases/s, %.0f rows/s; VACUUM ANALYZE + CHECKPOINT %.1f s; database %s", k, c, r, n, e, rows, g, k / g, rows / g, t2 - t1, s
      }')
  info "bench: $CASE_GEN_LINE"
fi

if [[ -n "$KINDS" ]]; then
  info "bench: sampling search terms, filters and ids (docker/bench/sample-terms.sql)"
  bench_psql -f docker/bench/sample-terms.sql >/dev/null
  mkdir -p "$work/terms"
  for kind in ${KINDS//,/ }; do
    for purpose in wrk warm; do
      bench_psql -c "\\copy (SELECT term FROM bench.terms WHERE kind = '$kind' AND purpose = '$purpose' ORDER BY n) TO '$work/terms/$kind.$purpose.txt'"
    done
    [[ -s "$work/terms/$kind.wrk.txt" ]] || die "bench: no sampled terms for '$kind' (BENCH_PARTY_SCENARIOS or BENCH_CASE_SCENARIOS names an unknown kind, or the data has none)"
  done

  explain_file="$LOCAL_DIR/bench/explain-$stamp.txt"
  {
    echo "EXPLAIN (ANALYZE, BUFFERS) of the statements the app runs for one sampled term per kind, at ${n_parties:-0} generated parties and ${n_cases:-0} generated cases."
    for kind in ${KINDS//,/ }; do
      if [[ $kind == case_* ]]; then bench_psql -v kind="$kind" -f docker/bench/explain-cases.sql
      else bench_psql -v kind="$kind" -f docker/bench/explain-searches.sql; fi
    done
  } >"$explain_file" 2>&1 || info "bench: EXPLAIN failed; see ${explain_file#"$REPO_ROOT"/}"
  info "bench: EXPLAIN output in ${explain_file#"$REPO_ROOT"/}"
fi

# json_field NAME: the first string value of "NAME" in the JSON on stdin (enough for tokens and ids).
json_field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" | head -n1; }

post_json() { # URL BODY [TOKEN]
  local auth=()
  [[ -n "${3:-}" ]] && auth=(-H "Authorization: Bearer $3")
  curl -sS -m 30 -X POST "$1" -H 'Content-Type: application/json' -H 'Accept: application/json' "${auth[@]}" -d "$2"
}

# --- sign in as the demo admin
login=$(post_json "$base/api/auth/login" '{"email":"admin@vorda.example","password":"vorda-demo-2026"}')
admin_token=$(json_field accessToken <<<"$login")
[[ -n "$admin_token" ]] || die "bench: sign-in as admin@vorda.example failed: $login"

# --- an API client for the integrations API (created through GraphQL, as an administrator would)
ts=$(date +%s)
create=$(post_json "$base/graphql" \
  "{\"query\":\"mutation { apiClientCreate(input:{name:\\\"bench-$ts\\\"}) { apiClient { clientId } clientSecret userErrors { code } } }\"}" \
  "$admin_token")
client_id=$(json_field clientId <<<"$create")
client_secret=$(json_field clientSecret <<<"$create")
integ_token=""
if [[ -n "$client_id" && -n "$client_secret" ]]; then
  tok=$(post_json "$base/api/integrations/v1/tokens" \
    "{\"grantType\":\"CLIENT_CREDENTIALS\",\"clientId\":\"$client_id\",\"clientSecret\":\"$client_secret\"}")
  integ_token=$(json_field accessToken <<<"$tok")
  [[ -n "$integ_token" ]] || info "bench: no integrations token: $tok"
else
  info "bench: apiClientCreate gave no client: $create"
fi

# --- scenarios
NAMES=() RPS=() P50=() P95=() P99=() ERRS=()

# scenario NAME METHOD PATH BODY TOKEN: warm-up run, then the measured run; appends to the table arrays.
scenario() {
  local name=$1 method=$2 path=$3 body=$4 token=$5 out line
  export BENCH_METHOD=$method BENCH_BODY=$body BENCH_TOKEN=$token
  info "bench: $name ($method $path) — warm-up $WARMUP, then $DURATION with $CONNECTIONS connections"
  if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LUA" "$base$path" >/dev/null 2>&1 || true
  fi
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$base$path" 2>&1) || true
  printf '%s\n' "== $name" "$out" >>"$LOG_DIR/bench-wrk.log"
  line=$(grep '^BENCH_RESULT' <<<"$out" || true)
  NAMES+=("$name")
  if [[ -z "$line" ]]; then
    RPS+=(0) P50+=(0) P95+=(0) P99+=(0) ERRS+=("wrk failed")
    return
  fi
  local rps p50 p95 p99 serr sock
  rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.* p50_us=([0-9]+).*/\1/' <<<"$line")
  p95=$(sed -E 's/.* p95_us=([0-9]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line")
  serr=$(sed -E 's/.* status_errors=([0-9]+).*/\1/' <<<"$line")
  sock=$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$line")
  RPS+=("$rps") P50+=("$p50") P95+=("$p95") P99+=("$p99")
  if (( serr + sock == 0 )); then ERRS+=("0"); else ERRS+=("${serr} http>=400, ${sock} socket"); fi
}

scenario "health (floor)" GET /health "" ""
scenario "graphql me" POST /graphql '{"query":"{ me { id name } }"}' "$admin_token"
if [[ -n "$integ_token" ]]; then
  scenario "rest api-client" GET /api/integrations/v1/api-client "" "$integ_token"
else
  NAMES+=("rest api-client") RPS+=(0) P50+=(0) P95+=(0) P99+=(0) ERRS+=("skipped: no client token")
fi

# --- party and case scenarios: GraphQL with a sampled term per request, then pgbench on the same SQL
PN=() PRPS=() PP50=() PP95=() PP99=() PERR=() PFOUND=() PTARGET=() SAVG=() STPS=() SP50=() SP95=() SERR=()

sign_in() { # [USER]: a fresh access token of a demo user, admin by default (they live 15 minutes; generation and
             # the runs together can take longer)
  local who=${1:-admin} out tok
  out=$(post_json "$base/api/auth/login" "{\"email\":\"$who@vorda.example\",\"password\":\"vorda-demo-2026\"}")
  tok=$(json_field accessToken <<<"$out")
  [[ -n "$tok" ]] || die "bench: sign-in as $who@vorda.example failed: $out"
  printf '%s\n' "$tok"
}

# drain_db: statements of requests that wrk or pgbench gave up on (their clients are gone) keep running in
# PostgreSQL and would be measured as part of the next run. Waits up to 10 s for the bench database to have no
# active statement, then cancels what is left; prints how many it cancelled (0 normally).
drain_db() {
  local i n
  for ((i = 0; i < 20; i++)); do
    n=$(bench_psql -tA -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'")
    if (( n == 0 )); then echo 0; return 0; fi
    sleep 0.5
  done
  n=$(bench_psql -tA -c "SELECT count(*) FROM (SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active') c")
  info "bench: cancelled $n statement(s) still running 10 s after their clients stopped"
  echo "$n"
}

# result_field NAME LINE: the number after "NAME=" in a BENCH_RESULT line.
result_field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$2"; }

# term_scenario KIND NAME GRAPHQL TARGET_MS SQL_SCRIPT [USER [json]]
term_scenario() {
  local kind=$1 name=$2 query=$3 target=$4 script=$5 user=${6:-admin} json=${7:-} out line token lo hi sql
  [[ ",$KINDS," == *",$kind,"* ]] || return 0
  token=$(sign_in "$user")
  export BENCH_QUERY=$query BENCH_TOKEN=$token BENCH_HIT='"id"' BENCH_TERM_JSON=$([[ $json == json ]] && echo 1 || echo 0)
  info "bench: $name — warm-up $WARMUP, then $DURATION with $CONNECTIONS connections, then pgbench $SQL_DURATION with $SQL_CLIENTS clients"
  if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
    BENCH_TERMS="$work/terms/$kind.warm.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" \
      -s "$TERMS_LUA" "$base/graphql" >/dev/null 2>&1 || true
  fi
  out=$(BENCH_TERMS="$work/terms/$kind.wrk.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" \
          --latency -s "$TERMS_LUA" "$base/graphql" 2>&1) || true
  printf '%s\n' "== $name" "$out" >>"$LOG_DIR/bench-wrk.log"
  line=$(grep '^BENCH_RESULT' <<<"$out" || true)
  PN+=("$name") PTARGET+=("$target")
  if [[ -z "$line" ]]; then
    PRPS+=(0) PP50+=(0) PP95+=(0) PP99+=(0) PFOUND+=("-") PERR+=("wrk failed")
  else
    PRPS+=("$(result_field rps "$line")") PP50+=("$(result_field p50_us "$line")")
    PP95+=("$(result_field p95_us "$line")") PP99+=("$(result_field p99_us "$line")")
    local resp found serr sock gerr
    resp=$(result_field responses "$line") found=$(result_field found "$line")
    serr=$(result_field status_errors "$line") sock=$(result_field socket_errors "$line") gerr=$(result_field graphql_errors "$line")
    if (( resp > 0 )); then PFOUND+=("$(( found * 100 / resp ))%"); else PFOUND+=("-"); fi
    if (( serr + sock + gerr == 0 )); then PERR+=("0"); else PERR+=("${serr} http>=400, ${sock} socket, ${gerr} graphql"); fi
  fi

  local left_api left_sql
  left_api=$(drain_db)
  if (( left_api > 0 )); then PERR[-1]="${PERR[-1]}, $left_api cancelled after the run"; fi

  # pgbench: the same SQL, the 'sql' slice of this kind's terms
  read -r lo hi < <(bench_psql -tA -F ' ' -c "SELECT min(id), max(id) FROM bench.terms WHERE kind = '$kind' AND purpose = 'sql'")
  rm -f "$work"/pgbench_log*
  sql=$(cd "$work" && PGPASSWORD=$VORDA_DB_PASSWORD PGOPTIONS=$BENCH_PGOPTIONS "$PGBENCH" -n -M prepared -c "$SQL_CLIENTS" -j "$SQL_THREADS" \
          -T "$(seconds "$SQL_DURATION")" -D lo="$lo" -D hi="$hi" -l --log-prefix="$work/pgbench_log" \
          -f "$REPO_ROOT/$script" -h "$db_host" -p "$db_port" -U "$VORDA_DB_USER" "$bench_db" 2>&1) || true
  printf '%s\n' "== $name ($script)" "$sql" >>"$LOG_DIR/bench-pgbench.log"
  local avg tps failed pct
  avg=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' <<<"$sql")
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time).*/\1/p' <<<"$sql")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$sql")
  # per-transaction latencies (3rd field, microseconds) from pgbench's log → p50 and p95
  pct=$(cat "$work"/pgbench_log* 2>/dev/null | awk '{print $3}' | sort -n | awk '
    { v[NR] = $1 }
    END { if (NR == 0) { print "0 0"; exit } i50 = int(NR * 0.50); if (i50 < 1) i50 = 1; i95 = int(NR * 0.95); if (i95 < 1) i95 = 1
          print v[i50], v[i95] }')
  SAVG+=("${avg:-0}") STPS+=("${tps:-0}") SP50+=("${pct% *}") SP95+=("${pct#* }")
  if [[ -z "$avg" ]]; then SERR+=("pgbench failed"); elif [[ -n "$failed" && "$failed" != 0 ]]; then SERR+=("$failed failed"); else SERR+=("0"); fi
  left_sql=$(drain_db)
  if (( left_sql > 0 )); then SERR[-1]="${SERR[-1]}, $left_sql cancelled after the run"; fi
}

if (( PARTIES > 0 )); then
  # shellcheck disable=SC2016  # $t is a GraphQL variable
  SEARCH='query PartySearch($t: String!) { partySearch(text: $t, first: 10) { party { id displayName } matchedOn score } }'
  # shellcheck disable=SC2016
  LIST='query Parties($t: String!) { parties(first: 50, filter: {name: $t}) { totalCount nodes { id displayName } } }'
  # shellcheck disable=SC2016
  DETAIL='query PartyDetail($t: ID!) { node(id: $t) { id ... on Party { displayName kind addresses { id kind street houseNumber houseNumberAddition postcode city country validFrom validUntil } contactChannels { id kind value label optedOut } bankAccounts { id iban bic holderName } } } }'
  term_scenario name        "search: name+typo"   "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario iban        "search: IBAN"        "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario postcode    "search: postcode+nr" "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario email       "search: e-mail"      "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario phone       "search: phone"       "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario kvk         "search: KVK number"  "$SEARCH" 100 docker/bench/sql-quick-search.sql
  term_scenario list_name   "list: full name"     "$LIST"    50 docker/bench/sql-list.sql
  term_scenario list_family "list: family name"   "$LIST"    50 docker/bench/sql-list.sql
  term_scenario detail      "detail: node(id)"    "$DETAIL"   - docker/bench/sql-detail.sql
fi
if (( CASES > 0 )); then
  # the staff app's own documents (frontend/src/features/cases/api/cases.ts): a case-list row, the case page
  CASE_ROW='id reference status statusReason client { id name } debtors { id displayName } principalTotal { amount currency } team { id name } assignee { id name } openedOn'
  # shellcheck disable=SC2016
  CASE_LIST="query Cases(\$t: [CaseStatus!]) { cases(first: 50, filter: {statuses: \$t}) { nodes { $CASE_ROW } pageInfo { hasNextPage endCursor } totalCount } }"
  # shellcheck disable=SC2016
  CASE_DETAIL='query CaseDetail($t: ID!) { node(id: $t) { ... on Case { id reference paymentReference { scheme value printed } status statusReason client { id name jurisdiction currency party { id } } parties { role party { id kind displayName contactChannels { id kind value label optedOut } } } claims { id invoiceNumber invoiceDate dueDate principal { amount currency } description clientReference } principalTotal { amount currency } team { id name } assignee { id name } openedOn closedOn notes { id text author createdAt } timeline { id occurredAt actor kind before after detail } } } }'
  # shellcheck disable=SC2016
  CASE_SEARCH="query CaseSearch(\$t: String!) { caseSearch(text: \$t, first: 10) { $CASE_ROW } }"
  term_scenario case_list_sup "cases: list (superv.)" "$CASE_LIST"   50 docker/bench/sql-case-list.sql   supervisor json
  term_scenario case_list_cw  "cases: list (casewkr)" "$CASE_LIST"   50 docker/bench/sql-case-list.sql   caseworker json
  term_scenario case_detail   "cases: detail"         "$CASE_DETAIL"  - docker/bench/sql-case-detail.sql supervisor
  term_scenario case_ref      "cases: search ref"     "$CASE_SEARCH" 100 docker/bench/sql-case-search.sql supervisor
  term_scenario case_name     "cases: search name"    "$CASE_SEARCH" 100 docker/bench/sql-case-search.sql supervisor
fi

# ------------------------------------------------------------------------------------------ money scenarios (issue 4)
# BENCH_MONEY_SCENARIOS (all: money_case,accrual; they need BENCH_CASES > 0):
#   money_case  one case with 50 claims and 200 payments, made through the API as a caseworker would (caseOpen, then
#               200 × paymentRegister, as the demo admin), then GraphQL Case.money(asOf:) with its statement fields
#               beside pgbench on the rows that statement reads (docker/bench/sql-case-money.sql): a row of the table
#               above, target p95 < 50 ms.
#   accrual     the nightly accrual run over every balance snapshot (first set to yesterday or older, as at night),
#               started with accrualRunStart as the demo admin and timed from its own start and finish; then a bare
#               SQL pass over the same rows (docker/bench/sql-accrual-pass.sql, rolled back).
#               BENCH_ACCRUAL_TIMEOUT (7200 s) bounds the wait.
MONEY_SCENARIOS=${BENCH_MONEY_SCENARIOS:-money_case,accrual}
ACCRUAL_TIMEOUT=${BENCH_ACCRUAL_TIMEOUT:-7200}
MONEY_LINES=()
# gid TYPE UUID: the API's global id (base64url of "TYPE:UUID", no padding; GlobalId.encode)
gid() { printf '%s:%s' "$1" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
if (( CASES > 0 )) && [[ -n "$MONEY_SCENARIOS" ]]; then
  bench_psql -c 'VACUUM (ANALYZE) ledger_postings, case_balances'
fi
if (( CASES > 0 )) && [[ ",$MONEY_SCENARIOS," == *,money_case,* ]]; then
  money_token=$(sign_in admin)
  read -r m_client m_team m_debtor < <(bench_psql -tA -F ' ' -c "SELECT
      (SELECT id FROM clients WHERE jurisdiction = 'NL' ORDER BY created_at, id LIMIT 1),
      (SELECT id FROM teams WHERE name = 'Collections North'),
      (SELECT party_id FROM case_parties WHERE role = 'DEBTOR' ORDER BY case_id LIMIT 1)")
  m_prefix="BM-$stamp"
  claims_json=""
  for ((i = 1; i <= 50; i++)); do
    invoiced=$(date -d "-$((800 - 10 * i)) days" +%F)
    claims_json+="${claims_json:+,}{\"invoiceNumber\":\"$m_prefix-$i\",\"invoiceDate\":\"$invoiced\",\"dueDate\":\"$(date -d "$invoiced +30 days" +%F)\",\"principalAmount\":\"$((500 + i)).00\"}"
  done
  # shellcheck disable=SC2016  # $input is a GraphQL variable
  open_doc='mutation($input: CaseOpenInput!) { caseOpen(input: $input) { case { id } userErrors { code field message } } }'
  opened=$(curl -sS -m 300 -X POST "$base/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $money_token" \
    -d "{\"query\":\"$open_doc\",\"variables\":{\"input\":{\"clientId\":\"$(gid Client "$m_client")\",\"debtorIds\":[\"$(gid Party "$m_debtor")\"],\"teamId\":\"$(gid Team "$m_team")\",\"claims\":[$claims_json]}}}")
  m_case=$(json_field id <<<"$opened")
  [[ -n "$m_case" ]] || die "bench: caseOpen for the money case failed: $opened"
  # shellcheck disable=SC2016
  pay_doc='mutation($input: PaymentRegisterInput!) { paymentRegister(input: $input) { payment { id } userErrors { code field message } } }'
  info "bench: money case $m_case: 50 claims; registering 200 payments through the API"
  t0=$(date +%s.%N) pay_failed=0
  for ((j = 1; j <= 200; j++)); do
    (( j % 50 == 0 )) && money_token=$(sign_in admin)
    paid=$(curl -sS -m 120 -X POST "$base/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $money_token" \
      -d "{\"query\":\"$pay_doc\",\"variables\":{\"input\":{\"caseId\":\"$m_case\",\"amount\":\"20.00\",\"valueDate\":\"$(date -d "-$((600 - 3 * j)) days" +%F)\",\"method\":\"BANK_TRANSFER\"}}}") || true
    grep -q '"userErrors":\[\]' <<<"$paid" || { pay_failed=$((pay_failed + 1)); (( pay_failed == 1 )) && info "bench: a payment failed: $paid"; }
  done
  t1=$(date +%s.%N)
  m_uuid=$(bench_psql -tA -c "SELECT case_id FROM claims WHERE invoice_number = '$m_prefix-1'")
  m_postings=$(bench_psql -tA -c "SELECT count(*) FROM ledger_postings WHERE case_id = '$m_uuid'")
  MONEY_LINES+=("$(awk -v t="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" -v f="$pay_failed" -v p="$m_postings" 'BEGIN {
      printf "money case: 50 claims, 200 payments of 20.00 registered through the API in %.1f s (%.0f ms each, every one re-allocating the case; %d refused); %d postings", t, t * 1000 / 200, f, p }')")
  info "bench: ${MONEY_LINES[-1]}"
  bench_psql -c "INSERT INTO bench.terms (kind, purpose, n, term, case_id)
                 SELECT 'money_case', p, 1, '$m_case', '$m_uuid' FROM unnest(ARRAY['wrk', 'warm', 'sql']) p"
  printf '%s\n' "$m_case" >"$work/terms/money_case.wrk.txt"
  printf '%s\n' "$m_case" >"$work/terms/money_case.warm.txt"
  KINDS="${KINDS:+$KINDS,}money_case"
  # shellcheck disable=SC2016
  MONEY_DOC="query CaseMoney(\$t: ID!) { node(id: \$t) { ... on Case { money(asOf: \"$(date +%F)\") { asOf isInterestConfirmed
    balance { principal { amount } interest { amount } costs { amount } paid { amount } credit { amount } open { amount currency } }
    claims { claim { id invoiceNumber } interestFrom interestRule balance { open { amount } }
             interestPeriods { firstDate lastDate days annualRatePercent base { amount } interest { amount } capitalisedAfter { amount } isConfirmed }
             charges { id kind amount { amount } valueDate explanation isReversed } }
    payments { valueDate amount { amount } isReversed credit { amount } allocations { claim { invoiceNumber } component amount { amount } } }
    postings { kind component amount { amount } valueDate claim { invoiceNumber } reverses explanation } } } } }"
  term_scenario money_case "money: statement 50/200" "${MONEY_DOC//$'\n'/ }" 50 docker/bench/sql-case-money.sql admin
  # and one request at a time: the latency of a single statement, without queueing for the 2 cores
  saved=("$CONNECTIONS" "$SQL_CLIENTS" "$THREADS" "$SQL_THREADS")
  CONNECTIONS=1 SQL_CLIENTS=1 THREADS=1 SQL_THREADS=1
  term_scenario money_case "money: statement, 1 conn" "${MONEY_DOC//$'\n'/ }" 50 docker/bench/sql-case-money.sql admin
  CONNECTIONS=${saved[0]} SQL_CLIENTS=${saved[1]} THREADS=${saved[2]} SQL_THREADS=${saved[3]}
fi
if (( CASES > 0 )) && [[ ",$MONEY_SCENARIOS," == *,accrual,* ]]; then
  # the night's situation: every snapshot from yesterday or before, and today's run not done yet (the backend runs no
  # scheduled check here, see its start above; an earlier accrualRunStart may have brought snapshots to today)
  bench_psql -c "UPDATE case_balances SET as_of = current_date - 1 WHERE as_of >= current_date" \
             -c "DELETE FROM ledger_accrual_runs WHERE run_date >= current_date - 1"
  read -r n_snap n_post n_claims < <(bench_psql -tA -F ' ' -c "SELECT (SELECT count(*) FROM case_balances),
      (SELECT count(*) FROM ledger_postings), (SELECT count(*) FROM claims)")
  info "bench: accrual run over $n_snap balance snapshots ($n_claims claims, $n_post postings) — accrualRunStart, waiting up to ${ACCRUAL_TIMEOUT}s"
  accrual_token=$(sign_in admin)
  # the mutation returns when the run ends; the HTTP connection may be closed sooner, so the figures come from the run's row
  curl -sS -m "$ACCRUAL_TIMEOUT" -X POST "$base/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $accrual_token" \
    -d '{"query":"mutation { accrualRunStart(input: {reason: \"make bench\"}) { accrualRun { status casesDone } userErrors { code message } } }"}' \
    >"$LOG_DIR/bench-accrual.log" 2>&1 || true
  run_row=""
  for ((i = 0; i < ACCRUAL_TIMEOUT; i += 5)); do
    run_row=$(bench_psql -tA -F ' ' -c "SELECT status, cases_done, cases_skipped, extract(epoch FROM finished_at - started_at)
                                          FROM ledger_accrual_runs WHERE run_date >= current_date - 1 AND status IN ('SUCCEEDED', 'FAILED')
                                         ORDER BY run_date DESC LIMIT 1")
    [[ -n "$run_row" ]] && break
    sleep 5
  done
  read -r a_status a_done a_skipped a_secs <<<"${run_row:-none 0 0 0}"
  t0=$(date +%s.%N)
  bench_psql -f docker/bench/sql-accrual-pass.sql >/dev/null
  t1=$(date +%s.%N)
  MONEY_LINES+=("$(awk -v st="$a_status" -v d="$a_done" -v k="$a_skipped" -v s="$a_secs" -v n="$n_snap" -v c="$n_claims" -v p="$n_post" \
      -v sql="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" 'BEGIN {
      printf "accrual run: %s, %d of %d snapshots recomputed (%d skipped) in %.1f s = %.0f cases/s (%d claims, %d postings); bare SQL pass over the same rows %.1f s; run/SQL %.1f×",
             st, d, n, k, s, (s > 0 ? d / s : 0), c, p, sql, (sql > 0 ? s / sql : 0) }')")
  info "bench: ${MONEY_LINES[-1]}"
fi

# --- report
auto_explain_file=""
if [[ -n "$pg_log_from" ]]; then
  auto_explain_file="$LOCAL_DIR/bench/auto-explain-$stamp.txt"
  tail -c +"$((pg_log_from + 1))" "$pg_log" >"$auto_explain_file"
fi
report="$LOCAL_DIR/bench/bench-$stamp.txt"
{
  cpu=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  mem=$(awk '/^MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || true)
  jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)
  echo
  echo "machine: $(nproc) cores${cpu:+ ($cpu)}, ${mem:-? memory}; JDK: $jdk; wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP), loopback"
  echo
  awk -v n="${#NAMES[@]}" '
    BEGIN {
      FS = "\t"
      printf "%-18s %10s %9s %9s %9s %11s %11s %11s  %s\n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "rps/floor", "p50/floor", "p99/floor", "errors"
    }
    {
      name[NR] = $1; rps[NR] = $2; p50[NR] = $3; p95[NR] = $4; p99[NR] = $5; err[NR] = $6
    }
    END {
      for (i = 1; i <= NR; i++) {
        r = (rps[1] > 0) ? sprintf("%.3f", rps[i] / rps[1]) : "-"
        a = (p50[1] > 0) ? sprintf("%.2f", p50[i] / p50[1]) : "-"
        b = (p99[1] > 0) ? sprintf("%.2f", p99[i] / p99[1]) : "-"
        if (rps[i] == 0) { r = "-"; a = "-"; b = "-" }
        printf "%-18s %10.1f %9.2f %9.2f %9.2f %11s %11s %11s  %s\n", name[i], rps[i], p50[i] / 1000, p95[i] / 1000, p99[i] / 1000, r, a, b, err[i]
      }
    }' < <(for i in "${!NAMES[@]}"; do
             printf '%s\t%s\t%s\t%s\t%s\t%s\n' "${NAMES[$i]}" "${RPS[$i]}" "${P50[$i]}" "${P95[$i]}" "${P99[$i]}" "${ERRS[$i]}"
           done)
  echo
  echo "/floor = ratio to the /health floor: rps/floor is the fraction of its throughput, p50/p99/floor multiples of its latency."
  if (( ${#PN[@]} > 0 )); then
    echo
    [[ -n "$GEN_LINE" ]] && echo "$GEN_LINE"
    [[ -n "$CASE_GEN_LINE" ]] && echo "$CASE_GEN_LINE"
    echo "party and case scenarios: GraphQL with a different sampled term per request (wrk -t$THREADS -c$CONNECTIONS -d$DURATION),"
    echo "as the demo admin (party scenarios), supervisor (case scenarios) or caseworker (cases: list (casewkr): their teams' cases);"
    echo "bare SQL: the statements the app runs for the same kind of term, pgbench -M prepared -c$SQL_CLIENTS -j$SQL_THREADS -T$(seconds "$SQL_DURATION") (other sampled terms)"
    echo
    awk '
      BEGIN {
        FS = "\t"
        printf "%-20s %8s %8s %8s %8s %7s %6s %6s | %8s %8s %8s %8s | %8s %8s  %s\n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "target", "p95/t", "found", "SQL tps", "avg ms", "p50 ms", "p95 ms", "p50 A/S", "tps S/A", "errors (API; SQL)"
      }
      {
        t = ($7 == "-") ? "-" : "<" $7
        pt = ($7 == "-" || $3 == 0) ? "-" : sprintf("%.2f", $4 / 1000 / $7)
        la = ($11 > 0 && $3 > 0) ? sprintf("%.1f", $3 / $11) : "-"
        ta = ($2 > 0 && $10 > 0) ? sprintf("%.1f", $10 / $2) : "-"
        printf "%-20s %8.1f %8.2f %8.2f %8.2f %7s %6s %6s | %8.1f %8.2f %8.2f %8.2f | %8s %8s  %s; %s\n", $1, $2, $3 / 1000, $4 / 1000, $5 / 1000, t, pt, $8, $10, $9, $11 / 1000, $12 / 1000, la, ta, $6, $13
      }' < <(for i in "${!PN[@]}"; do
               printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${PN[$i]}" "${PRPS[$i]}" "${PP50[$i]}" "${PP95[$i]}" \
                 "${PP99[$i]}" "${PERR[$i]}" "${PTARGET[$i]}" "${PFOUND[$i]}" "${SAVG[$i]}" "${STPS[$i]}" "${SP50[$i]}" "${SP95[$i]}" "${SERR[$i]}"
             done)
    echo
    echo "target: the p95 aimed at (quick search < 100 ms, list < 50 ms), printed beside the figure, not judged; p95/t = p95 ÷ target."
    echo "found: answers with at least one party or case. p50 A/S = API p50 ÷ SQL p50; tps S/A = SQL tps ÷ API req/s (both: what the"
    echo "backend adds on top of the database). SQL percentiles from pgbench's per-transaction log."
    echo "EXPLAIN (ANALYZE, BUFFERS) per kind: ${explain_file#"$REPO_ROOT"/}; raw pgbench output: .local/logs/bench-pgbench.log"
  fi
  if [[ -n "$auto_explain_file" ]]; then
    echo "backend statements slower than ${AUTO_EXPLAIN} ms (auto_explain): ${auto_explain_file#"$REPO_ROOT"/}"
  fi
  if (( ${#MONEY_LINES[@]} > 0 )); then echo; printf '%s\n' "${MONEY_LINES[@]}"; fi   # money scenarios (issue 4)
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (other work on the machine skews every figure)"
  echo "Figures, not verdicts: compare runs on the same machine. Raw wrk output: .local/logs/bench-wrk.log"
} | tee "$report"
info "bench: report saved to ${report#"$REPO_ROOT"/}"
