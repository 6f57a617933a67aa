package org.qunfang.dispatch.roster.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qunfang.dispatch.roster.entity.Notice;
import org.qunfang.dispatch.roster.entity.Shift;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.time.Beijing;

/**
 * A post's shifts from now on are cancelled: everyone on them is told which shift they no longer
 * have, and their places are freed. Shifts already begun stand.
 */
@Dependent
public class StandDown {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  /** Returns how many people were told. */
  public int cancelFutureShifts(UUID postId, String postName, Instant now) {
    List<Shift> shifts =
        em.createNamedQuery(Shift.FUTURE_OF_POST, Shift.class)
            .setParameter("post", postId)
            .setParameter("from", now)
            .getResultList();
    if (shifts.isEmpty()) {
      return 0;
    }
    shifts.forEach(Shift::cancel);
    int told = 0;
    for (Slot slot :
        em.createNamedQuery(Slot.OF_SHIFTS, Slot.class)
            .setParameter("shifts", shifts.stream().map(Shift::getId).toList())
            .getResultList()) {
      if (slot.getPersonId() != null) {
        em.persist(
            new Notice(
                slot.getPersonId(),
                "notice.shiftCancelled",
                List.of(postName, Beijing.format(slot.getStartsAt()))));
        slot.release();
        told++;
      }
    }
    return told;
  }
}
