package org.qunfang.dispatch.roster.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.dispatch.api.roster.Coverage;
import org.qunfang.dispatch.api.roster.ShiftView;
import org.qunfang.dispatch.api.roster.SlotView;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.entity.Shift;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;

/**
 * The shifts of an area in a period with their slots, post names and people's names, read in four
 * queries whatever the size of the area. Shifts under way or starting within 24 hours come first.
 */
@Dependent
public class CoverageReader {

  private static final int NAMES_PER_QUERY = 500;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  public Coverage read(DivisionCode area, Instant from, Instant until, Instant now) {
    List<Shift> shifts =
        em.createNamedQuery(Shift.IN_AREA, Shift.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("from", from)
            .setParameter("until", until)
            .getResultList();
    Map<UUID, List<Slot>> slots = new HashMap<>();
    em.createNamedQuery(Slot.IN_AREA, Slot.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultStream()
        .forEach(s -> slots.computeIfAbsent(s.getShiftId(), k -> new ArrayList<>()).add(s));
    Map<UUID, String> posts = new HashMap<>();
    em.createNamedQuery(Post.NAMES_IN_AREA, Object[].class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getResultStream()
        .forEach(row -> posts.put((UUID) row[0], (String) row[1]));
    Map<UUID, String> names =
        names(slots.values().stream().flatMap(List::stream).map(Slot::getPersonId).toList());

    Instant soon = now.plus(Duration.ofHours(24));
    List<ShiftView> views = new ArrayList<>();
    long all = 0;
    long gaps = 0;
    long gapsSoon = 0;
    for (Shift shift : shifts) {
      ShiftView view = view(shift, posts.get(shift.getPostId()), slots, names);
      views.add(view);
      if (!shift.isCancelled()) {
        all += view.slots().size();
        gaps += view.gaps();
        if (soon(shift, now, soon)) {
          gapsSoon += view.gaps();
        }
      }
    }
    views.sort(
        Comparator.comparing((ShiftView v) -> !soon(v.startsAt(), v.endsAt(), now, soon))
            .thenComparing(ShiftView::startsAt));
    return new Coverage(area.value(), from, until, all, gaps, gapsSoon, views);
  }

  public ShiftView view(Shift shift, String postName, Map<UUID, List<Slot>> slots) {
    List<Slot> own = slots.getOrDefault(shift.getId(), List.of());
    return view(shift, postName, slots, names(own.stream().map(Slot::getPersonId).toList()));
  }

  private static ShiftView view(
      Shift shift, String postName, Map<UUID, List<Slot>> slots, Map<UUID, String> names) {
    List<SlotView> places =
        slots.getOrDefault(shift.getId(), List.of()).stream()
            .sorted(Comparator.comparingInt(Slot::getPosition))
            .map(s -> view(s, names))
            .toList();
    return new ShiftView(
        shift.getId(),
        shift.getPostId(),
        postName,
        shift.getDivisionCode(),
        shift.getStartsAt(),
        shift.getEndsAt(),
        shift.isCancelled(),
        places);
  }

  public static SlotView view(Slot s, Map<UUID, String> names) {
    return new SlotView(
        s.getId(),
        s.getPosition(),
        s.getSkill(),
        s.getPersonId(),
        s.getPersonId() == null ? null : names.get(s.getPersonId()),
        s.isPinned(),
        s.getVersion());
  }

  /** Names by id, read in batches: an area's week may name thousands. */
  public Map<UUID, String> names(Collection<UUID> ids) {
    List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new LinkedHashMap<>();
    for (int i = 0; i < wanted.size(); i += NAMES_PER_QUERY) {
      em.createNamedQuery(Person.NAMES, Object[].class)
          .setParameter("ids", wanted.subList(i, Math.min(wanted.size(), i + NAMES_PER_QUERY)))
          .getResultStream()
          .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    }
    return names;
  }

  private static boolean soon(Shift shift, Instant now, Instant soon) {
    return soon(shift.getStartsAt(), shift.getEndsAt(), now, soon);
  }

  private static boolean soon(Instant start, Instant end, Instant now, Instant soon) {
    return end.isAfter(now) && start.isBefore(soon);
  }
}
