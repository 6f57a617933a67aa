package org.qunfang.it.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hardening cases an attacker and a careless client found: self-granted roles, the audit trail
 * read across areas, cross-site requests riding a session, races for one unique value, codes the
 * server assigns under concurrency, and every report kind issued in a row.
 */
class HardeningIT {

  private static final String TOWNSHIP = "350923102";
  private static final String OTHER_TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923102201";
  private static final Pattern NUMBER = Pattern.compile("屏防指〔\\d{4}〕(\\d+)号");

  @Test
  void nobodyGrantsThemselvesARoleAndEveryAccountChangeIsAudited() {
    Qunfang.Login townshipAdmin = Qunfang.activeUser(TOWNSHIP, "DISTRICT_ADMIN");
    Map<String, Object> self =
        townshipAdmin.api().get("/me").then().statusCode(200).extract().path("");
    String id =
        townshipAdmin
            .api()
            .get("/accounts")
            .then()
            .extract()
            .path("find { it.username == '" + townshipAdmin.username() + "' }.id");
    int version = townshipAdmin.api().get("/accounts/" + id).then().extract().path("version");
    Map<String, Object> grant = new HashMap<>();
    grant.put("displayName", self.get("displayName"));
    grant.put("roles", List.of("DISTRICT_ADMIN", "HOTLINE_SUPERVISOR", "AUDITOR"));
    grant.put("homeDivision", TOWNSHIP);
    grant.put("enabled", true);
    grant.put("version", version);
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:account.notYourRoles"));
    grant.put("roles", List.of("DISTRICT_ADMIN"));
    grant.put("homeDivision", "350923");
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(403);
    townshipAdmin.api().get("/me").then().body("roles", equalTo(List.of("DISTRICT_ADMIN")));

    // a township administrator gives no confidential role, and no account outside the township
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "aud" + System.nanoTime() % 100000,
                "displayName",
                "审计",
                "roles",
                List.of("AUDITOR"),
                "homeDivision",
                TOWNSHIP))
        .post("/accounts")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:account.confidentialRole"));
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "gm" + System.nanoTime() % 100000,
                "displayName",
                "网格员",
                "roles",
                List.of("GRID_MEMBER"),
                "homeDivision",
                OTHER_TOWNSHIP))
        .post("/accounts")
        .then()
        .statusCode(403);

    // the district's administrator renames them: an UPDATE in the trail, with the new value
    grant.put("displayName", "镇管理员（已改名）");
    grant.put("homeDivision", TOWNSHIP);
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(200);
    List<Map<String, Object>> trail =
        Qunfang.admin()
            .api()
            .queryParam("entityId", id)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(trail)
        .filteredOn(e -> "UPDATE".equals(e.get("action")))
        .extracting(e -> (String) e.get("changes"))
        .anyMatch(c -> c.contains("镇管理员（已改名）"));
  }

  @Test
  void auditorsReadOnlyTheTrailOfTheirArea() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(officer, COMMUNITY);
    String household = Fixtures.household(officer, grid, "代溪村审计路1号");
    String resident =
        Fixtures.resident(officer, household, Fixtures.person("审计甲", People.idNumber(), "HEAD"));
    Qunfang.Login here = Qunfang.activeUser(TOWNSHIP, "AUDITOR");
    Qunfang.Login there = Qunfang.activeUser(OTHER_TOWNSHIP, "AUDITOR");
    here.api()
        .queryParam("entityId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", hasItem("CREATE"));
    there
        .api()
        .queryParam("entityId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    // an officer of the other township probing for the person: refused, and the refusal audited
    Qunfang.Login prober = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    prober.api().get("/residents/" + resident + "/personal").then().statusCode(404);
    Qunfang.admin()
        .api()
        .queryParam("actor", prober.username())
        .get("/audit")
        .then()
        .body("action", hasItem("ACCESS_DENIED"));
  }

  @Test
  void theApiDoesNotActOnTheSessionCookieOrForOtherSites() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Map<String, String> session = PageSession.login(officer);
    given().cookies(session).get(Qunfang.API + "/me").then().statusCode(401);
    given()
        .cookies(session)
        .contentType("text/plain")
        .body("13800138000")
        .queryParam("name", "跨站")
        .queryParam("source", "x")
        .queryParam("divisionCode", TOWNSHIP)
        .post(Qunfang.API + "/phone-lists")
        .then()
        .statusCode(401);

    officer
        .api()
        .header("Origin", "http://evil.example")
        .contentType("text/plain")
        .body("13800138000")
        .queryParam("name", "跨站")
        .queryParam("source", "x")
        .queryParam("divisionCode", TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:request.crossSite"));
    officer
        .api()
        .header("Sec-Fetch-Site", "cross-site")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/grids")
        .then()
        .statusCode(403);
    officer
        .api()
        .contentType("text/plain")
        .body("{\"kind\":\"BIG\"}")
        .post("/grids")
        .then()
        .statusCode(415);
    officer
        .api()
        .contentType("application/x-www-form-urlencoded")
        .body("a=1")
        .post("/grids/staff/" + java.util.UUID.randomUUID() + "/end")
        .then()
        .statusCode(415);
    // the same origin is welcome
    officer
        .api()
        .header("Origin", Qunfang.SERVER)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/grids")
        .then()
        .statusCode(400);
  }

  @Test
  void aFormPostedWithAForeignViewStateIsNeverAServerError() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Map<String, String> session = PageSession.login(officer);
    for (String state : List.of("-1:-1", "1234567890:9876543210", "x")) {
      Response answer =
          given()
              .redirects()
              .follow(false)
              .cookies(session)
              .formParam("nav", "nav")
              .formParam("nav:language", "")
              .formParam("jakarta.faces.ViewState", state)
              .post(Qunfang.BASE + "/grid/grids.xhtml");
      assertThat(answer.statusCode()).as(state).isIn(200, 302, 303);
      assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("org.qunfang");
    }
    given()
        .redirects()
        .follow(false)
        .formParam("jakarta.faces.ViewState", "-1:-1")
        .post(Qunfang.BASE + "/grid/grids.xhtml")
        .then()
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  @Test
  void racesForOneUniqueValueAreConflicts() throws Exception {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(officer, COMMUNITY);
    String household = Fixtures.household(officer, grid, "代溪村并发路2号");
    Map<String, Object> person = Fixtures.person("并发乙", People.idNumber(), "HEAD");
    assertOneWins(
        () ->
            officer
                .api()
                .contentType(ContentType.JSON)
                .body(person)
                .post("/households/" + household + "/residents")
                .statusCode());

    String username = "race" + System.nanoTime() % 1_000_000;
    Map<String, Object> account =
        Map.of(
            "username",
            username,
            "displayName",
            "并发",
            "roles",
            List.of("GRID_MEMBER"),
            "homeDivision",
            COMMUNITY);
    assertOneWins(
        () ->
            Qunfang.admin()
                .api()
                .contentType(ContentType.JSON)
                .body(account)
                .post("/accounts")
                .statusCode());

    String sweep =
        officer
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "并发扫楼",
                    "divisionCode",
                    TOWNSHIP,
                    "startDate",
                    today().toString(),
                    "endDate",
                    today().toString()))
            .post("/sweeps")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertOneWins(
        () ->
            officer
                .api()
                .contentType(ContentType.JSON)
                .body(Map.of("householdId", household, "personsSeen", 1, "contactsVerified", 1))
                .post("/sweeps/" + sweep + "/visits")
                .statusCode());
  }

  @Test
  void gridCodesTheServerAssignsNeverCollide() throws Exception {
    Qunfang.Login officer = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    List<Callable<Response>> draws = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      draws.add(
          () ->
              officer
                  .api()
                  .contentType(ContentType.JSON)
                  .body(Map.of("kind", "BIG", "name", "并发大网格" + n, "divisionCode", OTHER_TOWNSHIP))
                  .post("/grids"));
    }
    List<String> codes = new ArrayList<>();
    for (Response answer : all(draws)) {
      assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
      codes.add(answer.path("code"));
    }
    assertThat(codes).doesNotHaveDuplicates().hasSize(20);
  }

  @Test
  void everyReportKindIssuesInARowWithConsecutiveNumbers() {
    Qunfang.Login issuer = Qunfang.activeUser("350923", "REPORT_OFFICER", "HOTLINE_SUPERVISOR");
    List<String> kinds =
        issuer.api().get("/reports/kinds").then().statusCode(200).extract().path("kind");
    assertThat(kinds).contains("division-statistics", "grid-organisation", "hotline-high-risk");
    List<Integer> numbers = new ArrayList<>();
    for (String kind : kinds) {
      String number =
          issuer
              .api()
              .contentType(ContentType.JSON)
              .body(Map.of("kind", kind, "area", "350923"))
              .post("/reports/issued")
              .then()
              .statusCode(201)
              .extract()
              .path("documentNumber");
      Matcher m = NUMBER.matcher(number);
      assertThat(m.matches()).as(number).isTrue();
      numbers.add(Integer.parseInt(m.group(1)));
    }
    for (int i = 1; i < numbers.size(); i++) {
      assertThat(numbers.get(i))
          .as("after " + numbers.get(i - 1))
          .isEqualTo(numbers.get(i - 1) + 1);
    }
  }

  @Test
  void aRetriedCreationIsDoneOnceAndOversizedBodiesAreRefused() {
    Qunfang.Login officer = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    String key = "double-click-" + System.nanoTime();
    Map<String, Object> grid =
        Map.of("kind", "BIG", "name", "双击大网格", "divisionCode", OTHER_TOWNSHIP);
    Response first =
        officer
            .api()
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(grid)
            .post("/grids");
    Response second =
        officer
            .api()
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(grid)
            .post("/grids");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat((String) second.path("id")).isEqualTo(first.path("id"));
    List<String> named =
        officer.api().get("/grids").then().extract().path("findAll { it.name == '双击大网格' }.id");
    assertThat(named).containsOnlyOnce((String) first.path("id"));
    officer
        .api()
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "BIG", "name", "另一个", "divisionCode", OTHER_TOWNSHIP))
        .post("/grids")
        .then()
        .statusCode(409);

    byte[] huge = new byte[17 << 20];
    java.util.Arrays.fill(huge, (byte) '1');
    officer
        .api()
        .contentType("text/plain")
        .body(huge)
        .queryParam("name", "超大")
        .queryParam("source", "x")
        .queryParam("divisionCode", OTHER_TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(413);
    officer
        .api()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
        .post("/grids")
        .then()
        .statusCode(413);
  }

  @Test
  void someoneRegisteredElsewhereIsNamedOnlyAsRegisteredElsewhere() {
    Qunfang.Login here = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String household = Fixtures.household(here, Fixtures.smallGrid(here, COMMUNITY), "代溪村外区路3号");
    String idNumber = People.idNumber();
    String resident = Fixtures.resident(here, household, Fixtures.person("外区甲", idNumber, "HEAD"));
    Qunfang.Login there = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    String theirGrid = Fixtures.smallGrid(there, "350923103201");
    String theirHousehold = Fixtures.household(there, theirGrid, "长桥村1号");
    String refusal =
        there
            .api()
            .contentType(ContentType.JSON)
            .body(Fixtures.person("外区甲", idNumber, "HEAD"))
            .post("/households/" + theirHousehold + "/residents")
            .then()
            .statusCode(409)
            .extract()
            .path("detail");
    assertThat(refusal)
        .contains("其他辖区")
        .contains("代溪镇")
        .doesNotContain("外")
        .doesNotContain("3509231022");
    String arrival =
        there
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "gridId",
                    theirGrid,
                    "name",
                    "外区甲",
                    "idNumber",
                    idNumber,
                    "phone",
                    People.phone(),
                    "origin",
                    "代溪镇",
                    "arrivalDate",
                    today().toString(),
                    "address",
                    "长桥村1号"))
            .post("/arrivals")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    assertThat(arrival).doesNotContain(resident);
  }

  @Test
  void aNumberIsFoundOnlyInItsOwnList() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String first = phoneList(officer, "13800000001");
    String second = phoneList(officer, "13800000002");
    Map<String, Object> number =
        officer
            .api()
            .get("/phone-lists/" + second + "/numbers")
            .then()
            .statusCode(200)
            .extract()
            .path("[0]");
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "REACHED", "version", number.get("version")))
        .put("/phone-lists/" + first + "/numbers/" + number.get("id"))
        .then()
        .statusCode(404);
  }

  @Test
  void loggingCallsNeedsTheCounsellorsRole() {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    Qunfang.Login dispatcher = Qunfang.activeUser("350923", "DISPATCHER");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    String line = HotlineFixtures.service(supervisor, run, "调度员" + run, dispatcher);
    java.time.Instant end = java.time.Instant.now().minusSeconds(60);
    Map<String, Object> call = HotlineFixtures.call(line, end);
    dispatcher
        .api()
        .contentType(ContentType.JSON)
        .body(call)
        .post("/calls")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:call.notCounsellorRole"));
    call.put("divisionCode", "999999999999");
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    HotlineFixtures.service(supervisor, run + "b", "咨询员" + run, counsellor);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(call)
        .post("/calls")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("divisionCode"));
  }

  @Test
  void pagesAndAnswersCarryTheirProtectiveHeaders() {
    Response page = given().redirects().follow(false).get(Qunfang.BASE + "/login.xhtml");
    assertThat(page.header("Content-Security-Policy")).isNotBlank();
    assertThat(page.headers().getValues("Content-Security-Policy"))
        .anyMatch(p -> p.contains("script-src") && p.contains("nonce-"));
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.header("Cache-Control")).contains("no-store");
    assertThat(page.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(page.header("X-Powered-By")).isNull();
    assertThat(String.valueOf(page.header("Server"))).doesNotContainPattern("\\d");
    Response api = Qunfang.admin().api().get("/me");
    assertThat(api.header("Cache-Control")).contains("no-store");
    assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    given()
        .redirects()
        .follow(false)
        .get(Qunfang.SERVER + "/")
        .then()
        .body(org.hamcrest.Matchers.containsString("/qunfang/"));
  }

  private static String phoneList(Qunfang.Login who, String number) {
    return who.api()
        .contentType("text/plain")
        .body(number + "\n")
        .queryParam("name", "名单" + System.nanoTime() % 100000)
        .queryParam("source", "中国移动")
        .queryParam("divisionCode", TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /** Ten at once: exactly one is created, the others are told it exists (409), none fails. */
  private static void assertOneWins(Callable<Integer> attempt) throws Exception {
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      attempts.add(attempt);
    }
    List<Integer> statuses = all(attempts);
    assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
  }

  private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
