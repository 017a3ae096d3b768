package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's owner shared it with another project, whose answer is {@code pending}. */
@Revision("1")
public record ImageMemberAdded(String imageId, String member) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.member(member));
    }
}
