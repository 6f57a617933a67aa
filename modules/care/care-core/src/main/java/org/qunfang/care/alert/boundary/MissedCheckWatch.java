package org.qunfang.care.alert.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.care.api.alert.AlertKind;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.Observation;

/**
 * Every 20 seconds: expected checks whose window has closed with nothing recorded are marked
 * missed, each raising an alert; alerts open for more than two hours are escalated to the township.
 * Checks are marked with one guarded update per batch ({@code pending = true}), so a check recorded
 * at the same moment is either recorded or missed, never both.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MissedCheckWatch {

  /** An alert open this long goes to the township. */
  public static final Duration ESCALATION = Duration.ofHours(2);

  static final int BATCH = 1000;

  @PersistenceContext(unitName = "care")
  EntityManager em;

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
    Instant now = at.truncatedTo(ChronoUnit.MILLIS); // compared for equality once stored
    int missed = 0;
    List<UUID> ids;
    do {
      ids =
          em.createNamedQuery(HealthCheck.CLOSED_PENDING_IDS, UUID.class)
              .setParameter("now", now)
              .setMaxResults(BATCH)
              .getResultList();
      if (!ids.isEmpty()) {
        missed += miss(ids, now);
      }
    } while (ids.size() == BATCH);
    em.createNamedQuery(CareAlert.ESCALATE)
        .setParameter("now", now)
        .setParameter("due", now.minus(ESCALATION))
        .executeUpdate();
    return missed;
  }

  private int miss(List<UUID> ids, Instant now) {
    em.createNamedQuery(HealthCheck.MISS)
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
    List<HealthCheck> marked =
        em.createNamedQuery(HealthCheck.MISSED_AMONG, HealthCheck.class)
            .setParameter("ids", ids)
            .setParameter("now", now)
            .getResultList();
    Map<UUID, Observation> running =
        em.createNamedQuery(Observation.RUNNING_AMONG, Observation.class)
            .setParameter(
                "ids", marked.stream().map(HealthCheck::getObservationId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(Observation::getId, Function.identity()));
    for (HealthCheck check : marked) {
      Observation observation = running.get(check.getObservationId());
      if (observation != null) {
        em.persist(
            new CareAlert(
                observation,
                AlertKind.MISSED,
                check.getId(),
                check.getDay(),
                check.getSlot(),
                now));
      }
    }
    em.flush();
    em.clear();
    return marked.size();
  }
}
