-- wrk script for POST /api/extract. BENCH_KEYS (default /tmp/bench-keys) holds body.json and token, written by
-- ExtractBenchmark's "body" and "token" commands. No response() callback: it would copy every answer into Lua.
local dir = os.getenv("BENCH_KEYS") or "/tmp/bench-keys"
local f = assert(io.open(dir .. "/body.json", "r"))
local body = f:read("*a")
f:close()
local t = assert(io.open(dir .. "/token", "r"))
local token = t:read("*l")
t:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
