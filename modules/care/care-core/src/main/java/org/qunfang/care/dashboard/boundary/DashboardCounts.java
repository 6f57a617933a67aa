package org.qunfang.care.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.figures.CareDashboard;
import org.qunfang.care.api.figures.CareNow;
import org.qunfang.care.api.help.HelpStatus;
import org.qunfang.care.help.entity.HelpRequest;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.time.Beijing;

/** Five counts over indexed columns: cheap enough for every load of the dashboard. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class DashboardCounts implements CareDashboard {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject CareReach reach;

  @Override
  public CareNow now(String area) {
    DivisionCode within = reach.area(area);
    Map<String, Object> inHand =
        Map.of("open", EnumSet.of(HelpStatus.OPEN, HelpStatus.TAKEN), "now", Instant.now());
    return new CareNow(
        count(Observation.RUNNING_COUNT, within, Map.of()),
        count(Observation.OVER_COUNT, within, Map.of("today", Beijing.today())),
        count(CareAlert.OPEN_COUNT, within, Map.of()),
        count(HelpRequest.OPEN_COUNT, within, Map.of("open", inHand.get("open"))),
        count(HelpRequest.OVERDUE_COUNT, within, inHand));
  }

  private long count(String query, DivisionCode area, Map<String, Object> parameters) {
    var q =
        em.createNamedQuery(query, Long.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound());
    parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }
}
