package org.qunfang.care.alert.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.qunfang.care.api.alert.AlertKind;
import org.qunfang.care.api.check.TestResult;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.NucleicTest;
import org.qunfang.care.observation.entity.Observation;

/**
 * Raises the alert a check or test calls for: abnormal for a reading over the threshold or a
 * symptom, missed for a person not reached or refusing (their check was not done), positive for a
 * test (once, however often its result is entered).
 */
@Dependent
public class AlertRaiser {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  public void afterCheck(Observation observation, HealthCheck check, Instant now) {
    AlertKind kind =
        switch (check.getStatus()) {
          case ABNORMAL -> AlertKind.ABNORMAL;
          case NOT_REACHED, REFUSED -> AlertKind.MISSED;
          case SEEN -> null;
        };
    if (kind != null && observation.isRunning()) {
      em.persist(
          new CareAlert(observation, kind, check.getId(), check.getDay(), check.getSlot(), now));
    }
  }

  public void afterTest(Observation observation, NucleicTest test, Instant now) {
    if (test.getResult() == TestResult.POSITIVE && em.find(CareAlert.class, test.getId()) == null) {
      em.persist(
          new CareAlert(
              observation, AlertKind.POSITIVE, test.getId(), test.getDueDay(), null, now));
    }
  }
}
