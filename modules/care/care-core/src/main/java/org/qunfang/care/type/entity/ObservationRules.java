package org.qunfang.care.type.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.api.type.TypeDefinition;
import org.qunfang.kernel.time.Beijing;

/**
 * The rules of an observation type: its period, test days, check windows, fever threshold and
 * symptoms. A placement copies them, so a later change of the type never alters a running
 * observation.
 */
@Embeddable
public class ObservationRules {

  @Column(name = "period_days", nullable = false)
  private int periodDays;

  @Convert(converter = DayList.class)
  @Column(name = "test_days", nullable = false, length = 100)
  private List<Integer> testDays = List.of();

  @Convert(converter = SlotWindows.class)
  @Column(name = "check_windows", nullable = false, length = 100)
  private List<SlotWindow> windows = List.of();

  @Column(name = "fever_threshold", nullable = false, precision = 3, scale = 1)
  private BigDecimal feverThreshold;

  @Convert(converter = SymptomSet.class)
  @Column(name = "symptoms", nullable = false, length = 200)
  private Set<Symptom> symptoms = Set.of();

  /** A check expected on a day in a slot, open from {@code opens} until {@code closes}. */
  public record Due(LocalDate day, CheckSlot slot, Instant opens, Instant closes) {}

  /** A nucleic-acid test due on day {@code number} of the period (1 = the first day). */
  public record DueTest(int number, LocalDate day) {}

  protected ObservationRules() {}

  public ObservationRules(TypeDefinition definition) {
    this.periodDays = definition.periodDays();
    this.testDays = List.copyOf(definition.testDays());
    this.windows = List.copyOf(definition.windows());
    this.feverThreshold = definition.feverThreshold();
    this.symptoms = Set.copyOf(definition.symptoms());
  }

  /** A copy, for an observation to keep. */
  public ObservationRules copy() {
    ObservationRules copy = new ObservationRules();
    copy.periodDays = periodDays;
    copy.testDays = testDays;
    copy.windows = windows;
    copy.feverThreshold = feverThreshold;
    copy.symptoms = symptoms;
    return copy;
  }

  public TypeDefinition definition(String name, String nameEn) {
    return new TypeDefinition(
        name, nameEn, periodDays, testDays, windows, feverThreshold, symptoms);
  }

  /** The planned last day of a period that starts on {@code start}. */
  public LocalDate lastDay(LocalDate start) {
    return start.plusDays(periodDays - 1L);
  }

  /** Every slot of every day from {@code first} to {@code last}, in time order. */
  public List<Due> checksBetween(LocalDate first, LocalDate last) {
    List<Due> due = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (SlotWindow window : windows) {
        due.add(
            new Due(
                day,
                window.slot(),
                day.atTime(window.opens()).atZone(Beijing.ZONE).toInstant(),
                day.atTime(window.closes()).atZone(Beijing.ZONE).toInstant()));
      }
    }
    return due;
  }

  /** The tests of a period starting on {@code start}; test days past the period are dropped. */
  public List<DueTest> tests(LocalDate start) {
    return testDays.stream()
        .filter(n -> n <= periodDays)
        .map(n -> new DueTest(n, start.plusDays(n - 1L)))
        .toList();
  }

  /** At or over the threshold, or any symptom this type lists. */
  public boolean abnormal(BigDecimal temperature, Set<Symptom> found) {
    return (temperature != null && temperature.compareTo(feverThreshold) >= 0)
        || found.stream().anyMatch(symptoms::contains);
  }

  public int getPeriodDays() {
    return periodDays;
  }

  public BigDecimal getFeverThreshold() {
    return feverThreshold;
  }

  public List<SlotWindow> getWindows() {
    return windows;
  }
}
