package org.qunfang.grid.household.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/** Households and residents the caller reaches; any other is not found, as if it did not exist. */
@Dependent
public class InReach {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject GridReach reach;

  public Household household(UUID id, String missing) {
    Household household = id == null ? null : em.find(Household.class, id);
    if (household == null || reach.find(household.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, missing));
    }
    return household;
  }

  public Resident resident(UUID id) {
    Resident resident = id == null ? null : em.find(Resident.class, id);
    if (resident == null || reach.find(resident.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, "resident.notFound"));
    }
    return resident;
  }
}
