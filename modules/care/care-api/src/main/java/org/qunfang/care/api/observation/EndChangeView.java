package org.qunfang.care.api.observation;

import java.time.Instant;
import java.time.LocalDate;

/** One change of the planned last day: when, by whom, from and to, and why. */
public record EndChangeView(Instant at, String by, LocalDate from, LocalDate to, String reason) {}
