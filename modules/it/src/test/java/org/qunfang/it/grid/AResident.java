package org.qunfang.it.grid;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * A resident as the API takes one, valid unless told otherwise: {@code
 * aResident().named("郑华").spouse().in(household).by(officer)}.
 */
public final class AResident {

  private final Map<String, Object> body = new HashMap<>();
  private String household;

  private AResident() {
    body.put("name", "居民" + System.nanoTime() % 100_000);
    body.put("idNumber", People.idNumber());
    body.put("phone", People.phone());
    body.put("relation", "HEAD");
    body.put("residenceType", "REGISTERED");
  }

  public static AResident aResident() {
    return new AResident();
  }

  public AResident named(String name) {
    body.put("name", name);
    return this;
  }

  public AResident withIdNumber(String idNumber) {
    body.put("idNumber", idNumber);
    return this;
  }

  public AResident spouse() {
    body.put("relation", "SPOUSE");
    return this;
  }

  public AResident tagged(String... tags) {
    body.put("tags", java.util.List.of(tags));
    return this;
  }

  /** Any other field, as the API names it (also a wrong one, to see it refused). */
  public AResident with(String field, Object value) {
    body.put(field, value);
    return this;
  }

  public AResident in(String household) {
    this.household = household;
    return this;
  }

  /** The body as it would be sent, to change further by hand. */
  public Map<String, Object> body() {
    return new HashMap<>(body);
  }

  /** Sends it as {@code who}, whatever the answer. */
  public Response postedBy(Qunfang.Login who) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/households/" + household + "/residents");
  }

  /** Records it as {@code who}; answers the new resident's id. */
  public String by(Qunfang.Login who) {
    return postedBy(who).then().statusCode(201).extract().path("id");
  }
}
