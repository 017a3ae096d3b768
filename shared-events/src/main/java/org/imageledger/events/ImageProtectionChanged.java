package org.imageledger.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image was protected against deletion, or that protection was lifted. */
@Revision("1")
public record ImageProtectionChanged(
        String imageId, @JsonProperty("protected") boolean isProtected) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.PROTECTED);
    }
}
