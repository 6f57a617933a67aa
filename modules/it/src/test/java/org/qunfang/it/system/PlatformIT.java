package org.qunfang.it.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class PlatformIT {

  @Test
  void readinessCoversTheDatabaseAndEverySchema() {
    given()
        .get(Qunfang.SERVER + "/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.'schema.access'", equalTo("migrated"))
        .body("checks.find { it.name == 'database' }.data.'schema.grid'", equalTo("migrated"))
        .body("checks.find { it.name == 'database' }.data.'schema.hotline'", equalTo("migrated"))
        .body("checks.find { it.name == 'database' }.data.'schema.reports'", equalTo("migrated"));
  }

  @Test
  void theApiIsDescribedByOpenApiForTheOperationsTeam() {
    given()
        .redirects()
        .follow(false)
        .get(Qunfang.SERVER + "/openapi")
        .then()
        .statusCode(org.hamcrest.Matchers.not(200));
    given().relaxedHTTPSValidation().get(Qunfang.SECURE_SERVER + "/openapi").then().statusCode(401);
    Qunfang.admin()
        .api()
        .relaxedHTTPSValidation()
        .baseUri(Qunfang.SECURE_SERVER)
        .get("/openapi")
        .then()
        .statusCode(401);
    Qunfang.asOps()
        .get(Qunfang.SECURE_SERVER + "/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/divisions/{code}/tree"))
        .body(containsString("Qunfang"));
  }

  @Test
  void metricsArePublishedForTheOperationsTeamOnly() {
    Qunfang.admin().api().get("/divisions/350923/tree").then().statusCode(200);
    given()
        .redirects()
        .follow(false)
        .get(Qunfang.SERVER + "/metrics")
        .then()
        .statusCode(org.hamcrest.Matchers.not(200));
    given().relaxedHTTPSValidation().get(Qunfang.SECURE_SERVER + "/metrics").then().statusCode(401);
    Qunfang.asOps()
        .get(Qunfang.SECURE_SERVER + "/metrics")
        .then()
        .statusCode(200)
        .body(containsString("divisions"));
  }
}
