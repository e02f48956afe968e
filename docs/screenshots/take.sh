#!/usr/bin/env bash
# Takes the dashboard screenshots in this folder with headless Chromium against `natospend serve` on loopback.
# Usage: bash docs/screenshots/take.sh   (needs /usr/bin/chromium; builds the CLI first)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=5091
dotnet build src/NatoSpend.Cli -c Release -v quiet -nologo >/dev/null
dotnet src/NatoSpend.Cli/bin/Release/net10.0/natospend.dll serve --urls "http://127.0.0.1:${port}" >/dev/null &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:${port}/api/v1/editions" >/dev/null && break; sleep 0.2; done
shot() { # name, path, width, height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --virtual-time-budget=10000 \
    --window-size="$3,$4" --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:${port}/$2" 2>/dev/null
}
shot overview "" 1280 1900
shot overview-narrow "" 500 1700
shot ally "ally.html?code=DEU&edition=2026" 1280 3900
shot check "check.html?template=DEU&template-rules=hague-2025&rules=hague-draft-2032" 1280 2900
shot scenario "scenario.html?shape=front-loaded&rules=hague-2025" 1280 2000
shot scenario-narrow "scenario.html?shape=linear" 420 2400
shot about "about.html" 1280 1500
shot simulate "simulate.html?ally=DEU&draws=20000&seed=7" 1280 2000
shot scorecard "scorecard.html?rules=hague-2025" 1280 2600
shot world "world.html?release=sipri-2025&year=2025" 1280 1900
shot world-ppp "world.html?release=sipri-2025&year=2025&prices=ppp" 1280 1900
shot changes "changes.html?editions=2025,2026" 1280 2200
shot overview-readings "?year=2025&columns=readings" 1280 1900
shot api-reference "scalar/" 1280 900
