package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.care.Care.TODAY;
import static org.qunfang.it.care.Care.reading;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily figures and the 居家医学观察人员情况日报 read back against what was done in a community of their
 * own: four placed, one released, one transferred after an abnormal check.
 */
class CareFiguresIT {

  static Care care;
  static Map<String, Integer> before;

  static Map<String, Integer> total() {
    return care.officer()
        .api()
        .get("/care/figures?day=" + TODAY)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("total");
  }

  /** What the set-up added to each figure (a rerun on the same database adds to the last run's). */
  static int added(String figure) {
    return total().get(figure) - before.get(figure);
  }

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202208");
    before = total();
    Map<String, Object> fever = care.observed("甲发热");
    Map<String, Object> taken = care.observed("乙转运");
    care.observed("丙在观");
    String oneDay = Care.oneDayType(List.of(), "23:59");
    Object released =
        care.place(care.officer(), care.resident("丁解除"), oneDay, TODAY)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    care.release(released).then().statusCode(200);
    care.check(care.officer(), fever.get("id"), reading("38.2", "SEEN")).then().statusCode(201);
    care.check(care.officer(), taken.get("id"), reading("37.6", "SEEN")).then().statusCode(201);
    Map<String, Object> alert =
        care.officer()
            .api()
            .get("/care/observations/" + taken.get("id") + "/alerts")
            .then()
            .extract()
            .jsonPath()
            .getMap("[0]");
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "action", "TRANSFERRED",
                "transferredTo", "DESIGNATED_HOSPITAL",
                "note", "120 转定点医院",
                "version", alert.get("version")))
        .post("/care/alerts/" + alert.get("id") + "/response")
        .then()
        .statusCode(200);
  }

  @Test
  void theCommunitysFiguresAreWhatWasDone() {
    assertThat(added("placedToday")).isEqualTo(4);
    assertThat(added("placedTotal")).isEqualTo(4);
    assertThat(added("releasedToday")).isEqualTo(1);
    assertThat(added("releasedTotal")).isEqualTo(1);
    assertThat(added("observed")).isEqualTo(2);
    assertThat(added("abnormalToday")).isEqualTo(2);
    assertThat(added("transferredToday")).isEqualTo(1);
    assertThat(added("transferredTotal")).isEqualTo(1);
    assertThat(added("missedToday")).isZero();
  }

  @Test
  void theTownshipShowsTheCommunityAsARowAndYesterdayHadNothing() {
    List<Map<String, Object>> rows =
        care.township()
            .api()
            .get("/care/figures?day=" + TODAY)
            .then()
            .statusCode(200)
            .body("area", equalTo("350923202"))
            .extract()
            .jsonPath()
            .getList("rows");
    assertThat(rows)
        .filteredOn(r -> r.get("code").equals(care.community()))
        .singleElement()
        .satisfies(r -> assertThat(r.get("observed")).isEqualTo(total().get("observed")))
        .satisfies(r -> assertThat(r.get("name")).isEqualTo("下山登村委会"));
    care.officer()
        .api()
        .get("/care/figures?day=" + TODAY.minusDays(1))
        .then()
        .statusCode(200)
        .body("total.placedTotal", equalTo(0));
  }

  @Test
  void theDailyReportReadsBackTheSameFigures() {
    String id =
        care.officer()
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "care-daily", "area", care.community(), "from", TODAY.toString()))
            .post("/reports/issued")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    byte[] pdf =
        care.officer()
            .api()
            .get("/reports/issued/" + id + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();

    String text = Care.text(pdf).replace("\n", "");
    Map<String, Integer> t = total();
    assertThat(text)
        .contains("居家医学观察人员情况日报")
        .contains("累计追踪居家医学观察人员" + t.get("placedTotal") + "人，当日新增" + t.get("placedToday") + "人")
        .contains("当日解除" + t.get("releasedToday") + "人，累计解除" + t.get("releasedTotal") + "人")
        .contains("尚在观察" + t.get("observed") + "人")
        .contains("当日体温或症状异常" + t.get("abnormalToday") + "人")
        .contains("当日转运" + t.get("transferredToday") + "人（累计" + t.get("transferredTotal") + "人）")
        .contains("合计");
  }
}
