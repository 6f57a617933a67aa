package org.qunfang.dispatch.planning.control;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Skill;

/**
 * One place on one shift, to be filled by one person. Times are kept as epoch minutes, which the
 * constraints compare many millions of times. Its candidates are those with the skill and the time
 * (shared by every slot of the same time and skill); the other rules are constraints. A pinned slot
 * keeps its person: a dispatcher's hand edit, or a shift outside the part being solved.
 */
@PlanningEntity
public final class SlotPlan {

  @PlanningId private UUID id;
  private UUID postId;
  private UUID branchId;
  private String postArea;
  private Span span;
  private long start;
  private long end;
  private long restUntil;
  private long day;
  private long week;
  private int minutes;
  private Skill required;
  private List<Candidate> candidates;

  @PlanningPin private boolean pinned;

  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
  private Candidate person;

  SlotPlan() {}

  public SlotPlan(
      UUID id,
      UUID postId,
      UUID branchId,
      String postArea,
      Span span,
      Skill required,
      Duration rest,
      List<Candidate> candidates) {
    this.id = id;
    this.postId = postId;
    this.branchId = branchId;
    this.postArea = postArea;
    this.span = span;
    this.start = span.start().getEpochSecond() / 60;
    this.end = span.end().getEpochSecond() / 60;
    this.restUntil = end + rest.toMinutes();
    this.day = span.start().plus(Duration.ofHours(8)).getEpochSecond() / 86_400;
    this.week = span.week().toEpochDay();
    this.minutes = (int) (end - start);
    this.required = required;
    this.candidates = candidates;
  }

  /** Keeps {@code who} on this slot whatever the solver does. */
  public SlotPlan pinnedTo(Candidate who) {
    this.person = who;
    this.pinned = true;
    return this;
  }

  @ValueRangeProvider(id = "candidates")
  public List<Candidate> getCandidates() {
    return candidates;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPostId() {
    return postId;
  }

  public Span getSpan() {
    return span;
  }

  public long getStart() {
    return start;
  }

  public long getEnd() {
    return end;
  }

  /** The end of the rest that must follow the shift. */
  public long getRestUntil() {
    return restUntil;
  }

  /** The Beijing day the shift starts on, as an epoch day. */
  public long getDay() {
    return day;
  }

  public long getWeek() {
    return week;
  }

  public int getMinutes() {
    return minutes;
  }

  public Skill getRequired() {
    return required;
  }

  public boolean isPinned() {
    return pinned;
  }

  public Candidate getPerson() {
    return person;
  }

  public void setPerson(Candidate person) {
    this.person = person;
  }

  public boolean overlaps(SlotPlan other) {
    return start < other.end && other.start < end;
  }

  public boolean inHomeCommunity() {
    String home = person.getHomeCommunity();
    return home != null && postArea != null && postArea.startsWith(home);
  }

  public boolean withOwnBranch() {
    return person.belongsTo(branchId);
  }

  @Override
  public String toString() {
    return span + " " + required + " → " + person;
  }
}
