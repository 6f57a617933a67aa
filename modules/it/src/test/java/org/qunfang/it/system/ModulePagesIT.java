package org.qunfang.it.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each module's pages come from its web jar under /<module>/, the menu is what the modules
 * contribute for the signed-in roles, and the pages' old root paths send bookmarks on.
 */
class ModulePagesIT {

  private static final Map<String, String> MOVED =
      Map.ofEntries(
          Map.entry("divisions", "grid"),
          Map.entry("grids", "grid"),
          Map.entry("residents", "grid"),
          Map.entry("sweeps", "grid"),
          Map.entry("screening", "grid"),
          Map.entry("checkpoints", "grid"),
          Map.entry("outreach", "grid"),
          Map.entry("dashboard", "grid"),
          Map.entry("calls", "hotline"),
          Map.entry("hotline", "hotline"),
          Map.entry("reports", "reports"),
          Map.entry("accounts", "access"),
          Map.entry("audit", "access"));

  @Test
  void oldRootPathsRedirectPermanentlyKeepingTheQuery() {
    Map<String, String> session = PageSession.login(Qunfang.activeUser("350923", "AUDITOR"));
    for (Map.Entry<String, String> page : MOVED.entrySet()) {
      Response answer =
          given()
              .redirects()
              .follow(false)
              .cookies(session)
              .get(Qunfang.BASE + "/" + page.getKey() + ".xhtml?code=350923100");
      assertThat(answer.statusCode()).as(page.getKey()).isEqualTo(301);
      assertThat(answer.header("Location"))
          .as(page.getKey())
          .endsWith("/qunfang/" + page.getValue() + "/" + page.getKey() + ".xhtml?code=350923100");
    }
    Response post =
        given()
            .redirects()
            .follow(false)
            .cookies(session)
            .formParam("x", "1")
            .post(Qunfang.BASE + "/grids.xhtml");
    assertThat(post.statusCode()).as("a form post keeps its method").isEqualTo(308);
  }

  @Test
  void aGridMemberSeesTheFieldPagesAndAnAuditorTheTrail() {
    Map<String, String> member = PageSession.login(Qunfang.activeUser("350923100", "GRID_MEMBER"));
    String home = page(member, "/index.xhtml");
    assertThat(home).contains("/qunfang/grid/residents.xhtml", "/qunfang/grid/sweeps.xhtml");
    assertThat(home).doesNotContain("/qunfang/access/audit.xhtml", "/qunfang/hotline/calls.xhtml");
    assertThat(page(member, "/grid/residents.xhtml")).contains("id=\"residents");

    Map<String, String> auditor = PageSession.login(Qunfang.activeUser("350923", "AUDITOR"));
    String auditorHome = page(auditor, "/index.xhtml");
    assertThat(auditorHome)
        .contains("/qunfang/access/audit.xhtml", "/qunfang/reports/reports.xhtml");
    assertThat(auditorHome).doesNotContain("/qunfang/grid/residents.xhtml");
    for (String path : List.of("/access/audit.xhtml", "/reports/reports.xhtml")) {
      assertThat(page(auditor, path)).as(path).contains("</html>").doesNotContain("Exception");
    }
  }

  private static String page(Map<String, String> session, String path) {
    Response answer = given().redirects().follow(false).cookies(session).get(Qunfang.BASE + path);
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    return answer.asString();
  }
}
