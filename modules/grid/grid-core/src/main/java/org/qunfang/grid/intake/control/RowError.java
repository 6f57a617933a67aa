package org.qunfang.grid.intake.control;

import org.qunfang.kernel.problem.Message;

/** A bad cell: row number, column, and the reason as a message rendered late. */
public record RowError(int row, ResidentColumn column, Message reason) {}
