package org.qunfang.grid.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.sweep.NewSweep;
import org.qunfang.grid.api.sweep.NewVisit;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.grid.api.sweep.SweepView;
import org.qunfang.grid.api.sweep.Sweeps;
import org.qunfang.grid.api.sweep.VisitView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 扫楼: officers open a campaign; grid members pick their grid, see which households are still to
 * visit and record each visit; everyone watches progress update live.
 */
@Named
@ViewScoped
public class SweepsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Sweeps sweeps;
  @Inject transient GridOrganisation grids;
  @Inject transient HouseholdRegister register;
  @Inject transient PageMessages messages;
  @Inject transient AreaPicker areas;

  private List<SweepView> campaigns;
  private List<GridView> smallGrids;
  private UUID sweepId;
  private UUID gridId;
  private List<HouseholdView> households = List.of();
  private Map<UUID, VisitView> visits = Map.of();
  private AreaLevel level = AreaLevel.GRID;
  private SweepProgress progress;

  private String name;
  private String divisionCode;
  private LocalDate startDate = Beijing.today();
  private LocalDate endDate = Beijing.today().plusDays(6);

  private UUID householdId;
  private Integer personsSeen;
  private Integer contactsVerified;
  private String notes;

  private boolean showEnded;

  @PostConstruct
  void load() {
    divisionCode = areas.getCurrent();
    smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
    gridId = smallGrids.isEmpty() ? null : smallGrids.get(0).id();
    campaigns = sweeps.list();
    LocalDate today = Beijing.today();
    sweepId =
        campaigns.stream()
            .filter(c -> !c.endDate().isBefore(today))
            .findFirst()
            .or(() -> campaigns.stream().findFirst())
            .map(SweepView::id)
            .orElse(null);
    show();
  }

  public void open() {
    try {
      SweepView opened = sweeps.open(new NewSweep(name, divisionCode, startDate, endDate));
      messages.info("sweeps.opened", opened.name());
      name = null;
      campaigns = sweeps.list();
      sweepId = opened.id();
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** The chosen campaign and grid: households with their visits, and progress. */
  public void show() {
    if (sweepId == null) {
      return;
    }
    households = gridId == null ? List.of() : register.households(gridId);
    visits =
        gridId == null
            ? Map.of()
            : sweeps.visits(sweepId, gridId).stream()
                .collect(Collectors.toMap(VisitView::householdId, Function.identity()));
    householdId =
        households.stream()
            .map(HouseholdView::id)
            .filter(id -> !visits.containsKey(id))
            .findFirst()
            .orElse(null);
    refresh();
  }

  /** Progress only: what the poll asks for. */
  public void refresh() {
    progress = sweepId == null ? null : sweeps.progress(sweepId, level);
  }

  public void visit() {
    try {
      sweeps.visit(sweepId, new NewVisit(householdId, personsSeen, contactsVerified, notes, null));
      messages.info("sweeps.visited", address(householdId));
      personsSeen = null;
      contactsVerified = null;
      notes = null;
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public VisitView visitOf(UUID household) {
    return visits.get(household);
  }

  public List<HouseholdView> getUnvisited() {
    return households.stream().filter(h -> !visits.containsKey(h.id())).toList();
  }

  private String address(UUID id) {
    return households.stream()
        .filter(h -> h.id().equals(id))
        .map(h -> h.room() == null ? h.address() : h.address() + " " + h.room())
        .findFirst()
        .orElse("");
  }

  public AreaLevel[] getLevels() {
    return AreaLevel.values();
  }

  /**
   * The campaigns to choose from: those running or still to come, the latest first, and the ended
   * ones only when asked for (or when one is the campaign shown).
   */
  public List<SweepView> getCampaigns() {
    LocalDate today = Beijing.today();
    return campaigns.stream()
        .filter(c -> showEnded || !c.endDate().isBefore(today) || c.id().equals(sweepId))
        .toList();
  }

  public boolean isShowEnded() {
    return showEnded;
  }

  public void setShowEnded(boolean showEnded) {
    this.showEnded = showEnded;
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<HouseholdView> getHouseholds() {
    return households;
  }

  public SweepProgress getProgress() {
    return progress;
  }

  public UUID getSweepId() {
    return sweepId;
  }

  public void setSweepId(UUID sweepId) {
    this.sweepId = sweepId;
  }

  public UUID getGridId() {
    return gridId;
  }

  public void setGridId(UUID gridId) {
    this.gridId = gridId;
  }

  public AreaLevel getLevel() {
    return level;
  }

  public void setLevel(AreaLevel level) {
    this.level = level;
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

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(UUID householdId) {
    this.householdId = householdId;
  }

  public Integer getPersonsSeen() {
    return personsSeen;
  }

  public void setPersonsSeen(Integer personsSeen) {
    this.personsSeen = personsSeen;
  }

  public Integer getContactsVerified() {
    return contactsVerified;
  }

  public void setContactsVerified(Integer contactsVerified) {
    this.contactsVerified = contactsVerified;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
