package org.qunfang.care.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.alert.AlertKind;

class AlertFilterTest {

  @Test
  void missedIsOnlyMissedAndAbnormalIsEveryOtherKind() {
    assertThat(AlertFilter.MISSED.test(AlertKind.MISSED)).isTrue();
    assertThat(AlertFilter.MISSED.test(AlertKind.ABNORMAL)).isFalse();
    assertThat(AlertFilter.ABNORMAL.test(AlertKind.ABNORMAL)).isTrue();
    assertThat(AlertFilter.ABNORMAL.test(AlertKind.POSITIVE)).isTrue();
    assertThat(AlertFilter.ABNORMAL.test(AlertKind.MISSED)).isFalse();
  }

  @Test
  void aNameThatIsNoFilterShowsAll() {
    assertThat(Optional.ofNullable(AlertFilter.of("MISSED"))).contains(AlertFilter.MISSED);
    assertThat(Optional.ofNullable(AlertFilter.of("missed"))).isEmpty();
    assertThat(Optional.ofNullable(AlertFilter.of(""))).isEmpty();
    assertThat(Optional.ofNullable(AlertFilter.of(null))).isEmpty();
  }
}
