package org.qunfang.grid.household.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.function.Consumer;
import org.qunfang.care.api.observation.ObservationEnded;
import org.qunfang.care.api.observation.ObservationStarted;
import org.qunfang.grid.household.entity.Resident;

/**
 * The register shows who is observed: care's placement tags the resident 居家健康监测 and its end takes
 * the tag off. Both run in care's transaction, so the register never disagrees with care.
 */
@Stateless
@PermitAll
public class ObservationTags {

  /** The built-in tag (grid's V3 migration). */
  static final String MONITORED = "HOME_HEALTH_MONITORING";

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  public void started(@Observes(during = TransactionPhase.IN_PROGRESS) ObservationStarted event) {
    change(event.residentId(), r -> r.tag(MONITORED));
  }

  public void ended(@Observes(during = TransactionPhase.IN_PROGRESS) ObservationEnded event) {
    change(event.residentId(), r -> r.untag(MONITORED));
  }

  private void change(UUID residentId, Consumer<Resident> change) {
    Resident resident = em.find(Resident.class, residentId);
    if (resident != null) {
      change.accept(resident);
      em.flush();
    }
  }
}
