package org.qunfang.access.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.account.control.Grants;
import org.qunfang.access.account.control.InitialPasswords;
import org.qunfang.access.account.control.Passwords;
import org.qunfang.access.account.entity.Account;
import org.qunfang.access.api.AccountAdministration;
import org.qunfang.access.api.AccountChange;
import org.qunfang.access.api.AccountView;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.NewAccount;
import org.qunfang.access.api.OneTimePassword;
import org.qunfang.access.api.PasswordChange;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.area.AreaScope;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Account administration for district administrators, within their own area; who may give which
 * role is {@link Grants}'.
 */
@Stateless
@AuditRefusals
@RolesAllowed(Role.Names.DISTRICT_ADMIN)
public class Accounts implements AccountAdministration {

  static final String TEXTS =
      "org.qunfang.access.api.Messages"; // in the api jar, where the kernel can load it

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject Passwords passwords;

  @Inject InitialPasswords initialPasswords;

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  @Override
  public List<AccountView> list() {
    return em.createNamedQuery(Account.IN_AREA, Account.class)
        .setParameter("area", caller.scope().likePattern())
        .getResultStream()
        .map(AccountViews::of)
        .toList();
  }

  @Override
  public AccountView get(UUID id) {
    return AccountViews.of(inScope(id));
  }

  @Override
  public Created create(NewAccount request) {
    requireAssignable(request.homeDivision());
    Grants.require(
        caller.profile(),
        request.username(),
        Set.of(),
        null,
        Grants.roles(request.roles()),
        request.homeDivision());
    if (findByUsername(request.username()).isPresent()) {
      throw new Conflict(
          new Message(TEXTS, "account.usernameTaken", request.username()), "username");
    }
    String password = passwords.oneTimePassword();
    Account account =
        new Account(
            request.username(),
            request.displayName(),
            request.roles(),
            request.homeDivision(),
            passwords.hash(password));
    em.persist(account);
    em.flush();
    return new Created(
        AccountViews.of(account), new OneTimePassword(account.getUsername(), password));
  }

  @Override
  public AccountView change(UUID id, AccountChange change) {
    Account account = inScope(id);
    if (account.getVersion() != change.version()) {
      throw new Conflict("record.changedByOther");
    }
    requireAssignable(change.homeDivision());
    Grants.require(
        caller.profile(),
        account.getUsername(),
        account.getRoles(),
        account.getHomeDivision(),
        Grants.roles(change.roles()),
        change.homeDivision());
    // own roles and area are Grants' to refuse; disabling oneself is refused here
    if (account.getUsername().equals(caller.profile().username()) && !change.enabled()) {
      throw new InvalidInput(new Message(TEXTS, "account.notYourself"), "roles");
    }
    account.change(change.displayName(), change.roles(), change.homeDivision(), change.enabled());
    em.flush();
    return AccountViews.of(account);
  }

  @Override
  public OneTimePassword resetPassword(UUID id) {
    Account account = inScope(id);
    String password = passwords.oneTimePassword();
    account.resetPassword(passwords.hash(password));
    return new OneTimePassword(account.getUsername(), password);
  }

  @Override
  @PermitAll
  public void changeOwnPassword(PasswordChange change) {
    Account account =
        findByUsername(caller.profile().username())
            .orElseThrow(() -> new NotFound("record.notFound"));
    if (!passwords.matches(change.currentPassword(), account.getPasswordHash())) {
      throw new InvalidInput(new Message(TEXTS, "password.currentWrong"), "currentPassword");
    }
    if (change.newPassword().equals(change.currentPassword())) {
      throw new InvalidInput(new Message(TEXTS, "password.unchanged"), "newPassword");
    }
    account.choosePassword(passwords.hash(change.newPassword()));
    initialPasswords.forget(account.getUsername());
  }

  private Account inScope(UUID id) {
    Account account = em.find(Account.class, id);
    AreaScope scope = caller.scope();
    if (account == null || !scope.covers(account.getHomeDivision())) {
      throw new NotFound("record.notFound");
    }
    return account;
  }

  private void requireAssignable(String homeDivision) {
    caller.scope().require(homeDivision);
    if (!divisions.exists(homeDivision)) {
      throw new InvalidInput(new Message(TEXTS, "division.unknown", homeDivision), "homeDivision");
    }
  }

  private Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
