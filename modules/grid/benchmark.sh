#!/usr/bin/env bash
# Resident benchmark on PostgreSQL (see docs/benchmarks.md):
#  1. import 100,000 residents from .xlsx through the running product (REST, background job,
#     encryption, keyed hashes, duplicate checks), against the floor: a streaming read of the same
#     file + ID validation + a plain PostgreSQL COPY of its rows;
#  2. two more workbooks (300,000 residents in all), then list and search response times.
# Usage: mvn -B install -DskipTests && modules/grid/benchmark.sh
# Uses its own domain (port base 29000), data dir target/benchmark and database qunfang_bench.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
core="$repo/modules/grid/grid-core"
work="$repo/target/benchmark"
db=qunfang_bench
url="jdbc:postgresql://127.0.0.1:5432/$db"
api="http://localhost:29080/qunfang/api/v1"
rows=${ROWS:-100000}
mkdir -p "$work"

echo "== fresh database $db and server domain qunfang-bench"
export QUNFANG_DATA_DIR="$work/data" QUNFANG_DOMAIN=qunfang-bench QUNFANG_PORT_BASE=29000 \
  QUNFANG_DB_URL="$url" QUNFANG_DB_USER=postgres
"$repo/deploy/stop" >/dev/null 2>&1 || true
rm -rf "$work/data/h2" "$work/data/initial-admin-password"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" -c "create database $db"
"$repo/deploy/up" >/dev/null
mapfile -t first < "$work/data/initial-admin-password"
password="Bench$(date +%s)x9"
curl -sf -u "${first[0]}:${first[1]}" -X PUT -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"${first[1]}\",\"newPassword\":\"$password\"}" "$api/me/password"
auth=(-u "admin:$password")
post() { curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "$2" "$api/$1"; }

echo "== grids: one big grid and 20 small grids in 古峰镇"
big=$(post grids '{"kind":"BIG","name":"基准大网格","divisionCode":"350923100"}' | jq -r .id)
communities=$(psql -h 127.0.0.1 -U postgres -d $db -Atc \
  "select code from grid.division where code like '350923100___' order by code limit 20")
codes=()
for community in $communities; do
  codes+=("$(post grids "{\"kind\":\"SMALL\",\"name\":\"基准小网格\",\"divisionCode\":\"$community\",\"parentId\":\"$big\"}" | jq -r .code)")
done

echo "== workbooks of $rows rows"
cd "$core"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
for part in 0 1 2; do
  java -cp "$cp" org.qunfang.grid.intake.control.BenchmarkWorkbook "$work/residents-$part.xlsx" \
    "$rows" "$part" "${codes[@]}"
done
ls -l "$work"/residents-*.xlsx | awk '{print $5, $9}'

import() { # file → prints "server_ms wall_ms"
  local start id state job
  start=$(date +%s%N)
  id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
    --data-binary "@$1" "$api/resident-imports?fileName=$(basename "$1")" | jq -r .id)
  while :; do
    job=$(curl -sf "${auth[@]}" "$api/resident-imports/$id")
    state=$(jq -r .state <<<"$job")
    case $state in DONE) break ;; REFUSED|FAILED) echo "import $state: $job" >&2; exit 1 ;; esac
    sleep 0.1
  done
  echo "$(jq -r .millis <<<"$job") $((($(date +%s%N) - start) / 1000000))"
}

echo "== floor: streaming read + ID validation + COPY (3 runs, ms)"
for run in 1 2 3; do
  java -cp "$cp" org.qunfang.grid.intake.control.ImportFloor "$work/residents-0.xlsx" "$url" postgres
done
echo "== import through the product ($rows rows): server job ms, wall ms from upload to done"
import "$work/residents-0.xlsx"
echo "== two more workbooks (for $((rows * 3)) residents in all)"
import "$work/residents-1.xlsx"
import "$work/residents-2.xlsx"
psql -h 127.0.0.1 -U postgres -d $db -Atc "analyze grid.resident; analyze grid.household; analyze grid.resident_tag"
psql -h 127.0.0.1 -U postgres -d $db -Atc "select 'residents in database: ' || count(*) from grid.resident"

echo "== list and search, median of 7 (time to first byte, ms)"
grid=$(curl -sf "${auth[@]}" "$api/grids" | jq -r '[.[] | select(.kind=="SMALL")][3].id')
time_of() { # curl args… → median ms
  for run in 1 2 3 4 5 6 7; do
    curl -sf -o /dev/null -w '%{time_starttransfer}\n' "${auth[@]}" "$@"
  done | sort -n | sed -n 4p | awk '{printf "%.0f", $1 * 1000}'
}
id=$(java -cp "$cp" org.qunfang.grid.intake.control.BenchmarkWorkbook --id 150001)
printf '%-52s %s ms\n' "district, first page of 50 (with total count)" "$(time_of "$api/residents")"
printf '%-52s %s ms\n' "district, page 1000" "$(time_of "$api/residents?page=1000")"
printf '%-52s %s ms\n' "one small grid, first page" "$(time_of "$api/residents?grid=$grid")"
printf '%-52s %s ms\n' "name beginning 王伟 (district)" "$(time_of "$api/residents?name=%E7%8E%8B%E4%BC%9F")"
printf '%-52s %s ms\n' "tag 慢性病 (district)" "$(time_of "$api/residents?tag=CHRONIC_DISEASE")"
printf '%-52s %s ms\n' "exact ID number (keyed hash)" "$(time_of -H 'Content-Type: application/json' \
  -d "{\"idNumber\":\"$id\",\"page\":0,\"size\":50}" "$api/residents/search")"
printf '%-52s %s ms\n' "exact phone (keyed hash)" "$(time_of -H 'Content-Type: application/json' \
  -d '{"phone":"13900150001","page":0,"size":50}' "$api/residents/search")"
"$repo/deploy/stop" >/dev/null
