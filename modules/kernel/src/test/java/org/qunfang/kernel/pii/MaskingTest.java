package org.qunfang.kernel.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksIdNumbersKeepingAreaAndLastFour() {
    assertThat(Masking.idNumber("35092319900101123X")).isEqualTo("350923********123X");
  }

  @Test
  void masksMobilesAsCarriersPrintThem() {
    assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void masksNamesKeepingTheFamilyName() {
    assertThat(Masking.name("张三")).isEqualTo("张*");
    assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
  }

  @Test
  void shortValuesAreFullyHiddenAndNullStaysNull() {
    assertThat(Masking.mobile("1234")).isEqualTo("****");
    assertThat(Masking.idNumber(null)).isNull();
    assertThat(Masking.mask(Personal.Kind.SECRET, "pbkdf2...")).isEqualTo("******");
  }
}
