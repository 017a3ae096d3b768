package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's owner stopped sharing it with the project. */
@Revision("1")
public record ImageMemberRemoved(String imageId, String member) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.member(member));
    }
}
