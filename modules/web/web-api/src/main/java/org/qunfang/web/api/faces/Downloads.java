package org.qunfang.web.api.faces;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Bytes a page hands over as a file (p:fileDownload): a PDF, a workbook. */
public final class Downloads {

  public static final String PDF = "application/pdf";

  private Downloads() {}

  public static StreamedContent file(String name, String contentType, byte[] bytes) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(contentType)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
