package org.qunfang.dispatch.roster.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.dispatch.party.entity.PartyOrganisation;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.entity.Slot;

/**
 * What automatic rostering works from, read in one transaction: the open period's slots, the posts
 * they belong to, the people of the area, and those people's other slots that the rules weigh (the
 * days before and after, and the rest of the week).
 */
public record RosterSnapshot(
    List<Slot> slots,
    Map<UUID, Post> posts,
    List<Person> people,
    List<Slot> commitments,
    List<PartyOrganisation> branches,
    Map<UUID, Set<UUID>> branchesOf) {}
