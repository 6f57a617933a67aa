package org.qunfang.grid.household.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.kernel.pii.Pii;

/** Finds a registered person by ID number through its keyed hash, without decrypting any row. */
@Dependent
public class RegisteredPeople {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  public Optional<Resident> byIdNumber(String idNumber) {
    return em.createNamedQuery(Resident.BY_ID_HASH, Resident.class)
        .setParameter("hash", Pii.protection().lookupHash(idNumber))
        .getResultStream()
        .findFirst();
  }
}
