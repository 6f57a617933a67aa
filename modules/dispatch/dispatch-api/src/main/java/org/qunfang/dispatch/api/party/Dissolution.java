package org.qunfang.dispatch.api.party;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.qunfang.kernel.validation.InService;

/** Dissolves an organisation on a day; it stays on record with its history. */
public record Dissolution(@NotNull @InService LocalDate on, long version) {}
