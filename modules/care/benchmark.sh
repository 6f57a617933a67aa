#!/usr/bin/env bash
# Care benchmark (see docs/benchmarks.md), on PostgreSQL in a server of its own: 30,000 people
# under home health monitoring in one township (10× Mawei's peak) with their generated checks and
# tests, seeded in SQL. Three figures, in one run:
# 1. Saving a check at 200 requests/s through the REST API (Basic credentials on every request),
#    against the health endpoint at the same rate and concurrency. Target: the save's p99 ≤ 2× the
#    health p99.
# 2. A check window closing for all 30,000 at once with nothing recorded: the watch marks every one
#    missed and raises its alert. Target: ≤ 1 s from the close (the watch logs its own time, the
#    alerts say when it started).
# 3. The district's 居家医学观察人员情况日报 issued (figures and PDF), 5 times, the first the first
#    report since the start. Target: ≤ 2 s.
# Usage: mvn -B install -DskipTests && modules/care/benchmark.sh
# Port base 29300, data dir target/benchmark-care, database qunfang_bench_care. RATE,
# SECONDS_PER_RUN, OFFICERS and PEOPLE override 200, 30, 50 and 30000.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
core="$repo/modules/care/care-core"
work="$repo/target/benchmark-care"
db=qunfang_bench_care
api="http://localhost:29380/qunfang/api/v1"
health="http://localhost:29380/health/ready"
rate=${RATE:-200}
seconds=${SECONDS_PER_RUN:-30}
officers=${OFFICERS:-50}
people=${PEOPLE:-30000}
township=350923100
mkdir -p "$work"

echo "== fresh database $db and server domain qunfang-bench-care"
export QUNFANG_DATA_DIR="$work/data" QUNFANG_DOMAIN=qunfang-bench-care QUNFANG_PORT_BASE=29300 \
  QUNFANG_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUNFANG_DB_USER=postgres
"$repo/deploy/stop" >/dev/null 2>&1 || true
rm -rf "$work/data/h2" "$work/data/initial-admin-password"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" -c "create database $db"
"$repo/deploy/up" >/dev/null
trap '"$repo/deploy/stop" >/dev/null 2>&1 || true' EXIT
log=$(find "$work/data" -name server.log | head -1)
sql() { psql -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1 -qAt "$@"; }
mapfile -t first < "$work/data/initial-admin-password"
json() { curl -sf -u "$1" -H 'Content-Type: application/json' -X "$2" -d "$4" "$api/$3"; }
password() { # user one-time-password new-password
  json "$1:$2" PUT me/password "{\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" >/dev/null
}
admin="admin:Bench$(date +%s)x9"
password admin "${first[1]}" "${admin#admin:}"
account() { # username role area → prints user:password
  local one
  one=$(json "$admin" POST accounts \
    "{\"username\":\"$1\",\"displayName\":\"$1\",\"roles\":[\"$2\"],\"homeDivision\":\"$3\"}" |
    jq -r .password.password)
  password "$1" "$one" "Chosen${1}9x"
  echo "$1:Chosen${1}9x"
}
: > "$work/officers.txt"
for i in $(seq 1 "$officers"); do account "officer$i" TOWNSHIP_OFFICER $township >> "$work/officers.txt"; done
reporter=$(account reporter1 REPORT_OFFICER 350923)
villages=$(curl -sf -u "$(head -1 "$work/officers.txt")" "$api/divisions/$township/children" |
  jq -r '[.[].code] | join(",")')

echo "== $people people under home health monitoring, their checks and tests (SQL)"
started=$(date +%s.%N)
sql -v people="$people" -v villages="$villages" <<'SQL'
create temporary table village as
  select code, (row_number() over ()) - 1 as n from unnest(string_to_array(:'villages', ',')) code;
insert into care.observation (id, version, created_at, created_by, updated_at, updated_by,
    resident_id, running_resident, division_code, person_name, masked_id_number, address, type_id,
    type_name, period_days, test_days, check_windows, fever_threshold, symptoms, reason, start_date,
    planned_end, status)
with person as (select i, gen_random_uuid() r from generate_series(0, :people - 1) i)
select r, 0, now(), 'bench', now(), 'bench', r, r,
    (select code from village where n = i % (select count(*) from village)),
    '观察' || i, '350923********' || lpad((i % 10000)::text, 4, '0'), '古峰路' || i || '号',
    '019a0000-0000-7000-8000-000000000002', '居家健康监测', 7, '1,4,7',
    'MORNING 06:00-10:00;EVENING 18:00-22:00', 37.3,
    'FEVER,DRY_COUGH,FATIGUE,SORE_THROAT,SMELL_OR_TASTE_LOSS,DIARRHOEA', 'CLOSE_CONTACT',
    (now() at time zone 'Asia/Shanghai')::date - (i % 7),
    (now() at time zone 'Asia/Shanghai')::date - (i % 7) + 6, 'OBSERVED'
