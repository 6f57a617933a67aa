package org.qunfang.dispatch.post.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.ShiftNeed;

/**
 * A post's needs in one column, in order: {@code 22:00-06:00 3 POLICE,MEDICAL;06:00-22:00 2}. They
 * are read and written only with the post. (A collection table of embeddables is what this would
 * be, but EclipseLink 4.0 cannot write one under an entity whose id is a UUID.)
 */
@Converter
public class NeedList implements AttributeConverter<List<ShiftNeed>, String> {

  @Override
  public String convertToDatabaseColumn(List<ShiftNeed> needs) {
    return needs == null ? "" : String.join(";", needs.stream().map(NeedList::text).toList());
  }

  @Override
  public List<ShiftNeed> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(";")).map(NeedList::need).toList();
  }

  private static String text(ShiftNeed need) {
    String skills = String.join(",", need.skills().stream().map(Skill::name).toList());
    return need.start() + "-" + need.end() + " " + need.headcount() + " " + skills;
  }

  private static ShiftNeed need(String text) {
    String[] parts = text.split(" ", -1);
    String[] times = parts[0].split("-");
    List<Skill> skills =
        parts[2].isEmpty()
            ? List.of()
            : Arrays.stream(parts[2].split(",")).map(Skill::valueOf).toList();
    return new ShiftNeed(
        LocalTime.parse(times[0]), LocalTime.parse(times[1]), Integer.parseInt(parts[1]), skills);
  }
}
