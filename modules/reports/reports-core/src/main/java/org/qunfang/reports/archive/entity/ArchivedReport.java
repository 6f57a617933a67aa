package org.qunfang.reports.archive.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/**
 * An issued report, exactly as it left: number, kind, parameters, issuer, time, the PDF and its
 * SHA-256. Nothing here can be changed after it is written: no setters, no updatable column.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "issued_report", schema = "reports")
public class ArchivedReport extends AuditedEntity {

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "document_number", nullable = false, updatable = false)
  private String documentNumber;

  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  @Column(name = "area_code", nullable = false, updatable = false)
  private String areaCode;

  @Column(name = "parameters", nullable = false, updatable = false)
  private String parameters;

  @Column(name = "data_as_of", nullable = false, updatable = false)
  private Instant dataAsOf;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false, updatable = false)
  private byte[] pdf;

  protected ArchivedReport() {}

  public ArchivedReport(
      String kind,
      String documentNumber,
      String title,
      String areaCode,
      String parameters,
      Instant dataAsOf,
      byte[] pdf) {
    this.kind = kind;
    this.documentNumber = documentNumber;
    this.title = title;
    this.areaCode = areaCode;
    this.parameters = parameters;
    this.dataAsOf = dataAsOf;
    this.pdf = pdf.clone();
    this.size = pdf.length;
    this.sha256 = sha256(pdf);
  }

  /** True when the stored bytes still hash to what was recorded at issue. */
  public boolean intact() {
    return sha256.equals(sha256(pdf));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  public String getKind() {
    return kind;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public String getParameters() {
    return parameters;
  }

  public Instant getDataAsOf() {
    return dataAsOf;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }
}
