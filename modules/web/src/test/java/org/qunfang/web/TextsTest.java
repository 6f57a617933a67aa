package org.qunfang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** {@code org/qunfang/<module>/web/Texts_zh.properties} in a jar or folder of the class path. */
  private static final Pattern MODULE_TEXTS =
      Pattern.compile("org/qunfang/([a-z]+)/web/Texts_zh\\.properties");

  /**
   * Pages read every module's texts as one bundle, where a key two modules both define silently
   * takes one module's text on the other's page (the care desk once showed the hotline's title).
   */
  @Test
  void noTwoModulesDefineTheSameKey() throws IOException {
    Map<String, String> owners = new HashMap<>();
    List<String> clashes = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      for (Map.Entry<String, Properties> module : moduleTexts(Path.of(entry)).entrySet()) {
        for (String key : module.getValue().stringPropertyNames()) {
          String before = owners.putIfAbsent(key, module.getKey());
          if (before != null && !before.equals(module.getKey())) {
            clashes.add(key + " (" + before + ", " + module.getKey() + ")");
          }
        }
      }
    }
    assertThat(owners).isNotEmpty();
    assertThat(clashes).isEmpty();
  }

  private static Map<String, Properties> moduleTexts(Path entry) throws IOException {
    Map<String, Properties> found = new HashMap<>();
    if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        jar.stream()
            .forEach(
                e -> {
                  Matcher m = MODULE_TEXTS.matcher(e.getName());
                  if (m.matches()) {
                    try (InputStream in = jar.getInputStream(e)) {
                      Properties texts = new Properties();
                      texts.load(in);
                      found.put(m.group(1), texts);
                    } catch (IOException unreadable) {
                      throw new UncheckedIOException(unreadable);
                    }
                  }
                });
      }
    }
    return found;
  }
}
