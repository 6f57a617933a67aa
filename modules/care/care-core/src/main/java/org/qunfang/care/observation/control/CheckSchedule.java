package org.qunfang.care.observation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.NucleicTest;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.type.entity.ObservationRules;

/**
 * Lays out what an observation expects: a check for every slot of every day, and the tests of its
 * test days. Slots whose window had closed before {@code now} are not expected (a placement dated
 * back does not start with missed checks).
 */
@Dependent
public class CheckSchedule {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  /** The checks and tests of a new observation. */
  public void layOut(Observation observation, Instant now) {
    addChecks(observation, observation.getStartDate(), observation.getPlannedEnd(), now);
    for (ObservationRules.DueTest test : observation.getRules().tests(observation.getStartDate())) {
      em.persist(new NucleicTest(observation, test.number(), test.day()));
    }
  }

  /** The period moved from {@code before} to the observation's planned end. */
  public void moveEnd(Observation observation, LocalDate before, Instant now) {
    LocalDate after = observation.getPlannedEnd();
    if (after.isAfter(before)) {
      addChecks(observation, before.plusDays(1), after, now);
    } else {
      em.createNamedQuery(HealthCheck.PENDING_AFTER)
          .setParameter("observation", observation.getId())
          .setParameter("day", after)
          .executeUpdate();
    }
  }

  /** The observation ended at {@code now}: what would still have been due is not. */
  public void end(Observation observation, Instant now) {
    em.createNamedQuery(HealthCheck.PENDING_FROM)
        .setParameter("observation", observation.getId())
        .setParameter("from", now)
        .executeUpdate();
  }

  private void addChecks(Observation observation, LocalDate first, LocalDate last, Instant now) {
    for (ObservationRules.Due due : observation.getRules().checksBetween(first, last)) {
      if (due.closes().isAfter(now)) {
        em.persist(HealthCheck.expected(observation, due));
      }
    }
  }
}
