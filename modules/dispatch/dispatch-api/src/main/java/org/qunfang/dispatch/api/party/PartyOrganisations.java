package org.qunfang.dispatch.api.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Temporary party committees and branches of the caller's area. A temporary branch organises the
 * party members serving together; it holds no dues, recruitment or discipline, which stay with each
 * member's own organisation of record.
 */
public interface PartyOrganisations {

  /** The fewest full members (正式党员) a branch is set up with. */
  int FULL_MEMBERS_FOR_A_BRANCH = 3;

  OrganisationView setUp(@Valid @NotNull NewOrganisation organisation);

  OrganisationView members(@NotNull UUID id, @Valid @NotNull MembersChange change);

  OrganisationView dissolve(@NotNull UUID id, @Valid @NotNull Dissolution dissolution);

  OrganisationView organisation(UUID id);

  /**
   * The organisations within {@code area} (the caller's when null), dissolved ones too if asked.
   */
  List<OrganisationView> list(String area, boolean dissolved);
}
