package org.qunfang.hotline.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.StreamedContent;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRecordRow;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.rest.RecordSheets;
import org.qunfang.web.api.rest.Spreadsheets;

/** 热线管理, export: individual records as .xlsx, supervisors only, with the reason they typed. */
@Named
@ViewScoped
public class DeskExport implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CallLog calls;
  @Inject transient PageMessages messages;
  @Inject transient LanguageSwitch language;

  private LocalDate exportFrom = Beijing.today().minusDays(6);
  private LocalDate exportTo = Beijing.today();
  private String exportReason;

  /**
   * The records of the dates asked, as the reader's language heads them (the reason is audited).
   */
  public StreamedContent getExport() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RecordSheets.write(
          calls.export(exportFrom, exportTo, exportReason),
          CallRecordRow.class,
          language.getLocale(),
          out);
      byte[] sheet = out.toByteArray();
      return Downloads.file(
          messages.text("desk.exportName", exportFrom, exportTo) + ".xlsx",
          Spreadsheets.XLSX,
          sheet);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public LocalDate getExportFrom() {
    return exportFrom;
  }

  public void setExportFrom(LocalDate exportFrom) {
    this.exportFrom = exportFrom;
  }

  public LocalDate getExportTo() {
    return exportTo;
  }

  public void setExportTo(LocalDate exportTo) {
    this.exportTo = exportTo;
  }

  public String getExportReason() {
    return exportReason;
  }

  public void setExportReason(String exportReason) {
    this.exportReason = exportReason;
  }
}
