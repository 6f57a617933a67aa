package org.qunfang.grid.checkpoint.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.grid.api.checkpoint.CheckpointKind;
import org.qunfang.grid.api.checkpoint.HealthCode;
import org.qunfang.grid.api.checkpoint.NewPassage;
import org.qunfang.grid.api.checkpoint.Subject;

class PassageTest {

  Checkpoint gate =
      new Checkpoint(UUID.randomUUID(), "350923100006", "宏大小区东门", CheckpointKind.COMPOUND_GATE);

  private Passage at(String temperature, Instant when) {
    return new Passage(
        gate,
        new NewPassage(
            Subject.PERSON, null, new BigDecimal(temperature), HealthCode.GREEN, false, when),
        when);
  }

  @Test
  void aFeverFrom373IsFlagged() {
    Instant now = Instant.parse("2026-11-24T02:00:00Z");
    assertThat(at("37.2", now).isFlagged()).isFalse();
    assertThat(at("37.3", now).isFlagged()).isTrue();
    assertThat(at("39.0", now).isFlagged()).isTrue();
  }

  @Test
  void aPassageBelongsToItsGatesAreaAndToTheBeijingDay() {
    Passage lateNight = at("36.5", Instant.parse("2026-11-24T16:30:00Z"));
    assertThat(lateNight.getDivisionCode()).isEqualTo("350923100006");
    assertThat(lateNight.getPassedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
  }
}
