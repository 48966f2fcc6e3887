-- wrk script for the party scenarios of `make bench`: one GraphQL POST per request, each with the next search
-- term (or id) from a file of real values sampled from the bench database, so no two consecutive requests ask
-- the same thing and no cache flatters the figure. docker/local/bench.sh sets the environment:
--   BENCH_TERMS   file with one term per line (UTF-8); each wrk thread starts at its own random offset
--   BENCH_QUERY   the GraphQL document; it declares one variable $t that receives the term
--   BENCH_TOKEN   bearer token
--   BENCH_HIT     a plain substring of a response that found something (e.g. "\"id\""); counted as "found"
--   BENCH_TERM_JSON  when "1", each line is already a JSON value (e.g. ["ACTIVE","PROMISE"]) and is sent as it is
-- done() prints the BENCH_RESULT line of request.lua plus found=, graphql_errors= and responses=, so a scenario
-- whose terms silently find nothing, or whose answers are GraphQL errors (HTTP 200), is visible.

local terms_file = os.getenv("BENCH_TERMS")
local query = os.getenv("BENCH_QUERY") or ""
local token = os.getenv("BENCH_TOKEN") or ""
local hit = os.getenv("BENCH_HIT") or "\"id\""
local term_json = os.getenv("BENCH_TERM_JSON") == "1"

local function json_string(s)
  s = s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == '\\' then return '\\\\' end
    return string.format("\\u%04x", string.byte(c))
  end)
  return '"' .. s .. '"'
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  table.insert(threads, thread)
end

local terms, position, prefix, headers

function init(args)
  terms = {}
  local f = assert(io.open(terms_file, "r"), "cannot read BENCH_TERMS " .. tostring(terms_file))
  for line in f:lines() do
    if line ~= "" then terms[#terms + 1] = line end
  end
  f:close()
  assert(#terms > 0, "no terms in " .. terms_file)
  -- each thread starts at its own random place in the list, so threads don't send the same terms together
  math.randomseed(os.time() * 1000 + (thread_no or 1) * 7919)
  position = math.random(#terms) - 1
  prefix = '{"query":' .. json_string(query) .. ',"variables":{"t":'
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  found = 0
  graphql_errors = 0
  responses = 0
end

function request()
  position = position % #terms + 1
  local term = terms[position]
  return wrk.format("POST", nil, headers, prefix .. (term_json and term or json_string(term)) .. "}}")
end

function response(status, resp_headers, body)
  responses = responses + 1
  if status == 200 then
    if body:find('"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
    if body:find(hit, 1, true) then found = found + 1 end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  local f, g, r = 0, 0, 0
  for _, t in ipairs(threads) do
    f = f + (t:get("found") or 0)
    g = g + (t:get("graphql_errors") or 0)
    r = r + (t:get("responses") or 0)
  end
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p95_us=%d p99_us=%d status_errors=%d socket_errors=%d found=%d graphql_errors=%d responses=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout, f, g, r))
end
