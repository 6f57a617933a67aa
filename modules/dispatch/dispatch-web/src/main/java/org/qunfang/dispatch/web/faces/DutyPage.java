package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.qunfang.dispatch.api.attendance.Attendance;
import org.qunfang.dispatch.api.attendance.PlaceOnDuty;
import org.qunfang.dispatch.api.attendance.Presence;
import org.qunfang.dispatch.api.attendance.ShiftOnDuty;
import org.qunfang.dispatch.api.roster.CandidateView;
import org.qunfang.dispatch.api.roster.Rosters;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 值守签到: the shift leader's phone page at the post. Each press of Enter signs in the person the
 * focus is on and moves on to the next who is expected; no-shows come with replacements to call.
 */
@Named
@ViewScoped
public class DutyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(Beijing.ZONE);

  @Inject transient Attendance attendance;
  @Inject transient Rosters rosters;
  @Inject transient PageMessages messages;

  private List<ShiftOnDuty> shifts = List.of();
  private final Map<UUID, List<CandidateView>> replacements = new ConcurrentHashMap<>();

  @PostConstruct
  void load() {
    show();
  }

  public void show() {
    try {
      shifts = attendance.onDuty(12);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void signIn(PlaceOnDuty place) {
    try {
      attendance.signIn(place.slotId());
      messages.info("duty.signedIn", place.name());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
    show();
  }

  public void signOut(PlaceOnDuty place) {
    try {
      attendance.signOut(place.slotId());
      messages.info("duty.signedOut", place.name());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
    show();
  }

  /** People who could stand in for a no-show, asked for once per place. */
  public List<CandidateView> replacements(PlaceOnDuty place) {
    if (place.presence() != Presence.NO_SHOW) {
      return List.of();
    }
    return replacements.computeIfAbsent(
        place.slotId(),
        id -> {
          try {
            return rosters.candidates(id).stream().limit(5).toList();
          } catch (Problem | EJBException refused) {
            return List.of();
          }
        });
  }

  public boolean expected(PlaceOnDuty place) {
    return place.presence() == Presence.WAITING
        || place.presence() == Presence.UPCOMING
        || place.presence() == Presence.NO_SHOW;
  }

  public String when(ShiftOnDuty shift) {
    return Beijing.shift(shift.startsAt(), shift.endsAt());
  }

  public String time(java.time.Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public List<ShiftOnDuty> getShifts() {
    return shifts;
  }
}
