package org.qunfang.hotline.api.retention;

import java.time.Instant;

/**
 * What a retention run did: calls that ended before {@code cutOff} ({@code years} ago) anonymised;
 * {@code more} when a backlog is left for the next run.
 */
public record RetentionRun(int years, Instant cutOff, int anonymised, boolean more) {}
