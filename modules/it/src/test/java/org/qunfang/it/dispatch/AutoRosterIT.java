package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Automatic rostering through the job board: it keeps the hand's pins, breaks no rule, explains
 * what it could not fill, and stops when told.
 */
class AutoRosterIT {

  private static final String TOWNSHIP = "350923102";
  private static final String COMMUNITY = "350923102201";

  @Test
  void itFillsAroundThePinsBreaksNoRuleAndSaysWhyASlotStaysEmpty() {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    String post = dispatch.post("代溪村口" + System.nanoTime() % 100_000, COMMUNITY, 2);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(dispatch.volunteer("代溪志愿者" + i, COMMUNITY, List.of("COMMUNITY")));
    }
    Map<String, Object> pinned = Dispatch.slot(dispatch.shifts(post, 2).get(1), 1);
    dispatch.assign(pinned, people.get(0)).then().statusCode(200);

    Map<String, Object> outcome = run(dispatch, 5).get("outcome");

    assertThat((Integer) outcome.get("kept")).as("pins kept, ours among them").isPositive();
    assertThat((Integer) outcome.get("filled")).isPositive();
    List<Map<String, Object>> shifts = dispatch.shifts(post, 2);
    assertThat(Dispatch.slot(shifts.get(1), 1).get("personId")).isEqualTo(people.get(0));
    // nobody in the township has the police skill the night slots need: each is explained
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> empties = (List<Map<String, Object>>) outcome.get("empties");
    assertThat(empties)
        .filteredOn(e -> "POLICE".equals(e.get("skill")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat((String) e.get("reason")).contains("警务"));
    // no one is on two shifts less than 8 hours apart
    Map<Object, List<Instant[]>> byPerson = new HashMap<>();
    for (Map<String, Object> shift : shifts) {
      for (int p = 0; p < 2; p++) {
        Object who = Dispatch.slot(shift, p).get("personId");
        if (who != null) {
          byPerson
              .computeIfAbsent(who, k -> new ArrayList<>())
              .add(
                  new Instant[] {
                    Instant.parse((String) shift.get("startsAt")),
                    Instant.parse((String) shift.get("endsAt"))
                  });
        }
      }
    }
    byPerson.forEach(
        (who, spans) -> {
          for (Instant[] a : spans) {
            for (Instant[] b : spans) {
              if (a != b && !a[0].isAfter(b[0])) {
                assertThat(Duration.between(a[1], b[0]))
                    .as(who + "'s rest")
                    .isGreaterThanOrEqualTo(Duration.ofHours(8));
              }
            }
          }
        });
  }

  @Test
  void aRunCanBeStoppedAndOnlyItsStarterSeesIt() {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    dispatch.post("代溪桥头" + System.nanoTime() % 100_000, COMMUNITY, 1);
    dispatch.volunteer("代溪值守", COMMUNITY, List.of());
    String id =
        dispatch
            .dispatcher()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "area",
                    TOWNSHIP,
                    "from",
                    Dispatch.TOMORROW.toString(),
                    "days",
                    1,
                    "seconds",
                    120))
            .post("/dispatch/roster/auto")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Dispatch.of(TOWNSHIP)
        .dispatcher()
        .api()
        .get("/dispatch/roster/auto/" + id)
        .then()
        .statusCode(404);
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .post("/dispatch/roster/auto/" + id + "/stop")
        .then()
        .statusCode(200);
    Map<String, Map<String, Object>> done = await(dispatch, id, Duration.ofSeconds(15));
    assertThat(done.get("job").get("state")).isEqualTo("DONE");
    assertThat(done.get("outcome").get("stopped")).isEqualTo(true);

    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("area", "350923104", "from", Dispatch.TOMORROW.toString(), "days", 1))
        .post("/dispatch/roster/auto")
        .then()
        .statusCode(403);
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("from", Dispatch.TOMORROW.toString(), "days", 8))
        .post("/dispatch/roster/auto")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("days"));
  }

  private static Map<String, Map<String, Object>> run(Dispatch dispatch, int seconds) {
    String id =
        dispatch
            .dispatcher()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "area",
                    TOWNSHIP,
                    "from",
                    Dispatch.TOMORROW.toString(),
                    "days",
                    2,
                    "seconds",
                    seconds))
            .post("/dispatch/roster/auto")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    return await(dispatch, id, Duration.ofSeconds(seconds + 60));
  }

  private static Map<String, Map<String, Object>> await(
      Dispatch dispatch, String id, Duration most) {
    Instant until = Instant.now().plus(most);
    while (Instant.now().isBefore(until)) {
      Map<String, Object> job =
          dispatch
              .dispatcher()
              .api()
              .get("/dispatch/roster/auto/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("$");
      if (!List.of("QUEUED", "RUNNING").contains(job.get("state"))) {
        assertThat(job.get("failure")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) job.get("outcome");
        return Map.of("job", job, "outcome", outcome);
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("rostering did not finish within " + most);
  }
}
