package org.qunfang.dispatch.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.qunfang.dispatch.api.person.PeopleImportJob;
import org.qunfang.dispatch.api.person.PeopleImports;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.rest.Spreadsheets;

/** A unit's workbook of people, uploaded on the people page and followed until it is done. */
@Named
@ViewScoped
public class PeopleImportPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> RUNNING = List.of("QUEUED", "RUNNING");

  @Inject transient PeopleImports imports;
  @Inject transient PageMessages messages;
  @Inject LanguageSwitch language;

  private PeopleImportJob job;

  public void upload(FileUploadEvent event) {
    try {
      job =
          imports.start(
              event.getFile().getFileName(), event.getFile().getContent(), language.getLocale());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Polled while the import runs. */
  public void refresh() {
    if (isRunning()) {
      job = imports.status(job.id());
      if ("DONE".equals(job.state())) {
        messages.info("people.imported", job.registered());
      }
    }
  }

  public boolean isRunning() {
    return job != null && RUNNING.contains(job.state());
  }

  public StreamedContent getTemplate() {
    return Downloads.file(
        messages.text("people.templateName") + ".xlsx", Spreadsheets.XLSX, imports.template());
  }

  public PeopleImportJob getJob() {
    return job;
  }
}
