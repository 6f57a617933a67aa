package org.qunfang.reports.engine.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.reports.engine.control.PdfRenderer;
import org.qunfang.reports.engine.control.ReportFonts;
import org.qunfang.reports.engine.control.ReportTemplates;

/**
 * The application's one renderer, its templates compiled once. Font families come from
 * configuration ({@code qunfang.reports.font.heading}, {@code qunfang.reports.font.body}).
 */
@ApplicationScoped
public class ReportEngine {

  @Inject
  @ConfigProperty(name = "qunfang.reports.font.heading", defaultValue = ReportFonts.NOTO_SERIF)
  String headingFont;

  @Inject
  @ConfigProperty(name = "qunfang.reports.font.body", defaultValue = ReportFonts.NOTO_SERIF)
  String bodyFont;

  private PdfRenderer renderer;

  @PostConstruct
  void start() {
    renderer = new PdfRenderer(new ReportTemplates(new ReportFonts(headingFont, bodyFont)));
  }

  public PdfRenderer renderer() {
    return renderer;
  }
}
