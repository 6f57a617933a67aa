package org.qunfang.dispatch.party.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.person.PartyStanding;
import org.qunfang.dispatch.party.control.BranchRules.Member;
import org.qunfang.kernel.problem.InvalidInput;

class BranchRulesTest {

  private static Member member(String name, PartyStanding standing) {
    return new Member(UUID.randomUUID(), name, standing);
  }

  private static final Member A = member("甲", PartyStanding.FULL);
  private static final Member B = member("乙", PartyStanding.FULL);
  private static final Member C = member("丙", PartyStanding.FULL);
  private static final Member D = member("丁", PartyStanding.PROBATIONARY);

  @Test
  void aBranchNeedsThreeFullMembers() {
    assertThatCode(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_BRANCH, List.of(A, B, C), A.id(), B.id()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_BRANCH, List.of(A, B, D), A.id(), null))
        .isInstanceOf(InvalidInput.class);
    assertThatCode(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_COMMITTEE, List.of(A, D), null, null))
        .doesNotThrowAnyException();
  }

  @Test
  void everyMemberIsAPartyMemberAndTheSecretaryAFullOne() {
    Member outsider = member("戊", null);
    assertThatThrownBy(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_BRANCH, List.of(A, B, C, outsider), null, null))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_BRANCH, List.of(A, B, C, D), D.id(), null))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                BranchRules.require(
                    OrganisationKind.TEMPORARY_BRANCH, List.of(A, B, C), UUID.randomUUID(), null))
        .isInstanceOf(InvalidInput.class);
  }
}
