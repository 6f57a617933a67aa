package org.qunfang.hotline.setup.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DutyTest {

  static final Instant EIGHT = Instant.parse("2026-11-24T00:00:00Z");
  static final Instant FOUR_PM = EIGHT.plusSeconds(8 * 3600);

  Duty day = new Duty(UUID.randomUUID(), UUID.randomUUID(), EIGHT, FOUR_PM);

  @Test
  void dutiesThatShareAMomentOverlap() {
    assertThat(day.overlaps(EIGHT.minusSeconds(3600), EIGHT.plusSeconds(1))).isTrue();
    assertThat(day.overlaps(FOUR_PM.minusSeconds(1), FOUR_PM.plusSeconds(3600))).isTrue();
    assertThat(day.overlaps(EIGHT.plusSeconds(3600), EIGHT.plusSeconds(7200)))
        .as("inside")
        .isTrue();
    assertThat(day.overlaps(EIGHT.minusSeconds(3600), FOUR_PM.plusSeconds(3600)))
        .as("around")
        .isTrue();
  }

  @Test
  void oneDutyMayEndAsTheNextBegins() {
    assertThat(day.overlaps(FOUR_PM, FOUR_PM.plusSeconds(8 * 3600))).isFalse();
    assertThat(day.overlaps(EIGHT.minusSeconds(8 * 3600), EIGHT)).isFalse();
  }
}
