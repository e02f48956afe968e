#!/usr/bin/env bash
# Measures every dashboard page with Lighthouse 12.8 on its mobile preset (simulated slow 4G, 4x CPU), as the issue asks:
#   bash tests/lighthouse/run.sh http://127.0.0.1:5000      (start the app first: natospend serve)
# Prints one line per page: performance, accessibility, LCP, TBT, CLS and bytes transferred. Uses Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://127.0.0.1:5000}"
export PUPPETEER_SKIP_DOWNLOAD=1 CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund >/dev/null
out="$(mktemp -d)"
for page in "" ally.html scorecard.html scenario.html simulate.html check.html world.html changes.html about.html; do
  name="${page%.html}"; name="${name:-index}"
  node_modules/.bin/lighthouse "$base/$page" --only-categories=performance,accessibility --output=json \
    --output-path="$out/$name.json" --chrome-flags="--headless=new --no-sandbox" --quiet
  node -e '
    const r = require(process.argv[1]), a = r.audits;
    console.log([process.argv[2].padEnd(10), "performance", Math.round(r.categories.performance.score * 100),
      "accessibility", Math.round(r.categories.accessibility.score * 100), "LCP", a["largest-contentful-paint"].displayValue,
      "TBT", a["total-blocking-time"].displayValue, "CLS", a["cumulative-layout-shift"].displayValue,
      "transferred", Math.round(a["total-byte-weight"].numericValue / 1024) + " KiB"].join(" "));' "$out/$name.json" "$name"
done
rm -rf "$out"
