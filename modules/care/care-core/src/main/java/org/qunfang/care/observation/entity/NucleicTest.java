package org.qunfang.care.observation.entity;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.check.TestResult;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;

/**
 * A nucleic-acid test due on a test day of the period. The result stays a plain column, as the
 * release rule and the daily figures count it; only the team and the area's officers read it, and
 * the audit trail never shows it.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "nucleic_test", schema = "care")
@NamedQuery(
    name = NucleicTest.OF_OBSERVATION,
    query = "select t from NucleicTest t where t.observationId = :observation order by t.number")
@NamedQuery(
    name = NucleicTest.UNSETTLED,
    query =
        "select t.observationId, t.result, count(t), min(t.dueDay) from NucleicTest t"
            + " where t.observationId in :observations and t.result <> :negative"
            + " group by t.observationId, t.result")
public class NucleicTest extends AuditedEntity {

  public static final String OF_OBSERVATION = "NucleicTest.ofObservation";
  public static final String UNSETTLED = "NucleicTest.unsettled";

  @Column(name = "observation_id", nullable = false, updatable = false)
  private UUID observationId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "day_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "due_day", nullable = false, updatable = false)
  private LocalDate dueDay;

  @Column(name = "sampled_at")
  private Instant sampledAt;

  @Personal(Personal.Kind.HEALTH)
  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, length = 16)
  private TestResult result = TestResult.PENDING;

  protected NucleicTest() {}

  public NucleicTest(Observation observation, int number, LocalDate dueDay) {
    this.observationId = observation.getId();
    this.divisionCode = observation.getDivisionCode();
    this.number = number;
    this.dueDay = dueDay;
  }

  /** Records the sampling and, once known, the result; a known result is never changed. */
  public void record(Instant sampled, TestResult outcome) {
    if (result != TestResult.PENDING) {
      throw new Conflict(new Message(TEXTS, "test.resultKnown"));
    }
    this.sampledAt = sampled;
    this.result = outcome;
  }

  public UUID getObservationId() {
    return observationId;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getDueDay() {
    return dueDay;
  }

  public Instant getSampledAt() {
    return sampledAt;
  }

  public TestResult getResult() {
    return result;
  }
}
