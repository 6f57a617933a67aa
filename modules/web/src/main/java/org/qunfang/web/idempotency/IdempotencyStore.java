package org.qunfang.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to keyed POSTs, kept for a day (and at most {@value #CAPACITY} of them, oldest out
 * first). In memory: a retry reaches the server that answered the first time, and a restart forgets
 * — a client then gets a second record, never a lost one.
 */
@ApplicationScoped
public class IdempotencyStore {

  static final int CAPACITY = 20_000;
  static final Duration KEPT = Duration.ofHours(24);

  /** A first request that never answered (its connection dropped) stops blocking after this. */
  static final Duration ABANDONED = Duration.ofMinutes(5);

  /** Whose key, on which path; the body's digest tells a retry from a reuse of the key. */
  public record Key(String caller, String path, String key, String bodyDigest) {
    Key slot() {
      return new Key(caller, path, key, "");
    }
  }

  public record Answer(int status, MediaType type, Object entity) {}

  public enum State {
    NEW,
    RUNNING,
    DONE,
    OTHER_BODY
  }

  public record Claim(State state, Answer answer) {}

  private record Entry(String bodyDigest, Answer answer, Instant at) {}

  private final Map<Key, Entry> entries = new LinkedHashMap<>();
  private final Clock clock;

  public IdempotencyStore() {
    this(Clock.systemUTC());
  }

  IdempotencyStore(Clock clock) {
    this.clock = clock;
  }

  public synchronized Claim claim(Key key) {
    forgetOld();
    Entry entry = entries.get(key.slot());
    if (entry != null
        && entry.answer() == null
        && entry.at().isBefore(clock.instant().minus(ABANDONED))) {
      entries.remove(key.slot());
      entry = null;
    }
    if (entry == null) {
      entries.put(key.slot(), new Entry(key.bodyDigest(), null, clock.instant()));
      return new Claim(State.NEW, null);
    }
    if (!entry.bodyDigest().equals(key.bodyDigest())) {
      return new Claim(State.OTHER_BODY, null);
    }
    return entry.answer() == null
        ? new Claim(State.RUNNING, null)
        : new Claim(State.DONE, entry.answer());
  }

  public synchronized void done(Key key, Answer answer) {
    Entry claimed = entries.get(key.slot());
    Instant at = claimed == null ? clock.instant() : claimed.at();
    entries.put(key.slot(), new Entry(key.bodyDigest(), answer, at));
  }

  public synchronized void release(Key key) {
    entries.remove(key.slot());
  }

  private void forgetOld() {
    Instant oldest = clock.instant().minus(KEPT);
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (entry.at().isBefore(oldest) || entries.size() > CAPACITY) {
        it.remove();
      } else {
        break; // insertion order: the rest are younger
      }
    }
  }
}
