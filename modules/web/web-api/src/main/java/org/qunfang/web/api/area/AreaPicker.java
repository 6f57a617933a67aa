package org.qunfang.web.api.area;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionView;

/**
 * What the area picker ({@code <q:area>}) asks: the division tree within the signed-in person's
 * area, read once per session, and the area they last picked, which pages offer first.
 */
@Named("areas")
@SessionScoped
public class AreaPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DivisionDirectory divisions;

  private transient AreaTree tree;
  private String current;

  public List<String> complete(String query) {
    return tree().matching(query);
  }

  public String label(String code) {
    return tree().label(code);
  }

  public String name(String code) {
    return tree().get(code).map(DivisionView::name).orElse(code);
  }

  public int depth(String code) {
    return Math.min(tree().depth(code), 2);
  }

  public void remember(SelectEvent<String> picked) {
    current = picked.getObject();
  }

  /** The area picked last in this session, or the person's home division. */
  public String getCurrent() {
    return current != null ? current : tree().root();
  }

  private AreaTree tree() {
    if (tree == null) {
      DivisionView home = divisions.home();
      // down to villages and communities, however high the home division sits
      int depth = Math.min(3, DivisionLevel.VILLAGE.ordinal() - home.level().ordinal());
      tree = new AreaTree(divisions.tree(home.code(), depth));
    }
    return tree;
  }
}
