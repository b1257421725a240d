#!/usr/bin/env bash
# Impact Site benchmark: generate synthetic initiatives and time the engine and the whole Maven build.
#
#   bash bench/run.sh                 # small medium large
#   bash bench/run.sh large           # one size (tiny, small, medium, large)
#   BENCH_SKIP_INSTALL=1 bash bench/run.sh small   # reuse the last install (faster re-runs)
#   BENCH_SEED=42 bash bench/run.sh   # another synthetic initiative of the same sizes
#   BENCH_RUNS=3 bash bench/run.sh    # three engine runs per size, the fastest reported
#
# Needs JDK 17 and Maven; needs the network only for the first `mvn install` of a fresh local
# repository. Everything it writes goes to bench/work/ (git-ignored). See bench/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$here/work"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(small medium large)
seed="${BENCH_SEED:-20240601}"
heap="${BENCH_XMX:-1g}"
runs="${BENCH_RUNS:-1}"

for s in "${sizes[@]}"; do
  case "$s" in tiny|small|medium|large) ;; *) echo "unknown size '$s' (tiny, small, medium, large)" >&2; exit 64 ;; esac
done

mkdir -p "$work"
now() { date +%s%N; }
load() { cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# 1. The plugin into the local repository (the whole-Maven measurement resolves it from there),
#    and the benchmark classes. Invoker ITs are skipped: they test the plugin, not its speed.
if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  echo "== mvn install (repository root)"
  (cd "$repo" && mvn -B -q install -DskipTests -Dinvoker.skip=true)
else
  # Only the benchmark's own classes, against the plugin already in the local repository.
  echo "== compile bench (plugin from the local repository)"
  mvn -B -q -o -f "$here/pom.xml" compile
fi
echo "== classpath"
mvn -B -q -o -f "$here/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
cp="$here/target/classes:$(cat "$work/classpath.txt")"

# 2. A tiny site project built once with Maven: resolves maven-site-plugin and the plugin's own
#    dependencies into the local repository (online only together with the install above; after
#    that everything runs with -o), and warms the disk cache so the timed runs compare fairly.
echo "== warm-up: mvn site on a tiny generated site project"
rm -rf "$work/warmup"
java -cp "$cp" io.impactsite.bench.Generate tiny "$work/warmup" "$seed" >/dev/null
offline=-o
if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then offline=; fi
if ! (cd "$work/warmup" && mvn -B -q $offline site) >"$work/mvn-warmup.txt" 2>&1; then
  echo "   the warm-up build failed, see $work/mvn-warmup.txt" >&2
  tail -n 20 "$work/mvn-warmup.txt" >&2
  exit 1
fi

have_time=0
if [ -x /usr/bin/time ]; then have_time=1; fi

field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
faster() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

results=()
status=0
for size in "${sizes[@]}"; do
  content="$work/$size"
  out="$work/out-$size"
  echo "== $size: generate (seed $seed)"
  rm -rf "$content" "$out" "$work/engine-$size"*.txt "$work/time-$size"*.txt "$work/mvn-$size.txt"
  java -cp "$cp" io.impactsite.bench.Generate "$size" "$content" "$seed"

  # The engine, in a fresh JVM each run; with BENCH_RUNS > 1 the fastest run is reported.
  best=""
  for run in $(seq 1 "$runs"); do
    echo "== $size: engine run $run/$runs (RunEngine, -Xmx$heap; load average $(load))"
    log="$work/engine-$size-$run.txt"
    timelog="$work/time-$size-$run.txt"
    rm -rf "$out"
    t0=$(now)
    set +e
    if [ $have_time = 1 ]; then
      /usr/bin/time -v -o "$timelog" java -Xmx"$heap" -cp "$cp" io.impactsite.bench.RunEngine "$content" "$out" >"$log"
    else
      java -Xmx"$heap" -cp "$cp" io.impactsite.bench.RunEngine "$content" "$out" >"$log"
    fi
    rc=$?
    set -e
    t1=$(now)
    if [ $rc -ne 0 ]; then
      echo "   RunEngine failed (exit $rc)" >&2
      best=""
      break
    fi
    line=$(tail -n 1 "$log")
    if [ $have_time = 1 ]; then
      rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): *\([0-9]*\).*/\1/p' "$timelog")
      rss_mib=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
    else
      rss_mib=$(field peak_rss_mib "$line")
    fi
    process_s=$(secs "$t0" "$t1")
    echo "   $line process_s=$process_s rss_mib=$rss_mib"
    candidate="$(field pages "$line") $process_s $(field engine_s "$line") $(field engine_cpu_s "$line") $(field peak_heap_mib "$line") $rss_mib"
    if [ -z "$best" ] || faster "$(cut -d ' ' -f 3 <<<"$candidate")" "$(cut -d ' ' -f 3 <<<"$best")"; then
      best="$candidate"
    fi
  done
  if [ -z "$best" ]; then
    results+=("$size FAILED - - - - - -")
    status=1
    continue
  fi

  echo "== $size: mvn -o site (generated site project; load average $(load))"
  t0=$(now)
  set +e
  (cd "$content" && mvn -B -q -o site) >"$work/mvn-$size.txt" 2>&1
  rc=$?
  set -e
  t1=$(now)
  if [ $rc -ne 0 ]; then
    echo "   mvn site failed (exit $rc), see $work/mvn-$size.txt" >&2
    tail -n 20 "$work/mvn-$size.txt" >&2
    mvn_s=FAILED
    status=1
  else
    mvn_s=$(secs "$t0" "$t1")
  fi
  echo "   mvn_site_s=$mvn_s"
  results+=("$size $best $mvn_s")
done

{
  echo
  echo "Impact Site benchmark (seed $seed, -Xmx$heap, best of $runs engine run(s), $(nproc 2>/dev/null || echo '?') cores, $(java -version 2>&1 | head -n 1))"
  echo "Load average at the end: $(load) (other work on the machine inflates every figure)"
  printf '%-7s %7s %10s %9s %13s %14s %13s %11s\n' size pages process_s engine_s engine_cpu_s peak_heap_mib peak_rss_mib mvn_site_s
  for r in "${results[@]}"; do
    # shellcheck disable=SC2086
    printf '%-7s %7s %10s %9s %13s %14s %13s %11s\n' $r
  done
} | tee "$work/results.txt"
exit $status
