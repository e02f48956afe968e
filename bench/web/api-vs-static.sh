#!/usr/bin/env bash
# The API against a static file of the same size, served side by side by the same server, with wrk on loopback.
# Prints one JSON object: requests/s and latency percentiles for each, the ratio, and a 304 against a 200.
#   bash bench/web/api-vs-static.sh [path-and-query]        (needs wrk: apt-get install -y wrk)
# Environment: DURATION (s, default 10), CONNECTIONS (default 32), THREADS (wrk's, default 1), PORT (default 5187).
set -euo pipefail
cd "$(dirname "$0")/../.."
query="${1:-/api/v1/status?year=2026}"
duration="${DURATION:-10}"; connections="${CONNECTIONS:-32}"; threads="${THREADS:-1}"; port="${PORT:-5187}"
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
dotnet build src/NatoSpend.Web -c Release -v q -nologo >/dev/null
app="$(dirname "$(find src/NatoSpend.Web/bin/Release -name NatoSpend.Web.dll -path '*net10.0*' | head -n 1)")"

# Warnings only, as natospend serve logs: a line per request would measure the logger.
Logging__LogLevel__Default=Warning dotnet "$app/NatoSpend.Web.dll" --urls "$base" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$app/wwwroot/bench-same-size.json"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "$base/api/v1/editions" && break; sleep 0.2; done

# The static file holds the answer's own bytes, so both responses are the same size.
curl -sf "$base$query" -o "$app/wwwroot/bench-same-size.json"
size=$(stat -c %s "$app/wwwroot/bench-same-size.json")
etag=$(curl -sfI "$base$query" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')

# wrk's summary: requests/s, and the latency distribution's 50%, 99% (in ms).
run() {
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@")
  local rps p50 p99 errors
  rps=$(sed -n 's/^Requests\/sec: *//p' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$( (grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$out" || true) | awk '{s+=$NF} END {print s+0}')
  errors=$((errors + $( (grep -o 'Socket errors: .*' <<<"$out" || true) | grep -o '[0-9]\+' | awk '{s+=$1} END {print s+0}')))
  printf '{"requests_per_s": %s, "p50": "%s", "p99": "%s", "errors": %s}' "$rps" "$p50" "$p99" "$errors"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v/1000; else if (v ~ /ms$/) print v+0; else print v*1000 }'; }

# Warm both paths, then measure them one after the other, twice each, alternating.
wrk -t1 -c4 -d2s "$base$query" >/dev/null; wrk -t1 -c4 -d2s "$base/bench-same-size.json" >/dev/null
api=$(run "$base$query"); static=$(run "$base/bench-same-size.json")
api2=$(run "$base$query"); static2=$(run "$base/bench-same-size.json")
api_br=$(run -H 'Accept-Encoding: br' "$base$query")
not_modified=$(run -H "If-None-Match: $etag" "$base$query")

rps() { sed -n 's/.*"requests_per_s": \([0-9.]*\).*/\1/p' <<<"$1"; }
ratio=$(awk -v a="$(rps "$api")" -v b="$(rps "$api2")" -v s="$(rps "$static")" -v t="$(rps "$static2")" 'BEGIN { printf "%.2f", (a+b)/(s+t) }')
cost=$(awk -v n="$(rps "$not_modified")" -v a="$(rps "$api")" -v b="$(rps "$api2")" 'BEGIN { printf "%.2f", ((a+b)/2)/n }')
cat <<JSON
{
  "query": "$query", "body_bytes": $size, "cores": $(nproc), "wrk": "-t$threads -c$connections -d${duration}s",
  "api": [$api, $api2],
  "static_file": [$static, $static2],
  "api_brotli": $api_br,
  "api_304": $not_modified,
  "api_to_static_ratio": $ratio,
  "cost_304_to_200": $cost,
  "p99_ms": [$(ms "$(sed -n 's/.*"p99": "\([^"]*\)".*/\1/p' <<<"$api")"), $(ms "$(sed -n 's/.*"p99": "\([^"]*\)".*/\1/p' <<<"$api2")")]
}
JSON
