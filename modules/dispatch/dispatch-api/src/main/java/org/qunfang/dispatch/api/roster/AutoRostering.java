package org.qunfang.dispatch.api.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.UUID;

/**
 * Automatic rostering in the background: never breaking a hard rule, keeping every slot filled by
 * hand, preferring people in their own community, at the post of the day before, with their own
 * branch, and fair hours. Only its starter sees or stops a run.
 */
public interface AutoRostering {

  AutoRosterJob start(@Valid @NotNull AutoRosterRequest request, Locale language);

  AutoRosterJob status(@NotNull UUID id);

  /** Stops a run early: the best roster found so far is saved. */
  AutoRosterJob stop(@NotNull UUID id);
}
