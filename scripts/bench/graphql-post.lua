-- wrk script for scripts/bench/bench.py: POSTs one GraphQL request body (the file named by WRK_BODY_FILE) over and
-- over, counts responses that are not HTTP 200 or that carry GraphQL "errors", and prints one JSON line of results.
-- Latency is wrk's own: from sending a request to its full response, per connection (a closed loop: each of the
-- connections sends its next request when the last one is answered).

local file = assert(io.open(assert(os.getenv("WRK_BODY_FILE"), "set WRK_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  graphql_errors = 0
  first_error = ""
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
    if first_error == "" then
      first_error = string.sub(body, 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local errors, example = 0, ""
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("graphql_errors")
    if example == "" then
      example = thread:get("first_error")
    end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"graphql_errors":%d,"status_errors":%d,"socket_errors":%d,"example_error":"%s"}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, errors, e.status, e.connect + e.read + e.write + e.timeout,
    (string.gsub(example, '[%c"\\]', "?"))))
end
