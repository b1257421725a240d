#!/usr/bin/env bash
# Impact Site benchmark: generate synthetic initiatives and time the engine, the whole Maven build
# and Maven's own floor (`mvn validate` on an empty pom), all in the same run.
#
#   bash bench/run.sh                 # small medium large
#   bash bench/run.sh large xlarge    # some sizes (tiny, small, medium, large, xlarge)
#   BENCH_SKIP_INSTALL=1 bash bench/run.sh small   # reuse the last install (faster re-runs)
#   BENCH_SEED=42 bash bench/run.sh   # another synthetic initiative of the same sizes
#   BENCH_RUNS=5 bash bench/run.sh    # five engine runs and five `mvn site` runs per size
#   BENCH_STAT=best BENCH_RUNS=3 bash bench/run.sh   # the fastest run instead of the median
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
# The JVM settings of the site projects Impact Site writes (.mvn/jvm.config): the JIT's first tier, one GC thread.
jvm="${BENCH_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
runs="${BENCH_RUNS:-1}"
stat="${BENCH_STAT:-median}"
floor_runs=3

for s in "${sizes[@]}"; do
  case "$s" in tiny|small|medium|large|xlarge) ;;
    *) echo "unknown size '$s' (tiny, small, medium, large, xlarge)" >&2; exit 64 ;; esac
done
case "$stat" in median|best) ;; *) echo "BENCH_STAT is median or best, not '$stat'" >&2; exit 64 ;; esac
case "$runs" in ''|*[!0-9]*|0) echo "BENCH_RUNS is a number of runs (1 or more), not '$runs'" >&2; exit 64 ;; esac

