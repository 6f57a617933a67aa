package org.qunfang.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.qunfang.web.api.menu.ModuleWeb;

/**
 * The texts pages read as {@code t}: the shell's own ({@code ShellTexts}) and every module's
 * ({@code org.qunfang.<module>.web.Texts}) in one bundle, so a module page moves between jars
 * without a change and Java code asks one bundle. A key a module repeats from the shell wins.
 */
public class Texts extends ResourceBundle {

  static final String SHELL = "org.qunfang.web.ShellTexts";

  private static final ResourceBundle.Control PROPERTIES_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Map<String, Object> texts;

  /** The fallback bundle, English, as the shell's default properties are. */
  public Texts() {
    this(Locale.ROOT);
  }

  protected Texts(Locale locale) {
    Map<String, Object> merged = new HashMap<>();
    for (String name : bundles()) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), PROPERTIES_ONLY);
      for (String key : bundle.keySet()) {
        merged.put(key, bundle.getObject(key));
      }
    }
    texts = Map.copyOf(merged);
  }

  /** The shell's bundle first, then the modules' (found as CDI beans; none outside a container). */
  private static List<String> bundles() {
    List<String> names = new ArrayList<>(List.of(SHELL));
    try {
      CDI.current().select(ModuleWeb.class).forEach(module -> names.add(module.texts()));
    } catch (IllegalStateException noContainer) {
      // unit tests: the shell's texts alone
    }
    return names;
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(texts.keySet());
  }
}
