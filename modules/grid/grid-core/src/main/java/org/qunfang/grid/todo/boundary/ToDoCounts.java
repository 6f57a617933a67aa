package org.qunfang.grid.todo.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.sweep.ProgressRow;
import org.qunfang.grid.api.todo.GridToDos;
import org.qunfang.grid.api.todo.GridWaiting;
import org.qunfang.grid.checkpoint.entity.Passage;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.screening.entity.Arrival;
import org.qunfang.grid.sweep.control.SweepTally;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.time.Beijing;

/** The field staff's three counts, each over the caller's area. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ToDoCounts implements GridToDos {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject GridReach reach;

  @Inject SweepTally sweeps;

  @Override
  public GridWaiting waiting() {
    DivisionCode area = reach.area(null);
    LocalDate today = Beijing.today();
    long arrivals =
        em.createNamedQuery(Arrival.COUNT_WITH_STATUS, Long.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("status", FollowUp.PENDING)
            .getSingleResult();
    long toVisit =
        sweeps.touching(area).stream()
            .filter(sweep -> sweep.runsOn(today))
            .map(sweep -> sweeps.progress(sweep, area, SweepTally.levelBelow(area)).total())
            .mapToLong(ProgressRow::householdsToVisit)
            .sum();
    long fevers =
        em.createNamedQuery(Passage.FLAGGED_ON, Long.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("day", today)
            .getSingleResult();
    return new GridWaiting(arrivals, toVisit, fevers);
  }
}
