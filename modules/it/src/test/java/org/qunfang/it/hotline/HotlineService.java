package org.qunfang.it.hotline;

import java.util.Map;
import java.util.UUID;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;

/**
 * The hotline set up as the tests need it: a supervisor, a line, an agency, and two teams — 林咨询 and
 * 陈咨询 on the first (with the agency), 王咨询 on the second. Names carry a run mark, so classes that
 * each make one never meet.
 */
public final class HotlineService {

  public final Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
  public final Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
  public final Qunfang.Login teammate = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
  public final Qunfang.Login otherTeam = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
  public final String run = UUID.randomUUID().toString().substring(0, 6);
  public final String line;
  public final String agency;
  public final String counsellorId;

  private HotlineService() {
    line =
        Fixtures.created(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name", "心理援助热线" + run,
                "number", "0593-" + Math.floorMod(run.hashCode(), 10_000_000),
                "roundTheClock", true));
    agency = Fixtures.created(supervisor, "/hotline/agencies", Map.of("name", "屏南县社工中心" + run));
    String first =
        Fixtures.created(
            supervisor, "/hotline/teams", Map.of("name", "第一服务队" + run, "agencyId", agency));
    String second = Fixtures.created(supervisor, "/hotline/teams", Map.of("name", "第二服务队" + run));
    counsellorId = counsellor(first, "林咨询", counsellor);
    counsellor(first, "陈咨询", teammate);
    counsellor(second, "王咨询", otherTeam);
  }

  public static HotlineService withTwoTeams() {
    return new HotlineService();
  }

  /** A call on this service's line. */
  public ACall aCall() {
    return ACall.aCall(line);
  }

  public io.restassured.response.Response log(Qunfang.Login who, Map<String, Object> call) {
    return who.api().contentType(io.restassured.http.ContentType.JSON).body(call).post("/calls");
  }

  public int callsVisibleTo(Qunfang.Login who) {
    return who.api().get("/calls").then().statusCode(200).extract().path("size()");
  }

  private String counsellor(String team, String name, Qunfang.Login account) {
    return Fixtures.created(
        supervisor,
        "/hotline/counsellors",
        Map.of(
            "name",
            name,
            "qualification",
            "PSYCHOLOGICAL_COUNSELLOR",
            "teamId",
            team,
            "account",
            account.username()));
  }

  /**
   * A smaller service for tests that need only one counsellor: a team, a round-the-clock line, and
   * {@code counsellor}'s account on the team under {@code name}. Returns the line's id; {@code run}
   * keeps names and numbers apart between tests.
   */
  public static String oneTeam(
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

  /** A second line, and the counsellor on duty on it for the next two hours; its id. */
  public static String onDutyLine(Qunfang.Login supervisor, String run, Qunfang.Login counsellor) {
    String line =
        Fixtures.created(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name", "值班线" + run,
                "number", "97" + Math.floorMod(run.hashCode(), 1_000_000),
                "roundTheClock", true));
    String me =
        supervisor
            .api()
            .get("/hotline/counsellors")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("find { it.account == '" + counsellor.username() + "' }.id");
    java.time.Instant now = java.time.Instant.now();
    Fixtures.created(
        supervisor,
        "/hotline/roster",
        Map.of(
            "hotlineId",
            line,
            "counsellorId",
            me,
            "startsAt",
            now.minusSeconds(60).toString(),
            "endsAt",
            now.plusSeconds(7200).toString()));
    return line;
  }
}
