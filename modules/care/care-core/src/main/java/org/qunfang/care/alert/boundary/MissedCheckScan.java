package org.qunfang.care.alert.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;

/**
 * One scan of the {@link MissedCheckWatch}, in two halves by community. When a window closes for a
 * whole district at once this is tens of thousands of rows, so it is two set-based statements, not
 * an entity per check: one marks what is still pending (a check recorded at the same moment is
 * either recorded or missed, never both: the version moves), one raises the alerts of the checks it
 * marked, of observations still running. The alert takes its check's id. Both read only the windows
 * closed in {@code (since, at]}. The audit trail gets one entry per community and scan, with the
 * number of checks it found missed there.
 */
@Stateless
@PermitAll
public class MissedCheckScan {

  /** An alert open this long goes to the township. */
  public static final Duration ESCALATION = Duration.ofHours(2);

  /** Communities by the parity of their code's last digit: disjoint halves, one per core. */
  private static final String HALF = "mod(cast(right(division_code, 1) as integer), 2) = ?3";

  private static final String MARK =
      "update care.health_check set pending = false, missed_at = ?1, version = version + 1"
          + " where closes_at <= ?1 and closes_at > ?2 and pending = true and "
          + HALF;

  private static final String RAISE =
      "insert into care.care_alert (id, version, created_at, created_by, updated_at, updated_by,"
          + " observation_id, division_code, person_name, kind, subject_id, subject_day, slot,"
          + " raised_at) select c.id, 0, ?1, 'system', ?1, 'system', c.observation_id,"
          + " c.division_code, o.person_name, 'MISSED', c.id, c.check_day, c.slot, ?1"
          + " from care.health_check c join care.observation o on o.id = c.observation_id"
          + " where c.closes_at <= ?1 and c.closes_at > ?2 and c.missed_at = ?1"
          + " and o.running_resident is not null and "
          + HALF.replace("division", "c.division");

  /** By the closes_at index, as the two above: the alerts only grow, the checks of a range not. */
  private static final String MISSED_BY_COMMUNITY =
      "select division_code, count(*) from care.health_check"
          + " where closes_at <= ?1 and closes_at > ?2 and missed_at = ?1 and "
          + HALF
          + " group by division_code";

  /** The closes_at index read from {@code at} on: the first still pending. */
  private static final String NEXT_CLOSE =
      "select c.closesAt from HealthCheck c where c.pending = true and c.closesAt > :at"
          + " order by c.closesAt";

  @PersistenceContext(unitName = "care")
  EntityManager em;

  /** What one half of a scan found, and how long its steps took. */
  public record Half(int missed, int raised, long markMillis, long alertMillis) {}

  /**
   * Marks and alerts the communities of one half ({@code 0} or {@code 1}), in a transaction of its
   * own on a thread of its own: the database does the two halves on two cores. A half that fails
   * leaves its checks pending for the next scan; the other half stands.
   */
  @Asynchronous
  public Future<Half> half(Instant at, Instant since, int half) {
    long started = System.nanoTime();
    // stored once and compared for equality: the same value in every statement of this scan
    OffsetDateTime now = at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    OffsetDateTime after = since.atOffset(ZoneOffset.UTC);
    int missed =
        em.createNativeQuery(MARK)
            .setParameter(1, now)
            .setParameter(2, after)
            .setParameter(3, half)
            .executeUpdate();
    long marked = System.nanoTime();
    int raised = missed == 0 ? 0 : raise(now, after, half);
    return new AsyncResult<>(
        new Half(missed, raised, millis(started, marked), millis(marked, System.nanoTime())));
  }

  /**
   * Escalates what has been open too long; when the next window still pending closes after {@code
   * at}.
   */
  public Optional<Instant> escalateAndFindNextClose(Instant at) {
    em.createNamedQuery(CareAlert.ESCALATE)
        .setParameter("now", at)
        .setParameter("due", at.minus(ESCALATION))
        .executeUpdate();
    return em.createQuery(NEXT_CLOSE, Instant.class)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private int raise(OffsetDateTime now, OffsetDateTime after, int half) {
    int raised =
        em.createNativeQuery(RAISE)
            .setParameter(1, now)
            .setParameter(2, after)
            .setParameter(3, half)
            .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> byCommunity =
        em.createNativeQuery(MISSED_BY_COMMUNITY)
            .setParameter(1, now)
            .setParameter(2, after)
            .setParameter(3, half)
            .getResultList();
    for (Object[] row : byCommunity) {
      AuditTrail.recordIn(
          (String) row[0],
          "CareAlert",
          "missed-" + now.toInstant(),
          AuditAction.CREATE,
          Map.of("kind", "MISSED", "missedChecks", String.valueOf(row[1])));
    }
    return raised;
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
