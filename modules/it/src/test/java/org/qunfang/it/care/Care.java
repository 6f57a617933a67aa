package org.qunfang.it.care;

import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.it.dispatch.Dispatch;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;

/**
 * Care's one set-up: a community with its officer, a small grid with a household to place residents
 * in, and a dispatcher to register the people of care teams.
 */
public record Care(
    Qunfang.Login officer,
    Qunfang.Login township,
    String community,
    String household,
    Dispatch dispatch) {

  /** 居家健康监测 of the seeded list: 7 days, tests on days 1, 4 and 7, morning and evening. */
  public static final String MONITORING = "019a0000-0000-7000-8000-000000000002";

  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  public static Care of(String township, String community) {
    Qunfang.Login townshipOfficer = Qunfang.activeUser(township, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(townshipOfficer, community);
    String household =
        Fixtures.household(townshipOfficer, grid, "观察路" + System.nanoTime() % 1000 + "号");
    return new Care(
        Qunfang.activeUser(community, "COMMUNITY_OFFICER"),
        townshipOfficer,
        community,
        household,
        Dispatch.of(township));
  }

  /** A resident of the community's household; answers their id. */
  public String resident(String name) {
    return aResident().named(name).in(household).by(officer);
  }

  public Response place(Qunfang.Login who, String resident, String type, LocalDate start) {
    Map<String, Object> body = new HashMap<>();
    body.put("residentId", resident);
    body.put("typeId", type);
    body.put("reason", "CLOSE_CONTACT");
    body.put("start", start.toString());
    return who.api().contentType(ContentType.JSON).body(body).post("/care/observations");
  }

  /** Places a new resident under home health monitoring from today; answers the observation. */
  public Map<String, Object> observed(String name) {
    return place(officer, resident(name), MONITORING, TODAY)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /**
   * Someone of the registry with {@code skills}, serving in the community; their account may be
   * null.
   */
  public String member(String name, List<String> skills, String account) {
    return dispatch.person(name, community, skills, List.of(), account);
  }

  /**
   * A one-day type made for a test, with {@code tests} as its test days and one window from 00:00
   * to {@code closes}; answers its id.
   */
  public static String oneDayType(List<Integer> tests, String closes) {
    return Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "一日监测" + System.nanoTime() % 1_000_000,
                "nameEn",
                "One-day monitoring",
                "periodDays",
                1,
                "testDays",
                tests,
                "windows",
                List.of(Map.of("slot", "MORNING", "opens", "00:00", "closes", closes)),
                "feverThreshold",
                37.3,
                "symptoms",
                List.of("FEVER", "DRY_COUGH")))
        .post("/care/types")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The observation as it stands now. */
  public Map<String, Object> observation(Object id) {
    return officer
        .api()
        .get("/care/observations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  public Response release(Object id) {
    long version = ((Number) observation(id).get("version")).longValue();
    return officer
        .api()
        .contentType(ContentType.JSON)
        .post("/care/observations/" + id + "/release?version=" + version);
  }

  /** The text of a PDF. */
  public static String text(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  public Response check(Qunfang.Login who, Object observation, Map<String, Object> entry) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(entry)
        .post("/care/observations/" + observation + "/checks");
  }

  /** A check taken by the team now: {@code temperature} may be null, symptoms as codes. */
  public static Map<String, Object> reading(String temperature, String status, String... symptoms) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("temperature", temperature == null ? null : new java.math.BigDecimal(temperature));
    entry.put("symptoms", List.of(symptoms));
    entry.put("measuredBy", "TEAM");
    entry.put("status", status);
    return entry;
  }
}
