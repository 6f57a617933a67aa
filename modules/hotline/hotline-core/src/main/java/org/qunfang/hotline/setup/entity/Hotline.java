package org.qunfang.hotline.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A hotline: its number and when it is answered. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "hotline", schema = "hotline")
@NamedQuery(name = Hotline.ALL, query = "select h from Hotline h order by h.name")
@NamedQuery(name = Hotline.BY_NUMBER, query = "select h from Hotline h where h.number = :number")
public class Hotline extends AuditedEntity {

  public static final String ALL = "Hotline.all";
  public static final String BY_NUMBER = "Hotline.byNumber";

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "number", nullable = false, length = 20)
  private String number;

  @Column(name = "round_the_clock", nullable = false)
  private boolean roundTheClock;

  @Column(name = "hours", length = 60)
  private String hours;

  protected Hotline() {}

  public Hotline(String name, String number, boolean roundTheClock, String hours) {
    this.name = name;
    this.number = number;
    this.roundTheClock = roundTheClock;
    this.hours = roundTheClock ? null : hours;
  }

  public String getName() {
    return name;
  }

  public String getNumber() {
    return number;
  }

  public boolean isRoundTheClock() {
    return roundTheClock;
  }

  public String getHours() {
    return hours;
  }
}
