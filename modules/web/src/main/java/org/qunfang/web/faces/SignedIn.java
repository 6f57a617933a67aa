package org.qunfang.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qunfang.access.api.CurrentCaller;

/** The signed-in person as the menu bar names them: by their display name, not their login. */
@Named("me")
@RequestScoped
public class SignedIn {

  @Inject CurrentCaller caller;

  private String displayName;

  public String getDisplayName() {
    if (displayName == null) {
      displayName = caller.profile().displayName();
    }
    return displayName;
  }
}
