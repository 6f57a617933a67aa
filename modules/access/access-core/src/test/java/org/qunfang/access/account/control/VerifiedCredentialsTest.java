package org.qunfang.access.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final VerifiedCredentials credentials = new VerifiedCredentials();
  private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

  @Test
  void aRememberedPasswordIsVerifiedForItsAccountAsStoredUntilItExpires() {
    credentials.remember("lin", "Secret123", "pbkdf2:1", now);

    assertThat(credentials.verified("lin", "Secret123", "pbkdf2:1", now.plusSeconds(60))).isTrue();
    assertThat(credentials.verified("lin", "Secret124", "pbkdf2:1", now)).isFalse();
    assertThat(credentials.verified("chen", "Secret123", "pbkdf2:1", now)).isFalse();
    // The password was changed since: the stored hash differs.
    assertThat(credentials.verified("lin", "Secret123", "pbkdf2:2", now)).isFalse();
    assertThat(
            credentials.verified(
                "lin", "Secret123", "pbkdf2:1", now.plus(VerifiedCredentials.KEEP)))
        .isFalse();
  }

  @Test
  void aForgottenAccountNeedsItsPasswordCheckedAgain() {
    credentials.remember("lin", "Secret123", "pbkdf2:1", now);
    credentials.forget("lin");
    assertThat(credentials.verified("lin", "Secret123", "pbkdf2:1", now)).isFalse();
  }

  @Test
  void anotherProcessRemembersNothing() {
    credentials.remember("lin", "Secret123", "pbkdf2:1", now);
    assertThat(new VerifiedCredentials().verified("lin", "Secret123", "pbkdf2:1", now)).isFalse();
  }
}
