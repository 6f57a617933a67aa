package org.qunfang.it.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests from elsewhere: the API deaf to the session cookie and to other sites, foreign view
 * states never a server error, protective headers on every page and answer.
 */
class ForeignRequestsIT {

  private static final String TOWNSHIP = "350923102";

  @Test
  void theApiDoesNotActOnTheSessionCookieOrForOtherSites() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Map<String, String> session = PageSession.login(officer);
    given().cookies(session).get(Qunfang.API + "/me").then().statusCode(401);
    given()
        .cookies(session)
        .contentType("text/plain")
        .body("13800138000")
        .queryParam("name", "跨站")
        .queryParam("source", "x")
        .queryParam("divisionCode", TOWNSHIP)
        .post(Qunfang.API + "/phone-lists")
        .then()
        .statusCode(401);

    officer
        .api()
        .header("Origin", "http://evil.example")
        .contentType("text/plain")
        .body("13800138000")
        .queryParam("name", "跨站")
        .queryParam("source", "x")
        .queryParam("divisionCode", TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:request.crossSite"));
    officer
        .api()
        .header("Sec-Fetch-Site", "cross-site")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/grids")
        .then()
        .statusCode(403);
    officer
        .api()
        .contentType("text/plain")
        .body("{\"kind\":\"BIG\"}")
        .post("/grids")
        .then()
        .statusCode(415);
    officer
        .api()
        .contentType("application/x-www-form-urlencoded")
        .body("a=1")
        .post("/grids/staff/" + java.util.UUID.randomUUID() + "/end")
        .then()
        .statusCode(415);
    // the same origin is welcome
    officer
        .api()
        .header("Origin", Qunfang.SERVER)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/grids")
        .then()
        .statusCode(400);
  }

  @Test
  void aFormPostedWithAForeignViewStateIsNeverAServerError() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Map<String, String> session = PageSession.login(officer);
    for (String state : List.of("-1:-1", "1234567890:9876543210", "x")) {
      Response answer =
          given()
              .redirects()
              .follow(false)
              .cookies(session)
              .formParam("nav", "nav")
              .formParam("nav:language", "")
              .formParam("jakarta.faces.ViewState", state)
              .post(Qunfang.BASE + "/grid/grids.xhtml");
      assertThat(answer.statusCode()).as(state).isIn(200, 302, 303);
      assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("org.qunfang");
    }
    given()
        .redirects()
        .follow(false)
        .formParam("jakarta.faces.ViewState", "-1:-1")
        .post(Qunfang.BASE + "/grid/grids.xhtml")
        .then()
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  @Test
  void pagesAndAnswersCarryTheirProtectiveHeaders() {
    Response page = given().redirects().follow(false).get(Qunfang.BASE + "/login.xhtml");
    assertThat(page.header("Content-Security-Policy")).isNotBlank();
    assertThat(page.headers().getValues("Content-Security-Policy"))
        .anyMatch(p -> p.contains("script-src") && p.contains("nonce-"));
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.header("Cache-Control")).contains("no-store");
    assertThat(page.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(page.header("X-Powered-By")).isNull();
    assertThat(String.valueOf(page.header("Server"))).doesNotContainPattern("\\d");
    Response api = Qunfang.admin().api().get("/me");
    assertThat(api.header("Cache-Control")).contains("no-store");
    assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    given()
        .redirects()
        .follow(false)
        .get(Qunfang.SERVER + "/")
        .then()
        .body(org.hamcrest.Matchers.containsString("/qunfang/"));
  }
}