from person;
insert into care.health_check (id, version, created_at, created_by, updated_at, updated_by,
    observation_id, division_code, check_day, slot, opens_at, closes_at, pending, checked_at,
    measured_by, recorded_by, status, too_close)
select gen_random_uuid(), 0, now(), 'bench', now(), 'bench', o.id, o.division_code, d::date, s.slot,
    (d::date + s.opens) at time zone 'Asia/Shanghai', (d::date + s.closes) at time zone 'Asia/Shanghai',
    (d::date + s.closes) at time zone 'Asia/Shanghai' > now(),
    case when (d::date + s.closes) at time zone 'Asia/Shanghai' <= now()
      then (d::date + s.opens) at time zone 'Asia/Shanghai' + interval '1 hour' end,
    case when (d::date + s.closes) at time zone 'Asia/Shanghai' <= now() then 'TEAM' end,
    case when (d::date + s.closes) at time zone 'Asia/Shanghai' <= now() then 'bench' end,
    case when (d::date + s.closes) at time zone 'Asia/Shanghai' <= now() then 'SEEN' end, false
from care.observation o, generate_series(o.start_date, o.planned_end, interval '1 day') d,
    (values ('MORNING', time '06:00', time '10:00'), ('EVENING', time '18:00', time '22:00'))
      s(slot, opens, closes)
where o.created_by = 'bench';
insert into care.nucleic_test (id, version, created_at, created_by, updated_at, updated_by,
    observation_id, division_code, day_number, due_day, sampled_at, result)
select gen_random_uuid(), 0, now(), 'bench', now(), 'bench', o.id, o.division_code, n,
    o.start_date + n - 1,
    case when o.start_date + n - 1 < (now() at time zone 'Asia/Shanghai')::date then now() end,
    case when o.start_date + n - 1 < (now() at time zone 'Asia/Shanghai')::date
      then 'NEGATIVE' else 'PENDING' end
from care.observation o, unnest(array[1, 4, 7]) n where o.created_by = 'bench';
analyze care.observation; analyze care.health_check; analyze care.nucleic_test;
SQL
printf '   seeded in %.0f s: ' "$(echo "$(date +%s.%N) - $started" | bc)"
sql -c "select (select count(*) from care.observation) || ' observations, '
  || (select count(*) from care.health_check) || ' checks ('
  || (select count(*) from care.health_check where pending) || ' still due), '
  || (select count(*) from care.nucleic_test) || ' tests'"
sql -c "select id from care.observation where created_by = 'bench' order by random()" > "$work/observations.txt"

cd "$core"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
load() { java -cp "$cp" org.qunfang.care.benchmark.CheckSaveLoad "$1" "$api" "$health" \
  "$work/officers.txt" "$work/observations.txt" "$2" "$3"; }

echo "== 1. saving a check: warm-up (not counted), then $rate requests/s for ${seconds}s each"
# 80 s of ramp (30%, 50%, 75%, 100% of the rate) so the server's compiler has seen the save path
# at full rate: on two cores the JIT's own threads compete with the first minutes of load
for share in 30 50 75 100; do load save $((rate * share / 100)) 20 >/dev/null; done
load health "$rate" 10 >/dev/null
load health "$rate" "$seconds"
load save "$rate" "$seconds"
load health "$rate" "$seconds"
echo "   the same load, mixed: saves at $rate/s and a health probe for every ten saves"
load mixed "$rate" "$seconds"

echo "== 2. a window closing for all $people at once, nothing recorded"
closes=$(sql -c "select to_char(now() + interval '25 seconds', 'YYYY-MM-DD HH24:MI:SS.MSOF')")
sql -c "update care.health_check set closes_at = '$closes' where id in (select distinct on
  (observation_id) id from care.health_check where pending order by observation_id, closes_at)"
before=$(grep -c 'missed-check watch' "$log" || true)
for _ in $(seq 1 60); do
  sleep 2
  [ "$(grep -c 'missed-check watch' "$log" || true)" -gt "$before" ] && break
done
grep 'missed-check watch' "$log" | tail -1 | grep -o 'missed-check watch:[^]]*'
sql -c "select '   the scan started ' || round(extract(epoch from max(raised_at) - '$closes'::timestamptz)
  * 1000) || ' ms after the window closed' from care.care_alert where kind = 'MISSED'"
sql -c "select 'missed alerts raised: ' || count(*) from care.care_alert where kind = 'MISSED'"

echo "== 3. the district's daily report, figures and PDF, 5 times"
for i in 1 2 3 4 5; do
  curl -s -o /dev/null -w '   care-daily issued: HTTP %{http_code} in %{time_total} s\n' -u "$reporter" \
    -H 'Content-Type: application/json' -X POST \
    -d '{"kind":"care-daily","area":"350923"}' "$api/reports/issued"
done
curl -s -o /dev/null -w '   figures alone (GET care/figures?area=350923): %{time_total} s\n' \
  -u "$reporter" "$api/care/figures?area=350923"
