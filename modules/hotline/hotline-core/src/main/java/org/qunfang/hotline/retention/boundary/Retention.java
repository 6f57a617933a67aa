package org.qunfang.hotline.retention.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.retention.RetentionRun;
import org.qunfang.hotline.api.retention.RetentionRuns;
import org.qunfang.hotline.call.entity.Call;
import org.qunfang.hotline.call.entity.FollowUp;
import org.qunfang.hotline.call.entity.Referral;
import org.qunfang.hotline.retention.control.RetentionPeriod;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;

/**
 * Anonymises hotline records past retention: nightly at 03:00 Beijing time, or when an
 * administrator asks. Each call's change is audited like any other (its texts masked), and each run
 * leaves one summary entry.
 */
@Stateless
@RolesAllowed(Role.Names.DISTRICT_ADMIN)
public class Retention implements RetentionRuns {

  /** Calls per run: a night's work even for a backlog, in one modest transaction. */
  static final int BATCH = 2_000;

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject RetentionPeriod period;

  @Override
  public RetentionRun runNow() {
    return anonymiseExpired();
  }

  @PermitAll
  @Schedule(hour = "3", minute = "0", timezone = "Asia/Shanghai", persistent = false)
  void nightly() {
    RetentionRun run = anonymiseExpired();
    LOG.info(
        () ->
            "Hotline retention: "
                + run.anonymised()
                + " calls anonymised (before "
                + run.cutOff()
                + ")");
  }

  private RetentionRun anonymiseExpired() {
    Instant now = Instant.now();
    Instant cutOff = period.cutOff(now);
    List<Call> expired =
        em.createNamedQuery(Call.EXPIRED, Call.class)
            .setParameter("before", cutOff)
            .setMaxResults(BATCH)
            .getResultList();
    expired.forEach(call -> call.anonymise(now));
    List<UUID> ids = expired.stream().map(Call::getId).toList();
    if (!ids.isEmpty()) {
      em.createNamedQuery(Referral.OF_CALLS, Referral.class)
          .setParameter("calls", ids)
          .getResultStream()
          .forEach(Referral::anonymise);
      em.createNamedQuery(FollowUp.OF_CALLS, FollowUp.class)
          .setParameter("calls", ids)
          .getResultStream()
          .forEach(FollowUp::anonymise);
    }
    em.flush();
    RetentionRun run =
        new RetentionRun(period.years(), cutOff, expired.size(), expired.size() == BATCH);
    AuditTrail.record(
        "HotlineRetention",
        now.toString(),
        AuditAction.UPDATE,
        Map.of(
            "years", String.valueOf(run.years()),
            "cutOff", cutOff.toString(),
            "anonymised", String.valueOf(run.anonymised())));
    return run;
  }
}
