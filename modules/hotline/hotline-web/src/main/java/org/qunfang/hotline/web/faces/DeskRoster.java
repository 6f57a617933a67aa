package org.qunfang.hotline.web.faces;

import static org.qunfang.hotline.web.faces.DeskAttempts.act;
import static org.qunfang.hotline.web.faces.DeskAttempts.quietly;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.NewDuty;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.PageMessages;

/** 热线管理, roster: who is on duty on which line, and a new duty (times in Beijing time). */
@Named
@ViewScoped
public class DeskRoster implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HotlineSetup setup;
  @Inject transient PageMessages messages;

  private List<DutyView> roster = List.of();
  private UUID dutyLine;
  private UUID dutyCounsellor;
  private LocalDateTime dutyStarts;
  private LocalDateTime dutyEnds;

  @PostConstruct
  void load() {
    roster = quietly(() -> setup.roster(null, null), List.of());
  }

  public void addDuty() {
    act(
        messages,
        () ->
            setup.addDuty(
                new NewDuty(
                    dutyLine,
                    dutyCounsellor,
                    dutyStarts == null ? null : dutyStarts.atZone(Beijing.ZONE).toInstant(),
                    dutyEnds == null ? null : dutyEnds.atZone(Beijing.ZONE).toInstant())),
        this::load,
        "desk.dutyAdded");
  }

  public List<DutyView> getRoster() {
    return roster;
  }

  public UUID getDutyLine() {
    return dutyLine;
  }

  public void setDutyLine(UUID dutyLine) {
    this.dutyLine = dutyLine;
  }

  public UUID getDutyCounsellor() {
    return dutyCounsellor;
  }

  public void setDutyCounsellor(UUID dutyCounsellor) {
    this.dutyCounsellor = dutyCounsellor;
  }

  public LocalDateTime getDutyStarts() {
    return dutyStarts;
  }

  public void setDutyStarts(LocalDateTime dutyStarts) {
    this.dutyStarts = dutyStarts;
  }

  public LocalDateTime getDutyEnds() {
    return dutyEnds;
  }

  public void setDutyEnds(LocalDateTime dutyEnds) {
    this.dutyEnds = dutyEnds;
  }
}
