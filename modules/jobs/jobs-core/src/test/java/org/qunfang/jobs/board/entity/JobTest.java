package org.qunfang.jobs.board.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.job.JobState;

class JobTest {

  static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

  Job job =
      new Job(UUID.randomUUID(), "resident-import", "gm1", "宏大小区.xlsx", Locale.CHINA, "n1", T0);

  @Test
  void runsReportsProgressAndKeepsItsResultForAnHourAfterFinishing() {
    job.running(T0.plusSeconds(1));
    job.progress("CHECKING", 40, 100, T0.plusSeconds(2));
    assertThat(job.status().state()).isEqualTo(JobState.RUNNING);
    assertThat(job.status().phase()).isEqualTo("CHECKING");
    assertThat(job.status().done()).isEqualTo(40);

    job.succeed(new byte[] {1}, T0.plusSeconds(10));
    assertThat(job.status().state()).isEqualTo(JobState.DONE);
    assertThat(job.status().millis()).isEqualTo(10_000);
    assertThat(job.expired(T0.plusSeconds(10).plus(Job.KEPT).minusSeconds(1))).isFalse();
    assertThat(job.expired(T0.plusSeconds(11).plus(Job.KEPT))).isTrue();
  }

  @Test
  void aFinishedJobStaysAsItEnded() {
    job.running(T0);
    job.fail("坏了", T0.plusSeconds(1));
    job.succeed(new byte[] {1}, T0.plusSeconds(2));
    job.interrupt("重启", T0.plusSeconds(3));
    job.progress("WRITING", 9, 9, T0.plusSeconds(4));
    assertThat(job.status().state()).isEqualTo(JobState.FAILED);
    assertThat(job.status().failure()).isEqualTo("坏了");
    assertThat(job.status().phase()).isNull();
    assertThat(job.getResult()).isNull();
  }

  @Test
  void anUnfinishedJobIsAbandonedOnlyAfterItsNodeFellSilent() {
    job.running(T0);
    job.progress("READING", 1, 0, T0.plusSeconds(30));
    assertThat(job.abandoned(T0.plusSeconds(30).plus(Job.SILENCE))).isFalse();
    assertThat(job.abandoned(T0.plusSeconds(31).plus(Job.SILENCE))).isTrue();
    job.interrupt("重启", T0.plusSeconds(200));
    assertThat(job.abandoned(T0.plus(Duration.ofHours(2)))).isFalse();
    assertThat(job.status().state()).isEqualTo(JobState.INTERRUPTED);
  }

  @Test
  void onlyItsStarterReadsItAndOnlyAsItsKind() {
    assertThat(job.belongsTo("gm1", "resident-import")).isTrue();
    assertThat(job.belongsTo("gm2", "resident-import")).isFalse();
    assertThat(job.belongsTo("gm1", "report-issue")).isFalse();
    assertThat(job.getLanguage()).isEqualTo(Locale.CHINA);
  }
}
