package org.qunfang.reports.engine.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.qunfang.reports.api.kind.ReportBody;

/**
 * One measurement in a fresh JVM (run by modules/reports/benchmark.sh, with -Xmx512m): a roster of
 * N rows through Qunfang's pipeline (official layout, attachment, swap-file virtualizer) or through
 * plain JasperReports (the roster template alone, no virtualizer) as the reference. Prints one
 * line: variant, rows, fill ms, export ms, pages, PDF bytes, peak heap MB.
 */
public final class RosterBenchmark {

  private RosterBenchmark() {}

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    int rows = Integer.parseInt(args[1]);
    List<Map<String, ?>> roster = roster(rows);
    ReportTemplates templates = new ReportTemplates(ReportFonts.NOTO);
    JasperReport template = templates.get("roster"); // compiled before timing, as in the server
    templates.get(PdfRenderer.BASE);
    resetPeaks();

    long start = System.nanoTime();
    JasperPrint print;
    PdfRenderer.Filled filled = null;
    OfficialDocument document =
        new OfficialDocument(
            "屏南县疫情防控指挥部",
            "屏防指〔2026〕1号",
            "人员名册",
            "宁德市疫情防控指挥部",
            "现将人员名册报送如下。",
            LocalDate.of(2026, 11, 22),
            false);
    if (variant.equals("qunfang")) {
      ReportBody body = new ReportBody("roster", List.of());
      ReportBody.Attachment attachment =
          new ReportBody.Attachment("人员名册", new ReportBody("roster", roster));
      filled =
          new PdfRenderer(templates).fill(document, body, Optional.of(attachment), n -> {}, null);
      print = filled.print();
    } else {
      Map<String, Object> parameters = new HashMap<>();
      print = JasperFillManager.fillReport(template, parameters, mapRows(roster));
    }
    long filledAt = System.nanoTime();
    byte[] pdf =
        variant.equals("qunfang")
            ? PdfRenderer.export(print, document)
            : JasperExportManager.exportReportToPdf(print);
    long exportedAt = System.nanoTime();
    int pages = print.getPages().size();
    if (filled != null) {
      filled.close();
    }
    System.out.printf(
        "%s\t%d\t%d\t%d\t%d\t%d\t%d%n",
        variant,
        rows,
        (filledAt - start) / 1_000_000,
        (exportedAt - filledAt) / 1_000_000,
        pages,
        pdf.length,
        peakHeapMb());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JRMapCollectionDataSource mapRows(List<Map<String, ?>> rows) {
    return new JRMapCollectionDataSource((List) rows);
  }

  static List<Map<String, ?>> roster(int count) {
    String[] family = {"张", "王", "李", "赵", "陈", "林", "黄", "吴", "郑", "周"};
    String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰"};
    List<Map<String, ?>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(
          Map.of(
              "name", family[i % family.length] + given[(i / 10) % given.length] + given[i % 7],
              "sex", i % 2 == 0 ? "男" : "女",
              "age", 18 + i % 70,
              "grid", "古峰镇东湖社区第" + (1 + i % 12) + "网格",
              "mobile", "138****" + String.format("%04d", i % 10_000)));
    }
    return rows;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
