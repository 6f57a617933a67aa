package org.qunfang.access.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.qunfang.access.api.AccountAdministration;
import org.qunfang.access.api.AccountChange;
import org.qunfang.access.api.AccountView;
import org.qunfang.access.api.NewAccount;
import org.qunfang.access.api.OneTimePassword;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/** Users of the administrator's area: open, change, disable, reset a password. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountAdministration accounts;

  @Inject transient PageMessages messages;

  @Inject transient AreaPicker areas;

  private List<AccountView> list;
  private Form form = new Form();
  private String find;
  private Role role;

  @PostConstruct
  void load() {
    list = accounts.list();
  }

  public void startNew() {
    form = new Form();
    form.homeDivision = areas.getCurrent();
  }

  public void startEdit(AccountView account) {
    form = new Form();
    form.editing = account;
    form.username = account.username();
    form.displayName = account.displayName();
    form.roles = account.roles().toArray(Role[]::new);
    form.homeDivision = account.homeDivision();
    form.enabled = account.enabled();
  }

  public void save() {
    try {
      if (form.editing == null) {
        AccountAdministration.Created created =
            accounts.create(
                new NewAccount(form.username, form.displayName, roles(), form.homeDivision));
        showOneTime(created.password());
        find = created.password().username(); // the one just made, on the first page
      } else {
        accounts.change(
            form.editing.id(),
            new AccountChange(
                form.displayName,
                roles(),
                form.homeDivision,
                form.enabled,
                form.editing.version()));
        messages.info("accounts.saved");
      }
      PrimeFaces.current().executeScript("PF('accountDialog').hide()");
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void resetPassword(AccountView account) {
    try {
      showOneTime(accounts.resetPassword(account.id()));
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  private void showOneTime(OneTimePassword password) {
    messages.info("accounts.oneTime", password.username(), password.password());
  }

  private EnumSet<Role> roles() {
    EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
    chosen.addAll(List.of(form.roles));
    return chosen;
  }

  /** The accounts shown: those whose account or name holds what is typed, of the role chosen. */
  public List<AccountView> getList() {
    String typed = find == null ? "" : find.strip().toLowerCase(Locale.ROOT);
    return list.stream()
        .filter(a -> role == null || a.roles().contains(role))
        .filter(
            a ->
                typed.isEmpty()
                    || a.username().toLowerCase(Locale.ROOT).contains(typed)
                    || (a.displayName() != null && a.displayName().contains(typed)))
        .toList();
  }

  /** What a reset asks first: whose password, and what becomes of the one they have. */
  public String resetQuestion(AccountView account) {
    return messages.text("accounts.resetSure", account.displayName(), account.username());
  }

  public String getFind() {
    return find;
  }

  public void setFind(String find) {
    this.find = find;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Form getForm() {
    return form;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  /** What the dialog edits. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private AccountView editing;
    private String username;
    private String displayName;
    private Role[] roles = {};
    private String homeDivision;
    private boolean enabled = true;

    public boolean isEditing() {
      return editing != null;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public Role[] getRoles() {
      return roles;
    }

    public void setRoles(Role[] roles) {
      this.roles = roles;
    }

    public String getHomeDivision() {
      return homeDivision;
    }

    public void setHomeDivision(String homeDivision) {
      this.homeDivision = homeDivision;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
