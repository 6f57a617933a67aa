package org.qunfang.care.alert.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.care.alert.control.AlertViews;
import org.qunfang.care.alert.control.Responses;
import org.qunfang.care.api.alert.AlertKind;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.control.Ending;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/**
 * The care desk's alerts. A community officer sees every open alert of the community; township and
 * district officers see those escalated (open more than two hours); a care worker those of their
 * own people.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.CARE_WORKER
})
public class AlertDesk implements CareAlerts {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Inject CareReach reach;

  @Inject CurrentCaller caller;

  @Inject Ending ending;

  @Override
  public List<AlertView> open() {
    DivisionCode area = caller.scope().home();
    Stream<CareAlert> found = Stream.empty();
    if (caller.profile().has(Role.COMMUNITY_OFFICER)) {
      found = Stream.concat(found, inArea(CareAlert.OPEN_IN_AREA, area));
    }
    if (caller.profile().has(Role.TOWNSHIP_OFFICER) || caller.profile().has(Role.DISTRICT_ADMIN)) {
      found = Stream.concat(found, inArea(CareAlert.ESCALATED_IN_AREA, area));
    }
    if (caller.profile().has(Role.CARE_WORKER)) {
      found =
          Stream.concat(
              found,
              em.createNamedQuery(CareAlert.OPEN_FOR, CareAlert.class)
                  .setParameter("account", caller.profile().username())
                  .setMaxResults(PAGE_LIMIT)
                  .getResultStream());
    }
    return found
        .distinct()
        .sorted(Comparator.comparing(CareAlert::getRaisedAt).thenComparing(CareAlert::getId))
        .limit(PAGE_LIMIT)
        .map(AlertViews::of)
        .toList();
  }

  @Override
  public long openCount() {
    return openCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public Map<AlertKind, Long> openCounts() {
    CallerProfile me = caller.profile();
    boolean community = me.has(Role.COMMUNITY_OFFICER);
    boolean township = me.has(Role.TOWNSHIP_OFFICER) || me.has(Role.DISTRICT_ADMIN);
    boolean worker = me.has(Role.CARE_WORKER);
    if ((community ? 1 : 0) + (township ? 1 : 0) + (worker ? 1 : 0) != 1) {
      // several roles see overlapping alerts, each counted once; rare enough to list them
      return open().stream().collect(Collectors.groupingBy(AlertView::kind, Collectors.counting()));
    }
    TypedQuery<Object[]> counts;
    if (worker) {
      counts =
          em.createNamedQuery(CareAlert.COUNT_OPEN_FOR, Object[].class)
              .setParameter("account", me.username());
    } else {
      DivisionCode area = caller.scope().home();
      counts =
          em.createNamedQuery(
                  community ? CareAlert.COUNT_OPEN_IN_AREA : CareAlert.COUNT_ESCALATED_IN_AREA,
                  Object[].class)
              .setParameter("lo", area.value())
              .setParameter("hi", area.upperBound());
    }
    Map<AlertKind, Long> byKind = new EnumMap<>(AlertKind.class);
    counts.getResultStream().forEach(row -> byKind.put((AlertKind) row[0], (Long) row[1]));
    return byKind;
  }

  @Override
  public List<AlertView> of(UUID observationId) {
    Observation observation = reach.observation(observationId);
    return em.createNamedQuery(CareAlert.OF_OBSERVATION, CareAlert.class)
        .setParameter("observation", observation.getId())
        .getResultStream()
        .map(AlertViews::of)
        .toList();
  }

  @Override
  public AlertView respond(UUID alertId, AlertResponse response) {
    Inputs.valid(validator, response);
    Responses.requireSound(response);
    CareAlert alert = alertId == null ? null : em.find(CareAlert.class, alertId);
    if (alert == null) {
      throw new NotFound(new Message(TEXTS, "alert.notFound"));
    }
    Observation observation;
    try {
      observation = reach.forChange(alert.getObservationId());
    } catch (NotFound unreachable) {
      throw new NotFound(new Message(TEXTS, "alert.notFound"));
    }
    em.refresh(alert);
    alert.requireVersion(response.version(), TEXTS, "alert.changedByOther");
    Instant now = Instant.now();
    String note = response.note().strip();
    alert.respond(response.action(), response.transferredTo(), note, reach.account(), now);
    ObservationStatus end = Responses.ending(response.action());
    if (end != null && observation.isRunning()) {
      for (CareAlert other : openOf(observation)) {
        if (!other.equals(alert)) {
          other.respond(response.action(), response.transferredTo(), note, reach.account(), now);
        }
      }
      ending.end(observation, end, null, now);
    }
    em.flush();
    return AlertViews.of(alert);
  }

  private List<CareAlert> openOf(Observation observation) {
    return em.createNamedQuery(CareAlert.OPEN_OF, CareAlert.class)
        .setParameter("observation", observation.getId())
        .getResultList();
  }

  private Stream<CareAlert> inArea(String query, DivisionCode area) {
    return em.createNamedQuery(query, CareAlert.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .setMaxResults(PAGE_LIMIT)
        .getResultStream();
  }
}
