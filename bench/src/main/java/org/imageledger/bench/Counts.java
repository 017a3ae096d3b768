package org.imageledger.bench;

/** Checks that a request read what it should, so that a broken answer is never timed as a fast one. */
final class Counts {

    private Counts() {}

    static void require(int read, int expected, String what) {
        if (read != expected) {
            throw new IllegalStateException("expected " + expected + " " + what + ", read " + read);
        }
    }
}
