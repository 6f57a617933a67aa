package org.qunfang.grid.screening.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * The numbers of a carrier's file: one per line of a .txt or .csv (first field), or in the first
 * column of an .xlsx. Spaces, dashes and a +86 prefix are dropped, a heading line is skipped, and
 * repeats are merged. Any line that is not a mobile number refuses the whole file, naming the
 * lines.
 */
public final class PhoneNumbers {

  public static final int MAX = 50_000;

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern NOISE = Pattern.compile("[\\s\\-()\\u00a0\\ufeff]");
  private static final int LINES_NAMED = 20;

  private PhoneNumbers() {}

  public static List<String> read(String fileName, byte[] content) {
    List<String> lines = lines(fileName == null ? "" : fileName, content);
    Set<String> numbers = new LinkedHashSet<>();
    List<Integer> bad = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String value = clean(lines.get(i));
      if (value.isEmpty() || (i == 0 && value.chars().noneMatch(Character::isDigit))) {
        continue; // a blank line, or a heading such as 手机号码
      }
      if (MOBILE.matcher(value).matches()) {
        numbers.add(value);
      } else {
        bad.add(i + 1);
      }
    }
    if (!bad.isEmpty()) {
      String named =
          bad.stream().limit(LINES_NAMED).map(String::valueOf).collect(Collectors.joining("、"));
      throw new InvalidInput(
          new Message(
              TEXTS, "phones.badLines", bad.size(), bad.size() > LINES_NAMED ? named + "…" : named),
          "file");
    }
    if (numbers.isEmpty()) {
      throw new InvalidInput(new Message(TEXTS, "phones.empty"), "file");
    }
    if (numbers.size() > MAX) {
      throw new InvalidInput(new Message(TEXTS, "phones.tooMany", MAX, numbers.size()), "file");
    }
    return List.copyOf(numbers);
  }

  static String clean(String raw) {
    String value = NOISE.matcher(raw).replaceAll("");
    if (value.startsWith("+86")) {
      value = value.substring(3);
    } else if (value.startsWith("0086")) {
      value = value.substring(4);
    }
    return value;
  }

  private static List<String> lines(String fileName, byte[] content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return firstColumn(content);
    }
    if (name.endsWith(".txt") || name.endsWith(".csv")) {
      return new String(content, StandardCharsets.UTF_8)
          .lines()
          .map(line -> line.split("[,;\\t]", 2)[0].replace("\"", ""))
          .toList();
    }
    throw new InvalidInput(new Message(TEXTS, "phones.notReadable"), "file");
  }

  private static List<String> firstColumn(byte[] content) {
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getFirstSheet();
      List<String> cells = new ArrayList<>();
      try (var rows = sheet.openStream()) {
        rows.forEach(row -> cells.add(firstCell(row)));
      }
      return cells;
    } catch (IOException | RuntimeException unreadable) {
      throw new InvalidInput(new Message(TEXTS, "phones.notReadable"), "file");
    }
  }

  private static String firstCell(Row row) {
    String value =
        row.getCellCount() == 0 || row.getCell(0) == null ? null : row.getCell(0).getRawValue();
    return value == null ? "" : value;
  }
}
