package org.qunfang.kernel.validation;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a text a person typed must be before it is stored: NFC, trimmed (zero-width characters
 * included, so a name of nothing but them is blank), and free of control and bidirectional
 * formatting characters, which can hide or reorder what a reader sees. Line breaks and tabs are
 * kept only in long texts.
 */
public final class CleanText {

  private CleanText() {}

  /** The text normalised and trimmed, or empty when it holds a character that is refused. */
  public static Optional<String> clean(String text, boolean multiline) {
    if (text == null) {
      return Optional.of("");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return Optional.empty();
        }
        i++;
      } else if (Character.isLowSurrogate(c) || refused(c, multiline)) {
        return Optional.empty();
      }
    }
    return Optional.of(trim(Normalizer.normalize(text, Normalizer.Form.NFC)));
  }

  /** Whether the text may be stored as it is after {@link #clean}. */
  public static boolean acceptable(String text, boolean multiline) {
    return clean(text, multiline).isPresent();
  }

  static boolean refused(char c, boolean multiline) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return !multiline;
    }
    return Character.getType(c) == Character.CONTROL // C0, DEL and C1
        || c == '\u061C' // Arabic letter mark
        || c == '\u200E'
        || c == '\u200F' // left-to-right and right-to-left marks
        || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // isolates
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
