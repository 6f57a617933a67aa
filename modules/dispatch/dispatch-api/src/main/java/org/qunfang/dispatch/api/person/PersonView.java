package org.qunfang.dispatch.api.person;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Someone registered, as lists show them: ID number and mobile masked. */
public record PersonView(
    UUID id,
    String name,
    String idNumber,
    String mobile,
    String area,
    String employer,
    String account,
    Set<Skill> skills,
    List<Availability> windows,
    Membership party,
    Secondment secondment,
    Volunteering volunteering,
    long version) {}
