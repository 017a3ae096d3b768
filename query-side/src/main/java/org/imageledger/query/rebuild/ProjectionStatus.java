package org.imageledger.query.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The projection admin document: how far the live projection is, and the current or last rebuild. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProjectionStatus(String name, long position, long head, long lag, RebuildStatus rebuild) {}
