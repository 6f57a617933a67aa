package org.qunfang.reports.engine.control;

/**
 * Which font family each role of the official layout uses. Defaults are the Noto CJK faces the
 * report-fonts jar embeds; a district with licensed 公文 fonts (方正小标宋, 仿宋_GB2312) ships a font
 * extension of its own and names its families here.
 */
public record ReportFonts(String heading, String body) {

  public static final String NOTO_SERIF = "Noto Serif CJK SC";
  public static final ReportFonts NOTO = new ReportFonts(NOTO_SERIF, NOTO_SERIF);

  /** The family for a template style: headings for the organ and title, body for the rest. */
  public String familyFor(String style) {
    return style.equals("official.organ") || style.equals("official.title") ? heading : body;
  }
}
