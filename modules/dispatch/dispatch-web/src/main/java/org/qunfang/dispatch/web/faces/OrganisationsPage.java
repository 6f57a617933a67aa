package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.qunfang.dispatch.api.party.Dissolution;
import org.qunfang.dispatch.api.party.NewOrganisation;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.party.OrganisationView;
import org.qunfang.dispatch.api.party.PartyOrganisations;
import org.qunfang.dispatch.api.party.PlaceKind;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 临时党组织: an area's temporary committees and their branches with members, set up from the party
 * members of the registry, dissolved when the work is over.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PartyOrganisations organisations;
  @Inject transient Registry registry;
  @Inject transient GridOrganisation grids;
  @Inject transient Checkpoints checkpoints;
  @Inject transient PageMessages messages;
  @Inject AreaPicker areas;

  private String area;
  private boolean dissolved;
  private List<OrganisationView> all = List.of();
  private List<PersonView> partyMembers = List.of();
  private List<GridView> areaGrids = List.of();
  private List<CheckpointView> gates = List.of();

  private OrganisationKind kind = OrganisationKind.TEMPORARY_BRANCH;
  private String name;
  private UUID parentId;
  private String home;
  private PlaceKind placeKind;
  private UUID placeId;
  private String approvedBy;
  private String documentNumber;
  private LocalDate setUpOn = Beijing.today();
  private UUID secretaryId;
  private UUID deputyId;
  private List<UUID> memberIds = new ArrayList<>();

  @PostConstruct
  void load() {
    area = areas.getCurrent();
    home = area;
    show();
  }

  public void show() {
    try {
      all = organisations.list(area, dissolved);
      partyMembers =
          registry.list(area, null, null).stream().filter(p -> p.party() != null).toList();
      areaGrids = grids.list(area);
      gates = checkpoints.list(area);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void setUp() {
    try {
      OrganisationView made =
          organisations.setUp(
              new NewOrganisation(
                  kind,
                  name,
                  kind == OrganisationKind.TEMPORARY_BRANCH ? parentId : null,
                  home,
                  placeKind,
                  placeKind == null ? null : placeId,
                  approvedBy,
                  documentNumber,
                  setUpOn,
                  secretaryId,
                  deputyId,
                  memberIds));
      messages.info("organisations.setUp", made.name());
      name = null;
      memberIds = new ArrayList<>();
      secretaryId = null;
      deputyId = null;
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void dissolve(OrganisationView organisation) {
    try {
      organisations.dissolve(
          organisation.id(), new Dissolution(Beijing.today(), organisation.version()));
      messages.info("organisations.dissolvedNow", organisation.name());
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public List<OrganisationView> getCommittees() {
    return all.stream().filter(o -> o.kind() == OrganisationKind.TEMPORARY_COMMITTEE).toList();
  }

  public List<OrganisationView> branchesOf(OrganisationView committee) {
    return all.stream().filter(o -> committee.id().equals(o.parentId())).toList();
  }

  public String nameOf(UUID personId, OrganisationView organisation) {
    return organisation.members().stream()
        .filter(m -> m.personId().equals(personId))
        .map(m -> m.name())
        .findFirst()
        .orElse("");
  }

  public String placeOf(OrganisationView organisation) {
    if (organisation.placeId() == null) {
      return "";
    }
    return organisation.placeKind() == PlaceKind.GRID
        ? areaGrids.stream()
            .filter(g -> g.id().equals(organisation.placeId()))
            .map(g -> g.code() + " " + g.name())
            .findFirst()
            .orElse("")
        : gates.stream()
            .filter(g -> g.id().equals(organisation.placeId()))
            .map(CheckpointView::name)
            .findFirst()
            .orElse("");
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public PlaceKind[] getPlaceKinds() {
    return PlaceKind.values();
  }

  public List<OrganisationView> getAll() {
    return all;
  }

  public List<PersonView> getPartyMembers() {
    return partyMembers;
  }

  public List<GridView> getAreaGrids() {
    return areaGrids;
  }

  public List<CheckpointView> getGates() {
    return gates;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public boolean isDissolved() {
    return dissolved;
  }

  public void setDissolved(boolean dissolved) {
    this.dissolved = dissolved;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }

  public String getHome() {
    return home;
  }

  public void setHome(String home) {
    this.home = home;
  }

  public PlaceKind getPlaceKind() {
    return placeKind;
  }

  public void setPlaceKind(PlaceKind placeKind) {
    this.placeKind = placeKind;
  }

  public UUID getPlaceId() {
    return placeId;
  }

  public void setPlaceId(UUID placeId) {
    this.placeId = placeId;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public LocalDate getSetUpOn() {
    return setUpOn;
  }

  public void setSetUpOn(LocalDate setUpOn) {
    this.setUpOn = setUpOn;
  }

  public UUID getSecretaryId() {
    return secretaryId;
  }

  public void setSecretaryId(UUID secretaryId) {
    this.secretaryId = secretaryId;
  }

  public UUID getDeputyId() {
    return deputyId;
  }

  public void setDeputyId(UUID deputyId) {
    this.deputyId = deputyId;
  }

  public List<UUID> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<UUID> memberIds) {
    this.memberIds = memberIds;
  }
}
