package org.qunfang.dispatch.person.control;

import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.pii.Masking;

/** A registered person as lists show them: ID number and mobile masked. */
public final class PersonViews {

  private PersonViews() {}

  public static PersonView of(Person p) {
    return new PersonView(
        p.getId(),
        p.getName(),
        Masking.idNumber(p.getIdNumber()),
        Masking.mobile(p.getMobile()),
        p.getDivisionCode(),
        p.getEmployer(),
        p.getAccount(),
        p.getSkills(),
        p.getWindows(),
        p.getParty(),
        p.getSecondment(),
        p.getVolunteering(),
        p.getVersion());
  }
}
