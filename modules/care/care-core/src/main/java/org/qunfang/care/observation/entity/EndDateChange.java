package org.qunfang.care.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** One move of an observation's planned last day, with its reason; never changed afterwards. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "end_date_change", schema = "care")
@NamedQuery(
    name = EndDateChange.OF_OBSERVATION,
    query =
        "select c from EndDateChange c where c.observationId = :observation order by c.createdAt")
public class EndDateChange extends AuditedEntity {

  public static final String OF_OBSERVATION = "EndDateChange.ofObservation";

  @Column(name = "observation_id", nullable = false, updatable = false)
  private UUID observationId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "from_day", nullable = false, updatable = false)
  private LocalDate from;

  @Column(name = "to_day", nullable = false, updatable = false)
  private LocalDate to;

  @Column(name = "reason", nullable = false, updatable = false, length = 200)
  private String reason;

  protected EndDateChange() {}

  public EndDateChange(Observation observation, LocalDate to, String reason) {
    this.observationId = observation.getId();
    this.divisionCode = observation.getDivisionCode();
    this.from = observation.getPlannedEnd();
    this.to = to;
    this.reason = reason;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }
}
