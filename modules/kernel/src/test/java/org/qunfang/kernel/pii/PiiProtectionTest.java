package org.qunfang.kernel.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiProtectionTest {

  private final PiiProtection protection = new PiiProtection(PiiKey.fromBase64(randomKey()));

  @Test
  void encryptionRoundTripsAndNeverRepeats() {
    String id = "11010519491231002X";
    String first = protection.encrypt(id);
    String second = protection.encrypt(id);
    assertThat(first).startsWith("v1:").doesNotContain(id).isNotEqualTo(second);
    assertThat(protection.decrypt(first)).isEqualTo(id);
    assertThat(protection.decrypt(second)).isEqualTo(id);
    assertThat(protection.decrypt(protection.encrypt("张三 13812345678")))
        .isEqualTo("张三 13812345678");
  }

  @Test
  void anotherKeyOrATamperedValueCannotBeRead() {
    String sealed = protection.encrypt("13812345678");
    PiiProtection other = new PiiProtection(PiiKey.fromBase64(randomKey()));
    assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    char last = sealed.charAt(sealed.length() - 2);
    String tampered =
        sealed.substring(0, sealed.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + sealed.charAt(sealed.length() - 1);
    assertThatThrownBy(() -> protection.decrypt(tampered))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lookupHashIsStableKeyedAndCaseBlind() {
    String hash = protection.lookupHash("11010519491231002x");
    assertThat(hash).hasSize(64).isEqualTo(protection.lookupHash(" 11010519491231002X"));
    PiiProtection other = new PiiProtection(PiiKey.fromBase64(randomKey()));
    assertThat(other.lookupHash("11010519491231002X")).isNotEqualTo(hash);
  }

  @Test
  void refusesAMissingOrShortKey() {
    assertThatThrownBy(() -> PiiKey.fromBase64(null)).hasMessageContaining("qunfang.pii.key");
    assertThatThrownBy(() -> PiiKey.fromBase64("c2hvcnQ="))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
