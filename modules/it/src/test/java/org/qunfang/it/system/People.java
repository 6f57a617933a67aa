package org.qunfang.it.system;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.qunfang.kernel.validation.CitizenIds;

/** Made-up people for tests: valid, random citizen ID numbers and phones. */
public final class People {

  private People() {}

  /** A valid ID number issued in 350923, random enough never to repeat across runs. */
  public static String idNumber(LocalDate birth, boolean male) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int sequence = random.nextInt(50) * 2 + (male ? 1 : 0);
    String first17 =
        "3509"
            + String.format("%02d", random.nextInt(100))
            + birth.toString().replace("-", "")
            + String.format("%02d", random.nextInt(100)).charAt(0)
            + String.format("%02d", sequence);
    return first17 + CitizenIds.checkCharacter(first17);
  }

  public static String idNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return idNumber(
        LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)),
        random.nextBoolean());
  }

  public static String phone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
