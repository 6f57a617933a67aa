package org.qunfang.grid.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.ResidentChange;
import org.qunfang.grid.api.ResidentHistoryView;
import org.qunfang.grid.api.ResidentLeaving;
import org.qunfang.grid.api.ResidentMove;
import org.qunfang.grid.api.ResidentMoves;
import org.qunfang.grid.api.ResidentStatus;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/**
 * One resident opened from a list: their details corrected, a move to another household (of any
 * grid within reach), their leaving (moved away, deceased), and their history. Each save carries
 * the version that was opened, so someone else's change in between is refused, not overwritten.
 */
@Named
@ViewScoped
public class ResidentCard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HouseholdRegister register;
  @Inject transient ResidentMoves moves;
  @Inject transient GridOrganisation grids;
  @Inject transient PageMessages messages;

  private ResidentView resident;
  private List<ResidentHistoryView> history = List.of();
  private String name;
  private String phone;
  private Relation relation;
  private ResidenceType residenceType;
  private List<GridView> smallGrids = List.of();
  private UUID toGrid;
  private List<HouseholdView> toHouseholds = List.of();
  private UUID toHousehold;
  private ResidentStatus leaving = ResidentStatus.MOVED_AWAY;
  private LocalDate on;
  private String note;

  public void open(UUID residentId) {
    try {
      show(register.resident(residentId));
      smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
      toGrid = resident.gridId();
      showHouseholds();
      PrimeFaces.current().executeScript("PF('residentCard').show()");
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  private void show(ResidentView shown) {
    resident = shown;
    history = moves.history(shown.id());
    name = shown.name();
    phone = null; // shown masked; typed again only to change it
    relation = shown.relation();
    residenceType = shown.residenceType();
    on = Beijing.today();
    note = null;
  }

  public void showHouseholds() {
    toHouseholds = toGrid == null ? List.of() : register.households(toGrid);
    toHousehold = null;
  }

  /** Name, relation, residence type, and the phone when one is typed. */
  public void save() {
    try {
      String kept = phone == null || phone.isBlank() ? null : phone;
      show(
          register.change(
              resident.id(),
              new ResidentChange(
                  name, kept, relation, residenceType, resident.tags(), resident.version())));
      messages.info("residentCard.saved", resident.name());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void move() {
    try {
      show(
          moves.move(
              resident.id(),
              new ResidentMove(toHousehold, relation, on, note, resident.version())));
      messages.info("residentCard.moved", resident.name(), resident.address());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void leave() {
    try {
      show(moves.leave(resident.id(), new ResidentLeaving(leaving, on, note, resident.version())));
      messages.info("residentCard.left", resident.name());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public ResidentView getResident() {
    return resident;
  }

  public boolean isPresent() {
    return resident != null && resident.status() == ResidentStatus.PRESENT;
  }

  public List<ResidentHistoryView> getHistory() {
    return history;
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<HouseholdView> getToHouseholds() {
    return toHouseholds;
  }

  public ResidentStatus[] getLeavings() {
    return new ResidentStatus[] {ResidentStatus.MOVED_AWAY, ResidentStatus.DECEASED};
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Relation getRelation() {
    return relation;
  }

  public void setRelation(Relation relation) {
    this.relation = relation;
  }

  public ResidenceType getResidenceType() {
    return residenceType;
  }

  public void setResidenceType(ResidenceType residenceType) {
    this.residenceType = residenceType;
  }

  public UUID getToGrid() {
    return toGrid;
  }

  public void setToGrid(UUID toGrid) {
    this.toGrid = toGrid;
  }

  public UUID getToHousehold() {
    return toHousehold;
  }

  public void setToHousehold(UUID toHousehold) {
    this.toHousehold = toHousehold;
  }

  public ResidentStatus getLeaving() {
    return leaving;
  }

  public void setLeaving(ResidentStatus leaving) {
    this.leaving = leaving;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
