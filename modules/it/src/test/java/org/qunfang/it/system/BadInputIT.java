package org.qunfang.it.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadInputIT {

  private static int accounts() {
    return Qunfang.admin().api().get("/accounts").then().statusCode(200).extract().path("size()");
  }

  private static io.restassured.response.ValidatableResponse post(Object body, String language) {
    return Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .header("Accept-Language", language)
        .body(body)
        .post("/accounts")
        .then()
        .contentType("application/problem+json");
  }

  @Test
  void malformedJsonIsRefused() {
    int before = accounts();
    post("{\"username\": \"abc\", oops", "zh")
        .statusCode(400)
        .body("type", startsWith("urn:qunfang:problem:input.malformed"));
    org.assertj.core.api.Assertions.assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void anUnknownFieldIsNamed() {
    post(Map.of("username", "abc", "nickname", "x"), "en")
        .statusCode(400)
        .body("violations.field", hasItem("nickname"))
        .body("detail", equalTo("Unknown field \"nickname\"."));
  }

  @Test
  void aWrongTypeIsNamed() {
    post(
            "{\"username\":\"abcd\",\"displayName\":\"x\",\"roles\":\"GRID_MEMBER\",\"homeDivision\":\"350923\"}",
            "zh")
        .statusCode(400)
        .body("violations.field", hasItem("roles"));
  }

  @Test
  void tooLongAndMissingFieldsAreNamedInTheCallersLanguage() {
    int before = accounts();
    Map<String, Object> body =
        Map.of(
            "username",
            "a".repeat(65),
            "displayName",
            "",
            "roles",
            List.of("GRID_MEMBER"),
            "homeDivision",
            "3509231");
    post(body, "zh")
        .statusCode(400)
        .body("violations.field", hasItem("username"))
        .body("violations.field", hasItem("displayName"))
        .body(
            "violations.find { it.field == 'homeDivision' }.message",
            equalTo("不是有效的区划代码（应为2、4、6、9或12位数字）"));
    post(body, "en")
        .statusCode(400)
        .body(
            "violations.find { it.field == 'homeDivision' }.message",
            equalTo("is not a division code (2, 4, 6, 9 or 12 digits)"));
    org.assertj.core.api.Assertions.assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void anUnknownDivisionCodeIsNamed() {
    int before = accounts();
    post(
            Map.of(
                "username",
                "ghost1",
                "displayName",
                "幽灵",
                "roles",
                List.of("GRID_MEMBER"),
                "homeDivision",
                "350923999"),
            "zh")
        .statusCode(400)
        .body("violations.field", hasItem("homeDivision"))
        .body("detail", equalTo("不存在代码为 350923999 的行政区划。"));
    org.assertj.core.api.Assertions.assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void anAreaOutsideTheAdministratorsIsForbidden() {
    post(
            Map.of(
                "username",
                "outsider",
                "displayName",
                "外人",
                "roles",
                List.of("GRID_MEMBER"),
                "homeDivision",
                "350105"),
            "zh")
        .statusCode(403);
  }

  @Test
  void aWeakPasswordIsRefusedInTheUsersLanguage() {
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "x", "newPassword", "onlyletters"))
        .put("/me/password")
        .then()
        .statusCode(400)
        .body("violations.find { it.field == 'newPassword' }.message", equalTo("须同时包含字母和数字"));
  }

  @Test
  void anUnknownAddressAndAWrongMediaTypeAreProblemsToo() {
    Qunfang.admin()
        .api()
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("该地址不存在。"));
    Qunfang.admin()
        .api()
        .contentType(ContentType.TEXT)
        .body("username=x")
        .post("/accounts")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
