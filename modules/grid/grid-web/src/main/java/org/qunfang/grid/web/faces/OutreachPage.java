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
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.publicity.ActivityView;
import org.qunfang.grid.api.publicity.NewActivity;
import org.qunfang.grid.api.publicity.Publicity;
import org.qunfang.grid.api.publicity.PublicityTotals;
import org.qunfang.grid.api.wechat.CoverageRow;
import org.qunfang.grid.api.wechat.NewWechatGroup;
import org.qunfang.grid.api.wechat.WechatGroupView;
import org.qunfang.grid.api.wechat.WechatGroups;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/** Reaching residents: WeChat groups of the small grids and their coverage; publicity work. */
@Named
@ViewScoped
public class OutreachPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WechatGroups groups;
  @Inject transient Publicity publicity;
  @Inject transient GridOrganisation grids;
  @Inject transient PageMessages messages;
  @Inject transient AreaPicker areas;

  private List<GridView> smallGrids;
  private List<WechatGroupView> wechatGroups;
  private List<CoverageRow> coverage;
  private AreaLevel level = AreaLevel.GRID;
  private UUID gridId;
  private String groupName;
  private String administrator;
  private Integer householdsCovered;

  private List<ActivityView> activities;
  private List<PublicityTotals> totals;
  private String communityCode;
  private LocalDate heldOn = Beijing.today();
  private String title;
  private int banners;
  private int slogans;
  private int householdsVisited;
  private int personTimes;
  private int wechatPosts;
  private int articles;

  @PostConstruct
  void load() {
    smallGrids = grids.list(null).stream().filter(g -> g.kind() == GridKind.SMALL).toList();
    gridId = smallGrids.isEmpty() ? null : smallGrids.get(0).id();
    String current = areas.getCurrent();
    // publicity is held in a community: offer the current area only when it is one
    communityCode = current.length() == DivisionLevel.VILLAGE.codeLength() ? current : null;
    showGroups();
    showPublicity();
  }

  public void showGroups() {
    wechatGroups = groups.list(null);
    coverage = groups.coverage(null, level);
  }

  public void addGroup() {
    try {
      groups.add(new NewWechatGroup(gridId, groupName, administrator, householdsCovered));
      messages.info("outreach.groupAdded", groupName);
      groupName = null;
      administrator = null;
      householdsCovered = null;
      showGroups();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void showPublicity() {
    activities = publicity.list(null, null, null);
    totals = publicity.totals(null, null, null, AreaLevel.COMMUNITY);
  }

  public void recordActivity() {
    try {
      publicity.record(
          new NewActivity(
              communityCode,
              heldOn,
              title,
              banners,
              slogans,
              householdsVisited,
              personTimes,
              wechatPosts,
              articles));
      messages.info("outreach.activityRecorded", title);
      title = null;
      banners = slogans = householdsVisited = personTimes = wechatPosts = articles = 0;
      showPublicity();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public AreaLevel[] getLevels() {
    return AreaLevel.values();
  }

  public List<GridView> getSmallGrids() {
    return smallGrids;
  }

  public List<WechatGroupView> getWechatGroups() {
    return wechatGroups;
  }

  public List<CoverageRow> getCoverage() {
    return coverage;
  }

  public List<ActivityView> getActivities() {
    return activities;
  }

  public List<PublicityTotals> getTotals() {
    return totals;
  }

  public AreaLevel getLevel() {
    return level;
  }

  public void setLevel(AreaLevel level) {
    this.level = level;
  }

  public UUID getGridId() {
    return gridId;
  }

  public void setGridId(UUID gridId) {
    this.gridId = gridId;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public String getAdministrator() {
    return administrator;
  }

  public void setAdministrator(String administrator) {
    this.administrator = administrator;
  }

  public Integer getHouseholdsCovered() {
    return householdsCovered;
  }

  public void setHouseholdsCovered(Integer householdsCovered) {
    this.householdsCovered = householdsCovered;
  }

  public String getCommunityCode() {
    return communityCode;
  }

  public void setCommunityCode(String communityCode) {
    this.communityCode = communityCode;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getBanners() {
    return banners;
  }

  public void setBanners(int banners) {
    this.banners = banners;
  }

  public int getSlogans() {
    return slogans;
  }

  public void setSlogans(int slogans) {
    this.slogans = slogans;
  }

  public int getHouseholdsVisited() {
    return householdsVisited;
  }

  public void setHouseholdsVisited(int householdsVisited) {
    this.householdsVisited = householdsVisited;
  }

  public int getPersonTimes() {
    return personTimes;
  }

  public void setPersonTimes(int personTimes) {
    this.personTimes = personTimes;
  }

  public int getWechatPosts() {
    return wechatPosts;
  }

  public void setWechatPosts(int wechatPosts) {
    this.wechatPosts = wechatPosts;
  }

  public int getArticles() {
    return articles;
  }

  public void setArticles(int articles) {
    this.articles = articles;
  }
}
