package org.qunfang.grid.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.checkpoint.CheckpointKind;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.checkpoint.HealthCode;
import org.qunfang.grid.api.checkpoint.NewCheckpoint;
import org.qunfang.grid.api.checkpoint.NewPassage;
import org.qunfang.grid.api.checkpoint.PassageView;
import org.qunfang.grid.api.checkpoint.Subject;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.LinkFilters;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 卡点: officers set checkpoints up; the person at the gate logs each passage in a few keys
 * (temperature, Enter), sees fevers flagged at once, and the day's counts.
 */
@Named
@ViewScoped
public class CheckpointsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Checkpoints checkpoints;
  @Inject transient GridOrganisation grids;
  @Inject transient PageMessages messages;

  private List<CheckpointView> all;
  private List<GridView> smallGrids;
  private UUID checkpointId;
  private List<PassageView> today = List.of();
  private List<DailyCount> week = List.of();

  private UUID gridId;
  private String name;
  private CheckpointKind kind = CheckpointKind.COMMUNITY_GATE;
  private String location;
  private boolean roundTheClock = true;
  private LocalTime opensAt;
  private LocalTime closesAt;
  private boolean closedManagement;

  private Subject subject;
  private String vehiclePlate;
  private BigDecimal temperature;
  private HealthCode healthCode;
  private boolean idRegistered;

  /**
   * The next passage starts from nothing chosen but the commonest case: a person, green code, ID
   * not registered. Everything resets, or a vehicle left chosen refuses the next person.
   */
  private void clearEntry() {
    subject = Subject.PERSON;
    vehiclePlate = null;
    temperature = null;
    healthCode = HealthCode.GREEN;
    idRegistered = false;
  }

  private boolean showStoodDown;
  private List<PassageView> fevers = List.of();
  private boolean feverList;

  @PostConstruct
  void load() {
    // opened from the workbench: today's fevers at every gate first
    feverList = LinkFilters.of("fevers").isPresent();
    fevers = feverList ? checkpoints.flagged(null) : List.of();
    clearEntry();
    smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
    gridId = smallGrids.isEmpty() ? null : smallGrids.get(0).id();
    all = checkpoints.list(null);
    checkpointId =
        all.stream()
            .filter(CheckpointView::active)
            .map(CheckpointView::id)
            .findFirst()
            .orElse(null);
    show();
  }

  public void add() {
    try {
      CheckpointView added =
          checkpoints.add(
              new NewCheckpoint(
                  gridId,
                  name,
                  kind,
                  location,
                  roundTheClock,
                  opensAt,
                  closesAt,
                  closedManagement));
      messages.info("checkpoints.added", added.name());
      name = null;
      location = null;
      all = checkpoints.list(null);
      checkpointId = added.id();
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void show() {
    today = checkpointId == null ? List.of() : checkpoints.passages(checkpointId, null);
    week = checkpointId == null ? List.of() : checkpoints.daily(checkpointId, null, null);
  }

  /** Logs the passage and clears the form for the next person; a fever is shown as a warning. */
  public void log() {
    try {
      PassageView logged =
          checkpoints.log(
              checkpointId,
              new NewPassage(subject, vehiclePlate, temperature, healthCode, idRegistered, null));
      if (logged.flagged()) {
        messages.error(null, "checkpoints.fever", logged.temperature());
      } else {
        messages.info("checkpoints.logged", logged.temperature());
      }
      clearEntry();
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public CheckpointView getSelected() {
    return all.stream().filter(c -> c.id().equals(checkpointId)).findFirst().orElse(null);
  }

  public DailyCount getToday() {
    return week.isEmpty() ? null : week.get(week.size() - 1);
  }

  public CheckpointKind[] getKinds() {
    return CheckpointKind.values();
  }

  public Subject[] getSubjects() {
    return Subject.values();
  }

  public HealthCode[] getHealthCodes() {
    return HealthCode.values();
  }

  /**
   * The checkpoints to choose from: those in use, by name (as a gate keeper reads them), and the
   * stood-down ones only when asked for (or when one is the checkpoint shown).
   */
  public List<CheckpointView> getAll() {
    return all.stream()
        .filter(c -> c.active() || showStoodDown || c.id().equals(checkpointId))
        .sorted(
            Comparator.comparing(CheckpointView::active)
                .reversed()
                .thenComparing(CheckpointView::name, Collator.getInstance(Locale.CHINA)))
        .toList();
  }

  /** Today's fevers at every gate, when the page was opened for them. */
  public List<PassageView> getFevers() {
    return fevers;
  }

  public boolean isFeverList() {
    return feverList;
  }

  /** A checkpoint's name, for the list of fevers across gates. */
  public String checkpointName(UUID id) {
    return all.stream()
        .filter(c -> c.id().equals(id))
        .map(CheckpointView::name)
        .findFirst()
        .orElse("");
  }

  public boolean isShowStoodDown() {
    return showStoodDown;
  }

  public void setShowStoodDown(boolean showStoodDown) {
    this.showStoodDown = showStoodDown;
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<PassageView> getPassages() {
    return today;
  }

  public List<DailyCount> getWeek() {
    return week;
  }

  public UUID getCheckpointId() {
    return checkpointId;
  }

  public void setCheckpointId(UUID checkpointId) {
    this.checkpointId = checkpointId;
  }

  public UUID getGridId() {
    return gridId;
  }

  public void setGridId(UUID gridId) {
    this.gridId = gridId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CheckpointKind getKind() {
    return kind;
  }

  public void setKind(CheckpointKind kind) {
    this.kind = kind;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public boolean isRoundTheClock() {
    return roundTheClock;
  }

  public void setRoundTheClock(boolean roundTheClock) {
    this.roundTheClock = roundTheClock;
  }

  public LocalTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalTime closesAt) {
    this.closesAt = closesAt;
  }

  public boolean isClosedManagement() {
    return closedManagement;
  }

  public void setClosedManagement(boolean closedManagement) {
    this.closedManagement = closedManagement;
  }

  public Subject getSubject() {
    return subject;
  }

  public void setSubject(Subject subject) {
    this.subject = subject;
  }

  public String getVehiclePlate() {
    return vehiclePlate;
  }

  public void setVehiclePlate(String vehiclePlate) {
    this.vehiclePlate = vehiclePlate;
  }

  public BigDecimal getTemperature() {
    return temperature;
  }

  public void setTemperature(BigDecimal temperature) {
    this.temperature = temperature;
  }

  public HealthCode getHealthCode() {
    return healthCode;
  }

  public void setHealthCode(HealthCode healthCode) {
    this.healthCode = healthCode;
  }

  public boolean isIdRegistered() {
    return idRegistered;
  }

  public void setIdRegistered(boolean idRegistered) {
    this.idRegistered = idRegistered;
  }
}
