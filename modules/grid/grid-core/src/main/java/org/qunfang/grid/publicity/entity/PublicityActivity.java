package org.qunfang.grid.publicity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.publicity.NewActivity;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A community's publicity activity on a day and what it counted. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "publicity_activity", schema = "grid")
@NamedQuery(
    name = PublicityActivity.IN_AREA,
    query =
        "select p from PublicityActivity p where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.heldOn between :from and :to order by p.heldOn desc, p.createdAt desc")
public class PublicityActivity extends AuditedEntity {

  public static final String IN_AREA = "PublicityActivity.inArea";

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "title", nullable = false, length = 100)
  private String title;

  @Column(name = "banners", nullable = false)
  private int banners;

  @Column(name = "slogans", nullable = false)
  private int slogans;

  @Column(name = "households_visited", nullable = false)
  private int householdsVisited;

  @Column(name = "person_times", nullable = false)
  private int personTimes;

  @Column(name = "wechat_posts", nullable = false)
  private int wechatPosts;

  @Column(name = "articles", nullable = false)
  private int articles;

  protected PublicityActivity() {}

  public PublicityActivity(NewActivity a) {
    this.divisionCode = a.communityCode();
    this.heldOn = a.heldOn();
    this.title = a.title();
    this.banners = a.banners();
    this.slogans = a.slogans();
    this.householdsVisited = a.householdsVisited();
    this.personTimes = a.personTimes();
    this.wechatPosts = a.wechatPosts();
    this.articles = a.articles();
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTitle() {
    return title;
  }

  public int getBanners() {
    return banners;
  }

  public int getSlogans() {
    return slogans;
  }

  public int getHouseholdsVisited() {
    return householdsVisited;
  }

  public int getPersonTimes() {
    return personTimes;
  }

  public int getWechatPosts() {
    return wechatPosts;
  }

  public int getArticles() {
    return articles;
  }
}
