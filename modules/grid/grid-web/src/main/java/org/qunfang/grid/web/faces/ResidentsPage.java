package org.qunfang.grid.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.ImportJob;
import org.qunfang.grid.api.NewHousehold;
import org.qunfang.grid.api.NewResident;
import org.qunfang.grid.api.PopulationTagView;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.ResidentImports;
import org.qunfang.grid.api.ResidentPage;
import org.qunfang.grid.api.ResidentPersonal;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.web.rest.ResidentWorkbooks;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.Labels;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.rest.Spreadsheets;

/**
 * Households and residents of a small grid: add households and people, see an ID number in full
 * (audited), search the area, import the grid members' workbook and export what is listed.
 */
@Named
@ViewScoped
public class ResidentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient GridOrganisation grids;
  @Inject transient HouseholdRegister register;
  @Inject transient ResidentImports imports;
  @Inject transient PageMessages messages;
  @Inject LanguageSwitch language;
  @Inject transient Labels labels;

  private List<GridView> smallGrids;
  private List<PopulationTagView> tags;
  private UUID gridId;
  private List<HouseholdView> households = List.of();

  private String address;
  private String room;

  private UUID householdId;
  private String name;
  private String idNumber;
  private String phone;
  private Relation relation = Relation.HEAD;
  private ResidenceType residenceType = ResidenceType.REGISTERED;
  private List<String> residentTags = List.of();

  private ResidentPersonal revealed;

  private String searchName;
  private String searchTag;
  private ResidentPage found;

  private ImportJob job;

  @PostConstruct
  void load() {
    smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
    tags = register.tags();
    if (!smallGrids.isEmpty()) {
      gridId = smallGrids.get(0).id();
      showGrid();
    }
    search();
  }

  public void showGrid() {
    households = gridId == null ? List.of() : register.households(gridId);
    householdId = households.isEmpty() ? null : households.get(0).id();
  }

  public void addHousehold() {
    try {
      HouseholdView added = register.addHousehold(new NewHousehold(gridId, null, address, room));
      messages.info("residents.householdAdded", added.address());
      address = null;
      room = null;
      showGrid();
      householdId = added.id();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void addResident() {
    try {
      register.addResident(
          householdId,
          new NewResident(
              name,
              idNumber,
              phone,
              null,
              null,
              relation,
              residenceType,
              Set.copyOf(residentTags)));
      messages.info("residents.added", name);
      name = null;
      idNumber = null;
      phone = null;
      residentTags = List.of();
      showGrid();
      search();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void reveal(UUID residentId) {
    revealed = register.reveal(residentId);
  }

  public void search() {
    try {
      found =
          register.search(
              new ResidentQuery(
                  null, null, null, null, null, blankToNull(searchTag), searchName, 0, 50));
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void upload(FileUploadEvent event) {
    try {
      job =
          imports.start(
              event.getFile().getFileName(), event.getFile().getContent(), language.getLocale());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Polled while an import runs. */
  public void refresh() {
    if (job != null && !job.finished()) {
      job = imports.status(job.id());
      if (job.state() == ImportJob.State.DONE) {
        messages.info("residents.imported", job.residents(), job.households());
        showGrid();
        search();
      }
    }
  }

  public StreamedContent getTemplate() {
    byte[] template = imports.template(language.getLocale());
    return download(template, messages.text("residents.templateName"));
  }

  public StreamedContent getExport() {
    ResidentQuery all =
        new ResidentQuery(null, null, null, null, null, blankToNull(searchTag), searchName, 0, 500);
    return download(
        new ResidentWorkbooks(this::label).export(register, all),
        messages.text("residents.exportName"));
  }

  private static StreamedContent download(byte[] content, String name) {
    return Downloads.file(name + ".xlsx", Spreadsheets.XLSX, content);
  }

  /** An enum value in the page's language. */
  public String label(Enum<?> value) {
    return labels.of(value);
  }

  public String tagName(String code) {
    boolean chinese = language.getLocale().getLanguage().equals("zh");
    return tags.stream()
        .filter(t -> t.code().equals(code))
        .map(t -> chinese ? t.nameZh() : t.nameEn())
        .findFirst()
        .orElse(code);
  }

  public int getProgress() {
    return job == null || job.total() == 0 ? 0 : Math.min(100, job.done() * 100 / job.total());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<PopulationTagView> getTags() {
    return tags;
  }

  public List<HouseholdView> getHouseholds() {
    return households;
  }

  public Relation[] getRelations() {
    return Relation.values();
  }

  public ResidenceType[] getResidenceTypes() {
    return ResidenceType.values();
  }

  public ResidentPersonal getRevealed() {
    return revealed;
  }

  public ResidentPage getFound() {
    return found;
  }

  public ImportJob getJob() {
    return job;
  }

  public UUID getGridId() {
    return gridId;
  }

  public void setGridId(UUID gridId) {
    this.gridId = gridId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(UUID householdId) {
    this.householdId = householdId;
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

  public Relation getRelation() {
    return relation;
  }

  public void setRelation(Relation relation) {
    this.relation = relation;
  }

  public ResidenceType getResidenceType() {
    return residenceType;
  }

  public void setResidenceType(ResidenceType residenceType) {
    this.residenceType = residenceType;
  }

  public List<String> getResidentTags() {
    return residentTags;
  }

  public void setResidentTags(List<String> residentTags) {
    this.residentTags = residentTags;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
  }

  public String getSearchTag() {
    return searchTag;
  }

  public void setSearchTag(String searchTag) {
    this.searchTag = searchTag;
  }
}
