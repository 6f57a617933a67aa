package org.qunfang.dispatch.api.post;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;
import org.qunfang.dispatch.api.person.Skill;

/**
 * How many people one shift of a post needs, and which skills some of them must have: a night at a
 * county checkpoint needs three, one of them police, one medical, one community.
 */
public record ShiftNeed(
    @NotNull LocalTime start,
    @NotNull LocalTime end,
    @Min(1) @Max(20) int headcount,
    List<@NotNull Skill> skills) {

  public ShiftNeed {
    skills = skills == null ? List.of() : List.copyOf(skills);
  }
}
