package org.qunfang.web.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.pii.NotExported;

class RecordSheetsTest {

  record Reading(String name, @NotExported BigDecimal temperature, @NotExported String note) {}

  @Test
  void valuesNotForExportAreMaskedAndTheRestWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordSheets.write(
        List.of(new Reading("林某", new BigDecimal("38.6"), "咳嗽两天"), new Reading("陈某", null, null)),
        Locale.CHINA,
        out);

    try (ReadableWorkbook sheet =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = sheet.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCellText(0)).isEqualTo("林某");
      assertThat(rows.get(1).getCellText(1)).isEqualTo(RecordSheets.MASKED);
      assertThat(rows.get(1).getCellText(2)).isEqualTo(RecordSheets.MASKED);
      // nothing recorded stays empty: the mask hides a value, it does not invent one
      assertThat(rows.get(2).getCellText(0)).isEqualTo("陈某");
      assertThat(rows.get(2).getOptionalCell(1).map(c -> c.getText()).orElse("")).isEmpty();
    }
  }

  @Test
  void anEmptyListStillHasItsHeadings() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordSheets.write(List.of(), Reading.class, Locale.CHINA, out);

    try (ReadableWorkbook sheet =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = sheet.getFirstSheet().read();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
      assertThat(rows.get(0).getCellText(1)).isEqualTo("temperature");
    }
  }
}
