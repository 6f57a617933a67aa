package org.qunfang.dispatch.api.roster;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.dispatch.api.post.PostView;

/** A post's shifts: laid out ahead from its needs, cancelled when it stands down. */
public interface ShiftPlanning {

  /** The most days shifts are laid out for at once. */
  int LONGEST_PLAN_DAYS = 31;

  /**
   * Lays out a post's shifts with their slots from {@code from} to {@code until} (both included),
   * leaving the shifts already there; returns how many shifts were added.
   */
  int layOut(@NotNull UUID postId, @NotNull LocalDate from, @NotNull LocalDate until);

  /** Stands a post down: its shifts from now on are cancelled and those on them told. */
  PostView standDown(@NotNull UUID postId, long version);
}
