package org.qunfang.it.system;

import io.restassured.http.ContentType;
import java.util.Map;

/** Grids, households and residents made through the API for tests to work on. */
public final class Fixtures {

  private Fixtures() {}

  /** A big grid of 古峰镇 and a small grid of one of its communities; returns the small grid's id. */
  public static String smallGrid(Qunfang.Login township, String community) {
    String big =
        township
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "BIG", "name", "测试大网格", "divisionCode", community.substring(0, 9)))
            .post("/grids")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "SMALL", "name", "测试小网格", "divisionCode", community, "parentId", big))
        .post("/grids")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String household(Qunfang.Login who, String grid, String address) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(Map.of("gridId", grid, "address", address, "room", "1-101"))
        .post("/households")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Whatever {@code path} creates from {@code body}, as {@code who}; returns its id. */
  public static String created(Qunfang.Login who, String path, Map<String, ?> body) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A round-the-clock village gate under closed management in {@code grid}; returns its id. */
  public static String villageGate(Qunfang.Login who, String grid, String name, String location) {
    return created(
        who,
        "/checkpoints",
        Map.of(
            "gridId",
            grid,
            "name",
            name,
            "kind",
            "VILLAGE_GATE",
            "location",
            location,
            "roundTheClock",
            true,
            "closedManagement",
            true));
  }
}
