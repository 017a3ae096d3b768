package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * A page of an image's history, oldest first.
 *
 * @param nextVersion the first version of the next page, or null on the last page
 */
public record HistoryPage(
        @JsonProperty("image_id") String imageId,
        List<HistoryEntry> entries,
        @JsonIgnore Long nextVersion,
        @JsonIgnore int limit) {

    /** The relative URL of the next page, absent on the last. */
    @JsonProperty("next")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String next() {
        if (nextVersion == null) {
            return null;
        }
        return "/v2/images/" + UriUtils.encodePathSegment(imageId, java.nio.charset.StandardCharsets.UTF_8)
                + "/history?from_version=" + nextVersion + "&limit=" + limit;
    }
}
