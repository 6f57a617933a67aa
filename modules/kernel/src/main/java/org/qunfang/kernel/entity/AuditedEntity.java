package org.qunfang.kernel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/**
 * Base of every entity people edit: a UUID assigned at construction (never by the database), an
 * optimistic-lock version, and who created and last changed it, stamped by {@link Stamps}.
 */
@MappedSuperclass
@EntityListeners(Stamps.class)
public abstract class AuditedEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id = Ids.next();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  protected AuditedEntity() {}

  /** An entity whose id is another's: one that exists at most once for that other, by its key. */
  protected AuditedEntity(UUID id) {
    this.id = id;
  }

  public UUID getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  /**
   * Refuses an edit made on a stale copy: {@code seen} is the version the editor loaded. The
   * refusal ({@code bundle}'s {@code key}, given who changed it and when) asks them to reload.
   */
  public void requireVersion(long seen, String bundle, String key) {
    if (version != seen) {
      throw new Conflict(new Message(bundle, key, updatedBy, Beijing.format(updatedAt)), "version");
    }
  }

  void stampCreated(String who, Instant when) {
    createdBy = who;
    createdAt = when;
    stampUpdated(who, when);
  }

  void stampUpdated(String who, Instant when) {
    updatedBy = who;
    updatedAt = when;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditedEntity that
        && getClass() == that.getClass()
        && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
