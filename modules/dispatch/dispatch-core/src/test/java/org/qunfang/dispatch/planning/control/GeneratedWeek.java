package org.qunfang.dispatch.planning.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.kernel.time.Beijing;

/**
 * A generated week of checkpoint duty at the scale of a district, one part per township: posts in 3
 * × 8 h shifts needing 2 or 3 people (a road checkpoint's night: one police officer, one medic, one
 * community worker), and people with skills, weekly windows, a home community and a branch. The
 * same seed gives the same week, so a baseline and the solver can each fill their own copy.
 */
public final class GeneratedWeek {

  /** A township's slots and the people who serve in it. */
  public record Part(String township, RosterPlan plan, List<Candidate> people) {}

  /** Mawei: 191 village gates, 21 community gates, 61 road checkpoints, 191 compound gates. */
  public static final int[] MAWEI_POSTS = {191, 21, 61, 191};

  public static final int MAWEI_PEOPLE = 9_900;

  private static final String[] TOWNSHIPS = {"350105001", "350105100", "350105101", "350105102"};
  private static final int[] VILLAGES = {11, 20, 20, 28};
  private static final LocalTime[] STARTS = {
    LocalTime.MIDNIGHT, LocalTime.of(8, 0), LocalTime.of(16, 0)
  };

  private final Random random;
  private final LocalDate monday;
  private final RosterLimits limits;

  public GeneratedWeek(long seed, LocalDate monday, RosterLimits limits) {
    this.random = new Random(seed);
    this.monday = monday;
    this.limits = limits;
  }

  /** The week for {@code posts} (of the four kinds above, in that order) and {@code people}. */
  public List<Part> generate(int[] posts, int people) {
    List<List<String>> villages = new ArrayList<>();
    int allVillages = 0;
    for (int t = 0; t < TOWNSHIPS.length; t++) {
      List<String> codes = new ArrayList<>();
      for (int v = 1; v <= VILLAGES[t]; v++) {
        codes.add(TOWNSHIPS[t] + String.format("%03d", v));
      }
      villages.add(codes);
      allVillages += VILLAGES[t];
    }
    Map<String, UUID> branches = new LinkedHashMap<>();
    villages.forEach(codes -> codes.forEach(code -> branches.put(code, UUID.randomUUID())));

    List<List<SlotSeed>> seeds = new ArrayList<>();
    villages.forEach(v -> seeds.add(new ArrayList<>()));
    int village = 0;
    for (int kind = 0; kind < posts.length; kind++) {
      for (int p = 0; p < posts[kind]; p++, village++) {
        int t = townshipOf(village % allVillages);
        List<String> codes = villages.get(t);
        String area = codes.get(random.nextInt(codes.size()));
        post(kind, UUID.randomUUID(), area, branches.get(area), seeds.get(t));
      }
    }
    int allSlots = seeds.stream().mapToInt(List::size).sum();
    List<Part> parts = new ArrayList<>();
    for (int t = 0; t < TOWNSHIPS.length; t++) {
      int share = (int) Math.round((double) people * seeds.get(t).size() / allSlots);
      List<Candidate> them = people(share, villages.get(t), branches);
      CandidatePools pools = new CandidatePools(them);
      List<SlotPlan> slots = new ArrayList<>();
      for (SlotSeed seed : seeds.get(t)) {
        slots.add(
            new SlotPlan(
                UUID.randomUUID(),
                seed.post,
                seed.branch,
                seed.area,
                seed.span,
                seed.skill,
                limits.rest(),
                pools.of(seed.span, seed.skill)));
      }
      parts.add(new Part(TOWNSHIPS[t], new RosterPlan(slots, limits), them));
    }
    return parts;
  }

  private int townshipOf(int village) {
    for (int t = 0; t < VILLAGES.length; t++) {
      if (village < VILLAGES[t]) {
        return t;
      }
      village -= VILLAGES[t];
    }
    throw new IllegalStateException();
  }

  private record SlotSeed(UUID post, UUID branch, String area, Span span, Skill skill) {}

  private void post(int kind, UUID post, String area, UUID branch, List<SlotSeed> into) {
    for (int d = 0; d < 7; d++) {
      for (int s = 0; s < STARTS.length; s++) {
        var start = monday.plusDays(d).atTime(STARTS[s]).atZone(Beijing.ZONE).toInstant();
        Span span = new Span(start, start.plus(Duration.ofHours(8)));
        boolean night = s == 0;
        List<Skill> needs =
            switch (kind) {
              case 0 -> night ? list(Skill.COMMUNITY, null) : list(null, null);
              case 1 -> night ? list(Skill.COMMUNITY, null) : list(Skill.COMMUNITY, null, null);
              case 2 ->
                  night
                      ? list(Skill.POLICE, Skill.MEDICAL, Skill.COMMUNITY)
                      : list(Skill.POLICE, null, null);
              default -> night ? list(null, null) : list(Skill.COMMUNITY, null, null);
            };
        for (Skill skill : needs) {
          into.add(new SlotSeed(post, branch, area, span, skill));
        }
      }
    }
  }

  private static List<Skill> list(Skill... skills) {
    return java.util.Arrays.asList(skills);
  }

  private List<Candidate> people(int count, List<String> villages, Map<String, UUID> branches) {
    List<Candidate> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Set<Skill> skills = EnumSet.noneOf(Skill.class);
      double roll = random.nextDouble();
      if (roll < 0.10) {
        skills.add(Skill.POLICE);
      } else if (roll < 0.22) {
        skills.add(Skill.MEDICAL);
      }
      if (random.nextDouble() < 0.35) {
        skills.add(Skill.COMMUNITY);
      }
      if (random.nextDouble() < 0.10) {
        skills.add(Skill.DRIVER);
      }
      String home = villages.get(random.nextInt(villages.size()));
      boolean partyMember = random.nextDouble() < 0.6;
      Set<UUID> branch = random.nextDouble() < 0.4 ? Set.of(branches.get(home)) : Set.of();
      people.add(
          new Candidate(
              UUID.randomUUID(),
              "P" + home.substring(6) + "-" + i,
              skills,
              windows(random.nextDouble()),
              partyMember ? home : null,
              branch));
    }
    return people;
  }

  /** Most can serve at any time; some evenings and weekends only, some weekday days only. */
  private static List<Availability> windows(double roll) {
    List<Availability> windows = new ArrayList<>();
    if (roll < 0.65) {
      return windows;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      if (roll < 0.85) {
        windows.add(
            weekend
                ? new Availability(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                : new Availability(day, LocalTime.of(16, 0), LocalTime.MIDNIGHT));
      } else if (!weekend) {
        windows.add(new Availability(day, LocalTime.of(8, 0), LocalTime.of(16, 0)));
      }
    }
    return windows;
  }
}
