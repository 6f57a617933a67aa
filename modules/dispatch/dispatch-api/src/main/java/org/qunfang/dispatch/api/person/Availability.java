package org.qunfang.dispatch.api.person;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly window in which someone can serve, in Beijing time: Saturday 08:00–20:00, or Friday
 * 22:00–06:00 (an {@code until} not after {@code from} runs into the next day). Someone with no
 * windows can serve at any time.
 */
public record Availability(
    @NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime until) {}
