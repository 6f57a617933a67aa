package org.qunfang.dispatch.person.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * The people workbook: the template units fill in, and its rows read back as text by column. A file
 * that is not a workbook, or lacks a column, is refused before anything starts.
 */
public final class PeopleWorkbook {

  /** The most rows one workbook may hold. */
  public static final int MOST_ROWS = 20_000;

  /** A row as the spreadsheet numbers it, its cells by column, blanks left out. */
  public record Line(int number, Map<PeopleColumn, String> cells) {

    public String get(PeopleColumn column) {
      return cells.get(column);
    }
  }

  private PeopleWorkbook() {}

  public static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Qunfang", "1.0");
      Worksheet sheet = workbook.newWorksheet("人员");
      PeopleColumn[] columns = PeopleColumn.values();
      for (int c = 0; c < columns.length; c++) {
        sheet.value(0, c, columns[c].header());
        sheet.width(c, 18);
      }
      sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
      String[] example = {
        "林志强",
        "350923198503120013",
        "13805930001",
        "350923100001",
        "屏南县公安局",
        "党员、下沉干部",
        "屏南县公安局党委",
        "正式",
        "350923100001",
        "屏南县公安局",
        "2026-11-01",
        "",
        "警务、驾驶",
        "任何时间"
      };
      for (int c = 0; c < example.length; c++) {
        sheet.value(1, c, example[c]);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static List<Line> read(byte[] content) {
    List<Line> lines = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      List<Row> rows = workbook.getFirstSheet().read();
      if (rows.isEmpty()) {
        throw new InvalidInput(new Message(TEXTS, "import.empty"), "workbook");
      }
      Map<PeopleColumn, Integer> at = headers(rows.get(0));
      if (rows.size() - 1 > MOST_ROWS) {
        throw new InvalidInput(new Message(TEXTS, "import.tooMany", MOST_ROWS), "workbook");
      }
      for (Row row : rows.subList(1, rows.size())) {
        Map<PeopleColumn, String> cells = new EnumMap<>(PeopleColumn.class);
        at.forEach(
            (column, index) -> {
              String text = index < row.getCellCount() ? row.getCellText(index) : null;
              if (text != null && !text.isBlank()) {
                cells.put(column, text.strip());
              }
            });
        if (!cells.isEmpty()) {
          lines.add(new Line(row.getRowNum(), cells));
        }
      }
    } catch (IOException | RuntimeException notAWorkbook) {
      if (notAWorkbook instanceof InvalidInput refusal) {
        throw refusal;
      }
      throw new InvalidInput(new Message(TEXTS, "import.notAWorkbook"), "workbook");
    }
    return lines;
  }

  private static Map<PeopleColumn, Integer> headers(Row header) {
    Map<PeopleColumn, Integer> at = new EnumMap<>(PeopleColumn.class);
    for (int i = 0; i < header.getCellCount(); i++) {
      String text = header.getCellText(i);
      for (PeopleColumn column : PeopleColumn.values()) {
        if (column.header().equals(text == null ? null : text.strip())) {
          at.put(column, i);
        }
      }
    }
    for (PeopleColumn column : PeopleColumn.values()) {
      if (column.required() && !at.containsKey(column)) {
        throw new InvalidInput(
            new Message(TEXTS, "import.missingColumn", column.header()), "workbook");
      }
    }
    return at;
  }
}