mkdir -p "$work"
now() { date +%s%N; }
load() { cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
# The median of the numbers given (the mean of the middle two for an even count), or their
# minimum with BENCH_STAT=best; printed with the decimals of the first number.
pick() {
  local mode="$1"; shift
  printf '%s\n' "$@" | sort -g | awk -v mode="$mode" -v first="$1" '
    { v[NR] = $1 }
    END {
      d = index(first, ".") ? length(first) - index(first, ".") : 0
      if (mode == "best") x = v[1]
      else x = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%." d "f\n", x
    }'
}
median() { pick median "$@"; }

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

# 3. Maven's floor: an empty project (no plugins, nothing to resolve) validated offline. What any
#    `mvn` command costs before a plugin runs; `mvn site` is read against it.
rm -rf "$work/empty"
mkdir -p "$work/empty"
cat >"$work/empty/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <!-- Written by bench/run.sh: the Maven floor, `mvn -B -q -o validate` with nothing to do. -->
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.example</groupId>
  <artifactId>empty</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
</project>
POM
# Prints the median of $floor_runs timed runs, or FAILED.
maven_floor() {
  local t=() t0 t1 i
  for i in $(seq 1 "$floor_runs"); do
    t0=$(now)
    if ! (cd "$work/empty" && mvn -B -q -o validate) >"$work/mvn-floor.txt" 2>&1; then
      echo FAILED
      return
    fi
    t1=$(now)
    t+=("$(secs "$t0" "$t1")")
  done
  median "${t[@]}"
}

have_time=0
if [ -x /usr/bin/time ]; then have_time=1; fi

declare -A engine_s_of
results=()
status=0
for size in "${sizes[@]}"; do
  content="$work/$size"
  out="$work/out-$size"
  echo "== $size: generate (seed $seed)"
  rm -rf "$content" "$out" "$work/engine-$size"*.txt "$work/time-$size"*.txt "$work/mvn-$size"*.txt
  java -cp "$cp" io.impactsite.bench.Generate "$size" "$content" "$seed"

  # The engine, in a fresh JVM each run.
  pages=() process=() engine=() cpu=() heapmib=() rss=() fastest=""
  for run in $(seq 1 "$runs"); do
    echo "== $size: engine run $run/$runs (RunEngine, -Xmx$heap; load average $(load))"
    log="$work/engine-$size-$run.txt"
    timelog="$work/time-$size-$run.txt"
    rm -rf "$out"
    t0=$(now)
    set +e
    if [ $have_time = 1 ]; then
      /usr/bin/time -v -o "$timelog" java -Xmx"$heap" $jvm -cp "$cp" io.impactsite.bench.RunEngine "$content" "$out" >"$log"
    else
      java -Xmx"$heap" $jvm -cp "$cp" io.impactsite.bench.RunEngine "$content" "$out" >"$log"
    fi
    rc=$?
    set -e
    t1=$(now)
    if [ $rc -ne 0 ]; then
      echo "   RunEngine failed (exit $rc)" >&2
      pages=()
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
    pages+=("$(field pages "$line")"); process+=("$process_s"); engine+=("$(field engine_s "$line")")
    cpu+=("$(field engine_cpu_s "$line")"); heapmib+=("$(field peak_heap_mib "$line")"); rss+=("$rss_mib")
    # With BENCH_STAT=best the row is the run with the fastest engine_s, every column from that run.
    if [ -z "$fastest" ] || awk -v a="${engine[-1]}" -v b="${engine[$fastest]}" 'BEGIN { exit !(a < b) }'; then
      fastest=$((${#engine[@]} - 1))
    fi
  done
  if [ ${#pages[@]} -eq 0 ]; then
    results+=("$size FAILED - - - - - - -")
    status=1
    continue
  fi
  if [ "$stat" = best ]; then
    i=$fastest
    row="${pages[$i]} ${process[$i]} ${engine[$i]} ${cpu[$i]} ${heapmib[$i]} ${rss[$i]}"
  else # each column the median of its own runs
    row="$(median "${pages[@]}") $(median "${process[@]}") $(median "${engine[@]}") $(median "${cpu[@]}")"
    row="$row $(median "${heapmib[@]}") $(median "${rss[@]}")"
  fi
  engine_s_of[$size]=$(cut -d ' ' -f 3 <<<"$row")

  echo "== $size: Maven floor, mvn -o validate on an empty pom, median of $floor_runs (load average $(load))"
  floor_s=$(maven_floor)
  echo "   mvn_floor_s=$floor_s"
  if [ "$floor_s" = FAILED ]; then
    echo "   see $work/mvn-floor.txt" >&2
    status=1
  fi

  site=()
  for run in $(seq 1 "$runs"); do
    echo "== $size: mvn -o site $run/$runs (generated site project, cold: no target/; load average $(load))"
    rm -rf "$content/target"   # a cold build: no previous site and no build cache
    t0=$(now)
    set +e
    (cd "$content" && mvn -B -q -o site) >"$work/mvn-$size-$run.txt" 2>&1
    rc=$?
    set -e
    t1=$(now)
    if [ $rc -ne 0 ]; then
      echo "   mvn site failed (exit $rc), see $work/mvn-$size-$run.txt" >&2
      tail -n 20 "$work/mvn-$size-$run.txt" >&2
      site=()
      status=1
      break
    fi
    site+=("$(secs "$t0" "$t1")")
    echo "   mvn_site_s=${site[-1]}"
  done
  if [ ${#site[@]} -eq 0 ]; then mvn_s=FAILED; else mvn_s=$(pick "$stat" "${site[@]}"); fi
  # Once more with nothing changed: the build cache in target/ must make it writes no page again.
  again_s=FAILED
  if [ "$mvn_s" != FAILED ]; then
    echo "== $size: mvn -o site again, nothing changed (load average $(load))"
    t0=$(now)
    if (cd "$content" && mvn -B -q -o site) >"$work/mvn-$size-again.txt" 2>&1; then again_s=$(secs "$t0" "$(now)"); fi
    echo "   mvn_again_s=$again_s"
  fi
  results+=("$size $row $mvn_s $floor_s $again_s")
done

{
  echo
  if [ "$stat" = best ]; then how="best of $runs run(s): the row of the fastest engine run, the fastest mvn site"
  else how="median of $runs run(s), each column on its own"; fi
  echo "Impact Site benchmark (seed $seed, -Xmx$heap $jvm, $how; mvn_floor_s: median of $floor_runs;" \
    "$(nproc 2>/dev/null || echo '?') cores, $(java -version 2>&1 | head -n 1))"
  echo "Load average at the end: $(load) (other work on the machine inflates every figure)"
  printf '%-7s %7s %10s %9s %13s %14s %13s %11s %12s %12s\n' \
    size pages process_s engine_s engine_cpu_s peak_heap_mib peak_rss_mib mvn_site_s mvn_floor_s mvn_again_s
  for r in "${results[@]}"; do
    # shellcheck disable=SC2086
    printf '%-7s %7s %10s %9s %13s %14s %13s %11s %12s %12s\n' $r
  done
  if [ -n "${engine_s_of[large]:-}" ] && [ -n "${engine_s_of[xlarge]:-}" ]; then
    awk -v l="${engine_s_of[large]}" -v x="${engine_s_of[xlarge]}" \
      'BEGIN { printf "Scaling: xlarge engine_s / large engine_s = %.2f (twice the content)\n", x / l }'
  fi
} | tee "$work/results.txt"
exit $status
