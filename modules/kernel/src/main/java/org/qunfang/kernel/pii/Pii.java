package org.qunfang.kernel.pii;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's one {@link PiiProtection}, keyed from configuration on first use. JPA
 * converters are created by the persistence provider, not by CDI, hence this holder.
 */
public final class Pii {

  private static volatile PiiProtection protection;

  private Pii() {}

  public static PiiProtection protection() {
    PiiProtection current = protection;
    if (current == null) {
      synchronized (Pii.class) {
        if (protection == null) {
          String master =
              ConfigProvider.getConfig()
                  .getOptionalValue(PiiKey.PROPERTY, String.class)
                  .orElse(null);
          protection = new PiiProtection(PiiKey.fromBase64(master));
        }
        current = protection;
      }
    }
    return current;
  }
}
