package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.dispatch.api.roster.Assignment;
import org.qunfang.dispatch.api.roster.CandidateView;
import org.qunfang.dispatch.api.roster.Coverage;
import org.qunfang.dispatch.api.roster.Rosters;
import org.qunfang.dispatch.api.roster.ShiftView;
import org.qunfang.dispatch.api.roster.SlotView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 排班覆盖: an area's shifts for a day or a week, those under way or starting within 24 hours first,
 * every empty place in red; a dispatcher fills one from the people who could take it.
 */
@Named
@ViewScoped
public class CoveragePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Rosters rosters;
  @Inject transient PageMessages messages;
  @Inject AreaPicker areas;

  private String area;
  private LocalDate from = Beijing.today();
  private int days = 1;
  private Coverage coverage;

  private SlotView slot;
  private ShiftView slotShift;
  private List<CandidateView> candidates = List.of();

  @PostConstruct
  void load() {
    area = areas.getCurrent();
    show();
  }

  public void show() {
    try {
      coverage = rosters.coverage(area, from, days);
    } catch (Problem | EJBException refused) {
      coverage = null;
      messages.problem(refused);
    }
  }

  /** Opens the choice of people for an empty place. */
  public void choose(ShiftView shift, SlotView place) {
    slotShift = shift;
    slot = place;
    try {
      candidates = rosters.candidates(place.id());
    } catch (Problem | EJBException refused) {
      candidates = List.of();
      messages.problem(refused);
    }
  }

  public void assign(UUID personId) {
    try {
      SlotView filled = rosters.assign(slot.id(), new Assignment(personId, slot.version()));
      messages.info("coverage.assigned", filled.personName(), when(slotShift));
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
    slot = null;
    show();
  }

  public void release(SlotView place) {
    try {
      rosters.release(place.id(), place.version());
      messages.info("coverage.released");
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
    show();
  }

  public String when(ShiftView shift) {
    return shift == null ? "" : Beijing.shift(shift.startsAt(), shift.endsAt());
  }

  /** Under way, or starting within 24 hours. */
  public boolean soon(ShiftView shift) {
    Instant now = Instant.now();
    return shift.endsAt().isAfter(now) && shift.startsAt().isBefore(now.plus(Duration.ofHours(24)));
  }

  public boolean past(ShiftView shift) {
    return !shift.endsAt().isAfter(Instant.now());
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public Coverage getCoverage() {
    return coverage;
  }

  public SlotView getSlot() {
    return slot;
  }

  public ShiftView getSlotShift() {
    return slotShift;
  }

  public List<CandidateView> getCandidates() {
    return candidates;
  }
}
