package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Races for one unique value are conflicts, server-assigned codes and document numbers never
 * collide, a retried creation is done once, oversized bodies are refused.
 */
class ConcurrencyIT {

  private static final String TOWNSHIP = "350923102";
  private static final String OTHER_TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923102201";
  private static final Pattern NUMBER = Pattern.compile("屏防指〔\\d{4}〕(\\d+)号");

  @Test
  void racesForOneUniqueValueAreConflicts() throws Exception {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(officer, COMMUNITY);
    String household = Fixtures.household(officer, grid, "代溪村并发路2号");
    Map<String, Object> person = aResident().named("并发乙").body();
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
        issuer
            .api()
            .get("/reports/kinds")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { !it.subject }.kind"); // a certificate names its person
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
