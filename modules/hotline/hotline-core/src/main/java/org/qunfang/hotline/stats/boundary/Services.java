package org.qunfang.hotline.stats.boundary;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.stats.NewServiceCount;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.api.stats.ServiceStatistics;
import org.qunfang.hotline.setup.entity.Agency;
import org.qunfang.hotline.stats.control.ServiceFigures;
import org.qunfang.hotline.stats.entity.ServiceCount;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** Social-work person-times: entered by supervisors, read as aggregates by the district office. */
@Stateless
@RolesAllowed({
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.HOTLINE_COUNSELLOR,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.REPORT_OFFICER
})
public class Services implements ServiceStatistics {

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject Validator validator;

  @Inject ServiceFigures figures;

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public void enter(NewServiceCount request) {
    Inputs.valid(validator, request);
    if (em.find(Agency.class, request.agencyId()) == null) {
      throw new InvalidInput(new Message(TEXTS, "agency.notFound"), "agencyId");
    }
    em.createNamedQuery(ServiceCount.ONE, ServiceCount.class)
        .setParameter("agency", request.agencyId())
        .setParameter("day", request.servedOn())
        .setParameter("mode", request.mode())
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            existing -> existing.setPersonTimes(request.personTimes()),
            () ->
                em.persist(
                    new ServiceCount(
                        request.agencyId(),
                        request.servedOn(),
                        request.mode(),
                        request.personTimes())));
    em.flush();
  }

  @Override
  public List<ServiceRow> table(LocalDate from, LocalDate to) {
    LocalDate last = to == null ? Beijing.today() : to;
    LocalDate first = from == null ? last.withDayOfMonth(1) : from;
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
      throw new InvalidInput(new Message(TEXTS, "call.period"), "from");
    }
    return figures.table(first, last);
  }
}
