package org.qunfang.care.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.team.CandidateView;
import org.qunfang.care.api.team.TeamRole;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Skill;

class TeamCandidatesTest {

  static PersonView person(String name, String area, Skill... skills) {
    return new PersonView(
        UUID.randomUUID(),
        name,
        null,
        null,
        area,
        null,
        null,
        Set.of(skills),
        List.of(),
        null,
        null,
        null,
        0);
  }

  @Test
  void ownCommunityFirstThenTheLightestLoadThenByName() {
    PersonView far = person("陈一", "350923101001", Skill.MEDICAL);
    PersonView busy = person("陈二", "350923100008", Skill.MEDICAL);
    PersonView free = person("陈三", "350923100008", Skill.MEDICAL);
    PersonView held = person("陈四", "350923100008", Skill.MEDICAL);

    List<CandidateView> ranked =
        TeamCandidates.rank(
            List.of(far, busy, free, held),
            "350923100008",
            Map.of(busy.id(), 5L, far.id(), 0L),
            Set.of(held.id()),
            20);

    assertThat(ranked).extracting(CandidateView::name).containsExactly("陈三", "陈二", "陈一");
    assertThat(ranked.get(1).load()).isEqualTo(5);
    assertThat(ranked.get(2).sameCommunity()).isFalse();
  }

  @Test
  void theMedicalAndCommunityPlacesNeedTheirSkill() {
    assertThat(TeamCandidates.fits(TeamRole.MEDICAL, Set.of(Skill.COMMUNITY))).isFalse();
    assertThat(TeamCandidates.fits(TeamRole.COMMUNITY, Set.of(Skill.COMMUNITY))).isTrue();
    assertThat(TeamCandidates.fits(TeamRole.TOWNSHIP, Set.of())).isTrue();
  }
}
