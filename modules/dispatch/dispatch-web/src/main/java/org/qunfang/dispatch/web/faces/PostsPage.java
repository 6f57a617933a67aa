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
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.NewPost;
import org.qunfang.dispatch.api.post.PostKind;
import org.qunfang.dispatch.api.post.PostView;
import org.qunfang.dispatch.api.post.Posts;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.dispatch.api.post.ShiftPattern;
import org.qunfang.dispatch.api.roster.ShiftPlanning;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 岗位: a dispatcher sets posts up — a checkpoint of the area or another kind of post — with what
 * each shift needs, lays their shifts out ahead, and stands a post down.
 */
@Named
@ViewScoped
public class PostsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Posts posts;
  @Inject transient ShiftPlanning planning;
  @Inject transient Checkpoints checkpoints;
  @Inject transient PageMessages messages;
  @Inject AreaPicker areas;

  private String area;
  private List<PostView> all = List.of();
  private List<CheckpointView> gates = List.of();

  private String name;
  private PostKind kind = PostKind.CHECKPOINT;
  private String postArea;
  private UUID checkpointId;
  private ShiftPattern pattern = ShiftPattern.THREE_EIGHTS;
  private List<NeedRow> needs = new ArrayList<>();

  private LocalDate from = Beijing.today().plusDays(1);
  private LocalDate until = Beijing.today().plusDays(7);

  @PostConstruct
  void load() {
    area = areas.getCurrent();
    postArea = area;
    pattern();
    show();
  }

  public void show() {
    try {
      all = posts.list(area);
      gates = checkpoints.list(area).stream().filter(CheckpointView::active).toList();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** The rows of the chosen pattern; a custom one starts with three empty rows. */
  public void pattern() {
    needs = new ArrayList<>();
    if (pattern == ShiftPattern.CUSTOM) {
      for (int i = 0; i < 3; i++) {
        needs.add(new NeedRow());
      }
    } else {
      pattern.times().forEach(t -> needs.add(new NeedRow(t.start(), t.end())));
    }
  }

  public void add() {
    List<ShiftNeed> wanted = needs.stream().filter(NeedRow::filled).map(NeedRow::need).toList();
    try {
      PostView added =
          posts.add(
              new NewPost(
                  name,
                  kind,
                  kind == PostKind.CHECKPOINT ? null : postArea,
                  kind == PostKind.CHECKPOINT ? checkpointId : null,
                  pattern,
                  wanted));
      messages.info("posts.added", added.name());
      name = null;
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void layOut(PostView post) {
    try {
      int added = planning.layOut(post.id(), from, until);
      messages.info("posts.laidOut", post.name(), added);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void standDown(PostView post) {
    try {
      planning.standDown(post.id(), post.version());
      messages.info("posts.stoodDown", post.name());
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public String needs(PostView post) {
    StringBuilder text = new StringBuilder();
    for (ShiftNeed need : post.needs()) {
      if (!text.isEmpty()) {
        text.append("；");
      }
      text.append(need.start()).append('–').append(need.end()).append(' ').append(need.headcount());
    }
    return text.toString();
  }

  public PostKind[] getKinds() {
    return PostKind.values();
  }

  public ShiftPattern[] getPatterns() {
    return ShiftPattern.values();
  }

  public Skill[] getAllSkills() {
    return Skill.values();
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public List<PostView> getAll() {
    return all;
  }

  public List<CheckpointView> getGates() {
    return gates;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PostKind getKind() {
    return kind;
  }

  public void setKind(PostKind kind) {
    this.kind = kind;
  }

  public String getPostArea() {
    return postArea;
  }

  public void setPostArea(String postArea) {
    this.postArea = postArea;
  }

  public UUID getCheckpointId() {
    return checkpointId;
  }

  public void setCheckpointId(UUID checkpointId) {
    this.checkpointId = checkpointId;
  }

  public ShiftPattern getPattern() {
    return pattern;
  }

  public void setPattern(ShiftPattern pattern) {
    this.pattern = pattern;
  }

  public List<NeedRow> getNeeds() {
    return needs;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
