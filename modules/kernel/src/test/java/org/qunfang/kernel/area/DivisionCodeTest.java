package org.qunfang.kernel.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void theUpperBoundIsTheNextCodeOfTheSameLengthCarryingOver() {
    assertThat(DivisionCode.of("350923100").upperBound()).isEqualTo("350923101");
    assertThat(DivisionCode.of("350923109").upperBound()).isEqualTo("350923110");
    assertThat(DivisionCode.of("350923").upperBound()).isEqualTo("350924");
  }

  @Test
  void everyCodeBelowLiesInTheRangeAndNoOtherDoes() {
    DivisionCode township = DivisionCode.of("350923109");
    String upper = township.upperBound();
    assertThat("350923109999").isGreaterThanOrEqualTo(township.value()).isLessThan(upper);
    assertThat("350923110001").isGreaterThanOrEqualTo(upper);
    assertThat("350923108999").isLessThan(township.value());
  }
}
