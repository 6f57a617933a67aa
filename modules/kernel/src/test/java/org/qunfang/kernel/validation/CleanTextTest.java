package org.qunfang.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  @Test
  void trimsAndNormalisesToNfc() {
    assertThat(CleanText.clean("  张三\u3000", false)).contains("张三");
    assertThat(CleanText.clean("Cafe\u0301", false)).contains("Café");
  }

  @Test
  void aNameOfZeroWidthCharactersIsBlank() {
    assertThat(CleanText.clean("\u200B\u200D\uFEFF", false)).contains("");
  }

  @Test
  void refusesControlBidiAndLoneSurrogates() {
    assertThat(CleanText.clean("张\u0000三", false)).isEmpty();
    assertThat(CleanText.clean("abc\u202Eevil", false)).isEmpty();
    assertThat(CleanText.clean("\u2067x", false)).isEmpty();
    assertThat(CleanText.clean("x\uD800", false)).isEmpty();
    assertThat(CleanText.clean("\uDC00x", false)).isEmpty();
    assertThat(CleanText.clean("x\u0085", false)).isEmpty();
  }

  @Test
  void keepsPairedSurrogatesAndLineBreaksInLongTexts() {
    assertThat(CleanText.clean("𠀀名", false)).contains("𠀀名");
    assertThat(CleanText.clean("第一行\n第二行", true)).contains("第一行\n第二行");
    assertThat(CleanText.clean("第一行\n第二行", false)).isEmpty();
  }
}
