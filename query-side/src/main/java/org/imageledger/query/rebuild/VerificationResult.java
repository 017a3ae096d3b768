package org.imageledger.query.rebuild;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a verification found: how many rows and images it compared, and the images whose row differs from the fold of
 * their events (at most {@link Verification#REPORTED} listed, all counted).
 */
public record VerificationResult(
        long rows,
        long images,
        @JsonProperty("mismatch_count") long mismatchCount,
        List<String> mismatches) {

    public boolean matches() {
        return mismatchCount == 0;
    }
}
