package org.qunfang.kernel.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Citizen identity numbers after GB 11643-1999: six digits of the issuing area, the birth date
 * (yyyyMMdd), a three-digit sequence whose parity is the sex, and an ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 */
public final class CitizenIds {

  private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9Xx]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private CitizenIds() {}

  public static boolean isValid(String id) {
    return id != null
        && SHAPE.matcher(id).matches()
        && checkCharacter(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17))
        && birthDate(id).isPresent();
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The birth date the number carries, when it is a real date no earlier than 1900. */
  public static Optional<LocalDate> birthDate(String id) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(id.substring(6, 10)),
              Integer.parseInt(id.substring(10, 12)),
              Integer.parseInt(id.substring(12, 14)));
      boolean plausible = !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(LocalDate.now());
      return plausible ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** True for a man (odd sequence digit), false for a woman. */
  public static boolean isMale(String id) {
    return (id.charAt(16) - '0') % 2 == 1;
  }
}
