#!/usr/bin/env python3
"""Saves calls and passages from many clients while a command restarts the database.

Arguments: API base, logins file ("call user:password hotlineId" or "passage user:password
checkpointId" per line), answers file to write (TSV), the restart command. Prints how long the
service was away, the statuses, and fails on any 5xx other than a 503 with Retry-After.
"""
import base64
import datetime
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

API, LOGINS, ANSWERS, RESTART = sys.argv[1:5]
RUN_SECONDS, RESTART_AFTER = 40, 10
stop = threading.Event()
answers = []  # (t, kind, id, status, retry_after)
lock = threading.Lock()


def body(kind, target):
    now = datetime.datetime.now(datetime.timezone.utc)
    if kind == "call":
        return "/calls", {
            "hotlineId": target,
            "startedAt": (now - datetime.timedelta(minutes=5)).isoformat().replace("+00:00", "Z"),
            "endedAt": now.isoformat().replace("+00:00", "Z"),
            "channel": "PHONE", "ageBand": "FROM_18_TO_34", "sex": "FEMALE", "group": "STUDENT",
            "forSelf": True, "categories": ["ANXIETY"], "summary": "故障演练",
            "risk": {"suicidalIdeation": False, "plan": False, "means": False,
                     "pastAttempts": False, "selfHarm": False, "harmToOthers": False,
                     "protectiveFactors": False}}
    return f"/checkpoints/{target}/passages", {
        "subject": "PERSON", "temperature": 36.5, "healthCode": "GREEN", "idRegistered": True}


def client(kind, login, target, start):
    auth = "Basic " + base64.b64encode(login.encode()).decode()
    while not stop.is_set():
        path, payload = body(kind, target)
        request = urllib.request.Request(
            API + path, data=json.dumps(payload).encode(), method="POST",
            headers={"Authorization": auth, "Content-Type": "application/json"})
        saved, status, retry = "", 0, ""
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
                saved = json.load(response).get("id", "")
        except urllib.error.HTTPError as refused:
            status, retry = refused.code, refused.headers.get("Retry-After") or ""
        except (urllib.error.URLError, OSError):
            status = -1  # the connection itself failed: not acknowledged
        with lock:
            answers.append((time.monotonic() - start, kind, saved, status, retry))
        if status != 201:
            time.sleep(0.2)


def main():
    start = time.monotonic()
    threads = []
    with open(LOGINS) as logins:
        for line in logins:
            kind, login, target = line.split()
            t = threading.Thread(target=client, args=(kind, login, target, start), daemon=True)
            t.start()
            threads.append(t)
    time.sleep(RESTART_AFTER)
    restart_at = time.monotonic() - start
    subprocess.run(RESTART, shell=True, check=True)
    while subprocess.run("pg_isready -h 127.0.0.1 -q", shell=True).returncode != 0:
        time.sleep(0.1)
    db_back = time.monotonic() - start
    time.sleep(max(0, RUN_SECONDS - (time.monotonic() - start)))
    stop.set()
    for t in threads:
        t.join(timeout=35)

    with open(ANSWERS, "w") as out:
        for a in answers:
            out.write("%.3f\t%s\t%s\t%s\t%s\n" % a)
    statuses = {}
    for a in answers:
        statuses[a[3]] = statuses.get(a[3], 0) + 1
    after = sorted(a[0] for a in answers if a[0] > db_back and a[3] == 201)
    back = after[0] - db_back if after else float("inf")
    failed_since = [a[0] for a in answers if a[0] > restart_at and a[3] != 201]
    bad = [a for a in answers if a[3] >= 500 and not (a[3] == 503 and a[4])]
    print("requests %d, statuses %s" % (len(answers), dict(sorted(statuses.items()))))
    print("restart at %.1f s, database back at %.1f s (%.1f s down), first save after it %.1f s later"
          % (restart_at, db_back, db_back - restart_at, back))
    if failed_since:
        print("saves refused from %.1f s to %.1f s" % (min(failed_since), max(failed_since)))
    if bad:
        print("FAIL: %d answers were 5xx without a retryable 503: %s" % (len(bad), bad[:5]))
        sys.exit(1)
    if back > 10:
        print("FAIL: the service did not answer within 10 s of the database")
        sys.exit(1)


main()
