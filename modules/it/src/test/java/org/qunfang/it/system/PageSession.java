package org.qunfang.it.system;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A session made by signing in on the login page, as a browser would, for cookie-only requests. */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private PageSession() {}

  /** The cookies of a signed-in page session (the account's password must already be chosen). */
  public static Map<String, String> login(Qunfang.Login login) {
    Response page = given().get(Qunfang.BASE + "/login.xhtml");
    Matcher state = VIEW_STATE.matcher(page.asString());
    if (!state.find()) {
      throw new IllegalStateException("No view state on the login page");
    }
    Map<String, String> cookies = new HashMap<>(page.cookies());
    Response signedIn =
        given()
            .redirects()
            .follow(false)
            .cookies(cookies)
            .formParam("login", "login")
            .formParam("login:username", login.username())
            .formParam("login:password", login.password())
            .formParam("login:submit", "")
            .formParam("jakarta.faces.ViewState", state.group(1))
            .post(Qunfang.BASE + "/login.xhtml");
    cookies.putAll(signedIn.cookies());
    if (given()
            .redirects()
            .follow(false)
            .cookies(cookies)
            .get(Qunfang.BASE + "/index.xhtml")
            .statusCode()
        != 200) {
      throw new IllegalStateException("The page session did not sign in");
    }
    return cookies;
  }
}
