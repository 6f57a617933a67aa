package org.qunfang.it.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hotline service made through the API (a team, a line, and a counsellor on the team), and the
 * body of an ordinary call to log on it.
 */
final class HotlineFixtures {

  private HotlineFixtures() {}

  /** Returns the line's id; {@code run} keeps names and numbers apart between tests. */
  static String service(
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

  /**
   * A ten-minute phone call that ended at {@code end}, with a calm screen; change what a test
   * needs.
   */
  static Map<String, Object> call(String line, Instant end) {
    Map<String, Object> call = new HashMap<>();
    call.put("hotlineId", line);
    call.put("startedAt", end.minus(Duration.ofMinutes(10)).toString());
    call.put("endedAt", end.toString());
    call.put("channel", "PHONE");
    call.put("ageBand", "FROM_18_TO_34");
    call.put("sex", "FEMALE");
    call.put("group", "STUDENT");
    call.put("forSelf", true);
    call.put("categories", List.of("ANXIETY", "SLEEP"));
    call.put("summary", "隔离期间失眠，担心考试。");
    call.put("risk", risk(false, false, false));
    return call;
  }

  static Map<String, Object> risk(boolean ideation, boolean plan, boolean means) {
    return Map.of(
        "suicidalIdeation", ideation,
        "plan", plan,
        "means", means,
        "pastAttempts", false,
        "selfHarm", false,
        "harmToOthers", false,
        "protectiveFactors", false);
  }
}
