package org.qunfang.hotline.call.control;

import java.security.SecureRandom;
import java.util.Locale;
import org.qunfang.kernel.pii.Pii;

/**
 * Pseudonymous caller tokens: they link a repeat caller's calls without a name. A caller who leaves
 * a call-back contact gets the same token each time (from the contact's keyed hash); one who does
 * not gets a fresh token, which the counsellor can give them to quote next time.
 */
public final class CallerTokens {

  /** Crockford's base 32: no I, L, O or U to misread over the phone. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CallerTokens() {}

  public static String of(String given, String contact) {
    if (given != null && !given.isBlank()) {
      return given.strip().toUpperCase(Locale.ROOT);
    }
    if (contact != null && !contact.isBlank()) {
      String digits = contact.replaceAll("[^0-9]", "");
      String hash = Pii.protection().lookupHash("caller:" + digits);
      return "C" + encode(Long.parseUnsignedLong(hash.substring(0, 15), 16), 7);
    }
    return "R" + encode(RANDOM.nextLong() >>> 1, 7);
  }

  private static String encode(long value, int length) {
    StringBuilder token = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      token.append(ALPHABET.charAt((int) (value & 31)));
      value >>>= 5;
    }
    return token.toString();
  }
}
