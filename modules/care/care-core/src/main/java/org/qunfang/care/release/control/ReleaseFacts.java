package org.qunfang.care.release.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.care.api.check.TestResult;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.NucleicTest;
import org.qunfang.care.observation.entity.Observation;

/** The release rule's facts for many observations at once: three grouped counts in all. */
@Dependent
public class ReleaseFacts {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  public Map<UUID, ReleaseRule.Facts> of(List<Observation> observations, Instant now) {
    if (observations.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = observations.stream().map(Observation::getId).toList();
    Map<UUID, Long> alerts = counts(CareAlert.OPEN_COUNTS, ids, null);
    Map<UUID, Long> unrecorded = counts(HealthCheck.UNRECORDED_COUNTS, ids, now);
    Map<UUID, Long> pending = new HashMap<>();
    Map<UUID, LocalDate> firstPending = new HashMap<>();
    Map<UUID, Long> positive = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(NucleicTest.UNSETTLED, Object[].class)
            .setParameter("observations", ids)
            .setParameter("negative", TestResult.NEGATIVE)
            .getResultList()) {
      UUID id = (UUID) row[0];
      if (row[1] == TestResult.POSITIVE) {
        positive.put(id, (Long) row[2]);
      } else {
        pending.put(id, (Long) row[2]);
        firstPending.put(id, (LocalDate) row[3]);
      }
    }
    return observations.stream()
        .collect(
            Collectors.toMap(
                Observation::getId,
                o ->
                    new ReleaseRule.Facts(
                        o.getPlannedEnd(),
                        alerts.getOrDefault(o.getId(), 0L),
                        pending.getOrDefault(o.getId(), 0L),
                        firstPending.get(o.getId()),
                        positive.getOrDefault(o.getId(), 0L),
                        unrecorded.getOrDefault(o.getId(), 0L))));
  }

  private Map<UUID, Long> counts(String query, List<UUID> ids, Instant now) {
    var q = em.createNamedQuery(query, Object[].class).setParameter("observations", ids);
    if (now != null) {
      q.setParameter("now", now);
    }
    return q.getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
  }
}
