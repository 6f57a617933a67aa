package org.qunfang.kernel.area;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statistical division code (NBS, 2 to 12 digits). Codes nest by prefix — 350923 ⊂ 350923100 ⊂
 * 350923100008 — so "lies in my area" is a prefix test. Trailing zero padding (3509230000) is not
 * accepted: a code is always written at its own level's length.
 */
public record DivisionCode(String value) {

  private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

  public DivisionCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("Not a division code: " + value);
    }
  }

  public static boolean isWellFormed(String value) {
    return value != null && DIGITS.matcher(value).matches();
  }

  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  public DivisionLevel level() {
    return DivisionLevel.ofCodeLength(value.length()).orElseThrow();
  }

  public Optional<DivisionCode> parent() {
    return level().above().map(above -> new DivisionCode(value.substring(0, above.codeLength())));
  }

  /** True when {@code other} is this division or lies anywhere below it. */
  public boolean contains(DivisionCode other) {
    return other.value.startsWith(value);
  }

  /**
   * The least code-shaped string above every code in this division: {@code code >= value and code <
   * upperBound()} selects the division by range, which a plain index serves under any collation
   * (unlike {@code LIKE 'value%'}). 350923109 → 350923110.
   */
  public String upperBound() {
    return String.format("%0" + value.length() + "d", Long.parseLong(value) + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
