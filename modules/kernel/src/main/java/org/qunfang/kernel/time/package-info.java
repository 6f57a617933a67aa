/** Time as the district keeps it. */
package org.qunfang.kernel.time;
