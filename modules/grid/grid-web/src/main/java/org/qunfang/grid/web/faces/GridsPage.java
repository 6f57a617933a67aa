package org.qunfang.grid.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.NewAssignment;
import org.qunfang.grid.api.NewGrid;
import org.qunfang.grid.api.StaffAssignmentView;
import org.qunfang.grid.api.StaffSource;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/** The grids of the user's area: draw big and small grids, staff them, see who was on them. */
@Named
@ViewScoped
public class GridsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AreaPicker areas;

  @Inject transient GridOrganisation grids;

  @Inject transient PageMessages messages;

  private List<GridView> list;
  private List<GridView> bigGrids;
  private GridView selected;
  private List<StaffAssignmentView> history = List.of();

  private GridKind kind = GridKind.BIG;
  private String name;
  private String divisionCode;
  private UUID parentId;

  private String staffName;
  private String staffPhone;
  private String staffAccount;
  private StaffSource staffSource = StaffSource.TOWNSHIP_STAFF;

  @PostConstruct
  void load() {
    list = grids.list(null);
    divisionCode = areas.getCurrent();
  }

  public void create() {
    try {
      GridView created =
          grids.create(
              new NewGrid(kind, name, divisionCode, kind == GridKind.SMALL ? parentId : null));
      messages.info("grids.created", created.code());
      name = null;
      bigGrids = null;
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void select(GridView grid) {
    selected = grid;
    history = grids.history(grid.id());
  }

  public void assign() {
    try {
      grids.assign(
          selected.id(),
          new NewAssignment(staffName, staffPhone, staffSource, blankToNull(staffAccount)));
      messages.info("grids.assigned", staffName);
      staffName = null;
      staffPhone = null;
      staffAccount = null;
      load();
      select(grids.get(selected.id()));
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public List<GridView> getBigGrids() {
    if (bigGrids == null) {
      bigGrids = grids.bigGridsForSmall();
    }
    return bigGrids;
  }

  public String getStaffAccount() {
    return staffAccount;
  }

  public void setStaffAccount(String staffAccount) {
    this.staffAccount = staffAccount;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<GridView> getList() {
    return list;
  }

  public GridView getSelected() {
    return selected;
  }

  public List<StaffAssignmentView> getHistory() {
    return history;
  }

  public GridKind[] getKinds() {
    return GridKind.values();
  }

  public StaffSource[] getSources() {
    return StaffSource.values();
  }

  public GridKind getKind() {
    return kind;
  }

  public void setKind(GridKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }

  public String getStaffName() {
    return staffName;
  }

  public void setStaffName(String staffName) {
    this.staffName = staffName;
  }

  public String getStaffPhone() {
    return staffPhone;
  }

  public void setStaffPhone(String staffPhone) {
    this.staffPhone = staffPhone;
  }

  public StaffSource getStaffSource() {
    return staffSource;
  }

  public void setStaffSource(StaffSource staffSource) {
    this.staffSource = staffSource;
  }
}
