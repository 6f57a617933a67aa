#!/usr/bin/env bash
# Fault script (see docs/benchmarks.md, "PostgreSQL restarted under load"): 50 clients save
# hotline calls and checkpoint passages while PostgreSQL is restarted. Checks that the service
# answers again within 10 s of the database, that every acknowledged save is in the database, and
# that every save that was not acknowledged got a 503 with Retry-After, never a 500.
# Usage: mvn -B install -DskipTests && tools/fault/db-restart.sh
# Uses its own domain (port base 29100), data dir target/fault and database qunfang_fault; restarts
# the local PostgreSQL cluster, so run it when nothing else is using that server.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work="$repo/target/fault"
db=qunfang_fault
api="http://localhost:29180/qunfang/api/v1"
clients=${CLIENTS:-50}
mkdir -p "$work"

echo "== fresh database $db and server domain qunfang-fault"
export QUNFANG_DATA_DIR="$work/data" QUNFANG_DOMAIN=qunfang-fault QUNFANG_PORT_BASE=29100 \
  QUNFANG_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUNFANG_DB_USER=postgres
"$repo/deploy/stop" >/dev/null 2>&1 || true
rm -rf "$work/data/h2" "$work/data"/initial-admin-password*
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" -c "create database $db"
"$repo/deploy/up" >/dev/null
trap '"$repo/deploy/stop" >/dev/null 2>&1 || true' EXIT
mapfile -t first < "$work/data/initial-admin-password"
json() { curl -sS --fail-with-body -u "$1" -H 'Content-Type: application/json' -X "$2" -d "$4" "$api/$3"; }
password() { json "$1:$2" PUT me/password "{\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" >/dev/null; }
admin="admin:Fault$(date +%s)x9"
password admin "${first[1]}" "${admin#admin:}"
account() { # username role area → prints user:password
  local one
  one=$(json "$admin" POST accounts \
    "{\"username\":\"$1\",\"displayName\":\"$1\",\"roles\":[\"$2\"],\"homeDivision\":\"$3\"}" |
    jq -r .password.password)
  password "$1" "$one" "Chosen${1}9x"
  echo "$1:Chosen${1}9x"
}

echo "== a hotline with $((clients / 2)) counsellors, a checkpoint with its gate keepers"
supervisor=$(account supervisor1 HOTLINE_SUPERVISOR 350923)
hotline=$(json "$supervisor" POST hotline/lines \
  '{"name":"心理援助热线","number":"0593-8800000","roundTheClock":true}' | jq -r .id)
agency=$(json "$supervisor" POST hotline/agencies '{"name":"屏南县社工中心"}' | jq -r .id)
team=$(json "$supervisor" POST hotline/teams "{\"name\":\"第一服务队\",\"agencyId\":\"$agency\"}" | jq -r .id)
: > "$work/logins.txt"
for i in $(seq 1 $((clients / 2))); do
  login=$(account "counsellor$i" HOTLINE_COUNSELLOR 350923)
  json "$supervisor" POST hotline/counsellors \
    "{\"name\":\"咨询员$i\",\"qualification\":\"PSYCHOLOGICAL_COUNSELLOR\",\"teamId\":\"$team\",\"account\":\"${login%%:*}\"}" >/dev/null
  echo "call $login $hotline" >> "$work/logins.txt"
done
officer=$(account officer1 TOWNSHIP_OFFICER 350923100)
big=$(json "$officer" POST grids '{"kind":"BIG","name":"故障演练大网格","divisionCode":"350923100"}' | jq -r .id)
small=$(json "$officer" POST grids \
  "{\"kind\":\"SMALL\",\"name\":\"故障演练小网格\",\"divisionCode\":\"350923100001\",\"parentId\":\"$big\"}" | jq -r .id)
checkpoint=$(json "$officer" POST checkpoints \
  "{\"gridId\":\"$small\",\"name\":\"演练卡点\",\"kind\":\"VILLAGE_GATE\",\"location\":\"村口\",\"roundTheClock\":true,\"closedManagement\":false}" | jq -r .id)
for i in $(seq 1 $((clients - clients / 2))); do
  echo "passage $officer $checkpoint" >> "$work/logins.txt"
done

echo "== $clients clients saving; PostgreSQL restarted after 10 s"
python3 "$repo/tools/fault/save-through-restart.py" "$api" "$work/logins.txt" "$work/answers.tsv" \
  "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart"

echo "== every acknowledged save is in the database"
cut -f2,3 "$work/answers.tsv" | awk '$2 != "" && $1 == "call" {print $2}' > "$work/calls.ids"
cut -f2,3 "$work/answers.tsv" | awk '$2 != "" && $1 == "passage" {print $2}' > "$work/passages.ids"
present() { # table ids-file
  local list
  list=$(sed "s/.*/'&'/" "$2" | paste -sd, -)
  [ -z "$list" ] && { echo 0; return; }
  psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from $1 where id in ($list)"
}
calls_acked=$(wc -l < "$work/calls.ids"); calls_there=$(present hotline.call_record "$work/calls.ids")
passages_acked=$(wc -l < "$work/passages.ids"); passages_there=$(present grid.passage "$work/passages.ids")
echo "calls acknowledged $calls_acked, in the database $calls_there"
echo "passages acknowledged $passages_acked, in the database $passages_there"
[ "$calls_acked" = "$calls_there" ] && [ "$passages_acked" = "$passages_there" ] ||
  { echo "FAIL: an acknowledged save is missing"; exit 1; }
