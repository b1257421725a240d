#!/usr/bin/env bash
# Lighthouse (mobile) on the example site's home, report card, indicator pages, a goal page and partners, and the
# gzip weight of each page's first load. See bench/README.md, "Lighthouse and page weight".
#
#   bash bench/lighthouse.sh               # builds content/ with the working tree's engine, then measures
#   LH_SITE=path/to/site bash bench/lighthouse.sh   # measures a site already built
#   LH_RUNS=3 bash bench/lighthouse.sh     # the median performance score of three runs per page
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/bench/work/lighthouse"
mkdir -p "$work"
chromium=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "Chromium is missing: apt-get install -y chromium" >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js is missing: apt-get install -y nodejs npm" >&2; exit 1; }

# 1. Lighthouse itself, from the npm registry into bench/lighthouse/node_modules (git-ignored), as package-lock.json pins it.
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi

# 2. The site: built with the working tree's engine and theme (nothing installed into ~/.m2).
site=${LH_SITE:-}
if [ -z "$site" ]; then
  mvn -o -q -pl plugin -am compile -Dinvoker.skip
  mvn -o -q -pl plugin dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
  rm -rf "$work/site"
  java -cp "site-template/target/classes:plugin/target/classes:$(cat "$work/classpath.txt")" \
    bench/lighthouse/BuildExample.java content "$work/site" 2>/dev/null
  site="$work/site"
fi

# 3. A static server with gzip, on a free port of 127.0.0.1.
node bench/lighthouse/serve.mjs "$site" > "$work/port.txt" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$work/port.txt" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port.txt")"

pages=(
  "home=/"
  "report-card=/indicators/"
  "indicator=/indicators/kindergarten-readiness/"
  "indicator-with-map=/indicators/child-care-capacity/"
  "goal=/goals/kindergarten-ready/"
  "partners=/partners/"
)
runs=${LH_RUNS:-1}
echo "Lighthouse $(bench/lighthouse/node_modules/.bin/lighthouse --version), mobile, simulated throttling; $("$chromium" --version 2>/dev/null | head -1)"
printf '%-36s %5s %5s %5s %5s %9s %9s %8s  %s\n' page perf a11y bp seo "KB gzip" requests echarts "failed audits"
for entry in "${pages[@]}"; do
  name=${entry%%=*}
  path=${entry#*=}
  lines=()
  for run in $(seq "$runs"); do
    CHROME_PATH="$chromium" bench/lighthouse/node_modules/.bin/lighthouse "$base$path" --quiet \
      --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --output=json --output-path="$work/$name-$run.json" >/dev/null 2>"$work/$name-$run.log" || {
        echo "$name: Lighthouse failed, see $work/$name-$run.log" >&2; continue; }
    lines+=("$(node bench/lighthouse/scores.mjs "$work/$name-$run.json" "$name $path")")
  done
  # the run with the median performance score
  printf '%s\n' "${lines[@]}" | sort -k3,3n | sed -n "$(( (${#lines[@]} + 1) / 2 ))p"
done

# 4. Page weight, gzip -9, from the files: what each page loads before any interaction, and ECharts, which loads
#    only when the reader reaches for a chart.
gz() { gzip -9c "$1" | wc -c; }
echo
echo "First load before interaction (gzip -9 bytes): HTML + site.css + the scripts the page names or site.js loads"
printf '%-36s %8s %8s %8s %8s %9s   %s\n' page html css site.js share.js total "on interaction"
for entry in "${pages[@]}"; do
  name=${entry%%=*}
  path=${entry#*=}
  html="$site${path}index.html"
  h=$(gz "$html"); c=$(gz "$site/theme/site.css"); j=0; s=0; later="-"
  if grep -q 'theme/site.js' "$html"; then j=$(gz "$site/theme/site.js"); fi
  if grep -q -e 'data-chart-share' -e 'data-series-panel' "$html"; then s=$(gz "$site/theme/share.js"); fi
  lib=$(grep -o 'data-echarts="[^"]*"' "$html" | sed 's/.*theme\///; s/"$//' || true)
  [ -n "$lib" ] && later="$lib $(gz "$site/theme/$lib")"
  printf '%-36s %8d %8d %8d %8d %9d   %s\n' "$name" "$h" "$c" "$j" "$s" $((h + c + j + s)) "$later"
done
