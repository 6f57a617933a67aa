package org.qunfang.web.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.qunfang.web.api.Languages;
import org.qunfang.web.api.rest.RecordSheets;
import org.qunfang.web.api.rest.Spreadsheets;

/**
 * Every list the API returns, as .xlsx when asked with {@code Accept:} {@value Spreadsheets#XLSX}:
 * the same rows, masked as they are in JSON.
 */
@Provider
@Produces(Spreadsheets.XLSX)
public class XlsxLists implements MessageBodyWriter<List<?>> {

  @Context HttpHeaders request;

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return List.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      List<?> rows,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    if (!RecordSheets.exportable(rows)) {
      throw new WebApplicationException(406);
    }
    headers.putSingle("Content-Disposition", "attachment; filename=\"qunfang.xlsx\"");
    RecordSheets.write(
        rows, elementType(rows, generic), Languages.pick(request.getAcceptableLanguages()), out);
  }

  /** The rows' record type, from the method's declared {@code List<X>} when there are none. */
  private static Class<?> elementType(List<?> rows, Type generic) {
    if (!rows.isEmpty()) {
      return rows.get(0).getClass();
    }
    return generic instanceof ParameterizedType list
            && list.getActualTypeArguments()[0] instanceof Class<?> type
            && type.isRecord()
        ? type
        : null;
  }
}
