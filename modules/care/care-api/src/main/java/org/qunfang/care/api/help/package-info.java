/** Help requests (后勤保障) from observed and other households, and the figures of help given. */
package org.qunfang.care.api.help;
