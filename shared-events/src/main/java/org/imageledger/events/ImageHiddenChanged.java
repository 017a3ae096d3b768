package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image was hidden from or shown again in default listings (os_hidden). */
@Revision("1")
public record ImageHiddenChanged(String imageId, boolean osHidden) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.OS_HIDDEN);
    }
}
