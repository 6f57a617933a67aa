package org.qunfang.it.system;

import io.restassured.http.ContentType;
import java.util.Map;

/** A hotline service made through the API: a team, a line, and a counsellor on the team. */
final class HotlineFixtures {

  private HotlineFixtures() {}

  /** Returns the line's id; {@code run} keeps names and numbers apart between tests. */
  static String service(
      Qunfang.Login supervisor, String run, String name, Qunfang.Login counsellor) {
    String team = created(supervisor, "/hotline/teams", Map.of("name", "服务队" + run));
    String line =
        created(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name", "热线" + run,
                "number", "96" + Math.floorMod(run.hashCode(), 1_000_000),
                "roundTheClock", true));
    created(
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

  static String created(Qunfang.Login who, String path, Map<String, ?> body) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
