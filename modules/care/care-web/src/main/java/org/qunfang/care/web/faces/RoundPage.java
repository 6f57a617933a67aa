package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.check.HealthChecks;
import org.qunfang.care.api.check.Measurer;
import org.qunfang.care.api.check.RoundItem;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 今日检测 on a phone: the people due in one slot, each with the reading typed on the keypad; Enter
 * saves and moves to the next person. The slot shown first is the one under way (or the next).
 */
@Named("roundPage")
@ViewScoped
public class RoundPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HealthChecks checks;
  @Inject transient PageMessages messages;

  private final LocalDate day = Beijing.today();
  private List<RoundItem> items = List.of();
  private CheckSlot slot;
  private final Map<UUID, CheckForm> forms = new HashMap<>();

  @PostConstruct
  void load() {
    items = checks.round(day);
    if (slot == null) {
      slot = current(items, Instant.now());
    }
  }

  /** The slot whose window is open now, else the next to open, else the day's last. */
  static CheckSlot current(List<RoundItem> items, Instant now) {
    CheckSlot last = null;
    for (RoundItem item : items) {
      if (item.check().closes().isAfter(now)) {
        return item.check().slot();
      }
      last = item.check().slot();
    }
    return last;
  }

  public void save(RoundItem item) {
    String[] problem = new String[1];
    var entry = form(item.observationId()).entry(day, item.check().slot(), problem);
    if (entry == null) {
      messages.error(null, problem[0], item.name());
      return;
    }
    try {
      var saved = checks.record(item.observationId(), entry);
      messages.info(
          saved.status() == CheckStatus.ABNORMAL ? "round.savedAbnormal" : "round.saved",
          item.name());
      forms.remove(item.observationId());
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public CheckForm form(UUID observationId) {
    return forms.computeIfAbsent(observationId, id -> new CheckForm());
  }

  public List<RoundItem> getShown() {
    return items.stream().filter(i -> i.check().slot() == slot).toList();
  }

  public long getDone() {
    return getShown().stream().filter(i -> i.check().at() != null).count();
  }

  public List<CheckSlot> getSlots() {
    return items.stream().map(i -> i.check().slot()).distinct().toList();
  }

  public CheckStatus[] getStatuses() {
    return CheckStatus.values();
  }

  public Measurer[] getMeasurers() {
    return Measurer.values();
  }

  public Symptom[] getSymptoms() {
    return Symptom.values();
  }

  public LocalDate getDay() {
    return day;
  }

  public CheckSlot getSlot() {
    return slot;
  }

  public void setSlot(CheckSlot slot) {
    this.slot = slot;
  }
}
