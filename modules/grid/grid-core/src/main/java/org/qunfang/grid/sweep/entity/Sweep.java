package org.qunfang.grid.sweep.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A sweep campaign (扫楼行动) over a division for a period. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "sweep", schema = "grid")
@NamedQuery(
    name = Sweep.TOUCHING,
    query =
        "select s from Sweep s where (s.divisionCode >= :lo and s.divisionCode < :hi)"
            + " or s.divisionCode in :above order by s.startDate desc, s.createdAt desc")
public class Sweep extends AuditedEntity {

  /** Campaigns within an area ([lo, hi)) or over one of its ancestors ({@code above}). */
  public static final String TOUCHING = "Sweep.touching";

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  protected Sweep() {}

  public Sweep(String name, String divisionCode, LocalDate startDate, LocalDate endDate) {
    this.name = name;
    this.divisionCode = divisionCode;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  public String getName() {
    return name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
