-- wrk script for npm run bench: POST /api/tickets like a kiosk, each request with its own
-- Idempotency-Key, services in turn, one in five on the fast track.
local services = { "jht", "jkk-jkm-jp", "kepesertaan", "informasi" }
local n = 0
request = function()
  n = n + 1
  local fast = (n % 5 == 0) and '"elderly"' or 'null'
  local body = '{"serviceId":"' .. services[(n % 4) + 1] .. '","fastTrack":' .. fast .. '}'
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "wrk-" .. tostring(os.time()) .. "-" .. n }
  return wrk.format("POST", "/api/tickets", headers, body)
end
