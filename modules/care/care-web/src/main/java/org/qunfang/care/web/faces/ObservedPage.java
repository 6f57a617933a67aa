package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.StreamedContent;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.rest.RecordSheets;
import org.qunfang.web.api.rest.Spreadsheets;

/** 观察对象: those observed in an area, found by status and name; one opens in the panel below. */
@Named("observedPage")
@ViewScoped
public class ObservedPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Observations observations;
  @Inject transient PageMessages messages;
  @Inject transient LanguageSwitch language;
  @Inject ObservationPanel panel;

  private String area;
  private ObservationStatus status = ObservationStatus.OBSERVED;
  private String name;
  private List<ObservationView> list = List.of();

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    try {
      list = observations.list(area, status, name);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void open(UUID id) {
    panel.show(id);
  }

  /** A placement was made: list it, and open it for its team. */
  void placed(ObservationView placed) {
    search();
    panel.show(placed.id());
  }

  public String team(ObservationView o) {
    return String.join("、", o.team().stream().map(m -> m.name()).toList());
  }

  /** 第 3 天 / 共 7 天. */
  public String day(ObservationView o) {
    return messages.text("observed.dayN", o.day());
  }

  /**
   * The list as shown, as .xlsx: identity numbers masked as on screen, no health information (the
   * list carries none).
   */
  public StreamedContent getExport() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RecordSheets.write(list, ObservationView.class, language.getLocale(), out);
      return Downloads.file(
          messages.text("observed.exportName", Beijing.today()) + ".xlsx",
          Spreadsheets.XLSX,
          out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public ObservationStatus[] getStatuses() {
    return ObservationStatus.values();
  }

  public List<ObservationView> getList() {
    return list;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public ObservationStatus getStatus() {
    return status;
  }

  public void setStatus(ObservationStatus status) {
    this.status = status;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
