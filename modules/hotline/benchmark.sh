#!/usr/bin/env bash
# Hotline benchmark (see docs/benchmarks.md): 50 counsellors saving calls at 200 requests/s through
# the REST API (Basic credentials on every request, as an API client sends them), against the
# health endpoint at the same rate and concurrency. Target: the save's p99 ≤ 2× the health p99.
# Usage: mvn -B install -DskipTests && modules/hotline/benchmark.sh
# Uses its own domain (port base 29000), data dir target/benchmark-hotline and database
# qunfang_bench_hotline. RATE, SECONDS and COUNSELLORS override 200, 30 and 50.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
core="$repo/modules/hotline/hotline-core"
work="$repo/target/benchmark-hotline"
db=qunfang_bench_hotline
api="http://localhost:29080/qunfang/api/v1"
health="http://localhost:29080/health/ready"
rate=${RATE:-200}
seconds=${SECONDS_PER_RUN:-30}
counsellors=${COUNSELLORS:-50}
mkdir -p "$work"

echo "== fresh database $db and server domain qunfang-bench"
export QUNFANG_DATA_DIR="$work/data" QUNFANG_DOMAIN=qunfang-bench QUNFANG_PORT_BASE=29000 \
  QUNFANG_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUNFANG_DB_USER=postgres
"$repo/deploy/stop" >/dev/null 2>&1 || true
rm -rf "$work/data/h2" "$work/data/initial-admin-password"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" -c "create database $db"
"$repo/deploy/up" >/dev/null
trap '"$repo/deploy/stop" >/dev/null 2>&1 || true' EXIT
mapfile -t first < "$work/data/initial-admin-password"
json() { curl -sf -u "$1" -H 'Content-Type: application/json' -X "$2" -d "$4" "$api/$3"; }
password() { # user one-time-password new-password
  json "$1:$2" PUT me/password "{\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" >/dev/null
}
admin="admin:Bench$(date +%s)x9"
password admin "${first[1]}" "${admin#admin:}"
account() { # username role → prints user:password
  local one
  one=$(json "$admin" POST accounts \
    "{\"username\":\"$1\",\"displayName\":\"$1\",\"roles\":[\"$2\"],\"homeDivision\":\"350923\"}" |
    jq -r .password.password)
  password "$1" "$one" "Chosen${1}9x"
  echo "$1:Chosen${1}9x"
}

echo "== a line, a team and $counsellors counsellors"
supervisor=$(account supervisor1 HOTLINE_SUPERVISOR)
hotline=$(json "$supervisor" POST hotline/lines \
  '{"name":"心理援助热线","number":"0593-8800000","roundTheClock":true}' | jq -r .id)
agency=$(json "$supervisor" POST hotline/agencies '{"name":"屏南县社工中心"}' | jq -r .id)
team=$(json "$supervisor" POST hotline/teams "{\"name\":\"第一服务队\",\"agencyId\":\"$agency\"}" | jq -r .id)
: > "$work/counsellors.txt"
for i in $(seq 1 "$counsellors"); do
  login=$(account "counsellor$i" HOTLINE_COUNSELLOR)
  json "$supervisor" POST hotline/counsellors \
    "{\"name\":\"咨询员$i\",\"qualification\":\"PSYCHOLOGICAL_COUNSELLOR\",\"teamId\":\"$team\",\"account\":\"${login%%:*}\"}" >/dev/null
  echo "$login" >> "$work/counsellors.txt"
done

cd "$core"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
load() { java -cp "$cp" org.qunfang.hotline.benchmark.CallSaveLoad "$1" "$api" "$health" \
  "$work/counsellors.txt" "$hotline" "$2" "$3"; }

echo "== warm-up (not counted): saves at half the rate, then health"
load save $((rate / 2)) 20 >/dev/null
load health "$rate" 10 >/dev/null
echo "== $rate requests/s for ${seconds}s each, $counsellors client threads"
load health "$rate" "$seconds"
load save "$rate" "$seconds"
load health "$rate" "$seconds"
echo "== the same load, mixed: saves at $rate/s and a health probe for every ten saves"
load mixed "$rate" "$seconds"
psql -h 127.0.0.1 -U postgres -d $db -Atc "select 'calls saved in all: ' || count(*) from hotline.call_record"
