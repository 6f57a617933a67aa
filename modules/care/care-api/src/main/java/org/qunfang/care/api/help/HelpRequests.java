package org.qunfang.care.api.help;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Help requests (后勤保障): asked by a household, taken by someone of a logistics team, done or
 * cancelled once. A request not done in its urgency's time is overdue.
 */
public interface HelpRequests {

  int PAGE_LIMIT = 500;

  HelpView ask(@Valid @NotNull NewHelpRequest request);

  HelpView take(@NotNull UUID id, @Valid @NotNull HelpTaking taking);

  HelpView done(@NotNull UUID id, @Valid @NotNull HelpDone done);

  HelpView cancel(@NotNull UUID id, @Valid @NotNull HelpCancel cancel);

  /** Requests of {@code area} (the caller's when null), open and taken first, oldest first. */
  List<HelpView> list(String area, HelpStatus status);

  /** The requests the caller took as a helper: in hand, and those done in the last 7 days. */
  List<HelpView> mine();

  /** The logistics people serving around the request's area, the fewest open requests first. */
  List<HelperView> helpers(@NotNull UUID id);

  /**
   * Families and times helped in {@code area} from {@code from} to {@code until}, both days
   * included.
   */
  HelpFigures figures(String area, LocalDate from, LocalDate until);
}
