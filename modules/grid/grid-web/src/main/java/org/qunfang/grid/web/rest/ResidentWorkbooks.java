package org.qunfang.grid.web.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.ResidentPage;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.api.ResidentView;

/**
 * Residents as a workbook (fastexcel, streamed page by page): masked as on screen, since an export
 * leaves the system. At most {@value #LIMIT} rows.
 */
public final class ResidentWorkbooks {

  static final int LIMIT = 100_000;
  private static final List<String> HEADERS =
      List.of("网格编码", "户地址", "姓名", "公民身份号码", "手机号码", "性别", "出生日期", "与户主关系", "居住类型", "重点人群标签");

  private final Function<Enum<?>, String> labels;

  public ResidentWorkbooks(Function<Enum<?>, String> labels) {
    this.labels = labels;
  }

  public byte[] export(HouseholdRegister register, ResidentQuery query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Qunfang", "1.0");
      Worksheet sheet = workbook.newWorksheet("居民");
      for (int c = 0; c < HEADERS.size(); c++) {
        sheet.value(0, c, HEADERS.get(c));
      }
      sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
      int row = 1;
      for (int page = 0; row <= LIMIT; page++) {
        ResidentPage found =
            register.search(
                new ResidentQuery(
                    query.area(),
                    query.gridId(),
                    query.name(),
                    query.idNumber(),
                    query.phone(),
                    query.tag(),
                    query.words(),
                    page,
                    query.size()));
        for (ResidentView r : found.items()) {
          write(sheet, row++, r);
        }
        if ((long) (page + 1) * query.size() >= found.total()) {
          break;
        }
        sheet.flush();
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void write(Worksheet sheet, int row, ResidentView r) {
    sheet.value(row, 0, r.gridCode());
    sheet.value(row, 1, r.address());
    sheet.value(row, 2, r.name());
    sheet.value(row, 3, r.maskedIdNumber());
    sheet.value(row, 4, r.maskedPhone());
    sheet.value(row, 5, labels.apply(r.sex()));
    sheet.value(row, 6, r.birthDate().toString());
    sheet.value(row, 7, labels.apply(r.relation()));
    sheet.value(row, 8, labels.apply(r.residenceType()));
    sheet.value(row, 9, String.join("、", r.tags()));
  }
}
