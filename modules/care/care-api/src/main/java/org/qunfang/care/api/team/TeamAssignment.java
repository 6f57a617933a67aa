package org.qunfang.care.api.team;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Gives a place of the team to someone of the registry; whoever held it leaves (the history keeps
 * them). {@code version} is the observation's, so two workers changing one team cannot both win.
 */
public record TeamAssignment(@NotNull TeamRole role, @NotNull UUID personId, long version) {}
