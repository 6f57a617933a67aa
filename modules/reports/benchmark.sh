#!/usr/bin/env bash
# Report benchmark: a roster of 10,000 and 100,000 rows, each in a fresh JVM with -Xmx512m,
# through Qunfang's pipeline and through plain JasperReports as the reference.
# Usage: modules/reports/benchmark.sh            (after mvn -B install -DskipTests)
set -euo pipefail
core=$(cd "$(dirname "$0")/reports-core" && pwd)
cd "$core"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test >/dev/null
classpath="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
printf 'variant\trows\tfill_ms\texport_ms\tpages\tpdf_bytes\tpeak_heap_mb\n'
for rows in 10000 100000; do
  for variant in plain qunfang; do
    java -Xmx512m -Djava.awt.headless=true -cp "$classpath" \
      org.qunfang.reports.engine.control.RosterBenchmark "$variant" "$rows" 2>/dev/null \
      || printf '%s\t%s\tfailed (see: java -Xmx512m ... RosterBenchmark %s %s)\n' "$variant" "$rows" "$variant" "$rows"
  done
done
