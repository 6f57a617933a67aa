package org.qunfang.dispatch.web.faces;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.ShiftNeed;

/** One shift's need as the posts form edits it. */
public class NeedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalTime start;
  private LocalTime end;
  private int headcount = 2;
  private List<Skill> skills = new ArrayList<>();

  public NeedRow() {}

  NeedRow(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  boolean filled() {
    return start != null && end != null;
  }

  ShiftNeed need() {
    return new ShiftNeed(start, end, headcount, List.copyOf(skills));
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public int getHeadcount() {
    return headcount;
  }

  public void setHeadcount(int headcount) {
    this.headcount = headcount;
  }

  public List<Skill> getSkills() {
    return skills;
  }

  public void setSkills(List<Skill> skills) {
    this.skills = skills;
  }
}
