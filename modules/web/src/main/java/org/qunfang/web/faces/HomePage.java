package org.qunfang.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;

/** The start page: who you are, your area, and what it holds. */
@Named
@RequestScoped
public class HomePage {

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  private CallerProfile profile;
  private DivisionView area;
  private long townships;
  private long villages;

  @PostConstruct
  void load() {
    profile = caller.profile();
    DivisionNode tree = divisions.tree(profile.homeDivision(), 2);
    area = tree.division();
    townships = count(tree, DivisionLevel.TOWNSHIP);
    villages = count(tree, DivisionLevel.VILLAGE);
  }

  private static long count(DivisionNode node, DivisionLevel level) {
    long self = node.division().level() == level ? 1 : 0;
    return self + node.children().stream().mapToLong(child -> count(child, level)).sum();
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

  public long getTownships() {
    return townships;
  }

  public long getVillages() {
    return villages;
  }
}
