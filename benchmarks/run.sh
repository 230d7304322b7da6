#!/usr/bin/env bash
# Runs the benchmarks. Build first, from the repository root: mvn -q -Pbenchmarks -pl benchmarks -am -DskipTests package
#   benchmarks/run.sh quick   smoke run, about 1.5 minutes: every benchmark, one short warm-up and one short measurement
#   benchmarks/run.sh full    the published run, about 7 minutes on 2 cores: the annotated warm-up and
#                             measurement of each benchmark (Spring gets 30 s of warm-up), -prof gc
# Extra arguments go to JMH, e.g. `benchmarks/run.sh full 'ApplyCommand'` to run one class.
# Writes benchmarks/target/jmh-<mode>.json and .txt, and the JOL memory table to benchmarks/target/memory.md.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-quick}"
shift || true
jar=target/benchmarks.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q -Pbenchmarks -pl benchmarks -am -DskipTests package first" >&2; exit 1; }
case "$mode" in
  quick) flags=(-f 1 -wi 1 -w 200ms -i 1 -r 300ms) ;;
  full) flags=() ;;
  *) echo "usage: $0 quick|full [JMH arguments]" >&2; exit 2 ;;
esac
echo "load before: $(cat /proc/loadavg)"
java -jar "$jar" "${flags[@]}" -prof gc -rf json -rff "target/jmh-$mode.json" "$@" | tee "target/jmh-$mode.txt"
echo "load after: $(cat /proc/loadavg)"
java -Djdk.attach.allowAttachSelf -cp "$jar" org.oversight.complaint.benchmarks.MemoryFootprint --detail \
  | tee target/memory.md
