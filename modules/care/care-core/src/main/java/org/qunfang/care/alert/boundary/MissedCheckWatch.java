package org.qunfang.care.alert.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.care.alert.boundary.MissedCheckScan.Half;

/**
 * When a window closes, and every 20 seconds besides, a {@link MissedCheckScan} marks the expected
 * checks whose window has closed with nothing recorded as missed and raises their alerts, and
 * escalates alerts open for more than two hours to the township. Each scan arms a timer for the
 * next window to close before the next periodic scan, so a missed check is found as its window
 * closes, not up to 20 seconds later.
 *
 * <p>A scan reads only the windows closed since the scan before, less a minute for checks laid out
 * by a transaction still open then; the first after a start reads them all. The scan commits in its
 * own transaction before the watch moves on, and a failed scan is logged and retried by the next:
 * an exception out of a timer would make the container drop the schedule.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissedCheckWatch {

  /** How often the watch scans on its own, whatever closes. */
  static final Duration PERIOD = Duration.ofSeconds(20);

  /** A check laid out while a scan runs may close inside that scan's range: the next reads it. */
  static final Duration OVERLAP = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(MissedCheckWatch.class.getName());

  @Inject MissedCheckScan scans;

  @Resource TimerService timers;

  /** Where the last scan read up to; none before the first scan after a start. */
  private volatile Instant scannedTo = Instant.EPOCH;

  /** When the armed timer is due; none when no window closes before the next periodic scan. */
  private volatile Instant armedFor;

  /** A scan still running when the next is due lets that one pass. */
  private final AtomicBoolean scanning = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void watch() {
    if (scanning.compareAndSet(false, true)) {
      try {
        scan();
      } finally {
        scanning.set(false);
      }
    }
  }

  /** A window closes: scan now, or a second later when a scan is still running. */
  @Timeout
  void windowClosed() {
    armedFor = null;
    if (scanning.compareAndSet(false, true)) {
      try {
        scan();
      } finally {
        scanning.set(false);
      }
    } else {
      arm(Instant.now().plusSeconds(1));
    }
  }

  private void scan() {
    Instant at = Instant.now();
    Instant since = scannedTo.minus(OVERLAP);
    long started = System.nanoTime();
    List<Future<Half>> halves = List.of(scans.half(at, since, 0), scans.half(at, since, 1));
    List<Half> done = new ArrayList<>();
    for (Future<Half> half : halves) {
      try {
        done.add(half.get());
      } catch (ExecutionException failed) {
        LOG.log(
            Level.SEVERE,
            "missed-check watch: a half failed; the next scan reads it again",
            failed);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (done.size() == halves.size()) {
      scannedTo = at;
      log(done, (System.nanoTime() - started) / 1_000_000);
    }
    try {
      scans
          .escalateAndFindNextClose(at)
          .filter(next -> next.isBefore(at.plus(PERIOD)))
          .ifPresent(this::arm);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.SEVERE, "missed-check watch: escalation failed; the next scan tries again", failed);
    }
  }

  private static void log(List<Half> halves, long millis) {
    int missed = halves.stream().mapToInt(Half::missed).sum();
    if (missed > 0) {
      LOG.info(
          () ->
              String.format(
                  "missed-check watch: %d checks missed, %d alerts raised in %d ms (halves: %s)",
                  missed,
                  halves.stream().mapToInt(Half::raised).sum(),
                  millis,
                  halves.stream()
                      .map(h -> h.markMillis() + "+" + h.alertMillis() + " ms")
                      .toList()));
    }
  }

  /** The earliest close wins; a later timer still armed only scans once more. */
  private void arm(Instant at) {
    Instant armed = armedFor;
    if (armed == null || !armed.isAfter(Instant.now()) || at.isBefore(armed)) {
      armedFor = at;
      timers.createSingleActionTimer(Date.from(at), new TimerConfig(null, false));
    }
  }
}
