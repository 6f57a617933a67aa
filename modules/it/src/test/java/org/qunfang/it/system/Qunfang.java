package org.qunfang.it.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The deployed application as the system tests see it: its address, the first administrator (whose
 * one-time password is changed on first use, as a person would), and fresh users.
 */
public final class Qunfang {

  public static final String BASE =
      System.getProperty("it.baseUrl", "http://localhost:28080/qunfang");
  public static final String SERVER = System.getProperty("it.serverUrl", "http://localhost:28080");
  public static final String API = BASE + "/api/v1";

  /** HTTPS, where the operations team reads /metrics and /openapi (self-signed in tests). */
  public static final String SECURE_SERVER =
      System.getProperty("it.secureServerUrl", "https://localhost:28081");

  private static final Path DATA = Path.of(System.getProperty("it.dataDir", "target/data"));

  private static Login admin;

  private Qunfang() {}

  public record Login(String username, String password) {
    public RequestSpecification api() {
      return given().baseUri(API).auth().preemptive().basic(username, password);
    }
  }

  /** The first administrator, with their one-time password replaced by a chosen one. */
  public static synchronized Login admin() {
    if (admin == null) {
      Path chosen = DATA.resolve("it-admin-password");
      try {
        Path initial = DATA.resolve("initial-admin-password");
        // a password chosen in an earlier run (the server removes the spent one-time password),
        // unless the database was made anew since
        if (Files.exists(chosen)
            && (!Files.exists(initial)
                || Files.getLastModifiedTime(chosen).compareTo(Files.getLastModifiedTime(initial))
                    > 0)) {
          admin = new Login("admin", Files.readString(chosen).strip());
        } else {
          List<String> oneTime = Files.readAllLines(initial);
          String password = "Admin" + UUID.randomUUID().toString().substring(0, 8) + "9";
          changePassword(new Login(oneTime.get(0), oneTime.get(1)), password);
          Files.writeString(chosen, password);
          admin = new Login(oneTime.get(0), password);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return admin;
  }

  /** The operations account deploy/up made for /metrics and /openapi. */
  public static Login ops() {
    try {
      List<String> lines = Files.readAllLines(DATA.resolve("ops-password"));
      return new Login(lines.get(0), lines.get(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request to the server's own endpoints as the operations team, over HTTPS. */
  public static RequestSpecification asOps() {
    Login ops = ops();
    return given()
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic(ops.username(), ops.password());
  }

  /** A new account made by the administrator, still holding its one-time password. */
  public static Login newUser(String area, String... roles) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    String password =
        admin()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "测试用户",
                    "roles",
                    List.of(roles),
                    "homeDivision",
                    area))
            .post("/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("password.password");
    return new Login(username, password);
  }

  /** A new account whose owner has already chosen their own password. */
  public static Login activeUser(String area, String... roles) {
    Login fresh = newUser(area, roles);
    String chosen = "Chosen" + UUID.randomUUID().toString().substring(0, 8) + "7";
    changePassword(fresh, chosen);
    return new Login(fresh.username(), chosen);
  }

  public static void changePassword(Login login, String newPassword) {
    login
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", login.password(), "newPassword", newPassword))
        .put("/me/password")
        .then()
        .statusCode(204);
  }
}
