package org.qunfang.care.report.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.report.CareReporting;
import org.qunfang.care.api.report.NoticeSubject;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.control.ObservationViews;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.type.entity.ObservationRules;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * The facts of care's notices, read in care's own module: the report service calls the kinds from
 * its module, where care's persistence unit is not to be had.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class NoticeSubjects implements CareReporting {

  @Inject CareReach reach;

  @Inject ObservationViews views;

  @Inject DivisionDirectory divisions;

  @Override
  public NoticeSubject notice(UUID observationId) {
    if (observationId == null) {
      throw new InvalidInput(new Message(TEXTS, "notice.whom"), "subject");
    }
    Observation o = reach.observation(observationId);
    ObservationView view = views.of(o);
    ObservationRules rules = o.getRules();
    return new NoticeSubject(
        o.getId(),
        o.getName(),
        o.getMaskedIdNumber(),
        o.getAddress(),
        divisions.nameOf(o.getDivisionCode()).orElse(o.getDivisionCode()),
        o.getTypeName(),
        o.getReason(),
        o.getDetails(),
        o.getStartDate(),
        o.getPlannedEnd(),
        o.getStatus(),
        o.getEndedAt(),
        rules.getWindows(),
        rules.getFeverThreshold(),
        rules.tests(o.getStartDate()).stream().map(ObservationRules.DueTest::number).toList(),
        view.team());
  }
}
