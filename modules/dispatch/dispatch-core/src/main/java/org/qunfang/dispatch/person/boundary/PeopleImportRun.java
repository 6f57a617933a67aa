package org.qunfang.dispatch.person.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PeopleImportJob.RowProblem;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.control.ImportOutcome;
import org.qunfang.dispatch.person.control.PeopleColumn;
import org.qunfang.dispatch.person.control.PeopleWorkbook.Line;
import org.qunfang.dispatch.person.control.PersonRows;
import org.qunfang.dispatch.person.control.PersonRows.Checked;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.pii.Pii;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/**
 * The two steps of an import, each in a transaction of its own: check every row (the registry read
 * once for the file's ID numbers), then, only if none is bad, register them all at once.
 */
@Stateless
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class PeopleImportRun {

  static final int MOST_ERRORS_KEPT = 1000;
  private static final int HASHES_PER_QUERY = 500;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  public List<Checked> check(List<Line> lines, Locale language) {
    PersonRows rows =
        new PersonRows(
            validator,
            code -> {
              try {
                reach.requireKnown(code, "area");
                return true;
              } catch (RuntimeException unknown) {
                return false;
              }
            },
            reach::covers,
            language,
            Beijing.today());
    List<Checked> checked = lines.stream().map(rows::check).toList();
    Map<String, Integer> firstRow = new HashMap<>();
    List<Checked> result = new ArrayList<>();
    Set<String> registered = registered(checked);
    for (Checked row : checked) {
      if (row.person() == null) {
        result.add(row);
        continue;
      }
      String hash = Pii.protection().lookupHash(row.person().idNumber());
      Integer earlier = firstRow.putIfAbsent(hash, row.line().number());
      String why =
          earlier != null
              ? new Message(TEXTS, "import.twice", earlier).in(language)
              : registered.contains(hash)
                  ? new Message(TEXTS, "import.registered").in(language)
                  : null;
      result.add(
          why == null
              ? row
              : new Checked(
                  row.line(),
                  null,
                  List.of(
                      new RowProblem(row.line().number(), PeopleColumn.ID_NUMBER.header(), why))));
    }
    return result;
  }

  /** Registers everyone at once; a person entered meanwhile by someone else undoes all of it. */
  public int write(List<NewPerson> people) {
    for (NewPerson p : people) {
      Person person = new Person(p.name(), p.idNumber(), p.area());
      person.describe(
          p.mobile(),
          p.employer(),
          null,
          p.skills(),
          p.windows(),
          p.party(),
          p.secondment(),
          p.volunteering());
      em.persist(person);
    }
    em.flush();
    return people.size();
  }

  public static ImportOutcome outcome(List<Checked> checked) {
    List<RowProblem> errors = new ArrayList<>();
    for (Checked row : checked) {
      errors.addAll(row.problems());
    }
    return new ImportOutcome(
        errors.subList(0, Math.min(errors.size(), MOST_ERRORS_KEPT)).stream().toList(),
        errors.size(),
        0);
  }

  private Set<String> registered(List<Checked> checked) {
    List<String> hashes =
        checked.stream()
            .filter(c -> c.person() != null)
            .map(c -> Pii.protection().lookupHash(c.person().idNumber()))
            .toList();
    Set<String> found = new HashSet<>();
    for (int i = 0; i < hashes.size(); i += HASHES_PER_QUERY) {
      found.addAll(
          em.createNamedQuery(Person.ID_HASHES_AMONG, String.class)
              .setParameter(
                  "hashes", hashes.subList(i, Math.min(hashes.size(), i + HASHES_PER_QUERY)))
              .getResultList());
    }
    return found;
  }
}
