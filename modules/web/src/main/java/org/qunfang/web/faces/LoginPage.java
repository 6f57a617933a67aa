package org.qunfang.web.faces;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.qunfang.web.api.faces.PageMessages;

/** The login form and logging out. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;

  @Inject PageMessages messages;

  @NotBlank private String username;

  @NotBlank private String password;

  public void login() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
      default -> messages.error(null, "login.failed");
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
