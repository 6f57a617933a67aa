package org.qunfang.dispatch.person.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.qunfang.dispatch.api.person.AvailabilityPreset;
import org.qunfang.dispatch.api.person.Membership;
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PartyStanding;
import org.qunfang.dispatch.api.person.PeopleImportJob.RowProblem;
import org.qunfang.dispatch.api.person.Secondment;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.person.Volunteering;
import org.qunfang.dispatch.person.control.PeopleWorkbook.Line;
import org.qunfang.kernel.problem.Message;

/**
 * A workbook row as a person to register, or the reasons it cannot be, one per bad cell: choices
 * are read by their Chinese labels (or their names), and the same rules as a form apply, so a row
 * fails exactly where a form would.
 */
public final class PersonRows {

  private final Validator validator;
  private final Predicate<String> knownArea;
  private final Predicate<String> reachedArea;
  private final Locale language;
  private final LocalDate today;
  private final Map<String, Skill> skills = new HashMap<>();
  private final Map<String, AvailabilityPreset> presets = new HashMap<>();

  /** A row read: the person, or the problems that keep it out. */
  public record Checked(Line line, NewPerson person, List<RowProblem> problems) {}

  public PersonRows(
      Validator validator,
      Predicate<String> knownArea,
      Predicate<String> reachedArea,
      Locale language,
      LocalDate today) {
    this.validator = validator;
    this.knownArea = knownArea;
    this.reachedArea = reachedArea;
    this.language = language;
    this.today = today;
    for (Skill skill : Skill.values()) {
      skills.put(skill.name(), skill);
      skills.put(label("Skill." + skill), skill);
    }
    for (AvailabilityPreset preset : AvailabilityPreset.values()) {
      presets.put(preset.name(), preset);
      presets.put(label("AvailabilityPreset." + preset), preset);
    }
  }

  private static String label(String key) {
    return new Message(TEXTS, key).in(Locale.SIMPLIFIED_CHINESE);
  }

  public Checked check(Line line) {
    List<RowProblem> problems = new ArrayList<>();
    Set<String> servesAs = tokens(line.get(PeopleColumn.SERVES_AS));
    Membership party = null;
    Secondment secondment = null;
    Volunteering volunteering = null;
    for (String role : servesAs) {
      switch (role) {
        case "党员" -> party = membership(line, problems);
        case "下沉干部", "干部" -> secondment = secondment(line, problems);
        case "志愿者" -> volunteering = new Volunteering(today, line.get(PeopleColumn.TEAM));
        default -> problem(problems, line, PeopleColumn.SERVES_AS, "import.servesAs", role);
      }
    }
    if (servesAs.isEmpty()) {
      problem(problems, line, PeopleColumn.SERVES_AS, "import.servesAsNeeded");
    }
    Set<Skill> chosen = new LinkedHashSet<>();
    for (String token : tokens(line.get(PeopleColumn.SKILLS))) {
      Skill skill = skills.get(token);
      if (skill == null) {
        problem(problems, line, PeopleColumn.SKILLS, "import.skill", token);
      } else {
        chosen.add(skill);
      }
    }
    AvailabilityPreset preset = AvailabilityPreset.ANY_TIME;
    String available = line.get(PeopleColumn.AVAILABILITY);
    if (available != null) {
      preset = presets.get(available);
      if (preset == null) {
        problem(problems, line, PeopleColumn.AVAILABILITY, "import.availability", available);
        preset = AvailabilityPreset.ANY_TIME;
      }
    }
    String area = line.get(PeopleColumn.AREA);
    if (area != null && !knownArea.test(area)) {
      problem(problems, line, PeopleColumn.AREA, "division.unknown", area);
    } else if (area != null && !reachedArea.test(area)) {
      problem(problems, line, PeopleColumn.AREA, "import.areaOutside", area);
    }
    NewPerson person =
        new NewPerson(
            line.get(PeopleColumn.NAME),
            line.get(PeopleColumn.ID_NUMBER),
            line.get(PeopleColumn.MOBILE),
            area,
            line.get(PeopleColumn.EMPLOYER),
            null,
            chosen,
            preset.windows(),
            party,
            secondment,
            volunteering);
    for (ConstraintViolation<NewPerson> violation : validator.validate(person)) {
      problems.add(
          new RowProblem(
              line.number(),
              columnOf(violation.getPropertyPath().toString()).header(),
              violation.getMessage()));
    }
    return new Checked(line, problems.isEmpty() ? person : null, problems);
  }

  private Membership membership(Line line, List<RowProblem> problems) {
    String standing = line.get(PeopleColumn.STANDING);
    PartyStanding as =
        standing == null || standing.startsWith("正式")
            ? PartyStanding.FULL
            : standing.startsWith("预备") ? PartyStanding.PROBATIONARY : null;
    if (as == null) {
      problem(problems, line, PeopleColumn.STANDING, "import.standing", standing);
    }
    String community = line.get(PeopleColumn.REPORT_COMMUNITY);
    if (community != null && !knownArea.test(community)) {
      problem(problems, line, PeopleColumn.REPORT_COMMUNITY, "division.unknown", community);
    }
    String organisation = line.get(PeopleColumn.PARTY_ORGANISATION);
    if (organisation == null) {
      problem(problems, line, PeopleColumn.PARTY_ORGANISATION, "import.required");
    }
    return new Membership(organisation, as == null ? PartyStanding.FULL : as, community);
  }

  private Secondment secondment(Line line, List<RowProblem> problems) {
    String unit = line.get(PeopleColumn.UNIT);
    if (unit == null) {
      problem(problems, line, PeopleColumn.UNIT, "import.required");
    }
    LocalDate from = today;
    String text = line.get(PeopleColumn.SECONDED_FROM);
    if (text != null) {
      try {
        from = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException notADate) {
        problem(problems, line, PeopleColumn.SECONDED_FROM, "import.date", text);
      }
    }
    return new Secondment(unit, null, from, null);
  }

  private static PeopleColumn columnOf(String property) {
    String field = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
    return switch (field) {
      case "name" -> PeopleColumn.NAME;
      case "idNumber" -> PeopleColumn.ID_NUMBER;
      case "mobile" -> PeopleColumn.MOBILE;
      case "area" -> PeopleColumn.AREA;
      case "employer" -> PeopleColumn.EMPLOYER;
      case "party" -> PeopleColumn.PARTY_ORGANISATION;
      case "secondment" -> PeopleColumn.UNIT;
      case "volunteering" -> PeopleColumn.TEAM;
      default -> PeopleColumn.SERVES_AS;
    };
  }

  private void problem(
      List<RowProblem> problems, Line line, PeopleColumn column, String key, Object... args) {
    problems.add(
        new RowProblem(line.number(), column.header(), new Message(TEXTS, key, args).in(language)));
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    if (text != null) {
      for (String token : text.split("[、,，;；\\s]+")) {
        if (!token.isBlank()) {
          tokens.add(token.strip());
        }
      }
    }
    return tokens;
  }
}
