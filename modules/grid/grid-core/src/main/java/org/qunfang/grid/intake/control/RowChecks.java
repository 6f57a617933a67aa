package org.qunfang.grid.intake.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.Sex;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.CitizenIds;

/**
 * Checks workbook rows one by one against the caller's grids and the tag list, and finds the same
 * person twice in the file. Each bad cell becomes a {@link RowError}; good rows come back ready to
 * write. The database duplicate check is {@link #existing}, once the file is read.
 */
public final class RowChecks {

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
  private static final Pattern TAG_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");

  private final Map<String, GridRef> grids;
  private final Map<String, String> tags;
  private final Choices<Sex> sexes = new Choices<>(Sex.class);
  private final Choices<Relation> relations = new Choices<>(Relation.class);
  private final Choices<ResidenceType> residenceTypes = new Choices<>(ResidenceType.class);

  /** The first row of each ID number (upper-cased, as hashed), for duplicates within the file. */
  private final Map<String, Integer> idRows = new HashMap<>();

  private final List<RowError> errors = new ArrayList<>();

  /**
   * @param grids the small grids the caller reaches, by code
   * @param tags tag codes by every name they may be written as (code, Chinese, English)
   */
  public RowChecks(Map<String, GridRef> grids, Map<String, String> tags) {
    this.grids = grids;
    this.tags = tags;
  }

  public List<RowError> errors() {
    return errors;
  }

  /** The row, checked; empty when any cell is bad (and its errors recorded). */
  public Optional<CheckedRow> check(WorkbookRow row) {
    int before = errors.size();
    for (ResidentColumn column : ResidentColumn.values()) {
      String value = row.get(column);
      if (column.required() && value.isEmpty()) {
        error(row, column, "row.required");
      } else if (value.codePointCount(0, value.length()) > column.maxLength()) {
        error(row, column, "row.tooLong", column.maxLength());
      }
    }
    GridRef grid = grids.get(row.get(ResidentColumn.GRID));
    if (grid == null && !row.get(ResidentColumn.GRID).isEmpty()) {
      error(row, ResidentColumn.GRID, "row.gridUnknown", row.get(ResidentColumn.GRID));
    }
    String id = row.get(ResidentColumn.ID_NUMBER).toUpperCase();
    Sex sex = choice(row, ResidentColumn.SEX, sexes).orElse(null);
    LocalDate birth = date(row);
    if (row.idAsNumber()) {
      error(row, ResidentColumn.ID_NUMBER, "row.idAsNumber");
    } else if (!id.isEmpty()) {
      if (!CitizenIds.isValid(id)) {
        error(row, ResidentColumn.ID_NUMBER, "row.idInvalid");
      } else {
        Integer earlier = idRows.putIfAbsent(id, row.number());
        if (earlier != null) {
          error(row, ResidentColumn.ID_NUMBER, "row.idTwiceInFile", earlier);
        }
        Sex fromId = CitizenIds.isMale(id) ? Sex.MALE : Sex.FEMALE;
        LocalDate bornOn = CitizenIds.birthDate(id).orElseThrow();
        if (sex != null && sex != fromId) {
          error(row, ResidentColumn.SEX, "row.sexMismatch", label(fromId));
        }
        if (birth != null && !birth.equals(bornOn)) {
          error(row, ResidentColumn.BIRTH_DATE, "row.birthMismatch", bornOn);
        }
        sex = fromId;
        birth = bornOn;
      }
    } else if ((sex == null || birth == null) && errorsAbout(before)) {
      error(row, ResidentColumn.ID_NUMBER, "row.sexAndBirthNeeded");
    }
    String phone = row.get(ResidentColumn.PHONE);
    if (!phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
      error(row, ResidentColumn.PHONE, "row.phoneInvalid");
    }
    Relation relation = choice(row, ResidentColumn.RELATION, relations).orElse(null);
    ResidenceType type = choice(row, ResidentColumn.RESIDENCE_TYPE, residenceTypes).orElse(null);
    Set<String> tagCodes = tags(row);
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new CheckedRow(
            row.number(),
            grid,
            row.get(ResidentColumn.ADDRESS),
            row.get(ResidentColumn.ROOM),
            row.get(ResidentColumn.BUILDING),
            row.get(ResidentColumn.NAME),
            id.isEmpty() ? null : id,
            null, // hashed later, on every core
            phone.isEmpty() ? null : phone,
            sex,
            birth,
            relation,
            type,
            tagCodes));
  }

  /** Records that a checked row's person is already in the register. */
  public void existing(CheckedRow row, String maskedName, String gridCode, String gridName) {
    errors.add(
        new RowError(
            row.number(),
            ResidentColumn.ID_NUMBER,
            new Message(TEXTS, "row.idExists", maskedName, gridCode, gridName)));
  }

  /** Records that a row's person is registered outside the caller's area, and whom to ask. */
  public void elsewhere(CheckedRow row, String whomToAsk) {
    errors.add(
        new RowError(
            row.number(),
            ResidentColumn.ID_NUMBER,
            new Message(TEXTS, "row.idElsewhere", whomToAsk)));
  }

  /** Sex and birth are only asked for when neither cell already has its own error. */
  private boolean errorsAbout(int before) {
    return errors.subList(before, errors.size()).stream()
        .noneMatch(
            e -> e.column() == ResidentColumn.SEX || e.column() == ResidentColumn.BIRTH_DATE);
  }

  private <E extends Enum<E>> Optional<E> choice(
      WorkbookRow row, ResidentColumn column, Choices<E> choices) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> parsed = choices.parse(value);
    if (parsed.isEmpty()) {
      error(row, column, "row.choice", choices.listed());
    }
    return parsed;
  }

  private LocalDate date(WorkbookRow row) {
    String value = row.get(ResidentColumn.BIRTH_DATE);
    if (value.isEmpty()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.replace('/', '-').replace('.', '-'));
      if (!date.isAfter(LocalDate.now())) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    error(row, ResidentColumn.BIRTH_DATE, "row.dateInvalid");
    return null;
  }

  private Set<String> tags(WorkbookRow row) {
    String value = row.get(ResidentColumn.TAGS);
    Set<String> codes = new LinkedHashSet<>();
    if (value.isEmpty()) {
      return codes;
    }
    for (String name : TAG_SEPARATORS.split(value)) {
      if (name.isEmpty()) {
        continue;
      }
      String code = tags.get(name);
      if (code == null) {
        error(row, ResidentColumn.TAGS, "row.tagUnknown", name);
      } else {
        codes.add(code);
      }
    }
    return codes;
  }

  private static String label(Sex sex) {
    return new Message(TEXTS, "Sex." + sex.name()).in(Locale.SIMPLIFIED_CHINESE);
  }

  private void error(WorkbookRow row, ResidentColumn column, String key, Object... args) {
    errors.add(new RowError(row.number(), column, new Message(TEXTS, key, args)));
  }
}
