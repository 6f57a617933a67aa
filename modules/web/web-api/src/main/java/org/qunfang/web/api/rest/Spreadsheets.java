package org.qunfang.web.api.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Workbook downloads: the media type and a Chinese file name every browser keeps. */
public final class Spreadsheets {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Spreadsheets() {}

  public static Response download(byte[] workbook, String name) {
    String encoded = URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(workbook, XLSX)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .build();
  }
}
