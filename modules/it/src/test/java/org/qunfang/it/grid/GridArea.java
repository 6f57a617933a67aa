package org.qunfang.it.grid;

import static org.qunfang.it.grid.AResident.aResident;

import java.util.List;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;

/**
 * Grid's one set-up for field work: a township's officer, a small grid in one of its communities,
 * four households there and a resident in the first.
 */
public record GridArea(
    Qunfang.Login officer,
    String township,
    String townshipName,
    String community,
    String grid,
    String gridCode,
    List<String> households) {

  public static GridArea of(String township, String community) {
    Qunfang.Login officer = Qunfang.activeUser(township, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(officer, community);
    String code = officer.api().get("/grids/" + grid).then().statusCode(200).extract().path("code");
    String name =
        officer.api().get("/divisions/" + township).then().statusCode(200).extract().path("name");
    List<String> households =
        List.of(
            Fixtures.household(officer, grid, "棠口村1号"),
            Fixtures.household(officer, grid, "棠口村2号"),
            Fixtures.household(officer, grid, "棠口村3号"),
            Fixtures.household(officer, grid, "棠口村4号"));
    aResident().named("走访甲").in(households.get(0)).by(officer);
    return new GridArea(officer, township, name, community, grid, code, households);
  }
}
