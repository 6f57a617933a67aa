package org.qunfang.care.alert.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;

/**
 * Every 20 seconds: expected checks whose window has closed with nothing recorded are marked
 * missed, each raising an alert; alerts open for more than two hours are escalated to the township.
 * When a window closes for a whole district at once this is tens of thousands of rows, so it is two
 * set-based statements, not an entity per check: one marks what is still pending (a check recorded
 * at the same moment is either recorded or missed, never both: the version moves), one raises the
 * alerts of the checks it marked, of observations still running. The alert takes its check's id.
 * Both read only the windows that closed since the scan before (with a minute's overlap for checks
 * laid out by a transaction still open then); the first scan after a start reads them all. The
 * audit trail gets one entry per community and scan.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MissedCheckWatch {

  /** An alert open this long goes to the township. */
  public static final Duration ESCALATION = Duration.ofHours(2);

  private static final Logger LOG = Logger.getLogger(MissedCheckWatch.class.getName());

  private static final String MARK =
      "update care.health_check set pending = false, missed_at = ?1, version = version + 1"
          + " where closes_at <= ?1 and closes_at > ?2 and pending = true";

  private static final String RAISE =
      "insert into care.care_alert (id, version, created_at, created_by, updated_at, updated_by,"
          + " observation_id, division_code, person_name, kind, subject_id, subject_day, slot,"
          + " raised_at) select c.id, 0, ?1, 'system', ?1, 'system', c.observation_id,"
          + " c.division_code, o.person_name, 'MISSED', c.id, c.check_day, c.slot, ?1"
          + " from care.health_check c join care.observation o on o.id = c.observation_id"
          + " where c.closes_at <= ?1 and c.closes_at > ?2 and c.missed_at = ?1"
          + " and o.running_resident is not null";

  private static final String RAISED =
      "select division_code, count(*) from care.care_alert where kind = 'MISSED'"
          + " and raised_at = ?1 group by division_code";

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /** A check laid out while a scan runs may close inside that scan's range: the next reads it. */
  static final Duration OVERLAP = Duration.ofMinutes(1);

  /** Where the last scan read up to; none before the first scan after a start. */
  private volatile Instant scannedTo = Instant.EPOCH;

  /** A scan still running when the next is due lets that one pass. */
  private final AtomicBoolean scanning = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void watch() {
    if (scanning.compareAndSet(false, true)) {
      try {
        scan(Instant.now());
      } finally {
        scanning.set(false);
      }
    }
  }

  /** Marks what closed by {@code at} as missed and raises the alerts; how many were missed. */
  public int scan(Instant at) {
    long started = System.nanoTime();
    // stored once and compared for equality: the same value in every statement of this scan
    OffsetDateTime now = at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    OffsetDateTime since = scannedTo.minus(OVERLAP).atOffset(ZoneOffset.UTC);
    int missed =
        em.createNativeQuery(MARK).setParameter(1, now).setParameter(2, since).executeUpdate();
    if (missed > 0) {
      int raised =
          em.createNativeQuery(RAISE).setParameter(1, now).setParameter(2, since).executeUpdate();
      @SuppressWarnings("unchecked")
      List<Object[]> byCommunity =
          em.createNativeQuery(RAISED).setParameter(1, now).getResultList();
      for (Object[] row : byCommunity) {
        AuditTrail.recordIn(
            (String) row[0],
            "CareAlert",
            "missed-" + now.toInstant(),
            AuditAction.CREATE,
            Map.of("kind", "MISSED", "alerts", String.valueOf(row[1])));
      }
      LOG.info(
          () ->
              String.format(
                  "missed-check watch: %d checks missed, %d alerts raised in %d ms",
                  missed, raised, (System.nanoTime() - started) / 1_000_000));
    }
    em.createNamedQuery(CareAlert.ESCALATE)
        .setParameter("now", at)
        .setParameter("due", at.minus(ESCALATION))
        .executeUpdate();
    transactions.registerInterposedSynchronization(new Advance(at));
    return missed;
  }

  /** The next scan starts where this one read up to, once this one has committed. */
  private final class Advance implements Synchronization {

    private final Instant to;

    Advance(Instant to) {
      this.to = to;
    }

    @Override
    public void beforeCompletion() {
      // nothing to do before
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        scannedTo = to;
      }
    }
  }
}
