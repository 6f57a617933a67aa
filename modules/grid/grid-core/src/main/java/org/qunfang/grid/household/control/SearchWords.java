package org.qunfang.grid.household.control;

import java.util.Locale;

/**
 * What one search box holds: a full citizen ID number (15 or 18 characters) or mobile number, each
 * matched exactly, or words matched against the beginning of a name and any part of an address.
 */
public record SearchWords(Kind kind, String text) {

  public enum Kind {
    ID_NUMBER,
    MOBILE,
    NAME_OR_ADDRESS
  }

  public static SearchWords of(String words) {
    String text = words.strip().replace(" ", "");
    if (text.matches("\\d{17}[\\dXx]|\\d{15}")) {
      return new SearchWords(Kind.ID_NUMBER, text.toUpperCase(Locale.ROOT));
    }
    if (text.matches("1\\d{10}")) {
      return new SearchWords(Kind.MOBILE, text);
    }
    return new SearchWords(Kind.NAME_OR_ADDRESS, words.strip());
  }
}
