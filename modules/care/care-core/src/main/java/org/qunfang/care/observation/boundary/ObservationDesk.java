package org.qunfang.care.observation.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.observation.EndChange;
import org.qunfang.care.api.observation.EndChangeView;
import org.qunfang.care.api.observation.ObservationStarted;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.care.api.observation.Placement;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.control.CheckSchedule;
import org.qunfang.care.observation.control.ObservationViews;
import org.qunfang.care.observation.control.PlacementRules;
import org.qunfang.care.observation.entity.EndDateChange;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.type.entity.ObservationType;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * Placing residents under observation and moving the end of their period. Area officers place and
 * change; the people of a team read those in their care.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.CARE_WORKER
})
public class ObservationDesk implements Observations {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Inject CareReach reach;

  @Inject ObservationViews views;

  @Inject CheckSchedule schedule;

  @Inject HouseholdRegister register;

  @Inject Event<ObservationStarted> started;

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public ObservationView place(Placement request) {
    Inputs.valid(validator, request);
    ObservationType type = em.find(ObservationType.class, request.typeId());
    if (type == null || !type.isActive()) {
      throw new InvalidInput(new Message(TEXTS, "type.notOffered"), "typeId");
    }
    LocalDate today = Beijing.today();
    PlacementRules.requireStart(request.start(), type.getRules().lastDay(request.start()), today);
    PlacementRules.requireDetails(request.reason(), request.details());
    ResidentView resident = register.resident(request.residentId());
    refuseRunning(resident.id(), resident.name());
    Observation observation =
        new Observation(
            new Observation.Resident(
                resident.id(),
                resident.divisionCode(),
                resident.name(),
                resident.maskedIdNumber(),
                resident.address()),
            type.getId(),
            type.getName(),
            type.getRules(),
            request.reason(),
            request.details(),
            request.start());
    em.persist(observation);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(
          new Message(TEXTS, "observation.placedJustNow", resident.name()), "residentId");
    }
    schedule.layOut(observation, Instant.now());
    started.fire(new ObservationStarted(observation.getId(), resident.id()));
    em.flush();
    return views.of(observation);
  }

  @Override
  public ObservationView observation(UUID id) {
    return views.of(reach.observation(id));
  }

  @Override
  public List<ObservationView> list(String area, ObservationStatus status, String name) {
    DivisionCode within = reach.area(area);
    if (!reach.isOfficer()) {
      return mine().stream()
          .filter(o -> status == null || o.status() == status)
          .filter(o -> name == null || o.name().startsWith(name.strip()))
          .filter(o -> within.contains(DivisionCode.of(o.divisionCode())))
          .toList();
    }
    TypedQuery<Observation> query =
        status == null
            ? em.createNamedQuery(Observation.IN_AREA, Observation.class)
            : em.createNamedQuery(Observation.IN_AREA_WITH_STATUS, Observation.class)
                .setParameter("status", status);
    String prefix = name == null ? "" : name.strip().replace("%", "").replace("_", "");
    return views.of(
        query
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("name", prefix + "%")
            .setMaxResults(PAGE_LIMIT)
            .getResultList());
  }

  @Override
  public List<ObservationView> mine() {
    return views.of(
        em.createNamedQuery(Observation.CARED_BY, Observation.class)
            .setParameter("status", ObservationStatus.OBSERVED)
            .setParameter("account", reach.account())
            .setMaxResults(PAGE_LIMIT)
            .getResultList());
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public ObservationView changeEnd(UUID id, EndChange change) {
    Inputs.valid(validator, change);
    Observation observation = reach.forChange(id);
    observation.requireVersion(change.version(), TEXTS, "observation.changedByOther");
    observation.requireRunning();
    LocalDate before = observation.getPlannedEnd();
    PlacementRules.requireNewEnd(
        observation.getStartDate(), before, change.plannedEnd(), Beijing.today());
    em.persist(new EndDateChange(observation, change.plannedEnd(), change.reason().strip()));
    observation.moveEnd(change.plannedEnd());
    em.flush();
    schedule.moveEnd(observation, before, Instant.now());
    em.flush();
    return views.of(observation);
  }

  @Override
  public List<EndChangeView> endChanges(UUID id) {
    Observation observation = reach.observation(id);
    return em.createNamedQuery(EndDateChange.OF_OBSERVATION, EndDateChange.class)
        .setParameter("observation", observation.getId())
        .getResultStream()
        .map(
            c ->
                new EndChangeView(
                    c.getCreatedAt(), c.getCreatedBy(), c.getFrom(), c.getTo(), c.getReason()))
        .toList();
  }

  private void refuseRunning(UUID residentId, String name) {
    em.createNamedQuery(Observation.RUNNING_OF, Observation.class)
        .setParameter("resident", residentId)
        .getResultStream()
        .findFirst()
        .ifPresent(
            running -> {
              throw new Conflict(
                  new Message(
                      TEXTS,
                      "observation.running",
                      name,
                      running.getTypeName(),
                      running.getStartDate(),
                      running.getPlannedEnd()),
                  "residentId");
            });
  }
}
