package org.qunfang.dispatch.person.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.person.Membership;
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PersonChange;
import org.qunfang.dispatch.api.person.PersonPersonal;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.dispatch.api.person.Secondment;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.person.Volunteering;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.control.PersonViews;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.pii.Pii;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/** The registry: dispatchers enter and keep people; the area's officers read it. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class People implements Registry {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public PersonView register(NewPerson request) {
    Inputs.valid(validator, request);
    reach.area(request.area());
    requireSound(request.party(), request.secondment(), request.volunteering());
    refuseDuplicate(request.idNumber());
    refuseTakenAccount(request.account(), null);
    Person person = new Person(request.name(), request.idNumber(), request.area());
    person.describe(
        request.mobile(),
        request.employer(),
        request.account(),
        request.skills(),
        request.windows(),
        request.party(),
        request.secondment(),
        request.volunteering());
    em.persist(person);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "person.registeredElsewhere"), "idNumber");
    }
    return PersonViews.of(person);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public PersonView change(UUID id, PersonChange change) {
    Inputs.valid(validator, change);
    Person person = reach.person(id);
    person.requireVersion(change.version(), TEXTS, "person.changedByOther");
    requireSound(change.party(), change.secondment(), change.volunteering());
    refuseTakenAccount(change.account(), person);
    person.describe(
        change.mobile(),
        change.employer(),
        change.account(),
        change.skills(),
        change.windows(),
        change.party(),
        change.secondment(),
        change.volunteering());
    em.flush();
    return PersonViews.of(person);
  }

  @Override
  public PersonView person(UUID id) {
    return PersonViews.of(reach.person(id));
  }

  @Override
  public List<PersonView> list(String area, String name, Skill skill) {
    DivisionCode within = reach.area(area);
    TypedQuery<Person> query =
        skill == null
            ? em.createNamedQuery(Person.IN_AREA, Person.class)
            : em.createNamedQuery(Person.IN_AREA_WITH_SKILL, Person.class)
                .setParameter("skill", skill);
    String prefix = name == null ? "" : name.strip().replace("%", "").replace("_", "");
    return query
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .setParameter("name", prefix + "%")
        .setMaxResults(PAGE_LIMIT)
        .getResultStream()
        .map(PersonViews::of)
        .toList();
  }

  @Override
  public List<PersonView> around(String area, Skill skill) {
    DivisionCode township = township(reach.area(area));
    TypedQuery<Person> query =
        skill == null
            ? em.createNamedQuery(Person.IN_AREA, Person.class)
            : em.createNamedQuery(Person.IN_AREA_WITH_SKILL, Person.class)
                .setParameter("skill", skill);
    return query
        .setParameter("lo", township.value())
        .setParameter("hi", township.upperBound())
        .setParameter("name", "%")
        .setMaxResults(PAGE_LIMIT)
        .getResultStream()
        .map(PersonViews::of)
        .toList();
  }

  @Override
  public PersonView around(String area, UUID id) {
    DivisionCode township = township(reach.area(area));
    Person person = id == null ? null : em.find(Person.class, id);
    if (person == null || !township.contains(DivisionCode.of(person.getDivisionCode()))) {
      throw new NotFound(new Message(TEXTS, "person.notFound"));
    }
    return PersonViews.of(person);
  }

  /** The township an area lies in (an area above township level is its own). */
  private static DivisionCode township(DivisionCode area) {
    return area.value().length() > 9 ? DivisionCode.of(area.value().substring(0, 9)) : area;
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public PersonPersonal reveal(UUID id) {
    Person person = reach.person(id);
    AuditTrail.recordIn(
        person.getDivisionCode(),
        "Person",
        person.getId().toString(),
        AuditAction.VIEW_FULL,
        Map.of("fields", "idNumber,mobile"));
    return new PersonPersonal(
        person.getId(), person.getName(), person.getIdNumber(), person.getMobile());
  }

  /** Someone serves as at least one of the three, each described in itself soundly. */
  private void requireSound(Membership party, Secondment secondment, Volunteering volunteering) {
    if (party == null && secondment == null && volunteering == null) {
      throw new InvalidInput(new Message(TEXTS, "person.kindNeeded"), "party");
    }
    if (party != null && party.reportCommunity() != null) {
      reach.requireKnown(party.reportCommunity(), "party.reportCommunity");
    }
    if (secondment != null
        && secondment.until() != null
        && secondment.until().isBefore(secondment.from())) {
      throw new InvalidInput(new Message(TEXTS, "secondment.endsBeforeStart"), "secondment.until");
    }
  }

  /**
   * A person is entered once. Inside the caller's area the refusal names them, so the dispatcher
   * can find them; outside it, only that they are registered elsewhere.
   */
  private void refuseDuplicate(String idNumber) {
    em.createNamedQuery(Person.BY_ID_HASH, Person.class)
        .setParameter("hash", Pii.protection().lookupHash(idNumber))
        .getResultStream()
        .findFirst()
        .ifPresent(
            known -> {
              throw reach.covers(known.getDivisionCode())
                  ? new Conflict(
                      new Message(
                          TEXTS, "person.registered", known.getName(), known.getDivisionCode()),
                      "idNumber")
                  : new Conflict(new Message(TEXTS, "person.registeredElsewhere"), "idNumber");
            });
  }

  private void refuseTakenAccount(String account, Person self) {
    if (account == null) {
      return;
    }
    em.createNamedQuery(Person.BY_ACCOUNT, Person.class)
        .setParameter("account", account)
        .getResultStream()
        .filter(other -> !other.equals(self))
        .findFirst()
        .ifPresent(
            other -> {
              throw new Conflict(new Message(TEXTS, "person.accountTaken", account), "account");
            });
  }
}
