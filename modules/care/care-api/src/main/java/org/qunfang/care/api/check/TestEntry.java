package org.qunfang.care.api.check;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import org.qunfang.kernel.validation.InService;

/** A test sampled at a time, and its result once known. */
public record TestEntry(
    @NotNull @PastOrPresent @InService Instant sampledAt,
    @NotNull TestResult result,
    long version) {}
