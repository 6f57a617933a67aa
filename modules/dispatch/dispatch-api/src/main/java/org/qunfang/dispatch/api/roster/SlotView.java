package org.qunfang.dispatch.api.roster;

import java.util.UUID;
import org.qunfang.dispatch.api.person.Skill;

/** One place on a shift: empty when {@code personId} is null. */
public record SlotView(
    UUID id,
    int position,
    Skill skill,
    UUID personId,
    String personName,
    boolean pinned,
    long version) {

  public boolean vacant() {
    return personId == null;
  }
}
