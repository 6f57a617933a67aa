package org.qunfang.care.check.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.care.alert.control.AlertRaiser;
import org.qunfang.care.api.check.CheckEntry;
import org.qunfang.care.api.check.CheckView;
import org.qunfang.care.api.check.HealthChecks;
import org.qunfang.care.api.check.RoundItem;
import org.qunfang.care.api.check.TestEntry;
import org.qunfang.care.api.check.TestView;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.check.control.CheckRules;
import org.qunfang.care.check.control.CheckViews;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.NucleicTest;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * Checks and tests: the person's team and the area's officers record and read them. Reading
 * someone's temperatures, symptoms or results is a full view and is audited.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.CARE_WORKER
})
public class CheckDesk implements HealthChecks {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Inject CareReach reach;

  @Inject AlertRaiser alerts;

  @Override
  public List<CheckView> checks(UUID observationId) {
    Observation observation = reach.observation(observationId);
    viewed(observation, "checks");
    Instant now = Instant.now();
    return em.createNamedQuery(HealthCheck.OF_OBSERVATION, HealthCheck.class)
        .setParameter("observation", observation.getId())
        .getResultStream()
        .map(c -> CheckViews.full(c, now))
        .toList();
  }

  @Override
  public CheckView record(UUID observationId, CheckEntry entry) {
    Inputs.valid(validator, entry);
    CheckRules.requireReading(entry);
    Observation observation = reach.forChange(observationId);
    observation.requireRunning();
    Instant now = Instant.now();
    Instant at = entry.at() == null ? now : entry.at();
    LocalDate day = Beijing.dayOf(at);
    if (!observation.covers(day)) {
      throw new InvalidInput(
          new Message(
              TEXTS,
              "check.outsidePeriod",
              observation.getStartDate(),
              observation.getPlannedEnd()),
          "at");
    }
    List<HealthCheck> ofTheDay =
        em.createNamedQuery(HealthCheck.ON_DAY, HealthCheck.class)
            .setParameter("observation", observation.getId())
            .setParameter("day", day)
            .getResultList();
    boolean close = CheckRules.tooClose(ofTheDay, at);
    HealthCheck check =
        CheckRules.slotFor(ofTheDay, at, entry.slot())
            .orElseGet(() -> HealthCheck.extra(observation, day));
    check.record(
        at,
        entry.temperature(),
        entry.symptoms(),
        entry.measuredBy(),
        reach.account(),
        entry.status(),
        entry.note(),
        observation.getRules(),
        close);
    if (!em.contains(check)) {
      em.persist(check);
    }
    em.flush();
    alerts.afterCheck(observation, check, now);
    em.flush();
    return CheckViews.full(check, now);
  }

  @Override
  public List<TestView> tests(UUID observationId) {
    Observation observation = reach.observation(observationId);
    viewed(observation, "tests");
    return em.createNamedQuery(NucleicTest.OF_OBSERVATION, NucleicTest.class)
        .setParameter("observation", observation.getId())
        .getResultStream()
        .map(CheckViews::of)
        .toList();
  }

  @Override
  public TestView recordTest(UUID observationId, UUID testId, TestEntry entry) {
    Inputs.valid(validator, entry);
    Observation observation = reach.forChange(observationId);
    observation.requireRunning();
    NucleicTest test = testId == null ? null : em.find(NucleicTest.class, testId);
    if (test == null || !test.getObservationId().equals(observation.getId())) {
      throw new NotFound(new Message(TEXTS, "test.notFound"));
    }
    test.requireVersion(entry.version(), TEXTS, "test.changedByOther");
    if (!observation.covers(Beijing.dayOf(entry.sampledAt()))) {
      throw new InvalidInput(
          new Message(
              TEXTS,
              "check.outsidePeriod",
              observation.getStartDate(),
              observation.getPlannedEnd()),
          "sampledAt");
    }
    test.record(entry.sampledAt(), entry.result());
    em.flush();
    alerts.afterTest(observation, test, Instant.now());
    em.flush();
    return CheckViews.of(test);
  }

  @Override
  public List<RoundItem> round(LocalDate day) {
    LocalDate on = day == null ? Beijing.today() : day;
    List<Observation> people = reachable();
    if (people.isEmpty()) {
      return List.of();
    }
    Map<UUID, Observation> byId =
        people.stream().collect(Collectors.toMap(Observation::getId, Function.identity()));
    Instant now = Instant.now();
    return em.createNamedQuery(HealthCheck.DUE_ON, HealthCheck.class)
        .setParameter("observations", byId.keySet())
        .setParameter("day", on)
        .getResultStream()
        .map(
            c -> {
              Observation o = byId.get(c.getObservationId());
              return new RoundItem(
                  o.getId(),
                  o.getName(),
                  o.getAddress(),
                  o.getPlannedEnd(),
                  CheckViews.outline(c, now));
            })
        .sorted(
            Comparator.comparing((RoundItem r) -> r.check().slot()).thenComparing(RoundItem::name))
        .toList();
  }

  /** The running observations in the caller's reach: an officer's area, a worker's own people. */
  private List<Observation> reachable() {
    if (reach.isOfficer()) {
      DivisionCode area = reach.area(null);
      return em.createNamedQuery(Observation.IN_AREA_WITH_STATUS, Observation.class)
          .setParameter("status", ObservationStatus.OBSERVED)
          .setParameter("lo", area.value())
          .setParameter("hi", area.upperBound())
          .setParameter("name", "%")
          .setMaxResults(ROUND_LIMIT)
          .getResultList();
    }
    return em.createNamedQuery(Observation.CARED_BY, Observation.class)
        .setParameter("status", ObservationStatus.OBSERVED)
        .setParameter("account", reach.account())
        .setMaxResults(ROUND_LIMIT)
        .getResultList();
  }

  private static void viewed(Observation observation, String what) {
    AuditTrail.recordIn(
        observation.getDivisionCode(),
        "Observation",
        observation.getId().toString(),
        AuditAction.VIEW_FULL,
        Map.of("fields", what));
  }
}
