package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.care.Care.TODAY;
import static org.qunfang.it.care.Care.reading;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/**
 * A slot whose window closes with nothing recorded is found missed by the watch and alerts the
 * community; a person not reached alerts at once. The type here is made for the test: one day, one
 * window closing a minute from now.
 */
class MissedChecksIT {

  static Care care;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202206");
  }

  static Optional<Map<String, Object>> alertOf(Object observation) {
    List<Map<String, Object>> open =
        care.officer()
            .api()
            .get("/care/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    return open.stream().filter(a -> a.get("observationId").equals(observation)).findFirst();
  }

  @Test
  void aWindowClosingWithNoCheckRaisesAMissedAlert() throws InterruptedException {
    LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai"));
    Assumptions.assumeTrue(now.isBefore(LocalTime.of(23, 57)), "the window must close today");
    // at least 30 s away: a periodic scan (every 20 s) sees it coming and arms a timer for it
    LocalTime closes = now.plusSeconds(90).withSecond(0).withNano(0);
    String type =
        Qunfang.admin()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "漏检测试" + System.nanoTime() % 100_000,
                    "nameEn",
                    "Missed check test",
                    "periodDays",
                    1,
                    "testDays",
                    List.of(),
                    "windows",
                    List.of(
                        Map.of("slot", "MORNING", "opens", "00:00", "closes", closes.toString())),
                    "feverThreshold",
                    37.3,
                    "symptoms",
                    List.of("FEVER")))
            .post("/care/types")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Object observation =
        care.place(care.officer(), care.resident("钱漏检"), type, TODAY)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // found as the window closes, not at the next periodic scan: within 5 s of the close
    Instant deadline =
        LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .atTime(closes)
            .atZone(ZoneId.of("Asia/Shanghai"))
            .toInstant()
            .plusSeconds(5);
    Optional<Map<String, Object>> alert = alertOf(observation);
    while (alert.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      alert = alertOf(observation);
    }

    assertThat(alert).hasValueSatisfying(a -> assertThat(a.get("kind")).isEqualTo("MISSED"));
    assertThat(alert.get().get("slot")).isEqualTo("MORNING");
    care.officer()
        .api()
        .get("/care/observations/" + observation + "/checks")
        .then()
        .statusCode(200)
        .body("[0].missed", equalTo(true))
        .body("[0].at", equalTo(null));
  }

  @Test
  void aPersonNotReachedAlertsAtOnce() {
    Map<String, Object> o = care.observed("冯失联");

    care.check(care.officer(), o.get("id"), reading(null, "NOT_REACHED"))
        .then()
        .statusCode(201)
        .body("status", equalTo("NOT_REACHED"));

    assertThat(alertOf(o.get("id")))
        .hasValueSatisfying(a -> assertThat(a.get("kind")).isEqualTo("MISSED"));
    care.officer()
        .api()
        .get("/care/alerts/count")
        .then()
        .statusCode(200)
        .body("open", org.hamcrest.Matchers.greaterThan(0));
  }
}
