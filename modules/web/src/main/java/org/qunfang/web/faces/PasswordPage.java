package org.qunfang.web.faces;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.qunfang.access.api.AccountAdministration;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.PasswordChange;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/**
 * The user's change of their own password; the only page open before a one-time password is
 * changed.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject AccountAdministration accounts;

  @Inject CurrentCaller caller;

  @Inject PageMessages messages;

  private String current;
  private String chosen;
  private String repeated;

  public boolean isMustChange() {
    return caller.profile().mustChangePassword();
  }

  public void save() throws IOException {
    if (chosen == null || !chosen.equals(repeated)) {
      messages.error("password:repeated", "password.mismatch");
      return;
    }
    try {
      accounts.changeOwnPassword(new PasswordChange(current, chosen));
    } catch (Problem | EJBException | jakarta.validation.ConstraintViolationException refused) {
      messages.problem(refused);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    messages.info("password.changed");
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
