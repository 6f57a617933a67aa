package org.qunfang.access.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.StaffDirectory;

/**
 * Display names for any signed-in person: colleagues' names are not personal information to hide
 * from staff, but the anonymous learn nothing.
 */
@Stateless
@PermitAll
public class StaffNames implements StaffDirectory {

  /** More logins than any page shows at once; a longer list is refused rather than queried. */
  static final int MAX_NAMES = 500;

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public Map<String, String> displayNames(Collection<String> usernames) {
    caller.profile(); // the anonymous are refused here
    List<String> asked = usernames.stream().distinct().limit(MAX_NAMES).toList();
    Map<String, String> names = new HashMap<>();
    if (asked.isEmpty()) {
      return names;
    }
    em.createQuery(
            "select a.username, a.displayName from Account a where a.username in :names",
            Object[].class)
        .setParameter("names", asked)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }
}
