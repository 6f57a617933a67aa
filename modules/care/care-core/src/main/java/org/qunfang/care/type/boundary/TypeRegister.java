package org.qunfang.care.type.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.type.ObservationTypeView;
import org.qunfang.care.api.type.ObservationTypes;
import org.qunfang.care.api.type.TypeDefinition;
import org.qunfang.care.type.control.TypeRules;
import org.qunfang.care.type.entity.ObservationType;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/** The district's observation types: its administrator keeps them, the care desk reads them. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.CARE_WORKER
})
public class TypeRegister implements ObservationTypes {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Override
  public List<ObservationTypeView> list() {
    return em.createNamedQuery(ObservationType.ALL, ObservationType.class)
        .getResultStream()
        .map(TypeRegister::view)
        .toList();
  }

  @Override
  @RolesAllowed(Role.Names.DISTRICT_ADMIN)
  public ObservationTypeView add(TypeDefinition definition) {
    Inputs.valid(validator, definition);
    TypeRules.requireSound(definition);
    refuseTakenName(definition.name(), null);
    ObservationType type = new ObservationType(definition);
    em.persist(type);
    flushOrConflict(definition.name());
    return view(type);
  }

  @Override
  @RolesAllowed(Role.Names.DISTRICT_ADMIN)
  public ObservationTypeView change(UUID id, TypeDefinition definition, long version) {
    Inputs.valid(validator, definition);
    TypeRules.requireSound(definition);
    ObservationType type = type(id);
    type.requireVersion(version, TEXTS, "type.changedByOther");
    refuseTakenName(definition.name(), type);
    type.define(definition);
    flushOrConflict(definition.name());
    return view(type);
  }

  @Override
  @RolesAllowed(Role.Names.DISTRICT_ADMIN)
  public ObservationTypeView withdraw(UUID id, long version) {
    ObservationType type = type(id);
    type.requireVersion(version, TEXTS, "type.changedByOther");
    type.withdraw();
    em.flush();
    return view(type);
  }

  private ObservationType type(UUID id) {
    ObservationType type =
        id == null ? null : em.find(ObservationType.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (type == null) {
      throw new NotFound(new Message(TEXTS, "type.notFound"));
    }
    return type;
  }

  private void refuseTakenName(String name, ObservationType self) {
    boolean taken =
        em.createNamedQuery(ObservationType.BY_NAME, ObservationType.class)
            .setParameter("name", name.strip())
            .getResultStream()
            .anyMatch(t -> !t.equals(self));
    if (taken) {
      throw new Conflict(new Message(TEXTS, "type.nameTaken", name.strip()), "name");
    }
  }

  private void flushOrConflict(String name) {
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "type.nameTaken", name.strip()), "name");
    }
  }

  private static ObservationTypeView view(ObservationType type) {
    return new ObservationTypeView(
        type.getId(), type.definition(), type.isActive(), type.getVersion());
  }
}
