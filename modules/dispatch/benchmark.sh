#!/usr/bin/env bash
# Dispatch benchmark (see docs/benchmarks.md), two parts.
# 1. Solver: a week of checkpoint duty at Mawei's scale — 464 checkpoints × 3 shifts × 7 days,
#    2–3 people each (23,737 slots), 9,900 people in 4 townships — filled by the greedy first fit
#    (the baseline) and by the solver, township by township in parallel, in the same run. Target:
#    no hard rule broken, within 60 s; no more empty slots than the greedy fill; half its spread
#    of weekly hours or less.
# 2. Coverage: one township of that size in a real server on PostgreSQL (116 posts, 7 days of
#    shifts, 2,500 people, rostered automatically); the coverage view of its 7 days, 30 times.
#    Target: ≤ 300 ms server time.
# Usage: mvn -B install -DskipTests && modules/dispatch/benchmark.sh [limit-seconds] [seed]
# SKIP_SERVER=1 runs part 1 only. Part 2 uses its own domain (port base 29200), data dir
# target/benchmark-dispatch and database qunfang_bench_dispatch.
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

[ -n "${SKIP_SERVER:-}" ] && exit 0

echo "== part 2: the coverage view of one township's week, in a server on PostgreSQL"
work="$repo/target/benchmark-dispatch"
db=qunfang_bench_dispatch
api="http://localhost:29280/qunfang/api/v1"
mkdir -p "$work"
export QUNFANG_DATA_DIR="$work/data" QUNFANG_DOMAIN=qunfang-bench-dispatch QUNFANG_PORT_BASE=29200 \
  QUNFANG_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUNFANG_DB_USER=postgres
"$repo/deploy/stop" >/dev/null 2>&1 || true
rm -rf "$work/data/h2" "$work/data/initial-admin-password"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" -c "create database $db"
"$repo/deploy/up" >/dev/null
trap '"$repo/deploy/stop" >/dev/null 2>&1 || true' EXIT
mapfile -t first < "$work/data/initial-admin-password"
json() { curl -sf -u "$1" -H 'Content-Type: application/json' -X "$2" -d "$4" "$api/$3"; }
admin="admin:Bench$(date +%s)x9"
json "admin:${first[1]}" PUT me/password \
  "{\"currentPassword\":\"${first[1]}\",\"newPassword\":\"${admin#admin:}\"}" >/dev/null
one=$(json "$admin" POST accounts \
  '{"username":"dispatcher1","displayName":"调度员","roles":["DISPATCHER"],"homeDivision":"350923100"}' |
  jq -r .password.password)
json "dispatcher1:$one" PUT me/password \
  "{\"currentPassword\":\"$one\",\"newPassword\":\"Chosen1dispatch9x\"}" >/dev/null
dispatcher="dispatcher1:Chosen1dispatch9x"
township=350923100
mapfile -t villages < <(curl -sf -u "$dispatcher" "$api/divisions/$township/children" | jq -r '.[].code')
from=$(TZ=Asia/Shanghai date -d tomorrow +%F)
until=$(TZ=Asia/Shanghai date -d '+7 days' +%F)

echo "== 116 posts in ${#villages[@]} villages, 7 days of 3 × 8 h shifts"
for i in $(seq 1 116); do
  village=${villages[$((i % ${#villages[@]}))]}
  if ((i % 4 == 0)); then
    needs='[{"start":"00:00","end":"08:00","headcount":3,"skills":["POLICE","MEDICAL","COMMUNITY"]},{"start":"08:00","end":"16:00","headcount":3,"skills":["POLICE"]},{"start":"16:00","end":"00:00","headcount":3,"skills":["POLICE"]}]'
  else
    needs='[{"start":"00:00","end":"08:00","headcount":2},{"start":"08:00","end":"16:00","headcount":3},{"start":"16:00","end":"00:00","headcount":2}]'
  fi
  post=$(json "$dispatcher" POST dispatch/posts \
    "{\"name\":\"卡点$i\",\"kind\":\"OTHER\",\"area\":\"$village\",\"pattern\":\"THREE_EIGHTS\",\"needs\":$needs}" |
    jq -r .id)
  json "$dispatcher" POST "dispatch/posts/$post/shifts" "{\"from\":\"$from\",\"until\":\"$until\"}" >/dev/null
done

echo "== 2,500 people of the township"
python3 - "${villages[@]}" > "$work/people.jsonl" <<'PY'
import json, random, sys
random.seed(7)
villages = sys.argv[1:]
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
for i in range(2500):
    first17 = "350923%04d%02d%02d%03d" % (1960 + i % 40, 1 + i % 12, 1 + i % 28, i % 1000)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]
    roll = random.random()
    skills = ["POLICE"] if roll < 0.12 else ["MEDICAL"] if roll < 0.26 else []
    if random.random() < 0.4:
        skills.append("COMMUNITY")
    person = {"name": "值守%04d" % i, "idNumber": first17 + check, "mobile": "139%08d" % i,
              "area": random.choice(villages), "skills": skills,
              "volunteering": {"consentedOn": "2026-11-01"}}
    print(json.dumps(person, ensure_ascii=False))
PY
xargs -d '\n' -P 4 -I{} curl -sf -o /dev/null -u "$dispatcher" -H 'Content-Type: application/json' \
  -X POST -d {} "$api/dispatch/people" < "$work/people.jsonl"

echo "== automatic rostering of the week (60 s)"
job=$(json "$dispatcher" POST dispatch/roster/auto \
  "{\"area\":\"$township\",\"from\":\"$from\",\"days\":7,\"seconds\":60}" | jq -r .id)
while :; do
  state=$(curl -sf -u "$dispatcher" "$api/dispatch/roster/auto/$job")
  case $(jq -r .state <<<"$state") in QUEUED|RUNNING) sleep 2 ;; *) break ;; esac
done
jq -c '{state, millis, outcome: (.outcome | {slots, filled, kept, unfilled})}' <<<"$state"

echo "== the coverage view of the township's 7 days, 30 times after 5 to warm up"
url="$api/dispatch/roster/coverage?area=$township&from=$from&days=7"
curl -sf -u "$dispatcher" "$url" | jq -c '{slots, gaps, shifts: (.shifts | length)}'
for i in $(seq 1 5); do curl -sf -o /dev/null -u "$dispatcher" "$url"; done
for i in $(seq 1 30); do
  curl -sf -o /dev/null -u "$dispatcher" -w '%{time_starttransfer}\n' "$url"
done | sort -n | awk '{t[NR]=$1*1000} END {printf "coverage, server time to first byte (ms): min %.0f, median %.0f, p95 %.0f, max %.0f\n", t[1], t[int(NR/2)+1], t[int(NR*0.95)], t[NR]}'

