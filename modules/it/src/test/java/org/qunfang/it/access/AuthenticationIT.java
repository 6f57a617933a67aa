package org.qunfang.it.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

class AuthenticationIT {

  @Test
  void noCredentialsIsA401ProblemInChinese() {
    given()
        .get(Qunfang.API + "/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"))
        .body("status", equalTo(401))
        .body("detail", equalTo("用户名或密码错误，或账号已被锁定、停用。"));
  }

  @Test
  void wrongPasswordAndUnknownUserLookTheSame() {
    Qunfang.Login user = Qunfang.activeUser("350923", "GRID_MEMBER");
    String wrongPassword =
        given()
            .auth()
            .preemptive()
            .basic(user.username(), "nope")
            .header("Accept-Language", "en")
            .get(Qunfang.API + "/me")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    String unknownUser =
        given()
            .auth()
            .preemptive()
            .basic("nobody-here", "nope")
            .header("Accept-Language", "en")
            .get(Qunfang.API + "/me")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(wrongPassword).isEqualTo(unknownUser);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
    Qunfang.Login user = Qunfang.activeUser("350923", "GRID_MEMBER");
    failFiveTimes(user);
    user.api().get("/me").then().statusCode(401);
  }

  @Test
  void aOneTimePasswordOpensNothingButThePasswordChange() {
    Qunfang.Login fresh = Qunfang.newUser("350923", "GRID_MEMBER");
    fresh.api().get("/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
    fresh
        .api()
        .get("/divisions/home")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:password.mustChange"));
  }

  @Test
  void theWrongRoleIsA403() {
    Qunfang.Login member = Qunfang.activeUser("350923", "GRID_MEMBER");
    member
        .api()
        .get("/accounts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void everyLoginFailureAndLockOutIsInTheAuditTrailForAuditors() {
    Qunfang.Login user = Qunfang.activeUser("350923", "GRID_MEMBER");
    failFiveTimes(user);
    Qunfang.admin()
        .api()
        .queryParam("actor", user.username())
        .get("/audit")
        .then()
        .statusCode(200)
        .body("findAll { it.action == 'LOGIN_FAILED' }.size()", equalTo(5))
        .body("findAll { it.action == 'LOCKED_OUT' }.size()", equalTo(1));
    user.api().get("/audit").then().statusCode(401);
    Qunfang.activeUser("350923", "GRID_MEMBER").api().get("/audit").then().statusCode(403);
  }

  private static void failFiveTimes(Qunfang.Login user) {
    for (int i = 0; i < 5; i++) {
      given()
          .auth()
          .preemptive()
          .basic(user.username(), "wrong" + i)
          .get(Qunfang.API + "/me")
          .then()
          .statusCode(401);
    }
  }
}
