-- wrk script shared by every `make bench` scenario (docker/local/bench.sh sets the environment):
--   BENCH_METHOD  HTTP method (default GET)
--   BENCH_BODY    request body; sent as application/json when set
--   BENCH_TOKEN   bearer token; sent as "Authorization: Bearer …" when set
-- done() prints one machine-readable line that bench.sh parses (latencies in microseconds). Requests that
-- got a status >= 400 are counted by wrk as status errors and reported, so a scenario that silently gets
-- 401s is visible instead of looking fast.

local method = os.getenv("BENCH_METHOD")
local body = os.getenv("BENCH_BODY")
local token = os.getenv("BENCH_TOKEN")

wrk.method = (method and method ~= "") and method or "GET"
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p95_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
