/**
 * Posts and what each of their shifts needs. A checkpoint post refers to grid's checkpoint by id;
 * needs are one column, read and written only with their post.
 */
package org.qunfang.dispatch.post;
