package org.qunfang.reports.engine.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The JRXML templates, each compiled once with the configured font families and kept. Styles name
 * roles; this is where the families go in.
 */
public class ReportTemplates {

  private final ReportFonts fonts;
  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  public ReportTemplates(ReportFonts fonts) {
    this.fonts = fonts;
  }

  /** One of the engine's own templates (the official-document base, test bodies). */
  public JasperReport get(String name) {
    return get(name, ReportTemplates::own);
  }

  /** A template found by {@code source}: a report kind knows where its module keeps its own. */
  public JasperReport get(String name, Function<String, URL> source) {
    return compiled.computeIfAbsent(name, n -> compile(n, source.apply(n)));
  }

  private static URL own(String name) {
    return ReportTemplates.class.getResource("/reports/" + name + ".jrxml");
  }

  private JasperReport compile(String name, URL resource) {
    if (resource == null) {
      throw new TemplateFailure(name, new IOException("no template " + name));
    }
    try (InputStream in = resource.openStream()) {
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
