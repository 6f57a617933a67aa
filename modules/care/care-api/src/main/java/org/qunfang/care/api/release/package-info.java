/** Release from observation, the rule that holds it, and the notice it issues. */
package org.qunfang.care.api.release;
