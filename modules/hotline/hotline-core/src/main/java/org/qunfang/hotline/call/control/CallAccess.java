package org.qunfang.hotline.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.setup.entity.Counsellor;

/**
 * Who may read a call: supervisors every call, counsellors their own team's calls, nobody else any.
 * The decision only; the boundary refuses and audits.
 */
@Dependent
public class CallAccess {

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject CurrentCaller caller;

  /**
   * Logging calls is counselling work: it needs the counsellor's role (or a supervisor's), not only
   * a counsellor record linked to the account.
   */
  public boolean mayLogCalls() {
    return caller.profile().has(Role.HOTLINE_COUNSELLOR)
        || caller.profile().has(Role.HOTLINE_SUPERVISOR);
  }

  /** The caller's counsellor record, if their account is registered as one. */
  public Optional<Counsellor> me() {
    return em.createNamedQuery(Counsellor.BY_ACCOUNT, Counsellor.class)
        .setParameter("account", caller.profile().username())
        .getResultStream()
        .findFirst();
  }

  public boolean supervisor() {
    return caller.profile().has(Role.HOTLINE_SUPERVISOR);
  }

  /**
   * Whose calls the caller may read, looked up once per use: every team's ({@code all}, a
   * supervisor), one team's (a registered counsellor) or none.
   */
  public record Reach(boolean all, UUID team) {

    /** Whether the caller may read calls at all. */
    public boolean readsCalls() {
      return all || team != null;
    }

    public boolean covers(UUID callTeam) {
      return all || callTeam.equals(team);
    }
  }

  public Reach reach() {
    if (supervisor()) {
      return new Reach(true, null);
    }
    UUID team =
        caller.profile().has(Role.HOTLINE_COUNSELLOR)
            ? me().map(Counsellor::getTeamId).orElse(null)
            : null;
    return new Reach(false, team);
  }
}
