-- wrk script: counts responses whose status is not 2xx (wrk itself counts only 4xx and 5xx),
-- then prints one line the benchmark reads:
-- wrk-report requests=… seconds=… non2xx=… connect=… read=… write=… timeout=… mean_ms=… p50_ms=… p90_ms=… p99_ms=… max_ms=…

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local total_non2xx = 0
  for _, thread in ipairs(threads) do
    total_non2xx = total_non2xx + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "wrk-report requests=%d seconds=%.3f non2xx=%d connect=%d read=%d write=%d timeout=%d " ..
    "mean_ms=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, total_non2xx, e.connect, e.read, e.write, e.timeout,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
