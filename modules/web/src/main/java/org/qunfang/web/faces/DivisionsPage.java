package org.qunfang.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.qunfang.grid.api.DivisionDirectory;
import org.qunfang.grid.api.DivisionNode;
import org.qunfang.grid.api.DivisionView;
import org.qunfang.kernel.problem.Problem;

/** The division tree under the user's home division, with search. */
@Named
@ViewScoped
public class DivisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DivisionDirectory divisions;

  @Inject transient PageMessages messages;

  private TreeNode<DivisionView> root;
  private TreeNode<DivisionView> selectedNode;
  private String query;
  private List<DivisionView> results = List.of();

  @PostConstruct
  void load() {
    DivisionView home = divisions.home();
    root = new DefaultTreeNode<>(null, null);
    TreeNode<DivisionView> top = add(divisions.tree(home.code(), 2), root);
    top.setExpanded(true);
    top.setSelected(true);
    selectedNode = top;
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
