package org.qunfang.it.system;

import java.time.Instant;
import java.util.Map;
import org.qunfang.it.hotline.ACall;

/**
 * A hotline service made through the API (a team, a line, and a counsellor on the team), and the
 * body of an ordinary call to log on it.
 */
public final class HotlineFixtures {

  private HotlineFixtures() {}

  /** Returns the line's id; {@code run} keeps names and numbers apart between tests. */
  public static String service(
      Qunfang.Login supervisor, String run, String name, Qunfang.Login counsellor) {
    String team = Fixtures.created(supervisor, "/hotline/teams", Map.of("name", "服务队" + run));
    String line =
        Fixtures.created(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name", "热线" + run,
                "number", "96" + Math.floorMod(run.hashCode(), 1_000_000),
                "roundTheClock", true));
    Fixtures.created(
        supervisor,
        "/hotline/counsellors",
        Map.of(
            "name",
            name,
            "qualification",
            "SOCIAL_WORKER",
            "teamId",
            team,
            "account",
            counsellor.username()));
    return line;
  }

  /** A ten-minute phone call that ended at {@code end}, with a calm screen. */
  static Map<String, Object> call(String line, Instant end) {
    return ACall.aCall(line).endedAt(end).body();
  }

  static Map<String, Object> risk(boolean ideation, boolean plan, boolean means) {
    return ACall.risk(ideation, plan, means);
  }
}
