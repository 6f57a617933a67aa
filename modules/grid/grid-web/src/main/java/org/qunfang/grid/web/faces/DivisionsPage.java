package org.qunfang.grid.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/** The division tree under the user's home division, with search. */
@Named
@ViewScoped
public class DivisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DivisionDirectory divisions;

  @Inject transient PageMessages messages;

  private String code;
  private TreeNode<DivisionView> root;
  private TreeNode<DivisionView> selectedNode;
  private String query;
  private List<DivisionView> results = List.of();

  /**
   * Shows the tree under {@code ?code=} (the user's home division without one). A code outside the
   * user's area answers 403 and shows nothing of it.
   */
  public void load() throws IOException {
    if (root != null) {
      return; // a postback in the same view
    }
    String shown = code == null || code.isBlank() ? divisions.home().code() : code.strip();
    DivisionNode tree;
    try {
      tree = divisions.tree(shown, 2);
    } catch (Problem refused) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(refused.status(), refused.messageIn(language()));
      faces.responseComplete();
      return;
    }
    root = new DefaultTreeNode<>(null, null);
    TreeNode<DivisionView> top = add(tree, root);
    top.setExpanded(true);
    top.setSelected(true);
    selectedNode = top;
  }

  private static java.util.Locale language() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  private static TreeNode<DivisionView> add(DivisionNode node, TreeNode<DivisionView> parent) {
    TreeNode<DivisionView> added = new DefaultTreeNode<>(node.division(), parent);
    node.children().forEach(child -> add(child, added));
    return added;
  }

  public void search() {
    try {
      results = divisions.search(query, DivisionDirectory.MAX_SEARCH_RESULTS);
    } catch (Problem refused) {
      results = List.of();
      messages.problem(refused);
    }
  }

  public TreeNode<DivisionView> getRoot() {
    return root;
  }

  public TreeNode<DivisionView> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<DivisionView> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public DivisionView getSelected() {
    return selectedNode == null ? null : selectedNode.getData();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<DivisionView> getResults() {
    return results;
  }
}
