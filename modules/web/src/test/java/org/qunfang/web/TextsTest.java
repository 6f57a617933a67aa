package org.qunfang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void outsideAContainerTheShellsTextsAreThereInTheAskedLanguage() {
    assertThat(
            ResourceBundle.getBundle("org.qunfang.web.Texts", Locale.SIMPLIFIED_CHINESE)
                .getString("app.name"))
        .isEqualTo("群防");
    assertThat(
            ResourceBundle.getBundle("org.qunfang.web.Texts", Locale.ENGLISH).getString("app.name"))
        .isEqualTo("Qunfang");
  }
}
