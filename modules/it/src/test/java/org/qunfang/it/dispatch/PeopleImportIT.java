package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Workbooks;

/** A unit's list of people: every bad row named and nothing written, or everyone registered. */
class PeopleImportIT {

  private static final String TOWNSHIP = "350923205";
  private static final String COMMUNITY = "350923205201";

  private final Dispatch dispatch = Dispatch.of(TOWNSHIP);

  @Test
  void aListWithBadRowsIsRefusedWholeAndAGoodOneIsRegisteredWhole() {
    byte[] template =
        dispatch
            .dispatcher()
            .api()
            .get("/dispatch/people-imports/template")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    List<String> headers = Workbooks.firstRow(template);
    assertThat(headers).contains("姓名", "身份证号", "手机号", "服务区域代码", "身份（党员、下沉干部、志愿者，可多项）");

    String good = People.idNumber();
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(headers, "王一", good, People.phone(), COMMUNITY, "党员、下沉干部", "正式", "寿山乡机关", "警务"));
    rows.add(row(headers, "王二", good, People.phone(), COMMUNITY, "志愿者", "", "", ""));
    rows.add(
        row(headers, "王三", "350923199001011234", People.phone(), COMMUNITY, "志愿者", "", "", ""));
    rows.add(row(headers, "王四", People.idNumber(), "1234", "350923104201", "志愿者", "", "", "开挖掘机"));
    rows.add(row(headers, "王五", People.idNumber(), People.phone(), COMMUNITY, "路人", "", "", ""));
    Map<String, Object> refused = run(Workbooks.of(headers, rows));
    assertThat(refused.get("state")).isEqualTo("REFUSED");
    assertThat(refused.get("registered")).isEqualTo(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.get("errors");
    assertThat(errors).extracting(e -> e.get("row")).contains(3, 4, 5, 6);
    assertThat(errors.toString()).contains("第 2 行", "开挖掘机", "路人", "不在您的管辖区域内");
    assertThat(
            dispatch
                .dispatcher()
                .api()
                .queryParam("area", COMMUNITY)
                .queryParam("name", "王一")
                .get("/dispatch/people")
                .jsonPath()
                .getList("$"))
        .as("nothing written")
        .isEmpty();

    List<List<String>> fixed = new ArrayList<>();
    fixed.add(row(headers, "王一", good, People.phone(), COMMUNITY, "党员、下沉干部", "正式", "寿山乡机关", "警务"));
    fixed.add(
        row(headers, "王二", People.idNumber(), People.phone(), COMMUNITY, "志愿者", "", "", "医疗、驾驶"));
    Map<String, Object> done = run(Workbooks.of(headers, fixed));
    assertThat(done.get("state")).isEqualTo("DONE");
    assertThat(done.get("registered")).isEqualTo(2);
    assertThat(
            dispatch
                .dispatcher()
                .api()
                .queryParam("area", COMMUNITY)
                .queryParam("name", "王一")
                .get("/dispatch/people")
                .jsonPath()
                .getList("skills"))
        .hasSize(1);
  }

  /** A row of the template's columns: the ones named here filled, the rest blank. */
  private static List<String> row(
      List<String> headers,
      String name,
      String id,
      String mobile,
      String area,
      String servesAs,
      String standing,
      String unit,
      String skills) {
    List<String> row = new ArrayList<>();
    for (String header : headers) {
      row.add(
          switch (header) {
            case "姓名" -> name;
            case "身份证号" -> id;
            case "手机号" -> mobile;
            case "服务区域代码" -> area;
            case "身份（党员、下沉干部、志愿者，可多项）" -> servesAs;
            case "组织关系所在党组织" -> standing.isEmpty() ? "" : "寿山乡机关党支部";
            case "党员类别（正式、预备）" -> standing;
            case "派出单位" -> unit;
            case "技能（顿号分隔）" -> skills;
            default -> "";
          });
    }
    return row;
  }

  private Map<String, Object> run(byte[] workbook) {
    String id =
        dispatch
            .dispatcher()
            .api()
            .contentType(Workbooks.XLSX)
            .body(workbook)
            .post("/dispatch/people-imports")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      Map<String, Object> job =
          dispatch
              .dispatcher()
              .api()
              .get("/dispatch/people-imports/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("$");
      if (!List.of("QUEUED", "RUNNING").contains(job.get("state"))) {
        return job;
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("import did not finish");
  }
}
