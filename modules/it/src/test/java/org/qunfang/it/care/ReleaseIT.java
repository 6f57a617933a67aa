package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.care.Care.TODAY;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Release: refused with the reason while the period runs or a test has no result; done, it ends the
 * observation, takes the register's tag off and issues the 解除通知单, read back here.
 */
class ReleaseIT {

  static Care care;
  static String oneDay;
  static String oneDayWithTest;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202207");
    oneDay = Care.oneDayType(List.of(), "23:59");
    oneDayWithTest = Care.oneDayType(List.of(1), "23:59");
  }

  @Test
  void aPeriodStillRunningIsRefusedWithItsLastDay() {
    Map<String, Object> o = care.observed("严未满");

    care.release(o.get("id"))
        .then()
        .statusCode(409)
        .body("detail", containsString("严未满 不能解除：观察期至 " + TODAY.plusDays(6)));
    care.officer()
        .api()
        .get("/care/observations/" + o.get("id") + "/holds")
        .then()
        .statusCode(200)
        .body("hold", equalTo(List.of("PERIOD_NOT_OVER", "TEST_PENDING")));
  }

  @Test
  void aTestWithoutResultHoldsTheReleaseUntilItIsNegative() {
    Object id =
        care.place(care.officer(), care.resident("鲍待检"), oneDayWithTest, TODAY)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    care.release(id).then().statusCode(409).body("detail", containsString("核酸检测尚无结果"));

    Map<String, Object> test =
        care.officer()
            .api()
            .get("/care/observations/" + id + "/tests")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("[0]");
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "sampledAt", Instant.now().minusSeconds(60).toString(),
                "result", "NEGATIVE",
                "version", test.get("version")))
        .put("/care/observations/" + id + "/tests/" + test.get("id"))
        .then()
        .statusCode(200)
        .body("result", equalTo("NEGATIVE"));
    care.release(id).then().statusCode(200).body("observation.status", equalTo("RELEASED"));
  }

  @Test
  void aReleaseEndsTheObservationUntagsTheResidentAndIssuesTheNotice() {
    String resident = care.resident("柏期满");
    Object id =
        care.place(care.officer(), resident, oneDay, TODAY)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<String> due =
        care.officer()
            .api()
            .get("/care/due")
            .then()
            .statusCode(200)
            .extract()
            .path("observation.id");
    assertThat(due).contains((String) id);

    String notice =
        care.release(id)
            .then()
            .statusCode(200)
            .body("observation.status", equalTo("RELEASED"))
            .extract()
            .path("notice");

    care.release(id).then().statusCode(409);
    List<Map<String, Object>> residents =
        care.officer()
            .api()
            .get("/households/" + care.household())
            .then()
            .extract()
            .jsonPath()
            .getList("residents");
    assertThat(residents)
        .filteredOn(r -> r.get("id").equals(resident))
        .allSatisfy(
            r -> assertThat((List<String>) r.get("tags")).doesNotContain("HOME_HEALTH_MONITORING"));
    byte[] pdf =
        care.officer()
            .api()
            .get("/reports/issued/" + notice + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String text = Care.text(pdf).replace("\n", "");
    assertThat(text)
        .contains("解除居家健康观察通知单", "柏期满", "特此通知", "解除日期")
        .contains(TODAY.getYear() + "年" + TODAY.getMonthValue() + "月" + TODAY.getDayOfMonth() + "日")
        .doesNotContain("℃");
  }
}
