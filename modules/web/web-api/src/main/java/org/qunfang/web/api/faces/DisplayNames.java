package org.qunfang.web.api.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.access.api.StaffDirectory;

/** {@code #{people.name(login)}}: the person behind a login, by display name, once per request. */
@Named("people")
@RequestScoped
public class DisplayNames {

  @Inject StaffDirectory directory;

  private final Map<String, String> known = new HashMap<>();

  public String name(String login) {
    if (login == null || login.isBlank()) {
      return "";
    }
    return known.computeIfAbsent(
        login, asked -> directory.displayNames(List.of(asked)).getOrDefault(asked, asked));
  }
}
