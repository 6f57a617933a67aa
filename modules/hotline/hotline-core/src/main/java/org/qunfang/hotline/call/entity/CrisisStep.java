package org.qunfang.hotline.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.qunfang.hotline.api.call.CrisisKind;

/** A crisis step taken on a call, and when. */
@Embeddable
public class CrisisStep {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private CrisisKind kind;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  protected CrisisStep() {}

  public CrisisStep(CrisisKind kind, Instant takenAt) {
    this.kind = kind;
    this.takenAt = takenAt;
  }

  public CrisisKind getKind() {
    return kind;
  }

  public Instant getTakenAt() {
    return takenAt;
  }
}
