package org.qunfang.hotline.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** An agency's person-times on a day in one mode, as entered. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "service_count", schema = "hotline")
@NamedQuery(
    name = ServiceCount.BETWEEN,
    query = "select s from ServiceCount s where s.servedOn between :from and :to")
@NamedQuery(
    name = ServiceCount.ONE,
    query =
        "select s from ServiceCount s where s.agencyId = :agency and s.servedOn = :day"
            + " and s.mode = :mode")
public class ServiceCount extends AuditedEntity {

  public static final String BETWEEN = "ServiceCount.between";
  public static final String ONE = "ServiceCount.one";

  @Column(name = "agency_id", nullable = false, updatable = false)
  private UUID agencyId;

  @Column(name = "served_on", nullable = false, updatable = false)
  private LocalDate servedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, updatable = false, length = 8)
  private ServiceMode mode;

  @Column(name = "person_times", nullable = false)
  private int personTimes;

  protected ServiceCount() {}

  public ServiceCount(UUID agencyId, LocalDate servedOn, ServiceMode mode, int personTimes) {
    this.agencyId = agencyId;
    this.servedOn = servedOn;
    this.mode = mode;
    this.personTimes = personTimes;
  }

  public void setPersonTimes(int personTimes) {
    this.personTimes = personTimes;
  }

  public UUID getAgencyId() {
    return agencyId;
  }

  public LocalDate getServedOn() {
    return servedOn;
  }

  public ServiceMode getMode() {
    return mode;
  }

  public int getPersonTimes() {
    return personTimes;
  }
}
