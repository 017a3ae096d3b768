package org.imageledger.command.idempotency;

/** A keyed write whose key has an answer already: the command was not handled again. */
public class AlreadyAnswered extends RuntimeException {

    private final transient StoredAnswer answer;
    private final boolean sameRequest;

    AlreadyAnswered(StoredAnswer answer, boolean sameRequest) {
        super("this Idempotency-Key was answered already", null, false, false);
        this.answer = answer;
        this.sameRequest = sameRequest;
    }

    public StoredAnswer answer() {
        return answer;
    }

    /** False when the key was first used for another request (another body, method or path). */
    public boolean sameRequest() {
        return sameRequest;
    }
}
