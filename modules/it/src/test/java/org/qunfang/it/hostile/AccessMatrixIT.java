package org.qunfang.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * Every role, in two townships, against every reading operation in {@code /openapi}: no answer is a
 * server error, no list carries a record of another area, and no record made in one township can be
 * read from the other. Generated from the listing, so a new endpoint joins the matrix by itself.
 */
class AccessMatrixIT {

  private static final String HERE = "350923202";
  private static final String THERE = "350923203";
  private static final List<String> ROLES =
      List.of(
          "DISTRICT_ADMIN",
          "TOWNSHIP_OFFICER",
          "COMMUNITY_OFFICER",
          "GRID_MEMBER",
          "DISPATCHER",
          "SHIFT_LEADER",
          "DUTY_STAFF",
          "CARE_WORKER",
          "HOTLINE_COUNSELLOR",
          "HOTLINE_SUPERVISOR",
          "REPORT_OFFICER",
          "AUDITOR");

  /** Fields that say where a record lies. */
  private static final List<String> AREA_FIELDS =
      List.of("divisionCode", "homeDivision", "areaCode", "area");

  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private int checks;

  @Test
  void rolesAndAreasHoldOnEveryReadingOperation() {
    ApiListing api = ApiListing.read();
    Map<String, String> records = recordsIn(HERE);
    Map<String, Qunfang.Login> users = new LinkedHashMap<>();
    for (String role : ROLES) {
      users.put(role + "@" + HERE, Qunfang.activeUser(HERE, role));
      users.put(role + "@" + THERE, Qunfang.activeUser(THERE, role));
    }
    List<ApiListing.Operation> reads =
        api.operations().stream().filter(o -> o.method().equals("GET")).toList();
    users.forEach(
        (who, login) -> {
          String home = who.substring(who.indexOf('@') + 1);
          for (ApiListing.Operation read : reads) {
            if (!read.hasPathParameters()) {
              Response answer = get(login, read.path());
              checkArea(who + " " + read, home, answer);
            } else if (read.path().chars().filter(c -> c == '{').count() == 1
                && home.equals(THERE)) {
              for (Map.Entry<String, String> record : records.entrySet()) {
                String path = read.path().replaceAll("\\{[^}]+}", record.getValue());
                Response answer = get(login, path);
                if (answer.statusCode() < 300) {
                  failures.add(who + " read " + record.getKey() + " of " + HERE + " at " + path);
                }
              }
            }
          }
        });
    System.out.println(
        "access matrix: "
            + users.size()
            + " accounts × "
            + reads.size()
            + " reading operations, "
            + checks
            + " requests, statuses "
            + statuses);
    assertThat(failures).isEmpty();
  }

  private Response get(Qunfang.Login login, String path) {
    Response answer =
        io.restassured.RestAssured.given()
            .baseUri(Qunfang.SERVER + "/qunfang")
            .auth()
            .preemptive()
            .basic(login.username(), login.password())
            .accept(ContentType.JSON)
            .get(path);
    checks++;
    statuses.merge(answer.statusCode(), 1, Integer::sum);
    if (answer.statusCode() >= 500) {
      failures.add(path + " answered " + answer.statusCode());
    }
    return answer;
  }

  private void checkArea(String what, String home, Response answer) {
    if (answer.statusCode() != 200 || !answer.contentType().contains("json")) {
      return;
    }
    Object body = answer.jsonPath().get("");
    walk(
        body,
        value -> {
          if (value.matches("\\d{6}|\\d{9}|\\d{12}")
              && !value.startsWith(home)
              && !home.startsWith(value)) {
            failures.add(what + " showed a record of " + value);
          }
        });
  }

  /** Every value of an area field anywhere in the answer. */
  private static void walk(Object node, java.util.function.Consumer<String> area) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if (AREA_FIELDS.contains(String.valueOf(key)) && value instanceof String code) {
              area.accept(code);
            } else {
              walk(value, area);
            }
          });
    } else if (node instanceof Collection<?> items) {
      items.forEach(item -> walk(item, area));
    }
  }

  /** A grid, household, resident, sweep, checkpoint and arrival of the township, by kind. */
  private static Map<String, String> recordsIn(String township) {
    Qunfang.Login officer = Qunfang.activeUser(township, "TOWNSHIP_OFFICER");
    String community = township + "201";
    Map<String, String> ids = new LinkedHashMap<>();
    String big =
        Fixtures.created(
            officer, "/grids", Map.of("kind", "BIG", "name", "矩阵大网格", "divisionCode", township));
    ids.put("big grid", big);
    String small =
        Fixtures.created(
            officer,
            "/grids",
            Map.of("kind", "SMALL", "name", "矩阵小网格", "divisionCode", community, "parentId", big));
    ids.put("small grid", small);
    String household =
        Fixtures.created(
            officer, "/households", Map.of("gridId", small, "address", "矩阵路1号", "room", "1"));
    ids.put("household", household);
    ids.put(
        "resident",
        Fixtures.created(
            officer,
            "/households/" + household + "/residents",
            Map.of(
                "name",
                "矩阵甲",
                "idNumber",
                People.idNumber(),
                "relation",
                "HEAD",
                "residenceType",
                "REGISTERED")));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ids.put(
        "sweep",
        Fixtures.created(
            officer,
            "/sweeps",
            Map.of(
                "name",
                "矩阵扫楼",
                "divisionCode",
                township,
                "startDate",
                today.toString(),
                "endDate",
                today.toString())));
    ids.put(
        "checkpoint",
        Fixtures.created(
            officer,
            "/checkpoints",
            Map.of(
                "gridId",
                small,
                "name",
                "矩阵卡点",
                "kind",
                "VILLAGE_GATE",
                "location",
                "村口",
                "roundTheClock",
                true,
                "closedManagement",
                false)));
    ids.put(
        "arrival",
        Fixtures.created(
            officer,
            "/arrivals",
            Map.of(
                "gridId",
                small,
                "name",
                "矩阵乙",
                "phone",
                People.phone(),
                "origin",
                "上海市",
                "arrivalDate",
                today.toString(),
                "address",
                "矩阵路2号")));
    return ids;
  }
}
