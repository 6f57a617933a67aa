package org.qunfang.dispatch.post.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.ShiftNeed;

class NeedListTest {

  @Test
  void needsGoIntoOneColumnAndComeBackInOrder() {
    List<ShiftNeed> needs =
        List.of(
            new ShiftNeed(
                LocalTime.of(22, 0),
                LocalTime.of(6, 0),
                3,
                List.of(Skill.POLICE, Skill.MEDICAL, Skill.COMMUNITY)),
            new ShiftNeed(LocalTime.of(6, 0), LocalTime.of(22, 0), 2, List.of()));
    NeedList column = new NeedList();
    String stored = column.convertToDatabaseColumn(needs);
    assertThat(stored).isEqualTo("22:00-06:00 3 POLICE,MEDICAL,COMMUNITY;06:00-22:00 2 ");
    assertThat(column.convertToEntityAttribute(stored)).isEqualTo(needs);
  }
}
