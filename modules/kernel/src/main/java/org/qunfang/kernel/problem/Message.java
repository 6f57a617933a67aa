package org.qunfang.kernel.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-facing text by bundle and key, rendered late in the reader's language. Each module keeps
 * its own bundle; the kernel's is {@value #KERNEL}.
 */
public record Message(String bundle, String key, Object... args) {

  public static final String KERNEL = "org.qunfang.kernel.Messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static Message kernel(String key, Object... args) {
    return new Message(KERNEL, key, args);
  }

  /** Arguments for a format, with any that are messages rendered in {@code locale}. */
  public static Object[] rendered(Object[] args, Locale locale) {
    return java.util.Arrays.stream(args)
        .map(a -> a instanceof Message m ? m.in(locale) : a)
        .toArray();
  }

  /**
   * The text in {@code locale}; the key itself when the bundle lacks it, never an exception. An
   * argument that is itself a message (a choice's label, say) is rendered in the same language.
   */
  public String in(Locale locale) {
    try {
      ResourceBundle texts =
          ResourceBundle.getBundle(bundle, locale, Message.class.getClassLoader(), NO_FALLBACK);
      return new MessageFormat(texts.getString(key), locale).format(rendered(args, locale));
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
