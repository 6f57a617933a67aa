package org.qunfang.kernel.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key for personal information (32 random bytes, base64, from configuration), and the
 * two keys derived from it: one to encrypt, one to hash for lookup. Deriving them keeps a leaked
 * lookup hash from ever helping to decrypt.
 */
public final class PiiKey {

  /** The configuration property (environment: {@code QUNFANG_PII_KEY}). */
  public static final String PROPERTY = "qunfang.pii.key";

  private final SecretKey encryption;
  private final SecretKey lookup;

  private PiiKey(byte[] master) {
    if (master.length != 32) {
      throw new IllegalArgumentException(PROPERTY + " must be 32 bytes, base64-encoded");
    }
    encryption = new SecretKeySpec(derive(master, "qunfang/pii/encrypt"), "AES");
    lookup = new SecretKeySpec(derive(master, "qunfang/pii/lookup"), "HmacSHA256");
  }

  public static PiiKey fromBase64(String master) {
    if (master == null || master.isBlank()) {
      throw new IllegalStateException(
          PROPERTY + " is not configured: personal information cannot be protected");
    }
    return new PiiKey(Base64.getDecoder().decode(master.strip()));
  }

  SecretKey encryption() {
    return encryption;
  }

  SecretKey lookup() {
    return lookup;
  }

  private static byte[] derive(byte[] master, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
