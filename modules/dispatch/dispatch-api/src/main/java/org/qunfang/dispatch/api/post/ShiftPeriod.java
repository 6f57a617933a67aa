package org.qunfang.dispatch.api.post;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.qunfang.kernel.validation.InService;

/** The days to lay a post's shifts out for, both included. */
public record ShiftPeriod(
    @NotNull @InService LocalDate from, @NotNull @InService LocalDate until) {}
