package org.qunfang.kernel.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal values with AES-256-GCM (a fresh 96-bit nonce each time, so equal values never
 * look equal at rest) and hashes them with HMAC-SHA-256 for exact lookup and de-duplication.
 */
public final class PiiProtection {

  private static final String FORMAT = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final PiiKey key;
  private final SecureRandom random = new SecureRandom();

  /**
   * Per thread, because looking up a cipher or MAC costs more than using it: a bulk import encrypts
   * and hashes hundreds of thousands of values on every core.
   */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PiiProtection::newCipher);

  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public PiiProtection(PiiKey key) {
    this.key = key;
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key.lookup());
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return FORMAT + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(FORMAT)) {
      throw new IllegalArgumentException("Not an encrypted value");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
      Cipher cipher = ciphers.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.encryption(),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Decryption failed: wrong key or tampered value", e);
    }
  }

  /** A keyed hash (hex) of the value, upper-cased first so 350…x and 350…X are one person. */
  public String lookupHash(String plain) {
    if (plain == null) {
      return null;
    }
    byte[] digest =
        macs.get().doFinal(plain.strip().toUpperCase().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
