package org.qunfang.grid.sweep.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.sweep.NewSweep;
import org.qunfang.grid.api.sweep.NewVisit;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.grid.api.sweep.SweepView;
import org.qunfang.grid.api.sweep.Sweeps;
import org.qunfang.grid.api.sweep.VisitChange;
import org.qunfang.grid.api.sweep.VisitView;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.grid.sweep.control.SweepTally;
import org.qunfang.grid.sweep.entity.Sweep;
import org.qunfang.grid.sweep.entity.SweepVisit;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** Sweep campaigns: officers open them; grid members record the households they visit. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class SweepCampaigns implements Sweeps {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject GridReach reach;

  @Inject SweepTally tally;

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public SweepView open(NewSweep request) {
    Inputs.valid(validator, request);
    DivisionCode area = reach.area(request.divisionCode());
    if (em.find(Division.class, area.value()) == null) {
      throw new InvalidInput(new Message(TEXTS, "division.notFound", area.value()), "divisionCode");
    }
    if (request.endDate().isBefore(request.startDate())) {
      throw new InvalidInput(
          new Message(TEXTS, "sweep.periodBackwards", request.startDate(), request.endDate()),
          "endDate");
    }
    Sweep sweep = new Sweep(request.name(), area.value(), request.startDate(), request.endDate());
    em.persist(sweep);
    em.flush();
    return tally.view(sweep);
  }

  @Override
  public List<SweepView> list() {
    return tally.touching(reach.area(null)).stream().map(tally::view).toList();
  }

  @Override
  public SweepView sweep(UUID id) {
    return tally.view(visible(id));
  }

  @Override
  public VisitView visit(UUID sweepId, NewVisit request) {
    Inputs.valid(validator, request);
    Sweep sweep = visible(sweepId);
    Household household = em.find(Household.class, request.householdId());
    if (household == null || reach.find(household.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, "household.notFound"));
    }
    if (!DivisionCode.of(sweep.getDivisionCode())
        .contains(DivisionCode.of(household.getDivisionCode()))) {
      throw new InvalidInput(
          new Message(TEXTS, "sweep.householdOutside", sweep.getName()), "householdId");
    }
    Instant when = request.visitedAt() == null ? Instant.now() : request.visitedAt();
    if (!sweep.runsOn(Beijing.dayOf(when))) {
      throw new InvalidInput(
          new Message(
              TEXTS, "sweep.notRunning", sweep.getName(), sweep.getStartDate(), sweep.getEndDate()),
          "visitedAt");
    }
    refuseSecondVisit(sweep, household);
    SweepVisit visit =
        new SweepVisit(
            sweep.getId(),
            household.getId(),
            household.getGridId(),
            household.getDivisionCode(),
            when);
    visit.record(request.personsSeen(), request.contactsVerified(), request.notes());
    em.persist(visit);
    try {
      em.flush();
    } catch (PersistenceException raced) { // two people saved the same household at once
      refuseSecondVisit(sweep, household);
      throw raced;
    }
    return view(visit, household);
  }

  @Override
  public VisitView change(UUID visitId, VisitChange change) {
    Inputs.valid(validator, change);
    SweepVisit visit = em.find(SweepVisit.class, visitId);
    if (visit == null || reach.find(visit.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, "visit.notFound"));
    }
    visit.requireVersion(change.version(), TEXTS, "visit.changedByOther");
    visit.record(change.personsSeen(), change.contactsVerified(), change.notes());
    em.flush();
    return view(visit, em.find(Household.class, visit.getHouseholdId()));
  }

  @Override
  public List<VisitView> visits(UUID sweepId, UUID gridId) {
    Sweep sweep = visible(sweepId);
    Grid grid = reach.smallGrid(gridId);
    List<SweepVisit> visits =
        em.createNamedQuery(SweepVisit.OF_GRID, SweepVisit.class)
            .setParameter("sweep", sweep.getId())
            .setParameter("grid", grid.getId())
            .getResultList();
    Map<UUID, Household> households =
        em.createNamedQuery(Household.OF_GRID, Household.class)
            .setParameter("grid", grid.getId())
            .getResultStream()
            .collect(Collectors.toMap(Household::getId, Function.identity()));
    return visits.stream().map(v -> view(v, households.get(v.getHouseholdId()))).toList();
  }

  @Override
  public SweepProgress progress(UUID sweepId, AreaLevel level) {
    return tally.progress(visible(sweepId), reach.area(null), level);
  }

  private Sweep visible(UUID id) {
    Sweep sweep = id == null ? null : em.find(Sweep.class, id);
    if (sweep == null || !SweepTally.touches(sweep, reach.area(null))) {
      throw new NotFound(new Message(TEXTS, "sweep.notFound"));
    }
    return sweep;
  }

  private void refuseSecondVisit(Sweep sweep, Household household) {
    em.createNamedQuery(SweepVisit.OF_HOUSEHOLD, SweepVisit.class)
        .setParameter("sweep", sweep.getId())
        .setParameter("household", household.getId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            earlier -> {
              throw new Conflict(
                  new Message(
                      TEXTS,
                      "sweep.visitExists",
                      earlier.getCreatedBy(),
                      Beijing.format(earlier.getVisitedAt())),
                  "householdId");
            });
  }

  private VisitView view(SweepVisit v, Household household) {
    return new VisitView(
        v.getId(),
        v.getSweepId(),
        v.getHouseholdId(),
        em.find(Grid.class, v.getGridId()).getCode(),
        household == null ? null : household.fullAddress(),
        v.getPersonsSeen(),
        v.getContactsVerified(),
        v.getNotes(),
        v.getCreatedBy(),
        v.getVisitedAt(),
        v.getVersion());
  }
}
