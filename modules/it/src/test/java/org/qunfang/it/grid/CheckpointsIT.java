package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;

/** The gate: passages logged, fevers flagged, misreadings refused, hours required. */
class CheckpointsIT {

  private static final String TOWNSHIP = "350923204";
  private static final String COMMUNITY = "350923204201";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static GridArea area;

  @BeforeAll
  static void area() {
    area = GridArea.of(TOWNSHIP, COMMUNITY);
  }

  @Test
  void theGateLogsPassagesFlagsFeversAndRefusesMisreadings() {
    String checkpoint = checkpoint("棠口村口" + System.nanoTime() % 10000);
    passage(checkpoint, "PERSON", null, "36.6")
        .then()
        .statusCode(201)
        .body("flagged", org.hamcrest.Matchers.is(false));
    passage(checkpoint, "PERSON", null, "37.3")
        .then()
        .statusCode(201)
        .body("flagged", org.hamcrest.Matchers.is(true));
    passage(checkpoint, "VEHICLE", "闽J12345", "36.8").then().statusCode(201);
    passage(checkpoint, "PERSON", null, "43.5")
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("temperature"))
        .body("violations[0].message", containsString("34.0–43.0"));
    passage(checkpoint, "VEHICLE", null, "36.5")
        .then()
        .statusCode(400)
        .body("detail", containsString("车牌号"));

    JsonPath days =
        area.officer()
            .api()
            .get("/checkpoints/" + checkpoint + "/daily")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(days.getList("$")).hasSize(7);
    assertThat(days.getMap("[6]"))
        .containsEntry("day", TODAY.toString())
        .containsEntry("persons", 2)
        .containsEntry("vehicles", 1)
        .containsEntry("flagged", 1);
    area.officer()
        .api()
        .get("/checkpoints/" + checkpoint + "/passages")
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(3));
    area.officer()
        .api()
        .get("/checkpoints/" + checkpoint + "/daily?from=2026-13-01")
        .then()
        .statusCode(400)
        .body("detail", containsString("2026-01-31"));

    // Hours are needed unless it is staffed round the clock; the name is unique in the grid.
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                area.grid(),
                "name",
                "夜间道口",
                "kind",
                "ROAD",
                "location",
                "省道",
                "roundTheClock",
                false,
                "closedManagement",
                false))
        .post("/checkpoints")
        .then()
        .statusCode(400)
        .body("detail", containsString("开始和结束时间"));
  }

  private static String checkpoint(String name) {
    return Fixtures.villageGate(area.officer(), area.grid(), name, "棠口村入口");
  }

  private static io.restassured.response.Response passage(
      String checkpoint, String subject, String plate, String temperature) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("subject", subject);
    body.put("temperature", new java.math.BigDecimal(temperature));
    body.put("healthCode", "GREEN");
    body.put("idRegistered", true);
    if (plate != null) {
      body.put("vehiclePlate", plate);
    }
    return area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/checkpoints/" + checkpoint + "/passages");
  }
}
