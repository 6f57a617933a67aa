package org.qunfang.access.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified in the last few minutes, so that API clients sending Basic credentials with
 * every request pay PBKDF2 once, not on every call. What is kept is a keyed hash (the key lives in
 * this process only) tied to the account's stored password hash: a password change, or a restart,
 * makes every remembered entry useless. Whether the account may log in is still checked each time.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration KEEP = Duration.ofMinutes(5);

  private final SecretKeySpec key;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] digest, String storedHash, Instant until) {}

  public VerifiedCredentials() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Whether this password was verified for this account (as it is stored now) a moment ago. */
  public boolean verified(String username, String password, String storedHash, Instant now) {
    Entry entry = entries.get(username);
    return entry != null
        && now.isBefore(entry.until())
        && entry.storedHash().equals(storedHash)
        && MessageDigest.isEqual(entry.digest(), digest(username, password));
  }

  public void remember(String username, String password, String storedHash, Instant now) {
    entries.put(username, new Entry(digest(username, password), storedHash, now.plus(KEEP)));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
