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

  private final Locale locale;
  private volatile Map<String, Object> texts;

  /** The fallback bundle, English, as the shell's default properties are. */
  public Texts() {
    this(Locale.ROOT);
  }

  protected Texts(Locale locale) {
    this.locale = locale;
  }

  /**
   * Merged on first use, in a request, where the modules can be asked. ResourceBundle keeps this
   * instance for good, so a merge made without a container (the shell's texts alone) is not kept.
   */
  private Map<String, Object> texts() {
    Map<String, Object> merged = texts;
    if (merged == null) {
      List<String> names = new ArrayList<>(List.of(SHELL));
      boolean complete = modules(names);
      Map<String, Object> all = new HashMap<>();
      for (String name : names) {
        ResourceBundle bundle =
            ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), PROPERTIES_ONLY);
        for (String key : bundle.keySet()) {
          all.put(key, bundle.getObject(key));
        }
      }
      merged = Map.copyOf(all);
      if (complete) {
        texts = merged;
      }
    }
    return merged;
  }

  /** Adds the modules' bundles to the shell's; false when there is no container to ask. */
  private static boolean modules(List<String> names) {
    try {
      CDI.current().select(ModuleWeb.class).forEach(module -> names.add(module.texts()));
      return true;
    } catch (IllegalStateException noContainer) {
      return false;
    }
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts().get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(texts().keySet());
  }
}
