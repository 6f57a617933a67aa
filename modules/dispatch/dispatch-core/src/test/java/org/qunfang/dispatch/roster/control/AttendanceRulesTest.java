package org.qunfang.dispatch.roster.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.attendance.Presence;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.kernel.problem.InvalidInput;

class AttendanceRulesTest {

  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  private static final Span SHIFT = new Span(START, START.plus(Duration.ofHours(8)));
  private static final Duration GRACE = Duration.ofMinutes(30);

  private static Instant at(int minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void signingInOpensAnHourBeforeAndClosesAtTheEnd() {
    assertThatThrownBy(() -> AttendanceRules.requireSignIn(SHIFT, null, at(-61)))
        .isInstanceOf(InvalidInput.class);
    assertThatCode(() -> AttendanceRules.requireSignIn(SHIFT, null, at(-60)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AttendanceRules.requireSignIn(SHIFT, null, at(480)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> AttendanceRules.requireSignIn(SHIFT, at(0), at(10)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void noSignOutBeforeSignIn() {
    assertThatThrownBy(() -> AttendanceRules.requireSignOut(null, null))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> AttendanceRules.requireSignOut(at(0), at(100)))
        .isInstanceOf(InvalidInput.class);
    assertThatCode(() -> AttendanceRules.requireSignOut(at(0), null)).doesNotThrowAnyException();
  }

  @Test
  void enteredTimesNeverExceedTheShift() {
    Instant later = at(24 * 60);
    assertThatCode(() -> AttendanceRules.requireBackEntry(SHIFT, at(-30), at(450), later))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AttendanceRules.requireBackEntry(SHIFT, at(-60), at(481), later))
        .as("nine hours on an eight-hour shift")
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> AttendanceRules.requireBackEntry(SHIFT, at(100), at(50), later))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> AttendanceRules.requireBackEntry(SHIFT, at(-90), at(60), later))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> AttendanceRules.requireBackEntry(SHIFT, at(0), at(60), at(30)))
        .as("not in the future")
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aNoShowIsWhoeverHasNotSignedInWhenTheGraceRunsOut() {
    assertThat(AttendanceRules.presence(SHIFT, null, null, at(-5), GRACE))
        .isEqualTo(Presence.UPCOMING);
    assertThat(AttendanceRules.presence(SHIFT, null, null, at(29), GRACE))
        .isEqualTo(Presence.WAITING);
    assertThat(AttendanceRules.presence(SHIFT, null, null, at(30), GRACE))
        .isEqualTo(Presence.NO_SHOW);
    assertThat(AttendanceRules.presence(SHIFT, at(40), null, at(50), GRACE))
        .isEqualTo(Presence.SIGNED_IN);
    assertThat(AttendanceRules.presence(SHIFT, at(40), at(300), at(301), GRACE))
        .isEqualTo(Presence.SIGNED_OUT);
  }

  @Test
  void hoursAreSignInToSignOut() {
    assertThat(AttendanceRules.minutes(at(-20), at(470))).isEqualTo(490);
    assertThat(AttendanceRules.minutes(at(0), null)).isZero();
  }
}
