package org.qunfang.care.help.control;

import java.time.Instant;
import org.qunfang.care.api.help.HelpView;
import org.qunfang.care.help.entity.HelpRequest;

/** Help requests as the desk shows them. */
public final class HelpViews {

  private HelpViews() {}

  public static HelpView of(HelpRequest h, Instant now) {
    return new HelpView(
        h.getId(),
        h.getObservationId(),
        h.getHouseholdId(),
        h.getDivisionCode(),
        h.getAddress(),
        h.getAskedFor(),
        h.getKind(),
        h.getDetails(),
        h.getUrgency(),
        h.getAskedBy(),
        h.getStatus(),
        h.getCreatedAt(),
        h.getDueAt(),
        h.isOverdue(now),
        h.getTakerId(),
        h.getTakerName(),
        h.getTakenAt(),
        h.getDoneAt(),
        h.getNote(),
        h.getAdvanced(),
        h.getRepaid(),
        h.getCancelReason(),
        h.getVersion());
  }
}
