package org.qunfang.reports.engine.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.reports.api.kind.ReportBody;

/** Renders real PDFs and reads them back: text, fonts, page numbers, the draft mark. */
class OfficialDocumentPdfTest {

  private static PdfRenderer renderer;

  @BeforeAll
  static void engine() {
    renderer = new PdfRenderer(new ReportTemplates(ReportFonts.NOTO));
  }

  private static OfficialDocument document(boolean draft) {
    return new OfficialDocument(
        "屏南县疫情防控指挥部",
        draft ? "" : "屏防指〔2026〕12号",
        "屏南县网格人员名册",
        "宁德市疫情防控指挥部",
        "现将我县乡镇（街道）及村（社区）设置情况报告如下。",
        LocalDate.of(2026, 11, 2),
        draft);
  }

  /** A body of the engine's own test template: a roster, the longest kind of table there is. */
  private static ReportBody roster(int count) {
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(
        Map.of("name", "林古峰", "sex", "男", "age", 46, "grid", "古峰镇东门网格", "mobile", "139****0001"));
    rows.add(
        Map.of("name", "陈双溪", "sex", "女", "age", 38, "grid", "双溪镇北村网格", "mobile", "139****0002"));
    for (int i = rows.size(); i < count; i++) {
      rows.add(
          Map.of(
              "name", "测试人" + i, "sex", "女", "age", 30, "grid", "测试网格", "mobile", "139****9999"));
    }
    return new ReportBody("roster", rows);
  }

  @Test
  void chineseTextExtractsExactly() throws IOException {
    byte[] bytes = renderer.render(document(false), roster(2));
    // kept for whoever wants to look at the layout: target/official-document-sample.pdf
    Files.write(Path.of("target", "official-document-sample.pdf"), bytes);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("屏南县疫情防控指挥部")
          .contains("屏防指〔2026〕12号")
          .contains("屏南县网格人员名册")
          .contains("宁德市疫情防控指挥部：")
          .contains("所属网格")
          .contains("林古峰")
          .contains("双溪镇北村网格")
          .contains("2026年11月2日")
          .contains("— 1 —")
          .doesNotContain("草稿");
    }
  }

  @Test
  void everyFontIsEmbeddedAndNoneIsAStandardFourteenFont() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(document(false), roster(2)))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.isStandard14()).as(font.getName() + " standard 14").isFalse();
              });
      assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("Noto"));
    }
  }

  @Test
  void longReportsNumberEveryPageOddRightEvenLeft() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(document(false), roster(60)))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(2);
      page.setEndPage(2);
      assertThat(page.getText(pdf)).contains("— 2 —").doesNotContain("— 1 —");
      assertThat(new PDFTextStripper().getText(pdf)).contains("测试人59");
    }
  }

  @Test
  void aDraftIsMarkedAndAnAttachmentGetsPagesOfItsOwn() throws IOException {
    ReportBody.Attachment roster = new ReportBody.Attachment("人员名册", roster(3));
    byte[] bytes =
        renderer.render(document(true), roster(2), Optional.of(roster), rows -> {}, null);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("草稿").contains("附件：人员名册");
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void datesOfWritingHaveNoLeadingZeros() {
    assertThat(document(false).writtenOnText()).isEqualTo("2026年11月2日");
  }

  @Test
  void aTemplateThatFailsToFillIsNamed() {
    ReportBody failing = new ReportBody("failing-body", List.of(Map.of("zero", 0)));
    assertThatThrownBy(() -> renderer.render(document(false), failing))
        .isInstanceOf(TemplateFailure.class)
        .extracting(e -> ((TemplateFailure) e).template())
        .isEqualTo("failing-body");
    assertThatThrownBy(() -> renderer.render(document(false), new ReportBody("no-such", List.of())))
        .isInstanceOf(TemplateFailure.class)
        .hasMessageContaining("no-such");
  }
}
