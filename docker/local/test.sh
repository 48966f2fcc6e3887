#!/usr/bin/env bash
# `make test` and friends: runs the named suites (backend, frontend, e2e) in that order, keeps going after a
# failure, prints one summary line per suite and then the totals as "N passed, N failed"; exits 1 when
# anything failed. Each suite's full output goes to .local/logs/<suite>.log; the tail of a failing one is
# printed.
#
# Test database for the backend: $VORDA_TEST_DATABASE_URL (+ _USER/_PASSWORD) when set; else Testcontainers
# when a Docker engine answers (the variable stays unset); else the private cluster's `postgres` maintenance
# database (the tests create a fresh database per run there). E2E always gets a fresh database
# vorda_e2e_<timestamp> on the private cluster, dropped afterwards. VORDA_E2E_ARGS passes extra Playwright
# arguments (e.g. "--repeat-each=5 tests/some.spec.ts" to hunt a flaky journey).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
source "$HERE/lib.sh"
MAKE=${MAKE:-make}
cd "$REPO_ROOT"

(( $# > 0 )) || set -- backend frontend e2e
ensure_local_dir "$LOG_DIR"

SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

# record LINE PASSED FAILED [LOG]: remember a suite's summary; when it failed, print the log's first error
# lines (the cause is often far above the end, e.g. for npm) and its tail.
record() {
  SUMMARY+=("$1")
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
  local log=${4:-}
  if (( $3 > 0 )) && [[ -n "$log" && -s "$log" ]]; then
    local rel=${log#"$REPO_ROOT"/}
    echo "---- $1"
    echo "---- first error lines of $rel ----"
    grep -v -E '^npm warn' "$log" | grep -m 15 -E '\[ERROR\]|ERROR|[Ee]rror[: ]|FAIL|✘|×' || echo "(none matched)"
    echo "---- last 60 lines of $rel ----"
    tail -n 60 "$log"
    echo "---- end of $rel ----"
  fi
}

strip_ansi() { sed -E 's/\x1b\[[0-9;?]*[A-Za-z]//g'; }

# --- shared state, cleaned up on any exit (also Ctrl-C)
cluster_started=false
e2e_pid=""
e2e_db=""
cleanup() {
  trap - EXIT INT TERM
  if [[ -n "$e2e_pid" ]]; then stop_pid "$e2e_pid"; e2e_pid=""; fi
  if [[ -n "$e2e_db" ]]; then "$HERE/pg-cluster.sh" drop-db "$e2e_db" >/dev/null 2>&1 || true; e2e_db=""; fi
  if $cluster_started; then "$HERE/pg-cluster.sh" stop || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts the private cluster unless it runs already (then it is left running at the end, as found).
ensure_cluster() {
  "$HERE/pg-cluster.sh" available || return 1
  if ! "$HERE/pg-cluster.sh" status >/dev/null; then
    "$HERE/pg-cluster.sh" start || return 1
    cluster_started=true
  fi
}

# ------------------------------------------------------------------------------------------- backend

# Sums tests/failures/errors/skipped over Surefire and Failsafe XML reports: prints "tests failed skipped".
junit_totals() {
  local files=()
  local f
  for f in backend/target/surefire-reports/TEST-*.xml backend/target/failsafe-reports/TEST-*.xml; do
    [[ -f "$f" ]] && files+=("$f")
  done
  if (( ${#files[@]} == 0 )); then echo "0 0 0"; return; fi
  awk '
    function attr(s, name,   v) {
      if (match(s, " " name "=\"[0-9]+\"")) { v = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", v); return v + 0 }
      return 0
    }
    FNR == 1 { seen = 0 }
    !seen && /<testsuite[ >]/ {
      seen = 1
      t += attr($0, "tests"); f += attr($0, "failures") + attr($0, "errors"); s += attr($0, "skipped")
    }
    END { print t + 0, f + 0, s + 0 }
  ' "${files[@]}"
}

suite_backend() {
  local log="$LOG_DIR/backend.log" rc=0
  : >"$log"
  if [[ ! -f backend/pom.xml ]]; then record "backend: skipped (no backend/ yet)" 0 0; return; fi
  echo "==> backend: ./mvnw -B verify   (log: .local/logs/backend.log)"
  if ! "$HERE/java.sh" >>"$log" 2>&1; then
    record "backend: FAILED, no JDK >= 21 (see the log)" 0 1 "$log"; return
  fi

  local db_note
  if [[ -n "${VORDA_TEST_DATABASE_URL:-}" ]]; then
    db_note="VORDA_TEST_DATABASE_URL"
  elif docker_works; then
    unset VORDA_TEST_DATABASE_URL
    db_note="Testcontainers"
  else
    if ! ensure_cluster >>"$log" 2>&1; then
      record "backend: FAILED, no test database (see the log)" 0 1 "$log"; return
    fi
    VORDA_TEST_DATABASE_URL=$("$HERE/pg-cluster.sh" url postgres)
    export VORDA_TEST_DATABASE_URL VORDA_TEST_DATABASE_USER=postgres VORDA_TEST_DATABASE_PASSWORD=postgres
    db_note="private cluster $VORDA_TEST_DATABASE_URL"
  fi
  echo "    test database: $db_note" | tee -a "$log"

  # Old reports would be counted again: start from none.
  rm -rf backend/target/surefire-reports backend/target/failsafe-reports
  "$HERE/mvnw.sh" -B -ntp verify >>"$log" 2>&1 || rc=$?

  local tests failed skipped passed
  read -r tests failed skipped < <(junit_totals)
  passed=$((tests - failed - skipped))
  local line="backend: $passed passed, $failed failed"
  (( skipped > 0 )) && line+=", $skipped skipped"
  if (( rc != 0 && failed == 0 )); then
    # The build broke outside a test (compile error, plugin, coverage gate…): count it as one failure.
    failed=1
    if (( tests == 0 )); then
      line="backend: FAILED, the Maven build broke before any test ran (exit $rc, see the log)"
    else
      line="backend: $passed passed, 0 failed, but the Maven build FAILED afterwards (exit $rc, see the log)"
    fi
  fi
  record "$line" "$passed" "$failed" "$log"
}

# ------------------------------------------------------------------------------------------ frontend

# run_step DIR NAME LOG CMD…: runs one step, appending to LOG; prints ok/FAILED.
run_step() {
  local dir=$1 name=$2 log=$3; shift 3
  { echo; echo "===== $name: $*"; } >>"$log"
  if (cd "$dir" && "$@") >>"$log" 2>&1; then echo ok; else echo FAILED; fi
}

suite_frontend() {
  local log="$LOG_DIR/frontend.log"
  : >"$log"
  if [[ ! -f frontend/package.json ]]; then record "frontend: skipped (no frontend/ yet)" 0 0; return; fi
  echo "==> frontend: npm ci (if stale), codegen, typecheck, lint, vitest   (log: .local/logs/frontend.log)"
  if ! "$HERE/node-check.sh" >>"$log" 2>&1; then
    record "frontend: FAILED, node/npm missing or too old (see the log)" 0 1 "$log"; return
  fi
  if ! "$MAKE" -s frontend-deps >>"$log" 2>&1; then
    record "frontend: FAILED, npm ci failed (see the log)" 0 1 "$log"; return
  fi

  export CI=${CI:-true} NO_COLOR=1 FORCE_COLOR=0
  local codegen typecheck lint failed_steps=0
  codegen=$(run_step frontend codegen "$log" npm run -s codegen)
  typecheck=$(run_step frontend typecheck "$log" npm run -s typecheck)
  lint=$(run_step frontend lint "$log" npm run -s lint)
  local vlog="$LOG_DIR/frontend-vitest.log" vrc=0
  { echo; echo "===== vitest: npm run -s test"; } >>"$log"
  (cd frontend && npm run -s test) >"$vlog" 2>&1 || vrc=$?
  strip_ansi <"$vlog" >>"$log"

  # Vitest's closing "Tests  1 failed | 11 passed | 2 skipped (14)".
  local tline passed=0 failed=0 skipped=0
  tline=$(strip_ansi <"$vlog" | grep -E '^[[:space:]]*Tests[[:space:]]' | tail -n1 || true)
  [[ "$tline" =~ ([0-9]+)\ passed ]] && passed=${BASH_REMATCH[1]}
  [[ "$tline" =~ ([0-9]+)\ failed ]] && failed=${BASH_REMATCH[1]}
  [[ "$tline" =~ ([0-9]+)\ skipped ]] && skipped=${BASH_REMATCH[1]}
  local vitest_note=""
  if (( vrc != 0 && failed == 0 )); then failed=1; vitest_note=" (vitest exited $vrc)"; fi

  for s in "$codegen" "$typecheck" "$lint"; do [[ $s == ok ]] || failed_steps=$((failed_steps + 1)); done
  local line="frontend:"
  [[ $codegen == ok ]] || line+=" codegen FAILED,"
  line+=" typecheck $typecheck, lint $lint, $passed passed, $failed failed"
  (( skipped > 0 )) && line+=", $skipped skipped"
  line+=$vitest_note
  record "$line" "$passed" "$((failed + failed_steps))" "$log"
}

# ----------------------------------------------------------------------------------------------- e2e

suite_e2e() {
  local log="$LOG_DIR/e2e.log" blog="$LOG_DIR/e2e-backend.log"
  : >"$log"
  if [[ ! -f e2e-tests/package.json ]]; then record "e2e: skipped (no e2e-tests/ yet)" 0 0; return; fi
  echo "==> e2e: build, fresh database, backend, Playwright   (logs: .local/logs/e2e.log, e2e-backend.log)"
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "e2e needs Debian's Chromium at /usr/bin/chromium: apt-get install chromium" >>"$log"
    record "e2e: FAILED, /usr/bin/chromium missing (apt-get install chromium)" 0 1 "$log"; return
  fi
  if ! "$HERE/node-check.sh" >>"$log" 2>&1; then
    record "e2e: FAILED, node/npm missing or too old (see the log)" 0 1 "$log"; return
  fi
  { echo "===== build"; } >>"$log"
  if ! "$MAKE" -s build >>"$log" 2>&1; then
    record "e2e: FAILED, the jar or the front end did not build (see the log)" 0 1 "$log"; return
  fi
  if ! "$MAKE" -s e2e-deps >>"$log" 2>&1; then
    record "e2e: FAILED, npm ci in e2e-tests failed (see the log)" 0 1 "$log"; return
  fi
  if ! ensure_cluster >>"$log" 2>&1; then
    record "e2e: FAILED, no database (see the log)" 0 1 "$log"; return
  fi

  e2e_db="vorda_e2e_$(date +%Y%m%d_%H%M%S)_$$"
  if ! "$HERE/pg-cluster.sh" create-db "$e2e_db" >>"$log" 2>&1; then
    e2e_db=""
    record "e2e: FAILED, could not create the e2e database (see the log)" 0 1 "$log"; return
  fi

  local port java_home
  port=$(free_port 18080)
  java_home=$("$HERE/java.sh")
  (
    eval "$("$HERE/pg-cluster.sh" env "$e2e_db")"
    export VORDA_DB_URL VORDA_DB_USER VORDA_DB_PASSWORD
    export VORDA_JWT_SECRET
    VORDA_JWT_SECRET="e2e-$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=')"
    # the test clock lets a journey see days pass (an instalment missed) without waiting for them
    export MICRONAUT_SERVER_PORT=$port VORDA_DEMO_DATA=true VORDA_TEST_CLOCK=true
    [[ -f frontend/dist/index.html ]] && export VORDA_WEB_ROOT="$REPO_ROOT/frontend/dist"
    exec "$java_home/bin/java" -jar backend/target/vorda.jar
  ) >"$blog" 2>&1 </dev/null &
  e2e_pid=$!
  echo "    backend on port $port, database $e2e_db" | tee -a "$log"

  local passed=0 failed=0 skipped=0 flaky=0 rc=0 note=""
  if wait_for_health "http://127.0.0.1:$port/health" "$e2e_pid" 120 >>"$log" 2>&1; then
    local json="$LOG_DIR/e2e-results.json"
    rm -f "$json"
    ( cd e2e-tests && CI=${CI:-true} \
        VORDA_E2E_BASE_URL="http://localhost:$port" \
        PLAYWRIGHT_JSON_OUTPUT_FILE="$json" PLAYWRIGHT_JSON_OUTPUT_NAME="$json" \
        npx --no-install playwright test --reporter=list,json ${VORDA_E2E_ARGS:-} ) >>"$log" 2>&1 || rc=$?
    if [[ -s "$json" ]] && read -r passed failed skipped flaky < <(node -e '
          const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats || {};
          console.log([s.expected | 0, s.unexpected | 0, s.skipped | 0, s.flaky | 0].join(" "));' "$json" 2>>"$log"); then
      :
    else
      passed=0 failed=0 skipped=0 flaky=0
    fi
    if (( rc != 0 && failed == 0 )); then failed=1; note=" (Playwright exited $rc, see the log)"; fi
  else
    failed=1
    if kill -0 "$e2e_pid" 2>/dev/null; then note=", the backend gave no healthy /health within 120 s"
    else note=", the backend exited before /health answered"; fi
    { echo "---- last 60 lines of the backend log ----"; tail -n 60 "$blog"; } >>"$log"
  fi

  stop_pid "$e2e_pid"; e2e_pid=""
  "$HERE/pg-cluster.sh" drop-db "$e2e_db" >>"$log" 2>&1 || true
  e2e_db=""

  local line="e2e: $((passed + flaky)) passed, $failed failed"
  (( skipped > 0 )) && line+=", $skipped skipped"
  (( flaky > 0 )) && line+=" ($flaky flaky)"
  record "$line$note" "$((passed + flaky))" "$failed" "$log"
}

# -----------------------------------------------------------------------------------------------------

for suite in "$@"; do
  start=$SECONDS
  case $suite in
    backend) suite_backend ;;
    frontend) suite_frontend ;;
    e2e) suite_e2e ;;
    *) die "unknown suite '$suite' (backend, frontend, e2e)" ;;
  esac
  echo "    ($suite took $((SECONDS - start)) s)"
done

echo
printf '%s\n' "${SUMMARY[@]}"
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
(( TOTAL_FAILED == 0 ))
