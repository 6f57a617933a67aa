package org.qunfang.dispatch.person.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * The areas and registered people the caller reaches: someone serving outside the caller's area is
 * not found, and an area outside it is refused without saying what lies there.
 */
@RequestScoped
public class AreaReach {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  public Person person(UUID id) {
    Person person = id == null ? null : em.find(Person.class, id);
    if (person == null || !caller.scope().covers(person.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "person.notFound"));
    }
    return person;
  }

  /** An area to work in: the caller's when null; otherwise one that exists, within theirs. */
  public DivisionCode area(String code) {
    if (code == null || code.isBlank()) {
      return caller.scope().home();
    }
    String area = code.strip();
    requireKnown(area, "area");
    caller.scope().require(area);
    return DivisionCode.of(area);
  }

  public void requireKnown(String code, String field) {
    if (!DivisionCode.isWellFormed(code) || !divisions.exists(code)) {
      throw new InvalidInput(new Message(TEXTS, "division.unknown", code), field);
    }
  }

  public boolean covers(String code) {
    return caller.scope().covers(code);
  }

  public void require(String code) {
    if (!covers(code)) {
      throw new Forbidden("area.outside");
    }
  }
}
