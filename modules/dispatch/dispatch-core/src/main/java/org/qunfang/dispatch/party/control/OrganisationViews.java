package org.qunfang.dispatch.party.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.dispatch.api.party.MemberView;
import org.qunfang.dispatch.api.party.OrganisationView;
import org.qunfang.dispatch.party.entity.OrganisationMember;
import org.qunfang.dispatch.party.entity.PartyOrganisation;
import org.qunfang.dispatch.person.entity.Person;

/** Organisations as the api shows them, their members read in one query for a whole list. */
@Dependent
public class OrganisationViews {

  private static final int PEOPLE_PER_QUERY = 500;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  public OrganisationView of(PartyOrganisation organisation) {
    return of(List.of(organisation)).get(0);
  }

  public List<OrganisationView> of(List<PartyOrganisation> organisations) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<OrganisationMember>> members = new HashMap<>();
    em.createNamedQuery(OrganisationMember.OF, OrganisationMember.class)
        .setParameter(
            "organisations", organisations.stream().map(PartyOrganisation::getId).toList())
        .getResultStream()
        .forEach(
            m -> members.computeIfAbsent(m.getOrganisationId(), k -> new ArrayList<>()).add(m));
    Map<UUID, Person> people = new HashMap<>();
    List<UUID> ids =
        members.values().stream()
            .flatMap(List::stream)
            .map(OrganisationMember::getPersonId)
            .distinct()
            .toList();
    for (int i = 0; i < ids.size(); i += PEOPLE_PER_QUERY) {
      em.createNamedQuery(Person.WITH_IDS, Person.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + PEOPLE_PER_QUERY)))
          .getResultStream()
          .forEach(p -> people.put(p.getId(), p));
    }
    List<OrganisationView> views = new ArrayList<>();
    for (PartyOrganisation o : organisations) {
      List<MemberView> list =
          members.getOrDefault(o.getId(), List.of()).stream()
              .map(
                  m -> {
                    Person p = people.get(m.getPersonId());
                    return new MemberView(
                        p.getId(),
                        p.getName(),
                        p.getParty() == null ? null : p.getParty().standing(),
                        m.getJoinedOn(),
                        m.getLeftOn());
                  })
              .toList();
      views.add(
          new OrganisationView(
              o.getId(),
              o.getKind(),
              o.getName(),
              o.getParentId(),
              o.getDivisionCode(),
              o.getPlaceKind(),
              o.getPlaceId(),
              o.getApprovedBy(),
              o.getDocumentNumber(),
              o.getSetUpOn(),
              o.getDissolvedOn(),
              o.getSecretaryId(),
              o.getDeputyId(),
              list,
              o.getVersion()));
    }
    return views;
  }
}
