#!/usr/bin/env bash
# Impact Site preview benchmark: how soon an edit shows in `impactsite:serve`.
#
#   bash bench/preview.sh               # medium and large
#   bash bench/preview.sh medium        # one size
#   BENCH_SKIP_INSTALL=1 bash bench/preview.sh
#
# For each size: generates the initiative (seed as run.sh), starts the preview's engine in a fresh
# JVM (RunPreview), then edits one update, one indicator CSV and initiative.yml ten times each and
# prints the median, from the file's write, of (a) the edited file's own pages (and those open
# lately) in the preview's memory, (b) the reload event sent to the browser tabs and (c) every page
# the edit changed rendered (the rest follow in the background). Writes only under bench/work/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$here/work"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(medium large)
seed="${BENCH_SEED:-20240601}"
mkdir -p "$work"

if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  echo "== mvn install (repository root)"
  (cd "$repo" && mvn -B -q install -DskipTests -Dinvoker.skip=true)
fi
mvn -B -q -o -f "$here/pom.xml" compile
mvn -B -q -o -f "$here/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
cp="$here/target/classes:$(cat "$work/classpath.txt")"

for size in "${sizes[@]}"; do
  content="$work/preview-$size"
  rm -rf "$content"
  java -cp "$cp" io.impactsite.bench.Generate "$size" "$content" "$seed" >/dev/null
  echo "== $size: preview (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
  java -Xmx1g -cp "$cp" io.impactsite.bench.RunPreview "$content" 2>/dev/null | tee "$work/preview-$size.txt"
done
