package org.qunfang.grid.screening.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.problem.InvalidInput;

class PhoneNumbersTest {

  private static byte[] text(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aHeadingBlankLinesSeparatorsAndACountryCodeAreTakenInStrideAndRepeatsMerged() {
    String file =
        "\ufeff手机号码\n138 1234 5678\n\n+86-139-0000-1111\n13812345678\n0086 13700000000,张三\n";
    assertThat(PhoneNumbers.read("list.csv", text(file)))
        .containsExactly("13812345678", "13900001111", "13700000000");
  }

  @Test
  void anyBadLineRefusesTheFileNamingTheLines() {
    assertThatThrownBy(
            () -> PhoneNumbers.read("list.txt", text("13812345678\n1381234567\n12345678901\n")))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .contains("第 2、3 行", "共 2 行"));
  }

  @Test
  void anEmptyFileOrAnotherFormatIsRefused() {
    assertThatThrownBy(() -> PhoneNumbers.read("list.txt", text("手机号码\n\n")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("phones.empty");
    assertThatThrownBy(() -> PhoneNumbers.read("list.pdf", text("%PDF")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("phones.notReadable");
    assertThatThrownBy(() -> PhoneNumbers.read("list.xlsx", text("not a workbook")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("phones.notReadable");
  }

  @Test
  void aWorkbookIsReadFromItsFirstColumnNumbersStoredAsNumbersIncluded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook book = new Workbook(out, "test", "1.0");
    Worksheet sheet = book.newWorksheet("号码");
    sheet.value(0, 0, "手机号码");
    sheet.value(1, 0, "13812345678");
    sheet.value(2, 0, 13912345678L);
    book.finish();
    assertThat(PhoneNumbers.read("号码.xlsx", out.toByteArray()))
        .containsExactly("13812345678", "13912345678");
  }
}
