package org.qunfang.hotline.web.faces;

import static org.qunfang.hotline.web.faces.DeskAttempts.act;
import static org.qunfang.hotline.web.faces.DeskAttempts.quietly;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.qunfang.hotline.api.stats.NewServiceCount;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.api.stats.ServiceStatistics;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/** 热线管理, services: the social-work agencies' person-times by day and mode. */
@Named
@ViewScoped
public class DeskServices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ServiceStatistics statistics;
  @Inject transient PageMessages messages;

  private List<ServiceRow> services = List.of();
  private UUID serviceAgency;
  private LocalDate serviceDay = Beijing.today();
  private ServiceMode serviceMode = ServiceMode.OFFLINE;
  private Integer personTimes;

  @PostConstruct
  void load() {
    services = quietly(() -> statistics.table(null, null), List.of());
  }

  public void enterServices() {
    act(
        messages,
        () ->
            statistics.enter(
                new NewServiceCount(
                    serviceAgency,
                    serviceDay,
                    serviceMode,
                    personTimes == null ? -1 : personTimes)),
        this::load,
        "desk.servicesEntered");
  }

  public List<ServiceMode> getModes() {
    return Arrays.asList(ServiceMode.values());
  }

  public List<ServiceRow> getServices() {
    return services;
  }

  public UUID getServiceAgency() {
    return serviceAgency;
  }

  public void setServiceAgency(UUID serviceAgency) {
    this.serviceAgency = serviceAgency;
  }

  public LocalDate getServiceDay() {
    return serviceDay;
  }

  public void setServiceDay(LocalDate serviceDay) {
    this.serviceDay = serviceDay;
  }

  public ServiceMode getServiceMode() {
    return serviceMode;
  }

  public void setServiceMode(ServiceMode serviceMode) {
    this.serviceMode = serviceMode;
  }

  public Integer getPersonTimes() {
    return personTimes;
  }

  public void setPersonTimes(Integer personTimes) {
    this.personTimes = personTimes;
  }
}
