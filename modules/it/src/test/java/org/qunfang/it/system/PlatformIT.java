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
  void theApiIsDescribedByOpenApi() {
    given()
        .get(Qunfang.SERVER + "/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/divisions/{code}/tree"))
        .body(containsString("Qunfang"));
  }

  @Test
  void metricsArePublished() {
    Qunfang.admin().api().get("/divisions/350923/tree").then().statusCode(200);
    given()
        .get(Qunfang.SERVER + "/metrics")
        .then()
        .statusCode(200)
        .body(containsString("divisions"));
  }
}
