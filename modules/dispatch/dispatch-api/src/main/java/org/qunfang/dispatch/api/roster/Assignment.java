package org.qunfang.dispatch.api.roster;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Puts someone on a slot; {@code version} is the slot's as the dispatcher saw it. */
public record Assignment(@NotNull UUID personId, long version) {}
