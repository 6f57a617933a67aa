/**
 * The one registry of people who serve. A person is entered once: the ID number's keyed hash is
 * unique. Workbooks of people are checked in full, then written all at once or not at all.
 */
package org.qunfang.dispatch.person;
