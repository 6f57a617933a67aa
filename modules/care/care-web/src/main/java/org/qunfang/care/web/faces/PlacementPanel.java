package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.care.api.observation.Placement;
import org.qunfang.care.api.observation.Reason;
import org.qunfang.care.api.type.ObservationTypeView;
import org.qunfang.care.api.type.ObservationTypes;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 纳入观察: find the resident in the register (by name or ID number), choose the type and reason, and
 * the period starts; what it expects is laid out at once.
 */
@Named("placementPanel")
@ViewScoped
public class PlacementPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many residents a search offers. */
  static final int OFFERED = 10;

  @Inject transient Observations observations;
  @Inject transient ObservationTypes types;
  @Inject transient HouseholdRegister register;
  @Inject transient PageMessages messages;
  @Inject ObservedPage observed;

  private List<ObservationTypeView> offered = List.of();
  private String who;
  private List<ResidentView> found = List.of();
  private UUID residentId;
  private UUID typeId;
  private Reason reason;
  private String details;
  private LocalDate start = Beijing.today();

  @PostConstruct
  void load() {
    offered = types.list().stream().filter(ObservationTypeView::active).toList();
  }

  public void find() {
    String text = who == null ? "" : who.strip();
    boolean idNumber = text.matches("\\d{17}[\\dXx]");
    try {
      found =
          register
              .search(
                  new ResidentQuery(
                      null,
                      null,
                      idNumber ? null : text,
                      idNumber ? text.toUpperCase() : null,
                      null,
                      null,
                      null,
                      0,
                      OFFERED))
              .items();
      residentId = found.size() == 1 ? found.get(0).id() : null;
      if (found.isEmpty()) {
        messages.error(null, "place.noneFound", text);
      }
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public void place() {
    try {
      ObservationView placed =
          observations.place(new Placement(residentId, typeId, reason, details, start));
      messages.info("place.placed", placed.name(), placed.plannedEnd());
      observed.placed(placed);
      found = List.of();
      residentId = null;
      who = null;
      details = null;
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public List<ObservationTypeView> getOffered() {
    return offered;
  }

  public Reason[] getReasons() {
    return Reason.values();
  }

  public List<ResidentView> getFound() {
    return found;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public UUID getResidentId() {
    return residentId;
  }

  public void setResidentId(UUID residentId) {
    this.residentId = residentId;
  }

  public UUID getTypeId() {
    return typeId;
  }

  public void setTypeId(UUID typeId) {
    this.typeId = typeId;
  }

  public Reason getReason() {
    return reason;
  }

  public void setReason(Reason reason) {
    this.reason = reason;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }
}
