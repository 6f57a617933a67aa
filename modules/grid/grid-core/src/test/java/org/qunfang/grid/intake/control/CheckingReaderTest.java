package org.qunfang.grid.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class CheckingReaderTest {

  private static final GridRef GRID =
      new GridRef(UUID.randomUUID(), "350923100201001", "小网格", "350923100201");

  /** {@code rows} people; rows in {@code bad} carry an invalid ID number. */
  private static ResidentWorkbook workbook(int rows, List<Integer> bad) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("居民登记");
    ResidentColumn[] columns = ResidentColumn.values();
    for (int c = 0; c < columns.length; c++) {
      sheet.value(0, c, columns[c].header());
    }
    for (int i = 0; i < rows; i++) {
      int r = i + 1;
      sheet.value(r, 0, GRID.code());
      sheet.value(r, 1, "测试路" + i / 3 + "号");
      sheet.value(r, 4, "王伟");
      sheet.value(r, 5, bad.contains(r + 1) ? "350923199001011235" : BenchmarkWorkbook.idNumber(i));
      sheet.value(r, 9, i % 3 == 0 ? "户主" : "子女");
      sheet.value(r, 10, "户籍");
    }
    workbook.finish();
    return ResidentWorkbook.open(out.toByteArray());
  }

  private static RowChecks checks() {
    return new RowChecks(Map.of(GRID.code(), GRID), Map.of());
  }

  @Test
  void everyRowIsCheckedInOrderAndGoodRowsAreHashed() throws IOException {
    // Sheet rows 2, 1500 and 2502: in the first, a middle and the last (short) batch.
    ResidentWorkbook workbook = workbook(2501, List.of(2, 1500, 2502));
    RowChecks checks = checks();
    List<Integer> seen = new ArrayList<>();

    CheckingReader.Read read =
        CheckingReader.read(workbook, checks, id -> "h" + id, 200_000, seen::add);

    assertThat(read.rows()).isEqualTo(2501);
    assertThat(read.checked()).hasSize(2498);
    assertThat(read.checked()).extracting(CheckedRow::number).isSorted();
    assertThat(read.checked().get(0).idHash()).isEqualTo("h" + read.checked().get(0).idNumber());
    assertThat(checks.errors())
        .extracting(e -> e.row() + " " + e.column())
        .containsExactly("2 ID_NUMBER", "1500 ID_NUMBER", "2502 ID_NUMBER");
    assertThat(seen).containsExactly(1000, 2000);
  }

  @Test
  void rowsBeyondTheLimitAreCountedNotChecked() throws IOException {
    CheckingReader.Read read =
        CheckingReader.read(workbook(1200, List.of()), checks(), id -> id, 1000, n -> {});

    assertThat(read.rows()).isEqualTo(1200);
    assertThat(read.checked()).hasSize(1000);
  }

  @Test
  void aFailingCheckFailsTheRead() throws IOException {
    RuntimeException broken = new IllegalStateException("broken hash");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                CheckingReader.read(
                    workbook(10, List.of()),
                    checks(),
                    id -> {
                      throw broken;
                    },
                    1000,
                    n -> {}))
        .isSameAs(broken);
  }
}
