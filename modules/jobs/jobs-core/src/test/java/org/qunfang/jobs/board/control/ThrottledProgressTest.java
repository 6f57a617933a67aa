package org.qunfang.jobs.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {

  Instant now = Instant.parse("2026-11-24T02:00:00Z");
  List<String> written = new ArrayList<>();
  ThrottledProgress progress =
      new ThrottledProgress(
          UUID.randomUUID(),
          (job, phase, done, total) -> written.add(phase + " " + done + "/" + total),
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void rowByRowProgressIsWrittenAboutOnceASecondAndEveryPhaseAtOnce() {
    progress.phase("READING");
    for (int row = 1; row <= 5000; row++) {
      progress.done(row);
      if (row % 1000 == 0) {
        now = now.plus(Duration.ofMillis(500));
      }
    }
    progress.phase("CHECKING");
    assertThat(written)
        .containsExactly("READING 0/0", "READING 2001/0", "READING 4001/0", "CHECKING 0/0");
  }
}
