package org.qunfang.access.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Hashes and checks passwords with the Jakarta Security PBKDF2 implementation, and generates
 * one-time passwords that are easy to read out over the phone (no 0/O, 1/l/I).
 */
@ApplicationScoped
public class Passwords {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int ONE_TIME_LENGTH = 14;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private final SecureRandom random = new SecureRandom();

  /** A hash that checks nothing, to spend the same time when a username is unknown. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash(oneTimePassword());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /**
   * Burns the time of one verification, so a wrong username answers as slowly as a wrong password.
   */
  public void spendVerificationTime(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }

  /** Letters and digits, always both. */
  public String oneTimePassword() {
    StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
    while (password.length() < ONE_TIME_LENGTH) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    password.setCharAt(random.nextInt(ONE_TIME_LENGTH), (char) ('2' + random.nextInt(8)));
    return password.toString();
  }
}
