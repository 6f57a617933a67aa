package org.qunfang.reports.engine.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The JRXML templates under {@code /reports}, each compiled once with the configured font families
 * and kept. Styles name roles; this is where the families go in.
 */
public class ReportTemplates {

  private final ReportFonts fonts;
  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  public ReportTemplates(ReportFonts fonts) {
    this.fonts = fonts;
  }

  public JasperReport get(String name) {
    return compiled.computeIfAbsent(name, this::compile);
  }

  private JasperReport compile(String name) {
    String resource = "/reports/" + name + ".jrxml";
    try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new TemplateFailure(name, new IOException("no template " + resource));
      }
      return compile(name, JRXmlLoader.load(in));
    } catch (IOException | JRException e) {
      throw new TemplateFailure(name, e);
    }
  }

  /** Compiles a loaded design, fonts substituted; public for the test that compiles them all. */
  public JasperReport compile(String name, JasperDesign design) {
    for (JRStyle style : design.getStyles()) {
      ((JRDesignStyle) style).setFontName(fonts.familyFor(style.getName()));
    }
    try {
      return JasperCompileManager.compileReport(design);
    } catch (JRException e) {
      throw new TemplateFailure(name, e);
    }
  }
}
