package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The member project accepted or rejected the shared image, or set its answer back to pending. */
@Revision("1")
public record ImageMemberStatusChanged(String imageId, String member, String status) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.member(member));
    }
}
