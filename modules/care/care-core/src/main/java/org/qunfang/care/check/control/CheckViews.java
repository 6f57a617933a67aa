package org.qunfang.care.check.control;

import java.time.Instant;
import java.util.Set;
import org.qunfang.care.api.check.CheckView;
import org.qunfang.care.api.check.TestView;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.NucleicTest;

/** Checks and tests as screens show them; a round shows whether, not what. */
public final class CheckViews {

  private CheckViews() {}

  /** In full: temperature, symptoms and note (a full view, audited by the caller). */
  public static CheckView full(HealthCheck c, Instant now) {
    return new CheckView(
        c.getId(),
        c.getDay(),
        c.getSlot(),
        c.getOpensAt(),
        c.getClosesAt(),
        c.getCheckedAt(),
        c.getTemperature(),
        c.getSymptoms(),
        c.getMeasuredBy(),
        c.getRecordedBy(),
        c.getStatus(),
        c.getNote(),
        c.isTooClose(),
        missed(c, now));
  }

  /** Without the health values: for the round a worker walks. */
  public static CheckView outline(HealthCheck c, Instant now) {
    return new CheckView(
        c.getId(),
        c.getDay(),
        c.getSlot(),
        c.getOpensAt(),
        c.getClosesAt(),
        c.getCheckedAt(),
        null,
        Set.of(),
        c.getMeasuredBy(),
        c.getRecordedBy(),
        c.getStatus(),
        null,
        c.isTooClose(),
        missed(c, now));
  }

  public static TestView of(NucleicTest t) {
    return new TestView(
        t.getId(), t.getNumber(), t.getDueDay(), t.getSampledAt(), t.getResult(), t.getVersion());
  }

  private static boolean missed(HealthCheck c, Instant now) {
    return c.getMissedAt() != null
        || (!c.isRecorded() && c.getClosesAt() != null && !c.getClosesAt().isAfter(now));
  }
}
