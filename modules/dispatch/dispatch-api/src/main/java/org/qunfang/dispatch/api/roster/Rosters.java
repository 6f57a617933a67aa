package org.qunfang.dispatch.api.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The roster of the caller's area, edited by hand. Every edit keeps the hard rules — no overlapping
 * shifts, the least rest, the week's hours, availability, skills, area — and names each rule it
 * would break instead of saving.
 */
public interface Rosters {

  int LONGEST_COVERAGE_DAYS = 14;

  /** Shifts of {@code area} (the caller's when null) from {@code from} for {@code days} days. */
  Coverage coverage(String area, @NotNull LocalDate from, int days);

  ShiftView shift(UUID shiftId);

  SlotView assign(@NotNull UUID slotId, @Valid @NotNull Assignment assignment);

  SlotView release(@NotNull UUID slotId, long version);

  /** Up to 30 people who could take the slot, the fewest hours that week first. */
  List<CandidateView> candidates(@NotNull UUID slotId);
}
