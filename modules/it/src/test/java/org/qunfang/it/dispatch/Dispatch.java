package org.qunfang.it.dispatch;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/** A dispatcher of one township and what they set up: people, posts and their shifts. */
public record Dispatch(Qunfang.Login dispatcher, String township) {

  public static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

  public static Dispatch of(String township) {
    return new Dispatch(Qunfang.activeUser(township, "DISPATCHER"), township);
  }

  /** Registers someone of {@code area} as a volunteer with {@code skills}; returns their id. */
  public String volunteer(String name, String area, List<String> skills) {
    return person(name, area, skills, List.of(), null);
  }

  /** Registers someone; {@code windows} as {day, from, until} maps, {@code account} may be null. */
  public String person(
      String name,
      String area,
      List<String> skills,
      List<Map<String, String>> windows,
      String account) {
    return register(body(name, People.idNumber(), area, skills, windows, account))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public Response register(Map<String, Object> body) {
    return dispatcher.api().contentType(ContentType.JSON).body(body).post("/dispatch/people");
  }

  public static Map<String, Object> body(
      String name,
      String idNumber,
      String area,
      List<String> skills,
      List<Map<String, String>> windows,
      String account) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("idNumber", idNumber);
    body.put("mobile", People.phone());
    body.put("area", area);
    body.put("skills", skills);
    body.put("windows", windows);
    body.put("volunteering", Map.of("consentedOn", "2026-11-01", "team", "长桥志愿队"));
    if (account != null) {
      body.put("account", account);
    }
    return body;
  }

  /**
   * A post in {@code area} in three 8-hour shifts of two people, the night one needing police, with
   * its shifts laid out from tomorrow for {@code days} days; returns the post's id.
   */
  public String post(String name, String area, int days) {
    String post =
        dispatcher
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    name,
                    "kind",
                    "OTHER",
                    "area",
                    area,
                    "pattern",
                    "THREE_EIGHTS",
                    "needs",
                    List.of(
                        Map.of(
                            "start",
                            "00:00",
                            "end",
                            "08:00",
                            "headcount",
                            2,
                            "skills",
                            List.of("POLICE")),
                        Map.of("start", "08:00", "end", "16:00", "headcount", 2),
                        Map.of("start", "16:00", "end", "00:00", "headcount", 2))))
            .post("/dispatch/posts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    dispatcher
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("from", TOMORROW.toString(), "until", TOMORROW.plusDays(days - 1).toString()))
        .post("/dispatch/posts/" + post + "/shifts")
        .then()
        .statusCode(200);
    return post;
  }

  /** The post's shifts in the coverage of its township from tomorrow, by start. */
  public List<Map<String, Object>> shifts(String post, int days) {
    JsonPath coverage =
        dispatcher
            .api()
            .queryParam("from", TOMORROW.toString())
            .queryParam("days", days)
            .get("/dispatch/roster/coverage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return coverage.<Map<String, Object>>getList("shifts").stream()
        .filter(s -> post.equals(s.get("postId")))
        .sorted((a, b) -> ((String) a.get("startsAt")).compareTo((String) b.get("startsAt")))
        .toList();
  }

  /** Slot {@code position} of {@code shift}: {id, version, personId …}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> slot(Map<String, Object> shift, int position) {
    return ((List<Map<String, Object>>) shift.get("slots")).get(position);
  }

  public Response assign(Qunfang.Login who, Map<String, Object> slot, String person) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(Map.of("personId", person, "version", slot.get("version")))
        .put("/dispatch/roster/slots/" + slot.get("id"));
  }

  public Response assign(Map<String, Object> slot, String person) {
    return assign(dispatcher, slot, person);
  }
}
