package org.qunfang.reports.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportJob;
import org.qunfang.reports.api.ReportJobs;
import org.qunfang.reports.api.ReportKindView;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.PageMessages;

/** Formal reports: report officers preview and issue (in the background); readers download. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FormalReports reports;

  @Inject transient ReportJobs jobs;

  @Inject transient AreaPicker areas;

  @Inject transient PageMessages messages;

  private List<ReportKindView> kinds;
  private List<IssuedReport> archive;
  private String kind;
  private String area;
  private String addressee;
  private String month;
  private java.time.LocalDate from;
  private ReportJob job;

  @PostConstruct
  void load() {
    kinds =
        reports.kinds().stream().filter(k -> !k.subject()).toList(); // the others from their pages
    kind = kinds.isEmpty() ? null : kinds.get(0).kind();
    area = areas.getCurrent();
    archive = reports.archive(null, null, 200);
  }

  public void preview() {
    start(false);
  }

  public void issue() {
    start(true);
  }

  private void start(boolean issue) {
    try {
      job =
          jobs.start(
              new ReportRequest(kind, area, blankToNull(addressee), blankToNull(month), from, null),
              issue);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Called by the page's poll while a job runs. */
  public void refresh() {
    if (job == null || !isRunning()) {
      return;
    }
    job = jobs.status(job.id());
    if (job.state() == ReportJob.State.DONE && job.issue()) {
      IssuedReport issued = reports.get(job.issuedReport());
      messages.info("reports.issued", issued.documentNumber());
      archive = reports.archive(null, null, 200);
    } else if (job.state() == ReportJob.State.FAILED
        || job.state() == ReportJob.State.INTERRUPTED) {
      messages.error(null, "reports.failed", job.message());
    }
  }

  public boolean isRunning() {
    return job != null
        && (job.state() == ReportJob.State.QUEUED || job.state() == ReportJob.State.RUNNING);
  }

  public boolean isPreviewReady() {
    return job != null && !job.issue() && job.state() == ReportJob.State.DONE;
  }

  public StreamedContent getPreviewFile() {
    return file(jobs.preview(job.id()));
  }

  public StreamedContent download(IssuedReport report) {
    return file(reports.download(report.id()));
  }

  private static StreamedContent file(ReportPdf pdf) {
    return Downloads.file(pdf.fileName(), Downloads.PDF, pdf.content());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<ReportKindView> getKinds() {
    return kinds;
  }

  public List<IssuedReport> getArchive() {
    return archive;
  }

  public ReportJob getJob() {
    return job;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getAddressee() {
    return addressee;
  }

  public void setAddressee(String addressee) {
    this.addressee = addressee;
  }

  public String getMonth() {
    return month;
  }

  public java.time.LocalDate getFrom() {
    return from;
  }

  public void setFrom(java.time.LocalDate from) {
    this.from = from;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
