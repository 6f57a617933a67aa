package org.qunfang.it.grid;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

class DivisionsIT {

  @Test
  void theDistrictSeesItsElevenTownships() {
    Qunfang.admin()
        .api()
        .get("/divisions/350923/children")
        .then()
        .statusCode(200)
        .body("", hasSize(11))
        .body("code", hasItem("350923100"))
        .body("name", hasItem("古峰镇"));
  }

  @Test
  void theTreeReachesTheCommunities() {
    Qunfang.admin()
        .api()
        .get("/divisions/350923/tree?depth=2")
        .then()
        .statusCode(200)
        .body("division.name", equalTo("屏南县"))
        .body(
            "children.find { it.division.code == '350923100' }.children.division.code",
            hasItem("350923100008"));
  }

  @Test
  void searchFindsByNameAndCodeWithinTheArea() {
    Qunfang.admin()
        .api()
        .queryParam("q", "东湖")
        .get("/divisions")
        .then()
        .statusCode(200)
        .body("code", hasItem("350923100008"));
    Qunfang.admin()
        .api()
        .queryParam("q", "350923100")
        .get("/divisions")
        .then()
        .statusCode(200)
        .body("code", everyItem(startsWith("350923100")));
  }

  @Test
  void aTownshipOfficerSeesOnlyTheirTownship() {
    Qunfang.Login officer = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    officer.api().get("/divisions/home").then().statusCode(200).body("name", equalTo("古峰镇"));
    officer.api().get("/divisions/350923100/children").then().statusCode(200);
    officer
        .api()
        .queryParam("q", "镇")
        .get("/divisions")
        .then()
        .statusCode(200)
        .body("code", contains("350923100"));
    officer.api().get("/divisions/350923101").then().statusCode(403);
    officer.api().get("/divisions/350923").then().statusCode(403);
  }

  @Test
  void anotherDistrictIsForbiddenWithoutSayingWhatIsThere() {
    Qunfang.admin()
        .api()
        .header("Accept-Language", "en")
        .get("/divisions/350105")
        .then()
        .statusCode(403)
        .body("detail", equalTo("This lies outside your area."));
  }
}
