/**
 * 摸排: arrivals registered person by person, and phone-screening lists with an outcome per number.
 */
package org.qunfang.grid.api.screening;
