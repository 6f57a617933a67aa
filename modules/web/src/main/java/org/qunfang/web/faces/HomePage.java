package org.qunfang.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionView;

/**
 * The workbench's heading: who you are and the area you keep (the to-dos are {@code workbench}).
 */
@Named
@RequestScoped
public class HomePage {

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  private CallerProfile profile;
  private DivisionView area;

  @PostConstruct
  void load() {
    profile = caller.profile();
    area = divisions.get(profile.homeDivision());
  }

  public CallerProfile getProfile() {
    return profile;
  }

  public List<Role> getRoles() {
    return profile.roles().stream().sorted().toList();
  }

  public DivisionView getArea() {
    return area;
  }
}
