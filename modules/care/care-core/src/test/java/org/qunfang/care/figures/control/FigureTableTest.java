package org.qunfang.care.figures.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.figures.FigureRow;

class FigureTableTest {

  static FigureRow row(String code, long placed, long observed) {
    return new FigureRow(code, "", placed, placed, 0, 0, observed, 0, 0, 0, 1);
  }

  @Test
  void aDistrictsCommunitiesAddUpToItsTownships() {
    List<FigureRow> rows =
        FigureTable.rollUp(
            List.of(
                row("350923100008", 2, 2), row("350923101001", 5, 4), row("350923100001", 1, 0)),
            FigureTable.childDigits("350923"),
            code -> code.equals("350923100") ? "古峰镇" : "双溪镇");

    assertThat(rows).extracting(FigureRow::code).containsExactly("350923100", "350923101");
    assertThat(rows.get(0).name()).isEqualTo("古峰镇");
    assertThat(rows.get(0).placedToday()).isEqualTo(3);
    assertThat(rows.get(0).observed()).isEqualTo(2);
    assertThat(rows.get(0).missedToday()).isEqualTo(2);

    FigureRow total = FigureTable.total(rows, "350923", "屏南县");
    assertThat(total.placedTotal()).isEqualTo(8);
    assertThat(total.observed()).isEqualTo(6);
    assertThat(total.name()).isEqualTo("屏南县");
  }

  @Test
  void aTownshipKeepsItsCommunities() {
    assertThat(FigureTable.childDigits("350923100")).isEqualTo(12);
    assertThat(FigureTable.childDigits("350923")).isEqualTo(9);
  }
}
