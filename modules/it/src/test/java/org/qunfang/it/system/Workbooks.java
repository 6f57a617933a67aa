package org.qunfang.it.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Resident workbooks as grid members fill them, made for tests. */
public final class Workbooks {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The first row's cells of a workbook's first sheet. */
  public static List<String> firstRow(byte[] xlsx) {
    try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
            new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx));
        var rows = book.getFirstSheet().openStream()) {
      return rows.findFirst().orElseThrow().stream()
          .map(c -> c == null ? "" : c.getRawValue())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final List<String> HEADERS =
      List.of(
          "网格编码", "户地址", "房号", "楼栋", "姓名", "公民身份号码", "手机号码", "性别", "出生日期", "与户主关系", "居住类型",
          "重点人群标签");

  private Workbooks() {}

  /** A workbook with these headers and rows, every cell as text. */
  public static byte[] of(List<String> headers, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("居民登记");
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(0, c, headers.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          sheet.value(r + 1, c, rows.get(r).get(c));
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] of(List<List<String>> rows) {
    return of(HEADERS, rows);
  }

  /** One person's row in template order. */
  public static List<String> row(
      String grid,
      String address,
      String room,
      String name,
      String id,
      String relation,
      String tags) {
    return List.of(
        grid, address, room, "1号楼", name, id, People.phone(), "", "", relation, "户籍", tags);
  }
}
