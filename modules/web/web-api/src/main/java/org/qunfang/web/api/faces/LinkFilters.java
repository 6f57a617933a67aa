package org.qunfang.web.api.faces;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * The filter a link opens a list with ({@code ?status=PENDING}, from the workbench), read once when
 * a page's bean is made. (A view parameter would be applied again on every postback and undo the
 * filter the user chose since.) A value that names nothing is no filter.
 */
public final class LinkFilters {

  private LinkFilters() {}

  public static Optional<String> of(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Optional.ofNullable(faces)
        .map(f -> f.getExternalContext().getRequestParameterMap().get(name))
        .filter(value -> !value.isBlank());
  }

  public static <E extends Enum<E>> Optional<E> of(String name, Class<E> type) {
    return of(name)
        .flatMap(
            value ->
                Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equals(value))
                    .findFirst());
  }
}
