package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/** Households and residents: derived birth and sex, masking, one record per person, versions. */
class HouseholdsIT {

  private static final String COMMUNITY = "350923100001";

  private static Qunfang.Login township;
  private static String grid;

  @BeforeAll
  static void aSmallGrid() {
    township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    grid = Fixtures.smallGrid(township, COMMUNITY);
  }

  @Test
  void sexAndBirthComeFromTheIdNumberAndListsShowItMasked() {
    String household = Fixtures.household(township, grid, "城东路1号");
    String id = People.idNumber(LocalDate.of(1950, 3, 7), false);
    String resident =
        aResident()
            .named("林秀英")
            .withIdNumber(id)
            .tagged("ELDERLY_ALONE")
            .with("sex", "MALE") // the ID number says otherwise, and wins
            .in(household)
            .by(township);
    township
        .api()
        .get("/households/" + household)
        .then()
        .statusCode(200)
        .body("residents[0].sex", equalTo("FEMALE"))
        .body("residents[0].birthDate", equalTo("1950-03-07"))
        .body(
            "residents[0].maskedIdNumber",
            equalTo(id.substring(0, 6) + "********" + id.substring(14)))
        .body("residents[0].tags", hasItem("ELDERLY_ALONE"))
        .body("residents[0].address", equalTo("城东路1号 1-101"));
    String listed = township.api().queryParam("grid", grid).get("/households").asString();
    assertThat(listed).contains("林秀英").doesNotContain(id);

    township
        .api()
        .get("/residents/" + resident + "/personal")
        .then()
        .statusCode(200)
        .body("idNumber", equalTo(id));
    Qunfang.admin()
        .api()
        .queryParam("entityType", "Resident")
        .queryParam("entityId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", hasItem("VIEW_FULL"))
        .body("action", hasItem("CREATE"));
  }

  @Test
  void aPersonIsRecordedOnceAndTheConflictNamesTheirGrid() {
    String first = Fixtures.household(township, grid, "城东路2号");
    String second = Fixtures.household(township, grid, "城东路3号");
    String id = People.idNumber();
    aResident().named("陈建国").withIdNumber(id).in(first).by(township);
    String gridCode = township.api().get("/grids/" + grid).path("code");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(aResident().named("陈建国").withIdNumber(id.toLowerCase()).body())
        .post("/households/" + second + "/residents")
        .then()
        .statusCode(409)
        .body("detail", containsString(gridCode))
        .body("detail", containsString("陈**"))
        .body("violations.field", hasItem("idNumber"));
    township.api().get("/households/" + second).then().body("residents.size()", equalTo(0));
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("idNumber", id, "page", 0, "size", 10))
        .post("/residents/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].householdId", equalTo(first));
  }

  @Test
  void badInputIsNamedAndNothingIsWritten() {
    String household = Fixtures.household(township, grid, "城东路4号");
    Map<String, Object> bad =
        aResident().named("王五").withIdNumber("350923199001011235").with("phone", "1234").body();
    township
        .api()
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/households/" + household + "/residents")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("idNumber"))
        .body("violations.field", hasItem("phone"));
    Map<String, Object> noId =
        Map.of("name", "王小宝", "relation", "CHILD", "residenceType", "FLOATING");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(noId)
        .post("/households/" + household + "/residents")
        .then()
        .statusCode(400)
        .body("detail", equalTo("没有公民身份号码时，须填写性别和出生日期。"));
    aResident()
        .named("王五")
        .tagged("NO_SUCH_TAG")
        .in(household)
        .postedBy(township)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("tags"));
    township.api().get("/households/" + household).then().body("residents.size()", equalTo(0));
  }

  @Test
  void theSecondOfTwoConcurrentEditsIsRefusedWithAReloadPrompt() {
    String household = Fixtures.household(township, grid, "城东路5号");
    Qunfang.Login colleague = Qunfang.activeUser(COMMUNITY, "COMMUNITY_OFFICER");
    int version = township.api().get("/households/" + household).path("version");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("address", "城东路5号之一", "version", version))
        .put("/households/" + household)
        .then()
        .statusCode(200);
    colleague
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("address", "城东路5号之二", "version", version))
        .put("/households/" + household)
        .then()
        .statusCode(409)
        .body("detail", containsString(township.username()))
        .body("detail", containsString("请刷新"));
    township.api().get("/households/" + household).then().body("address", equalTo("城东路5号之一"));
  }

  @Test
  void administratorsExtendTheTagListAndOthersMayNot() {
    String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Map<String, String> tag = Map.of("code", code, "nameZh", "隔离期满", "nameEn", "Quarantine ended");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(tag)
        .post("/population-tags")
        .then()
        .statusCode(403);
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(tag)
        .post("/population-tags")
        .then()
        .statusCode(201);
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(tag)
        .post("/population-tags")
        .then()
        .statusCode(409);
    township
        .api()
        .get("/population-tags")
        .then()
        .body("code", hasItem(code))
        .body("code", hasItem("STUDENT"));

    String household = Fixtures.household(township, grid, "城东路6号");
    aResident().named("周敏").tagged(code).in(household).by(township);
    township
        .api()
        .queryParam("tag", code)
        .get("/residents")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].name", equalTo("周敏"));
  }
}
