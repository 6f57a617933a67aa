package org.qunfang.reports.engine.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

/** Every .jrxml in the project compiles, with the fonts substituted as in production. */
class TemplatesCompileTest {

  @Test
  void everyTemplateCompiles() throws IOException {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    List<Path> templates;
    try (Stream<Path> files = Files.walk(root)) {
      templates =
          files
              .filter(p -> p.toString().endsWith(".jrxml"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList();
    }
    assertThat(templates).isNotEmpty();
    ReportTemplates compiler = new ReportTemplates(ReportFonts.NOTO);
    for (Path template : templates) {
      assertThatCode(
              () -> {
                try (InputStream in = Files.newInputStream(template)) {
                  compiler.compile(template.getFileName().toString(), JRXmlLoader.load(in));
                }
              })
          .as(template.toString())
          .doesNotThrowAnyException();
    }
  }
}
