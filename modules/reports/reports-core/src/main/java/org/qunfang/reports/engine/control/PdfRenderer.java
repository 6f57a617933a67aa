package org.qunfang.reports.engine.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.qunfang.reports.api.kind.ReportBody;

/**
 * Fills the official-document base with a body (and an attachment) and exports PDF. Pages beyond a
 * few hundred go to a swap file, so a roster of many thousand rows needs little heap.
 */
public class PdfRenderer {

  static final String BASE = "official-document";
  private static final int PAGES_IN_MEMORY = 100;

  private final ReportTemplates templates;

  public PdfRenderer(ReportTemplates templates) {
    this.templates = templates;
  }

  public byte[] render(OfficialDocument document, ReportBody body) {
    return render(document, body, Optional.empty(), rows -> {}, null);
  }

  /**
   * Renders the document; {@code rowsDone} hears how many body and attachment rows have been
   * filled, for progress.
   */
  public byte[] render(
      OfficialDocument document,
      ReportBody body,
      Optional<ReportBody.Attachment> attachment,
      IntConsumer rowsDone,
      Function<String, URL> templateSource) {
    try (Filled filled = fill(document, body, attachment, rowsDone, templateSource)) {
      return export(filled.print(), document);
    } catch (JRException | JRRuntimeException e) {
      throw new TemplateFailure(body.template(), e);
    }
  }

  /** The filled pages, some in a swap file until closed. */
  record Filled(JasperPrint print, JRSwapFileVirtualizer virtualizer, Path swap)
      implements AutoCloseable {
    @Override
    public void close() {
      virtualizer.cleanup();
      deleteQuietly(swap);
    }
  }

  Filled fill(
      OfficialDocument document,
      ReportBody body,
      Optional<ReportBody.Attachment> attachment,
      IntConsumer rowsDone,
      Function<String, URL> templateSource)
      throws JRException {
    Path swap = swapDirectory();
    JRSwapFileVirtualizer virtualizer =
        new JRSwapFileVirtualizer(
            PAGES_IN_MEMORY, new JRSwapFile(swap.toString(), 4096, 1024), true);
    CountingRows counter = new CountingRows(rowsDone);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("ISSUING_ORGAN", document.issuingOrgan());
    parameters.put("DOCUMENT_NUMBER", document.documentNumber());
    parameters.put("TITLE", document.title());
    parameters.put("ADDRESSEE", document.addressee());
    parameters.put("INTRODUCTION", document.introduction());
    parameters.put("SIGNATURE", document.issuingOrgan());
    parameters.put("WRITTEN_ON", document.writtenOnText());
    parameters.put("DRAFT", document.draft());
    parameters.put("BODY_REPORT", body(body.template(), templateSource));
    parameters.put("BODY_DATA", counter.wrap(body.rows()));
    parameters.put("BODY_PARAMETERS", new HashMap<>(body.parameters()));
    attachment.ifPresent(
        a -> {
          parameters.put("ATTACHMENT_TITLE", a.title());
          parameters.put("ATTACHMENT_REPORT", body(a.body().template(), templateSource));
          parameters.put("ATTACHMENT_DATA", counter.wrap(a.body().rows()));
        });
    parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    try {
      JasperPrint print =
          JasperFillManager.fillReport(templates.get(BASE), parameters, new JREmptyDataSource(1));
      virtualizer.setReadOnly(true);
      return new Filled(print, virtualizer, swap);
    } catch (JRException | RuntimeException e) {
      virtualizer.cleanup();
      deleteQuietly(swap);
      throw e;
    }
  }

  /** A body template: the kind's own when it says where, else the engine's. */
  private JasperReport body(String name, Function<String, URL> source) {
    return source == null ? templates.get(name) : templates.get(name, source);
  }

  static byte[] export(JasperPrint print, OfficialDocument document) throws JRException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(document.title());
    configuration.setMetadataAuthor(document.issuingOrgan());
    configuration.setMetadataCreator("Qunfang 群防");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return pdf.toByteArray();
  }

  private static Path swapDirectory() {
    try {
      return Files.createTempDirectory("qunfang-report-swap");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var files = Files.list(directory)) {
      files.forEach(file -> file.toFile().delete());
      Files.deleteIfExists(directory);
    } catch (IOException ignored) {
      // the temporary directory is the operating system's to clean
    }
  }

  /** Map rows as a data source that reports each row it hands out. */
  private static final class CountingRows {
    private final IntConsumer rowsDone;
    private int count;

    CountingRows(IntConsumer rowsDone) {
      this.rowsDone = rowsDone;
    }

    JRMapCollectionDataSource wrap(List<Map<String, ?>> rows) {
      return new JRMapCollectionDataSource(castRows(rows)) {
        @Override
        public boolean next() {
          boolean more = super.next();
          if (more) {
            rowsDone.accept(++count);
          }
          return more;
        }
      };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<Map<String, ?>> castRows(List<Map<String, ?>> rows) {
      return (Collection) rows;
    }
  }
}
