package org.qunfang.access.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.qunfang.access.account.control.InitialPasswords;
import org.qunfang.access.account.control.Passwords;
import org.qunfang.access.account.entity.Account;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.division.HomeAreaImported;

/**
 * Makes sure a home area, once imported, has an administrator. The first one gets a generated
 * one-time password written to {@code initial-admin-password} in the data directory (readable by
 * the server's user only) — never into a log — and must change it at first login. An area imported
 * later gets {@code admin-<code>}, its password in {@code initial-admin-password-<user>}.
 */
@Stateless
@PermitAll
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject Passwords passwords;

  @Inject InitialPasswords initialPasswords;

  /**
   * Observed inside the import's transaction: the tree and its administrator commit together, and a
   * failure here fails the deployment instead of leaving an area nobody can log in to.
   */
  public void onHomeAreaImported(@Observes HomeAreaImported imported) {
    ensureFor(imported.code());
  }

  /** Creates {@code admin} (or {@code admin-<code>}) unless an administrator covers the area. */
  public void ensureFor(String areaCode) {
    boolean covered =
        em.createQuery(
                    "select count(a) from Account a join a.roles r"
                        + " where r = :admin and a.enabled = :enabled"
                        + " and :area like concat(a.homeDivision, '%')",
                    Long.class)
                .setParameter("admin", Role.DISTRICT_ADMIN)
                // a parameter, not a literal: EclipseLink writes TRUE as 1, which H2 2 rejects
                .setParameter("enabled", true)
                .setParameter("area", areaCode)
                .getSingleResult()
            > 0;
    if (covered) {
      return;
    }
    String username = usernameFree("admin") ? "admin" : "admin-" + areaCode;
    String password = passwords.oneTimePassword();
    em.persist(
        new Account(
            username,
            "系统管理员",
            EnumSet.of(Role.DISTRICT_ADMIN, Role.AUDITOR),
            areaCode,
            passwords.hash(password)));
    em.flush(); // the account is written before its password is handed out
    Path file = initialPasswords.write(username, password);
    LOG.info(
        () ->
            "Created administrator '"
                + username
                + "' for area "
                + areaCode
                + "; one-time password in "
                + file);
  }

  private boolean usernameFree(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }
}
