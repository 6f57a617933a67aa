package org.qunfang.grid.household.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.kernel.pii.Pii;

/**
 * Finds a registered person by ID number through its keyed hash, without decrypting any row, and
 * says where someone registered outside the caller's area may be asked about them: the township,
 * never the grid, name or record.
 */
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

  /** The township a person registered in {@code code} belongs to, by name. */
  public String whomToAsk(String code) {
    String township = code.length() >= 9 ? code.substring(0, 9) : code;
    Division division = em.find(Division.class, township);
    return division == null ? township : division.getName();
  }
}
