package org.qunfang.web.api.menu;

import java.io.Serializable;

/**
 * One line of the workbench (工作台): how many of one kind of thing wait for the signed-in person, and
 * the list that shows them. {@code label} is a key of the module's texts; {@code path} is the
 * list's page in the application with its filter ({@code /care/desk.xhtml?kind=MISSED}); {@code
 * alarm} marks what is overdue or at risk, shown in red while its count is above 0.
 */
public record ToDo(String id, String label, long count, String path, boolean alarm)
    implements Serializable {}
