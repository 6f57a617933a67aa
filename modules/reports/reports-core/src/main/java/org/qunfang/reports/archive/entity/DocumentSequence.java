package org.qunfang.reports.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last document number given for one prefix and year. Its kind is {@link #ALL_KINDS}: rows of
 * single kinds are from before numbers ran across kinds, and are no longer used.
 */
@Entity
@Table(name = "document_sequence", schema = "reports")
public class DocumentSequence {

  public static final String ALL_KINDS = "*";

  @Id
  @Column(name = "sequence_key", length = 120)
  private String key;

  @Column(name = "prefix", nullable = false, updatable = false)
  private String prefix;

  @Column(name = "year_issued", nullable = false, updatable = false)
  private int year;

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected DocumentSequence() {}

  public DocumentSequence(String prefix, int year, String kind) {
    this.key = keyOf(prefix, year, kind);
    this.prefix = prefix;
    this.year = year;
    this.kind = kind;
  }

  public static String keyOf(String prefix, int year, String kind) {
    return prefix + "|" + year + "|" + kind;
  }

  /** Takes the next number; the caller holds the row lock until its transaction ends. */
  public int next() {
    return ++lastNumber;
  }

  public int getLastNumber() {
    return lastNumber;
  }
}
