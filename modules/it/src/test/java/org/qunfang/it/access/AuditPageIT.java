package org.qunfang.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.grid.GridArea;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.web.Browser;

/**
 * The audit page reads as Chinese: the actor by name, the action and the record's kind in words,
 * the record by its name, and a change as its fields before and after.
 */
class AuditPageIT {

  private static final String TOWNSHIP = "350923205";
  private static final String COMMUNITY = "350923205203";

  @Test
  void anAuditorSeesWhoChangedWhichHouseholdFromWhatToWhat() throws Exception {
    GridArea area = GridArea.of(TOWNSHIP, COMMUNITY);
    String household = Fixtures.household(area.officer(), area.grid(), "寿山村审计路1号");
    long version =
        area.officer()
            .api()
            .get("/households/" + household)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    Map<String, Object> change = new HashMap<>();
    change.put("address", "寿山村审计路9号");
    change.put("version", version);
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(change)
        .put("/households/" + household)
        .then()
        .statusCode(200);
    Qunfang.Login auditor = Qunfang.activeUser(TOWNSHIP, "AUDITOR");

    List<Map<String, Object>> entries =
        auditor
            .api()
            .queryParam("entityType", "Household")
            .queryParam("entityId", household)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
    String updated = (String) entries.get(0).get("id");
    auditor
        .api()
        .get("/audit/" + updated)
        .then()
        .statusCode(200)
        .body("fields.find { it.field == 'address' }.before", containsString("1号"))
        .body("fields.find { it.field == 'address' }.after", containsString("9号"));
    Qunfang.activeUser("350923206", "AUDITOR")
        .api()
        .get("/audit/" + updated)
        .then()
        .statusCode(404)
        .body("detail", containsString("审计范围"));
    auditor
        .api()
        .queryParam("from", "2026-11-25")
        .queryParam("until", "2026-11-01")
        .get("/audit")
        .then()
        .statusCode(400)
        .body("detail", containsString("结束日期不能早于开始日期"));

    try (Browser web = Browser.open(Browser.DESKTOP, "audit-page")) {
      web.logIn(auditor);
      web.go("/access/audit.xhtml");
      web.find("audit:entityId").sendKeys(household);
      web.find("audit:find").click();
      web.settle();
      String table = web.find("audit:entries").getText();
      assertThat(table).contains("修改", "新增", "住户", "测试用户").doesNotContain("UPDATE", "Household");
      web.find("audit:entries:0:open").click();
      web.visible("audit:change");
      web.settle();
      String detail = web.find("audit:change").getText();
      assertThat(detail)
          .contains("住址", "房号", "修改前", "修改后", "寿山村审计路1号", "寿山村审计路9号")
          .as("the household goes by its address, not an id")
          .contains("住户 寿山村审计路9号");
      web.shot("audit-detail");
    }
  }
}
