package org.qunfang.grid.intake.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * Reads the resident workbook as a stream of rows (fastexcel: no row is held longer than it takes
 * to convert it) and writes its template. Headers are found by name, so column order is free.
 */
public final class ResidentWorkbook {

  public static final int MAX_ROWS = 200_000;

  private final Map<ResidentColumn, Integer> columns;
  private final byte[] content;

  private ResidentWorkbook(byte[] content, Map<ResidentColumn, Integer> columns) {
    this.content = content;
    this.columns = columns;
  }

  /** Opens the workbook and finds every column; refuses a file that is not one, or lacks any. */
  public static ResidentWorkbook open(byte[] content) {
    if (content.length < 4
        || !ReadableWorkbook.isOOXMLZipHeader(
            Arrays.copyOf(content, Math.min(8, content.length)))) {
      throw notAWorkbook();
    }
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      Iterator<Row> iterator = rows.iterator();
      if (!iterator.hasNext()) {
        throw new InvalidInput(new Message(TEXTS, "import.empty"));
      }
      Row header = iterator.next();
      Map<ResidentColumn, Integer> found = new EnumMap<>(ResidentColumn.class);
      for (int i = 0; i < header.getCellCount(); i++) {
        String name = header.getCellText(i).strip();
        for (ResidentColumn column : ResidentColumn.values()) {
          if (column.header().equals(name)) {
            found.putIfAbsent(column, i);
          }
        }
      }
      List<String> missing =
          Arrays.stream(ResidentColumn.values())
              .filter(c -> !found.containsKey(c))
              .map(ResidentColumn::header)
              .toList();
      if (!missing.isEmpty()) {
        throw new InvalidInput(
            new Message(TEXTS, "import.missingColumns", String.join("、", missing)));
      }
      return new ResidentWorkbook(content, found);
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof InvalidInput refusal) {
        throw refusal;
      }
      throw notAWorkbook();
    }
  }

  /** Every non-blank row after the header, in order. */
  public void rows(Consumer<WorkbookRow> each) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      rows.skip(1).map(this::row).filter(r -> !r.blank()).forEach(each);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WorkbookRow row(Row row) {
    String[] values = new String[ResidentColumn.values().length];
    boolean idAsNumber = false;
    for (ResidentColumn column : ResidentColumn.values()) {
      Cell cell = row.getOptionalCell(columns.get(column)).orElse(null);
      values[column.ordinal()] = text(column, cell);
      if (column == ResidentColumn.ID_NUMBER
          && cell != null
          && cell.getType() == CellType.NUMBER
          && values[column.ordinal()].length() > 15) {
        idAsNumber = true;
      }
    }
    return new WorkbookRow(row.getRowNum(), values, idAsNumber);
  }

  /** A cell as the user meant it: dates as yyyy-MM-dd, whole numbers without ".0" or exponent. */
  private static String text(ResidentColumn column, Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      if (column == ResidentColumn.BIRTH_DATE) {
        return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    String text = cell.getText();
    return text == null ? "" : text.strip();
  }

  /** The empty workbook: text-formatted columns, and a sheet explaining each. */
  public static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Qunfang", "1.0");
      Worksheet sheet = workbook.newWorksheet("居民登记");
      ResidentColumn[] all = ResidentColumn.values();
      for (int c = 0; c < all.length; c++) {
        sheet.value(0, c, all[c].header());
        sheet.style(0, c).bold().fillColor(all[c].required() ? "FCE4D6" : "DDEBF7").set();
        sheet.width(c, Math.max(10, Math.min(40, all[c].maxLength() + 4)));
        // Text format keeps 18-digit ID numbers and leading zeros as typed.
        sheet.range(1, c, 5000, c).style().format("@").set();
      }
      sheet.freezePane(0, 1);
      Worksheet help = workbook.newWorksheet("填写说明");
      help.value(0, 0, "列名");
      help.value(0, 1, "是否必填");
      help.value(0, 2, "说明");
      help.range(0, 0, 0, 2).style().bold().set();
      for (int c = 0; c < all.length; c++) {
        help.value(c + 1, 0, all[c].header());
        help.value(c + 1, 1, all[c].required() ? "必填" : "选填");
        help.value(c + 1, 2, all[c].hint());
      }
      help.width(2, 80);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InvalidInput notAWorkbook() {
    return new InvalidInput(new Message(TEXTS, "import.notWorkbook"), "file");
  }
}
