package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.ObservationTypeView;
import org.qunfang.care.api.type.ObservationTypes;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.api.type.TypeDefinition;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 观察类型: the district administrator's reference list. Editing a type affects placements made
 * afterwards only, which the page says.
 */
@Named("typesPage")
@ViewScoped
public class TypesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ObservationTypes types;
  @Inject transient PageMessages messages;

  private List<ObservationTypeView> list = List.of();
  private UUID editing;
  private long version;
  private String name;
  private String nameEn;
  private int periodDays = 7;
  private String testDays = "1,4,7";
  private final List<WindowRow> windows = new ArrayList<>();
  private BigDecimal threshold = new BigDecimal("37.3");
  private List<Symptom> symptoms = new ArrayList<>(EnumSet.range(Symptom.FEVER, Symptom.DIARRHOEA));

  /** One slot's window as the form shows it: whether it is checked, and its times as typed. */
  public static class WindowRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CheckSlot slot;
    private boolean used;
    private String opens;
    private String closes;

    WindowRow(CheckSlot slot, boolean used, String opens, String closes) {
      this.slot = slot;
      this.used = used;
      this.opens = opens;
      this.closes = closes;
    }

    public CheckSlot getSlot() {
      return slot;
    }

    public boolean isUsed() {
      return used;
    }

    public void setUsed(boolean used) {
      this.used = used;
    }

    public String getOpens() {
      return opens;
    }

    public void setOpens(String opens) {
      this.opens = opens;
    }

    public String getCloses() {
      return closes;
    }

    public void setCloses(String closes) {
      this.closes = closes;
    }
  }

  @PostConstruct
  void load() {
    list = types.list();
    if (windows.isEmpty()) {
      blankWindows();
    }
  }

  private void blankWindows() {
    windows.clear();
    windows.add(new WindowRow(CheckSlot.MORNING, true, "06:00", "10:00"));
    windows.add(new WindowRow(CheckSlot.NOON, false, "11:00", "14:00"));
    windows.add(new WindowRow(CheckSlot.EVENING, true, "18:00", "22:00"));
  }

  public void edit(ObservationTypeView type) {
    TypeDefinition d = type.definition();
    editing = type.id();
    version = type.version();
    name = d.name();
    nameEn = d.nameEn();
    periodDays = d.periodDays();
    testDays = String.join(",", d.testDays().stream().map(String::valueOf).toList());
    threshold = d.feverThreshold();
    symptoms = new ArrayList<>(d.symptoms());
    blankWindows();
    for (WindowRow row : windows) {
      row.used = false;
      for (SlotWindow w : d.windows()) {
        if (w.slot() == row.slot) {
          row.used = true;
          row.opens = w.opens().toString();
          row.closes = w.closes().toString();
        }
      }
    }
  }

  public void startNew() {
    editing = null;
    name = null;
    nameEn = null;
    periodDays = 7;
    testDays = "1,4,7";
    threshold = new BigDecimal("37.3");
    symptoms = new ArrayList<>(EnumSet.range(Symptom.FEVER, Symptom.DIARRHOEA));
    blankWindows();
  }

  public void save() {
    TypeDefinition definition;
    try {
      definition =
          new TypeDefinition(
              name,
              nameEn,
              periodDays,
              days(),
              chosenWindows(),
              threshold,
              symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(symptoms));
    } catch (NumberFormatException | DateTimeParseException unreadable) {
      messages.error(null, "types.unreadable");
      return;
    }
    try {
      if (editing == null) {
        types.add(definition);
      } else {
        types.change(editing, definition, version);
      }
      messages.info("types.saved", definition.name());
      startNew();
      load();
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public void withdraw(ObservationTypeView type) {
    try {
      types.withdraw(type.id(), type.version());
      messages.info("types.withdrawn", type.definition().name());
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  private List<Integer> days() {
    if (testDays == null || testDays.isBlank()) {
      return List.of();
    }
    return Arrays.stream(testDays.split("[,，、\\s]+"))
        .filter(s -> !s.isBlank())
        .map(Integer::valueOf)
        .toList();
  }

  private List<SlotWindow> chosenWindows() {
    return windows.stream()
        .filter(WindowRow::isUsed)
        .map(
            w ->
                new SlotWindow(
                    w.slot, LocalTime.parse(w.opens.strip()), LocalTime.parse(w.closes.strip())))
        .toList();
  }

  public String windowsText(TypeDefinition d) {
    return String.join(" ", d.windows().stream().map(w -> w.opens() + "–" + w.closes()).toList());
  }

  public List<ObservationTypeView> getList() {
    return list;
  }

  public Symptom[] getAllSymptoms() {
    return Symptom.values();
  }

  public List<WindowRow> getWindows() {
    return windows;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public int getPeriodDays() {
    return periodDays;
  }

  public void setPeriodDays(int periodDays) {
    this.periodDays = periodDays;
  }

  public String getTestDays() {
    return testDays;
  }

  public void setTestDays(String testDays) {
    this.testDays = testDays;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(BigDecimal threshold) {
    this.threshold = threshold;
  }

  public List<Symptom> getSymptoms() {
    return symptoms;
  }

  public void setSymptoms(List<Symptom> symptoms) {
    this.symptoms = symptoms == null ? new ArrayList<>() : new ArrayList<>(symptoms);
  }
}
