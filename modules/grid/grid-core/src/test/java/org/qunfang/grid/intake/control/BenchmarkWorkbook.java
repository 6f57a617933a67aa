package org.qunfang.grid.intake.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qunfang.kernel.validation.CitizenIds;

/**
 * Writes a resident workbook for the import benchmark: {@code rows} people in households of three,
 * spread over the given small grids, with ID numbers unique across files numbered by {@code part}.
 *
 * <p>Usage: BenchmarkWorkbook file.xlsx rows part gridCode… | BenchmarkWorkbook --id n
 */
public final class BenchmarkWorkbook {

  private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"};
  private static final String[] RELATIONS = {"户主", "配偶", "子女"};

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--id")) { // the ID number of person n, for the search benchmark
      System.out.println(idNumber(Integer.parseInt(args[1])));
      return;
    }
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    int part = Integer.parseInt(args[2]);
    List<String> grids = List.of(args).subList(3, args.length);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Qunfang benchmark", "1.0");
      Worksheet sheet = workbook.newWorksheet("居民登记");
      ResidentColumn[] columns = ResidentColumn.values();
      for (int c = 0; c < columns.length; c++) {
        sheet.value(0, c, columns[c].header());
      }
      for (int i = 0; i < rows; i++) {
        int person = part * rows + i;
        int household = person / 3;
        int r = i + 1;
        sheet.value(r, 0, grids.get(household % grids.size()));
        sheet.value(r, 1, "测试路" + household + "号");
        sheet.value(r, 2, String.valueOf(100 + household % 30));
        sheet.value(r, 3, (household % 12 + 1) + "号楼");
        sheet.value(r, 4, FAMILY[household % 10] + GIVEN[person % 10] + GIVEN[(person / 10) % 10]);
        sheet.value(r, 5, idNumber(person));
        sheet.value(r, 6, String.format("139%08d", person));
        sheet.value(r, 9, RELATIONS[person % 3]);
        sheet.value(r, 10, person % 5 == 0 ? "流动人口" : "户籍");
        sheet.value(r, 11, person % 7 == 0 ? "慢性病" : person % 11 == 0 ? "独居老人、残疾" : "");
        if (r % 10_000 == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    }
  }

  /** A valid, unique ID number: the birth day and the three-digit sequence count up together. */
  static String idNumber(int person) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(person / 900);
    String first17 =
        "350923" + birth.toString().replace("-", "") + String.format("%03d", person % 900 + 100);
    return first17 + CitizenIds.checkCharacter(first17);
  }
}
