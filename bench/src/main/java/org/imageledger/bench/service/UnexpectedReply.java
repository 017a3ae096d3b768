package org.imageledger.bench.service;

/** The service answered something a benchmark cannot count as a success. */
public final class UnexpectedReply extends RuntimeException {

    UnexpectedReply(String message) {
        super(message);
    }
}
