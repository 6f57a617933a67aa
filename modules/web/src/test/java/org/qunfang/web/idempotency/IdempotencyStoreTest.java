package org.qunfang.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

  private Instant now = Instant.parse("2026-11-24T00:00:00Z");
  private final IdempotencyStore store =
      new IdempotencyStore(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  private static IdempotencyStore.Key key(String body) {
    return new IdempotencyStore.Key("gm1", "/grids", "k-1", body);
  }

  @Test
  void aRetryGetsTheFirstAnswer() {
    assertThat(store.claim(key("a")).state()).isEqualTo(IdempotencyStore.State.NEW);
    assertThat(store.claim(key("a")).state()).isEqualTo(IdempotencyStore.State.RUNNING);
    store.done(key("a"), new IdempotencyStore.Answer(201, MediaType.APPLICATION_JSON_TYPE, "x"));
    IdempotencyStore.Claim again = store.claim(key("a"));
    assertThat(again.state()).isEqualTo(IdempotencyStore.State.DONE);
    assertThat(again.answer().status()).isEqualTo(201);
  }

  @Test
  void theSameKeyWithAnotherBodyIsNotARetry() {
    store.claim(key("a"));
    assertThat(store.claim(key("b")).state()).isEqualTo(IdempotencyStore.State.OTHER_BODY);
  }

  @Test
  void aRefusalIsForgottenAndOldAnswersExpire() {
    store.claim(key("a"));
    store.release(key("a"));
    assertThat(store.claim(key("a")).state()).isEqualTo(IdempotencyStore.State.NEW);
    store.done(key("a"), new IdempotencyStore.Answer(201, null, "x"));
    now = now.plus(Duration.ofHours(25));
    assertThat(store.claim(key("a")).state()).isEqualTo(IdempotencyStore.State.NEW);
  }

  @Test
  void anAbandonedFirstRequestStopsBlocking() {
    store.claim(key("a"));
    now = now.plus(Duration.ofMinutes(6));
    assertThat(store.claim(key("a")).state()).isEqualTo(IdempotencyStore.State.NEW);
  }
}
