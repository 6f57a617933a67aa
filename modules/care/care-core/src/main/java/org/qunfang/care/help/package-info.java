/**
 * Help requests (后勤保障): from an observed person or any household, taken by someone of the dispatch
 * registry with the logistics skill, closed once. The family a request counts for is kept on it, so
 * families helped is one distinct count.
 */
package org.qunfang.care.help;
