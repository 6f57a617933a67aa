package org.qunfang.web.api.faces;

import jakarta.faces.convert.FacesConverter;

/**
 * Record ids in multiple-choice menus, whose values are a {@code List<UUID>} that Faces cannot see
 * the element type of: {@code <f:converter converterId="qunfang.uuid"/>}.
 */
@FacesConverter(value = "qunfang.uuid", managed = true)
public class UuidListConverter extends UuidConverter {}
