/** The daily figures of home observation per community, township and district. */
package org.qunfang.care.api.figures;
