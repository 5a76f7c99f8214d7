-- wrk script: POST the emergency department example to /api/check.
-- wrk -t2 -c16 -d30s --latency -s docs/load/check-ed.lua http://127.0.0.1:8080/api/check
local f = assert(io.open("examples/emergency-department.yaml", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/yaml"
