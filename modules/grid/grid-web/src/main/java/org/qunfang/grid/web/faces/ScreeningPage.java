package org.qunfang.grid.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.screening.ArrivalFollowUp;
import org.qunfang.grid.api.screening.ArrivalPersonal;
import org.qunfang.grid.api.screening.ArrivalView;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.screening.NewArrival;
import org.qunfang.grid.api.screening.PhoneCall;
import org.qunfang.grid.api.screening.PhoneCheckView;
import org.qunfang.grid.api.screening.PhoneListView;
import org.qunfang.grid.api.screening.PhoneOutcome;
import org.qunfang.grid.api.screening.Screening;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.LinkFilters;
import org.qunfang.web.api.faces.PageMessages;

/** 摸排: register arrivals and follow them up; import a carrier's numbers and record each call. */
@Named
@ViewScoped
public class ScreeningPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Screening screening;
  @Inject transient GridOrganisation grids;
  @Inject transient PageMessages messages;
  @Inject transient AreaPicker areas;

  private List<GridView> smallGrids;
  private List<ArrivalView> arrivals;
  private FollowUp statusFilter;
  private boolean linked;
  private ArrivalPersonal revealed;

  private UUID gridId;
  private String name;
  private String idNumber;
  private String phone;
  private String origin;
  private LocalDate arrivalDate = Beijing.today();
  private String address;

  private List<PhoneListView> lists;
  private UUID listId;
  private List<PhoneCheckView> numbers = List.of();
  private String listName;
  private String listSource;
  private String listDivision;
  private transient UploadedFile numbersFile;

  @PostConstruct
  void load() {
    smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
    gridId = smallGrids.isEmpty() ? null : smallGrids.get(0).id();
    listDivision = areas.getCurrent();
    statusFilter = LinkFilters.of("status", FollowUp.class).orElse(null);
    linked = statusFilter != null;
    showArrivals();
    showLists();
  }

  public void showArrivals() {
    arrivals = screening.arrivals(null, statusFilter);
  }

  public void register() {
    try {
      ArrivalView added =
          screening.register(
              new NewArrival(gridId, name, idNumber, phone, origin, arrivalDate, address, null));
      messages.info(
          added.residentId() == null ? "screening.registered" : "screening.registeredFiled", name);
      name = null;
      idNumber = null;
      phone = null;
      origin = null;
      address = null;
      showArrivals();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void follow(ArrivalView arrival, FollowUp status) {
    try {
      screening.follow(
          arrival.id(), new ArrivalFollowUp(status, arrival.note(), arrival.version()));
      showArrivals();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void reveal(UUID id) {
    revealed = screening.reveal(id);
  }

  public void showLists() {
    lists = screening.lists();
    if (listId == null && !lists.isEmpty()) {
      listId = lists.get(0).id();
    }
    numbers = listId == null ? List.of() : screening.numbers(listId);
  }

  /** Imports the chosen file of numbers as a list named and sent as the fields above say. */
  public void importList() {
    if (numbersFile == null || numbersFile.getSize() == 0) {
      messages.error(null, "screening.noFile");
      return;
    }
    try {
      PhoneListView list =
          screening.importList(
              listName,
              listSource,
              listDivision,
              numbersFile.getFileName(),
              numbersFile.getContent());
      messages.info("screening.listImported", list.name(), list.numbers());
      listId = list.id();
      listName = null;
      listSource = null;
      showLists();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void record(PhoneCheckView check, PhoneOutcome outcome) {
    try {
      screening.record(
          check.listId(), check.id(), new PhoneCall(outcome, check.note(), check.version()));
      showLists();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public FollowUp[] getStatuses() {
    return FollowUp.values();
  }

  public PhoneOutcome[] getOutcomes() {
    return PhoneOutcome.values();
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<ArrivalView> getArrivals() {
    return arrivals;
  }

  public ArrivalPersonal getRevealed() {
    return revealed;
  }

  public List<PhoneListView> getLists() {
    return lists;
  }

  public List<PhoneCheckView> getNumbers() {
    return numbers;
  }

  /** Opened from a link with a status (the workbench's): the list first, the form folded. */
  public boolean isLinked() {
    return linked;
  }

  public FollowUp getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(FollowUp statusFilter) {
    this.statusFilter = statusFilter;
  }

  public UUID getGridId() {
    return gridId;
  }

  public void setGridId(UUID gridId) {
    this.gridId = gridId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public LocalDate getArrivalDate() {
    return arrivalDate;
  }

  public void setArrivalDate(LocalDate arrivalDate) {
    this.arrivalDate = arrivalDate;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public UUID getListId() {
    return listId;
  }

  public void setListId(UUID listId) {
    this.listId = listId;
  }

  public String getListName() {
    return listName;
  }

  public void setListName(String listName) {
    this.listName = listName;
  }

  public String getListSource() {
    return listSource;
  }

  public void setListSource(String listSource) {
    this.listSource = listSource;
  }

  public String getListDivision() {
    return listDivision;
  }

  public void setListDivision(String listDivision) {
    this.listDivision = listDivision;
  }

  public UploadedFile getNumbersFile() {
    return numbersFile;
  }

  public void setNumbersFile(UploadedFile numbersFile) {
    this.numbersFile = numbersFile;
  }
}
