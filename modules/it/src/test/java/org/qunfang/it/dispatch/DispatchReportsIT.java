package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * Dispatch's formal reports read back: a service certificate with the masked ID, hours and number;
 * 党员干部下沉一线情况统计表 with a township's line; 卡点值守排班表 with its gaps marked.
 */
class DispatchReportsIT {

  private static final String TOWNSHIP = "350923200";
  private static final String COMMUNITY = "350923200201";

  @Test
  void theCertificateAndBothReportsReadBack() throws Exception {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    String idNumber = People.idNumber();
    Map<String, Object> body =
        Dispatch.body("郑志愿", idNumber, COMMUNITY, List.of(), List.of(), null);
    body.put("party", Map.of("organisation", "屏城乡机关党支部", "standing", "FULL"));
    String person = dispatch.register(body).then().statusCode(201).extract().path("id");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String post =
        dispatch
            .dispatcher()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "屏城卡点" + System.nanoTime() % 100_000,
                    "kind",
                    "TESTING_SITE",
                    "area",
                    COMMUNITY,
                    "pattern",
                    "THREE_EIGHTS",
                    "needs",
                    List.of(
                        Map.of("start", "00:00", "end", "08:00", "headcount", 2),
                        Map.of("start", "08:00", "end", "16:00", "headcount", 2),
                        Map.of("start", "16:00", "end", "00:00", "headcount", 2))))
            .post("/dispatch/posts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("from", today.toString(), "until", today.plusDays(7).toString()))
        .post("/dispatch/posts/" + post + "/shifts")
        .then()
        .statusCode(200);
    Instant now = Instant.now();
    Map<String, Object> shift =
        dispatch
            .dispatcher()
            .api()
            .queryParam("area", COMMUNITY)
            .queryParam("from", today.toString())
            .get("/dispatch/roster/coverage")
            .then()
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("shifts")
            .stream()
            .filter(s -> post.equals(s.get("postId")))
            .filter(s -> !Instant.parse((String) s.get("startsAt")).isAfter(now))
            .filter(s -> Instant.parse((String) s.get("endsAt")).isAfter(now))
            .findFirst()
            .orElseThrow();
    Map<String, Object> slot = Dispatch.slot(shift, 0);
    dispatch.assign(slot, person).then().statusCode(200);
    Instant start = Instant.parse((String) shift.get("startsAt"));
    Instant out = now.isAfter(start.plusSeconds(60)) ? now : start.plusSeconds(60);
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signedInAt",
                start.toString(),
                "signedOutAt",
                out.minusSeconds(1).toString(),
                "reason",
                "值守登记簿补录",
                "version",
                2))
        .put("/dispatch/attendance/slots/" + slot.get("id"))
        .then()
        .statusCode(200);

    dispatch
        .dispatcher()
        .api()
        .get("/dispatch/people/" + person + "/services")
        .then()
        .statusCode(200)
        .body("services.size()", org.hamcrest.Matchers.equalTo(1))
        .body("services[0].content", org.hamcrest.Matchers.equalTo("核酸检测引导点值守"))
        .body("idNumber", containsString("********"));
    String certificate =
        text(
            issue(dispatch.dispatcher(), request("dispatch-certificate", COMMUNITY, null, person)));
    assertThat(certificate)
        .contains(
            "志愿服务证明", "兹证明郑志愿", idNumber.substring(0, 6) + "********" + idNumber.substring(14))
        .contains("累计服务时长", "核酸检测引导点值守", "—1—")
        .doesNotContain(idNumber);
    issue(dispatch.dispatcher(), request("dispatch-certificate", COMMUNITY, null, null))
        .then()
        .statusCode(400)
        .body("detail", containsString("为谁出具"));

    Qunfang.Login officer = Qunfang.activeUser("350923", "REPORT_OFFICER");
    String deployment = text(issue(officer, request("dispatch-deployment", "350923", null, null)));
    assertThat(deployment).contains("党员干部下沉一线情况统计表", "屏城乡", "合计", "临时党支部");

    String roster =
        text(
            issue(
                dispatch.dispatcher(),
                request("dispatch-roster-week", COMMUNITY, today.plusDays(1), null)));
    assertThat(roster).contains("卡点值守排班表", "附件", "缺2人", "应到人次");
  }

  private static Map<String, Object> request(
      String kind, String area, LocalDate from, String subject) {
    Map<String, Object> request = new HashMap<>();
    request.put("kind", kind);
    request.put("area", area);
    if (!kind.equals("dispatch-certificate")) {
      request.put("addressee", "宁德市疫情防控指挥部");
    }
    if (from != null) {
      request.put("from", from.toString());
    }
    if (subject != null) {
      request.put("subject", subject);
    }
    return request;
  }

  private static io.restassured.response.Response issue(
      Qunfang.Login who, Map<String, Object> request) {
    return who.api().contentType(ContentType.JSON).body(request).post("/reports/issued");
  }

  /**
   * The issued report's text without line breaks (lines wrap anywhere in Chinese), its fonts all
   * embedded; the PDF kept in target/ for a look.
   */
  private static String text(io.restassured.response.Response issued) throws Exception {
    issued.then().statusCode(201);
    String id = issued.path("id");
    byte[] pdf = Qunfang.admin().api().get("/reports/issued/" + id + "/pdf").asByteArray();
    String kind = issued.path("kind");
    Files.write(Path.of("target", kind + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
