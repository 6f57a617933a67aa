package org.qunfang.dispatch.api.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The one registry of people who serve, within the caller's area. A person is entered once: a
 * second entry with the same ID number is a conflict that says where the first one is.
 */
public interface Registry {

  int PAGE_LIMIT = 500;

  PersonView register(@Valid @NotNull NewPerson person);

  PersonView change(@NotNull UUID id, @Valid @NotNull PersonChange change);

  PersonView person(UUID id);

  /**
   * People serving within {@code area} (the caller's when null) whose name starts with {@code
   * name}, or with {@code skill}; at most {@value #PAGE_LIMIT}, by name.
   */
  List<PersonView> list(String area, String name, Skill skill);

  /**
   * People serving around {@code area}, which the caller must reach: anywhere in its township, so a
   * community officer can pick a township cadre for a care team. With {@code skill} when given, at
   * most {@value #PAGE_LIMIT}, by name.
   */
  List<PersonView> around(String area, Skill skill);

  /** One of the people serving around {@code area}; anyone else is not found. */
  PersonView around(String area, UUID id);

  /** The ID number and mobile in full, audited. */
  PersonPersonal reveal(UUID id);
}
