package org.qunfang.dispatch.party.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.util.Collection;
import java.util.UUID;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.party.PartyOrganisations;
import org.qunfang.dispatch.api.person.PartyStanding;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * What a temporary organisation's people must be: party members all; a branch at least three full
 * members; the secretary and deputy among the members, the secretary a full member.
 */
public final class BranchRules {

  private BranchRules() {}

  /** Someone proposed as a member: their standing is null when they are not a party member. */
  public record Member(UUID id, String name, PartyStanding standing) {

    boolean full() {
      return standing == PartyStanding.FULL;
    }
  }

  public static void require(
      OrganisationKind kind, Collection<Member> members, UUID secretary, UUID deputy) {
    for (Member member : members) {
      if (member.standing() == null) {
        throw new InvalidInput(
            new Message(TEXTS, "organisation.notPartyMember", member.name()), "memberIds");
      }
    }
    long full = members.stream().filter(Member::full).count();
    if (kind == OrganisationKind.TEMPORARY_BRANCH
        && full < PartyOrganisations.FULL_MEMBERS_FOR_A_BRANCH) {
      throw new InvalidInput(
          new Message(
              TEXTS,
              "organisation.tooFewFullMembers",
              PartyOrganisations.FULL_MEMBERS_FOR_A_BRANCH,
              full),
          "memberIds");
    }
    if (secretary != null) {
      Member chosen =
          members.stream()
              .filter(m -> m.id().equals(secretary))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInput(
                          new Message(TEXTS, "organisation.leaderNotMember"), "secretaryId"));
      if (!chosen.full()) {
        throw new InvalidInput(
            new Message(TEXTS, "organisation.secretaryNotFull", chosen.name()), "secretaryId");
      }
    }
    if (deputy != null && members.stream().noneMatch(m -> m.id().equals(deputy))) {
      throw new InvalidInput(new Message(TEXTS, "organisation.leaderNotMember"), "deputyId");
    }
  }
}
