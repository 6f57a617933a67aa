package org.qunfang.kernel.division;

/** The configured home area's divisions are in the database (fired on every start-up import). */
public record HomeAreaImported(String code, String name, int divisions, int changed) {}
