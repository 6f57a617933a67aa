package org.qunfang.it.hotline;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.it.system.Qunfang;

/**
 * A call as a counsellor logs it through the API: {@code aCall(line).endedAgo(minutes(1))
 * .imminentRisk().crisis("POLICE_110", minutes(5)).by(counsellor)}. Ten minutes on the phone, a
 * student's sleepless worry and a calm screen unless a step says otherwise.
 */
public final class ACall {

  private final Map<String, Object> body = new HashMap<>();
  private final List<Map<String, String>> crisis = new ArrayList<>();
  private final List<Map<String, String>> followUps = new ArrayList<>();
  private Instant end = Instant.now();

  private ACall(String line) {
    body.put("hotlineId", line);
    body.put("channel", "PHONE");
    body.put("ageBand", "FROM_18_TO_34");
    body.put("sex", "FEMALE");
    body.put("group", "STUDENT");
    body.put("forSelf", true);
    body.put("categories", List.of("ANXIETY", "SLEEP"));
    body.put("summary", "隔离期间失眠，担心考试。");
    body.put("risk", risk(false, false, false));
    lasting(Duration.ofMinutes(10));
  }

  public static ACall aCall(String line) {
    return new ACall(line);
  }

  public static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  /** The screen's answers on ideation, plan and means; the rest no. */
  public static Map<String, Object> risk(boolean ideation, boolean plan, boolean means) {
    return Map.of(
        "suicidalIdeation", ideation,
        "plan", plan,
        "means", means,
        "pastAttempts", false,
        "selfHarm", false,
        "harmToOthers", false,
        "protectiveFactors", false);
  }

  public ACall endedAgo(Duration ago) {
    return endedAt(Instant.now().minus(ago));
  }

  public ACall endedAt(Instant end) {
    Duration length = Duration.between(Instant.parse((String) body.get("startedAt")), this.end);
    this.end = end;
    body.put("endedAt", end.toString());
    body.put("startedAt", end.minus(length).toString());
    return this;
  }

  public ACall lasting(Duration length) {
    body.put("endedAt", end.toString());
    body.put("startedAt", end.minus(length).toString());
    return this;
  }

  /** Ideation with a plan: the rule says HIGH, due for a supervisor's review. */
  public ACall highRisk() {
    return with("risk", risk(true, true, false));
  }

  /** Ideation, plan and means: IMMINENT. */
  public ACall imminentRisk() {
    return with("risk", risk(true, true, true));
  }

  public ACall contact(String number) {
    return with("callbackContact", number);
  }

  /** A crisis step taken {@code beforeEnd} before the call ended. */
  public ACall crisis(String kind, Duration beforeEnd) {
    crisis.add(Map.of("kind", kind, "at", end.minus(beforeEnd).toString()));
    return with("crisisActions", crisis);
  }

  public ACall referral(String target, String note) {
    return with("referral", Map.of("target", target, "note", note));
  }

  public ACall followUp(String task, LocalDate dueOn, String assignee) {
    followUps.add(Map.of("task", task, "dueOn", dueOn.toString(), "assigneeId", assignee));
    return with("followUps", followUps);
  }

  /** Any other field as the API names it (also to send what a client should not). */
  public ACall with(String field, Object value) {
    body.put(field, value);
    return this;
  }

  public ACall without(String field) {
    body.remove(field);
    return this;
  }

  public Map<String, Object> body() {
    return new HashMap<>(body);
  }

  public Response by(Qunfang.Login counsellor) {
    return counsellor.api().contentType(ContentType.JSON).body(body).post("/calls");
  }
}
