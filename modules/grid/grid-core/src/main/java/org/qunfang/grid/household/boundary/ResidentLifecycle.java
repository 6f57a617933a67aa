package org.qunfang.grid.household.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.ResidentEvent;
import org.qunfang.grid.api.ResidentHistoryView;
import org.qunfang.grid.api.ResidentLeaving;
import org.qunfang.grid.api.ResidentMove;
import org.qunfang.grid.api.ResidentMoves;
import org.qunfang.grid.api.ResidentStatus;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.grid.household.control.InReach;
import org.qunfang.grid.household.control.ResidentViews;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.household.entity.ResidentHistory;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.Inputs;

/**
 * Moves, leavings and the history of residents within the caller's reach. Each change checks the
 * version the editor saw and writes its history line in the same transaction; both are audited.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ResidentLifecycle implements ResidentMoves {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject InReach inReach;

  @Inject ResidentViews views;

  @Override
  public ResidentView move(UUID residentId, ResidentMove move) {
    Inputs.valid(validator, move);
    Resident resident = inReach.resident(residentId);
    resident.requireVersion(move.version(), TEXTS, "resident.changedByOther");
    Household to = inReach.household(move.householdId(), "household.notFound");
    if (to.getId().equals(resident.getHouseholdId())
        && resident.getStatus() == ResidentStatus.PRESENT) {
      throw new InvalidInput(new Message(TEXTS, "resident.sameHousehold"), "householdId");
    }
    requireAfterLast(resident, move.on());
    Household from = em.find(Household.class, resident.getHouseholdId());
    em.persist(ResidentHistory.moved(resident, from, to, move.on(), move.note()));
    resident.moveTo(to, move.relation());
    em.flush();
    return views.of(resident);
  }

  @Override
  public ResidentView leave(UUID residentId, ResidentLeaving leaving) {
    Inputs.valid(validator, leaving);
    if (leaving.status() == ResidentStatus.PRESENT) {
      throw new InvalidInput(new Message(TEXTS, "resident.leavingHow"), "status");
    }
    Resident resident = inReach.resident(residentId);
    resident.requireVersion(leaving.version(), TEXTS, "resident.changedByOther");
    if (resident.getStatus() != ResidentStatus.PRESENT) {
      throw new Conflict(new Message(TEXTS, "resident.alreadyLeft", resident.getLeftOn()));
    }
    requireAfterLast(resident, leaving.on());
    Household from = em.find(Household.class, resident.getHouseholdId());
    ResidentEvent event =
        leaving.status() == ResidentStatus.DECEASED
            ? ResidentEvent.DECEASED
            : ResidentEvent.MOVED_AWAY;
    em.persist(ResidentHistory.left(resident, event, from, leaving.on(), leaving.note()));
    resident.leave(leaving.status(), leaving.on());
    em.flush();
    return views.of(resident);
  }

  @Override
  public List<ResidentHistoryView> history(UUID residentId) {
    Resident resident = inReach.resident(residentId);
    return em.createNamedQuery(ResidentHistory.OF_RESIDENT, ResidentHistory.class)
        .setParameter("resident", resident.getId())
        .getResultStream()
        .map(
            h ->
                new ResidentHistoryView(
                    h.getEvent(),
                    h.getDay(),
                    h.getFromAddress(),
                    h.getToAddress(),
                    h.getNote(),
                    h.getCreatedBy(),
                    h.getCreatedAt()))
        .toList();
  }

  /** History runs forward: nothing is dated before the last thing that happened. */
  private void requireAfterLast(Resident resident, LocalDate day) {
    em.createNamedQuery(ResidentHistory.OF_RESIDENT, ResidentHistory.class)
        .setParameter("resident", resident.getId())
        .getResultStream()
        .map(ResidentHistory::getDay)
        .filter(day::isBefore)
        .findAny()
        .ifPresent(
            last -> {
              throw new InvalidInput(new Message(TEXTS, "resident.beforeLast", last), "on");
            });
  }
}
