#!/usr/bin/env bash
# Dispatch benchmark (see docs/benchmarks.md): a week of checkpoint duty at Mawei's scale — 464
# checkpoints × 3 shifts × 7 days, 2–3 people each (23,737 slots), 9,900 people in 4 townships —
# filled by the greedy first fit (the baseline) and by the solver, township by township in
# parallel, in the same run. Target: no hard rule broken, within 60 s; no more empty slots than
# the greedy fill; half its spread of weekly hours or less.
# Usage: mvn -B install -DskipTests && modules/dispatch/benchmark.sh [limit-seconds] [seed]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo/modules/dispatch/dispatch-core"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
nproc_note="$(nproc) cores, $(java -version 2>&1 | head -1)"
echo "== $nproc_note"
java -Xmx3g -cp "$cp" org.qunfang.dispatch.benchmark.RosterBenchmark "${1:-55}" "${2:-20200202}" 2>&1 |
  grep -v '^SLF4J'
