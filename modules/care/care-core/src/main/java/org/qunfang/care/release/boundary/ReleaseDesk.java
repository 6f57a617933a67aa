package org.qunfang.care.release.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.release.DueView;
import org.qunfang.care.api.release.ReleaseHold;
import org.qunfang.care.api.release.Released;
import org.qunfang.care.api.release.Releases;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.control.Ending;
import org.qunfang.care.observation.control.ObservationViews;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.release.control.ReleaseFacts;
import org.qunfang.care.release.control.ReleaseRule;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportRequest;

/**
 * Release: the area's officers see who is due and release them; the 解除通知单 is issued through the
 * report service in the same transaction, so a release never lacks its notice.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER
})
public class ReleaseDesk implements Releases {

  /** The report kind of the 解除通知单. */
  public static final String NOTICE = "care-release";

  static final int LIMIT = 500;

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject CareReach reach;

  @Inject ReleaseFacts facts;

  @Inject ObservationViews views;

  @Inject Ending ending;

  @Inject FormalReports reports;

  @Override
  public List<DueView> due(String area) {
    DivisionCode within = reach.area(area);
    LocalDate today = Beijing.today();
    List<Observation> due =
        em.createNamedQuery(Observation.DUE_IN_AREA, Observation.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("today", today)
            .setMaxResults(LIMIT)
            .getResultList();
    Map<UUID, ReleaseRule.Facts> known = facts.of(due, Instant.now());
    List<ObservationView> shown = views.of(due);
    return shown.stream()
        .map(o -> new DueView(o, ReleaseRule.holds(known.get(o.id()), today)))
        .sorted(Comparator.comparing((DueView d) -> !d.releasable()))
        .toList();
  }

  @Override
  public List<ReleaseHold> holds(UUID observationId) {
    Observation observation = reach.observation(observationId);
    observation.requireRunning();
    return ReleaseRule.holds(
        facts.of(List.of(observation), Instant.now()).get(observation.getId()), Beijing.today());
  }

  @Override
  public Released release(UUID observationId, long version) {
    Observation observation = reach.forChange(observationId);
    observation.requireVersion(version, TEXTS, "observation.changedByOther");
    observation.requireRunning();
    Instant now = Instant.now();
    List<ReleaseHold> holds =
        ReleaseRule.holds(
            facts.of(List.of(observation), now).get(observation.getId()), Beijing.today());
    if (!holds.isEmpty()) {
      throw new Conflict(refusal(observation.getName(), holds));
    }
    ending.end(observation, ObservationStatus.RELEASED, null, now);
    em.flush();
    IssuedReport notice =
        reports.issue(
            new ReportRequest(
                NOTICE, observation.getDivisionCode(), null, null, null, observation.getId()));
    return new Released(views.of(observation), notice.id());
  }

  /** "{name} 不能解除：{first reason}[；{second}]" in the reader's language. */
  static Message refusal(String name, List<ReleaseHold> holds) {
    Message first = reason(holds.get(0));
    return holds.size() == 1
        ? new Message(TEXTS, "release.refused", name, first)
        : new Message(TEXTS, "release.refusedTwice", name, first, reason(holds.get(1)));
  }

  static Message reason(ReleaseHold hold) {
    return new Message(
        TEXTS, "release.hold." + hold.hold(), hold.count(), hold.day() == null ? "" : hold.day());
  }
}
