package org.qunfang.dispatch.api.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shift of a post with its slots. */
public record ShiftView(
    UUID id,
    UUID postId,
    String postName,
    String area,
    Instant startsAt,
    Instant endsAt,
    boolean cancelled,
    List<SlotView> slots) {

  public long gaps() {
    return cancelled ? 0 : slots.stream().filter(SlotView::vacant).count();
  }
}
