package org.qunfang.dispatch.api.report;

/** One service of a person: the day, where, what, and the hours between sign-in and sign-out. */
public record ServiceRow(String day, String post, String content, String hours) {}
